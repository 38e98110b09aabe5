// The small part of the store that differs per backend: identity columns, the full-text index DDL,
// matching, ranking and snippets. Everything else is shared Kysely code in repository.ts.
import type { ColumnDefinitionBuilder, Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from './schema.ts';
import type { TextQuery } from './query-text.ts';
import type { SearchFilters } from './store.ts';

export interface RankedItem {
  id: number;
  /** Higher is better. Not comparable across backends. */
  score: number;
}

export interface StoreDialect {
  readonly backend: 'sqlite' | 'postgres';
  /** An auto-assigned 32-bit integer primary key. */
  identity(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Runs the migrator so that concurrent processes apply each migration once. PostgreSQL: Kysely's
   * migrator already takes an advisory lock and runs in a transaction. SQLite: Kysely does neither.
   */
  migrationGuard<T>(db: Kysely<Database>, run: () => Promise<T>): Promise<T>;
  /** Creates the full-text index over items (request, rationale, the letter's clinical summary). */
  createItemSearch(db: Kysely<unknown>): Promise<void>;
  /** Migration 6: PostgreSQL moves its vectors into a narrow table with the filter tags; SQLite: nothing. */
  narrowItemSearch(db: Kysely<unknown>): Promise<void>;
  /** Migration 8: PostgreSQL's vectors also carry their id bucket's token (search-tags.ts); SQLite: nothing. */
  bucketItemSearch(db: Kysely<unknown>): Promise<void>;
  /**
   * Ids of the newest (highest id) matching items passing the filters, at most `count`, newest first.
   * Bounds the work of a search: the engine walks the match list from its newest end and stops.
   * `filters` and `filter` say the same thing; a dialect uses whichever it can apply inside its index.
   */
  newestMatches(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, filter: Expression<SqlBool>, count: number): Promise<number[]>;
  /** One page of all matching items passing the filters, best first (ties by id). */
  rank(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, filter: Expression<SqlBool>, limit: number, offset: number): Promise<RankedItem[]>;
  /** Snippets for the given item ids: text around the matches, each match wrapped in [[ and ]]. */
  snippets(db: Kysely<Database>, q: TextQuery, ids: readonly number[]): Promise<Map<number, string>>;
}

export const SNIPPET_START = '[[';
export const SNIPPET_END = ']]';
