// Specialty names, their similarity and which specialties suit each treatment category: all data, [I] design
// choices informed by the letters [S] (board certifications printed there: Physical Medicine and
// Rehabilitation, Occupational Medicine, Pain Medicine/Management, Anesthesiology, Orthopaedic Surgery,
// Sports Medicine, Family Practice) and domain.md A.10 (PM&R and Occupational Medicine decide most cases).
import type { Category } from '../core/index.ts';
import { nameWords } from './names.ts';

/** Canonical display name -> other spellings (matched after normaliseSpecialty). */
export const SPECIALTIES: Readonly<Record<string, readonly string[]>> = {
  'Orthopaedic Surgery': ['Orthopedic Surgery', 'Orthopedics', 'Orthopaedics', 'Orthopedic Surgeon', 'Ortho'],
  'Sports Medicine': ['Sports Medicine and Orthopaedics'],
  'Hand Surgery': ['Surgery of the Hand'],
  'Physical Medicine and Rehabilitation': ['Physical Medicine & Rehabilitation', 'PM&R', 'PMR', 'Physiatry', 'PM and R'],
  'Occupational Medicine': ['Occupational and Environmental Medicine', 'Occupational Health'],
  'Preventive Medicine': ['Public Health and General Preventive Medicine', 'Public Health & General Preventive Medicine', 'Public Health'],
  'Pain Medicine': ['Pain Management', 'Interventional Pain Management', 'Interventional Pain Medicine'],
  'Anesthesiology': ['Anesthesia', 'Anaesthesiology'],
  'Disability Evaluation': ['Disability Medicine', 'Independent Medical Evaluation'],
  'Neurology': ['Clinical Neurophysiology', 'Neuromuscular Medicine'],
  'Neurological Surgery': ['Neurosurgery', 'Spine Surgery'],
  'Psychiatry': ['Forensic Psychiatry', 'Psychiatrist'],
  'Psychology': ['Clinical Psychology', 'Psychologist', 'Licensed Psychologist'],
  'Chiropractic': ['Chiropractor', 'Chiropractic Medicine', 'Doctor of Chiropractic', 'DC'],
  'Acupuncture': ['Licensed Acupuncturist', 'Acupuncturist', 'LAc', 'Acupuncture and Oriental Medicine', 'Oriental Medicine'],
  'Physical Therapy': ['Physical Therapist', 'PT'],
  'Dentistry': ['Dental Medicine', 'General Dentistry', 'Dentist', 'DDS', 'DMD'],
  'Oral and Maxillofacial Surgery': ['Oral & Maxillofacial Surgery', 'Oral Surgery'],
  'Podiatry': ['Podiatric Medicine', 'Podiatric Surgery', 'Foot and Ankle Surgery', 'DPM'],
  'Internal Medicine': ['General Internal Medicine', 'Internist'],
  'Family Medicine': ['Family Practice', 'General Practice', 'Family Physician'],
  'Emergency Medicine': ['Emergency Room Medicine'],
  'Rheumatology': [],
  'Gastroenterology': [],
  'Sleep Medicine': [],
  'Radiology': ['Diagnostic Radiology', 'Neuroradiology'],
  'General Surgery': ['Surgery'],
  'Plastic Surgery': ['Plastic and Reconstructive Surgery'],
};

