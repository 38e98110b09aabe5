// California state holidays as data (Gov. Code 6700), with the years each applies and how a weekend date is
// observed. A correction (a year range, a Saturday rule) is an edit of HOLIDAYS, never of the code below.
import { DayOfWeek, LocalDate, TemporalAdjusters } from '@js-joda/core';
import { OpenImrError } from '../core/index.ts';

/** How the holiday's date is found in a year. */
export type HolidayRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  /** The nth (1-based) given weekday of the month (ISO weekday: 1 = Monday ... 7 = Sunday). */
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly kind: 'last-weekday'; readonly month: number; readonly weekday: number }
  /** A number of days after another holiday of the table (the day after Thanksgiving). */
  | { readonly kind: 'after'; readonly holiday: string; readonly days: number };

/**
 * What happens when the date falls on a weekend (only fixed-date holidays can).
 * - sunday 'following-monday': Gov. Code 6701 moves a Sunday Jan 1, Feb 12, Mar 31, Jul 4, Nov 11 or Dec 25 to
 *   the Monday after; the table applies the same to Juneteenth [R].
 * - saturday 'none': state practice (CalHR's holiday list): a Saturday holiday is not moved, staff get holiday
 *   credit, so offices stay open on the Friday [R for DWC itself]. Veterans Day is the exception in Gov. Code
 *   6701: on a Saturday, the Friday before is the holiday.
 */
export interface WeekendRule {
  readonly sunday: 'following-monday' | 'none';
  readonly saturday: 'preceding-friday' | 'none';
}

export interface HolidayDefinition {
  readonly id: string;
  readonly name: string;
  readonly rule: HolidayRule;
  /** First and last calendar year the holiday applies (inclusive); null = open-ended. */
  readonly years: { readonly from: number | null; readonly to: number | null };
  readonly weekend: WeekendRule;
  readonly source: string;
  /** True when the entry (or its year range) is unverified in the primary text: domain.md's [R]. */
  readonly unverified: boolean;
  readonly note?: string;
}

const MOVE_SUNDAY: WeekendRule = { sunday: 'following-monday', saturday: 'none' };
const GOV_6700 = 'Gov. Code 6700';
const MONDAY = 1;
const THURSDAY = 4;
const FRIDAY = 5;

