// parseLetter: letter text -> ParsedLetter. Never throws; what it cannot read is null plus a problem.
// Steps: normalise text, find section headings, recognise the layout, then read the fields of each part.
import type { LetterItem, NormalizedRequest, ParsedLetter, ParseProblem } from '../core/index.ts';
import { normalizeRequest } from '../requests/index.ts';
import { parseCitations } from './citations.ts';
import { parseFdlItems, type RawItem } from './fdl-items.ts';
import { parseHeader } from './header.ts';
import { detectLayout, type LetterLayoutName } from './layouts.ts';
import { splitModifiedRequest } from './modified.ts';
import { parseNoticeItems, parseNumberedItems, parseProfessionalReviewItems } from './older-items.ts';
import { parsePatient } from './patient.ts';
import { parseReviewer } from './reviewer.ts';
import { findSections, sectionText, type SectionId, type Sections } from './sections.ts';
import { fold, normalizeLetterText } from './text.ts';

/** Longer inputs are cut (a letter is 5-100 kB; this bounds time and memory on junk input). */
export const MAX_LETTER_CHARS = 4_000_000;

const TITLE_SECTIONS: ReadonlySet<SectionId> = new Set(['noticeTitle', 'maximusReportTitle', 'professionalReviewTitle']);
const HEADER_REGION_MAX = 6000;
const SUMMARY_INTRO = /^\s*The\s+expert\s+reviewer\s+developed\s+the\s+following\s+clinical\s+case\s+summary\b[^:]{0,200}:\s*/i;

export function parseLetter(text: string): ParsedLetter {
  const input = typeof text === 'string' ? text : '';
  try {
    return parseUnsafe(input);
  } catch (err) {
    // A bug must not stop a batch: report it as a problem on an empty result.
    const message = err instanceof Error ? err.name : 'unknown error';
    return emptyResult([{ code: 'internal-error', message: `parser failed (${message})`, offset: 0 }]);
  }
}

function parseUnsafe(input: string): ParsedLetter {
  const problems: ParseProblem[] = [];
  let source = input;
  if (source.length > MAX_LETTER_CHARS) {
    source = source.slice(0, MAX_LETTER_CHARS);
    problems.push({ code: 'input-truncated', message: `input longer than ${MAX_LETTER_CHARS} characters; the rest was ignored`, offset: MAX_LETTER_CHARS });
  }
  const norm = normalizeLetterText(source);
  const text = norm.text;
  const local: ParseProblem[] = [];
  const sections = findSections(text);
  const layout = detectLayout(text, sections);
  if (layout === 'unknown') local.push({ code: 'unknown-layout', message: 'no known letter template recognised', offset: 0 });

  const firstBody = sections.list.find((s) => !TITLE_SECTIONS.has(s.id));
  const headerEnd = Math.min(firstBody?.headingAt ?? HEADER_REGION_MAX, HEADER_REGION_MAX, text.length);
  const header = parseHeader(text.slice(0, headerEnd), 0, local, norm.runningCaseNumber);

  const reviewer = parseReviewer(reviewerText(text, sections, headerEnd));
  const reviewerAt = (sections.get('howMade') ?? sections.get('expertQualifications') ?? sections.get('reviewerQualifications'))?.start ?? 0;
  if (reviewer.specialties.length === 0) local.push({ code: 'missing-reviewer-specialty', message: 'no board certification / specialty found for the reviewer', offset: reviewerAt });
  if (reviewer.licensure.length === 0) local.push({ code: 'missing-reviewer-licensure', message: 'no state of licensure found for the reviewer', offset: reviewerAt });

  const summarySection = sections.get('clinicalSummary');
  const clinicalSummary = paragraphs(sectionText(text, summarySection)?.replace(SUMMARY_INTRO, '') ?? null);
  if (clinicalSummary === null) local.push({ code: 'missing-clinical-summary', message: 'no case summary section', offset: summarySection?.start ?? 0 });

  const patientSource = clinicalSummary !== null && summarySection !== undefined ? sectionText(text, summarySection) ?? '' : text.slice(0, 20_000);
  const patientMatch = parsePatient(patientSource);
  const patientAt = (summarySection?.start ?? 0) + Math.max(0, patientMatch.at);
  if (patientMatch.patient.age === null) local.push({ code: 'missing-patient-age', message: 'patient age not stated as "N-year-old"', offset: patientAt });
  if (patientMatch.patient.sex === null) local.push({ code: 'missing-patient-sex', message: 'patient sex not stated next to the age', offset: patientAt });

  const documentsSection = sections.get('documentsReviewed');
  const documentsReviewed = lines(sectionText(text, documentsSection));
  if (documentsReviewed === null && (layout === 'maximus-imr-report' || layout === 'medical-professional-review')) {
    local.push({ code: 'missing-documents-reviewed', message: 'no documents-reviewed section', offset: 0 });
  }

  const raw = readItems(text, sections, layout);
  const items = raw.map((item, index) => toItem(item, index, local));
  if (items.length === 0) {
    const at = (sections.get('issues') ?? sections.get('imrDecisions') ?? sections.get('issueAtDispute'))?.start ?? 0;
    local.push({ code: 'no-items', message: 'no disputed items found', offset: at });
  }

  for (const p of local) problems.push({ ...p, offset: Math.min(norm.toInput(p.offset), source.length) });

  const result: ParsedLetter = {
    ...header,
    layout,
    reviewer,
    patient: patientMatch.patient,
    clinicalSummary,
    documentsReviewed,
    items,
    problems,
  };
  // Every field is built from typed values (dates only via toIso, ages only via plausibleAge), so
  // the record matches the schema by construction; the property tests check ParsedLetter.parse on
  // arbitrary input. Validating here again would cost a sixth of the parse time.
  return result;
}

