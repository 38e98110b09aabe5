// The rule language: a guideline rule is data (a zod-validated tree of node kinds), read by one evaluator.
// The evaluator knows only node kinds, never a treatment name or a rule id: whatever it needs to know
// (which fact, which request field, what silence means) is declared by the node itself.
import { z } from 'zod';
import { Category, CriterionStatus, FactKind, IsoDate, Temporality } from '../core/index.ts';

/** A stable id, unique within its rule; traces, findings and reason codes refer to nodes by it. */
const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'node ids are lower-case words joined by "-"');
/** A stable reason code ("exceeds-visit-limit"); wording is chosen later, by the renderer. */
export const ReasonCode = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'reason codes are lower-case words joined by "-"');
export type ReasonCode = z.infer<typeof ReasonCode>;

const common = {
  id: NodeId,
  /** The criterion in plain words, phrased so that "met" makes it true ("Adjunct to an exercise program"). */
  text: z.string().min(1),
  /** Reason code reported when this node is not met (and, unless `unknownCode` is given, when unknown). */
  code: ReasonCode.optional(),
  /** Reason code reported when the record is silent, if it differs from `code`. */
  unknownCode: ReasonCode.optional(),
  /** True when the criterion is only recalled, not verified against the guideline text ([R]). */
  unverified: z.boolean().optional(),
};

/** What a record leaf means when no fact speaks to it. The default, unknown, is reported as missing documentation. */
const ifSilent = CriterionStatus.optional();

/** Case-insensitive whole-word terms; a term matches when it occurs in the value as whole words. */
const Terms = z.array(z.string().min(1)).min(1);

export const ConstNode = z.object({ kind: z.literal('const'), ...common, status: CriterionStatus });

/** A fact of a kind (optionally with a value matching one of `values`) is present or absent in the record. */
export const FactNode = z.object({
  kind: z.literal('fact'),
  ...common,
  factKind: FactKind,
  values: Terms.optional(),
  /** Attribute filters: each named attribute must equal one of the listed values (e.g. { result: ['abnormal'] }). */
  where: z.record(z.string(), z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)).optional(),
  /** present: an affirmed fact meets it, a negated one fails it. absent: the other way round. */
  expect: z.enum(['present', 'absent']).optional(),
  /** Which temporalities count; default current and historical. */
  temporality: z.array(Temporality).min(1).optional(),
  /** Only facts dated within this many months before the decision date count (undated facts count). */
  withinMonths: z.number().positive().optional(),
  /** Ignore facts whose value the request itself names (e.g. "another NSAID than the one requested"). */
  otherThanRequested: z.boolean().optional(),
  ifSilent,
});

/** A numeric fact (its value, or one attribute) lies within [min, max]. */
export const FactNumberNode = z.object({
  kind: z.literal('fact-number'),
  ...common,
  factKind: FactKind,
  attribute: z.string().min(1).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  ifSilent,
});

export const QUANTITY_FIELDS = ['visits', 'count', 'weeks', 'perWeek', 'refills', 'strength'] as const;
export const QuantityField = z.enum(QUANTITY_FIELDS);
export type QuantityField = z.infer<typeof QuantityField>;

/** A field of the normalised request lies within [min, max]; `ifUnstated` when the request does not say. */
export const QuantityNode = z.object({
  kind: z.literal('quantity'),
  ...common,
  field: QuantityField,
  min: z.number().optional(),
  max: z.number().optional(),
  ifUnstated: CriterionStatus.optional(),
});

/** Months from the date of injury to the decision date lie within [minMonths, maxMonths]. */
export const InjuryAgeNode = z.object({
  kind: z.literal('time-since-injury'),
  ...common,
  minMonths: z.number().nonnegative().optional(),
  maxMonths: z.number().nonnegative().optional(),
});

/** One of `treatments` was tried (at least `minCount` sessions or fills when counts are stated). */
export const PriorTreatmentNode = z.object({
  kind: z.literal('prior-treatment'),
  ...common,
  treatments: Terms,
  minCount: z.number().int().positive().optional(),
  ifSilent,
});

/** Documented response to (optionally) one of `treatments`: functional improvement, or pain relief >= minPercent. */
export const ResponseNode = z.object({
  kind: z.literal('response'),
  ...common,
  measure: z.enum(['functional-improvement', 'pain-relief']),
  minPercent: z.number().min(0).max(100).optional(),
  treatments: Terms.optional(),
  ifSilent,
});

/** Prior sessions of `treatments` in the record plus the visits requested stay within `max` (e.g. a visit cap). */
export const CumulativeVisitsNode = z.object({
  kind: z.literal('cumulative-visits'),
  ...common,
  treatments: Terms,
  max: z.number().positive(),
  ifSilent,
});

