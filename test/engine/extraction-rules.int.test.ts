// End to end from free text to rule criteria: the extractor's facts (kinds, values, negation, attributes such as
// treatment and response) must keep driving the rules' criteria the way the rules intend. Summaries are
// hand-written and synthetic.
import { describe, expect, test } from 'vitest';
import type { CriterionStatus } from '../../src/core/index.ts';
import { decideItem } from '../../src/engine/index.ts';
import { extractFacts } from '../../src/extraction/index.ts';
import { loadRules } from '../../src/guidelines/index.ts';
import { normalizeRequest } from '../../src/requests/index.ts';

const rules = loadRules();

function decide(summary: string, request: string, dates: { dateOfInjury: string; urDenialDate: string }) {
  const facts = extractFacts([{ source: 'clinicalSummary', text: summary }], { dateOfInjury: dates.dateOfInjury, referenceDate: dates.urDenialDate });
  const result = decideItem(rules, { request, normalized: normalizeRequest(request), facts, dates });
  const status = (id: string): CriterionStatus | undefined =>
    result.determination.criteria.find((c) => c.id === `${result.ruleId ?? ''}/${id}`)?.status;
  return { result, status, decision: result.determination.decision };
}

const chronic = { dateOfInjury: '2015-03-02', urDenialDate: '2016-11-15' };

describe('extracted facts drive the intended rule criteria', () => {
  test('cervical MRI: a diminished reflex after failed therapy meets the neurologic criterion', () => {
    const r = decide(
      'The patient has neck pain radiating to the right arm. Examination shows a diminished right biceps reflex and decreased sensation in the C6 dermatome. She completed eight sessions of physical therapy without improvement.',
      'MRI of the cervical spine',
      chronic,
    );
    expect(r.result.ruleId).toBe('mri-cervical-spine.acoem2004');
    expect(r.status('conservative-care')).toBe('met');
    expect(r.status('neurologic-dysfunction')).toBe('met');
    expect(r.decision).toBe('Overturned');
  });

  test('cervical MRI: reported tingling alone is not an objective neurologic finding', () => {
    const r = decide(
      'The patient reports neck pain with intermittent tingling in the hands. Treatment has included physical therapy and medications.',
      'MRI of the cervical spine',
      chronic,
    );
    expect(r.result.ruleId).toBe('mri-cervical-spine.acoem2004');
    expect(r.status('neurologic-dysfunction')).not.toBe('met');
    expect(r.decision).toBe('Upheld');
  });

  test('imaging: red flags that were not noted are not a red flag', () => {
    const r = decide('Neck pain. Red flags were not noted. Treatment has included medications.', 'X-rays of the cervical spine', chronic);
    expect(r.result.ruleId).toBe('xray-neck-shoulder.acoem2004');
    expect(r.status('red-flag')).toBe('not_met');
    expect(r.decision).toBe('Upheld');
  });

  test('opioid continuation: documented relief, function and a urine drug screen meet the criteria', () => {
    const r = decide(
      'The patient has chronic low back pain and takes Norco 10/325 mg three times a day. Pain is 8/10 without medication and 4/10 with medication. With the medication she is able to walk longer and do household chores. A urine drug screen on 10/01/2016 was consistent. There is no aberrant behavior.',
      'Norco 10/325mg #90',
      chronic,
    );
    expect(r.result.ruleId).toBe('opioids-continuation.opioids2016');
    expect(r.status('pain-relief')).toBe('met');
    expect(r.status('monitoring')).toBe('met');
  });

  test('PPI: an NSAID without any gastrointestinal risk leaves the risk criterion unmet', () => {
    const r = decide('The patient takes naproxen 550 mg twice a day for knee pain. She denies gastrointestinal upset.', 'Omeprazole 20mg #30', chronic);
    expect(r.result.ruleId).toBe('ppi.cpmtg2016');
    expect(r.status('on-nsaid')).toBe('met');
    expect(r.status('gi-risk')).not.toBe('met');
    expect(r.decision).toBe('Upheld');
  });
});
