// Synthetic decision letters for tests, benchmarks and the demo corpus: realistic shape and vocabulary, invented text.
// Nothing here is copied from a real letter. Seeded, so a run can be repeated exactly.
import type { Category, Decision, LetterItem, ParsedLetter } from '../core/index.ts';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

interface Treatment {
  request: (rng: Rng) => string;
  category: Category;
  guideline: string;
  topic: string;
}

const TREATMENTS: readonly Treatment[] = [
  { request: (r) => `Norco 10/325mg #${pick(r, [60, 90, 120, 180])}`, category: 'pharmaceutical.opioid', guideline: 'Opioids', topic: 'opioids' },
  { request: (r) => `Tramadol ER 150mg #${pick(r, [30, 60])}`, category: 'pharmaceutical.opioid', guideline: 'Opioids', topic: 'opioids' },
  { request: (r) => `Oxycodone 10mg #${pick(r, [60, 90])}`, category: 'pharmaceutical.opioid', guideline: 'Opioids', topic: 'opioids' },
  { request: (r) => `Naproxen sodium 550mg #${pick(r, [60, 90])}`, category: 'pharmaceutical.nsaid', guideline: 'NSAIDs (non-steroidal anti-inflammatory drugs)', topic: 'anti-inflammatory' },
  { request: (r) => `Cyclobenzaprine 7.5mg #${pick(r, [30, 60, 90])}`, category: 'pharmaceutical.muscle-relaxant', guideline: 'Muscle relaxants (for pain)', topic: 'muscle relaxant' },
  { request: () => 'Lidoderm 5% patch #30', category: 'pharmaceutical.topical', guideline: 'Lidoderm (lidocaine patch)', topic: 'topical lidocaine' },
  { request: () => 'Compounded cream: flurbiprofen 20%, cyclobenzaprine 4% 180gm', category: 'pharmaceutical.topical', guideline: 'Topical analgesics', topic: 'compounded topical' },
  { request: (r) => `Gabapentin 600mg #${pick(r, [60, 90])}`, category: 'pharmaceutical.anticonvulsant', guideline: 'Anti-epilepsy drugs (AEDs)', topic: 'anticonvulsant' },
  { request: () => 'Duloxetine 60mg #30', category: 'pharmaceutical.antidepressant', guideline: 'Antidepressants for chronic pain', topic: 'antidepressant' },
  { request: () => 'Zolpidem 10mg #30', category: 'pharmaceutical.sleep-aid', guideline: 'Insomnia treatment', topic: 'sleep aid' },
  { request: () => 'Omeprazole 20mg #60', category: 'pharmaceutical.gastro-protective', guideline: 'NSAIDs, GI symptoms & cardiovascular risk', topic: 'gastro-protective' },
  { request: (r) => `Physical therapy ${pick(r, ['2 x 6', '3 x 4', '2 times a week for 4 weeks'])} for the lumbar spine`, category: 'rehab.physical-therapy', guideline: 'Physical medicine', topic: 'physical therapy' },
  { request: (r) => `Chiropractic treatment ${pick(r, ['1 x 6', '2 x 3'])} for the cervical spine`, category: 'rehab.chiropractic', guideline: 'Manual therapy & manipulation', topic: 'manipulation' },
  { request: (r) => `Acupuncture ${pick(r, ['(6)', '1 x 8', '2 x 4'])} sessions`, category: 'rehab.acupuncture', guideline: 'Acupuncture Medical Treatment Guidelines', topic: 'acupuncture' },
  { request: (r) => `Massage therapy 1 x ${pick(r, [4, 6, 8, 12])}`, category: 'rehab.massage', guideline: 'Massage therapy', topic: 'massage' },
  { request: (r) => `MRI of the ${pick(r, ['lumbar spine', 'right knee', 'left shoulder', 'cervical spine'])}`, category: 'imaging.mri', guideline: 'Special studies', topic: 'imaging' },
  { request: () => 'EMG/NCV of the bilateral upper extremities', category: 'electrodiagnostics', guideline: 'Electrodiagnostic studies', topic: 'electrodiagnostic testing' },
  { request: (r) => `Lumbar epidural steroid injection at ${pick(r, ['L4-5', 'L5-S1'])}`, category: 'injection', guideline: 'Epidural steroid injections (ESIs)', topic: 'epidural injection' },
  { request: () => 'Right knee arthroscopy with partial meniscectomy', category: 'surgery', guideline: 'Knee Complaints', topic: 'arthroscopic surgery' },
  { request: () => 'TENS unit purchase', category: 'dme', guideline: 'TENS, chronic pain (transcutaneous electrical nerve stimulation)', topic: 'electrical stimulation' },
  { request: () => 'Home health care 4 hours a day, 5 days a week', category: 'home-health', guideline: 'Home health services', topic: 'home health' },
  { request: (r) => `Cognitive behavioral therapy ${pick(r, ['x 6', '1 x 10'])} sessions`, category: 'psychological', guideline: 'Behavioral interventions', topic: 'psychotherapy' },
  { request: () => 'Pain management consultation', category: 'evaluation-management', guideline: 'Office visits', topic: 'specialist consultation' },
  { request: () => 'Urine drug screen', category: 'lab-testing', guideline: 'Drug testing', topic: 'drug testing' },
  { request: () => 'Functional restoration program, 80 hours', category: 'program', guideline: 'Functional restoration programs (FRPs)', topic: 'functional restoration' },
];

