// The whole decide path (validate, extract facts, normalise, select and evaluate rules, draft the rationale)
// on sample-sized cases: the sample letters with their outcome hidden, printed beside the time to only read
// the same input (JSON.parse and schema validation). Target: 1,000 items/s/core.
import { readFileSync } from 'node:fs';
import { decideCase, readCaseFile } from '../src/app/index.ts';
import { blindCase } from '../src/evaluation/index.ts';
import { parseLetter } from '../src/letters/index.ts';
import { extractPdfText } from '../src/pdf/index.ts';
import { corpusFiles } from '../test/support/corpus.ts';
import { fmt } from './stats.ts';

export async function benchDecide(): Promise<void> {
  console.log('\n== decide (one core) ==');
  const inputs: string[] = [];
  let items = 0;
  for (const f of [...corpusFiles('letters'), ...corpusFiles('seeds')]) {
    const text = f.endsWith('.pdf') ? (await extractPdfText(new Uint8Array(readFileSync(f)))).text : readFileSync(f, 'utf8');
    const blind = blindCase(parseLetter(text));
    if (blind === null) continue;
    inputs.push(JSON.stringify(blind.caseFile));
    items += blind.caseFile.disputedItems.length;
  }
  if (inputs.length === 0) {
    console.log('no sample letters found (is ../shared/corpus there?)');
    return;
  }
  const run = (f: (s: string) => unknown, minMs: number): number => {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < minMs) {
      for (const s of inputs) f(s);
      n++;
    }
    return (n * items) / ((performance.now() - t0) / 1000);
  };
  run((s) => decideCase(JSON.parse(s)), 500); // warm up
  const decide = run((s) => decideCase(JSON.parse(s)), 3000);
  const read = run((s) => readCaseFile(JSON.parse(s)), 1000);
  console.log(
    `${inputs.length} cases, ${items} items: decide ${fmt(decide, 0)} items/s/core (${fmt(decide / 1000, 2)}x the 1,000 target); ` +
      `only reading the input: ${fmt(read, 0)} items/s (deciding costs ${fmt(read / decide, 1)}x reading)`,
  );
}
