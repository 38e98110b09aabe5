// Applications for IMR in tests that drive the real CLI or API against today's date: the dates must be
// timely relative to the day the test runs (Pacific time, as the deadline rules count).

/** `n` days before today in California, as YYYY-MM-DD. */
export function daysAgo(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/** A signed, timely application with invented parties; `over` replaces whole top-level fields. */
export function inventedApplication(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    employee: { name: 'Invented Worker', dateOfBirth: '1980-02-03', sex: 'female', address: '1 Test Way, Sacramento, CA 95814' },
    claimNumber: 'INVENTED-CLAIM-1',
    dateOfInjury: daysAgo(400),
    employer: { name: 'Invented Employer', address: '2 Test Way, Sacramento, CA 95814' },
    requestingPhysician: { name: 'Invented Physician', specialty: 'Physical Medicine and Rehabilitation' },
    claimsAdministrator: { name: 'Invented Claims' },
    disputedTreatments: [{ request: 'Physical therapy 2 times a week for 6 weeks, lumbar spine' }],
    urDecision: { date: daysAgo(20), servedDate: daysAgo(18), servedBy: 'mail' },
    signed: true,
    signatureDate: daysAgo(5),
    receivedDate: daysAgo(3),
    ...over,
  };
}
