// Agreement between proposed and real decisions, judged as the product asks: never accuracy alone
// (about 89 % of items are Upheld, so always saying Upheld scores 0.89), but balanced accuracy, the
// Overturned class's precision / recall / F1, and Cohen's kappa, overall and per category.
import type { Decision } from '../core/index.ts';

export interface Confusion {
  /** Real Overturned, proposed Overturned. */
  tp: number;
  /** Real Upheld, proposed Overturned. */
  fp: number;
  /** Real Upheld, proposed Upheld. */
  tn: number;
  /** Real Overturned, proposed Upheld. */
  fn: number;
}

export interface AgreementMetrics {
  n: number;
  confusion: Confusion;
  accuracy: number | null;
  /** Mean of the recall of each class; 0.5 for a constant answer. */
  balancedAccuracy: number | null;
  overturned: { precision: number | null; recall: number | null; f1: number | null };
  /** Cohen's kappa: agreement beyond chance; 0 for a constant answer. */
  kappa: number | null;
}

export function confusionOf(pairs: readonly { actual: Decision; proposed: Decision }[]): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { actual, proposed } of pairs) {
    if (actual === 'Overturned') {
      if (proposed === 'Overturned') c.tp++;
      else c.fn++;
    } else if (proposed === 'Overturned') c.fp++;
    else c.tn++;
  }
  return c;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function agreement(c: Confusion): AgreementMetrics {
  const n = c.tp + c.fp + c.tn + c.fn;
  const recallO = ratio(c.tp, c.tp + c.fn);
  const recallU = ratio(c.tn, c.tn + c.fp);
  const precisionO = ratio(c.tp, c.tp + c.fp);
  const f1 = precisionO !== null && recallO !== null && precisionO + recallO > 0 ? (2 * precisionO * recallO) / (precisionO + recallO) : null;
  let balanced: number | null = null;
  if (recallO !== null && recallU !== null) balanced = (recallO + recallU) / 2;
  else if (recallO !== null || recallU !== null) balanced = recallO ?? recallU;
  let kappa: number | null = null;
  if (n > 0) {
    const po = (c.tp + c.tn) / n;
    const pe = ((c.tp + c.fp) / n) * ((c.tp + c.fn) / n) + ((c.tn + c.fn) / n) * ((c.tn + c.fp) / n);
    kappa = pe === 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe);
  }
  return {
    n,
    confusion: c,
    accuracy: ratio(c.tp + c.tn, n),
    balancedAccuracy: balanced,
    overturned: { precision: precisionO, recall: recallO, f1 },
    kappa,
  };
}

/** Metrics overall and per group (e.g. per category), groups sorted by size. */
export function agreementBy<K extends string>(
  rows: readonly { actual: Decision; proposed: Decision; group: K }[],
): { overall: AgreementMetrics; groups: { group: K; metrics: AgreementMetrics }[] } {
  const byGroup = new Map<K, { actual: Decision; proposed: Decision }[]>();
  for (const r of rows) {
    const list = byGroup.get(r.group) ?? [];
    list.push(r);
    byGroup.set(r.group, list);
  }
  return {
    overall: agreement(confusionOf(rows)),
    groups: [...byGroup]
      .map(([group, list]) => ({ group, metrics: agreement(confusionOf(list)) }))
      .sort((a, b) => b.metrics.n - a.metrics.n || (a.group < b.group ? -1 : 1)),
  };
}
