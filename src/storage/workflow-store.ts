// The workflow's storage port: cases with optimistic concurrency, the hash-chained audit log, content-
// addressed documents and the reviewer registry. Reached as `store.workflow` on the Store that
// openStore / openSqliteStore / openPostgresStore return (same connection, same migrate() and close()).
import type { AuditEvent, CaseRecord, CaseState, ChainResult, Reviewer } from '../core/index.ts';

/** An audit event as the caller describes it; the log assigns seq, prevHash and hash. */
export interface AuditEventInput {
  at: string;
  /** For case events the store fills in the case's id; if given it must match. */
  caseId?: string | null;
  /** A user id or "system"; never a reviewer's name. Must not be empty. */
  actor: string;
  type: string;
  data: Record<string, unknown>;
}

/** Lookup keys the workflow computes for a case (opaque strings, indexed). */
export interface CaseKeys {
  consolidationKey?: string | null;
  duplicateKey?: string | null;
}

export type CaseKeyQuery = { consolidationKey: string } | { duplicateKey: string };

export interface CaseListQuery {
  states?: readonly CaseState[];
  reviewerId?: string;
  /** The claims administrator's name as on the application (exact match). */
  claimsAdministrator?: string;
  /** 1..500. */
  limit: number;
  /** nextCursor of the previous page; omit for the first page. */
  cursor?: string | null;
}

export interface CasePage {
  /** Ordered by case number, ascending. */
  cases: CaseRecord[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export interface AuditQuery {
  caseId?: string;
  /** Events with seq greater than this (keyset paging). */
  afterSeq?: number;
  /** 1..1000. */
  limit: number;
}

export interface CaseWrite {
  record: CaseRecord;
  event: AuditEvent;
}

/** States in which a case no longer counts against its reviewer's open load. */
export const FINAL_CASE_STATES: readonly CaseState[] = ['ineligible', 'withdrawn', 'issued'];

export interface WorkflowStore {
  /** The next CMyy-nnnnnnn for that year (4 digits), sequential per year and unique across processes. */
  nextCaseNumber(year: number): Promise<string>;
  /** Inserts the case and its first audit event in one transaction. Conflict if the id or number exists. */
  createCase(record: CaseRecord, event: AuditEventInput, keys?: CaseKeys): Promise<CaseWrite>;
  getCase(id: string): Promise<CaseRecord | null>;
  getCaseByNumber(caseNumber: string): Promise<CaseRecord | null>;
  listCases(query: CaseListQuery): Promise<CasePage>;
  /** Cases carrying that key, by case number. */
  findByKey(key: CaseKeyQuery): Promise<CaseRecord[]>;
  /**
   * Replaces the case if its stored version is still expectedVersion, and appends the event, in one
   * transaction. The stored version becomes expectedVersion + 1 (whatever next.version says); the
   * returned record carries it. Throws conflict when the version moved on, not-found when there is no
   * such case. Keys left undefined keep their stored values.
   */
  updateCase(next: CaseRecord, expectedVersion: number, event: AuditEventInput, keys?: CaseKeys): Promise<CaseWrite>;
  /** An event that belongs to no case change (a login, an export, a registry edit). */
  appendAudit(event: AuditEventInput): Promise<AuditEvent>;
  /** Events in seq order. */
  listAudit(query: AuditQuery): Promise<AuditEvent[]>;
  /** Reads the whole log in pages and checks the chain and the stored head. */
  verifyAudit(): Promise<ChainResult>;
  /** Stores bytes once, by SHA-256 (hex); returns the hash. */
  putBlob(bytes: Uint8Array): Promise<string>;
  getBlob(sha256: string): Promise<Uint8Array | null>;
  /** Extracted text of a stored blob (replaces any earlier text). */
  putBlobText(sha256: string, text: string): Promise<void>;
  getBlobText(sha256: string): Promise<string | null>;
  /** Inserts or replaces by id. */
  putReviewer(reviewer: Reviewer): Promise<void>;
  getReviewer(id: string): Promise<Reviewer | null>;
  /** By id. */
  listReviewers(query?: { active?: boolean }): Promise<Reviewer[]>;
  /** Per assigned reviewer id, how many of their cases are not in a final state (FINAL_CASE_STATES by default). */
  openCaseCounts(finalStates?: readonly CaseState[]): Promise<Map<string, number>>;
}
