// PostgreSQL's full-text piece: the narrow table item_search (id, search_vector) with a GIN index, one row
// per item: request weight A, rationale B, the letter's clinical summary C, and the filter tags
// (search-tags.ts) as weight-D lexemes, so a filter is one more GIN key. Ranked by ts_rank over the user's
// words only; snippets from the stored text (snippet.ts). User text reaches the engine only through
// plainto_tsquery / phraseto_tsquery with bound parameters; tags through to_tsquery('simple') of tokens that
// are letters and digits only.
//
// Migration 2 put the vector on items (createItemSearch); migration 6 moved it out (narrowItemSearch):
// a newest-first walk reads about 1 KB a row there instead of the wide items row, about 5x less work for a
// common word (docs/decisions/0011). Migration 8 (bucketItemSearch) adds each item's id bucket token, so
// the newest matches come from the GIN index a range of ids at a time, without an unbounded walk (decision
// 0012). Why a trigger and not a generated column: the vector includes the letter's clinical summary, which
// lives on letters, and a generated column may only read its own row.
import { sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { RankedItem, StoreDialect } from '../dialect.ts';
import { storedTextSnippets } from '../snippet.ts';
import type { TextQuery } from '../query-text.ts';
import { ID_BUCKET_BITS, idBucketTag, tsqueryFilterExpression } from '../search-tags.ts';
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

/** Most bucket tokens one query carries; the round that would need more reads the rest without them. */
const MAX_ROUND_BUCKETS = 64;
/** Buckets the first round covers (the newest, usually partly filled, and the one before it). */
const FIRST_ROUND_BUCKETS = 2;
/** Matches so sparse that filling the window would take more than this share of the older ids: GIN path. */
const SPARSE_FRACTION = 1 / 8;

/**
 * The newest `count` matches, newest first (decision 0012). The first round asks for the newest matches among
 * the newest FIRST_ROUND_BUCKETS id buckets and leaves the plan to PostgreSQL: a common word fills the window
 * there by walking the primary key newest first and stopping, as before, but the walk can no longer run on
 * through the whole table. Later rounds ask the GIN index for the matches in the next 2, 4, 8... older buckets
 * (each item's vector carries its bucket's token, so a round is one GIN condition: words && tags && buckets)
 * until `count` are found; the last round reads every older match, as does the next round once the density
 * seen so far says the window would need more than SPARSE_FRACTION of the older ids. Rounds cover disjoint,
 * ever older ranges, so the matches come out in id order. At 1,000,000 letters the unbounded walk visited up to most of the
 * table for a sparse mix of words and filters (decision 0011). `order by id + 0` keeps the planner off it.
 */
export async function newestMatchesByBucket(db: Kysely<Database>, q: TextQuery, filters: SearchFilters, count: number): Promise<number[]> {
  const match = matchQuery(q, filters);
  const top = (await sql<{ id: number | null }>`select max(id) as id from item_search`.execute(db)).rows[0]?.id ?? null;
  const found: number[] = [];
  if (top === null) return found;
  const idsOf = (rows: { id: number }[]): void => {
    for (const r of rows) found.push(r.id);
  };
  let next = (top >> ID_BUCKET_BITS) - FIRST_ROUND_BUCKETS;
  const newestStart = Math.max(0, next + 1) * 2 ** ID_BUCKET_BITS;
  idsOf((await sql<{ id: number }>`select id from item_search where search_vector @@ ${match} and id >= ${newestStart} order by id desc limit ${count}`.execute(db)).rows);
  let span = FIRST_ROUND_BUCKETS;
  while (next >= 0 && found.length < count) {
    const low = next - span + 1;
    const limit = count - found.length;
    // A round costs in proportion to the ids it covers (GIN merges the buckets' posting lists), the GIN path
    // in proportion to the matches. When the density seen so far says the window would need a large part of
    // the rest of the table, the matches are sparse: the GIN path at once.
    const below = (next + 1) * 2 ** ID_BUCKET_BITS;
    const neededIds = found.length === 0 ? Infinity : (limit * (top + 1 - below)) / found.length;
    if (low <= 0 || span > MAX_ROUND_BUCKETS || neededIds > below * SPARSE_FRACTION) {
      idsOf((await sql<{ id: number }>`select id from item_search where search_vector @@ ${match} and id + 0 < ${below} order by id + 0 desc limit ${limit}`.execute(db)).rows);
      next = -1;
    } else {
      const buckets = Array.from({ length: span }, (_, i) => idBucketTag(next - i)).join(' | ');
      idsOf(
        (await sql<{ id: number }>`select id from item_search where search_vector @@ (${match} && to_tsquery('simple', ${buckets})) order by id + 0 desc limit ${limit}`.execute(db))
          .rows,
      );
      next = low - 1;
      span *= 2;
    }
  }
  return found;
}

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

async function bucketItemSearch(db: Kysely<unknown>): Promise<void> {
  // The same token as search-tags.ts idBucketTag(id >> ID_BUCKET_BITS): 'zb', the bucket number's digits in
  // hex, 'x'. Changing ID_BUCKET_BITS needs a migration that recomputes every vector.
  await sql`
    create function item_search_bucket(integer) returns tsvector language sql stable as $$
      select setweight(to_tsvector('simple', 'zb' || encode(convert_to(($1 >> ${sql.lit(ID_BUCKET_BITS)})::text, 'UTF8'), 'hex') || 'x'), 'D')
    $$`.execute(db);
  await sql`
    create or replace function item_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into item_search (id, search_vector)
        values (new.id, item_search_document(new.request, new.rationale, new.letter_id, new.search_tags) || item_search_bucket(new.id));
      else
        update item_search set search_vector = item_search_document(new.request, new.rationale, new.letter_id, new.search_tags) || item_search_bucket(new.id)
        where id = new.id;
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`update item_search set search_vector = search_vector || item_search_bucket(id)`.execute(db);
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
  bucketItemSearch,

  newestMatches: (db: Kysely<Database>, q: TextQuery, filters: SearchFilters, _filter: Expression<SqlBool>, count: number) =>
    newestMatchesByBucket(db, q, filters, count),

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
