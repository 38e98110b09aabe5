// IMR deadlines as data (domain.md A.2-A.9). Each rule names its source, the text it encodes, the dates it is in
// force (by the date the period runs from) and whether it is unverified ([R]). One evaluator turns an input
// (the dates a case has reached) into named deadlines; it never branches on a rule id.
import type { IsoDate, ReviewPriority } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { addBusinessDays, addCalendarDays, businessDaysBetween, compareDates, toLocalDate } from './days.ts';

export type DeadlineKind =
  | 'filing-window'
  | 'information-response'
  | 'assignment-notice'
  | 'records-due'
  | 'decision-due'
  | 'implement-authorize'
  | 'implement-reimburse'
  | 'appeal-window';

export type ServiceMethod = 'mail' | 'electronic' | 'personal';

/** The dates a case has reached; each deadline needs only its own anchor. */
export interface DeadlineInput {
  /** Service of the written UR decision: the employee's filing window runs from it (A.2). */
  readonly urDecisionServed?: { readonly date: IsoDate; readonly by: ServiceMethod };
  /** The AD's request for information during screening: the parties' answer is due (A.3). */
  readonly informationRequested?: IsoDate;
  /** The AD's eligibility finding: the IMRO's assignment notice is due (A.4). */
  readonly eligibilityFound?: IsoDate;
  /** The notice of assignment: the claims administrator's records are due (A.5). */
  readonly assignmentNotice?: { readonly date: IsoDate; readonly method: 'mail' | 'electronic' };
  /** Receipt of the request and supporting documents: the determination is due (A.6). */
  readonly recordsReceived?: IsoDate;
  /** Receipt of a final determination that overturned an item: implementation is due (A.8). */
  readonly overturned?: { readonly received: IsoDate; readonly rendered: boolean };
  /** Service of the determination: the appeal window runs from it (A.9). */
  readonly determinationServed?: { readonly date: IsoDate; readonly by: ServiceMethod };
  readonly priority?: ReviewPriority;
  readonly formulary?: boolean;
}

type AnchorName = Exclude<keyof DeadlineInput, 'priority' | 'formulary'>;
type Attribute = string | boolean;

export interface DeadlineRule {
  readonly id: string;
  readonly kind: DeadlineKind;
  /** Which input date the period runs from. */
  readonly anchor: AnchorName;
  /** Conditions on the anchor's attributes (by, method, rendered) and on priority / formulary. */
  readonly when: Readonly<Record<string, Attribute>>;
  readonly amount: number;
  readonly unit: 'calendar-days' | 'business-days';
  /** Extra calendar days when the anchor was served this way (the mail extension). */
  readonly extension?: { readonly by: ServiceMethod; readonly days: number; readonly source: string };
  /** A calendar-day period whose last day is a weekend or holiday ends on the next business day (CCP 12a [R]). */
  readonly rollForward: boolean;
  /** The period is in force for anchor dates in [from, to] (null = open). */
  readonly effective: { readonly from: IsoDate | null; readonly to: IsoDate | null };
  readonly version: string;
  readonly source: string;
  readonly text: string;
  readonly unverified: boolean;
}

const IMR_START = '2013-01-01';
const CURRENT = 'current text';
const MAIL_EXTENSION = { by: 'mail', days: 5, source: 'CCP 1013(a) mail extension [R]' } as const;

type RuleSpec = Omit<DeadlineRule, 'when' | 'rollForward' | 'effective' | 'version' | 'unverified'> &
  Partial<Pick<DeadlineRule, 'when' | 'rollForward' | 'effective' | 'version' | 'unverified'>>;

/** Defaults: no conditions, in force since IMR began, current text, verified, calendar periods roll forward. */
function rule(spec: RuleSpec): DeadlineRule {
  return {
    when: {},
    rollForward: spec.unit === 'calendar-days',
    effective: { from: IMR_START, to: null },
    version: CURRENT,
    unverified: false,
    ...spec,
  };
}

const RECORDS = { kind: 'records-due', anchor: 'assignmentNotice', source: 'domain.md A.5; 8 CCR 9792.10.5' } as const;
const RECORDS_VERSION = `${CURRENT} (LC 4610.5(l) once gave 10 days; dates [R])`;
const DECISION = { kind: 'decision-due', anchor: 'recordsReceived' } as const;
const IMPLEMENT = { anchor: 'overturned', source: 'domain.md A.8; 8 CCR 9792.10.7(a)' } as const;

