// Input validation for this folder: every public function parses its arguments here first, so a bad reviewer
// record fails with invalid-input naming the field instead of producing a wrong assignment.
import { z } from 'zod';
import { Application, Category, IsoDate, OpenImrError, Party, Reviewer } from '../core/index.ts';

/**
 * The registry record with two optional dated fields this folder understands. Both are optional so every
 * core Reviewer is a valid profile; when present they are checked against the `asOf` date.
 */
export const ReviewerProfile = Reviewer.extend({
  /** First day of clinical practice; when given, "more than 5 years" is measured from it as of `asOf`. */
  practiceSince: IsoDate.optional(),
  /** Last day the licence is valid; a licence that lapsed before `asOf` does not count. */
  licenseValidThrough: IsoDate.optional(),
});
export type ReviewerProfile = z.infer<typeof ReviewerProfile>;

/**
 * The parties a conflict check looks at: the application plus the parties it does not (yet) carry.
 * They are optional; when Application gains such fields, passing the application alone is enough.
 */
export const ConflictCase = Application.extend({
  /** The medical group or IPA of the requesting physician (conflict list (c)). */
  medicalGroup: Party.optional(),
  /** The institution where the treatment would be given (conflict list (d)). */
  facility: Party.optional(),
  /** The developer or manufacturer of the proposed treatment (conflict list (e)). */
  manufacturer: Party.optional(),
});
export type ConflictCase = z.infer<typeof ConflictCase>;
export type ConflictCaseInput = z.input<typeof ConflictCase>;

export const Categories = z.array(Category).min(1);

export const Workload = z.object({
  open: z.number().int().nonnegative(),
  dueSoon: z.number().int().nonnegative(),
});
export type Workload = z.infer<typeof Workload>;

/** Parses `value` or throws invalid-input naming the first bad field (prefixed with `where`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue === undefined ? [] : issue.path.map(String);
  const field = [where, ...path].filter((p) => p.length > 0).join('.');
  throw new OpenImrError('invalid-input', `${field}: ${issue?.message ?? 'invalid value'}`, { field });
}
