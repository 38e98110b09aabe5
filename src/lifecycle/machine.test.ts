import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { CaseRecord, CaseState } from '../core/index.ts';
import { CASE_STATES, OpenImrError } from '../core/index.ts';
import { allowedEvents, FINAL_STATES, ROLES, TRANSITIONS, transition, type CaseEvent, type Role } from './index.ts';
import { assignment, caseRecord, review } from './fixtures.ts';

const NOW = new Date('2026-06-10T18:00:00Z'); // 11:00 in California
const REVIEWER = 'rev-1';
const QA = 'qa-1';
const actorFor = (role: Role): string => (role === 'reviewer' ? REVIEWER : role === 'qa' ? QA : 'user-1');

const assignedDates = { assigned: '2026-05-21', noticeSent: '2026-05-21' };
const reviewed: Partial<CaseRecord> = {
  assignment: assignment(REVIEWER),
  reviews: [review(0), review(1, 'Overturned')],
  documentsReviewedConfirmed: true,
  dates: { ...assignedDates, recordsReceived: '2026-05-30' },
};

/** A record in the event's source state that meets its guards, and a valid payload. */
const SETUPS: Record<CaseEvent, { record: Partial<CaseRecord>; payload?: Record<string, unknown> }> = {
  submit: { record: { state: 'received' } },
  'find-ineligible': { record: { state: 'screening' }, payload: { reasons: ['unsigned'] } },
  defer: { record: { state: 'screening' }, payload: { reasons: ['liability-disputed'] } },
  'resolve-liability': { record: { state: 'deferred', screening: ['liability-disputed'] } },
  assign: { record: { state: 'screening' }, payload: { assignment: assignment(REVIEWER) } },
  'send-notice': { record: { state: 'assigned', assignment: assignment(REVIEWER), dates: { assigned: '2026-06-09' } }, payload: { method: 'electronic' } },
  'receive-records': { record: { state: 'awaiting-records', assignment: assignment(REVIEWER), dates: assignedDates }, payload: { receivedDate: '2026-05-30' } },
  'proceed-without-records': { record: { state: 'awaiting-records', assignment: assignment(REVIEWER), dates: assignedDates } },
  'submit-for-qa': { record: { ...reviewed, state: 'in-review' } },
  'qa-return': { record: { ...reviewed, state: 'qa' }, payload: { comment: 'Please cite the guideline page.' } },
  'qa-approve': { record: { ...reviewed, state: 'qa' } },
  appeal: { record: { ...reviewed, state: 'issued' } },
  'appeal-denied': { record: { ...reviewed, state: 'appealed' } },
  remand: { record: { ...reviewed, state: 'appealed' } },
  reassign: { record: { ...reviewed, state: 're-review' }, payload: { assignment: assignment('rev-2') } },
  withdraw: { record: { state: 'in-review', assignment: assignment(REVIEWER) } },
};

function fire(event: CaseEvent, role: Role, record?: CaseRecord, payload?: Record<string, unknown>, actor?: string) {
  const setup = SETUPS[event];
  const rec = record ?? caseRecord(setup.record);
  const ctx = { actor: actor ?? actorFor(role), role, now: NOW, ...(payload ?? setup.payload ?? {}) };
  // The payload is typed per event; the table drives them all, so it goes through the widest type here.
  return transition(rec, event, ctx as Parameters<typeof transition>[2]);
}

function reasonOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof OpenImrError) return e.details.reason ?? `${e.code}:${e.details.field ?? ''}`;
    throw e;
  }
  return undefined;
}

describe('every transition, by role', () => {
  for (const def of TRANSITIONS) {
    for (const role of ROLES) {
      const allowed = def.roles.includes(role);
      it(`${def.event} by ${role}: ${allowed ? 'allowed' : 'refused'}`, () => {
        if (!allowed) {
          expect(reasonOf(() => fire(def.event, role))).toBe('role-not-allowed');
          return;
        }
        const before = caseRecord(SETUPS[def.event].record);
        const snapshot = JSON.stringify(before);
        const { record, audit } = fire(def.event, role, before);
        expect(JSON.stringify(before)).toBe(snapshot); // a new record, the input untouched
        expect(record.state).toBe(def.to);
        expect(record.version).toBe(before.version + 1);
        expect(record.updatedAt).toBe(NOW.toISOString());
        expect(audit).toMatchObject({ type: `case.${def.event}`, data: { from: before.state, to: def.to, role } });
      });
    }
  }

  it('refuses every event outside its source states', () => {
    for (const def of TRANSITIONS) {
      for (const state of CASE_STATES.filter((s) => !def.from.includes(s))) {
        const rec = caseRecord({ ...SETUPS[def.event].record, state });
        expect(reasonOf(() => fire(def.event, def.roles[0]!, rec))).toBe('event-not-allowed-in-state');
      }
    }
  });

  it('final states have no way out; withdraw leaves every state before the determination', () => {
    for (const s of FINAL_STATES) expect(ROLES.flatMap((r) => allowedEvents({ state: s }, r))).toEqual([]);
    const withdraw = TRANSITIONS.find((t) => t.event === 'withdraw')!;
    expect([...withdraw.from].sort()).toEqual(
      CASE_STATES.filter((s) => !FINAL_STATES.includes(s) && s !== 'issued' && s !== 'appealed').sort(),
    );
  });

  it('allowedEvents lists what the role may fire in the state', () => {
    expect(allowedEvents({ state: 'qa' }, 'qa')).toEqual(['qa-return', 'qa-approve']);
    expect(allowedEvents({ state: 'qa' }, 'reviewer')).toEqual([]);
    expect(allowedEvents({ state: 'in-review' }, 'reviewer')).toEqual(['submit-for-qa']);
    expect(allowedEvents({ state: 'in-review' }, 'admin')).toEqual(['withdraw']);
  });
});

