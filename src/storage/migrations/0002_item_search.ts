// Schema migration 2: the full-text index over items. The DDL differs per backend (FTS5 virtual table
// vs tsvector + GIN), so each dialect owns it: sqlite/search.ts and postgres/search.ts.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await dialect.createItemSearch(db);
}
