// PostgreSQL's full-text piece: items.search_vector (request weight A, rationale B, the letter's clinical
// summary C) with a GIN index, ranked by ts_rank, snippets from the stored text (snippet.ts). User text reaches the
// engine only through plainto_tsquery / phraseto_tsquery with bound parameters: no tsquery syntax.
//
// Why a trigger and not a stored generated column: a generated column may only read its own row, and
// the vector includes the letter's clinical summary, which lives on letters. Copying the summary into
// every item would store it twice; the BEFORE INSERT trigger reads it once per item instead.
import { sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { RankedItem, StoreDialect } from '../dialect.ts';
import { storedTextSnippets } from '../snippet.ts';
import type { TextQuery } from '../query-text.ts';
import type { Database } from '../schema.ts';
import type { SearchFilters } from '../store.ts';


function tsquery(q: TextQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (q.loose !== '') parts.push(sql`plainto_tsquery('english', ${q.loose})`);
  for (const phrase of q.phraseTexts) parts.push(sql`phraseto_tsquery('english', ${phrase})`);
  return sql`(${sql.join(parts, sql` && `)})`;
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

  // One query for every match, sorted to keep the newest `count`: GIN returns matches in page order, so the
  // LIMIT stops nothing and the cost grows with the matches (decision 0009 measured descending id ranges
  // instead: the planner then walks the primary key and detoasts every row's tsvector, which was slower).
  async newestMatches(db: Kysely<Database>, q: TextQuery, _filters: SearchFilters, filter: Expression<SqlBool>, count: number): Promise<number[]> {
    const rows = await db
      .selectFrom('items')
      .select('items.id')
      .where(sql<SqlBool>`${sql.ref('items.search_vector')} @@ ${tsquery(q)}`)
      .where(filter)
      .orderBy('items.id', 'desc')
      .limit(count)
      .execute();
    return rows.map((r) => r.id);
  },

  async rank(db: Kysely<Database>, q: TextQuery, _filters: SearchFilters, filter: Expression<SqlBool>, limit: number, offset: number): Promise<RankedItem[]> {
    const rows = await db
      .selectFrom('items')
      .select(['items.id', sql<number>`ts_rank(${sql.ref('items.search_vector')}, ${tsquery(q)})`.as('score')])
      .where(sql<SqlBool>`${sql.ref('items.search_vector')} @@ ${tsquery(q)}`)
      .where(filter)
      .orderBy('score', 'desc')
      .orderBy('items.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows;
  },

  // Built from the stored text (snippet.ts) as on SQLite: ts_headline re-parses every hit's texts.
  snippets: storedTextSnippets,
};
