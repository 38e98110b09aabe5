// From a request and the record's facts to a proposed determination: pick the guideline version in force by
// date, pick the governing rule (applicability, then the evidence search sequence MTUS -> ACOEM/ODG -> other),
// evaluate its criteria, and project the trace into a decision, a confidence, reason codes and criteria.
import type { Fact, ItemDetermination, NormalizedRequest } from '../core/index.ts';
import { inEffect, validIso } from './dates.ts';
import { evaluate, monthsSinceInjury } from './evaluate.ts';
import type { EvaluationContext, Evaluation } from './evaluate.ts';
import type { GuidelineSource, Rule } from './schema.ts';
import { mentionsAny } from './terms.ts';
import { renderRationale } from './rationale.ts';
import { findingsOf } from './findings.ts';
import type { Finding } from './findings.ts';

export interface CaseDates {
  readonly dateOfInjury?: string | null | undefined;
  /** Date of the request for authorization, when known. */
  readonly requestDate?: string | null | undefined;
  /** Date of the UR decision; used when it is the only date there is. */
  readonly urDenialDate?: string | null | undefined;
  /**
   * The latest date the record itself mentions: without a request or UR date the request cannot be older than the
   * record it rests on, so this dates it (never earlier than IMR's first day, {@link IMR_FIRST_DAY}).
   */
  readonly latestRecordDate?: string | null | undefined;
}

/** IMR covers injuries from 1 Jan 2013 and UR decisions from 1 Jul 2013 (LC 4610.5(a)): no IMR request is older. */
export const IMR_FIRST_DAY = '2013-01-01';

export interface ItemInput {
  /** The request as written; for a partly authorized request, the remaining disputed part. */
  readonly request: string;
  readonly normalized: NormalizedRequest;
  readonly facts: readonly Fact[];
  readonly dates: CaseDates;
  /** For a partly authorized request: the authorized part, normalised. */
  readonly authorized?: NormalizedRequest | null;
}

export type EngineDetermination = Omit<ItemDetermination, 'similar'>;

export interface ItemResult {
  readonly determination: EngineDetermination;
  /** The governing rule, or null when no rule in the pack governs the request. */
  readonly ruleId: string | null;
  readonly evaluation: Evaluation | null;
  readonly findings: readonly Finding[];
  readonly decisionDate: string | null;
  /** True when no date was given and the newest version in the pack was assumed. */
  readonly versionAssumed: boolean;
  /** False when the governing rule was used outside its time-since-injury range, for want of a better one. */
  readonly inScope: boolean;
}

export const NO_GOVERNING_RULE = 'no-governing-rule';
export const CRITERIA_MET = 'criteria-met';
export const VERSION_ASSUMED = 'guideline-version-assumed';
export const VERSION_FROM_RECORD = 'guideline-version-from-record-dates';
export const OUT_OF_SCOPE = 'rule-applied-outside-its-time-range';

/** The date a request is judged at: the request date, else the UR denial date, else none (invalid dates are ignored). */
export function decisionDate(dates: CaseDates): string | null {
  const given = validIso(dates.requestDate) ?? validIso(dates.urDenialDate);
  if (given !== null) return given;
  const recorded = validIso(dates.latestRecordDate);
  return recorded === null ? null : recorded < IMR_FIRST_DAY ? IMR_FIRST_DAY : recorded;
}

/** True when the version in force was read from the record's own dates rather than a request or UR date. */
function datedByRecord(dates: CaseDates): boolean {
  return validIso(dates.requestDate) === null && validIso(dates.urDenialDate) === null && validIso(dates.latestRecordDate) !== null;
}

const TIER: Record<GuidelineSource, number> = { MTUS: 0, ACOEM: 1, ODG: 1, other: 2 };

interface Candidate {
  readonly rule: Rule;
  readonly specificity: number;
  /** False when the time since injury is outside the rule's stated range (e.g. a chronic-pain rule for acute pain). */
  readonly inScope: boolean;
  /** True for a rule limited to the first months after the injury, when the time since injury is unknown. */
  readonly acuteUnconfirmed: boolean;
}

function candidate(rule: Rule, ctx: EvaluationContext, months: number | null): Candidate | null {
  const a = rule.applies;
  if (!a.categories.includes(ctx.request.category)) return null;
  if (ctx.decisionDate !== null && !inEffect(ctx.decisionDate, rule.guideline.effective)) return null;
  let specificity = 0;
  if (a.drugs !== undefined) {
    const drug = ctx.request.quantity.drug;
    if (!(drug !== null && mentionsAny(drug, a.drugs)) && !mentionsAny(ctx.requestText, a.drugs)) return null;
    specificity += 3;
  }
  if (a.bodyParts !== undefined) {
    const parts = ctx.request.bodyParts;
    const hit = parts.length > 0 ? parts.some((p) => mentionsAny(p, a.bodyParts ?? [])) : mentionsAny(ctx.requestText, a.bodyParts);
    if (!hit) return null;
    specificity += 2;
  }
  if (a.requestTerms !== undefined) {
    if (!mentionsAny(ctx.requestText, a.requestTerms)) return null;
    specificity += 2;
  }
  // Out of its time range a rule is kept as a last resort: any in-range rule outranks it, and the result says so.
  const inScope = months === null || ((a.minMonthsSinceInjury === undefined || months >= a.minMonthsSinceInjury) && (a.maxMonthsSinceInjury === undefined || months <= a.maxMonthsSinceInjury));
  if (a.when !== undefined) {
    if (evaluate(a.when, ctx).status !== 'met') return null;
    specificity += 4;
  }
  const acuteUnconfirmed = months === null && a.maxMonthsSinceInjury !== undefined;
  return { rule, specificity, inScope, acuteUnconfirmed };
}

