import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  consolidationKey,
  duplicateKey,
  formatCaseNumber,
  isCaseNumber,
  normalizeName,
  parseCaseNumber,
} from './index.ts';
import { applicationInput } from './fixtures.ts';

describe('case numbers', () => {
  it('formats and parses the published form', () => {
    expect(formatCaseNumber(2026, 123)).toBe('CM26-0000123');
    expect(formatCaseNumber(2005, 9_999_999)).toBe('CM05-9999999');
    expect(parseCaseNumber('CM26-0000123')).toEqual({ year: 2026, seq: 123 });
  });

  it('rejects what is not a case number', () => {
    for (const bad of ['CM26-000012', 'cm26-0000123', 'CM26-0000000', 'CM2026-0000123', ' CM26-0000123', 'CM26-00001234']) {
      expect(isCaseNumber(bad)).toBe(false);
      expect(() => parseCaseNumber(bad)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
    expect(() => formatCaseNumber(1999, 1)).toThrow(/year/);
    expect(() => formatCaseNumber(2026, 0)).toThrow(/sequence/);
    expect(() => formatCaseNumber(2026, 10_000_000)).toThrow(/sequence/);
  });

  it('round-trips every valid year and sequence, and every output is valid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 9_999_999 }), (year, seq) => {
        const text = formatCaseNumber(year, seq);
        expect(isCaseNumber(text)).toBe(true);
        expect(parseCaseNumber(text)).toEqual({ year, seq });
      }),
    );
  });

  it('never accepts arbitrary strings that are not of the form', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isCaseNumber(s)).toBe(/^CM\d{2}-\d{7}$/.test(s) && !s.endsWith('0000000'));
      }),
    );
  });
});

describe('consolidation and duplicate keys', () => {
  it('normalises case, accents, punctuation, order and titles', () => {
    expect(normalizeName('Smith, John')).toBe(normalizeName('  JOHN   smith '));
    expect(normalizeName('José Núñez')).toBe(normalizeName('jose nunez'));
    expect(normalizeName('Dr. Robin Test, M.D.')).toBe(normalizeName('Robin Test'));
  });

  it('consolidates the same employee, physician and date of injury', () => {
    const a = applicationInput();
    const b = applicationInput({
      employee: { name: 'SAMPLE, ALEX' },
      requestingPhysician: { name: 'Robin Test MD', specialty: 'Orthopedics' },
      disputedTreatments: [{ request: 'Acupuncture 6 sessions' }],
    });
    expect(consolidationKey(a)).toBe(consolidationKey(b));
    expect(consolidationKey(a)).not.toBe(consolidationKey(applicationInput({ dateOfInjury: '2025-03-11' })));
    expect(consolidationKey(a)).not.toBe(
      consolidationKey(applicationInput({ requestingPhysician: { name: 'Dr. Other Person', specialty: 'x' } })),
    );
  });

  it('duplicates share claim, treatments (any order) and UR date', () => {
    const a = applicationInput();
    const b = applicationInput({
      claimNumber: 'clm 0001',
      disputedTreatments: [{ request: 'MRI, lumbar spine.' }, { request: 'physical therapy 2x6 lumbar spine' }],
    });
    expect(duplicateKey(a)).toBe(duplicateKey(b));
    expect(duplicateKey(a)).not.toBe(duplicateKey(applicationInput({ urDecision: { date: '2026-05-02' } })));
    expect(duplicateKey(a)).not.toBe(duplicateKey(applicationInput({ disputedTreatments: [{ request: 'MRI lumbar spine' }] })));
  });
});

describe('name normalisation properties', () => {
  const word = fc.stringMatching(/^[A-Za-z]{2,10}$/).filter((w) => !['dr', 'md', 'do', 'dc', 'pa', 'np', 'jr', 'sr', 'mr', 'ms'].includes(w.toLowerCase()));
  it('ignores case, order, punctuation and spacing', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.boolean(), (words, comma) => {
        const plain = words.join(' ');
        const shuffled = [...words].reverse().map((w) => w.toUpperCase());
        const written = comma ? `${shuffled.join(',  ')}.` : `  ${shuffled.join('   ')} `;
        expect(normalizeName(written)).toBe(normalizeName(plain));
        expect(normalizeName(plain)).toMatch(/^[a-z]+( [a-z]+)*$/);
      }),
    );
  });
});
