// Patient age and sex from the case summary: "a 63-year-old female", "45 y/o male",
// "44-year-old man", "now 59-year-old male", "56 year old right-handed female".
import type { ParsedLetter } from '../core/index.ts';

export type Patient = ParsedLetter['patient'];

const NOUN = String.raw`(male|female|man|woman|gentleman|lady|boy|girl)`;
/** Up to three words between the age and the sex ("right-handed", "injured", "Hispanic"). */
const FILLER = String.raw`(?:[A-Za-z][A-Za-z'-]*\s+){0,3}?`;
const AGE_SEX = new RegExp(
  String.raw`\b(\d{1,3})(?:\s*-\s*|\s+)(?:years?|yrs?)(?:\s*-\s*|\s+)old\s*,?\s+` + FILLER + NOUN + String.raw`\b` +
    String.raw`|\b(\d{1,3})\s*(?:y\/o|y\.o\.?|yo)\s*,?\s+` + FILLER + NOUN + String.raw`\b`,
  'i',
);
/** "The injured worker is a female": sex stated without an age. */
const SEX_ONLY = new RegExp(String.raw`\b(?:is|was)\s+an?\s+` + FILLER + NOUN + String.raw`\b`, 'i');
const AGE_ONLY = /\b(\d{1,3})(?:\s*-\s*|\s+)(?:years?|yrs?)(?:\s*-\s*|\s+)old\b|\b(\d{1,3})\s*(?:y\/o|y\.o\.?)(?=\s)/i;

export interface PatientMatch {
  readonly patient: Patient;
  /** Offset of the match in the searched text, or -1. */
  readonly at: number;
}

export function parsePatient(text: string): PatientMatch {
  const m = AGE_SEX.exec(text);
  if (m !== null) {
    const age = Number(m[1] ?? m[3]);
    return { patient: { age: plausibleAge(age), sex: toSex(m[2] ?? m[4] ?? '') }, at: m.index };
  }
  const a = AGE_ONLY.exec(text);
  const s = SEX_ONLY.exec(text);
  const sex = s === null ? null : toSex(s[1] ?? '');
  if (a !== null) return { patient: { age: plausibleAge(Number(a[1] ?? a[2])), sex }, at: a.index };
  return { patient: { age: null, sex }, at: s?.index ?? -1 };
}

function toSex(noun: string): 'male' | 'female' {
  return /^(?:male|man|gentleman|boy)$/i.test(noun) ? 'male' : 'female';
}

function plausibleAge(n: number): number | null {
  return Number.isInteger(n) && n > 0 && n < 120 ? n : null;
}
