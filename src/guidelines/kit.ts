// Shared vocabulary for rule files: the guideline editions (with the dates each is in force), the term lists
// rules match facts against, and the example-case shape. Data only; the engine's evaluator does the work.
import type { Category, Decision, NormalizedRequest } from '../core/index.ts';
import type { CaseDates, FactSpec, Guideline } from '../engine/index.ts';

/** Requests on or after this date are judged by the 2016 Chronic Pain and Opioids guidelines (8 CCR 9792.24.2, .4). */
export const MTUS_2016_FROM = '2016-07-29';
const MTUS_2009_FROM = '2009-07-18';
const MTUS_2007_FROM = '2007-06-15';

export const EDITIONS = {
  cpmtg2009: { id: 'cpmtg2009', source: 'MTUS', title: 'MTUS Chronic Pain Medical Treatment Guidelines 2009', version: '2009', effective: { from: MTUS_2009_FROM, until: MTUS_2016_FROM } },
  cpmtg2016: { id: 'cpmtg2016', source: 'MTUS', title: 'MTUS Chronic Pain Medical Treatment 2016', version: '2016', effective: { from: MTUS_2016_FROM } },
  opioids2016: { id: 'opioids2016', source: 'MTUS', title: 'MTUS Opioid Treatment 2016', version: '2016', effective: { from: MTUS_2016_FROM } },
  acupuncture2007: { id: 'acupuncture2007', source: 'MTUS', title: 'MTUS Acupuncture Medical Treatment Guidelines 2007', version: '2007', effective: { from: MTUS_2007_FROM } },
  postsurgical2009: { id: 'postsurgical2009', source: 'MTUS', title: 'MTUS Postsurgical Treatment Guidelines 2009', version: '2009', effective: { from: MTUS_2009_FROM } },
  lowBack2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM Low Back Complaints 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  neck2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM Neck and Upper Back Complaints 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  shoulder2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM Shoulder Complaints 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  knee2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM Knee Complaints 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  hand2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM Forearm, Wrist, and Hand Complaints 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  general2004: { id: 'acoem2004', source: 'MTUS', title: 'MTUS ACOEM General Approaches 2004', version: '2004', effective: { from: MTUS_2007_FROM } },
  odg: { id: 'odg', source: 'ODG', title: 'Official Disability Guidelines (ODG), Non-MTUS', version: 'current', effective: {} },
} as const satisfies Record<string, Guideline>;

export const TERMS = {
  opioids: ['opioid', 'opioids', 'hydrocodone', 'norco', 'vicodin', 'oxycodone', 'percocet', 'oxycontin', 'tramadol', 'ultram', 'ultracet', 'morphine', 'ms contin', 'fentanyl', 'duragesic', 'hydromorphone', 'dilaudid', 'methadone', 'tapentadol', 'nucynta', 'buprenorphine', 'butrans', 'codeine', 'oxymorphone', 'opana'],
  nsaids: ['nsaid', 'nsaids', 'naproxen', 'anaprox', 'ibuprofen', 'motrin', 'meloxicam', 'mobic', 'diclofenac', 'celecoxib', 'celebrex', 'etodolac', 'nabumetone', 'relafen', 'ketorolac', 'indomethacin'],
  nonOpioidAnalgesics: ['nsaid', 'nsaids', 'naproxen', 'ibuprofen', 'meloxicam', 'diclofenac', 'celecoxib', 'acetaminophen', 'tylenol', 'gabapentin', 'anticonvulsant', 'antidepressant', 'duloxetine', 'amitriptyline'],
  muscleRelaxants: ['muscle relaxant', 'cyclobenzaprine', 'flexeril', 'tizanidine', 'zanaflex', 'methocarbamol', 'robaxin', 'baclofen', 'orphenadrine', 'norflex', 'carisoprodol', 'soma', 'metaxalone', 'skelaxin'],
  firstLineNeuropathic: ['antidepressant', 'anticonvulsant', 'gabapentin', 'neurontin', 'pregabalin', 'lyrica', 'amitriptyline', 'nortriptyline', 'duloxetine', 'cymbalta', 'venlafaxine', 'topiramate'],
  anticonvulsants: ['anticonvulsant', 'gabapentin', 'neurontin', 'pregabalin', 'lyrica', 'topiramate', 'topamax', 'carbamazepine', 'oxcarbazepine'],
  neuropathic: ['neuropathic', 'neuropathy', 'radiculopathy', 'radicular', 'radiculitis', 'neuralgia', 'sciatica', 'carpal tunnel', 'crps', 'complex regional pain syndrome', 'numbness', 'paresthesia', 'tingling'],
  exercise: ['physical therapy', 'therapy', 'exercise', 'home exercise', 'home exercise program', 'pt', 'occupational therapy', 'work conditioning'],
  physicalMedicine: ['physical therapy', 'pt', 'occupational therapy', 'ot', 'chiropractic', 'chiropractic treatment', 'manipulation', 'physiotherapy'],
  /** Objective (examined) signs of nerve compromise, as opposed to reported numbness or tingling. */
  objectiveNeuro: ['weakness', 'strength', 'motor', 'sensation', 'sensory', 'hypoesthesia', 'hypesthesia', 'dermatomal', 'reflex', 'reflexes', 'hyporeflexia', 'areflexia', 'neurological deficit', 'neurologic deficit', 'neurological deficits', 'neurologic deficits', 'focal deficit', 'atrophy'],
  conservativeCare: ['physical therapy', 'pt', 'chiropractic', 'acupuncture', 'medication', 'medications', 'nsaid', 'nsaids', 'home exercise', 'activity modification', 'rest', 'injection', 'bracing', 'conservative care', 'conservative treatment', 'massage', 'tens'],
  returnedToWork: ['returned to work', 'full duty', 'regular duty', 'modified duty', 'working', 'return to work'],
  psychological: ['depression', 'depressive', 'anxiety', 'ptsd', 'post-traumatic stress', 'adjustment disorder', 'psychological', 'panic', 'mood disorder', 'stress'],
  gastroRisk: ['peptic ulcer', 'ulcer', 'gi bleed', 'gastrointestinal bleed', 'gastrointestinal bleeding', 'perforation', 'gastritis', 'gerd', 'dyspepsia', 'reflux', 'gastrointestinal upset', 'gi upset', 'stomach upset', 'heartburn'],
  gastroRiskDrugs: ['aspirin', 'prednisone', 'corticosteroid', 'steroid', 'warfarin', 'coumadin', 'anticoagulant', 'clopidogrel', 'plavix', 'eliquis', 'xarelto'],
} satisfies Record<string, string[]>;

/** One example case of a rule: a request, a record (facts quote `summary`), dates, and the expected outcome. */
export interface RuleCase {
  readonly name: string;
  readonly request: string;
  readonly category: Category;
  readonly quantity?: Partial<NormalizedRequest['quantity']>;
  readonly bodyParts?: readonly string[];
  readonly dates: CaseDates;
  readonly summary: string;
  readonly facts: readonly FactSpec[];
  readonly expect: { readonly decision: Decision; readonly codes?: readonly string[] };
}

export function normalizedOf(c: RuleCase): NormalizedRequest {
  return {
    category: c.category,
    bodyParts: [...(c.bodyParts ?? [])],
    laterality: null,
    quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null, ...c.quantity },
  };
}
