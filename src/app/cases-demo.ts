// `openimr demo`: a registry of invented reviewers and invented cases at every stage of the workflow (ready for
// assignment, awaiting records, in review with the engine's draft, issued, ineligible, deferred), so a newcomer
// sees the whole flow at once. Every person, company and sentence here is made up. Running it twice adds nothing.
import { createHash } from 'node:crypto';
import type { ApplicationInput, Reviewer } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { addCalendarDays, pacificToday } from '../calendar/index.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../corpus/index.ts';
import { duplicateKey, parseApplication } from '../lifecycle/index.ts';
import {
  addDocument,
  addReviewer,
  assignCase,
  createCase,
  draftCase,
  issueCase,
  reviewsFromDraft,
  saveReview,
  transitionCase,
  type Actor,
  type WorkflowDeps,
} from './cases.ts';

const ADMIN: Actor = { id: 'demo-admin', role: 'admin' };
const INTAKE: Actor = { id: 'demo-intake', role: 'intake' };
const QA: Actor = { id: 'demo-qa', role: 'qa' };
const CLAIMS = { name: 'Golden Poppy Claims Services', address: '1200 Harbor Gate Road, Long Beach, CA 90802' };

const base = (over: Partial<Reviewer>): Reviewer => ({
  id: 'R-DEMO-00',
  name: 'Demo Reviewer',
  licenseStates: ['CA'],
  boardCertifications: [],
  specialties: ['Orthopaedic Surgery'],
  subspecialties: [],
  yearsInPractice: 12,
  weeklyPracticeHours: 30,
  affiliations: [],
  active: true,
  ...over,
});

export const DEMO_REVIEWERS: readonly Reviewer[] = [
  base({ id: 'R-DEMO-01', name: 'Imogen Thackeray', boardCertifications: ['Orthopaedic Surgery'], specialties: ['Orthopaedic Surgery'], subspecialties: ['Sports Medicine'], yearsInPractice: 18, weeklyPracticeHours: 32 }),
  base({ id: 'R-DEMO-02', name: 'Lucian Okonkwo', boardCertifications: ['Physical Medicine and Rehabilitation'], specialties: ['Physical Medicine and Rehabilitation'], subspecialties: ['Pain Medicine'], yearsInPractice: 11, weeklyPracticeHours: 28 }),
  base({ id: 'R-DEMO-03', name: 'Saoirse Delgado', boardCertifications: ['Anesthesiology'], specialties: ['Anesthesiology', 'Pain Medicine'], subspecialties: ['Pain Medicine'], yearsInPractice: 9, weeklyPracticeHours: 36 }),
  base({ id: 'R-DEMO-04', name: 'Barnaby Whitcombe', boardCertifications: ['Occupational Medicine'], specialties: ['Occupational Medicine'], yearsInPractice: 21, weeklyPracticeHours: 26 }),
  base({ id: 'R-DEMO-05', name: 'Henrietta Marlow', boardCertifications: ['Orthopaedic Surgery'], specialties: ['Orthopaedic Surgery'], yearsInPractice: 15, weeklyPracticeHours: 30, affiliations: [{ kind: 'claims-administrator', name: CLAIMS.name }] }),
  base({ id: 'R-DEMO-06', name: 'Casimir Renwick', licenseStates: ['NV'], boardCertifications: [], specialties: ['Physical Medicine and Rehabilitation'], yearsInPractice: 3, weeklyPracticeHours: 12 }),
];

type Stage = 'ready' | 'awaiting-records' | 'in-review' | 'issued' | 'ineligible' | 'deferred';

interface DemoCase {
  stage: Stage;
  application: (today: string) => ApplicationInput;
  documents: { fileName: string; title: string; text: string }[];
}

const d = (today: string, days: number): string => addCalendarDays(today, -days);

function application(today: string, over: Partial<ApplicationInput> & Pick<ApplicationInput, 'employee' | 'claimNumber' | 'disputedTreatments' | 'requestingPhysician'>): ApplicationInput {
  return {
    dateOfInjury: d(today, 420),
    employer: { name: 'Sunmeadow Orchards Cooperative', address: '88 Packing House Lane, Reedley, CA 93654' },
    claimsAdministrator: CLAIMS,
    urDecision: { date: d(today, 24), servedDate: d(today, 21), servedBy: 'mail' },
    signed: true,
    signatureDate: d(today, 16),
    receivedDate: d(today, 14),
    ...over,
  };
}

