// Items of the older templates, where a decision is stated as a sentence
// ("... the request for X is not medically necessary and appropriate") rather than "X: Upheld".
// "Not medically necessary" upholds the UR denial; "medically necessary" overturns it.
import type { Decision } from '../core/index.ts';
import type { RawItem } from './fdl-items.ts';
import { fold } from './text.ts';

const DETERMINED = /has\s+determined\s+(?:that\s+)?the\s+(?:request(?:ed\s+(?:treatment|service|item))?|treatment)\s+(?:for\s+)?([\s\S]{1,600}?)\s+(?:is|are|was|were)\s+(not\s+)?medically\s+necessary(?:\s+and\s+appropriate)?/gi;
const REGARDING = /(?:^|\n)[ \t]*(?:\(?\d{1,2}[.)]\s*)?Regarding\s+the\s+request\s+for\s+([^\n]{1,600}?)[ \t]*:?[ \t]*(?=\n|$)/gi;
const NUMBERED = /(?:^|\n)[ \t]*\(?(\d{1,2})[.)][ \t]+/g;
const NECESSITY = /\b(?:is|are|was|were)\s+(not\s+)?medically\s+necessary\b/gi;
const EXPLICIT = /\b(Upheld|Overturned|Uphold|Overturn)\b/i;

/** Labels of the per-item fields in these templates (first match wins, text runs to the next label). */
const CA_LABELS = [
  /(?:Medical\s+Treatment\s+)?Guideline(?:s|\(s\))?\s+(?:relied\s+upon|cited|used)\s+by\s+(?:the\s+)?Claims\s+Administrator\s*:/i,
  /Claims\s+Administrator(?:'s)?\s+guidelines?\s*:/i,
  /(?=The\s+Claims\s+Administrator\s+(?:based|did\s+not\s+cite|relied))/i,
];
const IMR_LABELS = [
  /(?:Medical\s+Treatment\s+)?Guideline(?:s|\(s\))?\s+(?:relied\s+upon|cited|used)\s+by\s+(?:the\s+)?(?:Expert|Professional|Medical|IMR)\s+Reviewer(?:\s+and\s+why)?\s*:/i,
  /(?:MAXIMUS|Expert\s+Reviewer(?:'s)?|IMR)\s+guidelines?\s*:/i,
  /(?=The\s+Expert\s+Reviewer\s+(?:based|did\s+not\s+cite|relied))/i,
];
const RATIONALE_LABELS = [
  /Rationale\s+(?:for\s+the\s+Decision|used\s+by\s+(?:the\s+)?(?:Expert|Professional|Medical)\s+Reviewer)\s*:/i,
  /(?:The\s+Expert\s+Reviewer(?:'s)?\s+)?Decision\s+rationale\s*:/i,
];

const NO_LABELS = { claimsAdministrator: false, imr: false, rationale: false };

function decisionFrom(notNecessary: string | undefined): Decision {
  return notNecessary === undefined ? 'Overturned' : 'Upheld';
}

/** dwc-notice-2013: determination sentences, then optional "Regarding the request for X:" detail blocks. */
export function parseNoticeItems(text: string): RawItem[] {
  const items: RawItem[] = [];
  // Determinations come first; detail blocks (which may repeat the wording) follow.
  REGARDING.lastIndex = 0;
  const firstDetail = REGARDING.exec(text)?.index ?? text.length;
  const head = text.slice(0, firstDetail);
  DETERMINED.lastIndex = 0;
  for (let m = DETERMINED.exec(head); m !== null; m = DETERMINED.exec(head)) {
    const title = fold(m[1] ?? '');
    items.push({
      title, titleAt: m.index + m[0].indexOf(m[1] ?? ''), decision: decisionFrom(m[2]), decisionAt: m.index,
      claimsAdministratorGuideline: null, imrGuideline: null, rationale: null, labels: NO_LABELS,
    });
  }
  attachDetails(text, items, 0, text.length);
  return items;
}

/** Detail blocks "Regarding the request for X:" matched to items in order. */
function attachDetails(text: string, items: RawItem[], from: number, to: number): void {
  const region = text.slice(from, to);
  const blocks: { at: number; bodyStart: number }[] = [];
  REGARDING.lastIndex = 0;
  for (let m = REGARDING.exec(region); m !== null; m = REGARDING.exec(region)) blocks.push({ at: m.index, bodyStart: m.index + m[0].length });
  blocks.forEach((b, i) => {
    const item = items[i];
    if (item === undefined) return;
    const body = region.slice(b.bodyStart, blocks[i + 1]?.at ?? region.length);
    Object.assign(item, readLabelled(body));
    item.labels = { claimsAdministrator: true, imr: true, rationale: true };
  });
}

/** maximus-imr-report: numbered items "N. X is (not) medically necessary and appropriate." or "N. X: Upheld". */
export function parseNumberedItems(text: string, regionStart: number, regionEnd: number): RawItem[] {
  const region = text.slice(regionStart, regionEnd);
  const heads: { at: number; bodyStart: number }[] = [];
  NUMBERED.lastIndex = 0;
  let expected = 1;
  for (let m = NUMBERED.exec(region); m !== null; m = NUMBERED.exec(region)) {
    // Only the item sequence 1, 2, 3...: numbered lists inside a rationale do not restart it.
    if (Number(m[1]) !== expected) continue;
    heads.push({ at: m.index, bodyStart: m.index + m[0].length });
    expected++;
  }
  return heads.map((h, i) => {
    const block = region.slice(h.bodyStart, heads[i + 1]?.at ?? region.length);
    const headEnd = block.search(/\n[ \t]*\n|\n(?=[^\n]*(?:guideline|rationale|Claims\s+Administrator|Expert\s+Reviewer))/i);
    const head = block.slice(0, headEnd < 0 ? block.length : headEnd);
    const body = headEnd < 0 ? '' : block.slice(headEnd);
    const explicit = /^([\s\S]*?)\s*:\s*(Upheld|Overturned|Uphold|Overturn)\b/i.exec(head);
    const stated = /^([\s\S]*?)\s+(?:is|are|was|were)\s+(not\s+)?medically\s+necessary/i.exec(head);
    let title = fold(head);
    let decision: Decision | null = null;
    if (explicit !== null) {
      title = fold(explicit[1] ?? '');
      decision = /^overturn/i.test(explicit[2] ?? '') ? 'Overturned' : 'Upheld';
    } else if (stated !== null) {
      title = fold(stated[1] ?? '').replace(/^(?:The\s+)?request\s+for\s+/i, '');
      decision = decisionFrom(stated[2]);
    }
    return {
      title: title.replace(/[\s:.]+$/, ''), titleAt: regionStart + h.bodyStart, decision, decisionAt: regionStart + h.bodyStart,
      ...readLabelled(body), labels: { claimsAdministrator: true, imr: true, rationale: true },
    };
  });
}

/**
 * medical-professional-review: the requests are listed under ISSUE AT DISPUTE (numbered or one per
 * line); guidelines and rationale sections are split by the same numbers, or shared when unnumbered.
 */
export function parseProfessionalReviewItems(
  issues: { text: string; at: number },
  guidelines: string | null,
  rationale: string | null,
): RawItem[] {
  const entries = listEntries(issues.text);
  const guidelineParts = guidelines === null ? [] : numberedParts(guidelines);
  const rationaleParts = rationale === null ? [] : numberedParts(rationale);
  return entries.map((entry, i) => {
    const g = guidelineParts.length === entries.length ? guidelineParts[i] : guidelines;
    const r = rationaleParts.length === entries.length ? rationaleParts[i] : rationale;
    const explicit = EXPLICIT.exec(entry.text);
    let title = fold(entry.text);
    let decision: Decision | null = null;
    if (explicit !== null) {
      decision = /^overturn/i.test(explicit[1] ?? '') ? 'Overturned' : 'Upheld';
      title = title.replace(/\s*[:\-–]?\s*(?:Upheld|Overturned|Uphold|Overturn)\b.*$/i, '');
    } else if (r !== null && r !== undefined) {
      decision = lastNecessity(r);
    }
    title = title.replace(/^(?:Is\s+)?(?:the\s+)?(?:request(?:ed)?\s+(?:for\s+)?)/i, '').replace(/\s*(?:medically\s+necessary)?\s*\?$/i, '').replace(/[\s:.]+$/, '');
    const gText = g === null || g === undefined ? null : fold(g);
    const rText = r === null || r === undefined ? null : fold(r);
    return {
      title, titleAt: issues.at + entry.at, decision, decisionAt: issues.at + entry.at,
      claimsAdministratorGuideline: null,
      imrGuideline: gText !== null && gText.length > 0 ? gText : null,
      rationale: rText !== null && rText.length > 0 ? rText : null,
      labels: { claimsAdministrator: false, imr: true, rationale: true },
    };
  });
}

function lastNecessity(text: string): Decision | null {
  let last: Decision | null = null;
  NECESSITY.lastIndex = 0;
  for (let m = NECESSITY.exec(text); m !== null; m = NECESSITY.exec(text)) last = decisionFrom(m[1]);
  return last;
}

/** Entries of a list: numbered "1." / "1)" entries, else one per non-empty line. */
function listEntries(text: string): { text: string; at: number }[] {
  const parts = numberedPartsAt(text);
  if (parts.length > 0) return parts;
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length > 0) out.push({ text: line.replace(/^\s*[-•*]\s*/, ''), at });
    at += line.length + 1;
  }
  return out;
}

function numberedParts(text: string): string[] {
  return numberedPartsAt(text).map((p) => p.text);
}

function numberedPartsAt(text: string): { text: string; at: number }[] {
  const heads: { at: number; bodyStart: number }[] = [];
  NUMBERED.lastIndex = 0;
  let expected = 1;
  for (let m = NUMBERED.exec(text); m !== null; m = NUMBERED.exec(text)) {
    if (Number(m[1]) !== expected) continue;
    heads.push({ at: m.index, bodyStart: m.index + m[0].length });
    expected++;
  }
  return heads.map((h, i) => ({ text: text.slice(h.bodyStart, heads[i + 1]?.at ?? text.length), at: h.bodyStart }));
}

function readLabelled(body: string): Pick<RawItem, 'claimsAdministratorGuideline' | 'imrGuideline' | 'rationale'> {
  const hits = [
    { key: 'claimsAdministratorGuideline' as const, hit: firstOf(CA_LABELS, body) },
    { key: 'imrGuideline' as const, hit: firstOf(IMR_LABELS, body) },
    { key: 'rationale' as const, hit: firstOf(RATIONALE_LABELS, body) },
  ];
  const found = hits.flatMap((h) => (h.hit === null ? [] : [{ key: h.key, ...h.hit }])).sort((a, b) => a.at - b.at);
  const out: Pick<RawItem, 'claimsAdministratorGuideline' | 'imrGuideline' | 'rationale'> = {
    claimsAdministratorGuideline: null, imrGuideline: null, rationale: null,
  };
  found.forEach((f, i) => {
    const value = fold(body.slice(f.end, found[i + 1]?.at ?? body.length));
    out[f.key] = value.length > 0 ? value : null;
  });
  return out;
}

function firstOf(res: readonly RegExp[], text: string): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const re of res) {
    const m = re.exec(text);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, end: m.index + m[0].length };
  }
  return best;
}
