// Business-day arithmetic over ISO dates (YYYY-MM-DD). A business day is Monday-Friday and not the observed
// date of a California state holiday (holidays.ts).
import { DayOfWeek, LocalDate } from '@js-joda/core';
import { OpenImrError } from '../core/index.ts';
import { HOLIDAYS, holidaysFromTable, type Holiday } from './holidays.ts';

export type { Holiday } from './holidays.ts';

const closedByYear = new Map<number, ReadonlySet<string>>();

/** The holidays of a year, in calendar order, with the date offices close for each. */
export function holidaysIn(year: number): Holiday[] {
  return holidaysFromTable(year, HOLIDAYS);
}

function closedDays(year: number): ReadonlySet<string> {
  let set = closedByYear.get(year);
  if (set === undefined) {
    set = new Set(holidaysIn(year).flatMap((h) => (h.observed === null ? [] : [h.observed])));
    closedByYear.set(year, set);
  }
  return set;
}

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an ISO date or throws invalid-argument naming the field (a pattern error, or a day that does not exist). */
export function toLocalDate(date: string, field = 'date'): LocalDate {
  if (typeof date !== 'string' || !ISO_PATTERN.test(date)) {
    throw new OpenImrError('invalid-argument', `${field} must be a date YYYY-MM-DD`, { field });
  }
  try {
    return LocalDate.parse(date);
  } catch {
    throw new OpenImrError('invalid-argument', `${field} is not a calendar date`, { field });
  }
}

function businessDay(d: LocalDate): boolean {
  const dow = d.dayOfWeek();
  if (dow === DayOfWeek.SATURDAY || dow === DayOfWeek.SUNDAY) return false;
  return !closedDays(d.year()).has(d.toString());
}

export function isBusinessDay(date: string): boolean {
  return businessDay(toLocalDate(date));
}

function checkCount(n: number, field: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new OpenImrError('invalid-argument', `${field} must be a whole number >= 0`, { field });
  }
}

function nextBusinessDay(d: LocalDate): LocalDate {
  let day = d;
  while (!businessDay(day)) day = day.plusDays(1);
  return day;
}

/** The nth business day after `date` (n = 0 gives `date` itself, even when it is not a business day). */
export function addBusinessDays(date: string, n: number): string {
  checkCount(n, 'n');
  let day = toLocalDate(date);
  for (let left = n; left > 0; left -= 1) day = nextBusinessDay(day.plusDays(1));
  return day.toString();
}

export interface CalendarDayOptions {
  /** Code of Civil Procedure 12a [R]: a last day that is a weekend or holiday moves to the next business day. */
  readonly rollForward?: boolean;
}

/** `date` plus n calendar days; with rollForward, a result on a weekend or holiday moves to the next business day. */
export function addCalendarDays(date: string, n: number, options: CalendarDayOptions = {}): string {
  if (!Number.isSafeInteger(n)) throw new OpenImrError('invalid-argument', 'n must be a whole number', { field: 'n' });
  const day = toLocalDate(date).plusDays(n);
  return (options.rollForward === true ? nextBusinessDay(day) : day).toString();
}

/** The first business day on or after `date`. */
export function rollForward(date: string): string {
  return nextBusinessDay(toLocalDate(date)).toString();
}

/**
 * Business days in (a, b]: how many business days pass from a to b. Negative when b is before a
 * (then it counts (b, a]). businessDaysBetween(d, addBusinessDays(d, n)) === n.
 */
export function businessDaysBetween(a: string, b: string): number {
  const from = toLocalDate(a, 'a');
  const to = toLocalDate(b, 'b');
  if (to.isBefore(from)) return -businessDaysBetween(b, a);
  let count = 0;
  for (let day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) if (businessDay(day)) count += 1;
  return count;
}

/** Calendar days from a to b (negative when b is before a). */
export function calendarDaysBetween(a: string, b: string): number {
  return toLocalDate(b, 'b').toEpochDay() - toLocalDate(a, 'a').toEpochDay();
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Anything that tells the time; tests pass a fixed one. */
export interface Clock {
  now(): Date;
}

const PACIFIC = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in California at this instant, whatever the process's time zone. */
export function pacificDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new OpenImrError('invalid-argument', 'invalid instant', { field: 'now' });
  const parts = PACIFIC.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today's date in California by the clock. */
export function pacificToday(clock: Clock): string {
  return pacificDate(clock.now());
}
