// Pack-level behaviour: version switch on real rules, the evidence hierarchy, no-governing-rule, and rationales that
// state record facts only through evidence spans.
import { describe, expect, it } from 'vitest';
import { decideItem, factsFrom } from '../engine/index.ts';
import type { ItemInput } from '../engine/index.ts';
import { CATALOG, loadRules, normalizedOf } from './index.ts';
import type { RuleCase } from './index.ts';

const rules = loadRules();
const inputOf = (c: RuleCase): ItemInput => ({ request: c.request, normalized: normalizedOf(c), facts: factsFrom(c.summary, c.facts), dates: c.dates });
const base: RuleCase = {
  name: 'x',
  request: 'Physical therapy x 8 lumbar spine',
  category: 'rehab.physical-therapy',
  quantity: { visits: 8 },
  dates: {},
  summary: 'Low back pain.',
  facts: [],
  expect: { decision: 'Upheld' },
};

describe('guideline version by the request dates', () => {
  it('2016-07-28 takes the 2009 CPMTG (cited by page), 2016-07-29 the 2016 guideline (cited by section)', () => {
    const before = decideItem(rules, inputOf({ ...base, dates: { requestDate: '2016-07-28', dateOfInjury: '2015-01-01' } }));
    const after = decideItem(rules, inputOf({ ...base, dates: { requestDate: '2016-07-29', dateOfInjury: '2015-01-01' } }));
    expect(before.ruleId).toBe('physical-medicine.cpmtg2009');
    expect(before.determination.guideline.pages).toEqual(['98', '99']);
    expect(after.ruleId).toBe('physical-medicine.cpmtg2016');
    expect(after.determination.guideline.sections).toEqual(['Physical medicine treatment']);
  });

  it('uses the UR denial date when it is the only date', () => {
    expect(decideItem(rules, inputOf({ ...base, dates: { urDenialDate: '2016-07-28' } })).ruleId).toBe('physical-medicine.cpmtg2009');
    expect(decideItem(rules, inputOf({ ...base, dates: { urDenialDate: '2016-07-29' } })).ruleId).toBe('physical-medicine.cpmtg2016');
  });

  it('opioids on/after 2016-07-29 go to the 2016 Opioids guideline', () => {
    const opioid: RuleCase = { ...base, request: 'Norco 10/325 #60', category: 'pharmaceutical.opioid', quantity: { drug: 'norco', count: 60 } };
    expect(decideItem(rules, inputOf({ ...opioid, dates: { urDenialDate: '2016-07-28' } })).ruleId).toBe('opioids-initiation.cpmtg2009');
    expect(decideItem(rules, inputOf({ ...opioid, dates: { urDenialDate: '2016-07-29' } })).ruleId).toBe('opioids-initiation.opioids2016');
  });

  it('sleep aids before 2016 fall to ODG (the 2009 CPMTG does not address them), after it to the MTUS', () => {
    const sleep: RuleCase = { ...base, request: 'Ambien 10mg #30', category: 'pharmaceutical.sleep-aid', quantity: { drug: 'ambien' } };
    const odg = decideItem(rules, inputOf({ ...sleep, dates: { urDenialDate: '2015-01-01' } }));
    expect(odg.ruleId).toBe('insomnia-treatment.odg');
    expect(odg.determination.guideline.source).toBe('ODG');
    expect(decideItem(rules, inputOf({ ...sleep, dates: { urDenialDate: '2017-01-01' } })).ruleId).toBe('insomnia-treatment.cpmtg2016');
  });
});

describe('no governing rule', () => {
  it.each([
    ['MRI of the hip', 'imaging.mri', ['hip']],
    ['Right knee arthroscopy', 'surgery', ['knee']],
    ['Unknown thing', 'other', []],
  ] as const)('%s', (request, category, bodyParts) => {
    const r = decideItem(rules, inputOf({ ...base, request, category, bodyParts, quantity: {}, dates: { urDenialDate: '2016-12-01' } }));
    expect(r.ruleId).toBeNull();
    expect(r.determination.reasonCodes).toEqual(['no-governing-rule']);
  });
});

describe('rationales', () => {
  for (const { rule, cases } of CATALOG) {
    for (const c of cases) {
      it(`${rule.id}: ${c.name}`, () => {
        const input = inputOf(c);
        const r = decideItem(rules, input);
        const text = r.determination.rationale;
        const ending = r.determination.decision === 'Overturned' ? 'is medically necessary.' : 'is not medically necessary.';
        expect(text.endsWith(`Therefore, the request for ${c.request} ${ending}`)).toBe(true);
        expect(text).toContain(rule.guideline.title);
        // Every quoted passage is the exact text of an evidence span in the case file.
        for (const m of text.matchAll(/"([^"]+)"/g)) {
          const quoted = m[1] ?? '';
          const span = input.facts.flatMap((f) => f.evidence).find((e) => e.text === quoted);
          expect(span, `rationale quotes text that is no evidence span: ${quoted}`).toBeDefined();
          expect(c.summary.slice(span?.start, span?.end)).toBe(quoted);
        }
        // Every criterion's evidence is an exact span too.
        for (const crit of r.determination.criteria) for (const e of crit.evidence) expect(c.summary.slice(e.start, e.end)).toBe(e.text);
      });
    }
  }
});
