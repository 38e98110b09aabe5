// What a whole-store export carries: every table of the schema (migrations 0001-0004) with its columns in a
// fixed order, the kind of each value, and the key that orders its rows. One row becomes one canonical JSON
// line (keys in column order, integers as numbers, bytes as base64), so the same content gives the same
// bytes, and the same SHA-256, from either backend. Derived data is left out and rebuilt by the target:
// SQLite's items_fts and PostgreSQL's item_search (filled by their insert triggers), and the
// migration bookkeeping tables (the manifest lists the migration names instead). Sessions are left out on
// purpose (docs/decisions/0007): they are live sign-ins, a copy would only carry credentials around.
// transfer.test.ts checks this list against the migrated schema, so a new column cannot be forgotten.
import { OpenImrError } from '../core/index.ts';

export type ColumnKind = 'text' | 'int' | 'bytes';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

export interface TableSpec {
  name: string;
  /** Orders the rows of the canonical form (byte order for text on both backends). */
  key: readonly string[];
  columns: readonly ColumnSpec[];
  /** An auto-assigned id whose PostgreSQL identity sequence must move past imported ids. */
  identity?: string;
  /** Migrations insert a row here (audit_head); import replaces the table's rows. */
  seeded?: boolean;
}

const t = (name: string): ColumnSpec => ({ name, kind: 'text' });
const i = (name: string): ColumnSpec => ({ name, kind: 'int' });
const texts = (...names: string[]): ColumnSpec[] => names.map(t);

/** In dependency order: a table comes after the tables its foreign keys (and insert triggers) read. */
export const TRANSFER_TABLES: readonly TableSpec[] = [
  {
    name: 'letters',
    key: ['id'],
    identity: 'id',
    columns: [
      i('id'), ...texts('content_hash', 'source_name', 'program', 'case_number', 'date_assigned', 'date_of_injury', 'decision_date',
        'ur_denial_date', 'application_received'),
      i('decision_year'), ...texts('priority', 'layout', 'reviewer_specialty', 'reviewer_specialties', 'reviewer_licensure'),
      i('patient_age'), ...texts('patient_sex', 'clinical_summary', 'documents_reviewed', 'problems'), i('item_count'),
      ...texts('record', 'ingested_at'),
    ],
  },
  {
    name: 'items',
    key: ['id'],
    identity: 'id',
    columns: [
      i('id'), i('letter_id'), i('idx'), ...texts('request', 'original_request', 'authorized', 'decision', 'category', 'category_group',
        'body_parts', 'laterality', 'quantity', 'claims_administrator_guideline', 'imr_guideline', 'guideline_source', 'guideline_title',
        'guideline_key', 'rationale', 'decision_date'),
      i('decision_year'), ...texts('specialty', 'search_tags'),
    ],
  },
  {
    name: 'dmhc',
    key: ['id'],
    identity: 'id',
    columns: [
      i('id'), t('reference_id'), i('report_year'),
      ...texts('diagnosis_category', 'diagnosis_sub_category', 'treatment_category', 'treatment_sub_category', 'decision', 'type', 'age_range', 'sex'),
    ],
  },
  {
    name: 'cases',
    key: ['id'],
    columns: [
      ...texts('id', 'case_number', 'state', 'reviewer_id', 'claims_administrator', 'consolidation_key', 'duplicate_key'), i('version'),
      ...texts('created_at', 'updated_at', 'record'),
    ],
  },
  { name: 'case_counters', key: ['year'], columns: [i('year'), i('last')] },
  {
    name: 'audit_events',
    key: ['seq'],
    columns: [i('seq'), ...texts('at', 'case_id', 'actor', 'type', 'data', 'prev_hash', 'hash')],
  },
  { name: 'audit_head', key: ['id'], seeded: true, columns: [i('id'), i('seq'), t('hash')] },
  { name: 'blobs', key: ['sha256'], columns: [t('sha256'), i('size'), { name: 'bytes', kind: 'bytes' }, t('created_at')] },
  { name: 'blob_texts', key: ['sha256'], columns: texts('sha256', 'text') },
  { name: 'reviewers', key: ['id'], columns: [t('id'), i('active'), t('record')] },
  { name: 'users', key: ['id'], columns: texts('id', 'username', 'password_hash', 'role', 'party_name', 'reviewer_id', 'created_at') },
  { name: 'api_tokens', key: ['token_hash'], columns: texts('token_hash', 'user_id', 'label', 'created_at', 'expires_at') },
  {
    name: 'idempotency_keys',
    key: ['user_id', 'key'],
    columns: [...texts('user_id', 'key', 'request_hash'), i('status'), ...texts('content_type', 'body', 'created_at')],
  },
];

/** Tables of the schema that an export leaves out, with the reason (the schema test needs the full list). */
export const NOT_TRANSFERRED: Readonly<Record<string, string>> = {
  sessions: 'live sign-ins: users sign in again on the new store',
  rate_limits: 'ephemeral rate-limit buckets shared by API processes', leases: 'ephemeral locks between API processes',
};

/** Derived tables of one backend only, rebuilt by triggers on import (SQLite's items_fts* are virtual). */
export const DERIVED_TABLES: Readonly<Record<'sqlite' | 'postgres', readonly string[]>> = {
  sqlite: [],
  postgres: ['item_search'],
};

export type CanonicalValue = string | number | null;

function badValue(table: string, column: string): OpenImrError {
  // Names the place, never the value (rows are medical and personal).
  return new OpenImrError('invalid-input', `${table}.${column}: unexpected value type`, { field: `${table}.${column}`, reason: 'transfer-bad-value' });
}

function toInt(v: unknown, table: string, column: string): number {
  const n = typeof v === 'number' ? v : typeof v === 'bigint' || typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw badValue(table, column);
  return n;
}

/** A database row as its canonical JSON line (no newline). */
export function canonicalLine(spec: TableSpec, row: Readonly<Record<string, unknown>>): string {
  const out: Record<string, CanonicalValue> = {};
  for (const c of spec.columns) {
    const v = row[c.name];
    if (v === null || v === undefined) out[c.name] = null;
    else if (c.kind === 'int') out[c.name] = toInt(v, spec.name, c.name);
    else if (c.kind === 'bytes') {
      if (!(v instanceof Uint8Array)) throw badValue(spec.name, c.name);
      out[c.name] = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    } else {
      if (typeof v !== 'string') throw badValue(spec.name, c.name);
      out[c.name] = v;
    }
  }
  return JSON.stringify(out);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A canonical line back to the values to insert, in column order; refuses anything else. */
export function parseLine(spec: TableSpec, line: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    throw new OpenImrError('invalid-input', `${spec.name}: a line is not JSON`, { field: spec.name, reason: 'transfer-bad-line', cause: err });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OpenImrError('invalid-input', `${spec.name}: a line is not an object`, { field: spec.name, reason: 'transfer-bad-line' });
  }
  const row = parsed as Record<string, unknown>;
  if (Object.keys(row).length !== spec.columns.length) {
    throw new OpenImrError('invalid-input', `${spec.name}: a line has other columns than the schema`, { field: spec.name, reason: 'transfer-bad-line' });
  }
  return spec.columns.map((c) => {
    const v = row[c.name];
    if (v === null) return null;
    if (c.kind === 'int') {
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw badValue(spec.name, c.name);
      return v;
    }
    if (typeof v !== 'string') throw badValue(spec.name, c.name);
    if (c.kind === 'bytes') {
      if (!BASE64.test(v)) throw badValue(spec.name, c.name);
      return Buffer.from(v, 'base64');
    }
    return v;
  });
}