const DEMO_CASES: readonly DemoCase[] = [
  {
    stage: 'issued',
    application: (t) =>
      application(t, {
        employee: { name: 'Teodoro Vance', dateOfBirth: '1974-02-11', sex: 'male', address: '301 Almond Row, Sanger, CA 93657' },
        claimNumber: 'GPC-DEMO-40101',
        requestingPhysician: { name: 'Dr. Yolanda Pettibone, M.D.', specialty: 'Physical Medicine and Rehabilitation', address: '45 Clinic Circle, Fresno, CA 93710' },
        disputedTreatments: [{ request: 'Physical therapy 2 times a week for 6 weeks, lumbar spine', diagnosis: 'Lumbar strain', urGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine' }],
      }),
    documents: [
      {
        fileName: 'clinical-summary.txt',
        title: 'Clinical summary and progress reports',
        text:
          'The injured worker is a 52-year-old male orchard crew lead who strained his low back lifting a ladder from a trailer. ' +
          'He has had persistent low back pain rated 6/10 without radiation to the legs. He completed 12 sessions of physical therapy earlier this year ' +
          'with no documented functional improvement, and continues a home exercise program.\n\n' +
          'On examination there is paraspinal tenderness with reduced lumbar flexion; straight leg raise is negative and strength and reflexes are normal. ' +
          'The treating physician requests another 12 sessions of physical therapy for the lumbar spine.',
      },
    ],
  },
  {
    stage: 'in-review',
    application: (t) =>
      application(t, {
        employee: { name: 'Marguerite Ellison', dateOfBirth: '1981-07-30', sex: 'female', address: '17 Quince Court, Selma, CA 93662' },
        claimNumber: 'GPC-DEMO-40102',
        requestingPhysician: { name: 'Dr. Anselm Greaves, M.D.', specialty: 'Orthopaedic Surgery', address: '900 Bone & Joint Way, Visalia, CA 93291' },
        disputedTreatments: [{ request: 'MRI of the right knee without contrast', diagnosis: 'Right knee internal derangement', urGuideline: 'ACOEM Knee Complaints' }],
      }),
    documents: [
      {
        fileName: 'ortho-consult.txt',
        title: 'Orthopedic consultation',
        text:
          'The injured worker is a 44-year-old female sorting-line worker who twisted her right knee stepping off a platform. ' +
          'She reports catching and locking of the knee with swelling after standing shifts. Six weeks of therapy and anti-inflammatory medication ' +
          'gave only partial relief.\n\nExamination shows medial joint line tenderness, a small effusion and a positive McMurray test. ' +
          'Plain radiographs show no fracture. An MRI of the right knee is requested to evaluate for a meniscal tear before considering arthroscopy.',
      },
    ],
  },
  {
    stage: 'awaiting-records',
    application: (t) =>
      application(t, {
        employee: { name: 'Kenji Alvarado', dateOfBirth: '1968-12-03', sex: 'male' },
        claimNumber: 'GPC-DEMO-40103',
        requestingPhysician: { name: 'Dr. Philippa Norcross, D.O.', specialty: 'Pain Medicine' },
        disputedTreatments: [{ request: 'Hydrocodone/acetaminophen 10/325 mg #90', diagnosis: 'Chronic cervical pain', urGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Opioids' }],
      }),
    documents: [
      {
        fileName: 'pain-management-note.txt',
        title: 'Pain management progress note',
        text:
          'The injured worker is a 57-year-old male forklift operator with chronic neck pain since a rear-end collision in a company vehicle. ' +
          'He has taken hydrocodone for more than a year. Pain is rated 7/10 with and without medication, and the notes do not record a urine drug screen, ' +
          'a pain agreement or any measured improvement in function.',
      },
    ],
  },
  {
    stage: 'ready',
    application: (t) =>
      application(t, {
        employee: { name: 'Priya Castellanos', dateOfBirth: '1990-05-19', sex: 'female' },
        claimNumber: 'GPC-DEMO-40104',
        requestingPhysician: { name: 'Dr. Rufus Abernathy, D.C.', specialty: 'Chiropractic' },
        disputedTreatments: [{ request: 'Acupuncture 6 sessions, cervical spine' }],
        receivedDate: d(t, 2),
        signatureDate: d(t, 3),
      }),
    documents: [
      {
        fileName: 'initial-evaluation.txt',
        title: 'Initial evaluation',
        text:
          'The injured worker is a 35-year-old female packing-line inspector with neck and upper back pain after repetitive overhead reaching. ' +
          'She has not tried acupuncture before. Medication upsets her stomach, and she is participating in a home stretching program.',
      },
    ],
  },
  {
    stage: 'ineligible',
    application: (t) =>
      application(t, {
        employee: { name: 'Walter Brisbane', dateOfBirth: '1966-09-09', sex: 'male' },
        claimNumber: 'GPC-DEMO-40105',
        requestingPhysician: { name: 'Dr. Gwendolyn Ashby, M.D.', specialty: 'Orthopaedic Surgery' },
        disputedTreatments: [{ request: 'Right shoulder arthroscopy with subacromial decompression' }],
        signed: false,
      }),
    documents: [],
  },
  {
    stage: 'deferred',
    application: (t) =>
      application(t, {
        employee: { name: 'Odessa Fairweather', dateOfBirth: '1979-03-14', sex: 'female' },
        claimNumber: 'GPC-DEMO-40106',
        requestingPhysician: { name: 'Dr. Lorcan Whitby, M.D.', specialty: 'Psychiatry' },
        disputedTreatments: [{ request: 'Cognitive behavioral therapy 6 sessions' }],
        liabilityDisputed: true,
      }),
    documents: [],
  },
];

async function advance(deps: WorkflowDeps, caseId: string, stage: Stage): Promise<void> {
  if (stage === 'ready' || stage === 'ineligible' || stage === 'deferred') return;
  const { record } = await assignCase(deps, caseId, ADMIN);
  if (stage === 'awaiting-records') return;
  await transitionCase(deps, caseId, 'receive-records', {}, INTAKE);
  const reviewer: Actor = { id: record.assignment?.reviewerId ?? '', role: 'reviewer' };
  const draft = await draftCase(deps, caseId);
  await saveReview(deps, caseId, { reviews: reviewsFromDraft(draft), documentsReviewedConfirmed: true }, reviewer);
  if (stage === 'in-review') return;
  await transitionCase(deps, caseId, 'submit-for-qa', {}, reviewer);
  await issueCase(deps, caseId, QA);
}

/**
 * Seeds the demo registry and up to `cases` (default all 6) demo cases, each taken to its stage. A case whose
 * application is already on file is left alone, so running twice adds nothing. Also loads synthetic published
 * decisions (invented text, sources named demo-synthetic-N) so the public search and analytics have something to
 * show. Returns what the store holds of the demo afterwards.
 */
/** Synthetic published decisions for the demo's public search and analytics, marked by their source name. */
const DEMO_CORPUS_LETTERS = 400;
/** Demo letters take case numbers from 9,000,000 up, a range the published series has not reached. */
const DEMO_CASE_SEQ = 9_000_000;
const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function seedDemoCorpus(deps: WorkflowDeps, count: number): Promise<number> {
  const rng = seededRng(2013);
  const letters = Array.from({ length: count }, (_, i) => {
    const letter = syntheticLetter(rng, DEMO_CASE_SEQ + i, { startYear: 2014 });
    const text = renderSyntheticLetterText(letter);
    return { contentHash: sha256Hex(new TextEncoder().encode(text)), sourceName: `demo-synthetic-${i + 1}.txt`, letter };
  });
  const results = await deps.store.upsertLetters(letters);
  return results.filter((r) => r === 'added').length;
}

export async function seedDemo(deps: WorkflowDeps, options: { cases?: number; corpusLetters?: number } = {}): Promise<{ cases: number; reviewers: number }> {
  const wanted = options.cases ?? DEMO_CASES.length;
  await seedDemoCorpus(deps, options.corpusLetters ?? DEMO_CORPUS_LETTERS);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > DEMO_CASES.length) {
    throw new OpenImrError('invalid-argument', `cases must be 0..${DEMO_CASES.length}`, { field: 'cases' });
  }
  for (const r of DEMO_REVIEWERS) if ((await deps.store.workflow.getReviewer(r.id)) === null) await addReviewer(deps, r, ADMIN);
  const today = pacificToday(deps.clock);
  let cases = 0;
  for (const demo of DEMO_CASES.slice(0, wanted)) {
    const app = parseApplication(demo.application(today));
    cases++;
    if ((await deps.store.workflow.findByKey({ duplicateKey: duplicateKey(app) })).length > 0) continue;
    const created = await createCase(deps, app, INTAKE);
    for (const doc of demo.documents) {
      await addDocument(deps, created.id, { fileName: doc.fileName, bytes: new TextEncoder().encode(doc.text), submittedBy: 'provider', title: doc.title, date: d(today, 30) }, INTAKE);
    }
    await advance(deps, created.id, demo.stage);
  }
  return { cases, reviewers: DEMO_REVIEWERS.length };
}