describe('guards', () => {
  it('assign needs a clean screening and an assignment', () => {
    const open = caseRecord({ state: 'screening', screening: ['liability-disputed'] });
    expect(reasonOf(() => fire('assign', 'admin', open))).toBe('screening-reasons-open');
    expect(reasonOf(() => fire('assign', 'admin', caseRecord({ state: 'screening' }), {}))).toBe(
      'invalid-input:payload.assignment',
    );
    const { record } = fire('assign', 'system');
    expect(record.dates.assigned).toBe('2026-06-10');
    expect(record.assignment?.reviewerId).toBe(REVIEWER);
  });

  it('resolve-liability clears the deferral so assignment can follow', () => {
    const { record } = fire('resolve-liability', 'intake');
    expect(record.screening).toEqual([]);
    expect(fire('assign', 'admin', record).record.state).toBe('assigned');
  });

  it('send-notice needs an assignment and records the method', () => {
    const bare = caseRecord({ state: 'assigned' });
    expect(reasonOf(() => fire('send-notice', 'system', bare))).toBe('no-assignment');
    const { record } = fire('send-notice', 'system');
    expect(record).toMatchObject({ noticeMethod: 'electronic', dates: { noticeSent: '2026-06-10' } });
    const mailed = fire('send-notice', 'system', undefined, {}).record;
    expect(mailed.noticeMethod).toBe('mail');
  });

  it('receive-records refuses a future date or one before assignment', () => {
    expect(reasonOf(() => fire('receive-records', 'intake', undefined, { receivedDate: '2026-06-11' }))).toBe(
      'records-date-invalid',
    );
    expect(reasonOf(() => fire('receive-records', 'intake', undefined, { receivedDate: '2026-05-20' }))).toBe(
      'records-date-invalid',
    );
    expect(fire('receive-records', 'intake', undefined, {}).record.dates.recordsReceived).toBe('2026-06-10');
  });

  it('proceed-without-records only after the records window closed', () => {
    // Mailed 2026-06-01: due 2026-06-16; today 2026-06-10
    const early = caseRecord({ state: 'awaiting-records', dates: { assigned: '2026-06-01' } });
    expect(reasonOf(() => fire('proceed-without-records', 'admin', early))).toBe('records-not-yet-due');
    expect(fire('proceed-without-records', 'admin').record.state).toBe('in-review');
  });

  it('cannot enter qa until every item is reviewed and the documents are confirmed', () => {
    const base = { ...reviewed, state: 'in-review' as const };
    const oneItem = caseRecord({ ...base, reviews: [review(0)] });
    expect(reasonOf(() => fire('submit-for-qa', 'reviewer', oneItem))).toBe('items-not-reviewed');
    const unknownItem = caseRecord({ ...base, reviews: [review(0), review(1), review(2)] });
    expect(reasonOf(() => fire('submit-for-qa', 'reviewer', unknownItem))).toBe('review-item-unknown');
    const twice = caseRecord({ ...base, reviews: [review(0), review(0)] });
    expect(reasonOf(() => fire('submit-for-qa', 'reviewer', twice))).toBe('review-item-unknown');
    const unconfirmed = caseRecord({ ...base, documentsReviewedConfirmed: false });
    expect(reasonOf(() => fire('submit-for-qa', 'reviewer', unconfirmed))).toBe('documents-not-confirmed');
    // The payload can complete the review in the same step.
    const fresh = caseRecord({ ...base, reviews: [], documentsReviewedConfirmed: false });
    const done = fire('submit-for-qa', 'reviewer', fresh, {
      reviews: [review(0), review(1)],
      documentsReviewedConfirmed: true,
    });
    expect(done.record.state).toBe('qa');
    expect(done.audit.data).toMatchObject({ items: 2 });
  });

  it('only the assigned reviewer submits, and the reviewer cannot be QA', () => {
    expect(reasonOf(() => fire('submit-for-qa', 'reviewer', undefined, {}, 'rev-9'))).toBe('not-assigned-reviewer');
    expect(reasonOf(() => fire('qa-approve', 'qa', undefined, {}, REVIEWER))).toBe('qa-by-reviewer');
    expect(reasonOf(() => fire('qa-return', 'qa', undefined, { comment: 'x' }, REVIEWER))).toBe('qa-by-reviewer');
  });

  it('qa-return needs a comment and keeps it; the audit keeps only a count', () => {
    expect(reasonOf(() => fire('qa-return', 'qa', undefined, { comment: '  ' }))).toBe('invalid-input:payload.comment');
    const { record, audit } = fire('qa-return', 'qa');
    expect(record.state).toBe('in-review');
    expect(record.qaComments).toEqual([{ at: '2026-06-10', comment: 'Please cite the guideline page.' }]);
    expect(JSON.stringify(audit)).not.toContain('guideline page');
  });

  it('the only way to issued is QA approval, which dates the issue', () => {
    const into = TRANSITIONS.filter((t) => t.to === 'issued').map((t) => t.event);
    expect(into.sort()).toEqual(['appeal-denied', 'qa-approve']);
    expect(TRANSITIONS.find((t) => t.event === 'appeal-denied')?.from).toEqual(['appealed']);
    expect(fire('qa-approve', 'qa').record.dates.issued).toBe('2026-06-10');
  });

  it('a remanded case goes to a different reviewer and starts its review afresh', () => {
    const same = caseRecord({ ...reviewed, state: 're-review' });
    expect(reasonOf(() => fire('reassign', 'admin', same, { assignment: assignment(REVIEWER) }))).toBe('same-reviewer');
    const { record } = fire('reassign', 'admin');
    expect(record).toMatchObject({ state: 'in-review', reviews: [], documentsReviewedConfirmed: false });
    expect(record.assignment?.reviewerId).toBe('rev-2');
  });

  it('find-ineligible keeps the reason codes and refuses free text as a code', () => {
    const { record, audit } = fire('find-ineligible', 'intake');
    expect(record.screening).toEqual(['unsigned']);
    expect(audit.data).toMatchObject({ reasons: ['unsigned'] });
    expect(reasonOf(() => fire('find-ineligible', 'intake', undefined, { reasons: ['Not signed!'] }))).toBe(
      'invalid-input:payload.reasons.0',
    );
  });
});

