// SQLite's full-text piece: an FTS5 external-content table over a view of items + their letter's
// clinical summary (so no text is stored twice), kept in step by an insert trigger, ranked by bm25 with
// the request weighted highest. User text reaches MATCH only as a bound string of quoted words.
import { sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { RankedItem, StoreDialect } from '../dialect.ts';
import { toFts5Query, type TextQuery } from '../query-text.ts';
import type { Database } from '../schema.ts';
import { fts5FilterExpression } from '../search-tags.ts';
import { storedTextSnippets } from '../snippet.ts';
import type { SearchFilters } from '../store.ts';

/** bm25 column weights: request, rationale, clinical summary, and the filter tags (never scored). */
const WEIGHTS = sql`10.0, 3.0, 1.0, 0.0`;

/** The MATCH string: the user's words in the text columns, and the filters as tags (search-tags.ts). */
function matchString(q: TextQuery, filters: SearchFilters): string {
  const text = `{request rationale summary}: (${toFts5Query(q)})`;
  const tags = fts5FilterExpression(filters);
  return tags === null ? text : `${text} AND ${tags}`;
}


async function createItemSearch(db: Kysely<unknown>): Promise<void> {
  await sql`
    create view items_search_source as
    select i.id as id, i.request as request, i.rationale as rationale, l.clinical_summary as summary, i.search_tags as tags
    from items i join letters l on l.id = i.letter_id`.execute(db);
  await sql`
    create virtual table items_fts using fts5(
      request, rationale, summary, tags,
      content = 'items_search_source', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  // Letters are immutable (identified by content hash) and never deleted through the Store, so an insert
  // trigger is all the index needs. Anything that deletes or edits items must also issue FTS5 'delete'.
  await sql`
    create trigger items_fts_after_insert after insert on items begin
      insert into items_fts (rowid, request, rationale, summary, tags)
      values (new.id, new.request, new.rationale, (select clinical_summary from letters where id = new.letter_id), new.search_tags);
    end`.execute(db);
}

export const sqliteDialect: StoreDialect = {
  backend: 'sqlite',

  identity: (col: ColumnDefinitionBuilder) => col.primaryKey(),

  // One IMMEDIATE transaction around the whole migrator: a second process waits (busy_timeout), then
  // finds the migrations applied; and a failing migration leaves nothing half-applied.
  async migrationGuard<T>(db: Kysely<Database>, run: () => Promise<T>): Promise<T> {
    await sql`begin immediate`.execute(db);
    try {
      const result = await run();
      await sql`commit`.execute(db);
      return result;
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  },

  createItemSearch,

  // FTS5 already keeps its index apart from items and carries the filter tags (migration 6 is PostgreSQL's).
  narrowItemSearch: () => Promise.resolve(),
  bucketItemSearch: () => Promise.resolve(),

  async newestMatches(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, _filter: Expression<SqlBool>, count: number): Promise<number[]> {
    // Only the index: FTS5 walks the match list from the newest rowid and stops after `count`.
    const rows = await sql<{ id: number }>`
      select rowid as id from items_fts where items_fts match ${matchString(q, filters)}
      order by rowid desc limit ${count}`.execute(db);
    return rows.rows.map((r) => r.id);
  },

  async rank(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, _filter: Expression<SqlBool>, limit: number, offset: number): Promise<RankedItem[]> {
    const rows = await sql<{ id: number; bm25: number }>`
      select rowid as id, bm25(items_fts, ${WEIGHTS}) as bm25 from items_fts
      where items_fts match ${matchString(q, filters)}
      order by bm25, rowid limit ${limit} offset ${offset}`.execute(db);
    // bm25 is lower-is-better; the port's score is higher-is-better.
    return rows.rows.map((r) => ({ id: r.id, score: -r.bm25 }));
  },

  // Built from the stored text (snippet.ts): FTS5's snippet() re-runs the query per row.
  snippets: storedTextSnippets,
};
