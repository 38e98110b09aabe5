// The registry of rule files. Each entry pairs a rule with its example cases; the catalog test checks that every
// file in rules/ is registered here and has its cases and its doc.
import type { Rule } from '../engine/index.ts';
import type { RuleCase } from './kit.ts';
import * as massage2009 from './rules/massage-therapy.cpmtg2009.ts';
import * as massage2009Cases from './rules/massage-therapy.cpmtg2009.cases.ts';

export interface CatalogEntry {
  readonly rule: Rule;
  readonly cases: readonly RuleCase[];
}

export const CATALOG: readonly CatalogEntry[] = [
  { rule: massage2009.rule, cases: massage2009Cases.cases },
];
