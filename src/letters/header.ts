// The header table: "Label: value" cells, separated by tabs, wide gaps or line breaks, in any order.
// A label may wrap around its value ("Application<TAB>01/09/2017<NL>Received:") as PDF table cells do.
import type { ParseProblem, Priority } from '../core/index.ts';
import { findDate } from './dates.ts';

export interface HeaderFields {
  caseNumber: string | null;
  dateAssigned: string | null;
  dateOfInjury: string | null;
  decisionDate: string | null;
  urDenialDate: string | null;
  applicationReceived: string | null;
  priority: Priority | null;
}

type DateField = Exclude<keyof HeaderFields, 'caseNumber' | 'priority'>;

const W = String.raw`\s+`;
/** Label alternatives per field; words separated by any whitespace. */
const DATE_LABELS: readonly (readonly [DateField, string, string])[] = [
  ['dateAssigned', 'date-assigned', String.raw`Date${W}Assigned`],
  ['dateOfInjury', 'date-of-injury', String.raw`Date${W}of${W}Injury|DOI`],
  ['decisionDate', 'decision-date', String.raw`(?<!\bUR\s{1,3})(?:IMR${W})?Decision${W}Date|Date${W}of${W}(?:IMR${W})?(?:Final${W})?(?:Decision|Determination)|Dated`],
  ['urDenialDate', 'ur-denial-date', String.raw`UR${W}(?:Denial|Decision)${W}Date|Date${W}of${W}(?:the${W})?UR${W}(?:Denial|Decision)`],
  ['applicationReceived', 'application-received', String.raw`(?:IMR${W})?Application(?:${W}Received)?(?:${W}Date)?|Date${W}(?:IMR${W})?Application${W}Received`],
];
const CASE_LABEL = new RegExp(String.raw`\b(?:IMR${W})?Case${W}(?:Number|No\.?|#)\s*:?\s*`, 'gi');
const CASE_VALUE = /^([A-Z]{1,4}\s?\d{2}-\d{4,8})\b/i;
const PRIORITY = new RegExp(String.raw`\b(?:Priority|Review${W}Type)\s*:?\s*(Standard|Expedited|Expedite|Urgent|Regular)\b`, 'i');
const PRIORITY_LABEL = /\bPriority\s*:/i;

/** Where a value may sit after its label: spaces, tabs, a colon, at most one line break. */
const GAP = String.raw`[ \t]*:?[ \t]*(?:\n[ \t]*)?(?:Received[ \t]*:?[ \t]*)?`;
const DATE_FIELDS = DATE_LABELS.map(([field, code, label]) => [field, code, new RegExp(String.raw`(?:^|[\s\t])(?:${label})` + GAP, 'gi')] as const);

export function parseHeader(
  region: string,
  regionStart: number,
  problems: ParseProblem[],
  fallbackCaseNumber: string | null,
): HeaderFields {
  const out: HeaderFields = {
    caseNumber: null, dateAssigned: null, dateOfInjury: null, decisionDate: null,
    urDenialDate: null, applicationReceived: null, priority: null,
  };

  CASE_LABEL.lastIndex = 0;
  let caseLabelAt = -1;
  for (let m = CASE_LABEL.exec(region); m !== null; m = CASE_LABEL.exec(region)) {
    const value = CASE_VALUE.exec(region.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (caseLabelAt < 0) caseLabelAt = m.index;
    if (value?.[1] !== undefined) {
      out.caseNumber = value[1].replace(/\s+/g, '').toUpperCase();
      break;
    }
  }
  if (out.caseNumber === null) {
    if (fallbackCaseNumber !== null) {
      out.caseNumber = fallbackCaseNumber;
      problems.push({ code: 'case-number-from-running-header', message: 'no Case Number in the header; taken from a running page header', offset: regionStart });
    } else if (caseLabelAt >= 0) {
      problems.push({ code: 'invalid-case-number', message: 'Case Number label without a readable case number', offset: regionStart + caseLabelAt });
    } else {
      problems.push({ code: 'missing-case-number', message: 'no Case Number in the letter header', offset: regionStart });
    }
  }

  for (const [field, code, re] of DATE_FIELDS) {
    re.lastIndex = 0;
    let labelAt = -1;
    for (let m = re.exec(region); m !== null; m = re.exec(region)) {
      const after = m.index + m[0].length;
      const date = findDate(region.slice(after, after + 30));
      if (labelAt < 0) labelAt = m.index;
      if (date?.index === 0) {
        out[field] = date.iso;
        break;
      }
    }
    if (out[field] === null) {
      problems.push(
        labelAt >= 0
          ? { code: `invalid-${code}`, message: `label found but no valid date after it (${code})`, offset: regionStart + labelAt }
          : { code: `missing-${code}`, message: `no ${code} in the letter header`, offset: regionStart },
      );
    }
  }

  const p = PRIORITY.exec(region);
  if (p?.[1] !== undefined) {
    out.priority = /^(?:Expedite|Urgent)/i.test(p[1]) ? 'Expedited' : 'Standard';
  } else {
    const labelAt = region.search(PRIORITY_LABEL);
    problems.push(
      labelAt >= 0
        ? { code: 'invalid-priority', message: 'Priority label without Standard/Expedited', offset: regionStart + labelAt }
        : { code: 'missing-priority', message: 'no Priority in the letter header', offset: regionStart },
    );
  }
  return out;
}
