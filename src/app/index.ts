export { defaultDbPath, describeLocation, resolveStoreLocation } from './config.ts';
export type { StoreLocation } from './config.ts';
export { openStoreAt } from './store.ts';
export { corpusStats, importDmhc, ingestPaths, listLetterFiles, parseLetterFile, searchCorpus, showCase } from './usecases.ts';
export type { DmhcImportSummary } from './usecases.ts';
export type { IngestSummary, StatsLine, StatsReport } from '../corpus/index.ts';
export type { SearchResult, StatsDimension, Program, StoredLetter, Store } from '../storage/index.ts';
export { decideCase, evaluateLetters, readCaseFile, isoInputDate, withSimilarDecisions } from './determine.ts';
export type { EvalReport } from './determine.ts';
export {
  addDocument,
  addReviewer,
  assignCase,
  caseAudit,
  caseLetter,
  createCase,
  resumeInterrupted,
  deadlines,
  draftCase,
  getCase,
  getDocument,
  issueCase,
  listCases,
  listReviewers,
  reviewsFromDraft,
  saveReview,
  transitionCase,
  verifyAuditLog,
} from './cases.ts';
export type { Actor, WorkflowDeps } from './cases.ts';
export { seedDemo } from './cases-demo.ts';
export { readAnchorFolder, scheduleAuditAnchors, takeAuditAnchor, verifyAuditWithAnchors, writeAnchorFile, writeAuditAnchorTo } from './audit-anchor.ts';
export type { AnchorSchedule, AnchorWrite } from './audit-anchor.ts';
export { parseAuditAnchor, type AuditAnchor } from '../core/index.ts';
export type { CaseRecord, ItemReview, Reviewer as RegistryReviewer, AuditEvent, CaseDocument, ChainResult } from '../core/index.ts';
export type { QueueEntry, CaseEvent, Role } from '../lifecycle/index.ts';
export { CASE_EVENTS, ROLES, allowedEvents } from '../lifecycle/index.ts';
export { backupStore, exportWholeStore, importWholeStore, restoreStore } from './transfer.ts';
export type { BackupSummary, ExportSummary, ImportSummary, RestoreSummary } from './transfer.ts';
