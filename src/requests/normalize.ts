// normalizeRequest: one disputed item line -> category, body parts, laterality and quantity.
// Pure and total: never throws, and its output always satisfies NormalizedRequest (core/request.ts).
import type { Category, NormalizedRequest, Quantity } from '../core/index.ts';
import { findBodyPartsInTokens, type BodyPartsResult } from './bodyParts.ts';
import { CATEGORY_RULES, type CategoryRule } from './categories.ts';
import { findDrugs, resolveDrugClass, type DrugHit } from './drugs.ts';
import { finishQuantity, scanQuantities, statesSessions, type QuantityScan } from './quantity.ts';
import { prepareText, stripLeadingNoise, tokenize } from './text.ts';

/** What the matcher needs besides the text. */
export interface ClassifyContext {
  /** The drug the lexicon resolved (class already adjusted for topical forms), if any. */
  readonly drug: DrugHit | null;
  /** Whether the request states sessions (frequency, visits, A x B). */
  readonly sessions: boolean;
}

/** Rules grouped by rank, lowest first (built once). */
const RANKS: readonly (readonly CategoryRule[])[] = (() => {
  const byRank = new Map<number, CategoryRule[]>();
  for (const r of CATEGORY_RULES) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r]);
  return [...byRank.entries()].sort((a, b) => a[0] - b[0]).map(([, rules]) => rules);
})();

/** Where the rule matches (-1 for the lexicon, which wins its rank), and what it says; null if it does not apply. */
function applyRule(r: CategoryRule, text: string, ctx: ClassifyContext): { index: number; category: Category } | null {
  if (r.sessions === 'present' && !ctx.sessions) return null;
  if (r.sessions === 'absent' && ctx.sessions) return null;
  switch (r.kind) {
    case 'drug-lexicon':
      return ctx.drug === null ? null : { index: -1, category: ctx.drug.drugClass };
    case 'pattern': {
      const m = r.pattern.exec(text);
      return m === null ? null : { index: m.index, category: r.category };
    }
  }
}

/** The one matcher: lowest rank with a match; within a rank, the earliest match. */
export function classifyPrepared(text: string, ctx: ClassifyContext): Category {
  for (const rules of RANKS) {
    let best: { index: number; category: Category } | null = null;
    for (const r of rules) {
      const hit = applyRule(r, text, ctx);
      if (hit !== null && (best === null || hit.index < best.index)) best = hit;
    }
    if (best !== null) return best.category;
  }
  return 'other';
}

interface Analysis {
  readonly text: string;
  readonly tokens: string[];
  readonly drug: DrugHit | null;
  readonly scan: QuantityScan;
  readonly category: Category;
}

function analyse(request: string): Analysis {
  const text = prepareText(request);
  const tokens = tokenize(text);
  const drug = resolveDrugClass(findDrugs(tokens), text);
  const scan = scanQuantities(text, drug !== null);
  const category = classifyPrepared(text, { drug, sessions: statesSessions(scan) });
  return { text, tokens, drug, scan, category };
}

/** Category of a request (see categories.ts for the rules and their order). */
export function classifyCategory(request: string): Category {
  return safe(() => analyse(request).category, () => 'other');
}

/**
 * Quantity of a request. Unlabelled numbers ("(6)", "x 6") are read as visits or as a dispensed count
 * according to the category: the given one, or the request's own category when omitted.
 */
export function parseQuantity(request: string, category?: Category): Quantity {
  return safe(() => {
    const a = analyse(request);
    const cat = category ?? a.category;
    const drugName = a.drug?.name ?? (cat.startsWith('pharmaceutical.') ? unknownDrugName(a.text) : null);
    return finishQuantity(a.scan, cat, drugName);
  }, emptyQuantity);
}

/** Canonical body parts and laterality of a request. */
export function findBodyParts(request: string): BodyPartsResult {
  return safe(() => findBodyPartsInTokens(tokenize(prepareText(request))), () => ({ bodyParts: [], laterality: null }));
}

/** First word of a pharmaceutical request when the lexicon does not know the drug ("Xyzprofen 10mg #30"). */
function unknownDrugName(text: string): string | null {
  const m = /^[\s\W]*([a-z][a-z-]{2,})/.exec(stripLeadingNoise(text));
  return m?.[1] ?? null;
}

function normalize(request: string): NormalizedRequest {
  const a = analyse(request);
  const drugName = a.drug?.name ?? (a.category.startsWith('pharmaceutical.') ? unknownDrugName(a.text) : null);
  const { bodyParts, laterality } = findBodyPartsInTokens(a.tokens);
  return { category: a.category, bodyParts, laterality, quantity: finishQuantity(a.scan, a.category, drugName) };
}

const EMPTY: NormalizedRequest = {
  category: 'other',
  bodyParts: [],
  laterality: null,
  quantity: {
    drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null,
    refills: null, visits: null, perWeek: null, weeks: null,
  },
};

/** Never lets an unexpected input escape as an exception: the item is then simply "other", unparsed. */
function safe<T>(fn: () => T, fallback: () => T): T {
  try {
    return fn();
  } catch {
    return fallback();
  }
}
const emptyRequest = (): NormalizedRequest => structuredClone(EMPTY);
const emptyQuantity = (): Quantity => structuredClone(EMPTY.quantity);

/**
 * Normalises one disputed item as written in a letter ("Norco 10/325mg #180", "Massage Therapy 1 x 12",
 * "MRI of the left shoulder"). Never throws; the result always satisfies NormalizedRequest.
 */
export function normalizeRequest(request: string): NormalizedRequest {
  if (typeof request !== 'string') return emptyRequest();
  return safe(() => normalize(request), emptyRequest);
}
