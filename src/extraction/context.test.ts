// One test per trigger category of the NegEx / ConText port, on synthetic sentences.
import { describe, expect, it } from 'vitest';
import { ContextIndex } from './context.ts';
import { analyze, phraseTokens } from './text.ts';

/** Classify the first occurrence of `target` in `text`. */
function classify(text: string, target: string, applies: 'conditions' | 'events' = 'conditions') {
  const a = analyze(text);
  const want = phraseTokens(target);
  const i = a.tokens.findIndex((_, k) => want.every((w, j) => a.tokens[k + j]?.norm === w));
  if (i < 0) throw new Error(`target not found: ${target}`);
  const r = new ContextIndex(a).classify(i, i + want.length, applies);
  return { polarity: r.polarity, temporality: r.temporality };
}

describe('ConText port', () => {
  it.each([
    ['No red flags were noted.', 'red flags'],
    ['She denies numbness in the legs.', 'numbness'],
    ['There is no evidence of aberrant behavior.', 'aberrant behavior'],
    ['He has not had physical therapy.', 'physical therapy'],
    ['There was a lack of documentation of objective functional benefit.', 'functional benefit'],
    ['Negative straight leg raise.', 'straight leg raise'],
    ['Straight leg raise was negative bilaterally.', 'straight leg raise'],
    ['Sensation is intact.', 'sensation'],
    ['The exam was without spasm.', 'spasm'],
    ['Cauda equina syndrome was ruled out.', 'cauda equina syndrome'],
    ['Patient denies weakness, numbness or tingling.', 'tingling'],
  ])('negated: %s', (text, target) => {
    expect(classify(text, target).polarity).toBe('negated');
  });

  it.each([
    ['Possible radiculopathy.', 'radiculopathy'],
    ['Rule out meniscal tear.', 'meniscal tear'],
    ['Findings are suggestive of carpal tunnel syndrome.', 'carpal tunnel syndrome'],
    ['A tear cannot be excluded.', 'tear'],
  ])('uncertain: %s', (text, target) => {
    expect(classify(text, target).polarity).toBe('uncertain');
  });

  it.each([
    ['History of diabetes.', 'diabetes', 'historical'],
    ['She is status post fusion.', 'fusion', 'historical'],
    ['He completed 12 sessions of physical therapy.', 'physical therapy', 'historical'],
    ['If symptoms persist, injection is an option.', 'symptoms', 'hypothetical'],
    ['Surgery is planned.', 'surgery', 'planned'],
    ['The provider requested an MRI of the knee.', 'mri', 'planned'],
    ['An MRI was requested.', 'mri', 'planned'],
    ['Left knee pain.', 'pain', 'current'],
  ] as const)('temporality: %s', (text, target, want) => {
    expect(classify(text, target, 'events').temporality).toBe(want);
  });

  it.each([
    ['Physical therapy was not helpful.', 'physical therapy'],
    ['Physical therapy with no improvement.', 'physical therapy'],
    ['No change in pain after physical therapy.', 'pain'],
    ['He did not improve with acupuncture.', 'acupuncture'],
  ])('pseudo-triggers do not negate: %s', (text, target) => {
    expect(classify(text, target, 'events').polarity).toBe('affirmed');
  });

  it.each([
    ['No numbness, but positive Tinel sign.', 'tinel'],
    ['No numbness; weakness of the left hand.', 'weakness'],
    ['No numbness. Weakness of the left hand.', 'weakness'],
    ['There was no swelling in the knee and the patient reports weakness.', 'weakness'],
  ])('termination ends the scope: %s', (text, target) => {
    expect(classify(text, target).polarity).toBe('affirmed');
  });

  it.each([
    ['There is tenderness over the hip, with normal but painful range of motion.', 'tenderness'],
    ['Motor strength was normal at 5/5 with decreased sensation.', 'decreased sensation'],
  ])('"normal" and "intact" negate only what they touch: %s', (text, target) => {
    expect(classify(text, target).polarity).toBe('affirmed');
  });

  it('limits a pre-trigger to its window', () => {
    expect(classify('No swelling was seen at the visit in the office of the treating physician today with weakness.', 'weakness').polarity).toBe('affirmed');
  });
});
