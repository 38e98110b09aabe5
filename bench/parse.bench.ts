// Parser throughput on one core: the sample letters' texts (PDF text extracted once, beforehand) and
// synthetic letters, against the target of 2,000 letters/s/core and against a bare scan of the same text.
import { readFileSync } from 'node:fs';
import { extractPdfText } from '../src/pdf/index.ts';
import { parseLetter } from '../src/letters/index.ts';
import { normalizeRequest } from '../src/requests/index.ts';
import { corpusFiles } from '../test/support/corpus.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../test/support/synthetic.ts';
import { fmt } from './stats.ts';

const TARGET = 2000;

function rate(texts: readonly string[], minMs = 2000): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) {
      parseLetter(t);
      n++;
    }
  }
  return n / ((performance.now() - start) / 1000);
}

/** The least work that touches every character: split into lines and lower-case each. */
function scanRate(texts: readonly string[], minMs = 1000): number {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) {
      for (const line of t.split('\n')) sink += line.toLowerCase().length;
      n++;
    }
  }
  if (sink < 0) console.log(sink);
  return n / ((performance.now() - start) / 1000);
}

export async function benchParse(): Promise<void> {
  const texts: string[] = [];
  for (const f of corpusFiles('letters')) texts.push((await extractPdfText(new Uint8Array(readFileSync(f)))).text);
  for (const f of corpusFiles('seeds')) texts.push(readFileSync(f, 'utf8'));
  const rng = seededRng(7);
  const synthetic = Array.from({ length: 500 }, (_, i) => renderSyntheticLetterText(syntheticLetter(rng, i)));
  console.log('\n== parse (one core) ==');
  for (const [name, set] of [['sample letters', texts], ['synthetic letters', synthetic]] as const) {
    if (set.length === 0) {
      console.log(`${name}: none found (is ../shared/corpus there?)`);
      continue;
    }
    rate(set, 300); // warm up
    const r = rate(set);
    const s = scanRate(set);
    const kb = set.reduce((a, t) => a + t.length, 0) / set.length / 1024;
    console.log(
      `${name} (${set.length}, ${fmt(kb)} KB avg): ${fmt(r, 0)} letters/s/core = ${fmt(r / TARGET, 2)}x the target of ${TARGET}; ` +
        `a bare line scan of the same text: ${fmt(s, 0)} letters/s (parse costs ${fmt(s / r, 1)}x a scan)`,
    );
  }

  // Request normalisation runs for every item of every letter: its own figure.
  const requests = synthetic.flatMap((t) => [...t.matchAll(/^(.+): (?:Upheld|Overturned)$/gm)].map((m) => m[1] ?? ''));
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 2000) {
    for (const r of requests) normalizeRequest(r);
    n += requests.length;
  }
  const perSecond = n / ((performance.now() - t0) / 1000);
  console.log(`request normalisation: ${fmt(perSecond, 0)} requests/s/core (${fmt(perSecond / 50_000, 2)}x the 50,000 aim)`);
}
