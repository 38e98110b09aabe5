// Example table: realistic item lines (written for these tests in the style of the letters) with the expected
// category, body parts, laterality and the quantity fields that matter. Fields left out must be null/empty.
import { describe, expect, it } from 'vitest';
import { NormalizedRequest, type Category, type Laterality, type Quantity } from '../core/index.ts';
import { normalizeRequest } from './index.ts';

interface Row {
  readonly text: string;
  readonly category: Category;
  readonly parts?: readonly string[];
  readonly side?: Laterality;
  readonly q?: Partial<Quantity>;
}

const TABLE: readonly Row[] = [
  // Opioids
  { text: 'Norco 10/325mg #120', category: 'pharmaceutical.opioid', q: { drug: 'norco', strength: '10/325mg', strengthValues: [10, 325], strengthUnit: 'mg', count: 120 } },
  { text: 'Hydrocodone/APAP 7.5/325 mg, #90 with 2 refills', category: 'pharmaceutical.opioid', q: { drug: 'hydrocodone', strength: '7.5/325 mg', strengthValues: [7.5, 325], strengthUnit: 'mg', count: 90, refills: 2 } },
  { text: 'Prospective request for Ultram ER 150mg QTY: 30', category: 'pharmaceutical.opioid', q: { drug: 'ultram', strength: '150mg', strengthValues: [150], strengthUnit: 'mg', count: 30 } },
  { text: 'Tramadol 50 mg (60 tablets)', category: 'pharmaceutical.opioid', q: { drug: 'tramadol', strength: '50 mg', strengthValues: [50], strengthUnit: 'mg', count: 60 } },
  { text: 'Fentanyl patch 25mcg/hr #15', category: 'pharmaceutical.opioid', q: { drug: 'fentanyl', strength: '25mcg/hr', strengthValues: [25], strengthUnit: 'mcg/hr', count: 15 } },
  { text: 'Butrans 10ug/hr patch, qty 4', category: 'pharmaceutical.opioid', q: { drug: 'butrans', strength: '10ug/hr', strengthValues: [10], strengthUnit: 'mcg/hr', count: 4 } },
  { text: 'Percocet 5/325 #60', category: 'pharmaceutical.opioid', q: { drug: 'percocet', strength: '5/325', strengthValues: [5, 325], count: 60 } },
  { text: 'Nucynta ER 100mg # 60', category: 'pharmaceutical.opioid', q: { drug: 'nucynta', strength: '100mg', strengthValues: [100], strengthUnit: 'mg', count: 60 } },
  { text: 'OxyContin 20 mg #60 x 1 refill', category: 'pharmaceutical.opioid', q: { drug: 'oxycontin', strength: '20 mg', strengthValues: [20], strengthUnit: 'mg', count: 60, refills: 1 } },
  { text: 'Suboxone 8mg/2mg film #30', category: 'pharmaceutical.opioid', q: { drug: 'suboxone', strength: '8mg', strengthValues: [8], strengthUnit: 'mg', count: 30 } },
  { text: 'Tylenol #3 #60', category: 'pharmaceutical.opioid', q: { drug: 'tylenol 3', count: 60 } },
  // NSAIDs
  { text: 'Anaprox DS 550mg #60', category: 'pharmaceutical.nsaid', q: { drug: 'anaprox', strength: '550mg', strengthValues: [550], strengthUnit: 'mg', count: 60 } },
  { text: 'Motrin 800mg 1 tablet twice daily, #60', category: 'pharmaceutical.nsaid', q: { drug: 'motrin', strength: '800mg', strengthValues: [800], strengthUnit: 'mg', count: 60 } },
  { text: 'Mobic 15 mg 30 tablets', category: 'pharmaceutical.nsaid', q: { drug: 'mobic', strength: '15 mg', strengthValues: [15], strengthUnit: 'mg', count: 30 } },
  { text: 'Diclofenac sodium ER 100mg #30, 2 refills', category: 'pharmaceutical.nsaid', q: { drug: 'diclofenac', strength: '100mg', strengthValues: [100], strengthUnit: 'mg', count: 30, refills: 2 } },
  // Topicals
  { text: 'Lidoderm 5% patches #30', category: 'pharmaceutical.topical', q: { drug: 'lidoderm', strength: '5%', strengthValues: [5], strengthUnit: '%', count: 30 } },
  { text: 'Voltaren gel 1% 100g tube, apply to the right knee', category: 'pharmaceutical.topical', parts: ['knee'], side: 'right', q: { drug: 'voltaren', strength: '1%', strengthValues: [1], strengthUnit: '%' } },
  { text: 'Terocin lotion 120ml', category: 'pharmaceutical.topical', q: { drug: 'terocin', strength: '120ml', strengthValues: [120], strengthUnit: 'ml' } },
  { text: 'Compounded cream: Flurbiprofen 20%/Cyclobenzaprine 4% 180gm', category: 'pharmaceutical.topical', q: { drug: 'flurbiprofen', strength: '20%', strengthValues: [20], strengthUnit: '%' } },
  { text: 'Ketoprofen 10% cream', category: 'pharmaceutical.topical', q: { drug: 'ketoprofen', strength: '10%', strengthValues: [10], strengthUnit: '%' } },
  { text: 'Capsaicin 0.025% cream #1', category: 'pharmaceutical.topical', q: { drug: 'capsaicin', strength: '0.025%', strengthValues: [0.025], strengthUnit: '%', count: 1 } },
  { text: 'Pennsaid 2% solution', category: 'pharmaceutical.topical', q: { drug: 'pennsaid', strength: '2%', strengthValues: [2], strengthUnit: '%' } },
  // Muscle relaxants, anticonvulsants, antidepressants, sleep aids, gastro-protection, other
  { text: 'Soma 350mg #90', category: 'pharmaceutical.muscle-relaxant', q: { drug: 'soma', strength: '350mg', strengthValues: [350], strengthUnit: 'mg', count: 90 } },
  { text: 'Tizanidine 4mg #60', category: 'pharmaceutical.muscle-relaxant', q: { drug: 'tizanidine', strength: '4mg', strengthValues: [4], strengthUnit: 'mg', count: 60 } },
  { text: 'Neurontin 600 mg #90', category: 'pharmaceutical.anticonvulsant', q: { drug: 'neurontin', strength: '600 mg', strengthValues: [600], strengthUnit: 'mg', count: 90 } },
  { text: 'Lyrica 75mg #60 with 3 refills', category: 'pharmaceutical.anticonvulsant', q: { drug: 'lyrica', strength: '75mg', strengthValues: [75], strengthUnit: 'mg', count: 60, refills: 3 } },
  { text: 'Cymbalta 60mg #30', category: 'pharmaceutical.antidepressant', q: { drug: 'cymbalta', strength: '60mg', strengthValues: [60], strengthUnit: 'mg', count: 30 } },
  { text: 'Trazodone 50mg at bedtime for sleep #30', category: 'pharmaceutical.antidepressant', q: { drug: 'trazodone', strength: '50mg', strengthValues: [50], strengthUnit: 'mg', count: 30 } },
  { text: 'Ambien 10mg #30', category: 'pharmaceutical.sleep-aid', q: { drug: 'ambien', strength: '10mg', strengthValues: [10], strengthUnit: 'mg', count: 30 } },
  { text: 'Prilosec 20mg #60', category: 'pharmaceutical.gastro-protective', q: { drug: 'prilosec', strength: '20mg', strengthValues: [20], strengthUnit: 'mg', count: 60 } },
  { text: 'Ranitidine 150mg, one tablet twice a day, #60', category: 'pharmaceutical.gastro-protective', q: { drug: 'ranitidine', strength: '150mg', strengthValues: [150], strengthUnit: 'mg', count: 60 } },
  { text: 'Theramine #120', category: 'pharmaceutical.other', q: { drug: 'theramine', count: 120 } },
  { text: 'Xanax 0.5mg #30 DOS 10/12/2013', category: 'pharmaceutical.other', q: { drug: 'xanax', strength: '0.5mg', strengthValues: [0.5], strengthUnit: 'mg', count: 30 } },
  // Rehab
  { text: 'Physical therapy 2x4 for the lumbar spine', category: 'rehab.physical-therapy', parts: ['lumbar spine'], q: { visits: 8, perWeek: 2, weeks: 4 } },
  { text: 'Aquatic therapy twice weekly x 6 weeks', category: 'rehab.physical-therapy', q: { visits: 12, perWeek: 2, weeks: 6 } },
  { text: 'Post-operative physical therapy 3x/week x 4 weeks, right shoulder', category: 'rehab.physical-therapy', parts: ['shoulder'], side: 'right', q: { visits: 12, perWeek: 3, weeks: 4 } },
  { text: 'Eight (8) sessions of physical therapy for the L-spine', category: 'rehab.physical-therapy', parts: ['lumbar spine'], q: { visits: 8 } },
  { text: 'Occupational therapy 2 times a week for 6 weeks, lt wrist', category: 'rehab.occupational-therapy', parts: ['wrist'], side: 'left', q: { visits: 12, perWeek: 2, weeks: 6 } },
  { text: 'Chiropractic treatment 1 x 6 for the C/S', category: 'rehab.chiropractic', parts: ['cervical spine'], q: { visits: 6, perWeek: 1, weeks: 6 } },
  { text: 'Six additional chiropractic visits', category: 'rehab.chiropractic', q: { visits: 6 } },
  { text: 'Acupuncture x 8 sessions for the low back', category: 'rehab.acupuncture', parts: ['lumbar spine'], q: { visits: 8 } },
  { text: 'Acupuncture 2 times per week for 14 days', category: 'rehab.acupuncture', q: { visits: 4, perWeek: 2, weeks: 2 } },
  { text: 'Massage therapy x 6', category: 'rehab.massage', q: { visits: 6 } },
  { text: 'Home exercise program instruction', category: 'rehab.physical-therapy' },
  // Imaging and electrodiagnostics
  { text: 'MRI of the L-spine without contrast', category: 'imaging.mri', parts: ['lumbar spine'] },
  { text: 'CT scan of the R wrist', category: 'imaging.ct', parts: ['wrist'], side: 'right' },
  { text: 'X-rays of bilateral knees, 3 views', category: 'imaging.x-ray', parts: ['knee'], side: 'bilateral' },
  { text: 'Diagnostic ultrasound of the left shoulder', category: 'imaging.ultrasound', parts: ['shoulder'], side: 'left' },
  { text: 'Bone scan of the lumbar spine', category: 'imaging.bone-scan', parts: ['lumbar spine'] },
  { text: 'CT myelogram of the cervical spine', category: 'imaging.ct', parts: ['cervical spine'] },
  { text: 'EMG/NCS of the BLE', category: 'electrodiagnostics', parts: ['lower extremity'], side: 'bilateral' },
  // Injections
  { text: 'Lumbar epidural steroid injection at L4-5 and L5-S1', category: 'injection', parts: ['lumbar spine'] },
  { text: 'Bilateral C5-6 facet injections x 2', category: 'injection', parts: ['cervical spine'], side: 'bilateral', q: { visits: 2 } },
  { text: 'Trigger point injections (4) to the trapezius', category: 'injection', q: { visits: 4 } },
  { text: 'Radiofrequency ablation at right L3, L4, L5', category: 'injection', parts: ['lumbar spine'], side: 'right' },
  { text: 'Toradol 60mg IM injection', category: 'injection', q: { drug: 'toradol', strength: '60mg', strengthValues: [60], strengthUnit: 'mg' } },
  { text: 'Synvisc-One injection, left knee', category: 'injection', parts: ['knee'], side: 'left' },
  // Surgery
  { text: 'Right carpal tunnel release', category: 'surgery', parts: ['wrist'], side: 'right' },
  { text: 'L4-5 anterior lumbar interbody fusion', category: 'surgery', parts: ['lumbar spine'] },
  { text: 'Left knee arthroscopy with partial medial meniscectomy', category: 'surgery', parts: ['knee'], side: 'left' },
  { text: 'Spinal cord stimulator trial', category: 'surgery', parts: ['spine'] },
  { text: 'Manipulation under anesthesia of the lumbar spine', category: 'surgery', parts: ['lumbar spine'] },
  // DME
  { text: 'TENS unit rental for 30 days', category: 'dme' },
  { text: 'Hinged knee brace, rt', category: 'dme', parts: ['knee'], side: 'right' },
  { text: 'LSO back brace purchase', category: 'dme', parts: ['lumbosacral', 'back'] },
  { text: 'Cold therapy unit for 7 days post-op', category: 'dme', q: { weeks: 1 } },
  { text: 'Custom orthotics for both feet', category: 'dme', parts: ['foot'], side: 'bilateral' },
  { text: 'Hospital bed', category: 'dme' },
  { text: 'Front-wheeled walker', category: 'dme' },
  // Home health, psych, E&M, labs, programs, other
  { text: 'Home health aide 4 hours a day, 5 days a week for 6 weeks', category: 'home-health', q: { visits: 30, perWeek: 5, weeks: 6 } },
  { text: 'Cognitive behavioral therapy 6 sessions', category: 'psychological', q: { visits: 6 } },
  { text: 'Psychological evaluation', category: 'psychological' },
  { text: 'Biofeedback 1 x 6', category: 'psychological', q: { visits: 6, perWeek: 1, weeks: 6 } },
  { text: 'Pain management consultation', category: 'evaluation-management' },
  { text: 'Referral to an orthopedic surgeon for the right knee', category: 'evaluation-management', parts: ['knee'], side: 'right' },
  { text: 'Follow-up visits x 4', category: 'evaluation-management', q: { visits: 4 } },
  { text: 'Monthly office visits for 6 months', category: 'evaluation-management', q: { visits: 6 } },
  { text: 'Urine drug screen', category: 'lab-testing' },
  { text: 'Retrospective urine toxicology (DOS 3/4/2014)', category: 'lab-testing' },
  { text: 'Pre-operative labs: CBC, CMP', category: 'lab-testing' },
  { text: 'Functional restoration program x 80 hours', category: 'program' },
  { text: 'Work hardening 10 sessions', category: 'program', q: { visits: 10 } },
  { text: 'Gym membership for 6 months', category: 'program' },
  { text: 'Weight loss program', category: 'program' },
  { text: 'Functional capacity evaluation', category: 'other' },
  { text: 'Transportation to and from appointments', category: 'other' },
];

