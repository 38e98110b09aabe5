import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CriterionStatus, NormalizedRequest } from '../core/index.ts';
import { allOf, anyOf, atLeast, evaluate, negate } from './evaluate.ts';
import type { EvaluationContext } from './evaluate.ts';
import { CriterionNode } from './schema.ts';
import { factsFrom } from './fixtures.ts';

const S: CriterionStatus[] = ['met', 'not_met', 'unknown'];

const request = (over: Partial<NormalizedRequest['quantity']> = {}): NormalizedRequest => ({
  category: 'rehab.massage',
  bodyParts: ['lumbar spine'],
  laterality: null,
  quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null, ...over },
});

const ctx = (over: Partial<EvaluationContext> = {}): EvaluationContext => ({
  requestText: 'Massage therapy x 6',
  request: request({ visits: 6 }),
  facts: [],
  decisionDate: '2015-01-10',
  dateOfInjury: '2012-03-01',
  ...over,
});

const c = (id: string, status: CriterionStatus): CriterionNode => ({ kind: 'const', id, text: id, status });

describe('Kleene truth tables', () => {
  it('and / or / not', () => {
    const and: Record<string, CriterionStatus> = {};
    const or: Record<string, CriterionStatus> = {};
    for (const a of S) for (const b of S) {
      and[`${a},${b}`] = allOf([a, b]);
      or[`${a},${b}`] = anyOf([a, b]);
    }
    expect(and).toEqual({
      'met,met': 'met', 'met,not_met': 'not_met', 'met,unknown': 'unknown',
      'not_met,met': 'not_met', 'not_met,not_met': 'not_met', 'not_met,unknown': 'not_met',
      'unknown,met': 'unknown', 'unknown,not_met': 'not_met', 'unknown,unknown': 'unknown',
    });
    expect(or).toEqual({
      'met,met': 'met', 'met,not_met': 'met', 'met,unknown': 'met',
      'not_met,met': 'met', 'not_met,not_met': 'not_met', 'not_met,unknown': 'unknown',
      'unknown,met': 'met', 'unknown,not_met': 'unknown', 'unknown,unknown': 'unknown',
    });
    expect(S.map(negate)).toEqual(['not_met', 'met', 'unknown']);
  });

  it('at-least-N counts unknowns as possibly met', () => {
    expect(atLeast(2, ['met', 'met', 'not_met'])).toBe('met');
    expect(atLeast(2, ['met', 'unknown', 'not_met'])).toBe('unknown');
    expect(atLeast(2, ['met', 'not_met', 'not_met'])).toBe('not_met');
  });
});

describe('leaves', () => {
  const text = 'She completed 12 sessions of physical therapy with no benefit. No red flags. Pain 8/10 before and 4/10 after acupuncture.';
  const facts = factsFrom(text, [
    { kind: 'prior-treatment', value: 'physical therapy', quote: '12 sessions of physical therapy', attributes: { count: 12 }, temporality: 'historical' },
    { kind: 'no-benefit', value: 'physical therapy', quote: 'no benefit' },
    { kind: 'red-flag', value: 'red flag', quote: 'No red flags', polarity: 'negated' },
    { kind: 'pain-score', value: 4, quote: 'Pain 8/10 before and 4/10 after acupuncture', attributes: { before: 8, after: 4, treatment: 'acupuncture' } },
  ]);
  const run = (node: CriterionNode, over: Partial<EvaluationContext> = {}) => evaluate(node, ctx({ facts, ...over }));

  it('fact present / absent / silent', () => {
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'red-flag', expect: 'absent' }).status).toBe('met');
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'red-flag' }).status).toBe('not_met');
    const silent = run({ kind: 'fact', id: 'x', text: 'x', factKind: 'home-exercise-program' });
    expect(silent.status).toBe('unknown');
    expect(silent.trace[0]?.silent).toBe(true);
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'home-exercise-program', ifSilent: 'met' }).status).toBe('met');
  });

  it('prior treatment with counts, response and cumulative visits', () => {
    expect(run({ kind: 'prior-treatment', id: 'x', text: 'x', treatments: ['physical therapy'], minCount: 6 }).status).toBe('met');
    expect(run({ kind: 'prior-treatment', id: 'x', text: 'x', treatments: ['physical therapy'], minCount: 20 }).status).toBe('not_met');
    expect(run({ kind: 'response', id: 'x', text: 'x', measure: 'functional-improvement', treatments: ['physical therapy'] }).status).toBe('not_met');
    expect(run({ kind: 'response', id: 'x', text: 'x', measure: 'pain-relief', minPercent: 50, treatments: ['acupuncture'] }).status).toBe('met');
    expect(run({ kind: 'cumulative-visits', id: 'x', text: 'x', treatments: ['physical therapy'], max: 24 }, { request: request({ visits: 12 }) }).status).toBe('met');
    expect(run({ kind: 'cumulative-visits', id: 'x', text: 'x', treatments: ['physical therapy'], max: 24 }, { request: request({ visits: 13 }) }).status).toBe('not_met');
  });

  it('quantity and time since injury', () => {
    expect(run({ kind: 'quantity', id: 'q', text: 'q', field: 'visits', max: 6 }).status).toBe('met');
    expect(run({ kind: 'quantity', id: 'q', text: 'q', field: 'visits', max: 5 }).trace[0]?.detail).toMatchObject({ requested: 6, max: 5 });
    expect(run({ kind: 'quantity', id: 'q', text: 'q', field: 'weeks', max: 5 }).status).toBe('unknown');
    expect(run({ kind: 'time-since-injury', id: 't', text: 't', minMonths: 3 }).status).toBe('met');
    expect(run({ kind: 'time-since-injury', id: 't', text: 't', minMonths: 3 }, { dateOfInjury: null }).status).toBe('unknown');
  });
});

