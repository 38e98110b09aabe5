// The one evaluator: three-valued (Kleene) logic over the rule language, recording every node's result in a
// trace keyed by the node's stable id. It branches on node kinds only; names of treatments and rules are data.
import type { CriterionStatus, Evidence, Fact, NormalizedRequest, Temporality } from '../core/index.ts';
import type { CriterionNode, QuantityField } from './schema.ts';
import { mentions, mentionsAny } from './terms.ts';
import { monthsBetween } from './dates.ts';

export interface EvaluationContext {
  /** The disputed request as written (for a partly authorized request: the remaining part). */
  readonly requestText: string;
  readonly request: NormalizedRequest;
  readonly facts: readonly Fact[];
  /** The date the request is judged at (ISO): the request date, else the UR denial date. */
  readonly decisionDate: string | null;
  readonly dateOfInjury: string | null;
  /** Visits of the same request UR already authorized (a partly authorized request), counted toward course limits. */
  readonly authorizedVisits?: number | null;
}

export type Detail = Readonly<Record<string, number | string>>;

export interface TraceEntry {
  readonly nodeId: string;
  readonly kind: CriterionNode['kind'];
  readonly text: string;
  readonly status: CriterionStatus;
  /** Spans of the facts that decided this node (empty for combinators and request checks). */
  readonly evidence: readonly Evidence[];
  /** The record said nothing; the status is the node's declared meaning of silence. */
  readonly silent: boolean;
  /** Numbers behind the result (requested 12, max 6, months 14 ...), for the rationale. */
  readonly detail: Detail;
  readonly childIds: readonly string[];
  readonly code: string | null;
  readonly unknownCode: string | null;
  readonly unverified: boolean;
}

export interface Evaluation {
  readonly status: CriterionStatus;
  readonly rootId: string;
  /** Every node, in pre-order (parents before children). */
  readonly trace: readonly TraceEntry[];
}

const DEFAULT_TEMPORALITY: readonly Temporality[] = ['current', 'historical'];

export function allOf(statuses: readonly CriterionStatus[]): CriterionStatus {
  if (statuses.includes('not_met')) return 'not_met';
  if (statuses.includes('unknown')) return 'unknown';
  return 'met';
}

export function anyOf(statuses: readonly CriterionStatus[]): CriterionStatus {
  if (statuses.includes('met')) return 'met';
  if (statuses.includes('unknown')) return 'unknown';
  return 'not_met';
}

export function atLeast(n: number, statuses: readonly CriterionStatus[]): CriterionStatus {
  let met = 0;
  let unknown = 0;
  for (const s of statuses) {
    if (s === 'met') met += 1;
    else if (s === 'unknown') unknown += 1;
  }
  if (met >= n) return 'met';
  if (met + unknown < n) return 'not_met';
  return 'unknown';
}

export function negate(status: CriterionStatus): CriterionStatus {
  return status === 'met' ? 'not_met' : status === 'not_met' ? 'met' : 'unknown';
}

interface LeafResult {
  status: CriterionStatus;
  evidence: readonly Evidence[];
  silent: boolean;
  detail: Detail;
}

const spans = (facts: readonly Fact[]): Evidence[] => facts.flatMap((f) => f.evidence);
const silence = (ifSilent: CriterionStatus | undefined, detail: Detail = {}): LeafResult => ({ status: ifSilent ?? 'unknown', evidence: [], silent: true, detail });
const decided = (status: CriterionStatus, facts: readonly Fact[], detail: Detail = {}): LeafResult => ({ status, evidence: spans(facts), silent: false, detail });

/** String attributes a fact's value terms are also matched against (what it is about, its generic name and class). */
const NAMING_ATTRIBUTES = ['treatment', 'generic', 'drugClass', 'term'] as const;

function valueMatches(fact: Fact, terms: readonly string[] | undefined): boolean {
  if (terms === undefined) return true;
  if (typeof fact.value === 'string' && mentionsAny(fact.value, terms)) return true;
  return NAMING_ATTRIBUTES.some((name) => {
    const v = fact.attributes[name];
    return typeof v === 'string' && mentionsAny(v, terms);
  });
}

/** True when the request names the fact's value (its text, or the normalised drug). */
function namedByRequest(fact: Fact, ctx: EvaluationContext): boolean {
  if (typeof fact.value !== 'string') return false;
  const drug = ctx.request.quantity.drug;
  return mentionsAny(ctx.requestText, [fact.value]) || (drug !== null && mentionsAny(fact.value, [drug]));
}

