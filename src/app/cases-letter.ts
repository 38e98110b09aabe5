// From a reviewed case to the Final Determination Letter's record (src/fdl): the parties and dates of the
// application, the reviewer by qualifications only (never the name), the documents and each item's review.
import type { CaseRecord, Citation, IsoDate, Party, Reviewer } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import type { Address, FinalLetter, FinalLetterItem } from '../fdl/index.ts';
import { validateLetter } from '../fdl/index.ts';
import { STATE_NAMES, describeQualifications } from '../reviewers/index.ts';

/** "418 Mariposa Street, Visalia, CA 93291" -> its parts; anything else is withheld (null) rather than guessed. */
export function parseAddress(text: string | undefined): Address | null {
  if (text === undefined) return null;
  const m = /^(.+),\s*([^,]+),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/.exec(text.replace(/\s+/g, ' ').trim());
  if (m === null) return null;
  const [, street = '', city = '', state = '', zip = ''] = m;
  return { street: street.trim(), city: city.trim(), state, zip };
}

const party = (p: Party): { name: string; address: Address | null } => ({ name: p.name, address: parseAddress(p.address) });

/** The claims administrator's guideline as printed on the UR decision, read into a citation. */
export function citationFromText(text: string): Citation {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/\bODG\b|Official Disability/i.test(t)) return { source: 'ODG', title: t, pages: [], sections: [] };
  if (/\bACOEM\b/i.test(t) && !/\bMTUS\b/i.test(t)) return { source: 'ACOEM', title: t, pages: [], sections: [] };
  if (/\bMTUS\b|Chronic Pain Medical Treatment/i.test(t)) {
    return { source: 'MTUS', title: t.replace(/^(?:CA\s+|California\s+)?MTUS\s*[:,-]?\s*/i, '') || t, pages: [], sections: [] };
  }
  return { source: 'other', title: t, pages: [], sections: [] };
}

function yearsBetween(from: IsoDate, to: IsoDate): number {
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Age and sex: from the application, else from a "52-year-old female" phrase in the documents. */
function patientOf(record: CaseRecord, texts: readonly string[], on: IsoDate): FinalLetter['patient'] {
  const phrase = texts.map((t) => /\b(\d{1,3})[- ]year[- ]old (male|female|man|woman)\b/i.exec(t)).find((m) => m !== null) ?? null;
  const dob = record.application.employee.dateOfBirth;
  const age = dob !== undefined ? yearsBetween(dob, on) : phrase !== null ? Number(phrase[1]) : null;
  const word = phrase?.[2]?.toLowerCase();
  const sex = record.application.employee.sex ?? (word === undefined ? undefined : word === 'male' || word === 'man' ? 'male' : 'female');
  if (age === null || sex === undefined || age < 1 || age > 119) {
    throw new OpenImrError('conflict', "the letter needs the injured worker's age and sex: give employee.dateOfBirth and employee.sex", {
      field: 'application.employee',
      reason: 'patient-unknown',
    });
  }
  return { age, sex };
}

/** Paragraphs of the clinical summary: the reviewer's own, else the first document's text (page breaks folded). */
export function clinicalSummaryOf(record: CaseRecord, texts: readonly string[]): string {
  const source = record.clinicalSummary ?? texts[0] ?? '';
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const kept: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    if (size + p.length > 8000 && kept.length > 0) break;
    kept.push(p);
    size += p.length;
  }
  if (kept.length === 0) {
    throw new OpenImrError('conflict', 'the letter needs a clinical case summary: add a document or a summary', { reason: 'no-clinical-summary' });
  }
  return kept.join('\n\n');
}

function itemOf(record: CaseRecord, index: number): FinalLetterItem {
  const t = record.application.disputedTreatments[index];
  const review = record.reviews.find((r) => r.item === index);
  if (t === undefined || review === undefined) {
    throw new OpenImrError('conflict', `item ${index + 1} has no review`, { reason: 'items-not-reviewed' });
  }
  const modified = t.urOutcome === 'modified' && t.authorized !== undefined && t.authorized.trim() !== '';
  return {
    request: t.request,
    ...(modified ? { originalRequest: t.request, authorized: t.authorized ?? '' } : {}),
    decision: review.decision,
    claimsAdministratorGuideline: t.urGuideline === undefined || t.urGuideline.trim() === '' ? [] : [citationFromText(t.urGuideline)],
    imrGuideline: review.imrGuideline === null ? [] : [review.imrGuideline],
    rationale: review.rationale,
  };
}

/**
 * The letter of a reviewed case, decided on `decisionDate`. `texts` are the case documents' extracted texts
 * in document order. Throws conflict (with a reason) when the case lacks what the letter must print.
 */
export function buildFinalLetter(record: CaseRecord, reviewer: Reviewer, texts: readonly string[], decisionDate: IsoDate): FinalLetter {
  const app = record.application;
  const assigned = record.dates.assigned;
  if (assigned === undefined || app.urDecision === null) {
    throw new OpenImrError('conflict', 'the letter needs an assignment date and a UR decision', { reason: 'not-reviewable' });
  }
  const boards = reviewer.boardCertifications.filter((b) => b.trim() !== '');
  const letter: FinalLetter = {
    caseNumber: record.caseNumber,
    applicationReceived: app.receivedDate,
    dateAssigned: assigned,
    decisionDate,
    urDenialDate: app.urDecision.date,
    dateOfInjury: app.dateOfInjury,
    priority: app.priority === 'expedited' ? 'Expedited' : 'Standard',
    employee: { ...party(app.employee), dateOfBirth: app.employee.dateOfBirth ?? null },
    employer: party(app.employer),
    requestingPhysician: { ...party(app.requestingPhysician), specialty: app.requestingPhysician.specialty },
    claimsAdministrator: party(app.claimsAdministrator),
    ...(app.representative === undefined ? {} : { representative: party(app.representative) }),
    claimNumber: app.claimNumber,
    ...(app.eamsNumber === undefined || app.eamsNumber.trim() === '' ? {} : { eamsNumber: app.eamsNumber }),
    reviewer: {
      qualifications: describeQualifications(reviewer, { asOf: decisionDate }),
      licensure: reviewer.licenseStates.map((s) => STATE_NAMES[s] ?? s),
      specialties: boards.length > 0 ? boards : reviewer.specialties,
    },
    patient: patientOf(record, texts, decisionDate),
    clinicalSummary: clinicalSummaryOf(record, texts),
    documentsReviewed: [
      ...record.documents.map((d) => ({ title: d.title ?? d.fileName, from: d.date ?? d.receivedAt.slice(0, 10) })),
      { title: 'Utilization review determination', from: app.urDecision.date },
    ],
    items: app.disputedTreatments.map((_, i) => itemOf(record, i)),
  };
  return validateLetter(letter);
}
