// The guideline pack: rules as data, validated against the engine's rule schema when loaded.
import { Rule } from '../engine/index.ts';
import type { CriterionNode } from '../engine/index.ts';
import { CATALOG } from './catalog.ts';

export { EDITIONS, MTUS_2016_FROM, TERMS, normalizedOf } from './kit.ts';
export type { RuleCase } from './kit.ts';
export { CATALOG } from './catalog.ts';
export type { CatalogEntry } from './catalog.ts';

export interface PackProblem {
  readonly ruleId: string;
  readonly message: string;
}

function nodeIds(node: CriterionNode): string[] {
  switch (node.kind) {
    case 'all':
    case 'any':
    case 'at-least':
      return [node.id, ...node.children.flatMap(nodeIds)];
    case 'not':
      return [node.id, ...nodeIds(node.child)];
    case 'const':
    case 'fact':
    case 'fact-number':
    case 'quantity':
    case 'time-since-injury':
    case 'prior-treatment':
    case 'response':
    case 'cumulative-visits':
    case 'request-mentions':
      return [node.id];
  }
}

/** Checks every rule against the schema, node ids unique within a rule, rule ids unique in the pack. */
export function validatePack(candidates: readonly unknown[]): { rules: Rule[]; problems: PackProblem[] } {
  const rules: Rule[] = [];
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const parsed = Rule.safeParse(candidate);
    if (!parsed.success) {
      const id = typeof candidate === 'object' && candidate !== null && 'id' in candidate ? String(candidate.id) : '?';
      problems.push({ ruleId: id, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    const rule = parsed.data;
    if (seen.has(rule.id)) problems.push({ ruleId: rule.id, message: 'duplicate rule id' });
    seen.add(rule.id);
    const ids = nodeIds(rule.criteria);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length > 0) problems.push({ ruleId: rule.id, message: `duplicate node ids: ${[...new Set(dup)].join(', ')}` });
    rules.push(rule);
  }
  return { rules, problems };
}

let loaded: readonly Rule[] | null = null;

/** The validated pack; throws if any rule is invalid (a programming error, caught by the catalog test). */
export function loadRules(): readonly Rule[] {
  if (loaded !== null) return loaded;
  const { rules, problems } = validatePack(CATALOG.map((e) => e.rule));
  if (problems.length > 0) throw new Error(`invalid guideline pack: ${problems.map((p) => `${p.ruleId}: ${p.message}`).join(' | ')}`);
  loaded = rules;
  return loaded;
}
