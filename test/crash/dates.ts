// ISO dates relative to now, for the invented applications of the crash test.
export function addCalendarDaysForTest(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
