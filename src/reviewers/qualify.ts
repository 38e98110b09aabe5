// Reviewer qualification: the IRO's printed criteria, as data, and one evaluator.
// Sources: the letters' "HOW THE IMR FINAL DETERMINATION WAS MADE" paragraph [S] (California licence, board
// certification, more than 5 years in active practice, at least 24 hours a week now) and LC 139.5(d)(4)
// [V-partial] (a nonrestricted licence in a US state; board certification for MDs and DOs).
import type { IsoDate } from '../core/index.ts';
import { IsoDate as IsoDateSchema } from '../core/index.ts';
import { ReviewerProfile, parseInput } from './schema.ts';

export type Reason = { code: string; text: string };

export type Qualification = { qualified: boolean; reasons: Reason[] };

/** The facts a criterion reads, derived once from the reviewer and the date. */
type Facts = {
  licenseStates: readonly string[];
  boardCertifications: number;
  /** Whole years for the integer field; exact when practiceSince is known (see yearsAsOf). */
  practiceMoreThan5: boolean;
  weeklyPracticeHours: number;
  active: boolean;
  licenseLapsed: boolean;
};

export type Criterion = {
  /** Stable id; a failure is reported with code `not-<id>`. */
  id: string;
  /** What the reviewer must be, in the letters' words. */
  requirement: string;
  source: string;
  /** Whether an administrator may assign despite this failing (see overrideAssignment). */
  overridable: boolean;
  test: (f: Facts) => boolean;
};

/** Years a reviewer must have practised, strictly more than ("more than 5 years"). [S] */
export const MIN_YEARS_IN_PRACTICE = 5;
/** Hours a week of current practice, at least. [S] */
export const MIN_WEEKLY_HOURS = 24;
/** The licence state the IRO's letters print. [S] */
export const REQUIRED_LICENSE_STATE = 'CA';

export const QUALIFICATION_CRITERIA: readonly Criterion[] = [
  {
    id: 'active',
    requirement: 'is active in the IRO registry',
    source: 'IRO registry status [I]',
    overridable: false,
    test: (f) => f.active,
  },
  {
    id: 'licensed',
    requirement: 'holds a current licence in a US state',
    source: 'LC 139.5(d)(4)(B) [V-partial]',
    overridable: false,
    test: (f) => f.licenseStates.length > 0 && !f.licenseLapsed,
  },
  {
    id: 'licensed-in-ca',
    requirement: 'is licensed to practise in California',
    source: 'letters [S]; the statute accepts any US state, so this is the IRO policy [V-partial]',
    overridable: true,
    test: (f) => f.licenseStates.includes(REQUIRED_LICENSE_STATE) && !f.licenseLapsed,
  },
  {
    id: 'board-certified',
    requirement: 'is Board Certified in at least one specialty',
    source: 'letters [S]; LC 139.5(d)(4)(B) for MDs and DOs [V-partial]',
    overridable: true,
    test: (f) => f.boardCertifications > 0,
  },
  {
    id: 'years-in-practice',
    requirement: `has been in active clinical practice for more than ${MIN_YEARS_IN_PRACTICE} years`,
    source: 'letters [S]',
    overridable: true,
    test: (f) => f.practiceMoreThan5,
  },
  {
    id: 'weekly-hours',
    requirement: `currently practises at least ${MIN_WEEKLY_HOURS} hours a week`,
    source: 'letters [S]',
    overridable: true,
    test: (f) => f.weeklyPracticeHours >= MIN_WEEKLY_HOURS,
  },
];

/**
 * Whether the practice start lies more than `years` years before `asOf`. Date strings compare in calendar
 * order, so adding the years to the start's year is enough (29 February simply compares after 28 February).
 */
function moreThanYearsBefore(since: IsoDate, asOf: IsoDate, years: number): boolean {
  const shifted = `${String(Number(since.slice(0, 4)) + years).padStart(4, '0')}${since.slice(4)}`;
  return shifted < asOf;
}

function factsOf(r: ReviewerProfile, asOf: IsoDate): Facts {
  return {
    licenseStates: r.licenseStates,
    boardCertifications: r.boardCertifications.filter((b) => b.trim().length > 0).length,
    // The integer field counts whole years, so more than 5 means at least 6; a known start date is exact.
    practiceMoreThan5:
      r.practiceSince === undefined
        ? r.yearsInPractice > MIN_YEARS_IN_PRACTICE
        : moreThanYearsBefore(r.practiceSince, asOf, MIN_YEARS_IN_PRACTICE),
    weeklyPracticeHours: r.weeklyPracticeHours,
    active: r.active,
    licenseLapsed: r.licenseValidThrough !== undefined && r.licenseValidThrough < asOf,
  };
}

/** Evaluates every criterion; each failure is one reason `not-<id>`. Throws invalid-input on a bad record. */
export function qualify(reviewer: unknown, options: { asOf: IsoDate }): Qualification {
  const r = parseInput(ReviewerProfile, reviewer, 'reviewer');
  const asOf = parseInput(IsoDateSchema, options.asOf, 'asOf');
  return evaluate(r, asOf);
}

/** The evaluator on an already parsed record (used inside the folder). */
export function evaluate(r: ReviewerProfile, asOf: IsoDate): Qualification {
  const facts = factsOf(r, asOf);
  const reasons = QUALIFICATION_CRITERIA.filter((c) => !c.test(facts)).map((c) => ({
    code: `not-${c.id}`,
    text: `The reviewer does not meet the requirement that a reviewer ${c.requirement} (${c.source}).`,
  }));
  return { qualified: reasons.length === 0, reasons };
}

/** Whether a failed-qualification code may be overridden by an administrator with force. */
export function isOverridable(code: string): boolean {
  const c = QUALIFICATION_CRITERIA.find((x) => `not-${x.id}` === code);
  return c?.overridable ?? false;
}