function reviewerText(text: string, sections: Sections, headerEnd: number): string {
  const parts = (['howMade', 'expertQualifications', 'reviewerQualifications'] as const)
    .map((id) => sectionText(text, sections.get(id)))
    .filter((t): t is string => t !== null);
  if (parts.length > 0) return parts.join('\n\n');
  // No reviewer section: look at the start of the letter only (the summary may name other doctors).
  return text.slice(0, Math.max(headerEnd, 3000));
}

function readItems(text: string, sections: Sections, layout: LetterLayoutName): RawItem[] {
  switch (layout) {
    case 'dwc-notice-2013':
      return parseNoticeItems(text);
    case 'maximus-imr-report': {
      const s = sections.get('imrDecisions') ?? sections.get('issues');
      if (s === undefined) return [];
      const numbered = parseNumberedItems(text, s.start, s.end);
      return numbered.length > 0 ? numbered : parseFdlItems(text, s.start, s.end);
    }
    case 'medical-professional-review': {
      const issues = sections.get('issueAtDispute');
      if (issues === undefined) return [];
      return parseProfessionalReviewItems(
        { text: text.slice(issues.start, issues.end), at: issues.start },
        sectionText(text, sections.get('guidelinesRelied')),
        sectionText(text, sections.get('rationaleNotNecessary')),
      );
    }
    case 'maximus-fdl-2013':
    case 'maximus-fdl-2016':
    case 'unknown': {
      const s = sections.get('issues');
      return s === undefined ? parseFdlItems(text, 0, text.length) : parseFdlItems(text, s.start, s.end);
    }
  }
}

function toItem(raw: RawItem, index: number, problems: ParseProblem[]): LetterItem {
  const split = splitModifiedRequest(raw.title);
  if (split.request.length === 0) problems.push({ code: 'missing-request', message: 'item without a request text', offset: raw.titleAt, item: index });
  if (raw.decision === null) problems.push({ code: 'missing-decision', message: 'item without Upheld/Overturned', offset: raw.decisionAt, item: index });
  if (raw.labels.claimsAdministrator && raw.claimsAdministratorGuideline === null) {
    problems.push({ code: 'missing-claims-administrator-guideline', message: 'no "Claims Administrator guideline" for the item', offset: raw.decisionAt, item: index });
  }
  if (raw.labels.imr && raw.imrGuideline === null) {
    problems.push({ code: 'missing-imr-guideline', message: "no IMR reviewer's guideline for the item", offset: raw.decisionAt, item: index });
  }
  if (raw.labels.rationale && raw.rationale === null) {
    problems.push({ code: 'missing-decision-rationale', message: 'no decision rationale for the item', offset: raw.decisionAt, item: index });
  }
  const normalized = normalize(split.request, raw.titleAt, index, problems);
  return {
    request: split.request,
    originalRequest: split.originalRequest,
    authorized: split.authorized,
    decision: raw.decision,
    ...normalized,
    claimsAdministratorGuideline: raw.claimsAdministratorGuideline,
    imrGuideline: raw.imrGuideline,
    citations: parseCitations(raw.imrGuideline),
    claimsAdministratorCitations: parseCitations(raw.claimsAdministratorGuideline),
    rationale: raw.rationale,
  };
}

const EMPTY_REQUEST: NormalizedRequest = {
  category: 'other', bodyParts: [], laterality: null,
  quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null },
};

/** The request normaliser is another module: if it throws, the letter still parses. */
function normalize(request: string, at: number, index: number, problems: ParseProblem[]): NormalizedRequest {
  try {
    return normalizeRequest(request);
  } catch {
    // fall through
  }
  problems.push({ code: 'request-not-normalized', message: 'the request could not be normalised', offset: at, item: index });
  return EMPTY_REQUEST;
}

/** Paragraphs folded, separated by one empty line; null when empty. */
function paragraphs(block: string | null): string | null {
  if (block === null) return null;
  const out = block.split(/\n\s*\n/).map(fold).filter((p) => p.length > 0).join('\n\n');
  return out.length > 0 ? out : null;
}

/** Lines with whitespace folded, one per line; null when empty. */
function lines(block: string | null): string | null {
  if (block === null) return null;
  const out = block.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0).join('\n');
  return out.length > 0 ? out : null;
}

function emptyResult(problems: ParseProblem[]): ParsedLetter {
  return {
    caseNumber: null, dateAssigned: null, dateOfInjury: null, decisionDate: null, urDenialDate: null,
    applicationReceived: null, priority: null, layout: 'unknown',
    reviewer: { licensure: [], specialty: null, specialties: [] },
    patient: { age: null, sex: null },
    clinicalSummary: null, documentsReviewed: null, items: [], problems,
  };
}
