// Public surface of the determination engine: the rule language, the one evaluator, rule selection by date and
// applicability, the decision policy and the rationale renderer.
export {
  CriterionNode,
  Rule,
  Guideline,
  GuidelineSource,
  Recommendation,
  Applicability,
  ReasonCode,
  QuantityField,
  QUANTITY_FIELDS,
} from './schema.ts';
export { evaluate, allOf, anyOf, atLeast, negate, monthsSinceInjury } from './evaluate.ts';
export type { Evaluation, EvaluationContext, TraceEntry, Detail } from './evaluate.ts';
export { findingsOf } from './findings.ts';
export type { Finding } from './findings.ts';
export { decideItem, selectRule, selectGoverningRule, decisionDate, confidenceOf, NO_GOVERNING_RULE, CRITERIA_MET, VERSION_ASSUMED, VERSION_FROM_RECORD, IMR_FIRST_DAY, OUT_OF_SCOPE } from './decide.ts';
export type { CaseDates, ItemInput, ItemResult, EngineDetermination, Selection } from './decide.ts';
export { renderRationale } from './rationale.ts';
export type { RationaleInput } from './rationale.ts';
export { factsFrom } from './fixtures.ts';
export type { FactSpec } from './fixtures.ts';
export { inEffect, monthsBetween } from './dates.ts';
export { mentions, mentionsAny } from './terms.ts';
export { linkAssociatedServices, ASSOCIATED_SERVICE_TERMS, FOLLOWS_SURGERY, FOLLOWS_THERAPY, SURGERY_NOT_NECESSARY } from './associated.ts';
