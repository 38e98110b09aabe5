// Schema migration 6: PostgreSQL's full-text vectors move out of items into a narrow table of their own,
// item_search (id, search_vector), and carry the filter tags (search-tags.ts) as weight-D lexemes. A text
// search then reads a table of about 1 KB a row instead of the wide items rows, and a filter is one more
// GIN key instead of a join or a second index (docs/decisions/0011). SQLite is unchanged (its FTS5 table
// already carries the tags): the dialect owns the DDL, as in migration 2.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await dialect.narrowItemSearch(db);
}
