// The synthetic letter generator lives in src/corpus (the demo data uses it too); tests and benchmarks import it here.
export { seededRng, syntheticLetter, renderSyntheticLetterText } from '../../src/corpus/index.ts';
export type { Rng, SyntheticOptions } from '../../src/corpus/index.ts';
