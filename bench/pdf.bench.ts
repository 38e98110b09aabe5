// PDF to text: our in-process extraction vs poppler's pdftotext on the same files, both sequential on one core.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extractPdfText } from '../src/pdf/index.ts';
import { corpusFiles } from '../test/support/corpus.ts';
import { fmt } from './stats.ts';

export async function benchPdf(): Promise<void> {
  console.log('\n== pdf to text ==');
  const files = corpusFiles('letters').filter((f) => f.endsWith('.pdf'));
  if (files.length === 0) {
    console.log('no sample PDFs found (is ../shared/corpus there?)');
    return;
  }
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  let pages = 0;
  for (const b of bytes.slice(0, 3)) await extractPdfText(b.slice()); // warm up
  const t0 = performance.now();
  for (const b of bytes) pages += (await extractPdfText(b.slice())).pages;
  const ours = (performance.now() - t0) / 1000;

  const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
  if (!hasPoppler) {
    console.log(`ours: ${files.length} files, ${pages} pages in ${fmt(ours, 2)} s (${fmt(pages / ours, 0)} pages/s); pdftotext not installed (apt-get install poppler-utils) so no ratio`);
    return;
  }
  const t1 = performance.now();
  for (const f of files) execFileSync('pdftotext', [f, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const poppler = (performance.now() - t1) / 1000;
  console.log(
    `ours: ${files.length} files, ${pages} pages in ${fmt(ours, 2)} s (${fmt(pages / ours, 0)} pages/s); ` +
      `pdftotext: ${fmt(poppler, 2)} s (${fmt(pages / poppler, 0)} pages/s, process spawn included); ` +
      `ratio ours/poppler = ${fmt(ours / poppler, 2)} (target <= 3)`,
  );
}
