// Section headings of the known letter templates, matched as whole lines, tolerant of case,
// spacing and line breaks inside the heading, with an optional trailing colon.

export type SectionId =
  | 'noticeTitle'
  | 'maximusReportTitle'
  | 'professionalReviewTitle'
  | 'howMade'
  | 'clinicalSummary'
  | 'issues'
  | 'imrDecisions'
  | 'documentsReviewed'
  | 'issueAtDispute'
  | 'guidelinesRelied'
  | 'rationaleNotNecessary'
  | 'reviewerQualifications'
  | 'expertQualifications'
  | 'itemDetails';

/** Heading words; a space stands for a run of whitespace (line breaks included), `_` for optional whitespace. */
const HEADINGS: readonly (readonly [SectionId, string])[] = [
  ['noticeTitle', String.raw`NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION`],
  ['maximusReportTitle', String.raw`MAXIMUS FEDERAL SERVICES,? INC\.? INDEPENDENT MEDICAL REVIEW`],
  ['professionalReviewTitle', String.raw`MEDICAL PROFESSIONAL REVIEW`],
  ['howMade', String.raw`HOW THE IMR FINAL DETERMINATION WAS MADE`],
  ['clinicalSummary', String.raw`(?:CLINICAL )?CASE SUMMARY`],
  ['issues', String.raw`IMR ISSUES_, DECISIONS AND RATIONALES`],
  ['imrDecisions', String.raw`IMR DECISION(?:\(S\)|S)? AND RATIONALE(?:\(S\)|S)?`],
  ['documentsReviewed', String.raw`DOCUMENTS REVIEWED(?: FOR DETERMINATION)?`],
  ['issueAtDispute', String.raw`ISSUE(?:\(S\)|S)? AT DISPUTE`],
  ['guidelinesRelied', String.raw`MEDICAL TREATMENT GUIDELINE(?:\(S\)|S)? RELIED UPON BY (?:THE )?PROFESSIONAL REVIEWER(?: AND WHY)?`],
  ['rationaleNotNecessary', String.raw`RATIONALE FOR WHY THE REQUESTED TREATMENT_/_SERVICE IS_/_WAS NOT MEDICALLY NECESSARY`],
  ['reviewerQualifications', String.raw`MEDICAL REVIEWER QUALIFICATIONS`],
  ['expertQualifications', String.raw`MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER`],
  // The per-item detail blocks of the 2013 notice end the sections before them.
  ['itemDetails', String.raw`(?:\(?\d{1,2}[.)]_)?REGARDING THE REQUEST FOR [^\n]{1,600}?`],
];

/** One pass over the text: an alternation of every heading, each in its own capture group. */
const ALL_HEADINGS = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:` +
    HEADINGS.map(([, words]) => '(' + words.replace(/ /g, String.raw`\s+`).replace(/_/g, String.raw`\s*`) + ')').join('|') +
    String.raw`)[ \t]*:?[ \t]*(?=\n|$)`,
  'gi',
);

export interface Section {
  readonly id: SectionId;
  /** Offset of the heading in the normalised text. */
  readonly headingAt: number;
  /** Body: from after the heading line to the next heading. */
  readonly start: number;
  readonly end: number;
}

export interface Sections {
  readonly list: readonly Section[];
  get(id: SectionId): Section | undefined;
}

/** The first occurrence of each heading, in text order, each running to the next heading. */
export function findSections(text: string): Sections {
  const found: { id: SectionId; headingAt: number; start: number }[] = [];
  const seen = new Set<SectionId>();
  ALL_HEADINGS.lastIndex = 0;
  for (let m = ALL_HEADINGS.exec(text); m !== null; m = ALL_HEADINGS.exec(text)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const entry = HEADINGS[group - 1];
    if (entry === undefined) continue;
    const id = entry[0];
    if (seen.has(id)) continue;
    seen.add(id);
    const heading = m[group] ?? '';
    found.push({ id, headingAt: m.index + m[0].indexOf(heading), start: m.index + m[0].length });
  }
  const list: Section[] = found.map((s, i) => ({ ...s, end: found[i + 1]?.headingAt ?? text.length }));
  return { list, get: (id) => list.find((s) => s.id === id) };
}

export function sectionText(text: string, section: Section | undefined): string | null {
  if (section === undefined) return null;
  return text.slice(section.start, section.end);
}