/** Pairs of canonical names and how interchangeable they are for deciding a case (0..1). Symmetric. [I] */
export const SIMILARITY: readonly (readonly [string, string, number])[] = [
  ['Orthopaedic Surgery', 'Sports Medicine', 0.8],
  ['Orthopaedic Surgery', 'Hand Surgery', 0.8],
  ['Orthopaedic Surgery', 'Neurological Surgery', 0.6],
  ['Orthopaedic Surgery', 'Physical Medicine and Rehabilitation', 0.6],
  ['Orthopaedic Surgery', 'Podiatry', 0.5],
  ['Orthopaedic Surgery', 'Occupational Medicine', 0.5],
  ['Hand Surgery', 'Plastic Surgery', 0.7],
  ['Physical Medicine and Rehabilitation', 'Occupational Medicine', 0.8],
  ['Physical Medicine and Rehabilitation', 'Pain Medicine', 0.8],
  ['Physical Medicine and Rehabilitation', 'Sports Medicine', 0.7],
  ['Physical Medicine and Rehabilitation', 'Neurology', 0.7],
  ['Physical Medicine and Rehabilitation', 'Disability Evaluation', 0.6],
  ['Physical Medicine and Rehabilitation', 'Physical Therapy', 0.6],
  ['Physical Medicine and Rehabilitation', 'Acupuncture', 0.6],
  ['Physical Medicine and Rehabilitation', 'Chiropractic', 0.5],
  ['Occupational Medicine', 'Pain Medicine', 0.7],
  ['Occupational Medicine', 'Preventive Medicine', 0.7],
  ['Occupational Medicine', 'Sports Medicine', 0.6],
  ['Occupational Medicine', 'Disability Evaluation', 0.6],
  ['Occupational Medicine', 'Family Medicine', 0.6],
  ['Occupational Medicine', 'Internal Medicine', 0.6],
  ['Occupational Medicine', 'Emergency Medicine', 0.5],
  ['Occupational Medicine', 'Chiropractic', 0.4],
  ['Pain Medicine', 'Anesthesiology', 0.8],
  ['Pain Medicine', 'Neurology', 0.5],
  ['Pain Medicine', 'Acupuncture', 0.5],
  ['Psychiatry', 'Psychology', 0.8],
  ['Psychiatry', 'Sleep Medicine', 0.4],
  ['Neurology', 'Neurological Surgery', 0.6],
  ['Neurology', 'Sleep Medicine', 0.5],
  ['Internal Medicine', 'Family Medicine', 0.8],
  ['Internal Medicine', 'Rheumatology', 0.6],
  ['Internal Medicine', 'Gastroenterology', 0.6],
  ['Internal Medicine', 'Emergency Medicine', 0.5],
  ['Internal Medicine', 'Sleep Medicine', 0.4],
  ['Family Medicine', 'Emergency Medicine', 0.5],
  ['Chiropractic', 'Acupuncture', 0.4],
  ['Chiropractic', 'Physical Therapy', 0.4],
  ['Dentistry', 'Oral and Maxillofacial Surgery', 0.8],
  ['Podiatry', 'Sports Medicine', 0.4],
  ['Radiology', 'Neurology', 0.4],
  ['General Surgery', 'Plastic Surgery', 0.5],
];

type Wanted = readonly (readonly [string, number])[];

