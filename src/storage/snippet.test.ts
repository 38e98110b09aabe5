import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQueryText } from './query-text.ts';
import { buildSnippet } from './snippet.ts';

const q = (text: string) => readQueryText(text)!;

describe('buildSnippet', () => {
  it('marks the query words, stemmed, in the stretch with the most of them', () => {
    const text = 'Intro words only here. ' + 'filler '.repeat(40) + 'The patient improved with massage therapies and massage helped.';
    const s = buildSnippet(text, q('massage therapy improvement'));
    expect(s).toContain('[[massage]]');
    expect(s).toContain('[[therapies]]');
    expect(s).toContain('[[improved]]');
    expect(s.startsWith('… ')).toBe(true);
  });

  it('returns the start of the text when nothing matches, and nothing for empty text', () => {
    expect(buildSnippet('Alpha beta gamma.', q('zeta'))).toBe('Alpha beta gamma.');
    expect(buildSnippet('', q('zeta'))).toBe('');
  });

  it('never throws, and without the marks is a stretch of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ minLength: 1, maxLength: 20 }), (text, words) => {
        const query = readQueryText(words);
        if (query === null) return;
        const s = buildSnippet(text, query).replaceAll('[[', '').replaceAll(']]', '').replace(/^… /, '').replace(/ …$/, '');
        expect(text.replace(/\s+/g, ' ')).toContain(s);
      }),
    );
  });
});
