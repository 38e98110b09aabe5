// Table shapes as Kysely sees them. Both backends have the same columns with the same meaning;
// dates are ISO text ('YYYY-MM-DD'), JSON is text, ids are 32-bit integers (so pg returns numbers).
// The full-text pieces (SQLite's items_fts table, PostgreSQL's items.search_vector) are not listed:
// only the dialect code in sqlite/search.ts and postgres/search.ts touches them.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface LettersTable {
  id: Generated<number>;
  content_hash: string;
  source_name: string;
  program: string;
  case_number: string | null;
  date_assigned: string | null;
  date_of_injury: string | null;
  decision_date: string | null;
  ur_denial_date: string | null;
  application_received: string | null;
  decision_year: number | null;
  priority: string | null;
  layout: string;
  reviewer_specialty: string | null;
  /** JSON array of strings. */
  reviewer_specialties: string;
  /** JSON array of strings. */
  reviewer_licensure: string;
  patient_age: number | null;
  patient_sex: string | null;
  clinical_summary: string | null;
  documents_reviewed: string | null;
  /** JSON array of ParseProblem. */
  problems: string;
  item_count: number;
  /** The whole ParsedLetter as JSON: the source of truth when a letter is read back. */
  record: string;
  ingested_at: string;
}

export interface ItemsTable {
  id: Generated<number>;
  letter_id: number;
  idx: number;
  request: string;
  original_request: string | null;
  authorized: string | null;
  decision: string | null;
  category: string;
  /** The part of the category id before the first '.', so a filter can name a group ("pharmaceutical"). */
  category_group: string;
  /** JSON array of strings. */
  body_parts: string;
  laterality: string | null;
  /** JSON of Quantity. */
  quantity: string;
  claims_administrator_guideline: string | null;
  imr_guideline: string | null;
  /** The first citation of the IMR guideline text (what `stats --by guideline` counts). */
  guideline_source: string | null;
  guideline_title: string | null;
  /** "<source>: <title>" of that citation, the stats key. */
  guideline_key: string | null;
  rationale: string | null;
  // Copied from the letter so that filters, facets and listings need no join.
  decision_date: string | null;
  decision_year: number | null;
  specialty: string | null;
  /** Filter values as full-text tokens (search-tags.ts). */
  search_tags: string | null;
}

export interface DmhcTable {
  id: Generated<number>;
  reference_id: string;
  report_year: number;
  diagnosis_category: string | null;
  diagnosis_sub_category: string | null;
  treatment_category: string | null;
  treatment_sub_category: string | null;
  decision: string | null;
  type: string | null;
  age_range: string | null;
  sex: string | null;
}

// The IMR case workflow (migration 0003, workflow-repository.ts). Records are JSON (the source of truth,
// read back through core's zod schemas); the other columns are copies for lookups, filters and locks.

export interface CasesTable {
  id: string;
  case_number: string;
  state: string;
  reviewer_id: string | null;
  claims_administrator: string;
  /** Keys the workflow computes for consolidation and duplicate checks (opaque strings). */
  consolidation_key: string | null;
  duplicate_key: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** The whole CaseRecord as JSON. */
  record: string;
}

/** The last case number handed out per year (CMyy-nnnnnnn). */
export interface CaseCountersTable {
  year: number;
  last: number;
}

export interface AuditEventsTable {
  seq: number;
  at: string;
  case_id: string | null;
  actor: string;
  type: string;
  /** JSON object. */
  data: string;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the last event's seq and hash. Appends lock it (PostgreSQL) and move it forward. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  bytes: Uint8Array;
  created_at: string;
}

export interface BlobTextsTable {
  sha256: string;
  text: string;
}

export interface ReviewersTable {
  id: string;
  /** 1 or 0 (an integer on both backends). */
  active: number;
  /** The whole Reviewer as JSON. */
  record: string;
}

// Sign-in (migration 0004, auth-repository.ts): secrets are stored only as hashes.

export interface UsersTable {
  id: string;
  username: string;
  /** scrypt, encoded with its salt and parameters. */
  password_hash: string;
  role: string;
  party_name: string | null;
  reviewer_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_hash: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  token_hash: string;
  user_id: string;
  label: string;
  created_at: string;
  expires_at: string | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status: number;
  content_type: string;
  body: string;
  created_at: string;
}

// Shared by the API processes (migration 0005, auth-repository.ts): rate-limit buckets and leases.

export interface RateLimitsTable {
  /** What is limited ('login', 'public'). */
  scope: string;
  /** SHA-256 (hex) of the limited key (a username, a client address); never a password. */
  key: string;
  tokens: number;
  /** Epoch milliseconds of the last take. */
  updated_ms: number;
  /** Epoch milliseconds when the bucket is full again: the row can be pruned from then on. */
  full_ms: number;
  /** 1 when the last take was allowed. */
  allowed: number;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_ms: number;
}

export interface Database {
  letters: LettersTable;
  items: ItemsTable;
  dmhc: DmhcTable;
  cases: CasesTable;
  case_counters: CaseCountersTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  blobs: BlobsTable;
  blob_texts: BlobTextsTable;
  reviewers: ReviewersTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  idempotency_keys: IdempotencyKeysTable;
  rate_limits: RateLimitsTable;
  leases: LeasesTable;
}

export type NewLetterRow = Insertable<LettersTable>;
export type NewItemRow = Insertable<ItemsTable>;
export type NewDmhcRow = Insertable<DmhcTable>;
export type LetterRow = Selectable<LettersTable>;
