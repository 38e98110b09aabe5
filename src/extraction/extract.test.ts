// One or more synthetic sentences per fact kind. Each test also checks that evidence is exact.
import { describe, expect, it } from 'vitest';
import type { Fact, FactKind } from '../core/index.ts';
import { extractFacts } from './extract.ts';

function facts(text: string, context: { dateOfInjury?: string; referenceDate?: string } = {}): Fact[] {
  const out = extractFacts([{ source: 'clinicalSummary', text }], context);
  for (const f of out) for (const e of f.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  return out;
}

function one(text: string, kind: FactKind, value?: Fact['value']): Fact {
  const found = facts(text).filter((f) => f.kind === kind && (value === undefined || f.value === value));
  expect(found.length, `${kind} ${String(value)} in: ${text}`).toBeGreaterThan(0);
  return found[0]!;
}

function none(text: string, kind: FactKind): void {
  expect(facts(text).filter((f) => f.kind === kind)).toEqual([]);
}

describe('demographics and injury', () => {
  it('age and sex', () => {
    expect(one('The patient is a 52-year-old female.', 'age').value).toBe(52);
    expect(one('The patient is a 52-year-old female.', 'sex').value).toBe('female');
    expect(one('This is a 45 y/o male.', 'age').value).toBe(45);
    expect(one('This is a 45 y/o male.', 'sex').value).toBe('male');
    expect(one('A man, age 61, was seen.', 'age').value).toBe(61);
    none('The 2016-year-old file.', 'age');
  });

  it('date of injury, with chronicity against the reference date', () => {
    const text = 'She sustained an industrial injury on 10-13-16 while lifting boxes.';
    const f = facts(text, { referenceDate: '2017-02-01' }).find((x) => x.kind === 'date-of-injury');
    expect(f?.value).toBe('2016-10-13');
    expect(f?.attributes).toMatchObject({ chronicity: 'chronic', monthsSinceInjury: 3 });
    expect(one('Date of injury: October 22, 2016.', 'date-of-injury').value).toBe('2016-10-22');
    expect(one('He has a 2/4/14 date of injury.', 'date-of-injury').value).toBe('2014-02-04');
    none('The injured worker was evaluated on 10-19-16.', 'date-of-injury');
    expect(one('Low back problems secondary to an injury dated 5/12/12.', 'date-of-injury').value).toBe('2012-05-12');
    none('She was injured at work; the progress report dated 5/12/12 was reviewed.', 'date-of-injury');
  });

  it('mechanism only where the injury is told', () => {
    expect(one('He was injured when he slipped and fell on a wet floor.', 'mechanism').value).toBe('fall');
    expect(one('The injury occurred while lifting a heavy box.', 'mechanism').value).toBe('lifting');
    expect(one('The mechanism of injury was a motor vehicle accident.', 'mechanism').value).toBe('motor vehicle accident');
    none('Pain increases with lifting.', 'mechanism');
  });

  it('body parts and laterality', () => {
    const f = one('She has pain in the left knee.', 'body-part', 'knee');
    expect(f.attributes['laterality']).toBe('left');
    expect(f.evidence[0]!.text).toBe('left knee');
    expect(one('Pain in both shoulders.', 'body-part', 'shoulder').attributes['laterality']).toBe('bilateral');
    expect(one('Low back pain.', 'body-part', 'lumbar spine').attributes['laterality']).toBeNull();
    expect(one('Neck pain radiating to the arms bilaterally.', 'body-part', 'upper extremity').attributes['laterality']).toBe('bilateral');
    none('She went back to the clinic.', 'body-part');
    expect(one('Right shoulder tenderness.', 'objective-finding', 'tenderness').attributes).toMatchObject({ bodyPart: 'shoulder', laterality: 'right' });
  });
});

describe('diagnoses, symptoms and findings', () => {
  it('diagnoses', () => {
    expect(one('Diagnoses: lumbar radiculopathy and carpal tunnel syndrome.', 'diagnosis', 'radiculopathy').polarity).toBe('affirmed');
    expect(one('Diagnoses: lumbar radiculopathy and carpal tunnel syndrome.', 'diagnosis', 'carpal tunnel syndrome').value).toBe('carpal tunnel syndrome');
    expect(one('History of diabetes.', 'diagnosis', 'diabetes').temporality).toBe('historical');
    expect(one('Possible meniscal tear.', 'diagnosis', 'meniscal tear').polarity).toBe('uncertain');
  });

  it('symptoms and objective findings', () => {
    expect(one('She reports stiffness.', 'symptom', 'stiffness').polarity).toBe('affirmed');
    expect(one('Exam showed tenderness to palpation and muscle spasm.', 'objective-finding', 'tenderness').polarity).toBe('affirmed');
    expect(one('Exam showed tenderness to palpation and muscle spasm.', 'objective-finding', 'spasm').polarity).toBe('affirmed');
    expect(one('There was no spasm.', 'objective-finding', 'spasm').polarity).toBe('negated');
    expect(one('Limited range of motion of the neck.', 'objective-finding', 'decreased range of motion').polarity).toBe('affirmed');
  });

  it('neurological deficits', () => {
    expect(one('She denies numbness.', 'neurological-deficit', 'numbness').polarity).toBe('negated');
    expect(one('Decreased sensation in the L5 dermatome.', 'neurological-deficit', 'decreased sensation').polarity).toBe('affirmed');
    expect(one('Diminished reflexes at the ankle.', 'neurological-deficit', 'decreased reflexes').polarity).toBe('affirmed');
    expect(one('There were no neurological deficits in the lower extremities.', 'neurological-deficit', 'neurological deficit').polarity).toBe('negated');
    expect(one('Motor strength was 4/5 in the left EHL.', 'neurological-deficit', 'weakness').attributes['grade']).toBe('4/5');
    none('Strength is 5/5 throughout.', 'neurological-deficit');
  });

  it('red flags', () => {
    expect(one('No red flags were identified.', 'red-flag', 'red flags').polarity).toBe('negated');
    expect(one('He denies bowel or bladder incontinence.', 'red-flag', 'bowel or bladder dysfunction').polarity).toBe('negated');
    expect(one('Concern for cauda equina syndrome.', 'red-flag', 'cauda equina syndrome').polarity).toBe('uncertain');
  });

  it('special tests with their results', () => {
    const slr = one('Straight leg raise was positive on the left at 40 degrees.', 'special-test', 'straight leg raise');
    expect(slr.attributes['result']).toBe('positive');
    expect(slr.polarity).toBe('affirmed');
    expect(one("Negative Spurling's test.", 'special-test', 'Spurling').attributes['result']).toBe('negative');
    expect(one("Positive Phalen's and Tinel's signs at the wrist.", 'special-test', 'Tinel').attributes['result']).toBe('positive');
    expect(one('McMurray test was negative.', 'special-test', 'McMurray').polarity).toBe('negated');
    expect(one('SLR and FABER tests were negative bilaterally.', 'special-test', 'FABER').polarity).toBe('negated');
  });
});

describe('studies already done', () => {
  it('imaging with modality, body part, date and finding', () => {
    const f = one('An MRI of the lumbar spine dated 03/17/2012 showed an L4-5 disc protrusion.', 'imaging', 'MRI');
    expect(f.attributes).toMatchObject({ modality: 'MRI', bodyPart: 'lumbar spine', result: 'abnormal' });
    expect(f.date).toBe('2012-03-17');
    expect(f.evidence[1]?.text).toBe('showed an L4-5 disc protrusion');
    expect(one('X-rays of the knee were unremarkable.', 'imaging', 'x-ray').attributes['result']).toBe('normal');
    expect(one('X-rays of the left hip were also unremarkable.', 'imaging', 'x-ray').attributes['result']).toBe('normal');
    const two = facts('X-rays of the knee showed arthritis and an MRI of the knee showed a meniscal tear.').filter((f) => f.kind === 'imaging');
    expect(two.map((f) => f.evidence[1]?.text)).toEqual(['showed arthritis', 'showed a meniscal tear']);
    expect(one('The provider requested an MRI of the knee.', 'imaging', 'MRI').temporality).toBe('planned');
    expect(one('No MRI has been done.', 'imaging', 'MRI').polarity).toBe('negated');
  });

  it('electrodiagnostics', () => {
    const f = one('EMG/NCV of the upper extremities on 2/4/14 revealed mild carpal tunnel syndrome.', 'electrodiagnostic', 'EMG/NCV');
    expect(f.attributes).toMatchObject({ bodyPart: 'upper extremity', result: 'abnormal' });
    expect(f.date).toBe('2014-02-04');
    expect(one('Nerve conduction studies were normal.', 'electrodiagnostic', 'NCV').attributes['result']).toBe('normal');
  });
});

describe('treatments and response', () => {
  it('prior treatment with count and no benefit', () => {
    const f = one('She completed 12 sessions of physical therapy with no improvement.', 'prior-treatment', 'physical therapy');
    expect(f.attributes).toMatchObject({ count: 12, response: 'no benefit' });
    expect(f.polarity).toBe('affirmed');
    expect(f.temporality).toBe('historical');
    expect(f.evidence[0]!.text).toBe('12 sessions of physical therapy');
    expect(one('She completed 12 sessions of physical therapy with no improvement.', 'no-benefit', 'physical therapy').polarity).toBe('affirmed');
  });

  it('response with pain before and after', () => {
    const text = 'She had 6 massage sessions, which significantly improved her pain from 5-6/10 to 4/10.';
    expect(one(text, 'prior-treatment', 'massage').attributes).toMatchObject({ count: 6, response: 'improved' });
    expect(one(text, 'pain-score').attributes).toMatchObject({ before: 5.5, after: 4 });
  });

  it('a treatment followed by the absence of functional improvement had no benefit', () => {
    const text = 'Treatment to date has included chiropractic treatment (without documentation of objective functional improvement) and activity modifications.';
    expect(one(text, 'prior-treatment', 'chiropractic').attributes['response']).toBe('no benefit');
    expect(one(text, 'prior-treatment', 'activity modification').polarity).toBe('affirmed');
  });

  it('counts in other forms', () => {
    expect(one('Chiropractic x 8 visits.', 'prior-treatment', 'chiropractic').attributes['count']).toBe(8);
    expect(one('He attended acupuncture (6 sessions).', 'prior-treatment', 'acupuncture').attributes['count']).toBe(6);
    expect(one('Six acupuncture treatments were completed.', 'prior-treatment', 'acupuncture').attributes['count']).toBe(6);
    expect(one('Chiropractic treatment 2 times a week for 3 weeks was requested.', 'prior-treatment', 'chiropractic').attributes).toMatchObject({ count: 6, perWeek: 2, weeks: 3 });
    expect(one('Physical therapy 2x4 to the lumbar spine.', 'prior-treatment', 'physical therapy').attributes).toMatchObject({ count: 8 });
  });

  it('not had, not helpful, planned, hypothetical', () => {
    expect(one('He has not had physical therapy.', 'prior-treatment', 'physical therapy').polarity).toBe('negated');
    const pt = one('Physical therapy was not helpful.', 'prior-treatment', 'physical therapy');
    expect(pt.polarity).toBe('affirmed');
    expect(pt.attributes['response']).toBe('no benefit');
    expect(one('An epidural steroid injection is planned.', 'prior-treatment', 'epidural steroid injection').temporality).toBe('planned');
    expect(one('If symptoms persist, acupuncture may be considered.', 'prior-treatment', 'acupuncture').temporality).toBe('hypothetical');
    expect(one('Treatment to date: physical therapy, chiropractic and medications.', 'prior-treatment', 'chiropractic').temporality).toBe('historical');
  });

  it('surgery done or planned, with date', () => {
    const done = one('She underwent a lumbar fusion on 7/7/1997.', 'surgery', 'fusion');
    expect(done.temporality).toBe('historical');
    expect(done.date).toBe('1997-07-07');
    expect(done.attributes['bodyPart']).toBe('lumbar spine');
    expect(one('A right carpal tunnel release is scheduled for next month.', 'surgery', 'carpal tunnel release').temporality).toBe('planned');
  });

  it('home exercise program', () => {
    expect(one('He continues a home exercise program.', 'home-exercise-program').polarity).toBe('affirmed');
    const hep = one('There is no documentation of a home exercise program.', 'home-exercise-program');
    expect(hep.polarity).toBe('negated');
    expect(hep.attributes['context']).toMatch(/^negation:/);
  });
});

describe('pain, function and work', () => {
  it('pain scores, with and without medication, and percent relief', () => {
    expect(one('Pain is rated 7/10.', 'pain-score').value).toBe(7);
    expect(one('Pain is 8/10 without medications.', 'pain-score').attributes['condition']).toBe('without medication');
    expect(one('Medications provide 50% pain relief.', 'pain-score').attributes).toMatchObject({ scale: 'percent-relief', reliefPercent: 50 });
    expect(one('Pain was rated 6-8 on a 10-point scale.', 'pain-score').value).toBe(7);
  });

  it('functional improvement and its absence (9792.20 definition)', () => {
    expect(one('There was no documented functional improvement.', 'functional-improvement').polarity).toBe('negated');
    expect(one('There was a lack of documentation of objective functional benefit.', 'functional-improvement').polarity).toBe('negated');
    expect(one('She reports improved activities of daily living.', 'functional-improvement').attributes['domain']).toBe('adl');
    expect(one('His work restrictions were reduced; reduction in work restrictions was documented.', 'functional-improvement').attributes['domain']).toBe('work');
    expect(one('Therapy resulted in functional improvement.', 'functional-improvement').polarity).toBe('affirmed');
    const fi = one('Acupuncture produced objective functional improvement.', 'functional-improvement');
    expect(fi.value).toBe(true);
    expect(fi.attributes).toMatchObject({ term: 'functional improvement', treatment: 'acupuncture' });
    expect(one('Medications provide 50% pain relief.', 'pain-score').attributes['treatment']).toBe('medications');
    expect(one('Past treatments were helpful including physical therapy and acupuncture.', 'prior-treatment', 'acupuncture').attributes['response']).toBe('improved');
  });

  it('work status', () => {
    expect(one('He is working full duty.', 'work-status').value).toBe('full duty');
    expect(one('She remains on modified duty.', 'work-status').value).toBe('modified duty');
    expect(one('He is temporarily totally disabled.', 'work-status').value).toBe('off work');
    expect(one('He has returned to work.', 'work-status').value).toBe('returned to work');
  });
});

describe('medications and opioid monitoring', () => {
  it('strength, quantity, frequency, duration', () => {
    const f = one('Current medications include Norco 10/325 mg every 6 hours #120, used for 2 years.', 'medication', 'hydrocodone');
    expect(f.attributes).toMatchObject({ strength: 10, unit: 'mg', quantity: 120, dosesPerDay: 4, drugClass: 'opioid', duration: 'for 2 years' });
    expect(f.evidence[0]!.text).toBe('Norco 10/325 mg every 6 hours #120');
    expect(one('Gabapentin 600 mg tid.', 'medication', 'gabapentin').attributes['dosesPerDay']).toBe(3);
    expect(one('Omeprazole 20 mg daily.', 'medication', 'omeprazole').attributes['drugClass']).toBe('gastro-protective');
    expect(one('Norco was discontinued.', 'medication', 'hydrocodone').temporality).toBe('historical');
  });

  it('morphine equivalents computed from dose and frequency, or stated', () => {
    expect(one('Norco 10/325 mg q6h.', 'morphine-equivalent-dose').value).toBe(40);
    expect(one('Oxycodone 10 mg tid.', 'morphine-equivalent-dose').value).toBe(45);
    expect(one('Duragesic 75 mcg/hr every 72 hours.', 'morphine-equivalent-dose').value).toBe(180);
    expect(one('Methadone 10 mg bid.', 'morphine-equivalent-dose').value).toBe(80);
    expect(one('Percocet 5-325mg 1-2 tablets every 4-6 hours.', 'morphine-equivalent-dose').value).toBe(90);
    expect(one('Norco 10/325 up to 6 per day.', 'morphine-equivalent-dose').value).toBe(60);
    expect(one('Norco 10-325mg.', 'medication').attributes).toMatchObject({ strength: 10, secondStrength: 325 });
    expect(one('Oxycodone HCL ER 20mg #60.', 'medication').attributes).toMatchObject({ strength: 20, quantity: 60 });
    expect(one('Soma 1-2 per day.', 'medication').attributes).toMatchObject({ dosesPerDay: 2 });
    expect(one('Soma 1-2 per day.', 'medication').attributes['strength']).toBeUndefined();
    const stated = one('His MED is 90 mg per day.', 'morphine-equivalent-dose');
    expect(stated.value).toBe(90);
    expect(stated.attributes['computed']).toBe(false);
    none('Norco 10/325 mg as needed.', 'morphine-equivalent-dose');
  });

  it('urine drug screens, CURES, agreement, aberrant behaviour', () => {
    expect(one('A urine drug screen on 3/1/16 was consistent.', 'opioid-monitoring', 'urine drug screen').attributes['result']).toBe('consistent');
    expect(one('A CURES report was reviewed.', 'opioid-monitoring', 'CURES').polarity).toBe('affirmed');
    expect(one('She signed an opioid agreement.', 'opioid-monitoring', 'opioid agreement').polarity).toBe('affirmed');
    expect(one('There was no urine drug screen.', 'opioid-monitoring', 'urine drug screen').polarity).toBe('negated');
    expect(one('There is no evidence of aberrant behavior.', 'aberrant-behavior').polarity).toBe('negated');
    expect(one('He requested early refills.', 'aberrant-behavior', 'early refills').polarity).toBe('affirmed');
  });
});

describe('utilization review history', () => {
  it('what was authorized before', () => {
    const f = one('Utilization review previously authorized 6 sessions of chiropractic care.', 'ur-history', 'authorized');
    expect(f.attributes).toMatchObject({ item: 'chiropractic', count: 6 });
    expect(one('The request for an MRI was non-certified by utilization review on 1/5/15.', 'ur-history', 'denied').date).toBe('2015-01-05');
    expect(one('The request for physical therapy was modified to 6 visits.', 'ur-history', 'modified').attributes['item']).toBe('physical therapy');
    expect(one('Utilization review modified the request for physical therapy to 6 sessions.', 'ur-history', 'modified').attributes).toMatchObject({ item: 'physical therapy', count: 6 });
    expect(one('He was previously approved for 6 sessions of manipulative therapy.', 'ur-history', 'authorized').attributes).toMatchObject({ item: 'chiropractic', count: 6 });
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd = ['', ' ', '\u0000\uffff\ud800', '😀'.repeat(1000), 'no no no no', '1/1/1/1/1', '#'.repeat(10000), 'pain /10 10/ x x'];
    for (const text of odd) expect(() => facts(text)).not.toThrow();
    expect(extractFacts(null as never)).toEqual([]);
    expect(extractFacts([{ source: 'clinicalSummary', text: 5 } as never])).toEqual([]);
  });

  it('uses the record source and date', () => {
    const out = extractFacts([{ source: 'records[2]', text: 'MRI of the knee showed a meniscal tear.', date: '05/06/2015' }]);
    const mri = out.find((f) => f.kind === 'imaging');
    expect(mri?.date).toBe('2015-05-06');
    expect(mri?.evidence[0]?.source).toBe('records[2]');
  });
});

describe('negation across a list', () => {
  const facts = (text: string): Fact[] => extractFacts([{ source: 'clinicalSummary', text }]);
  it('carries a negation to every item of a list of the same kind', () => {
    const f = facts('The notes do not record a urine drug screen, a pain agreement or a CURES report.').filter((x) => x.kind === 'opioid-monitoring');
    expect(f.length).toBe(3);
    expect(f.every((x) => x.polarity === 'negated')).toBe(true);
  });
  it('stops where the next item starts a clause of its own', () => {
    const f = facts('There is no urine drug screen in the records from this year, and the CURES report was reviewed.');
    expect(f.find((x) => x.kind === 'opioid-monitoring' && x.value === 'urine drug screen')?.polarity).toBe('negated');
    expect(f.find((x) => x.kind === 'opioid-monitoring' && x.value === 'CURES')?.polarity).toBe('affirmed');
  });
});
