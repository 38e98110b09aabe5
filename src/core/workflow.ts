// The records of the IMR case workflow (issue 4): the application as filed, the case and its state, the
// documents, the review of each item, the append-only audit trail and the reviewer registry.
// These are the shapes every layer shares (storage keeps them, src/lifecycle changes them, the CLI and API
// show them). Field names are a public interface: extend them additively.
import { z } from 'zod';
import { Citation, Decision, IsoDate } from './letter.ts';

/** Every state a case can be in; src/lifecycle holds the transitions between them. */
export const CASE_STATES = [
  'received',
  'screening',
  'ineligible',
  'deferred',
  'assigned',
  'awaiting-records',
  'in-review',
  'qa',
  'issued',
  'withdrawn',
  'appealed',
  're-review',
] as const;
export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;

export const ReviewPriority = z.enum(['standard', 'expedited']);
export type ReviewPriority = z.infer<typeof ReviewPriority>;

/** No control characters (NUL, terminal escapes) in names and numbers that end up in letters, logs and files. */
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const Name = z.string().trim().min(1).max(300).regex(NO_CONTROL, 'control characters are not allowed');

/** A person or organisation named on the application. */
export const Party = z.object({
  name: Name,
  address: z.string().max(1000).optional(),
});
export type Party = z.infer<typeof Party>;

/** One treatment the application disputes, as the UR decision listed it. */
export const DisputedTreatment = z.object({
  request: z.string().trim().min(1).max(2000),
  diagnosis: z.string().max(2000).optional(),
  /** The guideline the claims administrator's UR decision cited, as printed. */
  urGuideline: z.string().max(4000).optional(),
  /** UR's answer on this item: denied, modified (part authorized) or conditionally non-certified. */
  urOutcome: z.enum(['denied', 'modified', 'conditional']).default('denied'),
  /** For modified items: what UR authorized. */
  authorized: z.string().max(2000).optional(),
});
export type DisputedTreatment = z.infer<typeof DisputedTreatment>;

/** The DWC Form IMR as filed (domain.md A.2). */
export const Application = z.object({
  employee: Party.extend({
    dateOfBirth: IsoDate.optional(),
    /** As the letter states it ("The injured worker is a N-year-old male"); optional on the form. */
    sex: z.enum(['male', 'female']).optional(),
  }),
  claimNumber: z.string().trim().min(1).max(100).regex(NO_CONTROL, 'control characters are not allowed'),
  eamsNumber: z.string().trim().max(100).regex(NO_CONTROL, 'control characters are not allowed').optional(),
  dateOfInjury: IsoDate,
  employer: Party,
  requestingPhysician: Party.extend({ specialty: z.string().trim().min(1).max(200) }),
  claimsAdministrator: Party,
  /** The treatments in dispute (at least one). */
  disputedTreatments: z.array(DisputedTreatment).min(1).max(100),
  /** The UR decision the application disputes; null when none was attached. */
  urDecision: z
    .object({
      date: IsoDate,
      /** When the UR decision was served on the employee (the filing window runs from here). */
      servedDate: IsoDate.optional(),
      /** How it was served: adds the mail extension to the filing window. */
      servedBy: z.enum(['mail', 'electronic', 'personal']).default('mail'),
    })
    .nullable(),
  signed: z.boolean(),
  signatureDate: IsoDate.optional(),
  representative: Party.optional(),
  priority: ReviewPriority.default('standard'),
  /** Requests under the MTUS drug formulary get the shorter formulary deadline. */
  formulary: z.boolean().default(false),
  /** Whether the claims administrator disputes liability for the claim (deferral). */
  liabilityDisputed: z.boolean().default(false),
  /** The date the application reached the Administrative Director. */
  receivedDate: IsoDate,
});
export type Application = z.infer<typeof Application>;
/** The application as a client may send it (defaults not yet applied). */
export type ApplicationInput = z.input<typeof Application>;

