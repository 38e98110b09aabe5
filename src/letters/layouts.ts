// The letter templates the parser knows, named by what they are (see README.md), and how each is
// recognised: by its headings, never by a sentence peculiar to one letter.
import type { Sections } from './sections.ts';

export const LETTER_LAYOUTS = {
  'maximus-fdl-2013':
    'MAXIMUS Final Determination Letter, 2013-2015 template: optional header table, reviewer described in the "HOW THE IMR FINAL DETERMINATION WAS MADE" prose, items "<request>: Upheld|Overturned" with Claims Administrator / MAXIMUS guideline and Decision rationale',
  'maximus-fdl-2016':
    'MAXIMUS Final Determination Letter, 2016-2017 template: as maximus-fdl-2013 plus the "The Expert Reviewer has the following credentials" block, "Section(s):" citations and modified ("original request ... authorized ... remaining IMR eligible portion") items',
  'dwc-notice-2013':
    'DWC "Notice of Independent Medical Review Determination" (2013): one "has determined the request for X is (not) medically necessary and appropriate" line per item, "Medical Qualifications of the Expert Reviewer", per-item "Regarding the request for X" details',
  'maximus-imr-report':
    'Early MAXIMUS report "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" with "DOCUMENTS REVIEWED" and numbered items under "IMR DECISION(S) AND RATIONALE(S)"',
  'medical-professional-review':
    '"MEDICAL PROFESSIONAL REVIEW" form: ISSUE AT DISPUTE, CASE SUMMARY, DOCUMENTS REVIEWED FOR DETERMINATION, guidelines relied upon, rationale, MEDICAL REVIEWER QUALIFICATIONS',
  unknown: 'No known template recognised; the generic item reader was tried',
} as const;

export type LetterLayoutName = keyof typeof LETTER_LAYOUTS;

export const LETTER_LAYOUT_NAMES = Object.keys(LETTER_LAYOUTS) as LetterLayoutName[];

const CREDENTIALS_BLOCK = /following\s+credentials\s*:|State\(?s?\)?\s+of\s+Licensure\s*:|Certification\(?s?\)?\s*\/\s*Specialty\s*:/i;
const SECTION_CITATION = /Decision\s+based\s+on\s+MTUS\b[^\n]{0,120}Section\(s\)\s*:/i;

export function detectLayout(text: string, sections: Sections): LetterLayoutName {
  if (sections.get('noticeTitle') !== undefined) return 'dwc-notice-2013';
  if (sections.get('professionalReviewTitle') !== undefined || (sections.get('issueAtDispute') !== undefined && sections.get('rationaleNotNecessary') !== undefined)) {
    return 'medical-professional-review';
  }
  if (sections.get('imrDecisions') !== undefined || sections.get('maximusReportTitle') !== undefined) return 'maximus-imr-report';
  if (sections.get('issues') !== undefined || sections.get('howMade') !== undefined) {
    return CREDENTIALS_BLOCK.test(text) || SECTION_CITATION.test(text) ? 'maximus-fdl-2016' : 'maximus-fdl-2013';
  }
  return 'unknown';
}
