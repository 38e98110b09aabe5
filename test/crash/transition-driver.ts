// A child process for the crash test: case transitions through the app use-cases on a SQLite store, in a loop,
// until it is killed. Every case is created (received -> screening -> deferred: liability disputed), then moved
// back and forth between screening and deferred. Invented parties only. Prints "ready" once the store is open.
import { addCalendarDaysForTest } from './dates.ts';
import { createCase, openStoreAt, transitionCase, type Actor } from '../../src/app/index.ts';

const [dbPath, runId] = process.argv.slice(2);
if (dbPath === undefined || runId === undefined) throw new Error('usage: transition-driver DB RUN-ID');
const store = await openStoreAt({ kind: 'sqlite', target: dbPath });
const deps = { store, clock: { now: () => new Date() } };
const INTAKE: Actor = { id: 'crash-intake', role: 'intake' };
process.stdout.write('ready\n');

const day = (offset: number): string => addCalendarDaysForTest(new Date(), -offset);
for (let n = 0; ; n++) {
  const tag = `${runId}-${n}`;
  const record = await createCase(
    deps,
    {
      employee: { name: `Crash Test Worker ${tag}` },
      claimNumber: `CRASH-${tag}`,
      dateOfInjury: day(400),
      employer: { name: 'Invented Orchards' },
      requestingPhysician: { name: `Dr. Invented ${tag}`, specialty: 'Orthopaedic Surgery' },
      claimsAdministrator: { name: 'Invented Claims Services' },
      disputedTreatments: [{ request: 'Physical therapy 2 x 6 for the lumbar spine' }],
      urDecision: { date: day(20), servedDate: day(18), servedBy: 'mail' },
      signed: true,
      signatureDate: day(12),
      receivedDate: day(10),
      liabilityDisputed: true,
    },
    INTAKE,
  );
  let current = record;
  for (let j = 0; j < 3 && current.state === 'deferred'; j++) {
    current = await transitionCase(deps, current.id, 'resolve-liability', {}, INTAKE);
    current = await transitionCase(deps, current.id, 'defer', { reasons: ['liability-disputed'] }, INTAKE);
  }
}
