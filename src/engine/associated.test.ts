import { describe, expect, it } from 'vitest';
import type { NormalizedRequest } from '../core/index.ts';
import type { EngineDetermination } from './decide.ts';
import { NO_GOVERNING_RULE } from './decide.ts';
import { FOLLOWS_SURGERY, FOLLOWS_THERAPY, linkAssociatedServices, SURGERY_NOT_NECESSARY } from './associated.ts';

const normalized = (category: NormalizedRequest['category']): NormalizedRequest => ({
  category,
  bodyParts: [],
  laterality: null,
  quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null },
});

function item(request: string, category: NormalizedRequest['category'], decision: 'Upheld' | 'Overturned', codes: string[] = []): EngineDetermination {
  return {
    request,
    normalized: normalized(category),
    decision,
    confidence: 0.8,
    guideline: { source: 'MTUS', title: 'Some guideline', recommendation: 'conditional' },
    criteria: [],
    reasonCodes: codes,
    rationale: 'own rationale',
  };
}

describe('associated surgical services follow the surgery', () => {
  it('are not necessary when the surgery is not', () => {
    const out = linkAssociatedServices([
      item('Shoulder arthroscopy', 'surgery', 'Upheld'),
      item('Associated surgical service: Medical clearance', 'evaluation-management', 'Overturned'),
      item('Post-op physical therapy x12', 'rehab.physical-therapy', 'Overturned'),
      item('Naproxen 550mg #60', 'pharmaceutical.nsaid', 'Overturned'),
    ]);
    expect(out.map((i) => i.decision)).toEqual(['Upheld', 'Upheld', 'Upheld', 'Overturned']);
    expect(out[1]!.reasonCodes[0]).toBe(SURGERY_NOT_NECESSARY);
    expect(out[1]!.rationale).toMatch(/Shoulder arthroscopy.*not medically necessary\.$/);
    expect(out[3]!.rationale).toBe('own rationale');
  });

  it('follow a necessary surgery only where no rule of their own governs them', () => {
    const out = linkAssociatedServices([
      item('Carpal tunnel release', 'surgery', 'Overturned'),
      item('Pre-operative labs: CBC', 'lab-testing', 'Upheld', [NO_GOVERNING_RULE]),
      item('Post-operative occupational therapy x24', 'rehab.occupational-therapy', 'Upheld', ['exceeds-visit-limit']),
    ]);
    expect(out.map((i) => i.decision)).toEqual(['Overturned', 'Overturned', 'Upheld']);
    expect(out[1]!.reasonCodes).toEqual([FOLLOWS_SURGERY]);
  });

  it('leave cases without a surgery alone, and an assistant surgeon is not the principal surgery', () => {
    const alone = [item('Post-op physical therapy', 'rehab.physical-therapy', 'Overturned')];
    expect(linkAssociatedServices(alone)).toEqual(alone);
    const out = linkAssociatedServices([item('Assistant surgeon', 'surgery', 'Overturned'), item('Lumbar fusion', 'surgery', 'Upheld')]);
    expect(out[0]!.decision).toBe('Upheld');
  });
});

describe('a visit with a therapy provider follows the course of that therapy', () => {
  it('takes the decision of the course requested with it', () => {
    const out = linkAssociatedServices([
      item('Re-exam with chiropractor for the lumbar spine', 'evaluation-management', 'Overturned'),
      item('Chiropractic manipulation 2x4', 'rehab.chiropractic', 'Upheld', ['functional-improvement-not-documented']),
      item('Follow-up visit with pain management', 'evaluation-management', 'Overturned'),
    ]);
    expect(out.map((i) => i.decision)).toEqual(['Upheld', 'Upheld', 'Overturned']);
    expect(out[0]!.reasonCodes).toEqual([FOLLOWS_THERAPY, 'functional-improvement-not-documented']);
  });

  it('keeps its own decision when no course of that therapy is requested', () => {
    const alone = [item('Re-exam with chiropractor', 'evaluation-management', 'Overturned')];
    expect(linkAssociatedServices(alone)).toEqual(alone);
  });
});
