// Citations in a guideline text ("Claims Administrator guideline:", "MAXIMUS guideline:" and the
// older equivalents). The text is a series of sentences "Decision based on MTUS ..." and
// "Decision based on Non-MTUS Citation ..."; older letters may simply name a guideline.
//
//   MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.
//   MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and
//     Hand Complaints 2004, Section(s): Special Studies.          -> two MTUS citations
//   MTUS Chronic Pain Treatment Guidelines Massage Therapy Page(s): 60.
//   Non-MTUS Citation American College of ... (ACOEM), 2nd Edition, (2004), Chapter 6 (page 114).
import type { Citation, CitationSource } from '../core/index.ts';

const DECISION_BASED = /Decision\s+based\s+on\s+/gi;
const NO_EVIDENCE = /did\s+not\s+cite\s+any\s+(?:medical\s+)?evidence/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** ", and <Title> <year>" starts the next MTUS part, when the part so far already has its year. */
const NEXT_PART = /,?\s+and\s+(?=[A-Z][A-Za-z,&'/\- ]{2,80}?\s(?:19|20)\d{2}\b)/g;
const NUM = String.raw`\d{1,4}(?!\d)(?:\s*[-–]\s*\d{1,4}(?!\d))?(?:\s+of\s+\d{1,4}(?!\d))?`;
const PAGE_WORD = String.raw`(?:page\(?s?\)?\s*)?`;
const PAGES = new RegExp(
  String.raw`\b(?:Page\(?s?\)?|pages?|pp?\.?)\s*:?\s*(` + PAGE_WORD + NUM + String.raw`(?:\s*(?:,|and|&)\s*` + PAGE_WORD + NUM + String.raw`)*)`,
  'gi',
);
const SECTIONS = /,?\s*Section\(?s?\)?\s*:\s*/i;
const MAX_TEXT = 4000;

export function parseCitations(text: string | null): Citation[] {
  if (text === null) return [];
  const t = text.slice(0, MAX_TEXT);
  const out: Citation[] = [];
  const starts: { at: number; body: number }[] = [];
  DECISION_BASED.lastIndex = 0;
  for (let m = DECISION_BASED.exec(t); m !== null; m = DECISION_BASED.exec(t)) starts.push({ at: m.index, body: m.index + m[0].length });
  if (starts.length === 0) {
    // Older letters: a bare guideline name.
    if (!NO_EVIDENCE.test(t)) {
      const c = bareCitation(t);
      if (c !== null) out.push(c);
    }
    return out;
  }
  starts.forEach((start, i) => {
    const sentence = trimSentence(t.slice(start.body, starts[i + 1]?.at ?? t.length));
    if (/^Non-?\s?MTUS/i.test(sentence)) out.push(...nonMtus(sentence.replace(/^Non-?\s?MTUS\s+(?:Citation\s*:?\s*)?/i, '')));
    else if (/^MTUS\b/i.test(sentence)) out.push(...mtus(sentence.replace(/^MTUS\s*:?\s*/i, '')));
    else if (sentence.length > 0) out.push(...nonMtus(sentence));
  });
  return out;
}

function trimSentence(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[\s.]+$/, '');
}

function mtus(body: string): Citation[] {
  const parts: string[] = [];
  let from = 0;
  NEXT_PART.lastIndex = 0;
  for (let m = NEXT_PART.exec(body); m !== null; m = NEXT_PART.exec(body)) {
    if (YEAR.test(body.slice(from, m.index))) {
      parts.push(body.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  parts.push(body.slice(from));
  return parts.map((p) => mtusPart(p.trim())).filter((c) => c.title.length > 0 || c.pages.length > 0 || c.sections.length > 0);
}

function mtusPart(part: string): Citation {
  const { rest, pages } = takePages(part);
  let title = rest;
  let sections: string[] = [];
  const s = SECTIONS.exec(rest);
  if (s !== null) {
    title = rest.slice(0, s.index);
    sections = splitSections(rest.slice(s.index + s[0].length));
  } else {
    // "Chronic Pain Treatment Guidelines Massage Therapy": the words after "Guidelines" name the section.
    // Only the first sentence: later ones explain the choice ("... AND WHY" in some templates).
    const firstSentence = rest.split(/\.\s+(?=[A-Z])/)[0] ?? rest;
    title = firstSentence;
    const g = /^(.*?\bGuidelines?)\b[\s,]+(.+)$/i.exec(firstSentence);
    if (g?.[1] !== undefined && g[2] !== undefined && !YEAR.test(g[2])) {
      title = g[1];
      sections = splitSections(g[2]);
    }
  }
  return { source: 'MTUS', title: clean(title), pages, sections };
}

function nonMtus(body: string): Citation[] {
  // Several guidelines in one sentence: "...; ODG, Low Back ..." or "... and Other Medical Treatment Guidelines ACOEM ...".
  const pieces = body.split(/;\s*(?=(?:ODG|Official\s+Disability|ACOEM|American\s+College)\b)|\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines?\s+/i);
  return pieces
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const { rest, pages } = takePages(p);
      return { source: sourceOf(p), title: clean(rest), pages, sections: [] };
    });
}

/** "The Expert Reviewer based his/her decision on the ..." */
const PREAMBLE = /^.{0,80}?\bbased\s+(?:its|their|his\/her|his|her)\s+decision\s+on\s+(?:the\s+)?/i;

function bareCitation(text: string): Citation | null {
  const t = trimSentence(text).replace(PREAMBLE, '');
  if (t.length === 0 || !/MTUS|ACOEM|ODG|Official\s+Disability|American\s+College|Guideline/i.test(t)) return null;
  if (/^(?:CA[- ])?MTUS\b/i.test(t)) {
    return mtus(t.replace(/^(?:CA[- ])?MTUS\s*:?\s*/i, ''))[0] ?? null;
  }
  const { pages } = takePages(t);
  return { source: sourceOf(t), title: clean(t), pages, sections: [] };
}

function sourceOf(text: string): CitationSource {
  const head = text.slice(0, 120);
  if (/Official\s+Disability\s+Guidelines|\bODG\b|odg-?\s?twc/i.test(head)) return 'ODG';
  if (/\bACOEM\b|American\s+College\s+of\s+Occupational/i.test(head)) return 'ACOEM';
  if (/\bMTUS\b/i.test(head)) return 'MTUS';
  return 'other';
}

/** Removes "Page(s): 60 of 127" style references; returns the pages as printed ("60", "98-99"). */
function takePages(text: string): { rest: string; pages: string[] } {
  const pages: string[] = [];
  PAGES.lastIndex = 0;
  const rest = text.replace(PAGES, (_all, list: string) => {
    const cleaned = list.replace(/page\(?s?\)?/gi, ' ').replace(/\s+of\s+\d{1,4}/gi, '');
    for (const p of cleaned.split(/\s*(?:,|\band\b|&)\s*/)) {
      const v = p.replace(/\s+/g, '').replace('–', '-');
      if (/^\d/.test(v) && !pages.includes(v)) pages.push(v);
    }
    return ' ';
  });
  return { rest: rest.replace(/\(\s*\)/g, ' '), pages };
}

/** Section(s) list: commas separate sections, except inside MTUS index-style names ("TENS, chronic pain (...)"). */
function splitSections(list: string): string[] {
  const text = clean(list);
  if (text.length === 0) return [];
  const numbered = /^\d+(?:\.\d+)*\.?\s/.test(text);
  const parts = numbered ? text.split(/,\s+(?=\d+(?:\.\d+)*\.?\s)/) : splitIndexStyle(text);
  return parts.map(clean).filter((p) => p.length > 0);
}

function splitIndexStyle(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      const next = text.slice(i + 1).trimStart();
      const single = !/\s/.test(current.trim());
      // "TENS, chronic pain", "NSAIDs, GI symptoms ...", "Ultrasound, therapeutic": the part after the comma qualifies the term.
      const qualifies = /^[a-z]/.test(next) || (single && /[A-Z].*[A-Z]|[a-z][A-Z]/.test(current.trim()));
      if (!qualifies) {
        out.push(current);
        current = '';
        continue;
      }
    }
    current += ch;
  }
  out.push(current);
  return out;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:.]+|[\s,;:]+$/g, '').replace(/\.$/, '').trim();
}
