import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CATEGORIES } from '../core/index.ts';
import {
  CATEGORY_SPECIALTIES,
  SIMILARITY,
  SPECIALTIES,
  canonicalSpecialty,
  similarity,
  specialtyMatch,
  wantedSpecialties,
} from './index.ts';

const names = Object.entries(SPECIALTIES).flatMap(([c, aliases]) => [c, ...aliases]);

describe('specialty names', () => {
  it('maps aliases to one canonical name', () => {
    expect(canonicalSpecialty('PM&R')).toBe('Physical Medicine and Rehabilitation');
    expect(canonicalSpecialty('Physical Medicine & Rehabilitation')).toBe('Physical Medicine and Rehabilitation');
    expect(canonicalSpecialty('physical medicine and rehabilitation')).toBe('Physical Medicine and Rehabilitation');
    expect(canonicalSpecialty('Orthopedic Surgery')).toBe('Orthopaedic Surgery');
    expect(canonicalSpecialty('Pain Management')).toBe('Pain Medicine');
    expect(canonicalSpecialty('Family Practice')).toBe('Family Medicine');
    expect(canonicalSpecialty('L.Ac.')).toBe('Acupuncture');
    expect(canonicalSpecialty('Basket Weaving')).toBeNull();
  });

  it('has no alias claimed by two canonical names', () => {
    const seen = new Map<string, string>();
    for (const [c, aliases] of Object.entries(SPECIALTIES)) {
      for (const a of [c, ...aliases]) {
        const key = a.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
        expect(seen.get(key) ?? c, `${a} is claimed twice`).toBe(c);
        seen.set(key, c);
      }
    }
  });

  it('lists only canonical names in the similarity and category tables', () => {
    for (const [a, b, s] of SIMILARITY) {
      expect(SPECIALTIES[a], a).toBeDefined();
      expect(SPECIALTIES[b], b).toBeDefined();
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThan(1);
    }
    for (const c of CATEGORIES) {
      expect(CATEGORY_SPECIALTIES[c].length, c).toBeGreaterThan(0);
      for (const [s] of CATEGORY_SPECIALTIES[c]) expect(SPECIALTIES[s], `${c}: ${s}`).toBeDefined();
    }
  });
});

describe('similarity', () => {
  it('is 1 for the same specialty under any alias', () => {
    expect(similarity('PM&R', 'Physical Medicine and Rehabilitation')).toBe(1);
    expect(similarity('Unknown Field', 'unknown field')).toBe(1);
  });

  it('reads the table', () => {
    expect(similarity('Orthopedic Surgery', 'Sports Medicine')).toBe(0.8);
    expect(similarity('Psychiatry', 'Clinical Psychology')).toBe(0.8);
    expect(similarity('Neurology', 'PM&R')).toBe(0.7);
    expect(similarity('Dentistry', 'Psychiatry')).toBe(0);
  });

  it('is symmetric and within 0..1', () => {
    const pick = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(pick, pick, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBe(similarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('specialty match', () => {
  it('gives psychological treatment to psychiatry or psychology, not orthopaedics', () => {
    expect(specialtyMatch(['Psychology'], ['psychological']).itemScore).toBe(1);
    expect(specialtyMatch(['Orthopaedic Surgery'], ['psychological']).itemScore).toBe(0);
  });

  it('lets neurology and PM&R decide electrodiagnostics', () => {
    expect(specialtyMatch(['Neurology'], ['electrodiagnostics']).itemScore).toBe(1);
    expect(specialtyMatch(['PM&R'], ['electrodiagnostics']).itemScore).toBe(1);
  });

  it('takes the weakest disputed item as the item score', () => {
    const m = specialtyMatch(['Chiropractic'], ['rehab.chiropractic', 'pharmaceutical.opioid']);
    expect(m.perCategory.map((p) => p.score)).toEqual([1, 0.45]);
    expect(m.itemScore).toBe(0.45);
  });

  it('blends in the requesting physician specialty', () => {
    const same = specialtyMatch(['Orthopaedic Surgery'], ['surgery'], 'Orthopedic Surgery');
    const other = specialtyMatch(['Neurological Surgery'], ['surgery'], 'Orthopedic Surgery');
    expect(same.score).toBe(1);
    expect(other.score).toBeLessThan(same.score);
  });

  it('lists the wanted specialties best first, with the requester included', () => {
    const w = wantedSpecialties(['rehab.acupuncture'], 'Licensed Acupuncturist');
    expect(w[0]).toEqual({ specialty: 'Acupuncture', fit: 1 });
    expect(w.map((x) => x.specialty)).toContain('Physical Medicine and Rehabilitation');
  });
});
