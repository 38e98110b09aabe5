// The Store, once, over a Kysely instance. Backend differences live in a StoreDialect (sqlite/search.ts,
// postgres/search.ts); everything here is plain Kysely that runs unchanged on both.
// Counts and sums are numbers from both drivers: better-sqlite3 returns numbers, and postgres/open.ts
// parses int8 (what count() and sum() return there) to numbers, the one place that is normalised.
import { Migrator, expressionBuilder, sql, type Expression, type Kysely, type LogEvent, type SqlBool, type Transaction } from 'kysely';
import { OpenImrError, ParsedLetter, type Decision } from '../core/index.ts';
import type { StoreDialect } from './dialect.ts';
import { guarded, storageFailure } from './failure.ts';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrationsFor } from './migrations/index.ts';
import { readQueryText } from './query-text.ts';
import type { Database, NewDmhcRow, NewItemRow, NewLetterRow } from './schema.ts';
import type {
  DmhcRecord,
  FacetCount,
  LetterToStore,
  Program,
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResult,
  StatsDimension,
  StatsRow,
  Store,
  StoredLetter,
  UpsertResult,
} from './store.ts';
import { checkDmhc, checkLetters, checkSearch } from './validate.ts';
import { itemSearchTags } from './search-tags.ts';
import { FacetCache, type FacetTally } from './facet-cache.ts';
import { KyselyWorkflowStore } from './workflow-repository.ts';
import type { WorkflowStore } from './workflow-store.ts';
import { KyselyAuthStore } from './auth-repository.ts';
import type { AuthStore } from './auth-store.ts';

/** Rows per multi-row INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const LETTER_CHUNK = 200;
const ITEM_CHUNK = 400;
const DMHC_CHUNK = 500;

/** Stats and facet key for a missing value. */
export const UNKNOWN_KEY = 'unknown';

function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function letterRow(l: LetterToStore, ingestedAt: string): NewLetterRow {
  const p = l.letter;
  return {
    content_hash: l.contentHash,
    source_name: l.sourceName,
    program: 'dwc',
    case_number: p.caseNumber,
    date_assigned: p.dateAssigned,
    date_of_injury: p.dateOfInjury,
    decision_date: p.decisionDate,
    ur_denial_date: p.urDenialDate,
    application_received: p.applicationReceived,
    decision_year: yearOf(p.decisionDate),
    priority: p.priority,
    layout: p.layout,
    reviewer_specialty: p.reviewer.specialty,
    reviewer_specialties: JSON.stringify(p.reviewer.specialties),
    reviewer_licensure: JSON.stringify(p.reviewer.licensure),
    patient_age: p.patient.age,
    patient_sex: p.patient.sex,
    clinical_summary: p.clinicalSummary,
    documents_reviewed: p.documentsReviewed,
    problems: JSON.stringify(p.problems),
    item_count: p.items.length,
    record: JSON.stringify(p),
    ingested_at: ingestedAt,
  };
}

function itemRows(letterId: number, p: ParsedLetter): NewItemRow[] {
  return p.items.map((item, idx) => {
    const primary = item.citations[0];
    return {
      letter_id: letterId,
      idx,
      request: item.request,
      original_request: item.originalRequest,
      authorized: item.authorized,
      decision: item.decision,
      category: item.category,
      category_group: item.category.split('.')[0] ?? item.category,
      body_parts: JSON.stringify(item.bodyParts),
      laterality: item.laterality,
      quantity: JSON.stringify(item.quantity),
      claims_administrator_guideline: item.claimsAdministratorGuideline,
      imr_guideline: item.imrGuideline,
      guideline_source: primary?.source ?? null,
      guideline_title: primary?.title ?? null,
      guideline_key: primary ? `${primary.source}: ${primary.title}` : null,
      rationale: item.rationale,
      decision_date: p.decisionDate,
      decision_year: yearOf(p.decisionDate),
      specialty: p.reviewer.specialty,
      search_tags: itemSearchTags({
        decision: item.decision,
        category: item.category,
        categoryGroup: item.category.split('.')[0] ?? item.category,
        specialty: p.reviewer.specialty,
        year: yearOf(p.decisionDate),
      }),
    };
  });
}

