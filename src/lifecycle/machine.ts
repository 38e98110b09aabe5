// The case life cycle as data: every transition names its event, the states it leaves, the state it enters,
// the roles that may fire it, the payload it takes and the guards (each with a stable reason code) that must
// hold on the resulting record. transition() is the only way a case changes state.
import { z } from 'zod';
import type { CaseRecord, CaseState } from '../core/index.ts';
import { Assignment, CaseRecord as CaseRecordSchema, IsoDate, ItemReview, OpenImrError } from '../core/index.ts';
import { pacificDate } from '../calendar/index.ts';
import { recordsDue } from './case-deadlines.ts';
import { parseWith } from './parse.ts';

export const ROLES = ['intake', 'reviewer', 'qa', 'admin', 'system'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const CASE_EVENTS = [
  'submit',
  'find-ineligible',
  'defer',
  'resolve-liability',
  'assign',
  'send-notice',
  'receive-records',
  'proceed-without-records',
  'submit-for-qa',
  'qa-return',
  'qa-approve',
  'appeal',
  'appeal-denied',
  'remand',
  'reassign',
  'withdraw',
] as const;
export const CaseEvent = z.enum(CASE_EVENTS);
export type CaseEvent = z.infer<typeof CaseEvent>;

const ReasonCodes = z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).max(20);

/** The payload each event takes (read from the context; anything else in it is ignored). */
export const EVENT_PAYLOADS = {
  submit: z.object({}),
  'find-ineligible': z.object({ reasons: ReasonCodes }),
  defer: z.object({ reasons: ReasonCodes }),
  'resolve-liability': z.object({}),
  assign: z.object({ assignment: Assignment }),
  'send-notice': z.object({ method: z.enum(['mail', 'electronic']).default('mail') }),
  'receive-records': z.object({ receivedDate: IsoDate.optional() }),
  'proceed-without-records': z.object({}),
  'submit-for-qa': z.object({
    reviews: z.array(ItemReview).max(100).optional(),
    documentsReviewedConfirmed: z.boolean().optional(),
  }),
  'qa-return': z.object({ comment: z.string().trim().min(1).max(20000) }),
  'qa-approve': z.object({}),
  appeal: z.object({}),
  'appeal-denied': z.object({}),
  remand: z.object({}),
  reassign: z.object({ assignment: Assignment }),
  withdraw: z.object({}),
} as const satisfies Record<CaseEvent, z.ZodType>;

/** The payload fields an event takes (an event without a payload takes none: zod types those as an index). */
export type EventPayload<E extends CaseEvent> = NoIndex<z.input<(typeof EVENT_PAYLOADS)[E]>>;
type NoIndex<T> = string extends keyof T ? unknown : T;

export interface TransitionContext {
  /** The user id (or "system") acting; never a name. */
  readonly actor: string;
  readonly role: Role;
  readonly now: Date;
}

export type GuardReason =
  | 'screening-reasons-open'
  | 'no-assignment'
  | 'records-date-invalid'
  | 'records-not-yet-due'
  | 'not-assigned-reviewer'
  | 'items-not-reviewed'
  | 'review-item-unknown'
  | 'documents-not-confirmed'
  | 'qa-by-reviewer'
  | 'same-reviewer';

interface GuardInput {
  readonly before: CaseRecord;
  readonly after: CaseRecord;
  readonly ctx: TransitionContext;
  readonly today: string;
}

export interface Guard {
  readonly reason: GuardReason;
  readonly text: string;
  readonly holds: (input: GuardInput) => boolean;
}

const itemIndexes = (r: CaseRecord): Set<number> => new Set(r.reviews.map((v) => v.item));

