// Extraction over the sample letters' clinical summaries: no crash, every span exact, an age and a sex in
// most summaries, and the speed printed (facts/s, MB/s). Case text never reaches the test output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Fact, type FactKind } from '../../src/core/index.ts';
import { extractFacts } from '../../src/extraction/index.ts';
import { parseLetter } from '../../src/letters/index.ts';
import { extractPdfText } from '../../src/pdf/index.ts';
import { corpusAvailable, corpusFiles } from '../support/corpus.ts';

function checkSpans(facts: readonly Fact[], text: string): void {
  for (const f of facts) {
    expect(Fact.safeParse(f).success).toBe(true);
    for (const e of f.evidence) {
      expect(e.source).toBe('clinicalSummary');
      expect(e.text).toBe(text.slice(e.start, e.end));
      expect(e.end).toBeGreaterThan(e.start);
    }
  }
}

async function summaries(): Promise<string[]> {
  const out: string[] = [];
  for (const f of corpusFiles('seeds').filter((x) => x.endsWith('.txt'))) {
    const s = parseLetter(readFileSync(f, 'utf8')).clinicalSummary;
    if (s !== null && s.length > 0) out.push(s);
  }
  for (const f of corpusFiles('letters').filter((x) => x.endsWith('.pdf'))) {
    const { text } = await extractPdfText(new Uint8Array(readFileSync(f)));
    const s = parseLetter(text).clinicalSummary;
    if (s !== null && s.length > 0) out.push(s);
  }
  return out;
}

describe.runIf(corpusAvailable('the extraction corpus test'))('extraction over the sample summaries', () => {
  it('finds ages and sexes, keeps every span exact, and is fast', async () => {
    const texts = await summaries();
    expect(texts.length).toBeGreaterThan(10);
    let withAge = 0;
    let withSex = 0;
    const kinds = new Map<FactKind, number>();
    for (const text of texts) {
      const facts = extractFacts([{ source: 'clinicalSummary', text }]);
      checkSpans(facts, text);
      if (facts.some((f) => f.kind === 'age')) withAge += 1;
      if (facts.some((f) => f.kind === 'sex')) withSex += 1;
      for (const f of facts) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    }
    expect(withAge / texts.length).toBeGreaterThan(0.8);
    expect(withSex / texts.length).toBeGreaterThan(0.8);
    expect(kinds.get('prior-treatment') ?? 0).toBeGreaterThan(texts.length);
    expect(kinds.get('medication') ?? 0).toBeGreaterThan(10);
    expect(kinds.get('diagnosis') ?? 0).toBeGreaterThan(texts.length);

    // Speed: the summaries repeated 20 times.
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    let facts = 0;
    const rounds = 20;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r += 1) {
      for (const text of texts) facts += extractFacts([{ source: 'clinicalSummary', text }]).length;
    }
    const seconds = (performance.now() - t0) / 1000;
    console.info(
      `[extraction] ${texts.length} summaries, ${(bytes / 1024).toFixed(0)} KB: ${(facts / seconds).toFixed(0)} facts/s, ` +
        `${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s, ${((seconds * 1000) / (texts.length * rounds)).toFixed(2)} ms/summary; ` +
        `summaries with age ${withAge}, with sex ${withSex}; facts by kind ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
  });
});