/** The request itself mentions one of `terms`, in its text, its drug, or its body parts. */
export const RequestMentionsNode = z.object({
  kind: z.literal('request-mentions'),
  ...common,
  field: z.enum(['text', 'drug', 'body-part']),
  terms: Terms,
});

export type CriterionNode =
  | z.infer<typeof ConstNode>
  | z.infer<typeof FactNode>
  | z.infer<typeof FactNumberNode>
  | z.infer<typeof QuantityNode>
  | z.infer<typeof InjuryAgeNode>
  | z.infer<typeof PriorTreatmentNode>
  | z.infer<typeof ResponseNode>
  | z.infer<typeof CumulativeVisitsNode>
  | z.infer<typeof RequestMentionsNode>
  | { kind: 'all'; id: string; text: string; code?: string | undefined; unknownCode?: string | undefined; unverified?: boolean | undefined; children: CriterionNode[] }
  | { kind: 'any'; id: string; text: string; code?: string | undefined; unknownCode?: string | undefined; unverified?: boolean | undefined; children: CriterionNode[] }
  | { kind: 'at-least'; id: string; text: string; code?: string | undefined; unknownCode?: string | undefined; unverified?: boolean | undefined; n: number; children: CriterionNode[] }
  | { kind: 'not'; id: string; text: string; code?: string | undefined; unknownCode?: string | undefined; unverified?: boolean | undefined; child: CriterionNode };

export const CriterionNode: z.ZodType<CriterionNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    ConstNode,
    FactNode,
    FactNumberNode,
    QuantityNode,
    InjuryAgeNode,
    PriorTreatmentNode,
    ResponseNode,
    CumulativeVisitsNode,
    RequestMentionsNode,
    z.object({ kind: z.literal('all'), ...common, children: z.array(CriterionNode).min(1) }),
    z.object({ kind: z.literal('any'), ...common, children: z.array(CriterionNode).min(1) }),
    z.object({ kind: z.literal('at-least'), ...common, n: z.number().int().positive(), children: z.array(CriterionNode).min(1) }),
    z.object({ kind: z.literal('not'), ...common, child: CriterionNode }),
  ]),
);

/** Where a rule sits in the medical evidence search sequence (9792.21.1): MTUS first, then ACOEM/ODG, then others. */
export const GuidelineSource = z.enum(['MTUS', 'ACOEM', 'ODG', 'other']);
export type GuidelineSource = z.infer<typeof GuidelineSource>;

export const Recommendation = z.enum(['recommended', 'option', 'conditional', 'not-recommended']);
export type Recommendation = z.infer<typeof Recommendation>;

export const Guideline = z.object({
  /** Stable edition id, e.g. "cpmtg-2009", "mtus-opioids-2016". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: GuidelineSource,
  /** As letters cite it: "MTUS Chronic Pain Medical Treatment Guidelines 2009". */
  title: z.string().min(1),
  version: z.string().min(1),
  /** Requests decided on dates in [from, until) use this edition. */
  effective: z.object({ from: IsoDate.optional(), until: IsoDate.optional() }),
});
export type Guideline = z.infer<typeof Guideline>;

export const Applicability = z.object({
  categories: z.array(Category).min(1),
  /** When given, the request's drug (or text) must mention one of these. */
  drugs: Terms.optional(),
  /** When given, one of the request's body parts must match one of these; a request with no body part is not excluded. */
  bodyParts: Terms.optional(),
  /** When given, the request text must mention one of these. */
  requestTerms: Terms.optional(),
  /** Chronic-pain guidelines apply from 3 months after injury (2016 definition); unknown injury date does not exclude. */
  minMonthsSinceInjury: z.number().nonnegative().optional(),
  maxMonthsSinceInjury: z.number().nonnegative().optional(),
  /** A guard on the record (e.g. surgery within 6 months); the rule applies only when it evaluates to met. */
  when: CriterionNode.optional(),
});
export type Applicability = z.infer<typeof Applicability>;

export const Rule = z.object({
  /** `<topic>.<edition>`, equal to the file name without `.ts`. */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'rule ids are "<topic>.<edition>"'),
  title: z.string().min(1),
  topic: z.string().min(1),
  guideline: Guideline,
  pages: z.array(z.string()).optional(),
  sections: z.array(z.string()).optional(),
  recommendation: Recommendation,
  /** What the guideline says, in our own words, for the rationale's opening sentence. */
  summary: z.string().min(1),
  applies: Applicability,
  criteria: CriterionNode,
});
export type Rule = z.infer<typeof Rule>;