export const GUARDS: Readonly<Record<GuardReason, Guard>> = {
  'screening-reasons-open': {
    reason: 'screening-reasons-open',
    text: 'Screening found reasons against the case; resolve them first.',
    holds: ({ before }) => before.screening.length === 0,
  },
  'no-assignment': {
    reason: 'no-assignment',
    text: 'The case has no reviewer assignment.',
    holds: ({ after }) => after.assignment !== null,
  },
  'records-date-invalid': {
    reason: 'records-date-invalid',
    text: 'Records cannot be received after today or before the case was assigned.',
    holds: ({ after, today }) => {
      const got = after.dates.recordsReceived;
      const assigned = after.dates.assigned;
      return got !== undefined && got <= today && (assigned === undefined || got >= assigned);
    },
  },
  'records-not-yet-due': {
    reason: 'records-not-yet-due',
    text: 'The review may go ahead without records only after the records window has closed.',
    holds: ({ before, today }) => {
      const due = recordsDue(before);
      return due !== null && today > due.due;
    },
  },
  'not-assigned-reviewer': {
    reason: 'not-assigned-reviewer',
    text: 'Only the assigned reviewer may submit the review.',
    holds: ({ before, ctx }) => before.assignment?.reviewerId === ctx.actor,
  },
  'items-not-reviewed': {
    reason: 'items-not-reviewed',
    text: 'Every disputed item needs a review.',
    holds: ({ after }) => {
      const have = itemIndexes(after);
      return after.application.disputedTreatments.every((_, i) => have.has(i));
    },
  },
  'review-item-unknown': {
    reason: 'review-item-unknown',
    text: 'A review names an item the application does not have, or an item twice.',
    holds: ({ after }) =>
      itemIndexes(after).size === after.reviews.length &&
      after.reviews.every((v) => v.item < after.application.disputedTreatments.length),
  },
  'documents-not-confirmed': {
    reason: 'documents-not-confirmed',
    text: 'The reviewer must confirm the list of documents reviewed.',
    holds: ({ after }) => after.documentsReviewedConfirmed,
  },
  'qa-by-reviewer': {
    reason: 'qa-by-reviewer',
    text: 'The reviewer of a case cannot be its QA.',
    holds: ({ before, ctx }) => before.assignment?.reviewerId !== ctx.actor,
  },
  'same-reviewer': {
    reason: 'same-reviewer',
    text: 'A remanded case goes to a different reviewer (LC 4610.6(i)).',
    holds: ({ before, after }) => after.assignment?.reviewerId !== before.assignment?.reviewerId,
  },
};

type Effect<E extends CaseEvent> = (
  record: CaseRecord,
  payload: z.output<(typeof EVENT_PAYLOADS)[E]>,
  today: string,
) => CaseRecord;

export interface TransitionDef {
  readonly event: CaseEvent;
  readonly from: readonly CaseState[];
  readonly to: CaseState;
  readonly roles: readonly Role[];
  readonly guards: readonly GuardReason[];
  readonly text: string;
}

/** States a case never leaves. An issued case leaves only by an appeal (a WCAB matter, not withdrawable). */
export const FINAL_STATES: readonly CaseState[] = ['ineligible', 'withdrawn'];
const WITHDRAWABLE: readonly CaseState[] = [
  'received',
  'screening',
  'deferred',
  'assigned',
  'awaiting-records',
  'in-review',
  'qa',
  're-review',
];

