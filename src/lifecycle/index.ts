// The IMR case life cycle: pure functions over the core records (no storage, no I/O).
export {
  ROLES,
  Role,
  CASE_EVENTS,
  CaseEvent,
  EVENT_PAYLOADS,
  GUARDS,
  TRANSITIONS,
  FINAL_STATES,
  transition,
  allowedEvents,
  type EventPayload,
  type Guard,
  type GuardReason,
  type TransitionContext,
  type TransitionDef,
  type TransitionResult,
} from './machine.ts';
export {
  SCREENING_RULES,
  screen,
  filingWindow,
  type ScreeningCode,
  type ScreeningFacts,
  type ScreeningOutcome,
  type ScreeningReason,
  type ScreeningResult,
  type ScreeningRule,
  type ScreenOptions,
} from './screening.ts';
export { parseApplication } from './parse.ts';
export {
  CASE_NUMBER_PATTERN,
  MAX_CASE_SEQUENCE,
  formatCaseNumber,
  parseCaseNumber,
  isCaseNumber,
  type CaseNumberParts,
} from './case-number.ts';
export {
  consolidationKey,
  duplicateKey,
  normalizeName,
  normalizeText,
  type KeyedApplication,
} from './keys.ts';
export { caseDeadlines, queueView, recordsDue, type CaseDeadline, type QueueEntry } from './case-deadlines.ts';
