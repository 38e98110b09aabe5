// The storage port. Everything outside src/storage is database-agnostic and talks to this interface;
// src/storage/sqlite and src/storage/postgres implement it with the same files and pass one contract suite.
import type { Decision, ParsedLetter } from '../core/index.ts';
import type { WorkflowStore } from './workflow-store.ts';
import type { AuthStore } from './auth-store.ts';

export type Program = 'dwc' | 'dmhc';

/** A parsed letter as stored: the parse plus where it came from. */
export interface LetterToStore {
  /** SHA-256 (hex) of the source file's bytes: the identity of a stored letter. */
  contentHash: string;
  /** File name only (never a full path of the machine that ingested it). */
  sourceName: string;
  letter: ParsedLetter;
}

export type UpsertResult = 'added' | 'unchanged';

export interface StoredLetter extends LetterToStore {
  id: number;
  ingestedAt: string;
}

export interface SearchFilters {
  decision?: Decision;
  /** A category id ("pharmaceutical.opioid") or a group, the part before the dot ("pharmaceutical"). */
  category?: string;
  specialty?: string;
  year?: number;
}

export interface SearchQuery {
  /** Free text, in the user's words; the store escapes it (no query syntax injection). */
  text: string;
  filters: SearchFilters;
  limit: number;
  offset: number;
}

/** A hit is one decided item. */
export interface SearchHit {
  letterId: number;
  caseNumber: string | null;
  itemIndex: number;
  request: string;
  decision: Decision | null;
  category: string;
  specialty: string | null;
  decisionDate: string | null;
  /** Text around the matches with each match wrapped in [[ and ]] (the CLI and web app style it). */
  snippet: string;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  /** Matching items; a lower bound when `exhaustive` is false. */
  total: number;
  /**
   * True when total and facets count every match. A text search counts and ranks at most the newest
   * 10,000 matches (SEARCH_WINDOW); beyond that, total and facets describe those newest matches.
   */
  exhaustive: boolean;
  hits: SearchHit[];
  facets: {
    decision: FacetCount[];
    category: FacetCount[];
    specialty: FacetCount[];
    year: FacetCount[];
  };
}

export type StatsDimension = 'category' | 'specialty' | 'year' | 'guideline' | 'decision';

export interface StatsRow {
  key: string;
  total: number;
  upheld: number;
  overturned: number;
}

/** One row of the DMHC (health-plan) IMR open data. */
export interface DmhcRecord {
  referenceId: string;
  reportYear: number;
  diagnosisCategory: string | null;
  diagnosisSubCategory: string | null;
  treatmentCategory: string | null;
  treatmentSubCategory: string | null;
  decision: Decision | null;
  /** "Medical Necessity", "Experimental/Investigational", "Urgent Care" ... */
  type: string | null;
  ageRange: string | null;
  sex: 'male' | 'female' | null;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** The IMR case workflow's tables on the same connection (workflow-store.ts); migrate() creates them too. */
  readonly workflow: WorkflowStore;
  /** Users, sessions, API tokens and idempotency records (auth-store.ts) on the same connection. */
  readonly auth: AuthStore;
  /** Applies pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /** Adds a letter (and its items) in one transaction; a letter with the same content hash is left as it is. */
  upsertLetter(letter: LetterToStore): Promise<UpsertResult>;
  /** Many letters in one transaction (a failure rolls back the whole batch). */
  upsertLetters(letters: readonly LetterToStore[]): Promise<UpsertResult[]>;
  hasContentHash(hash: string): Promise<boolean>;
  getLettersByCaseNumber(caseNumber: string): Promise<StoredLetter[]>;
  search(query: SearchQuery): Promise<SearchResult>;
  stats(by: StatsDimension, program: Program): Promise<StatsRow[]>;
  /** Inserts or replaces by reference id; returns how many rows were added and replaced. */
  upsertDmhc(rows: readonly DmhcRecord[]): Promise<{ added: number; updated: number }>;
  counts(): Promise<{ letters: number; items: number; dmhc: number }>;
  close(): Promise<void>;
}