function whereMatches(fact: Fact, where: Readonly<Record<string, readonly (string | number | boolean)[]>> | undefined): boolean {
  if (where === undefined) return true;
  return Object.entries(where).every(([name, allowed]) => {
    const v = fact.attributes[name];
    if (v === undefined || v === null) return false;
    return allowed.some((a) => (typeof a === 'string' && typeof v === 'string' ? a.toLowerCase() === v.toLowerCase() : a === v));
  });
}

/** Facts about a treatment: when the fact names no treatment it is taken to speak about the disputed one. */
function aboutTreatment(fact: Fact, terms: readonly string[] | undefined): boolean {
  if (terms === undefined) return true;
  const named = [fact.value, fact.attributes['treatment']].filter((v): v is string => typeof v === 'string' && v.length > 0);
  return named.length === 0 || named.some((v) => mentionsAny(v, terms));
}

function inWindow(fact: Fact, ctx: EvaluationContext, withinMonths: number | undefined): boolean {
  if (withinMonths === undefined || fact.date === null || ctx.decisionDate === null) return true;
  const months = monthsBetween(fact.date, ctx.decisionDate);
  return months === null || (months >= -1 && months <= withinMonths);
}

function numberOf(fact: Fact, attribute: string | undefined): number | null {
  const v = attribute === undefined ? fact.value : fact.attributes[attribute];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function quantityOf(request: NormalizedRequest, field: QuantityField): number | null {
  const q = request.quantity;
  switch (field) {
    case 'strength':
      return q.strengthValues[0] ?? null;
    case 'visits':
    case 'count':
    case 'weeks':
    case 'perWeek':
    case 'refills':
      return q[field];
  }
}

const within = (v: number, min: number | undefined, max: number | undefined): boolean => (min === undefined || v >= min) && (max === undefined || v <= max);

function limits(min: number | undefined, max: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (min !== undefined) out['min'] = min;
  if (max !== undefined) out['max'] = max;
  return out;
}

function injuryDate(ctx: EvaluationContext): string | null {
  if (ctx.dateOfInjury !== null) return ctx.dateOfInjury;
  for (const f of ctx.facts) {
    if (f.kind !== 'date-of-injury' || f.polarity !== 'affirmed') continue;
    if (typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) return f.value;
    if (f.date !== null) return f.date;
  }
  return null;
}

/** Months from injury to decision, or null when either date is unknown. */
export function monthsSinceInjury(ctx: EvaluationContext): number | null {
  const doi = injuryDate(ctx);
  if (doi === null || ctx.decisionDate === null) return null;
  return monthsBetween(doi, ctx.decisionDate);
}

function priorCounts(ctx: EvaluationContext, treatments: readonly string[]): { affirmed: Fact[]; negated: Fact[]; counted: number | null } {
  const affirmed: Fact[] = [];
  const negated: Fact[] = [];
  let counted: number | null = null;
  for (const f of ctx.facts) {
    if (f.kind !== 'prior-treatment' || !valueMatches(f, treatments) || !DEFAULT_TEMPORALITY.includes(f.temporality)) continue;
    if (f.polarity === 'affirmed') {
      affirmed.push(f);
      const c = f.attributes['count'];
      if (typeof c === 'number' && Number.isFinite(c)) counted = (counted ?? 0) + c;
    } else if (f.polarity === 'negated') negated.push(f);
  }
  return { affirmed, negated, counted };
}

function evaluateLeaf(node: Exclude<CriterionNode, { kind: 'all' | 'any' | 'at-least' | 'not' }>, ctx: EvaluationContext): LeafResult {
  switch (node.kind) {
    case 'const':
      return { status: node.status, evidence: [], silent: false, detail: {} };
    case 'fact': {
      const temporality = node.temporality ?? DEFAULT_TEMPORALITY;
      const matching = ctx.facts.filter(
        (f) =>
          f.kind === node.factKind &&
          temporality.includes(f.temporality) &&
          valueMatches(f, node.values) &&
          whereMatches(f, node.where) &&
          inWindow(f, ctx, node.withinMonths) &&
          !(node.otherThanRequested === true && namedByRequest(f, ctx)),
      );
      const affirmed = matching.filter((f) => f.polarity === 'affirmed');
      const negated = matching.filter((f) => f.polarity === 'negated');
      const present = (node.expect ?? 'present') === 'present';
      if (affirmed.length > 0) return decided(present ? 'met' : 'not_met', affirmed);
      if (negated.length > 0) return decided(present ? 'not_met' : 'met', negated);
      const uncertain = matching.filter((f) => f.polarity === 'uncertain');
      if (uncertain.length > 0) return decided('unknown', uncertain);
      return silence(node.ifSilent);
    }
    case 'fact-number': {
      const inRange: Fact[] = [];
      const outOfRange: Fact[] = [];
      let seen: number | null = null;
      for (const f of ctx.facts) {
        if (f.kind !== node.factKind || f.polarity !== 'affirmed') continue;
        const v = numberOf(f, node.attribute);
        if (v === null) continue;
        seen = v;
        (within(v, node.min, node.max) ? inRange : outOfRange).push(f);
      }
      const detail = { ...limits(node.min, node.max), ...(seen === null ? {} : { value: seen }) };
      if (outOfRange.length > 0) return decided('not_met', outOfRange, detail);
      if (inRange.length > 0) return decided('met', inRange, detail);
      return silence(node.ifSilent, detail);
    }
    case 'quantity': {
      const v = quantityOf(ctx.request, node.field);
      const detail = limits(node.min, node.max);
      if (v === null) return { status: node.ifUnstated ?? 'unknown', evidence: [], silent: true, detail: { ...detail, field: node.field } };
      return { status: within(v, node.min, node.max) ? 'met' : 'not_met', evidence: [], silent: false, detail: { ...detail, field: node.field, requested: v } };
    }
    case 'time-since-injury': {
      const months = monthsSinceInjury(ctx);
      const detail = limits(node.minMonths, node.maxMonths);
      if (months === null) return silence(undefined, detail);
      return { status: within(months, node.minMonths, node.maxMonths) ? 'met' : 'not_met', evidence: [], silent: false, detail: { ...detail, months: Math.round(months * 10) / 10 } };
    }
    case 'prior-treatment': {
      const { affirmed, negated, counted } = priorCounts(ctx, node.treatments);
      const min = node.minCount ?? 1;
      if (affirmed.length > 0) {
        if (min <= 1) return decided('met', affirmed, counted === null ? {} : { count: counted });
        if (counted === null) return decided('unknown', affirmed, { min });
        return decided(counted >= min ? 'met' : 'not_met', affirmed, { count: counted, min });
      }
      if (negated.length > 0) return decided('not_met', negated);
      return silence(node.ifSilent);
    }
    case 'response': {
      const positive: Fact[] = [];
      const negative: Fact[] = [];
      const detail: Record<string, number> = node.minPercent === undefined ? {} : { minPercent: node.minPercent };
      for (const f of ctx.facts) {
        if (!aboutTreatment(f, node.treatments) || !DEFAULT_TEMPORALITY.includes(f.temporality)) continue;
        if (f.kind === 'no-benefit' && f.polarity === 'affirmed') negative.push(f);
        else if (f.kind === 'prior-treatment' && f.polarity === 'affirmed' && node.treatments !== undefined && valueMatches(f, node.treatments)) {
          // A treatment's stated response: "no benefit" fails either measure; "improved" only shows function, not a % of pain relief.
          const r = f.attributes['response'];
          if (r === 'improved' && node.measure === 'functional-improvement') positive.push(f);
          else if (r === 'no benefit' || r === 'worse') negative.push(f);
        }
        else if (node.measure === 'functional-improvement' && f.kind === 'functional-improvement') {
          if (f.polarity === 'affirmed') positive.push(f);
          else if (f.polarity === 'negated') negative.push(f);
        } else if (node.measure === 'pain-relief' && f.kind === 'pain-score' && f.polarity === 'affirmed') {
          const relief = reliefPercent(f);
          if (relief === null) continue;
          detail['reliefPercent'] = relief;
          (relief >= (node.minPercent ?? 1) ? positive : negative).push(f);
        }
      }
      if (node.measure === 'pain-relief' && positive.length === 0 && negative.length === 0) {
        // The extractor reports "8/10 without medication ... 4/10 with medication" as two scores, each with its condition.
        const pair = pairedRelief(ctx.facts);
        if (pair !== null) {
          detail['reliefPercent'] = pair.relief;
          (pair.relief >= (node.minPercent ?? 1) ? positive : negative).push(...pair.facts);
        }
      }
      if (positive.length > 0) return decided('met', positive, detail);
      if (negative.length > 0) return decided('not_met', negative, detail);
      return silence(node.ifSilent, detail);
    }
    case 'cumulative-visits': {
      const requested = ctx.request.quantity.visits === null ? null : ctx.request.quantity.visits + (ctx.authorizedVisits ?? 0);
      const { affirmed, counted } = priorCounts(ctx, node.treatments);
      const detail: Record<string, number> = { max: node.max };
      if (requested !== null) detail['requested'] = requested;
      if (counted !== null) detail['prior'] = counted;
      if (requested !== null && requested > node.max) return decided('not_met', [], detail);
      if (counted !== null) return decided(counted + (requested ?? 0) <= node.max ? 'met' : 'not_met', affirmed, detail);
      if (affirmed.length > 0) return decided('unknown', affirmed, detail);
      return silence(node.ifSilent, detail);
    }
    case 'request-mentions': {
      switch (node.field) {
        case 'text':
          return { status: mentionsAny(ctx.requestText, node.terms) ? 'met' : 'not_met', evidence: [], silent: false, detail: {} };
        case 'drug': {
          const drug = ctx.request.quantity.drug ?? ctx.requestText;
          return { status: mentionsAny(drug, node.terms) ? 'met' : 'not_met', evidence: [], silent: false, detail: {} };
        }
        case 'body-part': {
          if (ctx.request.bodyParts.length === 0) return { status: 'unknown', evidence: [], silent: true, detail: {} };
          const hit = ctx.request.bodyParts.some((p) => node.terms.some((t) => mentions(p, t) || mentions(t, p)));
          return { status: hit ? 'met' : 'not_met', evidence: [], silent: false, detail: {} };
        }
      }
    }
  }
}

/** The closest pair of current pain scores stated without and with medication (same source), as a relief percentage. */
function pairedRelief(facts: readonly Fact[]): { relief: number; facts: Fact[] } | null {
  const scored = facts.filter((f) => f.kind === 'pain-score' && f.polarity === 'affirmed' && DEFAULT_TEMPORALITY.includes(f.temporality));
  const withouts = scored.filter((f) => f.attributes['condition'] === 'without medication');
  const withs = scored.filter((f) => f.attributes['condition'] === 'with medication');
  let best: { relief: number; facts: Fact[]; distance: number } | null = null;
  for (const w of withouts) {
    const ew = w.evidence[0];
    for (const m of withs) {
      const em = m.evidence[0];
      if (ew === undefined || em === undefined || ew.source !== em.source) continue;
      const before = numberOf(w, undefined);
      const after = numberOf(m, undefined);
      if (before === null || after === null || !(before > 0)) continue;
      const distance = Math.abs(ew.start - em.start);
      if (best === null || distance < best.distance) best = { relief: Math.round(((before - after) / before) * 100), facts: [w, m], distance };
    }
  }
  return best === null ? null : { relief: best.relief, facts: best.facts };
}

function reliefPercent(f: Fact): number | null {
  const given = f.attributes['reliefPercent'];
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  const before = f.attributes['before'];
  const after = f.attributes['after'];
  if (typeof before !== 'number' || typeof after !== 'number' || !(before > 0)) return null;
  return Math.round(((before - after) / before) * 100);
}

/** Evaluates a criteria tree against a case. Every node is evaluated (no short-circuit) so the trace is complete. */
export function evaluate(root: CriterionNode, ctx: EvaluationContext): Evaluation {
  const trace: TraceEntry[] = [];
  const visit = (node: CriterionNode): CriterionStatus => {
    const index = trace.length;
    trace.push(placeholder);
    let result: LeafResult;
    let childIds: string[] = [];
    if (node.kind === 'all' || node.kind === 'any') {
      const statuses = node.children.map(visit);
      childIds = node.children.map((c) => c.id);
      result = { status: node.kind === 'all' ? allOf(statuses) : anyOf(statuses), evidence: [], silent: false, detail: {} };
    } else if (node.kind === 'at-least') {
      const statuses = node.children.map(visit);
      childIds = node.children.map((c) => c.id);
      result = { status: atLeast(node.n, statuses), evidence: [], silent: false, detail: { n: node.n } };
    } else if (node.kind === 'not') {
      result = { status: negate(visit(node.child)), evidence: [], silent: false, detail: {} };
      childIds = [node.child.id];
    } else {
      result = evaluateLeaf(node, ctx);
    }
    trace[index] = {
      nodeId: node.id,
      kind: node.kind,
      text: node.text,
      status: result.status,
      evidence: result.evidence,
      silent: result.silent,
      detail: result.detail,
      childIds,
      code: node.code ?? null,
      unknownCode: node.unknownCode ?? null,
      unverified: node.unverified ?? false,
    };
    return result.status;
  };
  const status = visit(root);
  return { status, rootId: root.id, trace };
}

const placeholder: TraceEntry = {
  nodeId: '',
  kind: 'const',
  text: '',
  status: 'unknown',
  evidence: [],
  silent: true,
  detail: {},
  childIds: [],
  code: null,
  unknownCode: null,
  unverified: false,
};
