// Property: every evidence span is exactly the text at its offsets, and every fact is schema-valid,
// over random text, random text with clinical phrases spliced in, and odd Unicode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fact } from '../core/index.ts';
import { extractFacts } from './extract.ts';

const PHRASES = [
  'The patient is a 45-year-old male', 'injury on 10-13-16', 'no red flags', 'denies numbness',
  'physical therapy was not helpful', 'has not had acupuncture', 'surgery is planned', 'history of diabetes',
  'if symptoms persist', 'completed 12 sessions of physical therapy with no improvement',
  'improved her pain from 5-6/10 to 4/10', 'Norco 10/325 mg q6h #120', 'Duragesic 75 mcg/hr',
  'urine drug screen was consistent', 'no aberrant behavior', 'MRI of the left knee dated 2/4/14 showed a tear',
  'positive Spurling test', 'SLR negative bilaterally', 'modified duty', 'home exercise program',
  'lack of documentation of objective functional benefit', 'previously authorized 6 visits of chiropractic',
  'motor strength 4/5', 'MED of 120', '50% relief', 'EMG/NCV on October 22, 2016 was normal', '; ', '. ', '\n\n',
];

function check(text: string, source: 'clinicalSummary' | 'records[0]' = 'clinicalSummary'): void {
  const facts = extractFacts([{ source, text }], { referenceDate: '2017-01-01' });
  for (const f of facts) {
    expect(Fact.safeParse(f).success).toBe(true);
    for (const e of f.evidence) {
      expect(e.source).toBe(source);
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.text).toBe(text.slice(e.start, e.end));
    }
  }
}

describe('evidence spans are exact', () => {
  it('on random strings (any Unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => { check(s); }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => { check(s); }), { numRuns: 300 });
  });

  it('on random text with clinical phrases inserted', () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 30 }), fc.constantFrom(' ', ', ', '(', ')', '/', '-', '\u00a0', '\u2022'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (parts, record) => { check(parts.join(' '), record ? 'records[0]' : 'clinicalSummary'); }),
      { numRuns: 500 },
    );
  });

  it('finds the inserted facts wherever they land', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a}. She completed 12 sessions of physical therapy with no improvement. ${b}`;
        const pt = extractFacts([{ source: 'clinicalSummary', text }]).filter((f) => f.kind === 'prior-treatment' && f.value === 'physical therapy');
        expect(pt.some((f) => f.attributes['count'] === 12)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bounded time', () => {
  it('a 1 MB summary finishes well under a second', () => {
    const unit = PHRASES.join('. ') + '. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    extractFacts([{ source: 'clinicalSummary', text: unit }]); // warm up
    const t0 = performance.now();
    const facts = extractFacts([{ source: 'clinicalSummary', text }]);
    const ms = performance.now() - t0;
    expect(facts.length).toBeGreaterThan(1000);
    // Generous for a loaded CI machine; about 0.3 s on a busy 2-core box.
    expect(ms).toBeLessThan(3000);
  });

  it('a 1 MB run-on text with no sentence ends stays bounded', () => {
    const text = 'no pain MRI 7/10 Norco 10/325 mg if the of '.repeat(25_000);
    const t0 = performance.now();
    extractFacts([{ source: 'clinicalSummary', text }]);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