const SPECIALTIES = [
  'Physical Medicine & Rehabilitation', 'Occupational Medicine', 'Orthopaedic Surgery', 'Anesthesiology',
  'Pain Management', 'Family Practice', 'Internal Medicine', 'Psychiatry', 'Neurology', 'Chiropractic',
  'Preventive Medicine', 'Emergency Medicine', 'Psychology', 'Acupuncture', 'Sports Medicine',
] as const;

const STATES = ['California', 'Texas', 'Florida', 'New York', 'Arizona', 'Oregon', 'Nevada', 'Ohio'] as const;

const BODY = ['low back', 'neck', 'right shoulder', 'left knee', 'both wrists', 'right hand', 'left ankle', 'mid back'] as const;
const MECHANISMS = [
  'lifting a heavy box', 'a fall from a ladder', 'repetitive keyboard work', 'a slip on a wet floor',
  'pulling a pallet jack', 'a motor vehicle accident while driving for work', 'carrying supplies up stairs',
] as const;

const SUMMARY_SENTENCES: readonly ((r: Rng) => string)[] = [
  (r) => `Pain is rated ${int(r, 3, 9)}/10 without medication and ${int(r, 2, 7)}/10 with medication.`,
  (r) => `The patient reports ${pick(r, ['no change', 'some improvement', 'worsening'])} of symptoms since the last visit.`,
  (r) => `Examination showed ${pick(r, ['tenderness to palpation', 'restricted range of motion', 'a positive straight leg raise', 'normal strength and sensation', 'muscle spasm'])}.`,
  (r) => `Prior treatment has included ${pick(r, ['physical therapy', 'chiropractic care', 'acupuncture', 'medication management', 'injections'])} with ${pick(r, ['temporary', 'no lasting', 'documented functional'])} benefit.`,
  (r) => `The patient is ${pick(r, ['working full duty', 'on modified duty', 'temporarily totally disabled', 'not working'])}.`,
  (r) => `Diagnoses include ${pick(r, ['lumbar radiculopathy', 'cervical strain', 'shoulder impingement', 'carpal tunnel syndrome', 'chronic pain syndrome', 'knee internal derangement'])}.`,
  (r) => `A urine drug screen on ${int(r, 1, 12)}/${int(r, 1, 28)}/2016 was ${pick(r, ['consistent', 'inconsistent'])} with prescribed medications.`,
  (r) => `Imaging from ${int(r, 2013, 2016)} showed ${pick(r, ['degenerative disc disease', 'a disc protrusion', 'no acute findings', 'mild osteoarthritis'])}.`,
];

const RATIONALE_SENTENCES: readonly ((t: Treatment, r: Rng) => string)[] = [
  (t) => `The guidelines recommend ${t.topic} only when specific criteria are documented.`,
  (t) => `For ${t.topic}, objective functional improvement must be shown before further treatment.`,
  () => 'The records do not document a reduction in pain scores or an improvement in activities of daily living.',
  () => 'There is no evidence of an independent home exercise program.',
  (r0, r) => `The request exceeds the ${pick(r, ['recommended number of visits', 'recommended duration', 'recommended quantity'])} for ${r0.topic}.`,
  () => 'Return to work and reduced reliance on medical care were not described.',
  () => 'The documentation supports the request as the patient has shown measurable gains.',
  (t) => `Use of ${t.topic} as an adjunct to active therapy can be reasonable in this setting.`,
];

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface SyntheticOptions {
  /** First decision year; letters spread over the next four years. */
  startYear?: number;
}