describe('inputs', () => {
  it('rejects an unknown event, a bad context and a malformed record, naming the field', () => {
    const rec = caseRecord({ state: 'received' });
    expect(reasonOf(() => transition(rec, 'jump' as CaseEvent, { actor: 'u', role: 'admin', now: NOW }))).toBe(
      'unknown-event',
    );
    expect(reasonOf(() => transition(rec, 'submit', { actor: 'u', role: 'boss' as Role, now: NOW }))).toBe(
      'invalid-input:context.role',
    );
    expect(reasonOf(() => transition(rec, 'submit', { actor: 'u', role: 'intake', now: new Date('x') }))).toBe(
      'invalid-input:context.now',
    );
    const bad = { ...rec, caseNumber: 'CM26-12' };
    expect(reasonOf(() => transition(bad, 'submit', { actor: 'u', role: 'intake', now: NOW }))).toBe(
      'invalid-input:record.caseNumber',
    );
  });

  it('conflict errors carry the reason in details and message', () => {
    try {
      fire('qa-approve', 'reviewer');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OpenImrError);
      expect((e as OpenImrError).code).toBe('conflict');
      expect((e as OpenImrError).message).toContain('[role-not-allowed]');
    }
  });
});

describe('properties', () => {
  it('any sequence of events either moves along a defined edge or leaves the record untouched', () => {
    const events = fc.constantFrom(...TRANSITIONS.map((t) => t.event));
    const roles = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(fc.array(fc.tuple(events, roles), { maxLength: 25 }), (steps) => {
        let rec = caseRecord({ state: 'received' });
        for (const [event, role] of steps) {
          const snapshot = JSON.stringify(rec);
          try {
            const setup = SETUPS[event].payload ?? {};
            const next = transition(rec, event, { actor: actorFor(role), role, now: NOW, ...setup }).record;
            const def = TRANSITIONS.find((t) => t.event === event)!;
            expect(def.from.includes(rec.state) && def.roles.includes(role)).toBe(true);
            expect(next.state).toBe(def.to);
            expect(next.version).toBe(rec.version + 1);
            rec = next;
          } catch (e) {
            expect(e).toBeInstanceOf(OpenImrError);
            expect(JSON.stringify(rec)).toBe(snapshot);
          }
        }
        expect(CASE_STATES as readonly CaseState[]).toContain(rec.state);
      }),
    );
  });
});
