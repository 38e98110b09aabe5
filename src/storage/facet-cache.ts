// Facet values of every item, held in memory by item id, so a search can count facets over its window of
// matches in microseconds instead of one row lookup per match (about 4 µs each on SQLite: 20 ms for a
// window of 5,000). Items are never updated or deleted (letters are identified by content hash), so the
// cache loads items with ids above what it holds, and stays right with other writers. On PostgreSQL ids are
// handed out before commit: a transaction that commits after a higher id was read leaves a hole below what
// the cache holds. Such holes ("gaps": ids not found when their range was read) are looked up again before a
// search that needs one and at most every GAP_REFRESH_MS otherwise, until found or GAP_TTL_MS old (ids of
// rolled-back transactions are never used; a transaction open longer than that is not expected).
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { SearchFilters } from './store.ts';

/** Dictionary-coded column: 0 means null. */
class Codes {
  readonly values: string[] = [''];
  readonly #index = new Map<string, number>();
  find(v: string): number | undefined {
    return this.#index.get(v);
  }
  code(v: string | null): number {
    if (v === null) return 0;
    let c = this.#index.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.#index.set(v, c);
    }
    return c;
  }
}

export interface FacetTally {
  decision: Map<string, number>;
  category: Map<string, number>;
  specialty: Map<string, number>;
  year: Map<string, number>;
  total: number;
}

const LOAD_CHUNK = 50_000;
/** What the cache holds of each item. */
const CACHED_COLUMNS = ['id', 'decision', 'category', 'specialty', 'decision_year', 'decision_date'] as const;

/** Gaps are looked up again at most this often, unless a search's window holds one. */
export const GAP_REFRESH_MS = 250;
/** A gap not filled after this long is dropped (an id of a rolled-back transaction). */
export const GAP_TTL_MS = 10 * 60 * 1000;
/**
 * At most this many gaps are tracked (the oldest go first): more than the items of one ingest batch (1,000
 * letters), few enough that a refresh is two short queries even after a jump of the id sequence.
 */
const MAX_GAPS = 10_000;
/** Ids per gap lookup (bound parameters: SQLite allows 32,766). */
const GAP_QUERY_IDS = 5_000;

/** Deepest page (offset + limit) list() selects itself; deeper pages are left to SQL. */
export const LIST_DEPTH = 1_000;

/** YYYYMMDD of an ISO date; 0 for null; -1 for text that is not an ISO date (list() then declines). */
function dateKey(d: string | null): number {
  if (d === null) return 0;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? Number(d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10)) : -1;
}

export class FacetCache {
  #maxId = 0;
  #decision = new Uint8Array(0);
  #category = new Uint16Array(0);
  #specialty = new Uint16Array(0);
  #year = new Uint16Array(0);
  #date = new Uint32Array(0);
  #datesExact = true;
  readonly #decisions = new Codes();
  readonly #categories = new Codes();
  readonly #specialties = new Codes();
  #loading: Promise<void> | null = null;
  /** id -> when it was first found missing (ms). */
  readonly #gaps = new Map<number, number>();
  #gapsCheckedAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Ids below the loaded maximum that were missing when read and are still looked for. */
  get gapCount(): number {
    return this.#gaps.size;
  }

