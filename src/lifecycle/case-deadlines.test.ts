import { describe, it, expect } from 'vitest';
import type { CaseRecord } from '../core/index.ts';
import { caseDeadlines, queueView } from './index.ts';
import { assignment, caseRecord, review } from './fixtures.ts';

const kinds = (r: CaseRecord, today: string) =>
  caseDeadlines(r, today).map((d) => ({ kind: d.kind, due: d.due, status: d.status, basis: d.basis }));

describe('caseDeadlines', () => {
  it('assigned: the notice is due 1 business day after the eligibility finding', () => {
    const r = caseRecord({ state: 'assigned', assignment: assignment('r'), dates: { assigned: '2026-11-25' } });
    expect(kinds(r, '2026-11-25')).toEqual([
      { kind: 'assignment-notice', due: '2026-11-30', status: 'due-soon', basis: 'eligibility finding' },
    ]);
  });

  it('awaiting records: records due by the notice method, decision estimated from the end of the window', () => {
    const mailed = caseRecord({ state: 'awaiting-records', dates: { assigned: '2026-06-01', noticeSent: '2026-06-02' } });
    expect(kinds(mailed, '2026-06-05')).toEqual([
      { kind: 'records-due', due: '2026-06-17', status: 'ok', basis: 'notice of assignment (mail)' },
      { kind: 'decision-due', due: '2026-07-17', status: 'ok', basis: 'end of the records window' },
    ]);
    const electronic = { ...mailed, noticeMethod: 'electronic' as const };
    expect(caseDeadlines(electronic, '2026-06-05')[0]?.due).toBe('2026-06-15'); // 06-14 is a Sunday
  });

  it('in review: the decision runs from the records, or from the window when they never came', () => {
    const got = caseRecord({ state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-08' } });
    expect(kinds(got, '2026-07-08')).toEqual([
      { kind: 'decision-due', due: '2026-07-08', status: 'due-today', basis: 'records received' },
    ]);
    expect(kinds(got, '2026-07-09')[0]?.status).toBe('overdue');
    const none = caseRecord({ state: 'in-review', dates: { assigned: '2026-06-01' } });
    expect(kinds(none, '2026-07-01')[0]).toMatchObject({ due: '2026-07-16', basis: 'end of the records window' });
  });

  it('expedited and formulary cases use their own periods', () => {
    const dates = { assigned: '2026-06-01', recordsReceived: '2026-06-05' };
    const expedited = caseRecord({ state: 'qa', dates }, { priority: 'expedited' });
    expect(caseDeadlines(expedited, '2026-06-05')[0]).toMatchObject({ due: '2026-06-08', rule: { id: 'decision-due-expedited' } });
    const formulary = caseRecord({ state: 'in-review', dates }, { formulary: true });
    expect(caseDeadlines(formulary, '2026-06-05')[0]).toMatchObject({ due: '2026-06-12', rule: { id: 'decision-due-formulary' } });
    const waiting = caseRecord({ state: 'awaiting-records', dates: { assigned: '2026-06-01' } }, { priority: 'expedited' });
    expect(caseDeadlines(waiting, '2026-06-01').map((d) => d.due)).toEqual(['2026-06-02', '2026-06-05']);
  });

  it('issued: the appeal window, and implementation when an item was overturned', () => {
    const upheld = caseRecord({ state: 'issued', reviews: [review(0), review(1)], dates: { issued: '2026-06-01' } });
    expect(caseDeadlines(upheld, '2026-06-01').map((d) => d.kind)).toEqual(['appeal-window']);
    const overturned = { ...upheld, reviews: [review(0), review(1, 'Overturned')] };
    expect(caseDeadlines(overturned, '2026-06-01').map((d) => [d.kind, d.due, d.owner])).toEqual([
      ['appeal-window', '2026-07-06', 'parties'],
      ['implement-authorize', '2026-06-08', 'claims-administrator'],
    ]);
  });

  it('no deadlines before assignment or after the end', () => {
    for (const state of ['received', 'screening', 'deferred', 'ineligible', 'withdrawn'] as const) {
      expect(caseDeadlines(caseRecord({ state, dates: { assigned: '2026-06-01' } }), '2026-06-01')).toEqual([]);
    }
  });
});

describe('queueView', () => {
  it('sorts overdue, due today, due soon, ok, then cases without deadlines, and flags them', () => {
    const today = '2026-07-08';
    const make = (id: string, over: Partial<CaseRecord>, app = {}) =>
      caseRecord({ id, caseNumber: `CM26-000000${id}`, ...over }, app);
    const records = [
      make('1', { state: 'received' }),
      make('2', { state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-20' } }), // ok
      make('3', { state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-05' } }), // overdue
      make('4', { state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-08' } }), // today
      make('5', { state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-10' } }), // soon
      make('6', { state: 'in-review', dates: { assigned: '2026-06-01', recordsReceived: '2026-06-10' } }, { priority: 'standard' }),
    ];
    const q = queueView(records, today);
    expect(q.map((e) => e.caseId)).toEqual(['3', '4', '5', '6', '2', '1']);
    expect(q.map((e) => [e.overdue, e.dueSoon])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(q[5]?.next).toBeNull();
  });

  it('ranks by the IRO deadlines, not by the appeal window', () => {
    const issued = caseRecord({ id: 'i', state: 'issued', dates: { issued: '2026-06-01' } });
    const [entry] = queueView([issued], '2026-07-30');
    expect(entry?.next).toBeNull();
    expect(entry?.deadlines[0]?.status).toBe('overdue');
  });
});
