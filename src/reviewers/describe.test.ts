import { describe, it, expect } from 'vitest';
import { describeQualifications } from './index.ts';
import { reviewer } from './__fixtures__/records.ts';

describe('describeQualifications', () => {
  it('prints the letter sentence for a qualified physician', () => {
    expect(describeQualifications(reviewer())).toBe(
      'The physician reviewer is licensed to practise in California, is Board Certified in Orthopaedic Surgery and ' +
        'has been in active clinical practice for more than 5 years, currently at least 24 hours a week.',
    );
  });

  it('uses canonical names, several states and the subspecialty', () => {
    const r = reviewer({
      licenseStates: ['CA', 'NV'],
      boardCertifications: ['PM&R'],
      subspecialties: ['Pain Management'],
    });
    expect(describeQualifications(r)).toBe(
      'The physician reviewer is licensed to practise in California and Nevada, is Board Certified in Physical ' +
        'Medicine and Rehabilitation with a subspecialty in Pain Medicine and has been in active clinical practice ' +
        'for more than 5 years, currently at least 24 hours a week.',
    );
  });

  it('states the facts when a criterion is not met, and calls a non-physician the expert reviewer', () => {
    const r = reviewer({ boardCertifications: [], specialties: ['Chiropractor'], yearsInPractice: 4, weeklyPracticeHours: 20 });
    expect(describeQualifications(r)).toBe(
      'The expert reviewer is licensed to practise in California, practises Chiropractic and has been in active ' +
        'clinical practice for 4 years, currently 20 hours a week.',
    );
  });

  it('judges practiceSince only with a date', () => {
    const r = { ...reviewer({ yearsInPractice: 3 }), practiceSince: '2001-05-01' };
    expect(describeQualifications(r)).toContain('for 3 years');
    expect(describeQualifications(r, { asOf: '2016-01-01' })).toContain('for more than 5 years');
  });

  it('never contains the name', () => {
    expect(describeQualifications(reviewer())).not.toContain('Ashgrove');
  });
});