  /**
   * Makes sure every item with id <= upTo is loaded, and looks up gaps again when due or when `needed`
   * (a search's window) holds one.
   */
  async ensure(upTo: number, needed: readonly number[] = []): Promise<void> {
    if (this.#gaps.size > 0) {
      const t = this.now();
      if (t - this.#gapsCheckedAt >= GAP_REFRESH_MS || needed.some((id) => this.#gaps.has(id))) {
        this.#gapsCheckedAt = t;
        await this.#refreshGaps(t);
      }
    }
    while (this.#maxId < upTo) {
      if (this.#loading === null) {
        this.#loading = this.#load(upTo).finally(() => {
          this.#loading = null;
        });
      }
      await this.#loading;
    }
  }

  async #load(upTo: number): Promise<void> {
    while (this.#maxId < upTo) {
      const from = this.#maxId;
      const rows = await this.db
        .selectFrom('items')
        .select(CACHED_COLUMNS)
        .where('id', '>', from)
        .where('id', '<=', upTo)
        .orderBy('id')
        .limit(LOAD_CHUNK)
        .execute();
      const last = rows.length < LOAD_CHUNK ? upTo : (rows[rows.length - 1]?.id ?? upTo);
      this.#grow(last + 1);
      const seenAt = this.now();
      let expect = from + 1;
      // Only the newest MAX_GAPS ids of a hole are tracked (a jump of the id sequence is not a gap to chase).
      for (const r of rows) {
        for (expect = Math.max(expect, r.id - MAX_GAPS); expect < r.id; expect++) this.#addGap(expect, seenAt);
        expect = r.id + 1;
        this.#put(r);
      }
      for (expect = Math.max(expect, last + 1 - MAX_GAPS); expect <= last; expect++) this.#addGap(expect, seenAt);
      this.#maxId = last;
    }
  }

  #put(r: { id: number; decision: string | null; category: string | null; specialty: string | null; decision_year: number | null; decision_date: string | null }): void {
    this.#decision[r.id] = this.#decisions.code(r.decision);
    this.#category[r.id] = this.#categories.code(r.category);
    this.#specialty[r.id] = this.#specialties.code(r.specialty);
    this.#year[r.id] = r.decision_year ?? 0;
    const key = dateKey(r.decision_date);
    if (key < 0) this.#datesExact = false;
    this.#date[r.id] = Math.max(0, key);
  }

  #addGap(id: number, at: number): void {
    if (this.#gaps.size >= MAX_GAPS) {
      const oldest = this.#gaps.keys().next().value;
      if (oldest !== undefined) this.#gaps.delete(oldest);
    }
    this.#gaps.set(id, at);
  }

  async #refreshGaps(t: number): Promise<void> {
    for (const [id, since] of this.#gaps) if (t - since > GAP_TTL_MS) this.#gaps.delete(id);
    const ids = [...this.#gaps.keys()];
    for (let at = 0; at < ids.length; at += GAP_QUERY_IDS) {
      const rows = await this.db
        .selectFrom('items')
        .select(CACHED_COLUMNS)
        .where('id', 'in', ids.slice(at, at + GAP_QUERY_IDS))
        .execute();
      for (const r of rows) {
        this.#put(r);
        this.#gaps.delete(r.id);
      }
    }
  }

  #grow(size: number): void {
    if (size <= this.#decision.length) return;
    const capacity = Math.max(size, Math.ceil(this.#decision.length * 1.5), 1024);
    const grow = <T extends Uint8Array | Uint16Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.#decision = grow(this.#decision, (n) => new Uint8Array(n));
    this.#category = grow(this.#category, (n) => new Uint16Array(n));
    this.#specialty = grow(this.#specialty, (n) => new Uint16Array(n));
    this.#year = grow(this.#year, (n) => new Uint16Array(n));
    const date = new Uint32Array(capacity);
    date.set(this.#date);
    this.#date = date;
  }

  /** Facet counts over the given item ids (which must be loaded: call ensure first). */
  tally(ids: readonly number[]): FacetTally {
    const count = (codes: ArrayLike<number>, dict: readonly string[] | null): Map<string, number> => {
      const n = new Map<number, number>();
      for (const id of ids) {
        const c = codes[id] ?? 0;
        if (c !== 0) n.set(c, (n.get(c) ?? 0) + 1);
      }
      return new Map([...n].map(([c, k]) => [dict === null ? String(c) : (dict[c] ?? ''), k]));
    };
    return {
      decision: count(this.#decision, this.#decisions.values),
      category: count(this.#category, this.#categories.values),
      specialty: count(this.#specialty, this.#specialties.values),
      year: count(this.#year, null),
      total: ids.length,
    };
  }

  /**
   * A filter-only listing from memory (decision 0009): total and facets over every loaded item passing the
   * filters, and the page of ids in the SQL listing's order (decision date newest first, nulls last, then
   * id newest first). One pass over typed arrays instead of a GROUP BY and a sort over every filtered row.
   * Null when it cannot answer exactly (a page deeper than LIST_DEPTH, a stored date that is not ISO).
   */
  list(filters: SearchFilters, limit: number, offset: number): (FacetTally & { page: number[] }) | null {
    if (offset + limit > LIST_DEPTH || !this.#datesExact) return null;
    const want = (codes: Codes, v: string | undefined): number => (v === undefined ? -1 : (codes.find(v) ?? -2));
    const decision = want(this.#decisions, filters.decision);
    const specialty = want(this.#specialties, filters.specialty);
    const year = filters.year ?? -1;
    let categories: Set<number> | null = null;
    if (filters.category !== undefined) {
      const f = filters.category;
      categories = new Set(this.#categories.values.flatMap((v, c) => (c !== 0 && (v === f || v.split('.')[0] === f) ? [c] : [])));
    }
    const matches: number[] = [];
    if (decision !== -2 && specialty !== -2) {
      for (let id = 1; id <= this.#maxId && id < this.#category.length; id++) {
        const c = this.#category[id] ?? 0;
        if (c === 0) continue; // no item with this id (category is never null)
        if (decision !== -1 && this.#decision[id] !== decision) continue;
        if (specialty !== -1 && this.#specialty[id] !== specialty) continue;
        if (year !== -1 && this.#year[id] !== year) continue;
        if (categories !== null && !categories.has(c)) continue;
        matches.push(id);
      }
    }
    const tally = this.tally(matches);
    // The newest `offset + limit`: a small sorted array (newest first), each match compared with its last.
    const depth = offset + limit;
    const top: number[] = [];
    const newer = (a: number, b: number): boolean => {
      const da = this.#date[a] ?? 0;
      const db = this.#date[b] ?? 0;
      return da !== db ? da > db : a > b;
    };
    for (const id of matches) {
      if (depth === 0) break;
      const last = top[top.length - 1];
      if (top.length === depth && last !== undefined && !newer(id, last)) continue;
      let i = top.length;
      while (i > 0 && newer(id, top[i - 1] ?? 0)) i--;
      top.splice(i, 0, id);
      if (top.length > depth) top.pop();
    }
    return { ...tally, page: top.slice(offset) };
  }
}