/** The rules. For one kind, the first rule whose conditions and effective range match wins. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  rule({
    id: 'filing-window',
    kind: 'filing-window',
    anchor: 'urDecisionServed',
    amount: 30,
    unit: 'calendar-days',
    extension: MAIL_EXTENSION,
    source: 'domain.md A.2; 8 CCR 9792.10.1(b)(1)',
    text: 'File the application within 30 days of service of the written UR decision (+5 days when served by mail [R]).',
    unverified: true,
  }),
  rule({
    id: 'information-response',
    kind: 'information-response',
    anchor: 'informationRequested',
    amount: 5,
    unit: 'business-days',
    version: `${CURRENT} (the earlier emergency text gave 15 days; its dates are [R])`,
    source: 'domain.md A.3; 8 CCR 9792.10.3(b)',
    text: "The parties answer the AD's request for information within 5 business days.",
  }),
  rule({
    id: 'assignment-notice',
    kind: 'assignment-notice',
    anchor: 'eligibilityFound',
    amount: 1,
    unit: 'business-days',
    source: 'domain.md A.4; 8 CCR 9792.10.4',
    text: "The IMRO notifies the parties in writing within 1 business day of the AD's eligibility finding.",
  }),
  rule({
    ...RECORDS,
    id: 'records-due-expedited',
    when: { priority: 'expedited' },
    amount: 1,
    unit: 'calendar-days',
    rollForward: false,
    text: 'Expedited review: records are due 24 hours after receipt of the notice (counted here as the next calendar day [R]).',
    unverified: true,
  }),
  rule({
    ...RECORDS,
    id: 'records-due-electronic',
    when: { method: 'electronic' },
    amount: 12,
    unit: 'calendar-days',
    version: RECORDS_VERSION,
    text: 'The IMRO must receive the records 12 days after the notice of assignment was sent electronically.',
  }),
  rule({
    ...RECORDS,
    id: 'records-due-mail',
    when: { method: 'mail' },
    amount: 15,
    unit: 'calendar-days',
    version: RECORDS_VERSION,
    text: 'The IMRO must receive the records 15 days after the notice of assignment was mailed.',
  }),
  rule({
    ...DECISION,
    id: 'decision-due-expedited',
    when: { priority: 'expedited' },
    amount: 3,
    unit: 'calendar-days',
    rollForward: false,
    source: 'domain.md A.6; LC 4610.6(d)(2) [R]',
    text: 'Expedited review: the determination is due 3 days from receipt of the information [R].',
    unverified: true,
  }),
  rule({
    ...DECISION,
    id: 'decision-due-formulary',
    when: { formulary: true },
    amount: 5,
    unit: 'business-days',
    effective: { from: '2018-01-01', to: null },
    version: 'LC 4610.6(d)(1)(A), with the MTUS drug formulary (in force from 2018-01-01 [R])',
    source: 'domain.md A.6; LC 4610.6(d)(1)(A)',
    text: 'Drug formulary disputes: the determination is due 5 working days from receipt of the request and documents.',
    unverified: true,
  }),
  rule({
    ...DECISION,
    id: 'decision-due-standard',
    amount: 30,
    unit: 'calendar-days',
    source: 'domain.md A.6; LC 4610.6(d)(1)(B); Arredondo v. Tri-Modal (2015)',
    text: 'The determination is due 30 days from receipt of the request and supporting documents.',
  }),
  rule({
    ...IMPLEMENT,
    id: 'implement-authorize',
    kind: 'implement-authorize',
    when: { rendered: false },
    amount: 5,
    unit: 'business-days',
    text: 'Services not yet rendered: authorize within 5 working days of receiving the final determination.',
  }),
  rule({
    ...IMPLEMENT,
    id: 'implement-reimburse',
    kind: 'implement-reimburse',
    when: { rendered: true },
    amount: 20,
    unit: 'calendar-days',
    text: 'Services already rendered: reimburse within 20 days of receiving the final determination.',
  }),
  rule({
    id: 'appeal-window',
    kind: 'appeal-window',
    anchor: 'determinationServed',
    amount: 30,
    unit: 'calendar-days',
    extension: MAIL_EXTENSION,
    source: 'domain.md A.9; LC 4610.6(h); WCAB rule 10575',
    text: 'A verified appeal to the WCAB within 30 days of service of the determination (+5 days when served by mail [R]).',
    unverified: true,
  }),
];

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly due: IsoDate;
  /** The date the period runs from. */
  readonly from: IsoDate;
  readonly rule: {
    readonly id: string;
    readonly source: string;
    readonly text: string;
    readonly version: string;
    readonly unverified: boolean;
  };
}

