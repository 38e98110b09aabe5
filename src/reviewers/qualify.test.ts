import { describe, it, expect } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { QUALIFICATION_CRITERIA, qualify } from './index.ts';
import { reviewer } from './__fixtures__/records.ts';

const asOf = '2016-02-01';
const codes = (r: unknown): string[] => qualify(r, { asOf }).reasons.map((x) => x.code);

describe('qualify', () => {
  it('accepts a reviewer meeting every printed criterion', () => {
    expect(qualify(reviewer(), { asOf })).toEqual({ qualified: true, reasons: [] });
  });

  it('requires a California licence (another state alone is not enough)', () => {
    expect(codes(reviewer({ licenseStates: ['NV'] }))).toEqual(['not-licensed-in-ca']);
    expect(codes(reviewer({ licenseStates: ['NV', 'CA'] }))).toEqual([]);
  });

  it('requires some licence at all', () => {
    expect(codes(reviewer({ licenseStates: [] }))).toEqual(['not-licensed', 'not-licensed-in-ca']);
  });

  it('does not count a licence that lapsed before the date', () => {
    expect(codes({ ...reviewer(), licenseValidThrough: '2016-01-31' })).toEqual(['not-licensed', 'not-licensed-in-ca']);
    expect(codes({ ...reviewer(), licenseValidThrough: '2016-02-01' })).toEqual([]);
  });

  it('requires at least one board certification', () => {
    expect(codes(reviewer({ boardCertifications: [] }))).toEqual(['not-board-certified']);
    expect(codes(reviewer({ boardCertifications: ['  '] }))).toEqual(['not-board-certified']);
  });

  it('requires more than 5 years in practice (5 is not more than 5)', () => {
    expect(codes(reviewer({ yearsInPractice: 5 }))).toEqual(['not-years-in-practice']);
    expect(codes(reviewer({ yearsInPractice: 6 }))).toEqual([]);
  });

  it('measures years exactly from practiceSince as of the date', () => {
    expect(codes({ ...reviewer({ yearsInPractice: 0 }), practiceSince: '2011-02-01' })).toEqual(['not-years-in-practice']);
    expect(codes({ ...reviewer({ yearsInPractice: 0 }), practiceSince: '2011-01-31' })).toEqual([]);
  });

  it('requires at least 24 hours a week', () => {
    expect(codes(reviewer({ weeklyPracticeHours: 23.5 }))).toEqual(['not-weekly-hours']);
    expect(codes(reviewer({ weeklyPracticeHours: 24 }))).toEqual([]);
  });

  it('requires the reviewer to be active', () => {
    expect(codes(reviewer({ active: false }))).toEqual(['not-active']);
  });

  it('gives each reason a text naming the source and never the name', () => {
    const q = qualify(reviewer({ active: false, weeklyPracticeHours: 2 }), { asOf });
    expect(q.qualified).toBe(false);
    for (const r of q.reasons) {
      expect(r.text).toMatch(/\[(S|I|V-partial)\]/);
      expect(r.text).not.toContain('Ashgrove');
    }
  });

  it('keeps criteria ids unique', () => {
    const ids = QUALIFICATION_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a malformed reviewer with invalid-input naming the field', () => {
    const bad = { ...reviewer(), licenseStates: ['California'] };
    try {
      qualify(bad, { asOf });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OpenImrError);
      expect((e as OpenImrError).code).toBe('invalid-input');
      expect((e as OpenImrError).details.field).toBe('reviewer.licenseStates.0');
    }
    expect(() => qualify({ ...reviewer(), yearsInPractice: -1 }, { asOf })).toThrow(/reviewer\.yearsInPractice/);
    expect(() => qualify(reviewer(), { asOf: '1/2/2016' })).toThrow(/asOf/);
  });
});