/** Treatment category -> specialties suited to decide it, with a fit 0..1 (first = best). [I] */
export const CATEGORY_SPECIALTIES: Readonly<Record<Category, Wanted>> = {
  'pharmaceutical.opioid': [['Pain Medicine', 1], ['Physical Medicine and Rehabilitation', 0.9], ['Occupational Medicine', 0.9], ['Anesthesiology', 0.8], ['Family Medicine', 0.7], ['Internal Medicine', 0.7]],
  'pharmaceutical.nsaid': [['Occupational Medicine', 1], ['Physical Medicine and Rehabilitation', 1], ['Pain Medicine', 0.9], ['Family Medicine', 0.9], ['Internal Medicine', 0.9], ['Rheumatology', 0.8], ['Orthopaedic Surgery', 0.8]],
  'pharmaceutical.muscle-relaxant': [['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 1], ['Pain Medicine', 0.9], ['Family Medicine', 0.8], ['Internal Medicine', 0.8], ['Orthopaedic Surgery', 0.7]],
  'pharmaceutical.topical': [['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 1], ['Pain Medicine', 1], ['Family Medicine', 0.8], ['Internal Medicine', 0.8]],
  'pharmaceutical.anticonvulsant': [['Pain Medicine', 1], ['Physical Medicine and Rehabilitation', 0.9], ['Neurology', 0.9], ['Occupational Medicine', 0.8]],
  'pharmaceutical.antidepressant': [['Psychiatry', 1], ['Pain Medicine', 0.8], ['Physical Medicine and Rehabilitation', 0.8], ['Occupational Medicine', 0.7], ['Family Medicine', 0.7]],
  'pharmaceutical.sleep-aid': [['Sleep Medicine', 1], ['Psychiatry', 0.9], ['Internal Medicine', 0.8], ['Family Medicine', 0.8], ['Physical Medicine and Rehabilitation', 0.7], ['Occupational Medicine', 0.7], ['Pain Medicine', 0.7]],
  'pharmaceutical.gastro-protective': [['Internal Medicine', 1], ['Gastroenterology', 1], ['Family Medicine', 0.9], ['Occupational Medicine', 0.8], ['Physical Medicine and Rehabilitation', 0.7], ['Pain Medicine', 0.7]],
  'pharmaceutical.other': [['Occupational Medicine', 0.9], ['Physical Medicine and Rehabilitation', 0.9], ['Pain Medicine', 0.9], ['Internal Medicine', 0.9], ['Family Medicine', 0.9]],
  'rehab.physical-therapy': [['Physical Medicine and Rehabilitation', 1], ['Physical Therapy', 1], ['Orthopaedic Surgery', 0.9], ['Occupational Medicine', 0.9], ['Sports Medicine', 0.9]],
  'rehab.occupational-therapy': [['Physical Medicine and Rehabilitation', 1], ['Hand Surgery', 0.9], ['Occupational Medicine', 0.9], ['Orthopaedic Surgery', 0.8]],
  'rehab.chiropractic': [['Chiropractic', 1], ['Physical Medicine and Rehabilitation', 0.8], ['Occupational Medicine', 0.7]],
  'rehab.acupuncture': [['Acupuncture', 1], ['Physical Medicine and Rehabilitation', 0.8], ['Pain Medicine', 0.7], ['Occupational Medicine', 0.7]],
  'rehab.massage': [['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 0.9], ['Chiropractic', 0.8], ['Physical Therapy', 0.8]],
  'imaging.mri': [['Orthopaedic Surgery', 1], ['Physical Medicine and Rehabilitation', 0.9], ['Occupational Medicine', 0.9], ['Neurological Surgery', 0.8], ['Neurology', 0.8], ['Sports Medicine', 0.8], ['Radiology', 0.8]],
  'imaging.ct': [['Orthopaedic Surgery', 1], ['Neurological Surgery', 0.9], ['Physical Medicine and Rehabilitation', 0.8], ['Occupational Medicine', 0.8], ['Radiology', 0.8]],
  'imaging.x-ray': [['Orthopaedic Surgery', 1], ['Occupational Medicine', 1], ['Physical Medicine and Rehabilitation', 0.9], ['Sports Medicine', 0.9], ['Family Medicine', 0.7], ['Radiology', 0.8]],
  'imaging.ultrasound': [['Orthopaedic Surgery', 1], ['Sports Medicine', 0.9], ['Physical Medicine and Rehabilitation', 0.9], ['Radiology', 0.8], ['Occupational Medicine', 0.8]],
  'imaging.bone-scan': [['Orthopaedic Surgery', 1], ['Radiology', 0.8], ['Physical Medicine and Rehabilitation', 0.8], ['Occupational Medicine', 0.7]],
  'imaging.other': [['Orthopaedic Surgery', 0.9], ['Physical Medicine and Rehabilitation', 0.9], ['Occupational Medicine', 0.9], ['Radiology', 0.8], ['Neurology', 0.7]],
  electrodiagnostics: [['Neurology', 1], ['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 0.6], ['Orthopaedic Surgery', 0.6]],
  injection: [['Pain Medicine', 1], ['Physical Medicine and Rehabilitation', 0.9], ['Anesthesiology', 0.9], ['Orthopaedic Surgery', 0.8], ['Sports Medicine', 0.7]],
  surgery: [['Orthopaedic Surgery', 1], ['Neurological Surgery', 0.9], ['Hand Surgery', 0.9], ['Podiatry', 0.7], ['General Surgery', 0.7], ['Plastic Surgery', 0.6], ['Oral and Maxillofacial Surgery', 0.6]],
  dme: [['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 0.9], ['Orthopaedic Surgery', 0.9], ['Sports Medicine', 0.8], ['Family Medicine', 0.7]],
  'home-health': [['Physical Medicine and Rehabilitation', 1], ['Internal Medicine', 0.9], ['Family Medicine', 0.9], ['Occupational Medicine', 0.8]],
  psychological: [['Psychiatry', 1], ['Psychology', 1]],
  'evaluation-management': [['Occupational Medicine', 1], ['Physical Medicine and Rehabilitation', 1], ['Orthopaedic Surgery', 0.8], ['Pain Medicine', 0.8], ['Family Medicine', 0.8], ['Internal Medicine', 0.8], ['Neurology', 0.7], ['Psychiatry', 0.7]],
  'lab-testing': [['Internal Medicine', 1], ['Family Medicine', 0.9], ['Occupational Medicine', 0.9], ['Pain Medicine', 0.8], ['Physical Medicine and Rehabilitation', 0.8]],
  program: [['Physical Medicine and Rehabilitation', 1], ['Occupational Medicine', 0.9], ['Pain Medicine', 0.9], ['Psychology', 0.6]],
  other: [['Occupational Medicine', 0.9], ['Physical Medicine and Rehabilitation', 0.9], ['Family Medicine', 0.8], ['Internal Medicine', 0.8]],
};

/** Lower case, "&" as "and", punctuation dropped, spaces collapsed: the key aliases are compared by. */
export function normaliseSpecialty(name: string): string {
  return nameWords(name).join(' ');
}

const CANONICAL = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(SPECIALTIES)) {
  for (const n of [canonical, ...aliases]) CANONICAL.set(normaliseSpecialty(n), canonical);
}

const PAIRS = new Map<string, number>();
const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
for (const [a, b, s] of SIMILARITY) PAIRS.set(pairKey(a, b), s);

/** The canonical name for a specialty as written, or null when the table does not know it. */
export function canonicalSpecialty(name: string): string | null {
  return CANONICAL.get(normaliseSpecialty(name)) ?? null;
}

/** How interchangeable two specialties are (0..1): 1 for the same one, the table's value, else 0. Symmetric. */
export function similarity(a: string, b: string): number {
  const ca = canonicalSpecialty(a) ?? normaliseSpecialty(a);
  const cb = canonicalSpecialty(b) ?? normaliseSpecialty(b);
  if (ca.length === 0 || cb.length === 0) return 0;
  if (ca === cb) return 1;
  return PAIRS.get(pairKey(ca, cb)) ?? 0;
}

export type WantedSpecialty = { specialty: string; fit: number };

/**
 * The specialties a case wants: those suited to each disputed category (best fit kept across categories),
 * plus the requesting physician's own specialty ("same or similar specialty" in the letters [S]), best first.
 */
export function wantedSpecialties(categories: readonly Category[], requestingSpecialty?: string): WantedSpecialty[] {
  const best = new Map<string, number>();
  const add = (s: string, fit: number): void => {
    best.set(s, Math.max(best.get(s) ?? 0, fit));
  };
  for (const c of categories) for (const [s, fit] of CATEGORY_SPECIALTIES[c]) add(s, fit);
  if (requestingSpecialty !== undefined && requestingSpecialty.trim().length > 0) {
    add(canonicalSpecialty(requestingSpecialty) ?? requestingSpecialty.trim(), PEER_WEIGHT_FIT);
  }
  return [...best.entries()]
    .map(([specialty, fit]) => ({ specialty, fit }))
    .sort((x, y) => y.fit - x.fit || x.specialty.localeCompare(y.specialty));
}

/** The fit listed for the requesting physician's specialty in wantedSpecialties. */
const PEER_WEIGHT_FIT = 1;
/** Share of the match that comes from the requesting physician's specialty; the rest from the items. [I] */
export const PEER_WEIGHT = 0.2;

export type SpecialtyMatch = {
  /** The blended match used for ranking (0..1). */
  score: number;
  /** The weakest per-category match: a reviewer must be able to decide every disputed item. */
  itemScore: number;
  /** Similarity to the requesting physician's specialty (0 when unknown). */
  peerScore: number;
  perCategory: { category: Category; score: number; via: string | null }[];
};

/** Every specialty the reviewer holds: specialties, board certifications and subspecialties. */
export function reviewerSpecialties(r: {
  specialties: readonly string[];
  boardCertifications: readonly string[];
  subspecialties: readonly string[];
}): string[] {
  return [...r.specialties, ...r.boardCertifications, ...r.subspecialties].filter((s) => s.trim().length > 0);
}

/** How well a reviewer's specialties fit the disputed categories and the requesting physician's specialty. */
export function specialtyMatch(
  held: readonly string[],
  categories: readonly Category[],
  requestingSpecialty?: string,
): SpecialtyMatch {
  const perCategory = categories.map((category) => {
    let score = 0;
    let via: string | null = null;
    for (const [wanted, fit] of CATEGORY_SPECIALTIES[category]) {
      for (const h of held) {
        const s = similarity(h, wanted) * fit;
        if (s > score) {
          score = s;
          via = canonicalSpecialty(h) ?? h;
        }
      }
    }
    return { category, score: round(score), via };
  });
  const itemScore = perCategory.length === 0 ? 0 : Math.min(...perCategory.map((p) => p.score));
  const peerScore =
    requestingSpecialty === undefined ? 0 : Math.max(0, ...held.map((h) => similarity(h, requestingSpecialty)));
  return {
    score: round((1 - PEER_WEIGHT) * itemScore + PEER_WEIGHT * peerScore),
    itemScore,
    peerScore: round(peerScore),
    perCategory,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