function dmhcRow(r: DmhcRecord): NewDmhcRow {
  return {
    reference_id: r.referenceId,
    report_year: r.reportYear,
    diagnosis_category: r.diagnosisCategory,
    diagnosis_sub_category: r.diagnosisSubCategory,
    treatment_category: r.treatmentCategory,
    treatment_sub_category: r.treatmentSubCategory,
    decision: r.decision,
    type: r.type,
    age_range: r.ageRange,
    sex: r.sex,
  };
}

function itemFilter(f: SearchFilters): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'items'>();
  const parts: Expression<SqlBool>[] = [];
  if (f.decision !== undefined) parts.push(eb('items.decision', '=', f.decision));
  // A full id ("pharmaceutical.opioid") or a group ("pharmaceutical").
  if (f.category !== undefined) parts.push(eb.or([eb('items.category', '=', f.category), eb('items.category_group', '=', f.category)]));
  if (f.specialty !== undefined) parts.push(eb('items.specialty', '=', f.specialty));
  if (f.year !== undefined) parts.push(eb('items.decision_year', '=', f.year));
  return eb.and(parts);
}

function facet(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function bump(m: Map<string, number>, key: string | number | null, n: number): void {
  if (key === null) return;
  const k = String(key);
  m.set(k, (m.get(k) ?? 0) + n);
}

function asDecision(v: string | null): Decision | null {
  return v === 'Upheld' || v === 'Overturned' ? v : null;
}

/** Most matches a text search counts and ranks (the newest ones); see search(). */
export const SEARCH_WINDOW = 5_000;

export interface StoreOptions {
  /** Overrides SEARCH_WINDOW (tests use a small window to exercise non-exhaustive searches). */
  searchWindow?: number;
  /**
   * Called with every statement the store runs (SQL and bound values), for benchmarks that EXPLAIN the
   * queries actually issued. The values can hold case text: never log them.
   */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

/** Kysely's `log` option for StoreOptions.onQuery (nothing when it is not set). */
export function queryLog(options: StoreOptions): { log?: (event: LogEvent) => void } {
  const onQuery = options.onQuery;
  if (onQuery === undefined) return {};
  return {
    log: (event: LogEvent) => {
      if (event.level === 'query') onQuery(event.query.sql, event.query.parameters);
    },
  };
}

const EMPTY_RESULT: SearchResult = { total: 0, exhaustive: true, hits: [], facets: { decision: [], category: [], specialty: [], year: [] } };

export class KyselyStore implements Store {
  readonly backend: 'sqlite' | 'postgres';
  readonly workflow: WorkflowStore;
  readonly auth: AuthStore;
  private readonly facetCache: FacetCache;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly options: StoreOptions = {},
  ) {
    this.backend = dialect.backend;
    this.facetCache = new FacetCache(db);
    this.workflow = new KyselyWorkflowStore(db, dialect.backend);
    this.auth = new KyselyAuthStore(db);
  }

  async migrate(): Promise<void> {
    const migrations = migrationsFor(this.dialect);
    const migrator = new Migrator({
      db: this.db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
    });
    await guarded('migrate', () =>
      this.dialect.migrationGuard(this.db, async () => {
        const { error, results } = await migrator.migrateToLatest();
        if (error !== undefined) {
          const failed = results?.find((r) => r.status === 'Error')?.migrationName;
          throw storageFailure(failed ? `migration ${failed}` : 'migrate', error);
        }
      }),
    );
  }

  upsertLetter(letter: LetterToStore): Promise<UpsertResult> {
    return this.upsertLetters([letter]).then((r) => r[0] ?? 'unchanged');
  }

  async upsertLetters(letters: readonly LetterToStore[]): Promise<UpsertResult[]> {
    checkLetters(letters);
    if (letters.length === 0) return [];
    const ingestedAt = new Date().toISOString();
    // Insert in content-hash order: concurrent PostgreSQL writers with overlapping batches then take
    // the unique-index locks in the same order and cannot deadlock.
    const firstByHash = new Map<string, LetterToStore>();
    for (const l of letters) if (!firstByHash.has(l.contentHash)) firstByHash.set(l.contentHash, l);
    const unique = [...firstByHash.values()].sort((a, b) => (a.contentHash < b.contentHash ? -1 : 1));
    const added = await guarded('upsert letters', () =>
      this.db.transaction().execute(async (trx) => {
        const ids = new Map<string, number>();
        for (const chunk of chunks(unique, LETTER_CHUNK)) {
          const rows = await trx
            .insertInto('letters')
            .values(chunk.map((l) => letterRow(l, ingestedAt)))
            .onConflict((oc) => oc.column('content_hash').doNothing())
            .returning(['id', 'content_hash'])
            .execute();
          for (const r of rows) ids.set(r.content_hash, r.id);
        }
        const items = unique.flatMap((l) => {
          const id = ids.get(l.contentHash);
          return id === undefined ? [] : itemRows(id, l.letter);
        });
        for (const chunk of chunks(items, ITEM_CHUNK)) await trx.insertInto('items').values(chunk).execute();
        return ids;
      }),
    );
    // The first occurrence of a newly stored hash is 'added'; repeats in the batch are 'unchanged'.
    const seen = new Set<string>();
    return letters.map((l) => {
      const isNew = added.has(l.contentHash) && !seen.has(l.contentHash);
      seen.add(l.contentHash);
      return isNew ? 'added' : 'unchanged';
    });
  }

  async hasContentHash(hash: string): Promise<boolean> {
    const row = await guarded('read letter', () =>
      this.db.selectFrom('letters').select('id').where('content_hash', '=', hash).executeTakeFirst(),
    );
    return row !== undefined;
  }

  async getLettersByCaseNumber(caseNumber: string): Promise<StoredLetter[]> {
    const rows = await guarded('read letters', () =>
      this.db
        .selectFrom('letters')
        .select(['id', 'content_hash', 'source_name', 'record', 'ingested_at'])
        .where('case_number', '=', caseNumber)
        .orderBy('decision_date', (ob) => ob.asc().nullsLast())
        .orderBy('id')
        .execute(),
    );
    return rows.map((r) => {
      const parsed = ParsedLetter.safeParse(JSON.parse(r.record));
      if (!parsed.success) throw new OpenImrError('storage-error', `storage: stored letter ${r.id} does not match the current letter schema`);
      return { id: r.id, contentHash: r.content_hash, sourceName: r.source_name, letter: parsed.data, ingestedAt: r.ingested_at };
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    checkSearch(query);
    const text = query.text.trim();
    const q = readQueryText(text);
    // Punctuation only: nothing can match (an empty text, by contrast, lists).
    if (q === null && text !== '') return EMPTY_RESULT;
    const filter = itemFilter(query.filters);
    return guarded('search', async () => {
      // A text search works on a bounded window: the newest SEARCH_WINDOW matches. Up to that many, it is
      // exact and ranked by relevance; beyond, total and facets describe the newest SEARCH_WINDOW matches
      // (exhaustive: false), listed newest first, so no search costs more than the window, whatever the
      // corpus size. See docs/decisions/0004-bounded-search-window.md.
      let window: number[] | null = null;
      let exhaustive = true;
      if (q !== null) {
        const size = this.options.searchWindow ?? SEARCH_WINDOW;
        const newest = await this.dialect.newestMatches(this.db, q, query.filters, filter, size + 1);
        if (newest.length === 0) return EMPTY_RESULT;
        exhaustive = newest.length <= size;
        window = newest.slice(0, size);
      }
      let facets: { decision: Map<string, number>; category: Map<string, number>; specialty: Map<string, number>; year: Map<string, number> };
      let total = 0;
      // A filter-only listing answered from the facet cache (decision 0009), or null: SQL below.
      let listed: number[] | null = null;
      if (window !== null) {
        await this.facetCache.ensure(window[0] ?? 0, window);
        ({ total, ...facets } = this.facetCache.tally(window));
      } else {
        const cached = await this.listFromCache(query);
        if (cached !== null) {
          ({ total, page: listed, ...facets } = cached);
        } else {
          ({ total, ...facets } = await this.sqlFacets(filter));
        }
      }

      let page: { id: number; score: number }[] = [];
      if (total > query.offset && query.limit > 0) {
        if (listed !== null) {
          page = listed.map((id) => ({ id, score: 0 }));
        } else if (q === null) {
          page = (
            await this.db
              .selectFrom('items')
              .select('id')
              .where(filter)
              .orderBy('decision_date', (ob) => ob.desc().nullsLast())
              .orderBy('id', 'desc')
              .limit(query.limit)
              .offset(query.offset)
              .execute()
          ).map((r) => ({ id: r.id, score: 0 }));
        } else if (exhaustive) {
          page = await this.dialect.rank(this.db, q, query.filters, filter, query.limit, query.offset);
        } else {
          // More matches than the window: newest first (ranking them all would cost as much as the corpus).
          page = (window ?? []).slice(query.offset, query.offset + query.limit).map((id) => ({ id, score: 0 }));
        }
      }
      const ids = page.map((p) => p.id);
      const snippets = q === null || ids.length === 0 ? new Map<number, string>() : await this.dialect.snippets(this.db, q, ids);
      const details = ids.length === 0 ? [] : await this.hitDetails(ids);
      const byId = new Map(details.map((d) => [d.id, d]));
      const hits: SearchHit[] = page.flatMap((p) => {
        const d = byId.get(p.id);
        if (!d) return [];
        return [
          {
            letterId: d.letter_id,
            caseNumber: d.case_number,
            itemIndex: d.idx,
            request: d.request,
            decision: asDecision(d.decision),
            category: d.category,
            specialty: d.specialty,
            decisionDate: d.decision_date,
            snippet: snippets.get(p.id) ?? '',
            score: p.score,
          },
        ];
      });
      return {
        total,
        exhaustive,
        hits,
        facets: { decision: facet(facets.decision), category: facet(facets.category), specialty: facet(facets.specialty), year: facet(facets.year) },
      };
    });
  }

  /** Filter-only listing from the facet cache, brought up to the newest item; null if it cannot answer. */
  private async listFromCache(query: SearchQuery): Promise<(FacetTally & { page: number[] }) | null> {
    const top = await this.db.selectFrom('items').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
    await this.facetCache.ensure(top?.max ?? 0);
    return this.facetCache.list(query.filters, query.limit, query.offset);
  }

  /** Total and facets of every item passing the filters, counted by SQL. */
  private async sqlFacets(filter: Expression<SqlBool>): Promise<FacetTally> {
    const groups = await this.db
      .selectFrom('items')
      .where(filter)
      .select((eb) => ['decision', 'category', 'specialty', 'decision_year', eb.fn.countAll<number>().as('n')])
      .groupBy(['decision', 'category', 'specialty', 'decision_year'])
      .execute();
    const out: FacetTally = { total: 0, decision: new Map(), category: new Map(), specialty: new Map(), year: new Map() };
    for (const g of groups) {
      out.total += g.n;
      bump(out.decision, g.decision, g.n);
      bump(out.category, g.category, g.n);
      bump(out.specialty, g.specialty, g.n);
      bump(out.year, g.decision_year, g.n);
    }
    return out;
  }

  private hitDetails(ids: number[]) {
    return this.db
      .selectFrom('items')
      .innerJoin('letters', 'letters.id', 'items.letter_id')
      .select([
        'items.id',
        'items.letter_id',
        'letters.case_number',
        'items.idx',
        'items.request',
        'items.decision',
        'items.category',
        'items.specialty',
        'items.decision_date',
      ])
      .where('items.id', 'in', ids)
      .execute();
  }

  async stats(by: StatsDimension, program: Program): Promise<StatsRow[]> {
    let table: 'items' | 'dmhc';
    let column: string;
    if (program === 'dwc') {
      table = 'items';
      column = ({ category: 'category', specialty: 'specialty', year: 'decision_year', guideline: 'guideline_key', decision: 'decision' } as const)[by];
    } else {
      if (by === 'specialty' || by === 'guideline') {
        throw new OpenImrError('invalid-argument', `DMHC open data has no ${by}: use category, year or decision`, { field: 'by' });
      }
      table = 'dmhc';
      column = ({ category: 'treatment_category', year: 'report_year', decision: 'decision' } as const)[by];
    }
    // Both tables keep the decision in a column named decision; the column names come from the maps above.
    const rows = await guarded('stats', async () => {
      const result = await sql<{ key: string | number | null; total: number; upheld: number; overturned: number }>`
        select ${sql.ref(column)} as key, count(*) as total,
          sum(case when decision = 'Upheld' then 1 else 0 end) as upheld,
          sum(case when decision = 'Overturned' then 1 else 0 end) as overturned
        from ${sql.table(table)} group by ${sql.ref(column)}`.execute(this.db);
      return result.rows;
    });
    const out = rows.map((r) => ({
      key: r.key === null ? UNKNOWN_KEY : String(r.key),
      total: r.total,
      upheld: r.upheld,
      overturned: r.overturned,
    }));
    // Years read in time order; everything else by size.
    return out.sort((a, b) =>
      by === 'year' ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }

  async upsertDmhc(rows: readonly DmhcRecord[]): Promise<{ added: number; updated: number }> {
    checkDmhc(rows);
    // Last row wins for a reference id given twice; the repeat counts as an update, as if applied in order.
    const last = new Map<string, DmhcRecord>();
    for (const r of rows) last.set(r.referenceId, r);
    const unique = [...last.values()].sort((a, b) => (a.referenceId < b.referenceId ? -1 : 1));
    const repeats = rows.length - unique.length;
    return guarded('upsert dmhc', () =>
      this.db.transaction().execute(async (trx: Transaction<Database>) => {
        let added = 0;
        for (const chunk of chunks(unique, DMHC_CHUNK)) {
          const existing = await trx
            .selectFrom('dmhc')
            .select('reference_id')
            .where(
              'reference_id',
              'in',
              chunk.map((r) => r.referenceId),
            )
            .execute();
          added += chunk.length - existing.length;
          await trx
            .insertInto('dmhc')
            .values(chunk.map(dmhcRow))
            .onConflict((oc) =>
              oc.column('reference_id').doUpdateSet((eb) => ({
                report_year: eb.ref('excluded.report_year'),
                diagnosis_category: eb.ref('excluded.diagnosis_category'),
                diagnosis_sub_category: eb.ref('excluded.diagnosis_sub_category'),
                treatment_category: eb.ref('excluded.treatment_category'),
                treatment_sub_category: eb.ref('excluded.treatment_sub_category'),
                decision: eb.ref('excluded.decision'),
                type: eb.ref('excluded.type'),
                age_range: eb.ref('excluded.age_range'),
                sex: eb.ref('excluded.sex'),
              })),
            )
            .execute();
        }
        return { added, updated: unique.length - added + repeats };
      }),
    );
  }

  async counts(): Promise<{ letters: number; items: number; dmhc: number }> {
    return guarded('count', async () => {
      const row = await this.db
        .selectNoFrom((eb) => [
          eb.selectFrom('letters').select(eb.fn.countAll<number>().as('n')).as('letters'),
          eb.selectFrom('items').select(eb.fn.countAll<number>().as('n')).as('items'),
          eb.selectFrom('dmhc').select(eb.fn.countAll<number>().as('n')).as('dmhc'),
        ])
        .executeTakeFirstOrThrow();
      return { letters: row.letters ?? 0, items: row.items ?? 0, dmhc: row.dmhc ?? 0 };
    });
  }

  async close(): Promise<void> {
    await guarded('close', () => this.db.destroy());
  }
}