const NULL_QUANTITY: Quantity = {
  drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null,
  visits: null, perWeek: null, weeks: null,
};

describe('normalizeRequest: example table', () => {
  it('has at least 60 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });
  it.each(TABLE)('$text', (row) => {
    const got = normalizeRequest(row.text);
    expect(NormalizedRequest.parse(got)).toEqual(got);
    expect(got).toEqual({
      category: row.category,
      bodyParts: row.parts ?? [],
      laterality: row.side ?? null,
      quantity: { ...NULL_QUANTITY, ...row.q },
    });
  });
});

describe('normalizeRequest: edge cases', () => {
  it('reads a date inside a request as neither a strength nor a frequency', () => {
    const q = normalizeRequest('Physical therapy, DOS 10/12/2013, 6 sessions').quantity;
    expect(q).toMatchObject({ strength: null, strengthValues: [], visits: 6, perWeek: null, weeks: null });
  });
  it('returns an empty, valid result for empty or non-text input', () => {
    for (const input of ['', '   ', ':', '#', 'x', '%', '()']) {
      expect(NormalizedRequest.safeParse(normalizeRequest(input)).success).toBe(true);
    }
    expect(normalizeRequest(undefined as unknown as string).category).toBe('other');
  });
  it('calls both sides bilateral', () => {
    expect(normalizeRequest('MRI of the left shoulder and right knee').laterality).toBe('bilateral');
  });
  it('prefers an explicit visit count to frequency x duration', () => {
    expect(normalizeRequest('Physical therapy 2 times a week for 6 weeks (10 visits)').quantity.visits).toBe(10);
  });
  it('leaves weeks unset for months but multiplies a monthly frequency', () => {
    expect(normalizeRequest('Acupuncture 2 times a week for 2 months').quantity).toMatchObject({ perWeek: 2, weeks: null, visits: null });
    expect(normalizeRequest('Psychotherapy 1 x month x 6 months').quantity).toMatchObject({ perWeek: null, weeks: null, visits: 6 });
  });
  it('reads "every N weeks" as a fraction per week, and does not count "1 session every ..." as the total', () => {
    expect(normalizeRequest('Psychotherapy 1 session every 2 weeks for 12 weeks').quantity).toMatchObject({ perWeek: 0.5, weeks: 12, visits: 6 });
    expect(normalizeRequest('Office visit with pain management every 4-6 weeks').quantity).toMatchObject({ perWeek: 0.25, weeks: null, visits: null });
  });
  it('reads "2 sessions per week" as a frequency', () => {
    expect(normalizeRequest('Physical therapy 2 sessions per week for 6 weeks').quantity).toMatchObject({ perWeek: 2, weeks: 6, visits: 12 });
  });
  it('reads days as weeks only when exact', () => {
    expect(normalizeRequest('Acupuncture 3 times a week for 10 days').quantity).toMatchObject({ perWeek: 3, weeks: null, visits: null });
  });
});
