import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { filingWindow, parseApplication, screen, SCREENING_RULES, type ScreeningRule } from './index.ts';
import { applicationInput } from './fixtures.ts';
import { OpenImrError, type ApplicationInput } from '../core/index.ts';

const TODAY = '2026-07-01';
const codes = (over: Partial<ApplicationInput>, existing: ApplicationInput[] = []) => {
  const r = screen(applicationInput(over), { today: TODAY, existing });
  return { outcome: r.outcome, codes: r.reasons.map((x) => x.code) };
};

describe('screen', () => {
  it('finds a complete, timely application eligible', () => {
    expect(codes({})).toEqual({ outcome: 'eligible', codes: [] });
  });

  it('every rule has a source and an effective range', () => {
    for (const r of SCREENING_RULES) expect(r.source).toMatch(/domain\.md A\.\d/);
    expect(new Set(SCREENING_RULES.map((r) => r.code)).size).toBe(SCREENING_RULES.length);
  });

  it('unsigned -> ineligible', () => {
    expect(codes({ signed: false })).toEqual({ outcome: 'ineligible', codes: ['unsigned'] });
  });

  it('no UR decision -> ineligible', () => {
    expect(codes({ urDecision: null })).toEqual({ outcome: 'ineligible', codes: ['no-ur-decision'] });
  });

  describe('late', () => {
    // Served by mail 2026-05-04: 30 + 5 days = 2026-06-08 (a Monday)
    it('is timely on the last day of the window with the mail extension', () => {
      expect(codes({ receivedDate: '2026-06-08' }).codes).toEqual([]);
    });
    it('is late the day after', () => {
      expect(codes({ receivedDate: '2026-06-09' })).toEqual({ outcome: 'ineligible', codes: ['late'] });
    });
    it('runs from the UR date when the service date is absent', () => {
      // 2026-05-01 + 35 = 2026-06-05 (Friday)
      const ur = { date: '2026-05-01', servedBy: 'mail' as const };
      expect(codes({ urDecision: ur, receivedDate: '2026-06-05' }).codes).toEqual([]);
      expect(codes({ urDecision: ur, receivedDate: '2026-06-06' }).codes).toEqual(['late']);
    });
    it('gives no mail extension to electronic service', () => {
      // 2026-05-04 + 30 = 2026-06-03
      const ur = { date: '2026-05-01', servedDate: '2026-05-04', servedBy: 'electronic' as const };
      expect(codes({ urDecision: ur, receivedDate: '2026-06-03' }).codes).toEqual([]);
      expect(codes({ urDecision: ur, receivedDate: '2026-06-04' }).codes).toEqual(['late']);
    });
    it('rolls a window ending on a weekend to the next business day', () => {
      // 2026-05-07 + 35 = 2026-06-11 (Thursday); served 2026-05-09 + 35 = 2026-06-13 (Saturday) -> 2026-06-15
      const ur = { date: '2026-05-08', servedDate: '2026-05-09', servedBy: 'mail' as const };
      expect(codes({ urDecision: ur, receivedDate: '2026-06-15' }).codes).toEqual([]);
      expect(codes({ urDecision: ur, receivedDate: '2026-06-16' }).codes).toEqual(['late']);
    });
  });

  it('conditional non-certification of every item -> ineligible; of some items -> eligible', () => {
    const all = [{ request: 'MRI', urOutcome: 'conditional' as const }];
    expect(codes({ disputedTreatments: all }).codes).toEqual(['conditional-non-certification']);
    const some = [{ request: 'MRI', urOutcome: 'conditional' as const }, { request: 'PT' }];
    expect(codes({ disputedTreatments: some }).outcome).toBe('eligible');
  });

  it('duplicate of an existing application -> ineligible', () => {
    const existing = [applicationInput({ employee: { name: 'SAMPLE, ALEX' }, claimNumber: 'clm-0001' })];
    expect(codes({}, existing)).toEqual({ outcome: 'ineligible', codes: ['duplicate'] });
    const other = [applicationInput({ urDecision: { date: '2026-04-01' } })];
    expect(codes({}, other).outcome).toBe('eligible');
  });

  describe('IMR scope (injury before 2013 and UR decision before 2013-07-01)', () => {
    const at = (injury: string, ur: string) =>
      codes({ dateOfInjury: injury, urDecision: { date: ur, servedBy: 'personal' }, receivedDate: ur }).codes;
    it('is out of scope when both are early', () => {
      expect(at('2012-06-01', '2013-06-30')).toEqual(['outside-imr-scope']);
    });
    it('is in scope when the UR decision is from 2013-07-01', () => {
      expect(at('2012-06-01', '2013-07-01')).toEqual([]);
    });
    it('is in scope when the injury is from 2013', () => {
      expect(at('2013-01-01', '2013-03-01')).toEqual([]);
    });
  });

  it('liability disputed -> deferred, but ineligibility wins', () => {
    expect(codes({ liabilityDisputed: true })).toEqual({ outcome: 'deferred', codes: ['liability-disputed'] });
    expect(codes({ liabilityDisputed: true, signed: false })).toEqual({
      outcome: 'ineligible',
      codes: ['unsigned', 'liability-disputed'],
    });
  });

  it('applies a rule only in its effective range', () => {
    const later: ScreeningRule[] = SCREENING_RULES.map((r) =>
      r.code === 'unsigned' ? { ...r, effective: { from: '2027-01-01', to: null } } : r,
    );
    expect(screen(applicationInput({ signed: false }), { today: TODAY, rules: later }).outcome).toBe('eligible');
  });

  it('names the field of an invalid application', () => {
    const bad = { ...applicationInput(), dateOfInjury: '03/10/2025' };
    const error = (() => {
      try {
        screen(bad, { today: TODAY });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(OpenImrError);
    expect((error as OpenImrError).code).toBe('invalid-input');
    expect((error as OpenImrError).details.field).toBe('application.dateOfInjury');
    const noItems = { ...applicationInput(), disputedTreatments: [] };
    expect(() => screen(noItems, { today: TODAY })).toThrow(/application\.disputedTreatments/);
    expect(() => screen(applicationInput({ receivedDate: '2026-07-02' }), { today: TODAY })).toThrow(/after today/);
  });
});

describe('screen properties', () => {
  const day = (from: string, span: number) =>
    fc.integer({ min: 0, max: span }).map((n) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    });
  const appArb = fc.record({
    signed: fc.boolean(),
    liabilityDisputed: fc.boolean(),
    conditional: fc.boolean(),
    injury: day('2011-01-01', 5000),
    ur: day('2012-06-01', 5000),
    lag: fc.integer({ min: 0, max: 90 }),
    servedBy: fc.constantFrom('mail' as const, 'electronic' as const, 'personal' as const),
    hasUr: fc.boolean(),
  });

  it('the outcome follows from the reasons, and late means received after the filing window', () => {
    fc.assert(
      fc.property(appArb, (a) => {
        const received = new Date(`${a.ur}T00:00:00Z`);
        received.setUTCDate(received.getUTCDate() + a.lag);
        const input = applicationInput({
          signed: a.signed,
          liabilityDisputed: a.liabilityDisputed,
          dateOfInjury: a.injury,
          disputedTreatments: [{ request: 'MRI', urOutcome: a.conditional ? 'conditional' : 'denied' }],
          urDecision: a.hasUr ? { date: a.ur, servedBy: a.servedBy } : null,
          receivedDate: received.toISOString().slice(0, 10),
        });
        const r = screen(input, { today: '2030-01-01' });
        const got = r.reasons.map((x) => x.code);
        const expected = got.some((c) => c !== 'liability-disputed')
          ? 'ineligible'
          : got.length > 0
            ? 'deferred'
            : 'eligible';
        expect(r.outcome).toBe(expected);
        expect(got.includes('unsigned')).toBe(!a.signed);
        expect(got.includes('no-ur-decision')).toBe(!a.hasUr);
        const window = filingWindow(parseApplication(input));
        expect(got.includes('late')).toBe(window !== null && input.receivedDate > window.due);
        if (a.hasUr && a.lag <= 30) expect(got).not.toContain('late');
      }),
    );
  });
});
