// FinalLetter: everything a Final Determination Letter prints, as one validated record.
// The reviewer appears by qualifications only (LC 4610.6(f)): the reviewer object is strict, so a
// name field is rejected at the boundary rather than silently dropped.
import { z } from 'zod';
import { Citation, Decision, IsoDate, OpenImrError, Priority } from '../core/index.ts';

/** Printed text: non-empty after trimming. */
const Text = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

export const Address = z.strictObject({
  street: Text,
  city: Text,
  state: Text,
  zip: Text,
});
export type Address = z.infer<typeof Address>;

/** A named party. `address: null` means withheld (the redacted letter prints "[ADDRESS]"). */
export const Party = z.strictObject({
  name: Text,
  address: Address.nullable(),
});
export type Party = z.infer<typeof Party>;

export const Employee = z.strictObject({
  name: Text,
  address: Address.nullable(),
  /** null when withheld (redacted letters). */
  dateOfBirth: IsoDate.nullable(),
});
export type Employee = z.infer<typeof Employee>;

export const Physician = z.strictObject({
  name: Text,
  address: Address.nullable(),
  specialty: Text,
});
export type Physician = z.infer<typeof Physician>;

export const Reviewer = z.strictObject({
  /** One or more sentences on the reviewer's qualifications; never the name. */
  qualifications: Text,
  /** States of licensure, as printed after "State(s) of Licensure:". */
  licensure: z.array(Text).min(1),
  /** Board certifications / specialties, first is primary. */
  specialties: z.array(Text).min(1),
});
export type Reviewer = z.infer<typeof Reviewer>;

export const DocumentReviewed = z.strictObject({
  /** What the document is ("Progress reports", "MRI report", "Utilization review determination"). */
  title: Text,
  /** Who wrote it; optional (e.g. the UR letter). */
  provider: Text.optional(),
  /** First date of service; with `to`, a range. */
  from: IsoDate,
  to: IsoDate.optional(),
});
export type DocumentReviewed = z.infer<typeof DocumentReviewed>;

export const FinalLetterItem = z
  .strictObject({
    /** The item as decided (for modified requests: the remaining IMR-eligible portion). */
    request: Text,
    /** Modified requests: the original request, and the part UR authorized. Both or neither. */
    originalRequest: Text.optional(),
    authorized: Text.optional(),
    decision: Decision,
    /** What UR relied on; empty: "did not cite any medical evidence". */
    claimsAdministratorGuideline: z.array(Citation),
    /** What the IMR reviewer relied on; empty: "did not cite any medical evidence". */
    imrGuideline: z.array(Citation),
    rationale: Text,
  })
  .refine((i) => (i.originalRequest === undefined) === (i.authorized === undefined), {
    message: 'originalRequest and authorized go together',
    path: ['authorized'],
  });
export type FinalLetterItem = z.infer<typeof FinalLetterItem>;

export const FinalLetter = z.strictObject({
  caseNumber: z.string().regex(/^CM\d{2}-\d{7}$/, 'expected CMyy-nnnnnnn'),
  applicationReceived: IsoDate,
  dateAssigned: IsoDate,
  decisionDate: IsoDate,
  urDenialDate: IsoDate,
  dateOfInjury: IsoDate,
  priority: Priority,
  employee: Employee,
  employer: Party,
  requestingPhysician: Physician,
  claimsAdministrator: Party,
  representative: Party.optional(),
  facilities: z.array(Party).optional(),
  claimNumber: Text,
  /** The WCAB (EAMS) case number, "ADJ" + digits, when there is one. */
  eamsNumber: Text.optional(),
  reviewer: Reviewer,
  patient: z.strictObject({ age: z.number().int().min(1).max(119), sex: z.enum(['male', 'female']) }),
  /** Paragraphs separated by an empty line. */
  clinicalSummary: Text,
  documentsReviewed: z.array(DocumentReviewed),
  items: z.array(FinalLetterItem).min(1),
});
export type FinalLetter = z.infer<typeof FinalLetter>;

/** Parses a FinalLetter at the boundary; throws OpenImrError('invalid-input') naming the first bad field (never its value). */
export function validateLetter(input: unknown): FinalLetter {
  const r = FinalLetter.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new OpenImrError('invalid-input', `invalid FinalLetter at "${field}": ${issue?.message ?? 'invalid'}`, { field });
}