export const TRANSITIONS: readonly TransitionDef[] = [
  {
    event: 'submit',
    from: ['received'],
    to: 'screening',
    roles: ['intake', 'system'],
    guards: [],
    text: 'Start eligibility screening.',
  },
  {
    event: 'find-ineligible',
    from: ['screening'],
    to: 'ineligible',
    roles: ['intake', 'admin', 'system'],
    guards: [],
    text: 'The AD finds the application ineligible (reason codes).',
  },
  {
    event: 'defer',
    from: ['screening'],
    to: 'deferred',
    roles: ['intake', 'admin', 'system'],
    guards: [],
    text: 'Liability is disputed: wait (9792.10.3(d)).',
  },
  {
    event: 'resolve-liability',
    from: ['deferred'],
    to: 'screening',
    roles: ['intake', 'admin'],
    guards: [],
    text: 'Liability resolved: screen again.',
  },
  {
    event: 'assign',
    from: ['screening'],
    to: 'assigned',
    roles: ['admin', 'system'],
    guards: ['screening-reasons-open', 'no-assignment'],
    text: 'Eligible: assign a reviewer.',
  },
  {
    event: 'send-notice',
    from: ['assigned'],
    to: 'awaiting-records',
    roles: ['intake', 'admin', 'system'],
    guards: ['no-assignment'],
    text: 'Notice of assignment and request for information sent (9792.10.4).',
  },
  {
    event: 'receive-records',
    from: ['awaiting-records'],
    to: 'in-review',
    roles: ['intake', 'admin', 'system'],
    guards: ['records-date-invalid'],
    text: "The claims administrator's records arrived (9792.10.5).",
  },
  {
    event: 'proceed-without-records',
    from: ['awaiting-records'],
    to: 'in-review',
    roles: ['admin'],
    guards: ['records-not-yet-due'],
    text: 'Records window closed without records: review on what is on file (9792.10.6(b)(2)).',
  },
  {
    event: 'submit-for-qa',
    from: ['in-review'],
    to: 'qa',
    roles: ['reviewer'],
    guards: ['not-assigned-reviewer', 'review-item-unknown', 'items-not-reviewed', 'documents-not-confirmed'],
    text: 'The reviewer submits every item for QA.',
  },
  {
    event: 'qa-return',
    from: ['qa'],
    to: 'in-review',
    roles: ['qa'],
    guards: ['qa-by-reviewer'],
    text: 'QA returns the review with a comment.',
  },
  {
    event: 'qa-approve',
    from: ['qa'],
    to: 'issued',
    roles: ['qa'],
    guards: ['qa-by-reviewer', 'review-item-unknown', 'items-not-reviewed', 'documents-not-confirmed'],
    text: 'QA approves: the determination is issued.',
  },
  {
    event: 'appeal',
    from: ['issued'],
    to: 'appealed',
    roles: ['intake', 'admin'],
    guards: [],
    text: 'An appeal to the WCAB was filed (LC 4610.6(h)).',
  },
  {
    event: 'appeal-denied',
    from: ['appealed'],
    to: 'issued',
    roles: ['admin'],
    guards: [],
    text: 'The WCAB upheld the determination.',
  },
  {
    event: 'remand',
    from: ['appealed'],
    to: 're-review',
    roles: ['admin'],
    guards: [],
    text: 'The WCAB reversed: the case returns for review (LC 4610.6(i)).',
  },
  {
    event: 'reassign',
    from: ['re-review'],
    to: 'in-review',
    roles: ['admin', 'system'],
    guards: ['no-assignment', 'same-reviewer'],
    text: 'A different reviewer takes the remanded case.',
  },
  {
    event: 'withdraw',
    from: WITHDRAWABLE,
    to: 'withdrawn',
    roles: ['intake', 'admin'],
    guards: [],
    text: 'The claims administrator authorized the treatment (9792.10.6(a)).',
  },
];

const noChange = (r: CaseRecord): CaseRecord => r;

/** What each event changes in the record (on top of state, version and updatedAt), from its parsed payload. */
const EFFECTS: { readonly [E in CaseEvent]: Effect<E> } = {
  submit: noChange,
  'find-ineligible': (r, p) => ({ ...r, screening: p.reasons }),
  defer: (r, p) => ({ ...r, screening: p.reasons }),
  'resolve-liability': (r) => ({ ...r, screening: [] }),
  assign: (r, p, today) => ({ ...r, assignment: p.assignment, dates: { ...r.dates, assigned: today } }),
  'send-notice': (r, p, today) => ({ ...r, noticeMethod: p.method, dates: { ...r.dates, noticeSent: today } }),
  'receive-records': (r, p, today) => ({ ...r, dates: { ...r.dates, recordsReceived: p.receivedDate ?? today } }),
  'proceed-without-records': noChange,
  'submit-for-qa': (r, p) => ({
    ...r,
    reviews: p.reviews ?? r.reviews,
    documentsReviewedConfirmed: p.documentsReviewedConfirmed ?? r.documentsReviewedConfirmed,
  }),
  'qa-return': (r, p, today) => ({ ...r, qaComments: [...r.qaComments, { at: today, comment: p.comment }] }),
  'qa-approve': (r, _p, today) => ({ ...r, dates: { ...r.dates, issued: today } }),
  appeal: noChange,
  'appeal-denied': noChange,
  remand: noChange,
  // [R] The new reviewer's 30 days run from the reassignment (the records are already on file).
  reassign: (r, p, today) => ({
    ...r,
    assignment: p.assignment,
    reviews: [],
    documentsReviewedConfirmed: false,
    dates: { ...r.dates, assigned: today, recordsReceived: today },
  }),
  withdraw: noChange,
};

