// The deadlines of one case, from its state and dates, and the work queue sorted by urgency.
import type { CaseRecord, CaseState, IsoDate } from '../core/index.ts';
import {
  deadlineOf,
  deadlineStatus,
  STATUS_RANK,
  type Deadline,
  type DeadlineInput,
  type DeadlineKind,
  type DeadlineStatus,
} from '../calendar/index.ts';

export interface CaseDeadline extends Deadline {
  readonly status: DeadlineStatus;
  /** Who must act: the IMRO (us), the claims administrator, or a party. */
  readonly owner: 'imro' | 'claims-administrator' | 'parties';
  /** What the period runs from, in words a queue can show. */
  readonly basis: string;
}

type Dated = Pick<CaseRecord, 'state' | 'application' | 'dates' | 'noticeMethod' | 'reviews'>;

function shared(record: Dated): Pick<DeadlineInput, 'priority' | 'formulary'> {
  return { priority: record.application.priority, formulary: record.application.formulary };
}

/** Records are due from the notice of assignment (or the assignment date), by how the notice went. */
export function recordsDue(record: Dated): Deadline | null {
  const date = record.dates.noticeSent ?? record.dates.assigned;
  if (date === undefined) return null;
  return deadlineOf('records-due', {
    ...shared(record),
    assignmentNotice: { date, method: record.noticeMethod ?? 'mail' },
  });
}

/** The decision runs from receipt of the records or, without them, from the end of the records window. */
function decisionDue(record: Dated): { deadline: Deadline; basis: string } | null {
  const received = record.dates.recordsReceived;
  const from = received ?? recordsDue(record)?.due;
  if (from === undefined) return null;
  const deadline = deadlineOf('decision-due', { ...shared(record), recordsReceived: from });
  if (deadline === null) return null;
  return { deadline, basis: received !== undefined ? 'records received' : 'end of the records window' };
}

type Entry = Omit<CaseDeadline, 'status'>;

const BEFORE_DECISION: readonly CaseState[] = ['awaiting-records', 'in-review', 'qa', 're-review'];

function entries(record: Dated): Entry[] {
  const out: Entry[] = [];
  const push = (d: Deadline | null, owner: Entry['owner'], basis: string): void => {
    if (d !== null) out.push({ ...d, owner, basis });
  };
  const { state, dates } = record;
  if (state === 'assigned' && dates.assigned !== undefined) {
    push(deadlineOf('assignment-notice', { eligibilityFound: dates.assigned }), 'imro', 'eligibility finding');
  }
  if (state === 'awaiting-records') {
    push(recordsDue(record), 'claims-administrator', `notice of assignment (${record.noticeMethod ?? 'mail'})`);
  }
  if (BEFORE_DECISION.includes(state)) {
    const d = decisionDue(record);
    if (d !== null) push(d.deadline, 'imro', d.basis);
  }
  if (state === 'issued' && dates.issued !== undefined) {
    // [R] The determination is taken as served by mail on its issue date and received on that date.
    push(deadlineOf('appeal-window', { determinationServed: { date: dates.issued, by: 'mail' } }), 'parties', 'determination served');
    if (record.reviews.some((r) => r.decision === 'Overturned')) {
      push(
        deadlineOf('implement-authorize', { overturned: { received: dates.issued, rendered: false } }),
        'claims-administrator',
        'final determination (Overturned item)',
      );
    }
  }
  return out;
}

/** The open deadlines of a case with their status on `today`. */
export function caseDeadlines(record: Dated, today: IsoDate, options: { soonBusinessDays?: number } = {}): CaseDeadline[] {
  return entries(record).map((e) => ({ ...e, status: deadlineStatus(e.due, today, options) }));
}

/** Deadlines the IRO's queue is driven by (the others are shown but do not rank a case). */
const QUEUE_KINDS: ReadonlySet<DeadlineKind> = new Set(['assignment-notice', 'records-due', 'decision-due']);

export interface QueueEntry {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly state: CaseState;
  readonly priority: CaseRecord['application']['priority'];
  /** The most urgent deadline that ranks the case, or null when none is open. */
  readonly next: CaseDeadline | null;
  readonly deadlines: readonly CaseDeadline[];
  readonly overdue: boolean;
  readonly dueSoon: boolean;
}

function compareEntries(a: QueueEntry, b: QueueEntry): number {
  if (a.next === null || b.next === null) {
    if (a.next !== b.next) return a.next === null ? 1 : -1;
  } else {
    const byStatus = STATUS_RANK[a.next.status] - STATUS_RANK[b.next.status];
    if (byStatus !== 0) return byStatus;
    if (a.next.due !== b.next.due) return a.next.due < b.next.due ? -1 : 1;
  }
  if (a.priority !== b.priority) return a.priority === 'expedited' ? -1 : 1;
  return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
}

function mostUrgent(list: readonly CaseDeadline[]): CaseDeadline | null {
  let best: CaseDeadline | null = null;
  for (const d of list) {
    if (!QUEUE_KINDS.has(d.kind)) continue;
    if (best === null || STATUS_RANK[d.status] < STATUS_RANK[best.status] || (d.status === best.status && d.due < best.due)) {
      best = d;
    }
  }
  return best;
}

/** Cases sorted by urgency: overdue, due today, due soon, ok, then cases with no open deadline. */
export function queueView(
  records: readonly (Dated & Pick<CaseRecord, 'id' | 'caseNumber'>)[],
  today: IsoDate,
  options: { soonBusinessDays?: number } = {},
): QueueEntry[] {
  return records
    .map((r) => {
      const deadlines = caseDeadlines(r, today, options);
      const next = mostUrgent(deadlines);
      return {
        caseId: r.id,
        caseNumber: r.caseNumber,
        state: r.state,
        priority: r.application.priority,
        next,
        deadlines,
        overdue: next?.status === 'overdue',
        dueSoon: next?.status === 'due-soon' || next?.status === 'due-today',
      };
    })
    .sort(compareEntries);
}
