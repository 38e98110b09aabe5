// Items of the MAXIMUS Final Determination Letter ("IMR ISSUES, DECISIONS AND RATIONALES"):
//
//   <request, possibly wrapped>: Upheld|Overturned        (the decision may be on the next line)
//   Claims Administrator guideline: ...
//   MAXIMUS guideline: ...                                 ("Expert Reviewer guideline:" also accepted)
//   Decision rationale: ...
//
// Each item is anchored on its decision mark (or, when the decision is missing, on its
// "Claims Administrator guideline:" label); its title is the paragraph that ends at the mark.
import type { Decision } from '../core/index.ts';
import { fold } from './text.ts';

export interface RawItem {
  title: string;
  titleAt: number;
  decision: Decision | null;
  /** Where the decision was (or should have been). */
  decisionAt: number;
  claimsAdministratorGuideline: string | null;
  imrGuideline: string | null;
  rationale: string | null;
  /** Which item labels this layout defines (for missing-field problems). */
  labels: { claimsAdministrator: boolean; imr: boolean; rationale: boolean };
}

const DECISION_MARK = /:[ \t]*(?:\n[ \t]*)?(Upheld|Overturned|Uphold|Overturn)\b[ \t]*(?=\n|$|[ \t]*Claims\s+Administrator\s+guideline)/gi;
const CA_LABEL = /Claims\s+Administrator(?:'s)?\s+guidelines?\s*:/gi;
const IMR_LABEL = /(?:MAXIMUS|Expert\s+Reviewer(?:'s)?|IMR)\s+guidelines?\s*:/gi;
const RATIONALE_LABEL = /Decision\s+rationale\s*:/gi;
const INTRO = /set\s+forth\s+below\s*:?/i;
const TERMINAL_LINE = /[.!?]["”']?$/;
const ORIGINAL_REQUEST = /\bwas\s+the\s+original\s+request\b/i;
const MAX_TITLE_LINES = 8;

interface Anchor {
  /** Where the title ends (the colon before the decision, or the label). */
  titleEnd: number;
  /** Where the item's fields start. */
  bodyStart: number;
  decision: Decision | null;
}

export function parseFdlItems(text: string, regionStart: number, regionEnd: number): RawItem[] {
  let start = regionStart;
  const intro = INTRO.exec(text.slice(regionStart, Math.min(regionEnd, regionStart + 600)));
  if (intro !== null) start = regionStart + intro.index + intro[0].length;
  const region = text.slice(start, regionEnd);

  const anchors = findAnchors(region);
  const items: RawItem[] = [];
  let bound = 0;
  anchors.forEach((anchor, i) => {
    const titleStart = findTitleStart(region, bound, anchor.titleEnd);
    const title = cleanTitle(region.slice(titleStart, anchor.titleEnd));
    const nextAnchor = anchors[i + 1];
    const bodyEnd = nextAnchor === undefined ? region.length : findTitleStart(region, anchor.bodyStart, nextAnchor.titleEnd);
    const fields = readFields(region.slice(anchor.bodyStart, bodyEnd));
    items.push({
      title,
      titleAt: start + titleStart,
      decision: anchor.decision,
      decisionAt: start + anchor.titleEnd,
      ...fields,
      labels: { claimsAdministrator: true, imr: true, rationale: true },
    });
    bound = bodyEnd;
  });
  return items;
}

function findAnchors(region: string): Anchor[] {
  const anchors: Anchor[] = [];
  DECISION_MARK.lastIndex = 0;
  for (let m = DECISION_MARK.exec(region); m !== null; m = DECISION_MARK.exec(region)) {
    anchors.push({ titleEnd: m.index, bodyStart: m.index + m[0].length, decision: toDecision(m[1] ?? '') });
  }
  // Items whose decision is missing: a "Claims Administrator guideline:" with no decision mark since the previous one.
  const labels: number[] = [];
  CA_LABEL.lastIndex = 0;
  for (let m = CA_LABEL.exec(region); m !== null; m = CA_LABEL.exec(region)) labels.push(m.index);
  const extra: Anchor[] = [];
  // Decision marks are found in text order, so one pointer walks them alongside the labels.
  let next = 0;
  labels.forEach((at, i) => {
    const previous = i === 0 ? 0 : (labels[i - 1] ?? 0);
    while (next < anchors.length && (anchors[next]?.titleEnd ?? 0) < previous) next++;
    const decided = next < anchors.length && (anchors[next]?.titleEnd ?? 0) < at;
    if (!decided) {
      const lineStart = region.lastIndexOf('\n', at - 1) + 1;
      const titleEnd = region.slice(lineStart, at).trim().length === 0 ? Math.max(0, lineStart - 1) : at;
      extra.push({ titleEnd, bodyStart: titleEnd, decision: null });
    }
  });
  return [...anchors, ...extra].sort((a, b) => a.titleEnd - b.titleEnd);
}

function toDecision(word: string): Decision {
  return /^overturn/i.test(word) ? 'Overturned' : 'Upheld';
}

/** Start of the item title that ends at `end`: the paragraph ending there, bounded by `bound`. */
function findTitleStart(region: string, bound: number, end: number): number {
  const before = region.slice(bound, end);
  const paragraphBreak = before.lastIndexOf('\n\n');
  let start = paragraphBreak < 0 ? 0 : paragraphBreak + 2;
  // A title never contains a field label: start after the last one.
  for (const re of [CA_LABEL, IMR_LABEL, RATIONALE_LABEL]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) {
      if (m.index >= start) start = Math.max(start, nextLineStart(before, m.index));
    }
  }
  const lines = before.slice(start).split('\n');
  if (lines.length > 1) {
    // No blank line before the title: it starts after the last finished sentence, unless it is a
    // modified request ("X was the original request. Y was authorized ..."), which holds sentences.
    const original = ORIGINAL_REQUEST.exec(before.slice(start));
    if (original !== null) {
      start += sentenceStart(before.slice(start), original.index);
    } else if (lines.length > 1) {
      let offset = 0;
      let cut = 0;
      for (let i = 0; i < lines.length - 1; i++) {
        offset += (lines[i] ?? '').length + 1;
        if (TERMINAL_LINE.test(lines[i] ?? '')) cut = offset;
      }
      if (cut > 0 || lines.length > MAX_TITLE_LINES) start += cut > 0 ? cut : offset - (lines[lines.length - 2] ?? '').length - 1;
    }
  }
  return bound + start;
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

/** Start of the sentence holding `at`: after the previous ". " (or the block start). */
function sentenceStart(block: string, at: number): number {
  const head = block.slice(0, at);
  let best = 0;
  const re = /[.!?]["”']?\s+(?=[A-Z0-9(])/g;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) best = m.index + m[0].length;
  return best;
}

function cleanTitle(raw: string): string {
  // As printed: a leading "(6)" is part of the request, not list numbering.
  return fold(raw).replace(/[\s:]+$/, '');
}

function readFields(body: string): Pick<RawItem, 'claimsAdministratorGuideline' | 'imrGuideline' | 'rationale'> {
  const ca = firstMatch(CA_LABEL, body);
  const imr = firstMatch(IMR_LABEL, body);
  const rationale = firstMatch(RATIONALE_LABEL, body);
  const marks = [ca, imr, rationale].filter((m): m is LabelHit => m !== null).sort((a, b) => a.at - b.at);
  const textAfter = (hit: LabelHit | null): string | null => {
    if (hit === null) return null;
    const next = marks.find((m) => m.at > hit.at);
    const value = fold(body.slice(hit.end, next?.at ?? body.length));
    return value.length > 0 ? value : null;
  };
  return { claimsAdministratorGuideline: textAfter(ca), imrGuideline: textAfter(imr), rationale: textAfter(rationale) };
}

interface LabelHit {
  at: number;
  end: number;
}

function firstMatch(re: RegExp, text: string): LabelHit | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m === null ? null : { at: m.index, end: m.index + m[0].length };
}
