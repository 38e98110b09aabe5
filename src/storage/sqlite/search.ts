// SQLite's full-text piece: an FTS5 external-content table over a view of items + their letter's
// clinical summary (so no text is stored twice), kept in step by an insert trigger, ranked by bm25 with
// the request weighted highest. User text reaches MATCH only as a bound string of quoted words.
import { sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import { SNIPPET_END, SNIPPET_START, type RankedItem, type StoreDialect } from '../dialect.ts';
import { toFts5Query, type TextQuery } from '../query-text.ts';
import type { Database } from '../schema.ts';

/** bm25 column weights: request, rationale, clinical summary. */
const WEIGHTS = sql`10.0, 3.0, 1.0`;

// A type alias, not an interface: withTables() needs an index-signature-compatible shape.
type FtsTables = { items_fts: { rowid: number } };

async function createItemSearch(db: Kysely<unknown>): Promise<void> {
  await sql`
    create view items_search_source as
    select i.id as id, i.request as request, i.rationale as rationale, l.clinical_summary as summary
    from items i join letters l on l.id = i.letter_id`.execute(db);
  await sql`
    create virtual table items_fts using fts5(
      request, rationale, summary,
      content = 'items_search_source', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  // Letters are immutable (identified by content hash) and never deleted through the Store, so an insert
  // trigger is all the index needs. Anything that deletes or edits items must also issue FTS5 'delete'.
  await sql`
    create trigger items_fts_after_insert after insert on items begin
      insert into items_fts (rowid, request, rationale, summary)
      values (new.id, new.request, new.rationale, (select clinical_summary from letters where id = new.letter_id));
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

  matches(q: TextQuery): Expression<SqlBool> {
    return sql<SqlBool>`${sql.ref('items.id')} in (select rowid from items_fts where items_fts match ${toFts5Query(q)})`;
  },

  async rank(db: Kysely<Database>, q: TextQuery, filter: Expression<SqlBool>, limit: number, offset: number): Promise<RankedItem[]> {
    const rows = await db
      .withTables<FtsTables>()
      .selectFrom('items_fts')
      .innerJoin('items', 'items.id', 'items_fts.rowid')
      .select(['items.id', sql<number>`bm25(items_fts, ${WEIGHTS})`.as('bm25')])
      .where(sql<SqlBool>`items_fts match ${toFts5Query(q)}`)
      .where(filter)
      .orderBy('bm25')
      .orderBy('items.id')
      .limit(limit)
      .offset(offset)
      .execute();
    // bm25 is lower-is-better; the port's score is higher-is-better.
    return rows.map((r) => ({ id: r.id, score: -r.bm25 }));
  },

  async snippets(db: Kysely<Database>, q: TextQuery, ids: readonly number[]): Promise<Map<number, string>> {
    // Separate from rank(): snippet() is costly and SQLite would compute it for every match before the sort.
    // One query with rowid IN (...): with "rowid = ?" FTS5 still walked the whole doclist per call (0.5 s each
    // for a common word on 20k items), while IN with a short list stays around a millisecond.
    const rows = await sql<{ id: number; snippet: string }>`
      select rowid as id, snippet(items_fts, -1, ${SNIPPET_START}, ${SNIPPET_END}, '…', 24) as snippet
      from items_fts
      where items_fts match ${toFts5Query(q)} and rowid in (${sql.join([...ids])})`.execute(db);
    return new Map(rows.rows.map((r) => [r.id, r.snippet]));
  },
};
