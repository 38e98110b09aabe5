// Date arithmetic on ISO calendar dates, in UTC so results do not depend on the machine's time zone.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoToDay(iso: string): number | null {
  const m = ISO.exec(iso);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Reject dates that do not exist (2016-02-30, month 13): Date.UTC would silently roll them over.
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === iso ? t / 86_400_000 : null;
}

/** Months (average length) from `from` to `to`; negative when `to` is earlier; null for an invalid date. */
export function monthsBetween(from: string, to: string): number | null {
  const a = isoToDay(from);
  const b = isoToDay(to);
  if (a === null || b === null) return null;
  return (b - a) / 30.436875;
}

/** True when the ISO date lies in [from, until); open ends always match. */
export function inEffect(date: string, effective: { readonly from?: string | undefined; readonly until?: string | undefined }): boolean {
  return (effective.from === undefined || date >= effective.from) && (effective.until === undefined || date < effective.until);
}

/** The date itself when it is a real ISO calendar date, else null. */
export function validIso(date: string | null | undefined): string | null {
  return date !== null && date !== undefined && isoToDay(date) !== null ? date : null;
}
