import { describe, expect, it } from 'vitest';
import { CaseFile } from '../core/index.ts';
import { seededRng, syntheticLetter } from '../../test/support/synthetic.ts';
import { blindCase } from './blind.ts';

describe('blindCase', () => {
  it('keeps the header, summary, requests and UR guidelines, and hides the outcome', () => {
    const letter = syntheticLetter(seededRng(3), 3);
    const b = blindCase(letter);
    expect(b).not.toBeNull();
    const { caseFile, actual } = b!;
    expect(CaseFile.safeParse(caseFile).success).toBe(true);
    expect(caseFile.disputedItems.map((i) => i.request)).toEqual(letter.items.map((i) => i.request));
    expect(actual).toEqual(letter.items.map((i) => i.decision));
    const text = JSON.stringify(caseFile);
    expect(text).not.toMatch(/MTUS Chronic Pain Medical Treatment 2016/); // the IMR guideline
    expect(text).not.toContain(letter.items[0]!.rationale!);
    expect(caseFile.dateOfInjury).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('skips letters without a summary or without a read decision', () => {
    const letter = syntheticLetter(seededRng(4), 4);
    expect(blindCase({ ...letter, clinicalSummary: null })).toBeNull();
    expect(blindCase({ ...letter, items: letter.items.map((i) => ({ ...i, decision: null })) })).toBeNull();
  });
});
