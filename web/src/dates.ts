// Dates as the user's calendar sees them.

/** Today's date where the user is (plus offsetDays), as YYYY-MM-DD; toISOString would give the UTC date. */
export function localDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