describe('attributes extracted facts carry', () => {
  const text = 'Positive Tinel sign. MRI: disc protrusion. PT helped. Chiropractic gave no benefit. Takes Norco.';
  const facts = factsFrom(text, [
    { kind: 'imaging', value: 'mri', quote: 'MRI: disc protrusion', attributes: { result: 'abnormal' } },
    { kind: 'prior-treatment', value: 'physical therapy', quote: 'PT helped', attributes: { response: 'improved' } },
    { kind: 'prior-treatment', value: 'chiropractic', quote: 'Chiropractic gave no benefit', attributes: { response: 'no benefit' } },
    { kind: 'medication', value: 'hydrocodone', quote: 'Norco', attributes: { generic: 'hydrocodone', drugClass: 'opioid' } },
  ]);
  const run = (node: CriterionNode) => evaluate(node, ctx({ facts })).status;
  it('filters facts by attribute values (where)', () => {
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'imaging', where: { result: ['abnormal'] } })).toBe('met');
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'imaging', where: { result: ['normal'] } })).toBe('unknown');
  });
  it('matches terms against a drug class attribute', () => {
    expect(run({ kind: 'fact', id: 'x', text: 'x', factKind: 'medication', values: ['opioid'] })).toBe('met');
  });
  it('reads a prior treatment\'s stated response', () => {
    expect(run({ kind: 'response', id: 'x', text: 'x', measure: 'functional-improvement', treatments: ['physical therapy'] })).toBe('met');
    expect(run({ kind: 'response', id: 'x', text: 'x', measure: 'functional-improvement', treatments: ['chiropractic'] })).toBe('not_met');
    expect(run({ kind: 'response', id: 'x', text: 'x', measure: 'pain-relief', minPercent: 30, treatments: ['physical therapy'] })).toBe('unknown');
  });
});

describe('trace', () => {
  it('records every node, parents first, keyed by the node ids', () => {
    const tree: CriterionNode = { kind: 'all', id: 'root', text: 'r', children: [c('a', 'met'), { kind: 'not', id: 'n', text: 'n', child: c('b', 'not_met') }, { kind: 'any', id: 'o', text: 'o', children: [c('d', 'unknown'), c('e', 'not_met')] }] };
    const r = evaluate(tree, ctx());
    expect(r.trace.map((t) => t.nodeId)).toEqual(['root', 'a', 'n', 'b', 'o', 'd', 'e']);
    expect(r.status).toBe('unknown');
  });

  it('does not depend on names: renaming ids and terms consistently gives the same statuses', () => {
    const text = 'Completed chiropractic care with improved function.';
    const facts = factsFrom(text, [
      { kind: 'prior-treatment', value: 'chiropractic', quote: 'chiropractic care' },
      { kind: 'functional-improvement', value: 'chiropractic', quote: 'improved function' },
    ]);
    const renamed = factsFrom(text, [
      { kind: 'prior-treatment', value: 'zzz therapy', quote: 'chiropractic care' },
      { kind: 'functional-improvement', value: 'zzz therapy', quote: 'improved function' },
    ]);
    const tree = (t: string, p: string): CriterionNode => ({ kind: 'all', id: `${p}-r`, text: 'r', children: [
      { kind: 'prior-treatment', id: `${p}-a`, text: 'a', treatments: [t] },
      { kind: 'response', id: `${p}-b`, text: 'b', measure: 'functional-improvement', treatments: [t] },
    ] });
    const a = evaluate(tree('chiropractic', 'x'), ctx({ facts })).trace.map((t) => t.status);
    const b = evaluate(tree('zzz therapy', 'y'), ctx({ facts: renamed })).trace.map((t) => t.status);
    expect(a).toEqual(b);
    expect(a[0]).toBe('met');
  });
});