interface Anchor {
  readonly date: IsoDate;
  readonly attributes: Readonly<Record<string, Attribute>>;
}

function anchorOf(input: DeadlineInput, name: AnchorName): Anchor | null {
  const shared = { priority: input.priority ?? 'standard', formulary: input.formulary ?? false };
  switch (name) {
    case 'urDecisionServed':
    case 'determinationServed': {
      const v = input[name];
      return v === undefined ? null : { date: v.date, attributes: { ...shared, by: v.by } };
    }
    case 'assignmentNotice': {
      const v = input.assignmentNotice;
      return v === undefined ? null : { date: v.date, attributes: { ...shared, method: v.method } };
    }
    case 'overturned': {
      const v = input.overturned;
      return v === undefined ? null : { date: v.received, attributes: { ...shared, rendered: v.rendered } };
    }
    case 'informationRequested':
    case 'eligibilityFound':
    case 'recordsReceived': {
      const v = input[name];
      return v === undefined ? null : { date: v, attributes: shared };
    }
  }
}

function inForce(rule: DeadlineRule, date: IsoDate): boolean {
  const { from, to } = rule.effective;
  return (from === null || compareDates(date, from) >= 0) && (to === null || compareDates(date, to) <= 0);
}

function matches(rule: DeadlineRule, anchor: Anchor): boolean {
  return Object.entries(rule.when).every(([key, value]) => anchor.attributes[key] === value) && inForce(rule, anchor.date);
}

/** Applies one rule to a start date. */
export function applyRule(rule: DeadlineRule, from: IsoDate, servedBy?: ServiceMethod): IsoDate {
  if (rule.unit === 'business-days') return addBusinessDays(from, rule.amount);
  const extra = rule.extension !== undefined && rule.extension.by === servedBy ? rule.extension.days : 0;
  return addCalendarDays(from, rule.amount + extra, { rollForward: rule.rollForward });
}

/** The deadline of one kind for the input, or null when its anchor is absent or no rule is in force. */
export function deadlineOf(
  kind: DeadlineKind,
  input: DeadlineInput,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): Deadline | null {
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    const anchor = anchorOf(input, rule.anchor);
    if (anchor === null) return null;
    toLocalDate(anchor.date, rule.anchor);
    if (!matches(rule, anchor)) continue;
    const by = anchor.attributes['by'];
    const due = applyRule(rule, anchor.date, typeof by === 'string' ? (by as ServiceMethod) : undefined);
    return {
      kind,
      due,
      from: anchor.date,
      rule: { id: rule.id, source: rule.source, text: rule.text, version: rule.version, unverified: rule.unverified },
    };
  }
  return null;
}

const KINDS: readonly DeadlineKind[] = [
  'filing-window',
  'information-response',
  'assignment-notice',
  'records-due',
  'decision-due',
  'implement-authorize',
  'implement-reimburse',
  'appeal-window',
];

/** Every deadline the input's dates give, in process order. */
export function deadlinesFor(input: DeadlineInput, rules: readonly DeadlineRule[] = DEADLINE_RULES): Deadline[] {
  return KINDS.flatMap((kind) => {
    const d = deadlineOf(kind, input, rules);
    return d === null ? [] : [d];
  });
}

export type DeadlineStatus = 'ok' | 'due-soon' | 'due-today' | 'overdue';

/** Where today stands against a due date; 'due-soon' within soonBusinessDays business days. */
export function deadlineStatus(
  due: IsoDate,
  today: IsoDate,
  options: { readonly soonBusinessDays?: number } = {},
): DeadlineStatus {
  const soon = options.soonBusinessDays ?? 3;
  if (!Number.isSafeInteger(soon) || soon < 0) {
    throw new OpenImrError('invalid-argument', 'soonBusinessDays must be a whole number >= 0', {
      field: 'soonBusinessDays',
    });
  }
  const order = compareDates(toLocalDate(today, 'today').toString(), toLocalDate(due, 'due').toString());
  if (order > 0) return 'overdue';
  if (order === 0) return 'due-today';
  return businessDaysBetween(today, due) <= soon ? 'due-soon' : 'ok';
}

/** Ranking for sorting by urgency (lower is more urgent). */
export const STATUS_RANK: Readonly<Record<DeadlineStatus, number>> = {
  overdue: 0,
  'due-today': 1,
  'due-soon': 2,
  ok: 3,
};
