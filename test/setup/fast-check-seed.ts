// vitest setupFile: property tests draw from one fixed seed, so a CI run is reproducible and a red run
// is the code's fault, not the dice's. Properties that name their own seed keep it.
// - OPENIMR_FC_SEED=<integer>: that seed (to replay a failure fast-check printed).
// - OPENIMR_FC_SEED=random: a fresh seed per property (`npm run test:explore`), to look for new
//   counterexamples; fast-check prints the seed and path of any it finds. A counterexample found that way
//   becomes a plain regression test beside the code it broke.
import fc from 'fast-check';

/** The seed CI uses. Changing it is fine; it must only be fixed. */
const DEFAULT_SEED = 20261126;

const raw = process.env['OPENIMR_FC_SEED'];
if (raw !== 'random') {
  const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`OPENIMR_FC_SEED must be an integer or "random", not ${JSON.stringify(raw)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
