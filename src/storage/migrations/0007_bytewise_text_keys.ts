// Schema migration 7: on PostgreSQL, the text columns that lists are ordered and paged by (users.username,
// cases.case_number, reviewers.id) compare byte by byte (COLLATE "C"), as SQLite compares text. Before, they
// took the database's default collation: on a server created with en_US (or an ICU locale) "R-b" came
// before "R-C" in the reviewer list where SQLite puts it after, and a listing's keyset cursor followed the
// locale's rules. Now the order, and the indexes that serve it, are the same on every server whatever its
// locale (src/storage/postgres/collation.int.test.ts creates an en-US database to prove it). SQLite: nothing.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

/** Table -> text columns that an ORDER BY or a keyset cursor uses. */
export const BYTEWISE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['username'],
  cases: ['case_number'],
  reviewers: ['id'],
};

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  if (dialect.backend !== 'postgres') return;
  for (const [table, columns] of Object.entries(BYTEWISE_COLUMNS)) {
    for (const column of columns) {
      // Rewrites the column's indexes (unique constraint, listing indexes) in the new order.
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type text collate "C"`.execute(db);
    }
  }
}
