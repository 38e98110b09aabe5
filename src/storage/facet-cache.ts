// Facet values of every item, held in memory by item id, so a search can count facets over its window of
// matches in microseconds instead of one row lookup per match (about 4 µs each on SQLite: 20 ms for a
// window of 5,000). Items are never updated or deleted (letters are identified by content hash), so the
// cache only ever loads items with ids above what it holds, and stays right with other writers.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Dictionary-coded column: 0 means null. */
class Codes {
  readonly values: string[] = [''];
  readonly #index = new Map<string, number>();
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

export class FacetCache {
  #maxId = 0;
  #decision = new Uint8Array(0);
  #category = new Uint16Array(0);
  #specialty = new Uint16Array(0);
  #year = new Uint16Array(0);
  readonly #decisions = new Codes();
  readonly #categories = new Codes();
  readonly #specialties = new Codes();
  #loading: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  /** Makes sure every item with id <= upTo is loaded. */
  async ensure(upTo: number): Promise<void> {
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
      const rows = await this.db
        .selectFrom('items')
        .select(['id', 'decision', 'category', 'specialty', 'decision_year'])
        .where('id', '>', this.#maxId)
        .where('id', '<=', upTo)
        .orderBy('id')
        .limit(LOAD_CHUNK)
        .execute();
      if (rows.length === 0) {
        this.#maxId = upTo;
        return;
      }
      const last = rows[rows.length - 1]?.id ?? upTo;
      this.#grow(last + 1);
      for (const r of rows) {
        this.#decision[r.id] = this.#decisions.code(r.decision);
        this.#category[r.id] = this.#categories.code(r.category);
        this.#specialty[r.id] = this.#specialties.code(r.specialty);
        this.#year[r.id] = r.decision_year ?? 0;
      }
      this.#maxId = rows.length < LOAD_CHUNK ? upTo : last;
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
}