// Arbitrary criteria trees over every node kind.
const leafArb: fc.Arbitrary<CriterionNode> = fc.oneof(
  fc.constantFrom(...S).map((status) => ({ kind: 'const' as const, id: 'k', text: 'k', status })),
  fc.record({ factKind: fc.constantFrom('red-flag' as const, 'prior-treatment' as const, 'pain-score' as const), expect: fc.constantFrom('present' as const, 'absent' as const) }).map((r) => ({ kind: 'fact' as const, id: 'f', text: 'f', ...r })),
  fc.record({ max: fc.integer({ min: 0, max: 30 }), field: fc.constantFrom('visits' as const, 'count' as const, 'weeks' as const, 'strength' as const) }).map((r) => ({ kind: 'quantity' as const, id: 'q', text: 'q', ...r })),
  fc.integer({ min: 0, max: 24 }).map((m) => ({ kind: 'time-since-injury' as const, id: 't', text: 't', minMonths: m })),
  fc.integer({ min: 1, max: 20 }).map((m) => ({ kind: 'prior-treatment' as const, id: 'p', text: 'p', treatments: ['physical therapy'], minCount: m })),
  fc.integer({ min: 0, max: 100 }).map((m) => ({ kind: 'response' as const, id: 'r', text: 'r', measure: 'pain-relief' as const, minPercent: m })),
  fc.integer({ min: 1, max: 30 }).map((m) => ({ kind: 'cumulative-visits' as const, id: 'c', text: 'c', treatments: ['physical therapy'], max: m })),
  fc.constantFrom('text' as const, 'drug' as const, 'body-part' as const).map((field) => ({ kind: 'request-mentions' as const, id: 'm', text: 'm', field, terms: ['massage', 'lumbar'] })),
);

const { tree: treeArb } = fc.letrec<{ tree: CriterionNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((children) => ({ kind: 'all' as const, id: 'a', text: 'a', children })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((children) => ({ kind: 'any' as const, id: 'o', text: 'o', children })),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(tie('tree'), { minLength: 1, maxLength: 4 })).map(([n, children]) => ({ kind: 'at-least' as const, id: 'n', text: 'n', n, children })),
    tie('tree').map((child) => ({ kind: 'not' as const, id: 'x', text: 'x', child })),
  ),
}));

const count = (n: CriterionNode): number =>
  n.kind === 'all' || n.kind === 'any' || n.kind === 'at-least' ? 1 + n.children.reduce((s, ch) => s + count(ch), 0) : n.kind === 'not' ? 1 + count(n.child) : 1;

describe('properties', () => {
  const text = 'PT x 8 helped. Pain 6/10 to 3/10. Denies red flags.';
  const facts = factsFrom(text, [
    { kind: 'prior-treatment', value: 'physical therapy', quote: 'PT x 8', attributes: { count: 8 } },
    { kind: 'pain-score', value: 3, quote: 'Pain 6/10 to 3/10', attributes: { before: 6, after: 3 } },
    { kind: 'red-flag', value: 'red flag', quote: 'Denies red flags', polarity: 'negated' },
  ]);

  it('evaluation is total, the trace has one entry per node, and every tree the arbitrary builds is valid', () => {
    fc.assert(
      fc.property(treeArb, fc.boolean(), fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), (tree, withFacts, visits) => {
        expect(CriterionNode.safeParse(tree).success).toBe(true);
        const r = evaluate(tree, ctx({ facts: withFacts ? facts : [], request: request({ visits, count: visits }) }));
        expect(S).toContain(r.status);
        expect(r.trace).toHaveLength(count(tree));
      }),
      { numRuns: 300 },
    );
  });

  it('resolving an unknown leaf never changes a decided result (unknown never flips to not_met)', () => {
    const constTree = fc.letrec<{ t: CriterionNode }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(...S).map((status) => ({ kind: 'const' as const, id: 'k', text: 'k', status })),
        fc.array(tie('t'), { minLength: 1, maxLength: 3 }).map((children) => ({ kind: 'all' as const, id: 'a', text: 'a', children })),
        fc.array(tie('t'), { minLength: 1, maxLength: 3 }).map((children) => ({ kind: 'any' as const, id: 'o', text: 'o', children })),
        fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(tie('t'), { minLength: 1, maxLength: 3 })).map(([n, children]) => ({ kind: 'at-least' as const, id: 'n', text: 'n', n, children })),
        tie('t').map((child) => ({ kind: 'not' as const, id: 'x', text: 'x', child })),
      ),
    })).t;
    // Replace the i-th unknown const (in pre-order) with `to`.
    const refine = (n: CriterionNode, i: { left: number }, to: CriterionStatus): CriterionNode => {
      if (n.kind === 'const') {
        if (n.status !== 'unknown') return n;
        return i.left-- === 0 ? { ...n, status: to } : n;
      }
      if (n.kind === 'all' || n.kind === 'any' || n.kind === 'at-least') return { ...n, children: n.children.map((ch) => refine(ch, i, to)) };
      if (n.kind === 'not') return { ...n, child: refine(n.child, i, to) };
      return n;
    };
    fc.assert(
      fc.property(constTree, fc.nat(5), fc.constantFrom<CriterionStatus>('met', 'not_met'), (tree, which, to) => {
        const before = evaluate(tree, ctx()).status;
        const after = evaluate(refine(tree, { left: which }, to), ctx()).status;
        if (before !== 'unknown') expect(after).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