export function syntheticLetter(rng: Rng, n: number, options: SyntheticOptions = {}): ParsedLetter {
  const year = (options.startYear ?? 2014) + int(rng, 0, 3);
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  const itemCount = rng() < 0.6 ? 1 : rng() < 0.7 ? 2 : int(rng, 3, 5);
  const items: LetterItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const t = pick(rng, TREATMENTS);
    const decision: Decision = rng() < 0.89 ? 'Upheld' : 'Overturned';
    const sentences = Array.from({ length: int(rng, 3, 6) }, () => pick(rng, RATIONALE_SENTENCES)(t, rng));
    const request = t.request(rng);
    items.push({
      request,
      originalRequest: null,
      authorized: null,
      decision,
      category: t.category,
      bodyParts: [],
      laterality: null,
      quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null },
      claimsAdministratorGuideline: `Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Section(s): ${t.guideline}.`,
      imrGuideline: `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${t.guideline}.`,
      citations: [{ source: 'MTUS', title: 'Chronic Pain Medical Treatment 2016', pages: [], sections: [t.guideline] }],
      claimsAdministratorCitations: [],
      rationale: `${sentences.join(' ')} Therefore, the request for ${request} is ${decision === 'Upheld' ? 'not ' : ''}medically necessary.`,
    });
  }
  const age = int(rng, 21, 74);
  const sex = rng() < 0.5 ? 'male' : 'female';
  const summary = [
    `This is a ${age}-year-old ${sex} who was injured on ${month}/${day}/${year - int(rng, 1, 6)} after ${pick(rng, MECHANISMS)}, with pain in the ${pick(rng, BODY)}.`,
    ...Array.from({ length: int(rng, 6, 14) }, () => pick(rng, SUMMARY_SENTENCES)(rng)),
  ].join(' ');
  const specialty = pick(rng, SPECIALTIES);
  return {
    caseNumber: `CM${String(year % 100).padStart(2, '0')}-${String(n % 10_000_000).padStart(7, '0')}`,
    dateAssigned: isoDate(year, month, day),
    dateOfInjury: isoDate(year - 2, month, day),
    decisionDate: isoDate(year, month, Math.min(28, day + 1)),
    urDenialDate: isoDate(year, month, Math.max(1, day - 1)),
    applicationReceived: isoDate(year, month, day),
    priority: rng() < 0.97 ? 'Standard' : 'Expedited',
    layout: 'synthetic',
    reviewer: { licensure: ['California', pick(rng, STATES)].filter((s, i, a) => a.indexOf(s) === i), specialty, specialties: [specialty] },
    patient: { age, sex },
    clinicalSummary: summary,
    documentsReviewed: null,
    items,
    problems: [],
  };
}

const usDate = (iso: string | null): string => (iso === null ? '' : `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`);

/** Renders a synthetic letter as text in the 2016-2017 MAXIMUS layout (header table, credentials block). */
export function renderSyntheticLetterText(l: ParsedLetter): string {
  const lines = [
    `Case Number:\t${l.caseNumber ?? ''}\tDate of Injury:\t${usDate(l.dateOfInjury)}`,
    `Date Assigned:\t${usDate(l.dateAssigned)}\tUR Denial Date:\t${usDate(l.urDenialDate)}`,
    `Decision Date:\t${usDate(l.decisionDate)}\tApplication Received:\t${usDate(l.applicationReceived)}`,
    `Priority:\t${l.priority ?? ''}`,
    '',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the',
    'employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more',
    'than five years and is currently working at least 24 hours a week in active practice.',
    'The Expert Reviewer has the following credentials:',
    `State(s) of Licensure: ${l.reviewer.licensure.join(',')}`,
    `Certification(s)/Specialty: ${l.reviewer.specialties.join(', ')}`,
    'CLINICAL CASE SUMMARY',
    'The expert reviewer developed the following clinical case summary based on a review of the case file, including',
    'all medical records:',
    ...(l.clinicalSummary ?? '').match(/.{1,95}(\s|$)/g) ?? [],
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
  ];
  for (const item of l.items) {
    lines.push(
      `${item.request}: ${item.decision ?? ''}`,
      `Claims Administrator guideline: ${item.claimsAdministratorGuideline ?? ''}`,
      `MAXIMUS guideline: ${item.imrGuideline ?? ''}`,
      `Decision rationale: ${item.rationale ?? ''}`,
    );
  }
  return lines.join('\n') + '\n';
}
