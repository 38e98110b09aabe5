// A published letter turned back into the case the reviewer had, with the IMR outcome hidden: only the
// header, the clinical summary, each item's request (with the part UR authorized, from the header) and the claims
// administrator's guideline remain.
// (The summary is the reviewer's own, so it can still echo the outcome; eval reports that caveat.)
import type { CaseFile, Decision, ParsedLetter } from '../core/index.ts';

export interface BlindCase {
  caseFile: CaseFile;
  /** The real decision per item, in the order of caseFile.disputedItems. */
  actual: Decision[];
  /** Each item's category as the letter parser normalised it, for per-category metrics. */
  categories: string[];
}

const usDate = (iso: string | null): string | undefined => (iso === null ? undefined : `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`);

/** Null when the letter cannot be evaluated: no summary, or no item with a read decision. */
export function blindCase(letter: ParsedLetter): BlindCase | null {
  if (letter.clinicalSummary === null || letter.clinicalSummary.trim() === '') return null;
  const items = letter.items.filter((i): i is typeof i & { decision: Decision } => i.decision !== null);
  if (items.length === 0) return null;
  const doi = usDate(letter.dateOfInjury);
  const ur = usDate(letter.urDenialDate);
  const caseFile: CaseFile = {
    clinicalSummary: letter.clinicalSummary,
    disputedItems: items.map((i) => ({
      request: i.request,
      ...(i.claimsAdministratorGuideline === null ? {} : { urGuideline: i.claimsAdministratorGuideline }),
      ...(i.authorized === null ? {} : { authorized: i.authorized }),
    })),
    ...(letter.caseNumber !== null ? { caseNumber: letter.caseNumber } : {}),
    ...(doi !== undefined ? { dateOfInjury: doi } : {}),
    ...(ur !== undefined ? { urDenialDate: ur } : {}),
    ...(letter.priority !== null ? { priority: letter.priority } : {}),
  };
  return { caseFile, actual: items.map((i) => i.decision), categories: items.map((i) => i.category) };
}
