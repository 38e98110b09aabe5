import { describe, expect, it } from 'vitest';
import { parseCitations } from './citations.ts';

describe('parseCitations', () => {
  it('reads an MTUS part with its Section(s)', () => {
    expect(parseCitations('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.')).toEqual([
      { source: 'MTUS', title: 'Chronic Pain Medical Treatment 2016', pages: [], sections: ['Manual therapy & manipulation'] },
    ]);
  });

  it('reads the older "Guidelines <topic> Page(s): N" form', () => {
    expect(parseCitations('Decision based on MTUS Chronic Pain Treatment Guidelines Massage Therapy Page(s): 60.')).toEqual([
      { source: 'MTUS', title: 'Chronic Pain Treatment Guidelines', pages: ['60'], sections: ['Massage Therapy'] },
    ]);
  });

  it('reads pages as printed: ranges, lists, "of 127", repeats', () => {
    expect(parseCitations('Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 60 of 127.')[0]?.pages).toEqual(['60']);
    expect(parseCitations('Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 76, 77.')[0]?.pages).toEqual(['76', '77']);
    expect(parseCitations('Decision based on MTUS Chronic Pain Treatment Guidelines Physical Therapy Page(s): 98-99.')[0]?.pages).toEqual(['98-99']);
    expect(parseCitations('Decision based on MTUS Chronic Pain Treatment Guidelines Massage, page(s) 60. Page(s): page(s) 60..')).toEqual([
      { source: 'MTUS', title: 'Chronic Pain Treatment Guidelines', pages: ['60'], sections: ['Massage'] },
    ]);
  });

  it('splits an MTUS clause naming several parts, but not a title containing ", and"', () => {
    const c = parseCitations(
      'Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.',
    );
    expect(c.map((x) => [x.title, x.sections])).toEqual([
      ['Neck and Upper Back Complaints 2004', ['Special Studies']],
      ['Forearm, Wrist, and Hand Complaints 2004', ['Special Studies', 'Summary']],
    ]);
  });

  it('keeps comma-containing guideline section names whole', () => {
    const c = parseCitations(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs), TENS, chronic pain (transcutaneous electrical nerve stimulation), Ultrasound, therapeutic.',
    );
    expect(c[0]?.sections).toEqual([
      'NSAIDs, GI symptoms & cardiovascular risk',
      'Proton Pump Inhibitors (PPIs)',
      'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
      'Ultrasound, therapeutic',
    ]);
  });

  it('splits numbered Opioid Treatment sections only at their numbers', () => {
    const c = parseCitations(
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.1.1 Opioids: Screening for Risk, Prior to Treatment, 3.3.9 Opioids: Maintenance.',
    );
    expect(c[0]?.sections).toEqual(['3.3.1.1 Opioids: Screening for Risk, Prior to Treatment', '3.3.9 Opioids: Maintenance']);
  });

  it('classifies Non-MTUS citations by the guideline they name', () => {
    const c = parseCitations(
      'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Flexibility. Decision based on Non-MTUS Citation American College of Occupational and Environmental Medicine (ACOEM), 2nd Edition, (2004), Chapter 6 (page 114). Decision based on Non-MTUS Citation Green\'s Operative Hand Surgery, 6th ed.',
    );
    expect(c.map((x) => [x.source, x.pages])).toEqual([
      ['ODG', []],
      ['ACOEM', ['114']],
      ['other', []],
    ]);
    expect(c[0]?.title).toContain('Low Back, Flexibility');
  });

  it('splits two guidelines in one Non-MTUS clause', () => {
    const c = parseCitations(
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips and Pelvis, MRI and Other Medical Treatment Guidelines ACOEM Hip and Groin Disorders, MRI.',
    );
    expect(c.map((x) => x.source)).toEqual(['ODG', 'ACOEM']);
  });

  it('reads an ODG web address as ODG', () => {
    expect(parseCitations('Decision based on Non-MTUS Citation http://www.odg-twc.com/odgtwc/Low_Back.htm')[0]?.source).toBe('ODG');
  });

  it('gives no citation for "did not cite any medical evidence" or null', () => {
    expect(parseCitations('The Expert Reviewer did not cite any medical evidence for its decision.')).toEqual([]);
    expect(parseCitations(null)).toEqual([]);
  });

  it('reads older prose citations', () => {
    expect(parseCitations('The Expert Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, page 22.')).toEqual([
      { source: 'MTUS', title: 'Chronic Pain Medical Treatment Guidelines', pages: ['22'], sections: ['Aquatic therapy'] },
    ]);
  });
});
