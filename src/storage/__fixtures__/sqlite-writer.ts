// A separate process writing to a shared SQLite file (sqlite.int.test.ts runs several at once).
// Usage: node --import tsx sqlite-writer.ts <db path> <from> <to>; prints how many letters it added.
import { openSqliteStore } from '../index.ts';
import { makeLetter } from './letters.ts';

const [path, from, to] = process.argv.slice(2);
if (path === undefined || from === undefined || to === undefined) throw new Error('usage: sqlite-writer <db> <from> <to>');
const store = await openSqliteStore(path);
await store.migrate();
let added = 0;
for (let i = Number(from); i < Number(to); i += 20) {
  const batch = Array.from({ length: Math.min(20, Number(to) - i) }, (_, k) =>
    makeLetter({ seed: `proc-${i + k}`, items: [{ request: 'Acupuncture' }, { request: 'Massage' }] }),
  );
  added += (await store.upsertLetters(batch)).filter((r) => r === 'added').length;
}
await store.close();
process.stdout.write(`${added}\n`);
