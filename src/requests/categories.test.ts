import { describe, expect, it } from 'vitest';
import type { CATEGORIES } from '../core/index.ts';
import { CATEGORY_RULES, classifyCategory } from './index.ts';

describe('category rules', () => {
  it('have unique ids and non-global patterns (exec must not keep state between calls)', () => {
    const ids = CATEGORY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CATEGORY_RULES) if (r.kind === 'pattern') expect(r.pattern.flags).not.toMatch(/[gy]/);
  });

  // Every category can be reached by some request: one witness each.
  const WITNESS: Readonly<Record<(typeof CATEGORIES)[number], string>> = {
    'pharmaceutical.opioid': 'Norco 10/325 #60',
    'pharmaceutical.nsaid': 'Naproxen 550mg #60',
    'pharmaceutical.muscle-relaxant': 'Flexeril 10mg',
    'pharmaceutical.topical': 'Lidoderm patch',
    'pharmaceutical.anticonvulsant': 'Gabapentin 300mg',
    'pharmaceutical.antidepressant': 'Amitriptyline 25mg',
    'pharmaceutical.sleep-aid': 'Lunesta 2mg',
    'pharmaceutical.gastro-protective': 'Omeprazole 20mg',
    'pharmaceutical.other': 'Unknownzepam 5mg #30',
    'rehab.physical-therapy': 'Physical therapy 2x6',
    'rehab.occupational-therapy': 'Occupational therapy 2x6',
    'rehab.chiropractic': 'Chiropractic 2x3',
    'rehab.acupuncture': 'Acupuncture x6',
    'rehab.massage': 'Massage therapy 1x6',
    'imaging.mri': 'MRI right knee',
    'imaging.ct': 'CT of the head',
    'imaging.x-ray': 'X-ray left ankle',
    'imaging.ultrasound': 'Ultrasound of the right shoulder',
    'imaging.bone-scan': 'Bone scan',
    'imaging.other': 'DEXA scan',
    electrodiagnostics: 'NCV of the upper extremities',
    injection: 'Cervical ESI',
    surgery: 'Total knee arthroplasty',
    dme: 'Cane',
    'home-health': 'Home health care 4 hours a day',
    psychological: 'Psychotherapy 6 sessions',
    'evaluation-management': 'Orthopedic consultation',
    'lab-testing': 'Comprehensive metabolic panel',
    program: 'Work conditioning 12 visits',
    other: 'Something unrecognisable',
  };
  it.each(Object.entries(WITNESS))('%s is reachable', (category, request) => {
    expect(classifyCategory(request)).toBe(category);
  });

  // Ambiguous items: the decision is recorded in README.md; these pin it.
  it.each([
    ['Aquatic therapy 2x6', 'rehab.physical-therapy'],
    ['Pool membership x 6 months', 'program'],
    ['Pain management consultation', 'evaluation-management'],
    ['Spine surgery evaluation', 'evaluation-management'],
    ['Surgical consultation for the right shoulder', 'evaluation-management'],
    ['Re-exam with chiropractor', 'evaluation-management'],
    ['Chiropractic evaluation', 'rehab.chiropractic'],
    ['Physical therapy evaluation', 'rehab.physical-therapy'],
    ['Referral to physical therapy', 'rehab.physical-therapy'],
    ['Referral to chiropractor, twice a week for 3 weeks', 'rehab.chiropractic'],
    ['Psychiatric consultation', 'psychological'],
    ['Radiofrequency ablation L4-5', 'injection'],
    ['Toradol injection', 'injection'],
    ['Pulsed ultrasound 2 times a week for 4 weeks', 'rehab.physical-therapy'],
    ['Ultrasound of the left wrist', 'imaging.ultrasound'],
    ['Electrical muscle stimulation 2x4', 'rehab.physical-therapy'],
    ['EMS unit', 'dme'],
    ['Post-op physical therapy 12 sessions', 'rehab.physical-therapy'],
    ['Associated surgical service: Chest x-ray', 'imaging.x-ray'],
    ['Associated surgical service: Medical clearance', 'evaluation-management'],
    ['Assistant surgeon', 'surgery'],
    ['Urine drug screen for Norco compliance', 'lab-testing'],
    ['Salonpas pad #60', 'pharmaceutical.topical'],
    ['Heating pad', 'dme'],
    ['Electroencephalogram', 'electrodiagnostics'],
    ['Functional capacity evaluation', 'other'],
    ['Speech therapy 2x6', 'other'],
    ['Dry needling x 6', 'rehab.acupuncture'],
    ['Myofascial release 2x3', 'rehab.massage'],
    ['Spinal cord stimulator trial', 'surgery'],
  ])('%s -> %s', (request, category) => {
    expect(classifyCategory(request)).toBe(category);
  });
});
