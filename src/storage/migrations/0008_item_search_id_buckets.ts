// Schema migration 8: each PostgreSQL item vector also carries the token of its id bucket (id >> 14, as a
// weight-D lexeme like the filter tags), so the newest matches of a word are asked of the GIN index one range
// of newest ids at a time instead of walking the primary key (docs/decisions/0012). Existing rows get their
// token; the trigger adds it to new ones. SQLite is unchanged (FTS5 reads its match lists newest first).
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await dialect.bucketItemSearch(db);
}
