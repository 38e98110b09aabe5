import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Reviewer } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { chooseReviewer, describeQualifications, overrideAssignment } from './index.ts';
import { application, reviewer } from './__fixtures__/records.ts';

const ortho = (id: string, over: Partial<Reviewer> = {}): Reviewer => reviewer({ id, name: `Name ${id}`, ...over });
const caseInfo = { application: application(), categories: ['surgery' as const] };

describe('chooseReviewer', () => {
  it('ranks by specialty match, then open cases, then due soon, then id', () => {
    const reviewers = [
      ortho('d'),
      ortho('c'),
      ortho('b'),
      ortho('a', { specialties: ['Neurosurgery'], boardCertifications: ['Neurological Surgery'] }),
      ortho('e'),
    ];
    const load = new Map([
      ['b', { open: 2, dueSoon: 0 }],
      ['c', { open: 1, dueSoon: 1 }],
      ['d', { open: 1, dueSoon: 0 }],
      ['e', { open: 1, dueSoon: 0 }],
    ]);
    const choice = chooseReviewer(reviewers, caseInfo, load);
    expect(choice.ranking.map((r) => r.reviewerId)).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(choice.chosen?.id).toBe('d');
    expect(choice.ranking.every((r) => r.eligible)).toBe(true);
    expect(choice.ranking[4]!.score).toBeLessThan(choice.ranking[0]!.score);
    expect(choice.explanation).toMatch(/^Reviewer d chosen among 5 eligible of 5/);
  });

  it('puts ineligible reviewers after the eligible ones, whatever their match', () => {
    const choice = chooseReviewer(
      [ortho('a', { active: false }), ortho('b', { specialties: ['Sports Medicine'], boardCertifications: ['Sports Medicine'] })],
      caseInfo,
    );
    expect(choice.chosen?.id).toBe('b');
    expect(choice.ranking.map((r) => [r.reviewerId, r.eligible])).toEqual([['b', true], ['a', false]]);
    expect(choice.ranking[1]!.explanation).toContain('not-active');
  });

  it('excludes conflicted and mismatched reviewers and says why nobody qualifies, with counts', () => {
    const choice = chooseReviewer(
      [
        ortho('a', { affiliations: [{ kind: 'employer', name: 'Brightwater Logistics Inc' }] }),
        ortho('b', { licenseStates: ['NV'] }),
        ortho('c', { licenseStates: ['AZ'], weeklyPracticeHours: 10 }),
        ortho('d', { specialties: ['Psychiatry'], boardCertifications: ['Psychiatry'] }),
      ],
      caseInfo,
    );
    expect(choice.chosen).toBeNull();
    expect(choice.explanation).toBe(
      'No reviewer is eligible among 4: 2 not qualified, 1 with a conflict of interest, 1 below the specialty match ' +
        'of 0.50 (reasons: 2 not-licensed-in-ca, 1 conflict-employer, 1 not-weekly-hours).',
    );
  });

  it('says so for an empty registry', () => {
    expect(chooseReviewer([], caseInfo).explanation).toMatch(/registry is empty/);
  });

  it('validates reviewers, categories and ids', () => {
    expect(() => chooseReviewer([ortho('a'), { ...ortho('b'), weeklyPracticeHours: 'lots' }], caseInfo)).toThrow(
      /reviewers\.1\.weeklyPracticeHours/,
    );
    expect(() => chooseReviewer([ortho('a')], { ...caseInfo, categories: ['surgery.knee' as never] })).toThrow(/categories/);
    expect(() => chooseReviewer([ortho('a'), ortho('a')], caseInfo)).toThrow(OpenImrError);
  });

  it('never puts the reviewer name in any explanation', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
    fc.assert(
      fc.property(word, word, fc.boolean(), (first, last, eligible) => {
        const name = `${first} ${last}`;
        const r = ortho('r-7', { name, active: eligible });
        const choice = chooseReviewer([r, ortho('r-8', { active: false })], caseInfo);
        const texts = [choice.explanation, ...choice.ranking.map((x) => x.explanation), describeQualifications(r)];
        for (const t of texts) {
          expect(t).not.toContain(name);
          expect(t).not.toContain(last);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('overrideAssignment', () => {
  const opts = { ...caseInfo, at: '2016-02-01T10:00:00Z' };

  it('assigns a qualified, conflict-free reviewer with a reason', () => {
    const out = overrideAssignment(ortho('a'), 'Only reviewer with knee arthroscopy volume', opts);
    expect(out.assignment).toMatchObject({ reviewerId: 'a', override: true, assignedAt: opts.at });
    expect(out.bypassed).toEqual([]);
  });

  it('always needs a written reason', () => {
    expect(() => overrideAssignment(ortho('a'), 'because', opts)).toThrow(/reason/);
  });

  it('refuses an overridable failure unless forced, then records what was bypassed', () => {
    const nv = ortho('a', { licenseStates: ['NV'] });
    expect(() => overrideAssignment(nv, 'Backlog relief for this claim', opts)).toThrow(/not-licensed-in-ca/);
    const out = overrideAssignment(nv, 'Backlog relief for this claim', { ...opts, force: true });
    expect(out.bypassed.map((b) => b.code)).toEqual(['not-licensed-in-ca']);
    expect(out.assignment.explanation).toContain('Forced past: not-licensed-in-ca');
    expect(out.qualifications).toContain('licensed to practise in Nevada');
  });

  it('lets force pass the specialty threshold', () => {
    const psych = ortho('a', { specialties: ['Psychiatry'], boardCertifications: ['Psychiatry'] });
    expect(() => overrideAssignment(psych, 'Requested by the medical director', opts)).toThrow(/specialty-mismatch/);
    expect(overrideAssignment(psych, 'Requested by the medical director', { ...opts, force: true }).bypassed.map((b) => b.code)).toEqual([
      'specialty-mismatch',
    ]);
  });

  it('never forces a conflict of interest, an inactive reviewer or a missing licence', () => {
    const conflicted = ortho('a', { affiliations: [{ kind: 'insurer', name: 'Zenithal Risk Services' }] });
    for (const r of [conflicted, ortho('b', { active: false }), ortho('c', { licenseStates: [] })]) {
      try {
        overrideAssignment(r, 'Administrator insists on this one', { ...opts, force: true });
        expect.unreachable();
      } catch (e) {
        expect((e as OpenImrError).code).toBe('conflict');
        expect((e as OpenImrError).message).toMatch(/even with force/);
      }
    }
  });
});
