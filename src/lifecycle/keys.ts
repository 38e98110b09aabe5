// Keys that say when two applications are the same filing (duplicate) or belong in one case (consolidation),
// after normalising case, accents, punctuation and spacing.
import type { ApplicationInput } from '../core/index.ts';

/** The fields the keys read; a stored Application has them too. */
export type KeyedApplication = Pick<
  ApplicationInput,
  'employee' | 'requestingPhysician' | 'dateOfInjury' | 'claimNumber' | 'disputedTreatments' | 'urDecision'
>;

/** Titles and degrees printed around a physician's name; they do not tell two physicians apart. */
const CREDENTIALS = new Set(['dr', 'md', 'do', 'dc', 'dpm', 'phd', 'pa', 'np', 'mph', 'facs', 'jr', 'sr', 'mr', 'ms', 'mrs']);

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Lower case, no accents or punctuation, single spaces. */
export function normalizeText(text: string): string {
  return words(text).join(' ');
}

/**
 * A person's name as a comparable key: the words in sorted order, so "Smith, John" equals "JOHN SMITH".
 * Titles and degrees (Dr., M.D., Jr.) are dropped.
 */
export function normalizeName(name: string): string {
  // Dots go first so initials and degrees stay one word ("M.D." -> "md").
  return words(name.replace(/\./g, ''))
    .filter((w) => !CREDENTIALS.has(w))
    .sort()
    .join(' ');
}

function normalizeId(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Same employee, same requesting physician, same date of injury: one case (domain.md A.4, 8 CCR 9792.10.4). */
export function consolidationKey(app: KeyedApplication): string {
  return [normalizeName(app.employee.name), normalizeName(app.requestingPhysician.name), app.dateOfInjury].join('|');
}

/** Same claim, same disputed treatments, same UR decision date: the same filing twice (domain.md A.3). */
export function duplicateKey(app: KeyedApplication): string {
  const treatments = app.disputedTreatments.map((t) => normalizeText(t.request)).sort();
  return [normalizeId(app.claimNumber), app.urDecision?.date ?? 'no-ur-decision', treatments.join(';')].join('|');
}
