// `npm run bench [-- SECTION... --letters N --pg-letters N]`: speed of the corpus path, each figure printed
// beside a reference measured in the same run (poppler for PDF reading; the targets from the issues).
//   parse   letters/s/core of the text parser on the sample letters (and synthetic letters)
//   pdf     time to extract text from the sample PDFs vs poppler's pdftotext on the same files
//   ingest  the whole ingest path on generated letters (half PDF), with and without worker threads
//   decide  the whole decide path on the sample letters' cases, beside only reading the input
//   api     HTTP requests/s and p99 at 64 connections (search, letter view, draft decision) beside a bare Hono route
//   store   ingest rate into SQLite and PostgreSQL, search p50/p95/p99 and peak memory on a synthetic corpus
//   scale   the same, plus statistics and database size, at each of --sizes (10,000 / 100,000 / 1,000,000
//           letters), with growth from size to size and --explain-at N query plans (not in the default set)
// Sample letters are read from ../shared/corpus; the large corpus is generated (test/support/synthetic.ts).
import { parseArgs } from 'node:util';
import { benchParse } from './parse.bench.ts';
import { benchPdf } from './pdf.bench.ts';
import { benchStore } from './store.bench.ts';
import { benchIngest } from './ingest.bench.ts';
import { benchDecide } from './decide.bench.ts';
import { benchApi } from './api.bench.ts';
import { benchScale, type ScaleBackend } from './scale.bench.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    letters: { type: 'string', default: '100000' },
    'pg-letters': { type: 'string', default: '20000' },
    'api-letters': { type: 'string', default: '20000' },
    queries: { type: 'string', default: '300' },
    backend: { type: 'string', default: 'sqlite,postgres' },
    files: { type: 'string', default: '2000' },
    sizes: { type: 'string', default: '10000,100000' },
    'explain-at': { type: 'string' },
    out: { type: 'string' },
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
  } else if (s === 'scale') {
    const backends = values.backend.split(',').filter((b): b is ScaleBackend => b === 'sqlite' || b === 'postgres');
    const sizes = values.sizes.split(',').map(Number);
    if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0) || backends.length === 0) {
      console.error('scale: --sizes takes positive integers (10000,100000) and --backend sqlite and/or postgres');
      process.exitCode = 2;
      break;
    }
    await benchScale({
      sizes: [...sizes].sort((a, b) => a - b),
      backends,
      queries: Number(values.queries),
      explainAt: values['explain-at'] === undefined ? null : Number(values['explain-at']),
      out: values.out ?? null,
    });
  } else {
    console.error(`unknown section '${s}' (parse, pdf, ingest, decide, store, api, scale)`);
    process.exitCode = 2;
  }
}