/** A document in a case: content-addressed by SHA-256 of its bytes. */
export const CaseDocument = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file name as uploaded, reduced to its base name (never a path). */
  fileName: z.string().min(1).max(255),
  mediaType: z.enum(['application/pdf', 'text/plain']),
  size: z.number().int().nonnegative(),
  title: z.string().max(500).optional(),
  date: IsoDate.optional(),
  /** Who sent it: the claims administrator, the employee's side, a provider, or staff. */
  submittedBy: z.enum(['claims-administrator', 'employee', 'provider', 'staff']),
  receivedAt: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

/** The reviewer's decision on one disputed item, starting from the engine's draft. */
export const ItemReview = z.object({
  item: z.number().int().nonnegative(),
  decision: Decision,
  imrGuideline: Citation.nullable(),
  rationale: z.string().min(1).max(20000),
  /** What the engine proposed, kept for comparison. */
  draft: z.object({ decision: Decision, confidence: z.number().min(0).max(1) }).nullable(),
});
export type ItemReview = z.infer<typeof ItemReview>;

export const Assignment = z.object({
  reviewerId: z.string(),
  assignedAt: z.string(),
  /** Why this reviewer: the scored explanation, or the administrator's override reason. */
  explanation: z.string(),
  override: z.boolean(),
});
export type Assignment = z.infer<typeof Assignment>;

export const CaseRecord = z.object({
  id: z.string(),
  /** The published form CMyy-nnnnnnn. */
  caseNumber: z.string().regex(/^CM\d{2}-\d{7}$/),
  state: CaseState,
  /** Optimistic concurrency: every successful change increments it. */
  version: z.number().int().nonnegative(),
  application: Application,
  documents: z.array(CaseDocument),
  assignment: Assignment.nullable(),
  /** Reason codes from screening (ineligible / deferred), empty otherwise. */
  screening: z.array(z.string()),
  reviews: z.array(ItemReview),
  documentsReviewedConfirmed: z.boolean(),
  qaComments: z.array(z.object({ at: z.string(), comment: z.string() })),
  /** Dates the deadlines run from (set by the transitions). */
  dates: z.object({
    assigned: IsoDate.optional(),
    recordsReceived: IsoDate.optional(),
    issued: IsoDate.optional(),
    /** When the notice of assignment went out (records are due from it; the assignment date when absent). */
    noticeSent: IsoDate.optional(),
  }),
  /** How the notice of assignment went out: the records window depends on it (absent = mail). */
  noticeMethod: z.enum(['mail', 'electronic']).optional(),
  /** Other applications consolidated into this case (their claim's duplicates or same-physician filings). */
  consolidated: z.array(z.string()),
  /** The reviewer's clinical case summary for the letter (absent: taken from the first document's text). */
  clinicalSummary: z.string().max(20000).optional(),
  /** The issued Final Determination Letter, stored as blobs by SHA-256: its model (JSON), text and public text. */
  letter: z
    .object({ model: z.string(), text: z.string(), publicText: z.string(), issuedAt: z.string() })
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

/** One entry of the append-only, hash-chained audit log. */
export const AuditEvent = z.object({
  /** Position in the whole log, from 1. */
  seq: z.number().int().positive(),
  at: z.string(),
  caseId: z.string().nullable(),
  /** Who acted: a user id or "system"; never a reviewer's name. */
  actor: z.string(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  /** SHA-256 hex of the previous event's hash and this event's canonical content. */
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AffiliationKind = z.enum([
  'employer',
  'insurer',
  'claims-administrator',
  'medical-group',
  'facility',
  'manufacturer',
  'provider',
]);
export type AffiliationKind = z.infer<typeof AffiliationKind>;

/** A physician reviewer in the IRO's registry (domain.md A.10). Confidential to the IRO's staff. */
export const Reviewer = z.object({
  id: z.string(),
  name: Name,
  licenseStates: z.array(z.string().regex(/^[A-Z]{2}$/)),
  boardCertifications: z.array(z.string().min(1)),
  specialties: z.array(z.string().min(1)).min(1),
  subspecialties: z.array(z.string()),
  yearsInPractice: z.number().int().nonnegative(),
  weeklyPracticeHours: z.number().nonnegative(),
  affiliations: z.array(z.object({ kind: AffiliationKind, name: Name })),
  active: z.boolean(),
});
export type Reviewer = z.infer<typeof Reviewer>;
