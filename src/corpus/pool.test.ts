import { afterEach, describe, expect, test } from 'vitest';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../../test/support/synthetic.ts';
import { createParsePool, type ParsePool } from './pool.ts';

const letterBytes = (n: number): Uint8Array => new TextEncoder().encode(renderSyntheticLetterText(syntheticLetter(seededRng(n), n)));

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the parse pool', () => {
  test('parses in worker threads, in parallel, each job answered once', async () => {
    pool = createParsePool(2);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool!.run({ id: i, fileName: `l${i}.txt`, bytes: letterBytes(i) })));
    expect(results.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const r of results) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.letter.items.length).toBeGreaterThan(0);
    }
  });

  test('a job that overruns loses its worker and fails alone; the next job gets a fresh worker', async () => {
    pool = createParsePool(1, { jobTimeoutMs: 1 });
    const slow = await pool.run({ id: 1, fileName: 'a.txt', bytes: letterBytes(1) });
    expect(slow).toMatchObject({ id: 1, ok: false, code: 'pdf-timeout' });
    await pool.close();
    pool = createParsePool(1, { jobTimeoutMs: 30_000 });
    const next = await pool.run({ id: 2, fileName: 'b.txt', bytes: letterBytes(2) });
    expect(next.ok).toBe(true);
  });

  test('bad bytes come back as a coded failure, not an exception', async () => {
    pool = createParsePool(1);
    const r = await pool.run({ id: 7, fileName: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(r).toMatchObject({ id: 7, ok: false, code: 'pdf-malformed' });
  });
});
