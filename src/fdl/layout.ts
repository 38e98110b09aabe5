// The letter as a list of blocks, built once and drawn by each renderer (text, HTML, PDF), so the
// three outputs always say the same thing in the same order. The headings and labels are the ones
// the parser in src/letters recognises (layout maximus-fdl-2016).
import type { FinalLetter } from './model.ts';
import {
  WITHHELD_DATE_OF_BIRTH,
  decisionSentence,
  formatAddress,
  formatDate,
  formatDateRange,
  formatGuideline,
  itemTitle,
} from './format.ts';

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  /** Label/value cells of the header table, in reading order. */
  | { readonly kind: 'header'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Lines printed one under the other, no paragraph gap between them. */
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  /** "Label: text" with the label in bold. */
  | { readonly kind: 'field'; readonly label: string; readonly text: string }
  /** The disputed item, ending in its decision. */
  | { readonly kind: 'item'; readonly text: string };

export const TITLE = 'Independent Medical Review - Final Determination Letter';
export const HEADINGS = {
  howMade: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
  summary: 'CLINICAL CASE SUMMARY',
  documents: 'DOCUMENTS REVIEWED',
  issues: 'IMR ISSUES, DECISIONS AND RATIONALES',
} as const;
/** Neutral name for the IMR reviewer's guideline; the parser reads "IMR guideline:" like "MAXIMUS guideline:". */
export const IMR_GUIDELINE_LABEL = 'IMR guideline';

const SUMMARY_INTRO =
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:';
const ISSUES_INTRO = 'The Final Determination was based on decisions for the disputed items/services set forth below:';

export function letterBlocks(l: FinalLetter): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: TITLE }, { kind: 'header', rows: headerRows(l) }];

  blocks.push({ kind: 'heading', text: HEADINGS.howMade });
  blocks.push({ kind: 'paragraph', text: l.reviewer.qualifications });
  blocks.push({
    kind: 'lines',
    lines: [
      'The Expert Reviewer has the following credentials:',
      `State(s) of Licensure: ${l.reviewer.licensure.join(', ')}`,
      `Certification(s)/Specialty: ${l.reviewer.specialties.join(', ')}`,
    ],
  });
  blocks.push({ kind: 'paragraph', text: `The disputed items and the decision on each (${l.items.length}):` });
  blocks.push({ kind: 'lines', lines: l.items.map((item, i) => `${i + 1}. ${decisionSentence(item.request, item.decision)}`) });

  blocks.push({ kind: 'heading', text: HEADINGS.summary });
  blocks.push({ kind: 'paragraph', text: SUMMARY_INTRO });
  blocks.push({ kind: 'paragraph', text: `The injured worker is a ${l.patient.age}-year-old ${l.patient.sex}.` });
  for (const p of paragraphs(l.clinicalSummary)) blocks.push({ kind: 'paragraph', text: p });

  blocks.push({ kind: 'heading', text: HEADINGS.documents });
  blocks.push({
    kind: 'lines',
    lines:
      l.documentsReviewed.length === 0
        ? ['No documents listed.']
        : l.documentsReviewed.map((d) => [d.title, d.provider, formatDateRange(d.from, d.to)].filter((s) => s !== undefined).join(', ')),
  });

  blocks.push({ kind: 'heading', text: HEADINGS.issues });
  blocks.push({ kind: 'paragraph', text: ISSUES_INTRO });
  for (const item of l.items) {
    blocks.push({ kind: 'item', text: itemTitle(item) });
    blocks.push({ kind: 'field', label: 'Claims Administrator guideline', text: formatGuideline(item.claimsAdministratorGuideline, 'Claims Administrator') });
    blocks.push({ kind: 'field', label: IMR_GUIDELINE_LABEL, text: formatGuideline(item.imrGuideline, 'Expert Reviewer') });
    const [first = '', ...rest] = paragraphs(item.rationale);
    blocks.push({ kind: 'field', label: 'Decision rationale', text: first });
    for (const p of rest) blocks.push({ kind: 'paragraph', text: p });
  }
  return blocks;
}

function headerRows(l: FinalLetter): [string, string][] {
  const rows: [string, string][] = [
    ['Case Number', l.caseNumber],
    ['Date Assigned', formatDate(l.dateAssigned)],
    ['Date of Injury', formatDate(l.dateOfInjury)],
    ['Decision Date', formatDate(l.decisionDate)],
    ['UR Denial Date', formatDate(l.urDenialDate)],
    ['Priority', l.priority],
    ['Application Received', formatDate(l.applicationReceived)],
    ['Claim Number', l.claimNumber],
  ];
  if (l.eamsNumber !== undefined) rows.push(['EAMS Number', l.eamsNumber]);
  rows.push(
    ['Employee', l.employee.name],
    ['Employee Date of Birth', l.employee.dateOfBirth === null ? WITHHELD_DATE_OF_BIRTH : formatDate(l.employee.dateOfBirth)],
    ['Employee Address', formatAddress(l.employee.address)],
    ['Employer', l.employer.name],
    ['Employer Address', formatAddress(l.employer.address)],
    ['Requesting Physician', `${l.requestingPhysician.name} (${l.requestingPhysician.specialty})`],
    ['Physician Address', formatAddress(l.requestingPhysician.address)],
    ['Claims Administrator', l.claimsAdministrator.name],
    ['Claims Administrator Address', formatAddress(l.claimsAdministrator.address)],
  );
  if (l.representative !== undefined) {
    rows.push(['Representative', l.representative.name], ['Representative Address', formatAddress(l.representative.address)]);
  }
  for (const f of l.facilities ?? []) rows.push(['Facility', `${f.name}, ${formatAddress(f.address)}`]);
  return rows;
}

/** Paragraphs separated by empty lines, whitespace folded. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
