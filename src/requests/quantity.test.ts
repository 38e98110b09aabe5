// Property tests: the parsers are total (never throw, always schema-valid, fast on hostile input), and
// requests generated from parts parse back to those parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizedRequest, type Category } from '../core/index.ts';
import { classifyCategory, findBodyParts, normalizeRequest, parseQuantity } from './index.ts';

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Fragments that look like requests, to steer random strings towards the patterns' hot paths. */
const fragment = fc.constantFrom(
  ' x ', '#', '(', ')', '/', '-', '%', 'mg', 'mcg/hr', ' times a week ', ' for ', ' weeks', ' days', ' months',
  'refills', ' sessions', 'twice', 'weekly', 'left', 'R ', 'L4-5', 'c/s', 'b/l', 'knees', 'MRI', 'Norco', '12',
  '10/325', '1.5', '10/12/2013', ' ', 'qty', 'x2', 'every other week', 'twelve (12)', 'tablets',
);
const requestLike = fc.array(fc.oneof(fragment, fc.string({ maxLength: 4 }), fc.nat(999).map(String)), { maxLength: 40 }).map((a) => a.join(''));

describe('totality', () => {
  it('never throws and always returns a schema-valid result on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), requestLike), (s) => {
        const r = normalizeRequest(s);
        expect(NormalizedRequest.safeParse(r).success).toBe(true);
        classifyCategory(s);
        findBodyParts(s);
        parseQuantity(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays fast on long and repetitive input (no catastrophic backtracking)', () => {
    const hostile = [
      '1 x '.repeat(500), '1'.repeat(5000), '1/'.repeat(2000), '('.repeat(3000) + '1', 'a '.repeat(3000),
      'physical therapy '.repeat(200) + 'sessions', '2 times a week for '.repeat(200), 'mg'.repeat(2000),
      '#'.repeat(3000), ' '.repeat(10000) + 'x', 'spine surgery '.repeat(300) + 'consultation',
      '12-'.repeat(1500), 'x1x1x1'.repeat(800), 'l4-5 '.repeat(600),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...hostile), fc.string({ maxLength: 20 }), (base, tail) => {
        const t0 = performance.now();
        normalizeRequest(base + tail);
        expect(performance.now() - t0).toBeLessThan(50);
      }),
      { numRuns: 100 },
    );
  });
});

