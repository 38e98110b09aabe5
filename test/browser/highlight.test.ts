// The web app's highlighting: segments rebuild the text exactly, and each one carries the labels of the
// spans that cover it. (Pure functions, so they are tested here without a browser.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markSpans, splitSnippet } from '../../web/src/highlight.ts';

describe('splitSnippet', () => {
  it('marks the words between [[ and ]]', () => {
    expect(splitSnippet('no [[acupuncture]] after [[therapy]].')).toEqual([
      { text: 'no ', match: false },
      { text: 'acupuncture', match: true },
      { text: ' after ', match: false },
      { text: 'therapy', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup-looking text as plain text and leaves unbalanced markers alone', () => {
    expect(splitSnippet('<img src=x onerror=alert(1)> [[<b>]] [[open')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
      { text: ' [[open', match: false },
    ]);
  });

  it('never loses or adds characters other than the markers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (parts) => {
        const clean = parts.map(([t, m]) => [t.replace(/\[\[|\]\]|\[|\]/g, ''), m] as const);
        const snippet = clean.map(([t, m]) => (m ? `[[${t}]]` : t)).join('');
        const segs = splitSnippet(snippet);
        expect(segs.map((s) => s.text).join('')).toBe(clean.map(([t]) => t).join(''));
        expect(segs.filter((s) => s.match).map((s) => s.text).join('')).toBe(clean.filter(([, m]) => m).map(([t]) => t).join(''));
      }),
    );
  });
});

describe('markSpans', () => {
  it('cuts overlapping spans into labelled pieces', () => {
    const segs = markSpans('abcdefghij', [
      { start: 2, end: 6, label: 'a' },
      { start: 4, end: 8, label: 'b' },
    ]);
    expect(segs.map((s) => [s.text, s.labels])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['b']],
      ['ij', []],
    ]);
  });

  it('clamps spans outside the text and ignores empty ones', () => {
    expect(markSpans('abc', [{ start: 2, end: 99, label: 'x' }, { start: 1, end: 1, label: 'y' }, { start: 3, end: 1, label: 'z' }])).toEqual([
      { text: 'ab', start: 0, labels: [] },
      { text: 'c', start: 2, labels: ['x'] },
    ]);
  });

  it('rebuilds the text, and each piece has exactly the labels of the spans covering it', () => {
    const span = fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }), label: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(span, { maxLength: 6 }), (text, spans) => {
        const segs = markSpans(text, spans);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (const s of segs) {
          for (let i = s.start; i < s.start + s.text.length; i++) {
            const covering = new Set(spans.filter((sp) => sp.start <= i && i < sp.end).map((sp) => sp.label));
            expect(new Set(s.labels)).toEqual(covering);
          }
        }
      }),
    );
  });
});
