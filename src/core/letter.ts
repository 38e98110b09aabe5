// The structured record of one published Final Determination Letter, as `openimr parse` prints it.
// Field names are a public interface (other tools read them): change them only with a migration note.
import { z } from 'zod';
import { Category, Laterality, Quantity } from './request.ts';

/** True when an ISO YYYY-MM-DD string names a day that exists (no 2025-13-45, no 30 February). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

export const Decision = z.enum(['Upheld', 'Overturned']);
export type Decision = z.infer<typeof Decision>;

export const Priority = z.enum(['Standard', 'Expedited']);
export type Priority = z.infer<typeof Priority>;

export const CitationSource = z.enum(['MTUS', 'ACOEM', 'ODG', 'other']);
export type CitationSource = z.infer<typeof CitationSource>;

/** One guideline the claims administrator or the IMR reviewer relied on. */
export const Citation = z.object({
  source: CitationSource,
  /** e.g. "Chronic Pain Medical Treatment Guidelines 2016", "Low Back Complaints 2004", "ODG Pain (Chronic)". */
  title: z.string(),
  /** Page numbers or ranges as printed ("60", "78-80"). */
  pages: z.array(z.string()),
  /** Section names as printed ("Manual therapy & manipulation"). */
  sections: z.array(z.string()),
});
export type Citation = z.infer<typeof Citation>;

/** A field the parser could not read, or read with doubt. Never a silent default. */
export const ParseProblem = z.object({
  code: z.string(),
  message: z.string(),
  /** Character offset into the letter text where the problem was seen (or where the field was expected). */
  offset: z.number().int().nonnegative(),
  /** Index of the item the problem concerns, when it concerns one. */
  item: z.number().int().nonnegative().optional(),
});
export type ParseProblem = z.infer<typeof ParseProblem>;

/** One disputed item and the IMR decision on it. */
export const LetterItem = z.object({
  /** The item as decided (for modified requests: the remaining IMR-eligible portion). */
  request: z.string(),
  /** For requests UR modified: the original request as printed; otherwise null. */
  originalRequest: z.string().nullable(),
  /** For requests UR modified: the part UR authorized; otherwise null. */
  authorized: z.string().nullable(),
  decision: Decision.nullable(),
  category: Category,
  bodyParts: z.array(z.string()),
  laterality: Laterality.nullable(),
  quantity: Quantity,
  /** The "Claims Administrator guideline:" text as printed (whitespace folded). */
  claimsAdministratorGuideline: z.string().nullable(),
  /** The IMR reviewer's guideline text ("MAXIMUS guideline:" and older equivalents). */
  imrGuideline: z.string().nullable(),
  /** Citations read from the IMR guideline text. */
  citations: z.array(Citation),
  /** Citations read from the claims administrator's guideline text. */
  claimsAdministratorCitations: z.array(Citation),
  rationale: z.string().nullable(),
});
export type LetterItem = z.infer<typeof LetterItem>;

export const LetterLayout = z.string();

export const ParsedLetter = z.object({
  caseNumber: z.string().nullable(),
  dateAssigned: IsoDate.nullable(),
  dateOfInjury: IsoDate.nullable(),
  decisionDate: IsoDate.nullable(),
  urDenialDate: IsoDate.nullable(),
  applicationReceived: IsoDate.nullable(),
  priority: Priority.nullable(),
  /** Which template the letter follows, named by what it is (see src/letters/README.md). */
  layout: LetterLayout,
  reviewer: z.object({
    licensure: z.array(z.string()),
    /** The first (primary) board certification / specialty named. */
    specialty: z.string().nullable(),
    /** Every certification or specialty named, in order, subspecialties included. */
    specialties: z.array(z.string()),
  }),
  patient: z.object({
    age: z.number().int().nullable(),
    sex: z.enum(['male', 'female']).nullable(),
  }),
  clinicalSummary: z.string().nullable(),
  documentsReviewed: z.string().nullable(),
  items: z.array(LetterItem),
  problems: z.array(ParseProblem),
});
export type ParsedLetter = z.infer<typeof ParsedLetter>;
