// `npm run bench [-- SECTION... --letters N --pg-letters N]`: speed of the corpus path, each figure printed
// beside a reference measured in the same run (poppler for PDF reading; the targets from the issues).
//   parse   letters/s/core of the text parser on the sample letters (and synthetic letters)
//   pdf     time to extract text from the sample PDFs vs poppler's pdftotext on the same files
//   ingest  the whole ingest path on generated letters (half PDF), with and without worker threads
//   decide  the whole decide path on the sample letters' cases, beside only reading the input
//   api     HTTP requests/s and p99 at 64 connections (search, letter view, draft decision) beside a bare Hono route
//   store   ingest rate into SQLite and PostgreSQL, search p50/p95/p99 and peak memory on a synthetic corpus
// Sample letters are read from ../shared/corpus; the large corpus is generated (test/support/synthetic.ts).
import { parseArgs } from 'node:util';
import { benchParse } from './parse.bench.ts';
import { benchPdf } from './pdf.bench.ts';
import { benchStore } from './store.bench.ts';
import { benchIngest } from './ingest.bench.ts';
import { benchDecide } from './decide.bench.ts';
import { benchApi } from './api.bench.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    letters: { type: 'string', default: '100000' },
    'pg-letters': { type: 'string', default: '20000' },
    'api-letters': { type: 'string', default: '20000' },
    queries: { type: 'string', default: '300' },
    backend: { type: 'string', default: 'sqlite,postgres' },
    files: { type: 'string', default: '2000' },
  },
});

const sections = positionals.length > 0 ? positionals : ['parse', 'pdf', 'ingest', 'decide', 'store', 'api'];
for (const s of sections) {
  if (s === 'parse') await benchParse();
  else if (s === 'pdf') await benchPdf();
  else if (s === 'ingest') await benchIngest(Number(values.files));
  else if (s === 'decide') await benchDecide();
  else if (s === 'api') await benchApi(Number(values['api-letters']));
  else if (s === 'store') {
    await benchStore({
      letters: Number(values.letters),
      pgLetters: Number(values['pg-letters']),
      queries: Number(values.queries),
      backends: values.backend.split(','),
    });
  } else {
    console.error(`unknown section '${s}' (parse, pdf, ingest, decide, store, api)`);
    process.exitCode = 2;
  }
}
