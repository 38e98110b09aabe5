// Request and response schemas of the HTTP API. Records are core's schemas (CaseRecord, AuditEvent,
// Reviewer, ItemReview, CaseFile, Determination, ParsedLetter); this file adds the envelopes around them.
import { z } from 'zod';
import { AuditEvent, CaseFile, CaseRecord, Decision, Determination, ItemReview, OpenImrError, ParsedLetter, Reviewer } from '../core/index.ts';

export { AuditEvent, CaseFile, CaseRecord, Determination, ItemReview, Reviewer };

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  field: z.string().optional(),
  reason: z.string().optional(),
});

// ---- paging ------------------------------------------------------------------------------------------

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

/** Offset cursors are opaque to clients: "o<offset>" in base64url. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

export function readOffsetCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const m = /^o(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (m === null) throw new OpenImrError('invalid-argument', 'cursor: not a cursor this API gave out', { field: 'cursor' });
  return Number(m[1]);
}

/** One page of an in-memory list. */
export function pageOf<T>(all: readonly T[], paging: { limit: number; cursor?: string | undefined }): { items: T[]; nextCursor: string | null } {
  const offset = readOffsetCursor(paging.cursor);
  const items = all.slice(offset, offset + paging.limit);
  return { items, nextCursor: offset + paging.limit < all.length ? offsetCursor(offset + paging.limit) : null };
}

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

// ---- sign-in -------------------------------------------------------------------------------------------

export const UserRoleSchema = z.enum(['applicant', 'claims-administrator', 'intake', 'reviewer', 'qa', 'admin']);

export const PublicUser = z.object({
  id: z.string(),
  username: z.string(),
  role: UserRoleSchema,
  partyName: z.string().nullable(),
  reviewerId: z.string().nullable(),
});

// Usernames, labels and party names are stored or looked up as text: PostgreSQL cannot hold NUL (SQLite
// can), so a NUL is refused here, the same on both backends, instead of failing in the store.
const noNul = (s: string): boolean => !s.includes('\u0000');
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const Key = z.string().min(1).max(200).refine(noNul, 'contains a NUL character');

export const LoginBody = z.object({ username: Key, password: z.string().min(1).max(1000) });
export const LoginReply = z.object({ user: PublicUser, csrfToken: z.string(), expiresAt: z.string() });
export const MeReply = z.object({ user: PublicUser, csrfToken: z.string().nullable(), via: z.enum(['session', 'token']) });
export const Ok = z.object({ ok: z.literal(true) });

export const TokenBody = z.object({
  username: Key,
  label: Key.default('api'),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const TokenReply = z.object({ token: z.string(), userId: z.string(), label: z.string(), expiresAt: z.string().nullable() });

export const UserBody = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(200).regex(/^[a-z0-9._@-]+$/, 'letters, digits and . _ @ - only'),
    password: z.string().min(12, 'at least 12 characters').max(1000),
    role: UserRoleSchema,
    partyName: z.string().trim().min(1).max(300).regex(NO_CONTROL, 'control characters are not allowed').optional(),
    reviewerId: z.string().trim().min(1).max(100).regex(NO_CONTROL, 'control characters are not allowed').optional(),
  })
  .refine((u) => !['applicant', 'claims-administrator'].includes(u.role) || u.partyName !== undefined, {
    message: 'applicants and claims administrators need a partyName',
    path: ['partyName'],
  })
  .refine((u) => u.role !== 'reviewer' || u.reviewerId !== undefined, { message: 'reviewers need a reviewerId', path: ['reviewerId'] });

// ---- corpus ----------------------------------------------------------------------------------------------

const Filters = z.object({
  q: z.string().max(500).default(''),
  decision: Decision.optional(),
  category: z.string().max(64).optional(),
  specialty: z.string().max(120).optional(),
  year: z.coerce.number().int().min(2013).max(2100).optional(),
});

export const SearchQuery = Filters.extend(Paging.shape);
export const ExportQuery = Filters.extend({ format: z.enum(['csv', 'json']).default('json') });

const Facet = z.array(z.object({ value: z.string(), count: z.number() }));
export const SearchHit = z.object({
  letterId: z.number(),
  caseNumber: z.string().nullable(),
  itemIndex: z.number(),
  request: z.string(),
  decision: Decision.nullable(),
  category: z.string(),
  specialty: z.string().nullable(),
  decisionDate: z.string().nullable(),
  snippet: z.string(),
  score: z.number(),
});
export const SearchReply = z.object({
  total: z.number(),
  exhaustive: z.boolean(),
  hits: z.array(SearchHit),
  facets: z.object({ decision: Facet, category: Facet, specialty: Facet, year: Facet }),
  nextCursor: z.string().nullable(),
});

export const LetterReply = z.object({
  letters: z.array(z.object({ id: z.number(), contentHash: z.string(), sourceName: z.string(), ingestedAt: z.string(), letter: ParsedLetter })),
});

export const StatsQuery = z.object({
  by: z.enum(['category', 'guideline', 'specialty', 'year', 'decision']),
  program: z.enum(['dwc', 'dmhc']).default('dwc'),
});
const StatsLine = z.object({
  key: z.string(),
  total: z.number(),
  upheld: z.number(),
  overturned: z.number(),
  overturnRate: z.number().nullable(),
  ci95: z.object({ low: z.number(), high: z.number() }).nullable(),
});
export const StatsReply = z.object({ by: z.string(), program: z.string(), rows: z.array(StatsLine), totals: StatsLine });
export const VolumeReply = z.object({ rows: z.array(z.object({ period: z.string(), total: z.number(), upheld: z.number(), overturned: z.number() })) });

// ---- cases ------------------------------------------------------------------------------------------------

export const CaseListQuery = z.object({
  state: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});
export const CaseListReply = z.object({ cases: z.array(CaseRecord), nextCursor: z.string().nullable() });
export const DocumentQuery = z.object({ submittedBy: z.enum(['claims-administrator', 'employee', 'provider', 'staff']).optional(), title: z.string().max(500).optional() });
export const TransitionBody = z.object({
  event: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()).default({}),
  version: z.number().int().nonnegative().optional(),
});
export const EventsReply = z.object({ state: z.string(), events: z.array(z.string()) });
export const AssignmentBody = z.object({
  override: z.object({ reviewerId: z.string().min(1).max(100), reason: z.string().min(1).max(2000), force: z.boolean().optional() }).optional(),
});
export const AssignmentReply = z.object({ record: CaseRecord, explanation: z.string() });
export const DraftReply = z.object({ determination: Determination, texts: z.record(z.string(), z.string()) });
export const ReviewBody = z.object({
  reviews: z.array(ItemReview).max(100),
  documentsReviewedConfirmed: z.boolean(),
  clinicalSummary: z.string().max(20000).optional(),
});
export const LetterQuery = z.object({ format: z.enum(['txt', 'html', 'pdf']).default('html'), public: flag.default(false) });
export const DeadlinesQuery = Paging.extend({ overdue: flag.optional() });
const Deadline = z.object({ due: z.string(), status: z.string() }).loose();
export const QueueEntrySchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    state: z.string(),
    priority: z.string(),
    next: Deadline.nullable(),
    deadlines: z.array(Deadline),
    overdue: z.boolean(),
    dueSoon: z.boolean(),
  })
  .loose();
