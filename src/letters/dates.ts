// Dates as printed in letters -> ISO YYYY-MM-DD. Accepts 10/18/2013, 10-13-16, 2/4/14, 2013-10-18,
// October 22, 2016, Oct. 22 2016, 22 October 2016. Impossible dates give null, never a guess.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** One date anywhere in a short string; the first one wins. Source for the field values. */
export const DATE_PATTERN = new RegExp(
  String.raw`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b|\b${MONTH_NAME}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|\b(\d{1,2})\s+${MONTH_NAME}\.?,?\s+(\d{4})\b`,
  'i',
);

export interface FoundDate {
  readonly iso: string;
  /** Index of the match in the searched string. */
  readonly index: number;
  readonly length: number;
}

export function findDate(text: string): FoundDate | null {
  const m = DATE_PATTERN.exec(text);
  if (m === null) return null;
  const g = (i: number): string | undefined => m[i];
  let year: number;
  let month: number;
  let day: number;
  if (g(1) !== undefined) {
    month = Number(g(1));
    day = Number(g(2));
    year = expandYear(g(3) ?? '');
  } else if (g(4) !== undefined) {
    year = Number(g(4));
    month = Number(g(5));
    day = Number(g(6));
  } else if (g(7) !== undefined) {
    month = monthNumber(g(7) ?? '');
    day = Number(g(8));
    year = Number(g(9));
  } else {
    day = Number(g(10));
    month = monthNumber(g(11) ?? '');
    year = Number(g(12));
  }
  const iso = toIso(year, month, day);
  return iso === null ? null : { iso, index: m.index, length: m[0].length };
}

export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years: IMR began in 2013; injuries go back decades. 00-49 -> 20xx, 50-99 -> 19xx.
  return n < 50 ? 2000 + n : 1900 + n;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

function toIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
