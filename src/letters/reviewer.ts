// The expert reviewer's licensure and board certifications, from either the 2016 credentials block
// ("State(s) of Licensure: ...", "Certification(s)/Specialty: ...") or the older prose
// ("... is Board Certified in X, has a subspecialty in Y and is licensed to practice in California").
import type { ParsedLetter } from '../core/index.ts';
import { fold } from './text.ts';

export type Reviewer = ParsedLetter['reviewer'];

const LICENSURE_LABEL = /State\(?s?\)?\s+of\s+Licensure\s*:/i;
const SPECIALTY_LABEL = /Certification\(?s?\)?\s*\/\s*Specialt(?:y|ies)\s*:/i;
/** An all-capitals line is the next heading, not a continuation. */
const HEADING_LINE = /^[A-Z][A-Z ,()/&]{5,}$/;

const BOARD = /\bBoard[- ]Certified\s+in\s+(.+?)(?=,?\s+(?:and\s+)?(?:is\s+)?(?:currently\s+)?licensed\b|[.;]|$)/i;
const SUBSPECIALTY = /\bsub-?specialt(?:y|ies)\s+(?:certification\s+)?in\s+(.+?)(?=,?\s+(?:and\s+)?(?:is\s+)?(?:currently\s+)?licensed\b|[.;]|,|$)/i;
const LICENSED_IN = /\blicensed\s+(?:to\s+practice\s+)?in\s+(?:the\s+State\s+of\s+)?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?(?:\s*(?:,|and)\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)*)/;

export function parseReviewer(text: string): Reviewer {
  const licensure: string[] = [];
  const specialties: string[] = [];

  const lic = labelledValue(text, LICENSURE_LABEL);
  if (lic !== null) licensure.push(...splitList(lic));
  const spec = labelledValue(text, SPECIALTY_LABEL);
  if (spec !== null) specialties.push(...splitSpecialties(spec));

  if (specialties.length === 0 || licensure.length === 0) {
    const prose = fold(text);
    if (specialties.length === 0) {
      const board = BOARD.exec(prose);
      if (board?.[1] !== undefined) {
        const primary = board[1].split(/,\s*(?:and\s+)?(?:has|with)\s+a\s+sub-?specialt/i)[0]?.trim() ?? '';
        if (primary.length > 0) specialties.push(primary);
      }
      const sub = SUBSPECIALTY.exec(prose);
      if (sub?.[1] !== undefined) specialties.push(sub[1].trim());
    }
    if (licensure.length === 0) {
      const licensed = LICENSED_IN.exec(prose);
      if (licensed?.[1] !== undefined) licensure.push(...splitList(licensed[1]));
    }
  }
  const cleanSpecialties = dedupe(specialties.map(stripEnd).filter((s) => s.length > 0));
  return {
    licensure: dedupe(licensure.map(stripEnd).filter((s) => s.length > 0)),
    specialty: cleanSpecialties[0] ?? null,
    specialties: cleanSpecialties,
  };
}

/** The value after a label: the rest of its line plus continuation lines (no blank line, label or heading). */
function labelledValue(text: string, label: RegExp): string | null {
  const m = label.exec(text);
  if (m === null) return null;
  const lines = text.slice(m.index + m[0].length).split('\n');
  const parts = [lines[0] ?? ''];
  for (const line of lines.slice(1)) {
    const t = line.trim();
    if (t.length === 0 || t.includes(':') || HEADING_LINE.test(t)) break;
    parts.push(t);
  }
  return fold(parts.join('\n'));
}

function stripEnd(s: string): string {
  return s.replace(/^[\s,;]+|[\s.,;]+$/g, '');
}

function splitList(s: string): string[] {
  return s.split(/\s*[,;]\s*|\s+and\s+/).map((x) => x.trim());
}

/** Comma-separated, except that a part starting in lower case continues the previous one. */
function splitSpecialties(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/\s*[;,]\s*/)) {
    const last = out.length - 1;
    if (last >= 0 && /^[a-z]/.test(part)) out[last] = `${out[last] ?? ''}, ${part}`;
    else out.push(part);
  }
  return out;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
