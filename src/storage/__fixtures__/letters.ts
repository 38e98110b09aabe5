// Synthetic letters for storage tests and measurements. Built in code: nothing here comes from the
// shared corpus or from a real person.
import { createHash } from 'node:crypto';
import type { Category, Citation, Decision, LetterItem, ParsedLetter } from '../../core/index.ts';
import type { DmhcRecord, LetterToStore } from '../store.ts';

export function hashOf(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

export interface ItemSpec {
  request: string;
  decision?: Decision | null;
  category?: Category;
  rationale?: string | null;
  citations?: Citation[];
}

export interface LetterSpec {
  seed: string;
  caseNumber?: string | null;
  decisionDate?: string | null;
  specialty?: string | null;
  age?: number | null;
  clinicalSummary?: string | null;
  items?: ItemSpec[];
}

export const MTUS_CHRONIC_PAIN: Citation = {
  source: 'MTUS',
  title: 'Chronic Pain Medical Treatment Guidelines 2016',
  pages: ['60'],
  sections: ['Manual therapy & manipulation'],
};

export const ODG_PAIN: Citation = { source: 'ODG', title: 'ODG Pain (Chronic)', pages: [], sections: ['Opioids'] };

function item(spec: ItemSpec): LetterItem {
  return {
    request: spec.request,
    originalRequest: null,
    authorized: null,
    decision: spec.decision === undefined ? 'Upheld' : spec.decision,
    category: spec.category ?? 'other',
    bodyParts: ['lumbar spine'],
    laterality: null,
    quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null },
    claimsAdministratorGuideline: null,
    imrGuideline: spec.citations ? spec.citations.map((c) => `${c.source} ${c.title}`).join('; ') : null,
    citations: spec.citations ?? [],
    claimsAdministratorCitations: [],
    rationale: spec.rationale === undefined ? 'The request is not medically necessary.' : spec.rationale,
  };
}

export function makeLetter(spec: LetterSpec): LetterToStore {
  const letter: ParsedLetter = {
    caseNumber: spec.caseNumber === undefined ? `CM${hashOf(spec.seed).slice(0, 8)}` : spec.caseNumber,
    dateAssigned: null,
    dateOfInjury: '2012-03-17',
    decisionDate: spec.decisionDate === undefined ? '2016-05-01' : spec.decisionDate,
    urDenialDate: null,
    applicationReceived: null,
    priority: 'Standard',
    layout: 'maximus-2016',
    reviewer: {
      licensure: ['Medicine'],
      specialty: spec.specialty === undefined ? 'Orthopedic Surgery' : spec.specialty,
      specialties: spec.specialty === null ? [] : [spec.specialty ?? 'Orthopedic Surgery'],
    },
    patient: { age: spec.age === undefined ? 48 : spec.age, sex: 'female' },
    clinicalSummary: spec.clinicalSummary === undefined ? 'The injured worker reports chronic low back pain.' : spec.clinicalSummary,
    documentsReviewed: null,
    items: (spec.items ?? [{ request: 'Office visit' }]).map(item),
    problems: [],
  };
  return { contentHash: hashOf(spec.seed), sourceName: `${spec.seed}.pdf`, letter };
}

export function makeDmhc(referenceId: string, over: Partial<DmhcRecord> = {}): DmhcRecord {
  return {
    referenceId,
    reportYear: 2019,
    diagnosisCategory: 'Mental Disorders',
    diagnosisSubCategory: null,
    treatmentCategory: 'Mental Health Treatment',
    treatmentSubCategory: null,
    decision: 'Upheld',
    type: 'Medical Necessity',
    ageRange: '41-50',
    sex: 'female',
    ...over,
  };
}

// Bulk corpus for measurements: varied vocabulary so that searches have realistic selectivity.
const TREATMENTS: readonly [string, Category][] = [
  ['Norco 10/325mg #120', 'pharmaceutical.opioid'],
  ['Tramadol ER 150mg #30', 'pharmaceutical.opioid'],
  ['Naproxen 550mg #60', 'pharmaceutical.nsaid'],
  ['Cyclobenzaprine 7.5mg #90', 'pharmaceutical.muscle-relaxant'],
  ['Lidoderm 5% patch #30', 'pharmaceutical.topical'],
  ['Gabapentin 600mg #90', 'pharmaceutical.anticonvulsant'],
  ['Physical therapy 2 times a week for 6 weeks, lumbar spine', 'rehab.physical-therapy'],
  ['Chiropractic manipulation x 8 sessions', 'rehab.chiropractic'],
  ['Acupuncture 6 sessions', 'rehab.acupuncture'],
  ['Massage therapy x 6', 'rehab.massage'],
  ['MRI of the lumbar spine without contrast', 'imaging.mri'],
  ['EMG/NCV bilateral lower extremities', 'electrodiagnostics'],
  ['Lumbar epidural steroid injection L4-L5', 'injection'],
  ['Right knee arthroscopy with partial meniscectomy', 'surgery'],
  ['TENS unit purchase', 'dme'],
  ['Functional restoration program 160 hours', 'program'],
];
const SPECIALTIES = ['Orthopedic Surgery', 'Physical Medicine & Rehabilitation', 'Anesthesiology', 'Pain Medicine', 'Internal Medicine', 'Neurology', 'Chiropractic', 'Family Medicine'];
const SENTENCES = [
  'There is no documentation of functional improvement with prior use.',
  'The guidelines recommend a time-limited trial with objective measurable gains.',
  'The records do not document failure of conservative care including medication and home exercise.',
  'Urine drug screens have been consistent and an opioid agreement is on file.',
  'Radicular findings are documented on examination with a positive straight leg raise.',
  'Prior sessions produced no sustained reduction in pain or increase in activity.',
  'The request exceeds the number of visits the guideline supports for this condition.',
  'Imaging is indicated when red flags or progressive neurologic deficit are present.',
  'The patient has persistent mechanical symptoms of locking and catching in the knee.',
  'Weaning is recommended because there is no evidence of return to work.',
];

function pick<T>(xs: readonly T[], n: number): T {
  return xs[n % xs.length] as T;
}

/** Letter number i of a deterministic synthetic corpus (about 2 items each, a few KB of text). */
export function syntheticLetter(i: number, prefix = 'bulk'): LetterToStore {
  const nItems = 1 + (i % 3 === 0 ? 2 : i % 3 === 1 ? 1 : 0) + (i % 7 === 0 ? 0 : 0);
  const items: ItemSpec[] = [];
  for (let k = 0; k < nItems; k++) {
    const [request, category] = pick(TREATMENTS, i * 7 + k * 3);
    const rationale = Array.from({ length: 6 }, (_, s) => pick(SENTENCES, i + s * 3 + k)).join(' ');
    items.push({ request, category, rationale, decision: (i + k) % 10 === 0 ? 'Overturned' : 'Upheld', citations: [(i + k) % 2 === 0 ? MTUS_CHRONIC_PAIN : ODG_PAIN] });
  }
  const year = 2014 + (i % 6);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const summary = Array.from({ length: 10 }, (_, s) => pick(SENTENCES, i * 3 + s)).join(' ');
  return makeLetter({
    seed: `${prefix}-${i}`,
    decisionDate: `${year}-${month}-${day}`,
    specialty: pick(SPECIALTIES, i),
    age: 25 + (i % 40),
    clinicalSummary: summary,
    items,
  });
}
