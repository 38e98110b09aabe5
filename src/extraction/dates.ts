// Dates as the clinical summaries write them, and the time since injury. Only exact calendar dates are
// read ("late 1994", "March 2015" give null): a fact's date is either the day the text states or unknown.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Two-digit years: 00-40 are 20xx, 41-99 are 19xx (injuries in these records go back to the 1970s). */
const TWO_DIGIT_PIVOT = 40;

function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(s: string): number {
  const n = Number(s);
  if (s.length === 2) return n <= TWO_DIGIT_PIVOT ? 2000 + n : 1900 + n;
  return n;
}

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** One regex for every date form; the groups tell which form matched. */
export const DATE_PATTERN = new RegExp(
  [
    '(?<![\\d/.-])(\\d{1,2})([/-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?![\\d/-])', // 10-13-16, 2/4/14, 03/17/2012, 10/14/ 2016
    '(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)', // 2016-10-13
    `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, // October 22, 2016
    `(?<!\\d)(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, // 22 October 2016
  ].join('|'),
  'gi',
);

function fromGroups(g: readonly (string | undefined)[]): string | null {
  const [, m1, , d1, y1, yi, mi, di, mn1, dn1, yn1, dn2, mn2, yn2] = g;
  if (m1 !== undefined && d1 !== undefined && y1 !== undefined) return iso(fullYear(y1), Number(m1), Number(d1));
  if (yi !== undefined && mi !== undefined && di !== undefined) return iso(Number(yi), Number(mi), Number(di));
  if (mn1 !== undefined && dn1 !== undefined && yn1 !== undefined) {
    return iso(Number(yn1), MONTHS[mn1.toLowerCase()] ?? 0, Number(dn1));
  }
  if (mn2 !== undefined && dn2 !== undefined && yn2 !== undefined) {
    return iso(Number(yn2), MONTHS[mn2.toLowerCase()] ?? 0, Number(dn2));
  }
  return null;
}

/** A date string in any form the letters use -> ISO YYYY-MM-DD, or null when it is not one exact date. */
export function parseClinicalDate(s: string): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const t = s.trim();
  const re = new RegExp(`^(?:${DATE_PATTERN.source})$`, 'i');
  const m = re.exec(t);
  return m ? fromGroups(m) : null;
}

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
}

/** Every exact date in the text, in order. Linear: one regex pass. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const re = new RegExp(DATE_PATTERN.source, 'gi');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const d = fromGroups(m);
    if (d !== null) out.push({ start: m.index, end: m.index + m[0].length, iso: d });
  }
  return out;
}

export type Chronicity = 'acute' | 'subacute' | 'chronic';

export interface ChronicityResult {
  readonly phase: Chronicity;
  readonly days: number;
  readonly weeks: number;
  readonly months: number;
}

function toUtc(s: string | null | undefined): Date | null {
  if (typeof s !== 'string') return null;
  const d = parseClinicalDate(s);
  if (d === null) return null;
  return new Date(`${d}T00:00:00Z`);
}

/**
 * Time from injury to the reference date: acute under 6 weeks, subacute 6 weeks to under 3 months, chronic
 * at 3 months or more (8 CCR 9792.20: chronic pain lasts 3 or more months from first onset). Null when
 * either date is missing or unreadable, or the reference date is before the injury.
 */
export function chronicity(dateOfInjury: string | null | undefined, referenceDate: string | null | undefined): ChronicityResult | null {
  const a = toUtc(dateOfInjury);
  const b = toUtc(referenceDate);
  if (a === null || b === null) return null;
  const days = Math.round((b.getTime() - a.getTime()) / 86_400_000);
  if (days < 0) return null;
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  const phase: Chronicity = months >= 3 ? 'chronic' : days >= 42 ? 'subacute' : 'acute';
  return { phase, days, weeks: Math.floor(days / 7), months };
}
