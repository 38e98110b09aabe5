import { describe, expect, test } from 'vitest';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../../test/support/synthetic.ts';
import { MAX_ITEMS_PER_LETTER, runParseJob } from './parse-job.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('runParseJob limits', () => {
  test('a text of thousands of decided items is refused (resource-limit) before it reaches the store', async () => {
    const flood = Array.from({ length: 600 }, () => 'Massage therapy: Upheld\nDecision rationale: CLINICAL CASE SUMMARY').join('\n');
    const result = await runParseJob({ id: 1, fileName: 'flood.txt', bytes: bytes(flood) });
    expect(result).toMatchObject({ ok: false, code: 'resource-limit' });
    if (!result.ok) expect(result.message).toContain(String(MAX_ITEMS_PER_LETTER));
  });

  test('an ordinary letter passes', async () => {
    const letter = renderSyntheticLetterText(syntheticLetter(seededRng(3), 3));
    expect(await runParseJob({ id: 2, fileName: 'l.txt', bytes: bytes(letter) })).toMatchObject({ ok: true });
  });
});
