import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEADLINE_RULES, deadlineOf, deadlineStatus, deadlinesFor, isBusinessDay, type DeadlineRule } from './index.ts';

describe('deadline rules as data', () => {
  it('every rule names a source, a text and an effective range, and ids are unique', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of DEADLINE_RULES) {
      expect(r.source).toMatch(/domain\.md A\.\d/);
      expect(r.text.length).toBeGreaterThan(10);
      expect(r.effective.from).not.toBeNull();
    }
  });
});

describe('deadlinesFor', () => {
  it('filing window: 30 days from service, +5 when mailed, rolled past a weekend', () => {
    // 2026-03-02 + 30 = 2026-04-01 (Wednesday)
    expect(deadlineOf('filing-window', { urDecisionServed: { date: '2026-03-02', by: 'electronic' } })?.due).toBe(
      '2026-04-01',
    );
    // + 5 = 2026-04-06 (Monday)
    expect(deadlineOf('filing-window', { urDecisionServed: { date: '2026-03-02', by: 'mail' } })?.due).toBe(
      '2026-04-06',
    );
    // 2026-03-05 + 30 = 2026-04-04 (Saturday) -> Monday 2026-04-06
    expect(deadlineOf('filing-window', { urDecisionServed: { date: '2026-03-05', by: 'personal' } })?.due).toBe(
      '2026-04-06',
    );
  });

  it('AD request for information: 5 business days, across Thanksgiving', () => {
    // Mon 2026-11-23: Tue 24, Wed 25, (Thu 26, Fri 27 closed), Mon 30, Tue Dec 1, Wed Dec 2
    expect(deadlineOf('information-response', { informationRequested: '2026-11-23' })?.due).toBe('2026-12-02');
  });

  it('assignment notice: 1 business day from the eligibility finding', () => {
    expect(deadlineOf('assignment-notice', { eligibilityFound: '2026-12-24' })?.due).toBe('2026-12-28');
  });

  it('records due: 15 days mailed, 12 electronic, next day expedited', () => {
    const notice = (method: 'mail' | 'electronic') => ({ date: '2026-06-01', method });
    expect(deadlineOf('records-due', { assignmentNotice: notice('mail') })?.due).toBe('2026-06-16');
    expect(deadlineOf('records-due', { assignmentNotice: notice('electronic') })?.due).toBe('2026-06-15');
    expect(deadlineOf('records-due', { assignmentNotice: notice('mail'), priority: 'expedited' })).toMatchObject({
      due: '2026-06-02',
      rule: { id: 'records-due-expedited' },
    });
  });

  it('decision due: 30 days standard, 5 working days formulary (from 2018), 3 days expedited', () => {
    expect(deadlineOf('decision-due', { recordsReceived: '2026-10-27' })?.due).toBe('2026-11-30'); // Thanksgiving
    expect(deadlineOf('decision-due', { recordsReceived: '2026-11-20', formulary: true })).toMatchObject({
      due: '2026-12-01',
      rule: { id: 'decision-due-formulary' },
    });
    // Before the formulary rule is in force, the standard period applies.
    expect(deadlineOf('decision-due', { recordsReceived: '2017-06-01', formulary: true })?.rule.id).toBe(
      'decision-due-standard',
    );
    expect(deadlineOf('decision-due', { recordsReceived: '2026-11-25', priority: 'expedited' })?.due).toBe(
      '2026-11-28',
    );
  });

  it('implementation after Overturned: 5 working days to authorize, 20 days to reimburse', () => {
    expect(deadlineOf('implement-authorize', { overturned: { received: '2026-12-24', rendered: false } })?.due).toBe(
      '2027-01-04',
    );
    expect(deadlineOf('implement-authorize', { overturned: { received: '2026-12-24', rendered: true } })).toBeNull();
    expect(deadlineOf('implement-reimburse', { overturned: { received: '2026-12-24', rendered: true } })?.due).toBe(
      '2027-01-13',
    );
  });

  it('appeal window: 30 days from service, +5 by mail', () => {
    expect(deadlineOf('appeal-window', { determinationServed: { date: '2026-01-02', by: 'mail' } })?.due).toBe(
      '2026-02-06',
    );
  });

  it('lists only the deadlines whose dates are known, in process order', () => {
    const list = deadlinesFor({ eligibilityFound: '2026-06-01', recordsReceived: '2026-06-10' });
    expect(list.map((d) => d.kind)).toEqual(['assignment-notice', 'decision-due']);
    expect(list[1]).toMatchObject({ from: '2026-06-10', due: '2026-07-10' });
    expect(deadlinesFor({})).toEqual([]);
  });

  it('a correction is a data edit: a different table gives a different answer', () => {
    const edited: DeadlineRule[] = DEADLINE_RULES.map((r) => (r.id === 'records-due-mail' ? { ...r, amount: 10 } : r));
    expect(deadlineOf('records-due', { assignmentNotice: { date: '2026-06-01', method: 'mail' } }, edited)?.due).toBe(
      '2026-06-11',
    );
  });

  it('rejects a malformed anchor date', () => {
    expect(() => deadlinesFor({ recordsReceived: '2026-13-01' })).toThrow(/recordsReceived/);
  });

  it('calendar-day deadlines that roll forward always land on a business day', () => {
    const day = fc.integer({ min: 0, max: 6000 }).map((n) => new Date(Date.UTC(2013, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        for (const x of deadlinesFor({ urDecisionServed: { date: d, by: 'mail' }, recordsReceived: d })) {
          expect(isBusinessDay(x.due)).toBe(true);
          expect(x.due > d).toBe(true);
        }
      }),
    );
  });
});

describe('deadlineStatus', () => {
  it('classifies against today', () => {
    expect(deadlineStatus('2026-11-30', '2026-12-01')).toBe('overdue');
    expect(deadlineStatus('2026-11-30', '2026-11-30')).toBe('due-today');
    // Wed 25 -> Mon 30 is one business day (Thanksgiving and the day after are closed)
    expect(deadlineStatus('2026-11-30', '2026-11-25')).toBe('due-soon');
    expect(deadlineStatus('2026-12-04', '2026-11-25')).toBe('ok');
    expect(deadlineStatus('2026-12-04', '2026-11-25', { soonBusinessDays: 5 })).toBe('due-soon');
    expect(deadlineStatus('2026-12-01', '2026-11-30', { soonBusinessDays: 0 })).toBe('ok');
  });
});