describe('round trips', () => {
  const drug = fc.constantFrom('Norco', 'Gabapentin', 'Naproxen', 'Flexeril', 'Omeprazole', 'Tramadol', 'Ambien', 'Cymbalta');
  const strength = fc.integer({ min: 1, max: 2000 });
  const count = fc.integer({ min: 1, max: 999 });

  it('reads drug, strength and count back from "${drug} ${n}mg #${count}"', () => {
    fc.assert(
      fc.property(drug, strength, count, fc.constantFrom('#', '# ', 'qty ', 'QTY: ', 'Qty. '), (d, n, c, mark) => {
        const q = normalizeRequest(`${d} ${n}mg ${mark}${c}`).quantity;
        expect(q).toMatchObject({ drug: d.toLowerCase(), strengthValues: [n], strengthUnit: 'mg', count: c, visits: null });
      }),
    );
  });

  it('reads combination strengths and refills back', () => {
    fc.assert(
      fc.property(drug, strength, strength, count, fc.integer({ min: 0, max: 11 }), fc.constantFrom('/', '-'), (d, a, b, c, r, sep) => {
        const q = normalizeRequest(`${d} ${a}${sep}${b} mg #${c} with ${r} refills`).quantity;
        expect(q).toMatchObject({ strengthValues: [a, b], strengthUnit: 'mg', count: c, refills: r });
      }),
    );
  });

  const activity: fc.Arbitrary<readonly [string, Category]> = fc.constantFrom(
    ['Physical therapy', 'rehab.physical-therapy'],
    ['Massage therapy', 'rehab.massage'],
    ['Acupuncture', 'rehab.acupuncture'],
    ['Chiropractic treatment', 'rehab.chiropractic'],
    ['Occupational therapy', 'rehab.occupational-therapy'],
    ['Cognitive behavioral therapy', 'psychological'],
    ['Aquatic therapy', 'rehab.physical-therapy'],
  );
  const frequency = fc.integer({ min: 1, max: 5 });
  const weeks = fc.integer({ min: 1, max: 24 });

  it('reads "${activity} ${a} x ${b}" as a per week for b weeks', () => {
    fc.assert(
      fc.property(activity, frequency, weeks, fc.constantFrom(' x ', 'x', ' X ', ' times '), ([name, cat], a, b, sep) => {
        const r = normalizeRequest(`${name} ${a}${sep}${b}`);
        expect(r.category).toBe(cat);
        expect(r.quantity).toMatchObject({ perWeek: a, weeks: b, visits: a * b, count: null });
      }),
    );
  });

  it('reads spelled-out frequencies and durations', () => {
    fc.assert(
      fc.property(activity, frequency, weeks, fc.boolean(), ([name, cat], a, b, spell) => {
        const fa = spell ? (WORDS[a - 1] ?? String(a)) : String(a);
        const fb = spell && b <= 12 ? (WORDS[b - 1] ?? String(b)) : String(b);
        const r = normalizeRequest(`${name} ${fa} times a week for ${fb} weeks to the left knee`);
        expect(r).toMatchObject({ category: cat, bodyParts: ['knee'], laterality: 'left' });
        expect(r.quantity).toMatchObject({ perWeek: a, weeks: b, visits: a * b });
      }),
    );
  });

  it('reads explicit session counts in their usual spellings', () => {
    fc.assert(
      fc.property(activity, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), ([name, cat], n, form) => {
        const word = WORDS[n - 1] ?? String(n);
        const text = [`${name}, ${n} sessions`, `${word} (${n}) ${name} sessions`, `(${n}) additional ${name} visits`, `${name} x ${n}`][form] ?? '';
        const r = normalizeRequest(text);
        expect(r.category).toBe(cat);
        expect(r.quantity.visits).toBe(n);
      }),
    );
  });

  it('reads side and part back from "MRI of the ${side} ${part}"', () => {
    const part = fc.constantFrom(['shoulder', 'shoulder'], ['knee', 'knee'], ['wrist', 'wrist'], ['hip', 'hip'], ['ankle', 'ankle'], ['elbow', 'elbow'], ['foot', 'foot']);
    const side = fc.constantFrom(['left', 'left'], ['right', 'right'], ['lt', 'left'], ['rt', 'right'], ['R', 'right'], ['L', 'left'], ['bilateral', 'bilateral']);
    fc.assert(
      fc.property(part, side, ([word, canonical], [sideWord, lat]) => {
        expect(normalizeRequest(`MRI of the ${sideWord} ${word}`)).toMatchObject({
          category: 'imaging.mri', bodyParts: [canonical], laterality: lat,
        });
      }),
    );
  });

  it('is not moved by a date placed anywhere between words', () => {
    // Phrases between which a date may sit (a date inside "2 x 6" would not be a realistic request).
    const base = fc.constantFrom(['Norco', '10/325mg', '#60'], ['Physical therapy', '2 x 6', 'for the lumbar spine'], ['Acupuncture', '6 sessions']);
    const date = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2000, max: 2030 }), fc.boolean())
      .map(([m, d, y, short]) => `${m}/${d}/${short ? String(y).slice(2) : y}`);
    fc.assert(
      fc.property(base, date, fc.nat(), fc.constantFrom('(DOS %)', 'DOS: %', 'dated %,', 'on %'), (phrases, dt, pos, wrap) => {
        const at = pos % (phrases.length + 1);
        const withDate = [...phrases.slice(0, at), wrap.replace('%', dt), ...phrases.slice(at)].join(' ');
        expect(normalizeRequest(withDate)).toEqual(normalizeRequest(phrases.join(' ')));
      }),
    );
  });
});
