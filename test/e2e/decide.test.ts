// openimr decide and eval, through the use-cases the CLI calls.
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { decideCase, evaluateLetters, isoInputDate, withSimilarDecisions } from '../../src/app/index.ts';
import { Determination, OpenImrError } from '../../src/core/index.ts';
import { seededRng, syntheticLetter } from '../support/synthetic.ts';
import { openTestStore } from '../support/test-store.ts';

const summary =
  'This is a 52-year-old female injured on 03/02/2015 lifting a box. She reports low back pain radiating to the left leg. ' +
  'She completed 12 sessions of physical therapy with no improvement. She denies bowel or bladder dysfunction. She is working modified duty.';

function errorOf(f: () => unknown): OpenImrError {
  try {
    f();
  } catch (e) {
    if (e instanceof OpenImrError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('decideCase', () => {
  test('answers every item in the published shape, every evidence span exact', () => {
    const input = {
      caseNumber: 'CM16-0000042',
      dateOfInjury: '03/02/2015',
      urDenialDate: '2016-11-01',
      clinicalSummary: summary,
      records: [{ title: 'PR-2', date: '10/20/2016', text: 'Pain 7/10. Norco 10/325 mg three times a day. Urine drug screen consistent.' }],
      disputedItems: [{ request: 'Physical therapy 2 x 6 for the lumbar spine' }, { request: 'Norco 10/325mg #90' }, { request: 'Zzyzx device trial' }],
    };
    const d = decideCase(input);
    expect(Determination.safeParse(d).success).toBe(true);
    expect(d.caseNumber).toBe('CM16-0000042');
    expect(d.items.map((i) => i.request)).toEqual(input.disputedItems.map((i) => i.request));
    const texts: Record<string, string> = { clinicalSummary: summary, 'records[0]': input.records[0]!.text };
    for (const item of d.items) {
      expect(item.rationale).toMatch(/medically necessary\.?$/);
      for (const c of item.criteria) for (const e of c.evidence) expect(texts[e.source]?.slice(e.start, e.end)).toBe(e.text);
    }
  });

  test('bad input names the field', () => {
    expect(errorOf(() => decideCase({ disputedItems: [{ request: 'x' }] })).message).toMatch(/^clinicalSummary: /);
    expect(errorOf(() => decideCase({ clinicalSummary: 'x', disputedItems: [] })).message).toMatch(/^disputedItems: /);
    expect(errorOf(() => decideCase({ clinicalSummary: 'x', disputedItems: [{ request: '' }] })).message).toMatch(/^disputedItems\.0\.request: /);
    expect(errorOf(() => decideCase('a string')).code).toBe('invalid-input');
    expect(errorOf(() => decideCase({ clinicalSummary: 'x', dateOfInjury: '13/01/2016', disputedItems: [{ request: 'MRI' }] })).message).toMatch(/^dateOfInjury: /);
  });

  test('odd Unicode and a 1 MB summary are handled', () => {
    const odd = decideCase({ clinicalSummary: '\u202e\u0000 patient \u{1F600} ' + 'x'.repeat(10), disputedItems: [{ request: 'Massage therapy \u200b 1 x 6' }] });
    expect(odd.items).toHaveLength(1);
    const big = decideCase({ clinicalSummary: summary.repeat(Math.ceil(1_000_000 / summary.length)).slice(0, 1_000_000), disputedItems: [{ request: 'Acupuncture x 6' }] });
    expect(big.items).toHaveLength(1);
  });

  test('dates: MM/DD/YYYY and ISO, checked against the calendar', () => {
    expect(isoInputDate('2/4/2014', 'd')).toBe('2014-02-04');
    expect(isoInputDate('2016-07-29', 'd')).toBe('2016-07-29');
    expect(isoInputDate(undefined, 'd')).toBeNull();
    expect(() => isoInputDate('2016-02-30', 'd')).toThrow(OpenImrError);
  });
});

describe('evaluateLetters', () => {
  test('compares blind decisions with the real ones and reports the always-Upheld baseline', () => {
    const rng = seededRng(11);
    const letters = Array.from({ length: 30 }, (_, i) => syntheticLetter(rng, i));
    const report = evaluateLetters(letters);
    const items = letters.reduce((a, l) => a + l.items.length, 0);
    expect(report.overall.n).toBe(items);
    expect(report.baseline.balancedAccuracy).toBe(0.5);
    expect(report.baseline.kappa).toBeCloseTo(0);
    expect(report.byCategory.reduce((a, g) => a + g.metrics.n, 0)).toBe(items);
  });
});

describe('similar published decisions', () => {
  test('up to five per item, of the same category, when the store holds a corpus', async () => {
    const store = await openTestStore();
    try {
      const rng = seededRng(21);
      const letters = Array.from({ length: 200 }, (_, i) => syntheticLetter(rng, i));
      await store.upsertLetters(letters.map((letter, i) => ({ contentHash: createHash('sha256').update(`s${i}`).digest('hex'), sourceName: `s${i}.txt`, letter })));
      const d = await withSimilarDecisions(store, decideCase({ clinicalSummary: summary, disputedItems: [{ request: 'Massage therapy 1 x 6' }, { request: '12' }] }));
      const massage = d.items[0]!;
      expect(massage.similar!.length).toBeGreaterThan(0);
      expect(massage.similar!.length).toBeLessThanOrEqual(5);
      for (const s of massage.similar!) expect(s.request.toLowerCase()).toContain('massage');
      expect(d.items[1]!.similar).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
