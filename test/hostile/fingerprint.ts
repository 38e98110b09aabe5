// A store's fingerprint for the bad-input corpus: every table's rows, hashed. Equal fingerprints mean the
// store is unchanged (no row added, removed or edited), whatever the table.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export function fingerprint(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%' order by name")
      .all() as { name: string }[];
    const hash = createHash('sha256');
    for (const { name } of tables) {
      const rows = db.prepare(`select * from "${name.replaceAll('"', '""')}"`).raw().all();
      // Buffers (blobs) are hashed first: their toJSON would spell every byte.
      const lines = rows.map((r) => JSON.stringify((r as unknown[]).map((v) => (Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v)))).sort();
      hash.update(`${name}:${lines.length}\n${lines.join('\n')}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Rows per table (letters, items, cases, blobs, audit events ...), for the report. */
export function rowCounts(dbPath: string): Record<string, number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%' order by name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`select count(*) as n from "${name.replaceAll('"', '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}