export interface Selection {
  readonly rule: Rule;
  readonly inScope: boolean;
}

/**
 * The governing rule: applicable rules in their time range first, then by evidence tier (MTUS before ACOEM/ODG),
 * then specificity, then the newest version.
 */
export function selectGoverningRule(rules: readonly Rule[], ctx: EvaluationContext): Selection | null {
  const months = monthsSinceInjury(ctx);
  let best: Candidate | null = null;
  for (const rule of rules) {
    const c = candidate(rule, ctx, months);
    if (c !== null && (best === null || better(c, best))) best = c;
  }
  return best === null ? null : { rule: best.rule, inScope: best.inScope };
}

export function selectRule(rules: readonly Rule[], ctx: EvaluationContext): Rule | null {
  return selectGoverningRule(rules, ctx)?.rule ?? null;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.inScope !== b.inScope) return a.inScope;
  // Most disputed care is for chronic conditions: without an injury date, an acute-phase rule is the last choice.
  if (a.acuteUnconfirmed !== b.acuteUnconfirmed) return !a.acuteUnconfirmed;
  const ta = TIER[a.rule.guideline.source];
  const tb = TIER[b.rule.guideline.source];
  if (ta !== tb) return ta < tb;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  const fa = a.rule.guideline.effective.from ?? '';
  const fb = b.rule.guideline.effective.from ?? '';
  if (fa !== fb) return fa > fb;
  return a.rule.id < b.rule.id;
}

/**
 * Confidence from the trace: decided leaves raise it, leaves the record was silent on lower it; a decision that
 * rests on missing documentation, on unverified criteria, or on an assumed guideline version is less certain.
 */
export function confidenceOf(evaluation: Evaluation, versionAssumed: boolean): number {
  const leaves = evaluation.trace.filter((t) => t.childIds.length === 0);
  const open = leaves.filter((t) => t.status === 'unknown' || t.silent).length;
  const decidedShare = leaves.length === 0 ? 0 : 1 - open / leaves.length;
  let c = evaluation.status === 'unknown' ? 0.5 + 0.2 * decidedShare : 0.6 + 0.35 * decidedShare;
  if (leaves.some((t) => t.unverified && t.status !== 'unknown')) c *= 0.9;
  if (versionAssumed) c *= 0.9;
  return Math.round(Math.min(1, Math.max(0, c)) * 1000) / 1000;
}

function contextOf(input: ItemInput): EvaluationContext {
  return {
    requestText: input.request,
    request: input.normalized,
    facts: input.facts,
    decisionDate: decisionDate(input.dates),
    dateOfInjury: validIso(input.dates.dateOfInjury),
    authorizedVisits: input.authorized?.quantity.visits ?? null,
  };
}

/** Decides one disputed item. Policy: criteria met -> Overturned; a criterion not met or undocumented -> Upheld. */
export function decideItem(rules: readonly Rule[], input: ItemInput): ItemResult {
  const ctx = contextOf(input);
  const versionAssumed = ctx.decisionDate === null || datedByRecord(input.dates);
  const selection = selectGoverningRule(rules, ctx);
  if (selection === null) {
    const determination: EngineDetermination = {
      request: input.request,
      normalized: input.normalized,
      decision: 'Upheld',
      confidence: 0.3,
      guideline: { source: 'other', title: 'No governing guideline rule', recommendation: 'unknown' },
      criteria: [],
      reasonCodes: [NO_GOVERNING_RULE],
      rationale: renderRationale({ request: input.request, rule: null, evaluation: null, findings: [] }),
    };
    return { determination, ruleId: null, evaluation: null, findings: [], decisionDate: ctx.decisionDate, versionAssumed, inScope: false };
  }
  const rule = selection.rule;
  const evaluation = evaluate(rule.criteria, ctx);
  const findings = evaluation.status === 'met' ? [] : findingsOf(evaluation);
  const codes = evaluation.status === 'met' ? [CRITERIA_MET] : [...new Set(findings.map((f) => f.code))];
  if (versionAssumed) codes.push(ctx.decisionDate === null ? VERSION_ASSUMED : VERSION_FROM_RECORD);
  if (!selection.inScope) codes.push(OUT_OF_SCOPE);
  const guideline: EngineDetermination['guideline'] = { source: rule.guideline.source, title: rule.guideline.title, recommendation: rule.recommendation };
  if (rule.pages !== undefined) guideline.pages = rule.pages;
  if (rule.sections !== undefined) guideline.sections = rule.sections;
  const determination: EngineDetermination = {
    request: input.request,
    normalized: input.normalized,
    decision: evaluation.status === 'met' ? 'Overturned' : 'Upheld',
    confidence: Math.round(confidenceOf(evaluation, versionAssumed) * (selection.inScope ? 1 : 0.85) * 1000) / 1000,
    guideline,
    criteria: evaluation.trace.map((t) => ({ id: `${rule.id}/${t.nodeId}`, text: t.text, status: t.status, evidence: [...t.evidence] })),
    reasonCodes: codes,
    rationale: renderRationale({ request: input.request, rule, evaluation, findings }),
  };
  return { determination, ruleId: rule.id, evaluation, findings, decisionDate: ctx.decisionDate, versionAssumed, inScope: selection.inScope };
}
