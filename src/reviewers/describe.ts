// The reviewer paragraph of a Final Determination Letter: qualifications only, never the name
// (LC 4610.6(f), domain.md A.7 [V]). Wording follows the letters' style [S] in our own words, and it stays
// true for a reviewer who misses a criterion (e.g. after a forced assignment): it then states the facts.
import type { IsoDate } from '../core/index.ts';
import { IsoDate as IsoDateSchema } from '../core/index.ts';
import { MIN_WEEKLY_HOURS, MIN_YEARS_IN_PRACTICE, evaluate } from './qualify.ts';
import { ReviewerProfile, parseInput } from './schema.ts';
import { canonicalSpecialty } from './specialties.ts';

/** Two-letter licence codes -> state names, for the printed sentence. */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'the District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  PR: 'Puerto Rico',
};

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function dedupe(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * The sentence the letter prints about the reviewer, e.g. "The physician reviewer is licensed in California,
 * is Board Certified in Orthopaedic Surgery and has been in active clinical practice for more than 5 years,
 * currently at least 24 hours a week." Reviewers without a board certification (chiropractors,
 * acupuncturists, psychologists) are "the expert reviewer" and their field is named instead.
 */
export function describeQualifications(reviewer: unknown, options: { asOf?: IsoDate } = {}): string {
  const r = parseInput(ReviewerProfile, reviewer, 'reviewer');
  // Without a date, a practiceSince cannot prove "more than 5 years": the earliest date makes the sentence
  // fall back to the stated yearsInPractice figure instead of claiming the standard wording.
  const asOf = options.asOf === undefined ? '0000-01-01' : parseInput(IsoDateSchema, options.asOf, 'asOf');
  const failed = new Set(evaluate(r, asOf).reasons.map((x) => x.code));
  const name = (s: string): string => canonicalSpecialty(s) ?? s.trim();
  const boards = dedupe(r.boardCertifications.filter((b) => b.trim().length > 0).map(name));
  const subs = dedupe(r.subspecialties.filter((s) => s.trim().length > 0).map(name)).filter((s) => !boards.includes(s));
  const states = dedupe(r.licenseStates).map((s) => STATE_NAMES[s] ?? s);

  const parts: string[] = [];
  if (states.length > 0) parts.push(`is licensed to practise in ${listInWords(states)}`);
  if (boards.length > 0) {
    const sub = subs.length > 0 ? ` with a subspecialty in ${listInWords(subs)}` : '';
    parts.push(`is Board Certified in ${listInWords(boards)}${sub}`);
  } else {
    parts.push(`practises ${listInWords(dedupe(r.specialties.map(name)))}`);
  }
  const years = failed.has('not-years-in-practice')
    ? `${r.yearsInPractice} year${r.yearsInPractice === 1 ? '' : 's'}`
    : `more than ${MIN_YEARS_IN_PRACTICE} years`;
  const hours = failed.has('not-weekly-hours')
    ? `${r.weeklyPracticeHours} hours a week`
    : `at least ${MIN_WEEKLY_HOURS} hours a week`;
  const who = boards.length > 0 ? 'The physician reviewer' : 'The expert reviewer';
  return `${who} ${parts.join(', ')} and has been in active clinical practice for ${years}, currently ${hours}.`;
}
