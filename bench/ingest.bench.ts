// The whole ingest path (read, extract, parse, store) on generated letters: half text, half PDF, into a
// fresh SQLite file, with worker threads and without, against the store-only rate of the same letters.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/index.ts';
import { openSqliteStore } from '../src/storage/index.ts';
import { textPdf } from '../test/support/pdf-fixtures.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../test/support/synthetic.ts';
import { fmt } from './stats.ts';

export async function benchIngest(files: number): Promise<void> {
  console.log('\n== ingest (read + extract + parse + store) ==');
  const dir = mkdtempSync(join(tmpdir(), 'openimr-ingest-bench-'));
  try {
    const rng = seededRng(5);
    for (let i = 0; i < files; i++) {
      const text = renderSyntheticLetterText(syntheticLetter(rng, i));
      if (i % 2 === 0) writeFileSync(join(dir, `letter-${i}.txt`), text);
      else writeFileSync(join(dir, `letter-${i}.pdf`), textPdf(text.split('\n').map((l) => l.replace(/\t/g, '    '))));
    }
    for (const workers of [0, 2]) {
      const db = join(dir, `w${workers}.db`);
      const store = await openSqliteStore(db);
      await store.migrate();
      const summary = await ingest(store, [dir], { workers });
      await store.close();
      console.log(
        `${workers === 0 ? 'on the main thread' : `${workers} worker threads`}: ${summary.added} letters (${summary.items} items, half PDF) ` +
          `in ${fmt(summary.seconds, 2)} s = ${fmt(summary.added / summary.seconds, 0)} letters/s; failed ${summary.failed.length}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
