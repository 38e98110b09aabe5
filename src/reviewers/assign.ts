// Choosing the reviewer for a case. Eligible = qualified, free of conflicts and a specialty match for every
// disputed item at or above the threshold. Among the eligible: best specialty match, then fewer open cases,
// then fewer cases due soon, then reviewer id (stable). Explanations name reviewers by id and
// qualifications only: names are confidential (LC 4610.6(f)).
import type { Application, Assignment, Category, IsoDate, Reviewer } from '../core/index.ts';
import { IsoDate as IsoDateSchema, OpenImrError } from '../core/index.ts';
import { z } from 'zod';
import { findConflicts, type ConflictReason } from './conflicts.ts';
import { describeQualifications } from './describe.ts';
import { evaluate, isOverridable, type Reason } from './qualify.ts';
import { Categories, ConflictCase, ReviewerProfile, Workload, parseInput } from './schema.ts';
import { canonicalSpecialty, reviewerSpecialties, specialtyMatch, type SpecialtyMatch } from './specialties.ts';

/** A reviewer must match every disputed category at least this well to be eligible. [I] */
export const MIN_SPECIALTY_MATCH = 0.5;

export type CaseInfo = {
  application: Application | ConflictCase;
  categories: Category[];
  /** The day qualifications are judged on; defaults to the application's received date. */
  asOf?: IsoDate;
};

export type RankedReviewer = {
  reviewerId: string;
  /** The specialty match used for ranking (0..1). */
  score: number;
  eligible: boolean;
  qualified: boolean;
  /** Failed qualification criteria (empty when qualified). */
  qualificationReasons: Reason[];
  conflicts: ConflictReason[];
  specialtyMatch: SpecialtyMatch;
  load: { open: number; dueSoon: number };
  explanation: string;
};

export type Choice = { chosen: Reviewer | null; ranking: RankedReviewer[]; explanation: string };

const NO_LOAD = { open: 0, dueSoon: 0 };

function fmt(x: number): string {
  return x.toFixed(2);
}

/** What the reviewer holds, in words, without the name. */
function credentials(r: ReviewerProfile): string {
  const held = [...new Set(reviewerSpecialties(r).map((s) => canonicalSpecialty(s) ?? s.trim()))];
  return held.length > 0 ? held.join(', ') : 'no listed specialty';
}

function rankOne(
  r: ReviewerProfile,
  c: ConflictCase,
  categories: Category[],
  asOf: IsoDate,
  load: { open: number; dueSoon: number },
  minMatch: number,
): RankedReviewer {
  const q = evaluate(r, asOf);
  const found = findConflicts(r, c);
  const match = specialtyMatch(reviewerSpecialties(r), categories, c.requestingPhysician.specialty);
  const specialtyOk = match.itemScore >= minMatch;
  const eligible = q.qualified && found.length === 0 && specialtyOk;
  const why: string[] = [];
  if (!q.qualified) why.push(`not qualified (${q.reasons.map((x) => x.code).join(', ')})`);
  if (found.length > 0) why.push(`conflict of interest (${[...new Set(found.map((x) => x.code))].join(', ')})`);
  if (!specialtyOk) why.push(`specialty match ${fmt(match.itemScore)} for the weakest item is below ${fmt(minMatch)}`);
  const items = match.perCategory.map((p) => `${p.category} ${fmt(p.score)}${p.via === null ? '' : ` via ${p.via}`}`);
  const explanation =
    `Reviewer ${r.id} (${credentials(r)}): specialty match ${fmt(match.score)} [${items.join('; ')}; ` +
    `requesting physician's specialty ${fmt(match.peerScore)}], ${load.open} open case(s), ${load.dueSoon} due soon; ` +
    (eligible ? 'qualified and free of conflicts.' : `ineligible: ${why.join('; ')}.`);
  return {
    reviewerId: r.id,
    score: match.score,
    eligible,
    qualified: q.qualified,
    qualificationReasons: q.reasons,
    conflicts: found,
    specialtyMatch: match,
    load,
    explanation,
  };
}

function compare(a: RankedReviewer, b: RankedReviewer): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  return (
    b.score - a.score ||
    a.load.open - b.load.open ||
    a.load.dueSoon - b.load.dueSoon ||
    (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0)
  );
}