/** Parses the event's payload and applies its effect (one place ties the payload type to the effect). */
function applyEvent(event: CaseEvent, record: CaseRecord, ctx: unknown, today: string): CaseRecord {
  const payload = parseWith(EVENT_PAYLOADS[event], ctx, 'payload');
  // TypeScript cannot correlate EFFECTS[event] with EVENT_PAYLOADS[event]; both are indexed by the same event.
  return (EFFECTS[event] as Effect<CaseEvent>)(record, payload, today);
}

/** What the audit entry records besides event, states and role: codes and ids only, never case text. */
const AUDIT_DATA: Partial<Record<CaseEvent, (after: CaseRecord) => Record<string, unknown>>> = {
  'find-ineligible': (r) => ({ reasons: r.screening }),
  defer: (r) => ({ reasons: r.screening }),
  assign: (r) => ({ reviewerId: r.assignment?.reviewerId, override: r.assignment?.override }),
  reassign: (r) => ({ reviewerId: r.assignment?.reviewerId, override: r.assignment?.override }),
  'send-notice': (r) => ({ method: r.noticeMethod }),
  'receive-records': (r) => ({ recordsReceived: r.dates.recordsReceived }),
  'submit-for-qa': (r) => ({ items: r.reviews.length }),
  'qa-return': (r) => ({ comments: r.qaComments.length }),
  'qa-approve': (r) => ({ issued: r.dates.issued }),
};

export interface TransitionResult {
  readonly record: CaseRecord;
  readonly audit: { readonly type: string; readonly data: Record<string, unknown> };
}

function refuse(reason: string, message: string): never {
  throw new OpenImrError('conflict', `${message} [${reason}]`, { reason });
}

function definitionOf(event: string): TransitionDef {
  const def = TRANSITIONS.find((t) => t.event === event);
  if (def === undefined) {
    throw new OpenImrError('invalid-input', `unknown event ${JSON.stringify(event)}`, {
      field: 'event',
      reason: 'unknown-event',
    });
  }
  return def;
}

const Context = z.object({ actor: z.string().min(1).max(200), role: Role, now: z.date() });

/**
 * Fires an event on a case. Returns a new record (version + 1, updatedAt = now) and the audit entry to
 * append; the input record is not changed. Throws conflict with a reason code when the state, the role or
 * a guard refuses, and invalid-input naming the field when the record, context or payload is malformed.
 */
export function transition<E extends CaseEvent>(
  record: CaseRecord,
  event: E,
  ctx: TransitionContext & EventPayload<E>,
): TransitionResult {
  const def = definitionOf(event);
  const before = parseWith(CaseRecordSchema, record, 'record');
  const context = parseWith(Context, ctx, 'context');
  if (Number.isNaN(context.now.getTime())) {
    throw new OpenImrError('invalid-input', 'context.now is not a valid time', { field: 'context.now' });
  }
  if (!def.from.includes(before.state)) {
    refuse('event-not-allowed-in-state', `${event} is not allowed in state ${before.state}`);
  }
  if (!def.roles.includes(context.role)) refuse('role-not-allowed', `role ${context.role} may not ${event}`);
  const today = pacificDate(context.now);
  const changed = applyEvent(def.event, before, ctx, today);
  const after: CaseRecord = {
    ...changed,
    state: def.to,
    version: before.version + 1,
    updatedAt: context.now.toISOString(),
  };
  for (const reason of def.guards) {
    const guard = GUARDS[reason];
    if (!guard.holds({ before, after, ctx: context, today })) refuse(reason, `${event} refused: ${guard.text}`);
  }
  const extra = AUDIT_DATA[def.event]?.(after) ?? {};
  return {
    record: after,
    audit: {
      type: `case.${def.event}`,
      data: { event: def.event, from: before.state, to: def.to, role: context.role, version: after.version, ...extra },
    },
  };
}

/** The events a role may fire from the case's state (guards are checked when the event fires). */
export function allowedEvents(record: Pick<CaseRecord, 'state'>, role: Role): CaseEvent[] {
  return TRANSITIONS.filter((t) => t.from.includes(record.state) && t.roles.includes(role)).map((t) => t.event);
}
