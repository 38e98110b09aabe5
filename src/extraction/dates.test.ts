import { describe, expect, it } from 'vitest';
import { chronicity, findDates, parseClinicalDate } from './dates.ts';

describe('parseClinicalDate', () => {
  it.each([
    ['10-13-16', '2016-10-13'],
    ['2/4/14', '2014-02-04'],
    ['October 22, 2016', '2016-10-22'],
    ['Oct. 22, 2016', '2016-10-22'],
    ['22 October 2016', '2016-10-22'],
    ['03/17/2012', '2012-03-17'],
    ['2016-10-13', '2016-10-13'],
    ['1/2/85', '1985-01-02'],
    ['10/14/ 2016', '2016-10-14'],
  ])('%s -> %s', (s, iso) => {
    expect(parseClinicalDate(s)).toBe(iso);
  });

  it.each(['late 1994', 'March 2015', '13/45/2016', '2/30/2016', '', 'yesterday', '10-13/16'])('%s -> null', (s) => {
    expect(parseClinicalDate(s)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every form with exact offsets', () => {
    const text = 'Seen 10-13-16 and on October 22, 2016; MRI 2/4/14.';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2016-10-13', '2016-10-22', '2014-02-04']);
    for (const d of found) expect(parseClinicalDate(text.slice(d.start, d.end))).toBe(d.iso);
  });
});

describe('chronicity', () => {
  it('acute under 6 weeks, subacute to 3 months, chronic at 3 months (8 CCR 9792.20)', () => {
    expect(chronicity('2016-01-01', '2016-02-01')?.phase).toBe('acute');
    expect(chronicity('2016-01-01', '2016-02-12')?.phase).toBe('subacute');
    expect(chronicity('2016-01-01', '2016-03-31')?.phase).toBe('subacute');
    expect(chronicity('2016-01-01', '2016-04-01')).toEqual({ phase: 'chronic', days: 91, weeks: 13, months: 3 });
    expect(chronicity('10/06/1994', '2016-11-01')?.phase).toBe('chronic');
  });
  it('is null when a date is missing, unreadable or reversed', () => {
    expect(chronicity(null, '2016-01-01')).toBeNull();
    expect(chronicity('2016-01-01', undefined)).toBeNull();
    expect(chronicity('late 1994', '2016-01-01')).toBeNull();
    expect(chronicity('2016-02-01', '2016-01-01')).toBeNull();
  });
});