/** Counts of why reviewers were ineligible, e.g. "3 not qualified (2 not-licensed-in-ca, 1 not-active)". */
function whyNobody(ranking: readonly RankedReviewer[], minMatch: number): string {
  if (ranking.length === 0) return 'No reviewer is eligible: the registry is empty.';
  const codes = new Map<string, number>();
  const bump = (k: string): void => {
    codes.set(k, (codes.get(k) ?? 0) + 1);
  };
  let unqualified = 0;
  let conflicted = 0;
  let mismatched = 0;
  for (const r of ranking) {
    if (!r.qualified) unqualified++;
    if (r.conflicts.length > 0) conflicted++;
    if (r.specialtyMatch.itemScore < minMatch) mismatched++;
    for (const code of new Set([...r.qualificationReasons, ...r.conflicts].map((x) => x.code))) bump(code);
  }
  const detail = [...codes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
  return (
    `No reviewer is eligible among ${ranking.length}: ${unqualified} not qualified, ${conflicted} with a conflict ` +
    `of interest, ${mismatched} below the specialty match of ${fmt(minMatch)}` +
    (detail.length > 0 ? ` (reasons: ${detail}).` : '.')
  );
}

const WorkloadMap = z.map(z.string(), Workload);

/**
 * Ranks every reviewer for the case and picks the best eligible one (null when none is).
 * Throws invalid-input naming the field for a malformed reviewer, case or workload.
 */
export function chooseReviewer(
  reviewers: readonly unknown[],
  caseInfo: CaseInfo,
  workload: ReadonlyMap<string, { open: number; dueSoon: number }> = new Map(),
  options: { minSpecialtyMatch?: number } = {},
): Choice {
  const parsed = reviewers.map((r, i) => parseInput(ReviewerProfile, r, `reviewers.${i}`));
  const c = parseInput(ConflictCase, caseInfo.application, 'application');
  const categories = parseInput(Categories, caseInfo.categories, 'categories');
  const asOf = parseInput(IsoDateSchema, caseInfo.asOf ?? c.receivedDate, 'asOf');
  const loads = parseInput(WorkloadMap, workload, 'workload');
  const minMatch = parseInput(z.number().min(0).max(1), options.minSpecialtyMatch ?? MIN_SPECIALTY_MATCH, 'minSpecialtyMatch');
  const seen = new Set<string>();
  parsed.forEach((r, i) => {
    if (seen.has(r.id)) throw new OpenImrError('invalid-input', `reviewers.${i}.id: duplicate reviewer id`, { field: `reviewers.${i}.id` });
    seen.add(r.id);
  });

  const ranking = parsed
    .map((r) => rankOne(r, c, categories, asOf, loads.get(r.id) ?? NO_LOAD, minMatch))
    .sort(compare);
  const best = ranking[0];
  if (best?.eligible !== true) return { chosen: null, ranking, explanation: whyNobody(ranking, minMatch) };
  const eligibleCount = ranking.filter((r) => r.eligible).length;
  const chosen = parsed.find((r) => r.id === best.reviewerId) ?? null;
  return {
    chosen,
    ranking,
    explanation:
      `Reviewer ${best.reviewerId} chosen among ${eligibleCount} eligible of ${ranking.length} (ranked by specialty ` +
      `match, then fewer open cases, then fewer due soon, then reviewer id). ${best.explanation}`,
  };
}

export type OverrideOptions = {
  application: Application | ConflictCase;
  categories: Category[];
  /** When the assignment is made (ISO timestamp, kept in the Assignment). */
  at: string;
  asOf?: IsoDate;
  /** Assign despite overridable failures (see README "Override rule"). */
  force?: boolean;
  minSpecialtyMatch?: number;
};

export type OverrideResult = {
  assignment: Assignment;
  /** The failures the force bypassed (empty when none were needed). */
  bypassed: Reason[];
  /** The sentence for the letter, true for this reviewer. */
  qualifications: string;
};

/** A reason an administrator writes must say something: at least this many characters. */
export const MIN_OVERRIDE_REASON = 10;

/**
 * An administrator's manual assignment. Always needs a written reason. Conflicts of interest and the
 * statutory minimum (active, a current licence) can never be forced; the IRO's own criteria (California
 * licence, board certification, years, weekly hours) and the specialty threshold can be, with force: true.
 * Throws invalid-argument for a missing reason and conflict when the reviewer may not take the case.
 */
export function overrideAssignment(reviewer: unknown, reason: string, options: OverrideOptions): OverrideResult {
  const r = parseInput(ReviewerProfile, reviewer, 'reviewer');
  const c = parseInput(ConflictCase, options.application, 'application');
  const categories = parseInput(Categories, options.categories, 'categories');
  const asOf = parseInput(IsoDateSchema, options.asOf ?? c.receivedDate, 'asOf');
  const at = parseInput(z.string().min(1), options.at, 'at');
  const text = reason.trim();
  if (text.length < MIN_OVERRIDE_REASON) {
    throw new OpenImrError('invalid-argument', `reason: an override needs a written reason of at least ${MIN_OVERRIDE_REASON} characters`, { field: 'reason' });
  }
  const ranked = rankOne(r, c, categories, asOf, NO_LOAD, options.minSpecialtyMatch ?? MIN_SPECIALTY_MATCH);
  const failures: Reason[] = [...ranked.qualificationReasons, ...ranked.conflicts];
  if (ranked.specialtyMatch.itemScore < (options.minSpecialtyMatch ?? MIN_SPECIALTY_MATCH)) {
    failures.push({ code: 'specialty-mismatch', text: `Specialty match ${fmt(ranked.specialtyMatch.itemScore)} for the weakest item is below the threshold.` });
  }
  const blocking = failures.filter((f) => !(f.code === 'specialty-mismatch' || isOverridable(f.code)));
  if (blocking.length > 0) {
    throw new OpenImrError('conflict', `reviewer ${r.id} may not take this case, even with force: ${blocking.map((b) => b.code).join(', ')}`, { field: 'reviewer' });
  }
  if (failures.length > 0 && options.force !== true) {
    throw new OpenImrError('conflict', `reviewer ${r.id} does not meet: ${failures.map((f) => f.code).join(', ')}; pass force with a reason to assign anyway`, { field: 'reviewer' });
  }
  const forced = failures.length > 0 ? ` Forced past: ${failures.map((f) => f.code).join(', ')}.` : '';
  return {
    assignment: {
      reviewerId: r.id,
      assignedAt: at,
      explanation: `Assigned by an administrator to reviewer ${r.id}. Reason: ${text.replace(/\.+$/, '')}.${forced}`,
      override: true,
    },
    bypassed: failures,
    qualifications: describeQualifications(r, { asOf }),
  };
}
