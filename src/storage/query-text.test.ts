import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, readQueryText, toFts5Query } from './query-text.ts';

describe('readQueryText', () => {
  it('splits loose words and quoted phrases', () => {
    const q = readQueryText('norco "functional improvement" 10/325mg');
    expect(q?.looseWords).toEqual(['norco', '10', '325mg']);
    expect(q?.phrases).toEqual([['functional', 'improvement']]);
    expect(q?.loose).toBe('norco 10/325mg');
    expect(q?.phraseTexts).toEqual(['functional improvement']);
  });

  it('treats an unpaired quote and a one-word phrase as loose text', () => {
    expect(readQueryText('"acupuncture')?.looseWords).toEqual(['acupuncture']);
    expect(readQueryText('"acupuncture"')?.phrases).toEqual([]);
  });

  it('drops PostgreSQL english stop words from loose words but not from phrases', () => {
    expect(readQueryText('pain in the back')?.looseWords).toEqual(['pain', 'back']);
    expect(readQueryText('"pain in the back"')?.phrases).toEqual([['pain', 'in', 'the', 'back']]);
    expect(readQueryText('the OR and')).toBeNull();
  });

  it('returns null when there are no words', () => {
    for (const t of ['', '   ', '*', '"', '(((', '😀', "'); --"]) expect(readQueryText(t), t).toBeNull();
  });

  it('keeps letters of any script and caps the number of words', () => {
    expect(readQueryText('señal 日本語')?.looseWords).toEqual(['señal', '日本語']);
    expect(readQueryText(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))?.looseWords).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('toFts5Query', () => {
  it('quotes every word and phrase, so FTS5 operators are plain strings', () => {
    const q = readQueryText('NEAR(acupuncture OR massage*) "home exercise"');
    expect(q).not.toBeNull();
    // "OR" is an english stop word, so it is dropped like PostgreSQL drops it.
    expect(toFts5Query(q!)).toBe('"NEAR" "acupuncture" "massage" "home exercise"');
  });
});
