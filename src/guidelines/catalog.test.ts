import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideItem, factsFrom } from '../engine/index.ts';
import type { CriterionNode } from '../engine/index.ts';
import { CATALOG, loadRules, normalizedOf, validatePack } from './index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const files = readdirSync(dir);
const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.cases.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));

const unverified = (n: CriterionNode): boolean =>
  (n.unverified ?? false) || (n.kind === 'all' || n.kind === 'any' || n.kind === 'at-least' ? n.children.some(unverified) : n.kind === 'not' ? unverified(n.child) : false);

describe('guideline catalog', () => {
  it('loads and validates every rule', () => {
    expect(validatePack(CATALOG.map((e) => e.rule)).problems).toEqual([]);
    expect(loadRules().length).toBe(CATALOG.length);
  });

  it('has a registered rule, cases and a doc for every rule file, with ids equal to file names', () => {
    const registered = new Set(CATALOG.map((e) => e.rule.id));
    for (const base of ruleFiles) {
      expect(registered, `${base}.ts is not registered in catalog.ts`).toContain(base);
      expect(files, `${base} lacks its cases file`).toContain(`${base}.cases.ts`);
      expect(files, `${base} lacks its doc`).toContain(`${base}.md`);
    }
    for (const f of files) {
      const base = f.replace(/\.(cases\.ts|ts|md)$/, '');
      expect(ruleFiles, `${f} has no rule file`).toContain(base);
    }
    expect([...registered].sort()).toEqual([...ruleFiles].sort());
  });

  it('documents every rule: the doc names the rule id and its guideline, and marks unverified criteria [R]', () => {
    for (const { rule } of CATALOG) {
      const doc = readFileSync(join(dir, `${rule.id}.md`), 'utf8');
      expect(doc.startsWith(`# ${rule.id}`), `${rule.id}.md must start with "# ${rule.id}"`).toBe(true);
      if (unverified(rule.criteria)) expect(doc, `${rule.id}.md must mark unverified criteria [R]`).toContain('[R]');
    }
  });

  for (const { rule, cases } of CATALOG) {
    describe(rule.id, () => {
      it('has an Upheld and an Overturned example (or only Upheld for a not-recommended rule)', () => {
        expect(cases.some((c) => c.expect.decision === 'Upheld')).toBe(true);
        if (rule.recommendation !== 'not-recommended') expect(cases.some((c) => c.expect.decision === 'Overturned')).toBe(true);
      });
      for (const c of cases) {
        it(c.name, () => {
          const r = decideItem(loadRules(), { request: c.request, normalized: normalizedOf(c), facts: factsFrom(c.summary, c.facts), dates: c.dates });
          expect(r.ruleId).toBe(rule.id);
          expect(r.determination.decision).toBe(c.expect.decision);
          for (const code of c.expect.codes ?? []) expect(r.determination.reasonCodes).toContain(code);
        });
      }
    });
  }
});
