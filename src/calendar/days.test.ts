import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { LocalDate } from '@js-joda/core';
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  holidaysIn,
  isBusinessDay,
  pacificToday,
  rollForward,
} from './index.ts';

const at = (iso: string) => ({ now: () => new Date(iso) });

describe('holidaysIn', () => {
  // Expected from the brief's list, counted by hand: 12 holidays, + Native American Day from 2014 [R],
  // + Juneteenth from 2024 [R].
  const expected = (year: number): number => 12 + (year >= 2014 ? 1 : 0) + (year >= 2024 ? 1 : 0);
  for (let year = 2013; year <= 2030; year += 1) {
    it(`${year} has ${expected(year)} holidays, each a distinct date in the year`, () => {
      const list = holidaysIn(year);
      expect(list).toHaveLength(expected(year));
      expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
      for (const h of list) {
        expect(h.date.startsWith(`${year}-`)).toBe(true);
        if (h.observed !== null) expect(h.observed.startsWith(`${year}-`)).toBe(true);
      }
    });
  }

  it('puts the weekday holidays of 2026 on the right dates', () => {
    const byId = new Map(holidaysIn(2026).map((h) => [h.id, h]));
    expect(byId.get('mlk')?.date).toBe('2026-01-19');
    expect(byId.get('presidents')?.date).toBe('2026-02-16');
    expect(byId.get('memorial')?.date).toBe('2026-05-25');
    expect(byId.get('labor')?.date).toBe('2026-09-07');
    expect(byId.get('native-american')?.date).toBe('2026-09-25');
    expect(byId.get('thanksgiving')?.date).toBe('2026-11-26');
    expect(byId.get('day-after-thanksgiving')?.date).toBe('2026-11-27');
  });

  it('observes a Sunday holiday on the Monday after', () => {
    const chavez = holidaysIn(2024).find((h) => h.id === 'cesar-chavez');
    expect(chavez).toMatchObject({ date: '2024-03-31', observed: '2024-04-01' });
    expect(isBusinessDay('2024-04-01')).toBe(false);
    expect(isBusinessDay('2023-01-02')).toBe(false); // New Year's Day 2023 was a Sunday
    expect(isBusinessDay('2022-12-26')).toBe(false); // Christmas 2022 was a Sunday
  });

  it('does not move a Saturday holiday to Friday, except Veterans Day [R]', () => {
    const july4 = holidaysIn(2026).find((h) => h.id === 'independence');
    expect(july4).toMatchObject({ date: '2026-07-04', observed: null });
    expect(isBusinessDay('2026-07-03')).toBe(true);
    expect(isBusinessDay('2023-11-10')).toBe(false); // Veterans Day 2023 was a Saturday
  });

  it('refuses years outside the supported range', () => {
    expect(() => holidaysIn(1999)).toThrow(/outside/);
    expect(() => holidaysIn(2100)).toThrow(/outside/);
  });
});

describe('business days', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday -> Monday
    expect(addBusinessDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday -> Monday
    expect(addBusinessDays('2026-03-07', 0)).toBe('2026-03-07');
  });

  it('Dec 24 + 5 business days crosses Christmas and New Year', () => {
    expect(addBusinessDays('2026-12-24', 5)).toBe('2027-01-04');
    expect(businessDaysBetween('2026-12-24', '2027-01-04')).toBe(5);
  });

  it('moves a calendar-day deadline landing on Thanksgiving to the following Monday', () => {
    expect(addCalendarDays('2026-10-27', 30)).toBe('2026-11-26');
    expect(addCalendarDays('2026-10-27', 30, { rollForward: true })).toBe('2026-11-30');
    expect(rollForward('2026-11-26')).toBe('2026-11-30');
  });

  it('counts negative spans and rejects bad input', () => {
    expect(businessDaysBetween('2027-01-04', '2026-12-24')).toBe(-5);
    expect(() => addBusinessDays('2026-02-30', 1)).toThrow(/calendar date/);
    expect(() => addBusinessDays('2026-02-03', -1)).toThrow(/>= 0/);
    expect(() => isBusinessDay('03/02/2026')).toThrow(/YYYY-MM-DD/);
  });
});

const START = LocalDate.parse('2013-01-01').toEpochDay();
const END = LocalDate.parse('2030-06-30').toEpochDay();
const dateArb = fc.integer({ min: START, max: END }).map((d) => LocalDate.ofEpochDay(d).toString());
const holidayDates = new Set(
  Array.from({ length: 19 }, (_, i) => 2013 + i).flatMap((y) => holidaysIn(y).flatMap((h) => h.observed ?? [])),
);

describe('business-day properties', () => {
  it('addBusinessDays lands on a business day that is no holiday, after the start', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addBusinessDays(d, n);
        expect(isBusinessDay(r)).toBe(true);
        expect(holidayDates.has(r)).toBe(false);
        expect(r > d).toBe(true);
      }),
    );
  });

  it('is strictly monotone in n and inverted by businessDaysBetween', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(addBusinessDays(d, n + 1) > addBusinessDays(d, n)).toBe(true);
        expect(businessDaysBetween(d, addBusinessDays(d, n))).toBe(n);
      }),
    );
  });

  it('rollForward results are business days on or after the input', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const plain = addCalendarDays(d, n);
        const rolled = addCalendarDays(d, n, { rollForward: true });
        expect(rolled >= plain).toBe(true);
        expect(isBusinessDay(rolled)).toBe(true);
        if (isBusinessDay(plain)) expect(rolled).toBe(plain);
      }),
    );
  });
});

describe('pacificToday', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  for (const tz of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo']) {
    it(`gives the California date whatever the process zone (${tz})`, () => {
      process.env['TZ'] = tz;
      expect(pacificToday(at('2026-11-26T07:30:00Z'))).toBe('2026-11-25'); // 23:30 PST
      expect(pacificToday(at('2026-11-26T08:30:00Z'))).toBe('2026-11-26'); // 00:30 PST
      expect(pacificToday(at('2026-07-01T06:59:00Z'))).toBe('2026-06-30'); // 23:59 PDT
      expect(pacificToday(at('2026-07-01T07:00:00Z'))).toBe('2026-07-01');
    });
  }

  it('rejects an invalid instant', () => {
    expect(() => pacificToday({ now: () => new Date('nope') })).toThrow(/invalid instant/);
  });
});
