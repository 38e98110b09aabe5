// PostgreSQL's full-text piece: the narrow table item_search (id, search_vector) with a GIN index, one row
// per item: request weight A, rationale B, the letter's clinical summary C, and the filter tags
// (search-tags.ts) as weight-D lexemes, so a filter is one more GIN key. Ranked by ts_rank over the user's
// words only; snippets from the stored text (snippet.ts). User text reaches the engine only through
// plainto_tsquery / phraseto_tsquery with bound parameters; tags through to_tsquery('simple') of tokens that
// are letters and digits only.
//
// Migration 2 put the vector on items (createItemSearch); migration 6 moved it out (narrowItemSearch):
// a newest-first walk reads about 1 KB a row there instead of the wide items row, about 5x less work for a
// common word (docs/decisions/0011). Why a trigger and not a generated column: the vector includes the
// letter's clinical summary, which lives on letters, and a generated column may only read its own row.
import { sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { RankedItem, StoreDialect } from '../dialect.ts';
import { storedTextSnippets } from '../snippet.ts';
import type { TextQuery } from '../query-text.ts';
import { tsqueryFilterExpression } from '../search-tags.ts';
import type { Database } from '../schema.ts';
import type { SearchFilters } from '../store.ts';


function tsquery(q: TextQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (q.loose !== '') parts.push(sql`plainto_tsquery('english', ${q.loose})`);
  for (const phrase of q.phraseTexts) parts.push(sql`phraseto_tsquery('english', ${phrase})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** The user's words and the filters' tags, one tsquery. */
function matchQuery(q: TextQuery, filters: SearchFilters): RawBuilder<unknown> {
  const tags = tsqueryFilterExpression(filters);
  return tags === null ? tsquery(q) : sql`(${tsquery(q)} && to_tsquery('simple', ${tags}))`;
}

/**
 * How long the newest-first query may run before it is taken for a walk over sparse matches (decision 0011):
 * at 1,000,000 letters a walk of 300,000 rows takes about this long, and a word and tags matching under
 * 5,000 / 300,000 of the items then cost less through the GIN index (at most about 27,000 fetches).
 */
export const WALK_BUDGET_MS = 500;

/**
 * The newest `count` matches. The planner either walks the primary key newest first and stops after `count`
 * matches (common words) or takes every match from the GIN index and keeps the newest (rare words). Its
 * estimate multiplies independent selectivities, so for a sparse mix of words and tags it may walk most of
 * the table (2.4 s at 1,000,000 letters): after `budgetMs` the statement is cancelled and the GIN path is
 * taken (`id + 0` keeps the planner off the walk). A two-step variant was measured and reverted (0011).
 */
export async function newestMatchesWithin(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, count: number, budgetMs: number): Promise<number[]> {
  const match = matchQuery(q, filters);
  const ids = (rows: { id: number }[]): number[] => rows.map((r) => r.id);
  const newest = async (on: Kysely<Database>): Promise<number[]> =>
    ids((await sql<{ id: number }>`select id from item_search where search_vector @@ ${match} order by id desc limit ${count}`.execute(on)).rows);
  // Inside a caller's transaction a cancelled statement would abort it: no budget there.
  if (db.isTransaction) return newest(db);
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`set local statement_timeout = ${sql.lit(budgetMs)}`.execute(trx);
      return newest(trx);
    });
  } catch (err) {
    if ((err as { code?: unknown }).code !== QUERY_CANCELED) throw err;
  }
  return ids((await sql<{ id: number }>`select id from item_search where search_vector @@ ${match} order by id + 0 desc limit ${count}`.execute(db)).rows);
}

/** SQLSTATE of a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

async function narrowItemSearch(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table item_search (
      id integer primary key references items (id) on delete cascade,
      search_vector tsvector not null
    )`.execute(db);
  await sql`
    create function item_search_document(text, text, integer, text) returns tsvector language sql stable as $$
      select setweight(to_tsvector('english', coalesce($1, '')), 'A') ||
             setweight(to_tsvector('english', coalesce($2, '')), 'B') ||
             setweight(to_tsvector('english', coalesce((select clinical_summary from letters where id = $3), '')), 'C') ||
             setweight(to_tsvector('simple', coalesce($4, '')), 'D')
    $$`.execute(db);
  // Existing rows: the vector migration 2 computed, plus the tags.
  await sql`
    insert into item_search (id, search_vector)
    select id, coalesce(search_vector, ''::tsvector) || setweight(to_tsvector('simple', coalesce(search_tags, '')), 'D') from items`.execute(db);
  await sql`drop trigger items_search_vector on items`.execute(db);
  await sql`drop function items_search_vector()`.execute(db);
  await sql`drop index items_search`.execute(db);
  await sql`alter table items drop column search_vector`.execute(db);
  await sql`
    create function item_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into item_search (id, search_vector)
        values (new.id, item_search_document(new.request, new.rationale, new.letter_id, new.search_tags));
      else
        update item_search set search_vector = item_search_document(new.request, new.rationale, new.letter_id, new.search_tags)
        where id = new.id;
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger item_search_sync after insert or update of request, rationale, letter_id, search_tags on items
    for each row execute function item_search_sync()`.execute(db);
  await sql`create index item_search_gin on item_search using gin (search_vector)`.execute(db);
}

async function createItemSearch(db: Kysely<unknown>): Promise<void> {
  await sql`alter table items add column search_vector tsvector`.execute(db);
  await sql`
    create function items_search_vector() returns trigger language plpgsql as $$
    begin
      new.search_vector :=
        setweight(to_tsvector('english', coalesce(new.request, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(new.rationale, '')), 'B') ||
        setweight(to_tsvector('english', coalesce((select clinical_summary from letters where id = new.letter_id), '')), 'C');
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger items_search_vector before insert or update of request, rationale, letter_id on items
    for each row execute function items_search_vector()`.execute(db);
  await sql`create index items_search on items using gin (search_vector)`.execute(db);
}

export const postgresDialect: StoreDialect = {
  backend: 'postgres',

  identity: (col: ColumnDefinitionBuilder) => col.primaryKey().generatedByDefaultAsIdentity(),

  migrationGuard: <T>(_db: Kysely<Database>, run: () => Promise<T>): Promise<T> => run(),

  createItemSearch,
  narrowItemSearch,

  newestMatches: (db: Kysely<Database>, q: TextQuery, filters: SearchFilters, _filter: Expression<SqlBool>, count: number) =>
    newestMatchesWithin(db, q, filters, count, WALK_BUDGET_MS),

  async rank(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, _filter: Expression<SqlBool>, limit: number, offset: number): Promise<RankedItem[]> {
    const rows = await sql<RankedItem>`
      select id, ts_rank(search_vector, ${tsquery(q)}) as score from item_search
      where search_vector @@ ${matchQuery(q, filters)}
      order by score desc, id limit ${limit} offset ${offset}`.execute(db);
    return rows.rows;
  },

  // Built from the stored text (snippet.ts) as on SQLite: ts_headline re-parses every hit's texts.
  snippets: storedTextSnippets,
};