/** The table. Order is the calendar order within a year. */
export const HOLIDAYS: readonly HolidayDefinition[] = [
  {
    id: 'new-year',
    name: "New Year's Day",
    rule: { kind: 'fixed', month: 1, day: 1 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'mlk',
    name: 'Martin Luther King, Jr. Day',
    rule: { kind: 'nth-weekday', month: 1, weekday: MONDAY, nth: 3 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'lincoln',
    name: 'Lincoln Day',
    rule: { kind: 'fixed', month: 2, day: 12 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: true,
    note: 'Listed in Gov. Code 6700; whether DWC offices close on it (it is not a paid holiday of state staff in every year) is [R].',
  },
  {
    id: 'presidents',
    name: "Presidents' Day (Washington's Birthday)",
    rule: { kind: 'nth-weekday', month: 2, weekday: MONDAY, nth: 3 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'cesar-chavez',
    name: 'Cesar Chavez Day',
    rule: { kind: 'fixed', month: 3, day: 31 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'memorial',
    name: 'Memorial Day',
    rule: { kind: 'last-weekday', month: 5, weekday: MONDAY },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'juneteenth',
    name: 'Juneteenth',
    rule: { kind: 'fixed', month: 6, day: 19 },
    years: { from: 2024, to: null },
    weekend: MOVE_SUNDAY,
    source: `${GOV_6700} (as amended by AB 1655)`,
    unverified: true,
    note: 'The first year (2024) and whether state offices close are [R]; edit years.from to correct.',
  },
  {
    id: 'independence',
    name: 'Independence Day',
    rule: { kind: 'fixed', month: 7, day: 4 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'labor',
    name: 'Labor Day',
    rule: { kind: 'nth-weekday', month: 9, weekday: MONDAY, nth: 1 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
  {
    id: 'native-american',
    name: 'Native American Day',
    rule: { kind: 'nth-weekday', month: 9, weekday: FRIDAY, nth: 4 },
    years: { from: 2014, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: true,
    note: 'The first year this closes offices (2014 here) is [R].',
  },
  {
    id: 'veterans',
    name: 'Veterans Day',
    rule: { kind: 'fixed', month: 11, day: 11 },
    years: { from: null, to: null },
    weekend: { sunday: 'following-monday', saturday: 'preceding-friday' },
    source: `${GOV_6700}, 6701`,
    unverified: false,
  },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving Day',
    rule: { kind: 'nth-weekday', month: 11, weekday: THURSDAY, nth: 4 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: `${GOV_6700} (a day appointed for thanksgiving)`,
    unverified: false,
  },
  {
    id: 'day-after-thanksgiving',
    name: 'Day after Thanksgiving',
    rule: { kind: 'after', holiday: 'thanksgiving', days: 1 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: 'state holiday list (CalHR); not in Gov. Code 6700',
    unverified: true,
    note:
      'State offices close, but CDCR v. WCAB (Gomez) (2018) held it a working day for UR periods (Civil Code 9 ' +
      'counts only Gov. Code holidays) [R].',
  },
  {
    id: 'christmas',
    name: 'Christmas Day',
    rule: { kind: 'fixed', month: 12, day: 25 },
    years: { from: null, to: null },
    weekend: MOVE_SUNDAY,
    source: GOV_6700,
    unverified: false,
  },
];

/** The years the calendar answers for; outside them it refuses rather than guess. */
export const SUPPORTED_YEARS = { from: 2000, to: 2099 } as const;

export interface Holiday {
  readonly id: string;
  readonly name: string;
  /** The date the law names. */
  readonly date: string;
  /** The weekday offices close for it, or null when it falls on a weekend and is not moved. */
  readonly observed: string | null;
  readonly unverified: boolean;
}

function dateOf(rule: HolidayRule, year: number, table: readonly HolidayDefinition[]): LocalDate {
  switch (rule.kind) {
    case 'fixed':
      return LocalDate.of(year, rule.month, rule.day);
    case 'nth-weekday': {
      const first = LocalDate.of(year, rule.month, 1).with(
        TemporalAdjusters.firstInMonth(DayOfWeek.of(rule.weekday)),
      );
      return first.plusWeeks(rule.nth - 1);
    }
    case 'last-weekday':
      return LocalDate.of(year, rule.month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.of(rule.weekday)));
    case 'after': {
      const base = table.find((h) => h.id === rule.holiday);
      if (base === undefined) throw new OpenImrError('internal', `holiday table: unknown base ${rule.holiday}`);
      return dateOf(base.rule, year, table).plusDays(rule.days);
    }
  }
}

function observedOf(date: LocalDate, weekend: WeekendRule): LocalDate | null {
  const dow = date.dayOfWeek();
  if (dow === DayOfWeek.SUNDAY) return weekend.sunday === 'following-monday' ? date.plusDays(1) : null;
  if (dow === DayOfWeek.SATURDAY) return weekend.saturday === 'preceding-friday' ? date.minusDays(1) : null;
  return date;
}

function applies(def: HolidayDefinition, year: number): boolean {
  return (def.years.from === null || year >= def.years.from) && (def.years.to === null || year <= def.years.to);
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) {
    throw new OpenImrError(
      'invalid-argument',
      `year ${year} is outside the calendar's range ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`,
      { field: 'year' },
    );
  }
}

/** The holidays of a year from a table (HOLIDAYS unless a test passes another). */
export function holidaysFromTable(year: number, table: readonly HolidayDefinition[]): Holiday[] {
  checkYear(year);
  return table
    .filter((def) => applies(def, year))
    .map((def) => {
      const date = dateOf(def.rule, year, table);
      const observed = observedOf(date, def.weekend);
      return {
        id: def.id,
        name: def.name,
        date: date.toString(),
        observed: observed === null ? null : observed.toString(),
        unverified: def.unverified,
      };
    });
}
