// The case file the determination engine reads, the clinical facts it finds (each with the exact text
// that supports it), and the determination it proposes. `openimr decide` reads CaseFile and prints
// Determination: these shapes are a public interface (issue 3).
import { z } from 'zod';
import { Decision, IsoDate, Priority } from './letter.ts';
import { NormalizedRequest } from './request.ts';

/** Dates as ISO YYYY-MM-DD or MM/DD/YYYY; read into ISO by the app layer. */
export const InputDate = z.string().regex(/^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/, 'expected YYYY-MM-DD or MM/DD/YYYY');

export const CaseFile = z.object({
  caseNumber: z.string().max(40).optional(),
  dateOfInjury: InputDate.optional(),
  urDenialDate: InputDate.optional(),
  priority: Priority.optional(),
  clinicalSummary: z.string().min(1, 'clinicalSummary is required').max(2_000_000),
  records: z.array(z.object({ title: z.string().max(500).optional(), date: InputDate.optional(), text: z.string().max(2_000_000) })).max(500).optional(),
  disputedItems: z.array(z.object({
    request: z.string().min(1).max(2000),
    urGuideline: z.string().max(20_000).optional(),
    /** For a request UR partly authorized: the part it authorized (request is then the remaining disputed part). */
    authorized: z.string().max(2000).optional(),
  })).min(1, 'disputedItems must name at least one item').max(50),
});
export type CaseFile = z.infer<typeof CaseFile>;

/** Where a piece of evidence is: the summary, or one of the records by index. */
export const EvidenceSource = z.string().regex(/^(clinicalSummary|records\[\d+\])$/);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/** A span of the case file; `text` is exactly source.slice(start, end). */
export const Evidence = z.object({
  source: EvidenceSource,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const FACT_KINDS = [
  'age',
  'sex',
  'date-of-injury',
  'mechanism',
  'body-part',
  'diagnosis',
  'symptom',
  'objective-finding',
  'neurological-deficit',
  'red-flag',
  'special-test',
  'imaging',
  'electrodiagnostic',
  'prior-treatment',
  'pain-score',
  'functional-improvement',
  'no-benefit',
  'medication',
  'opioid-monitoring',
  'aberrant-behavior',
  'morphine-equivalent-dose',
  'work-status',
  'home-exercise-program',
  'surgery',
  'ur-history',
] as const;
export const FactKind = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKind>;

/** What the text says about the thing: it is so, it is not so (negated), or it may be so. */
export const Polarity = z.enum(['affirmed', 'negated', 'uncertain']);
export type Polarity = z.infer<typeof Polarity>;

/** When: now, in the past ("history of"), planned or requested, or only hypothetical ("if ..."). */
export const Temporality = z.enum(['current', 'historical', 'planned', 'hypothetical']);
export type Temporality = z.infer<typeof Temporality>;

/** One clinical fact found in the case file, with the spans that support it. */
export const Fact = z.object({
  kind: FactKind,
  /** A normalised value: a term ("physical therapy", "lumbar spine"), a number (pain 7, age 45), or true. */
  value: z.union([z.string(), z.number(), z.boolean()]),
  /** Extra attributes by kind, e.g. { count: 12 } for a prior treatment, { before: 8, after: 4 } for pain. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  polarity: Polarity,
  temporality: Temporality,
  date: IsoDate.nullable(),
  evidence: z.array(Evidence).min(1),
});
export type Fact = z.infer<typeof Fact>;

export const CriterionStatus = z.enum(['met', 'not_met', 'unknown']);
export type CriterionStatus = z.infer<typeof CriterionStatus>;

export const ItemDetermination = z.object({
  request: z.string(),
  normalized: NormalizedRequest,
  decision: Decision,
  confidence: z.number().min(0).max(1),
  guideline: z.object({
    source: z.enum(['MTUS', 'ACOEM', 'ODG', 'other']),
    title: z.string(),
    pages: z.array(z.string()).optional(),
    sections: z.array(z.string()).optional(),
    recommendation: z.string(),
  }),
  criteria: z.array(z.object({ id: z.string(), text: z.string(), status: CriterionStatus, evidence: z.array(Evidence) })),
  reasonCodes: z.array(z.string()),
  rationale: z.string(),
  similar: z.array(z.object({ caseNumber: z.string().nullable(), request: z.string(), decision: Decision, score: z.number() })).optional(),
});
export type ItemDetermination = z.infer<typeof ItemDetermination>;

export const Determination = z.object({
  caseNumber: z.string().nullable(),
  items: z.array(ItemDetermination),
});
export type Determination = z.infer<typeof Determination>;
