import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbFinalLetter, GOLDEN_LETTERS, LETTER_ONE, LETTER_THREE, LETTER_TWO } from './__fixtures__/synthetic.ts';
import { checkRedaction, redact, redactionTargets, redactText, renderHtml, renderText, type FinalLetter } from './index.ts';

const targetsOf = (l: FinalLetter) => redactionTargets(l);

describe('redactText', () => {
  const t = (text: string, letter: FinalLetter = LETTER_TWO): string => redactText(text, targetsOf(letter));

  it('removes full names, surnames, first names, titles and possessives, in any case', () => {
    expect(t("Darnell O'Donnell saw Dr. Mahmoud.")).toBe('[EMPLOYEE] saw [PHYSICIAN].');
    expect(t("o'donnell's knee; DARNELL said; O’Donnell agreed")).toBe("[EMPLOYEE]'s knee; [EMPLOYEE] said; [EMPLOYEE] agreed");
    expect(t('Mahmoud, Amira reviewed it; Amira Mahmoud, DO signed; Doctor Mahmoud called')).toBe(
      '[PHYSICIAN] reviewed it; [PHYSICIAN] signed; [PHYSICIAN] called',
    );
    expect(t('Ms. Ramanathan, his attorney')).toBe('[REPRESENTATIVE], his attorney');
  });

  it('removes organisations with and without their corporate suffix', () => {
    expect(t('He worked for Harborview Logistics Corp. and Harborview Logistics before that.')).toBe('He worked for [EMPLOYER] and [EMPLOYER] before that.');
    expect(t('Keystone Mutual Insurance Company denied it.')).toBe('[CLAIMS ADMINISTRATOR] denied it.');
    expect(t('Imaging at Kern Valley Imaging Center.')).toBe('Imaging at [FACILITY].');
  });

  it('removes addresses, claim and EAMS numbers in their usual spellings', () => {
    expect(t('He lives at 1650 Jacaranda Ln. in Bakersfield 93301.')).toBe('He lives at [ADDRESS] in [ADDRESS] [ADDRESS].');
    expect(t('Claim 05-447192-KM, also written 05 447192 KM or 05447192KM; EAMS ADJ 9876543.')).toBe(
      'Claim [CLAIM NUMBER], also written [CLAIM NUMBER] or [CLAIM NUMBER]; EAMS [EAMS NUMBER].',
    );
  });

  it('removes the date of birth in any common spelling, and nothing else', () => {
    const s = t('Born 11/02/1978 (11-2-78, Nov. 2, 1978, 2 November 1978, 1978-11-02); injured 06/30/2015.');
    expect(s).toBe('Born [DATE OF BIRTH] ([DATE OF BIRTH], [DATE OF BIRTH], [DATE OF BIRTH], [DATE OF BIRTH]); injured 06/30/2015.');
  });

  it('removes generic identifiers whoever they belong to', () => {
    expect(t('SSN 123-45-6789, phone (661) 555-0143 or 661.555.0143, office at 12 Orchard Grove Road, Suite 4.')).toBe(
      'SSN [SSN], phone [PHONE] or [PHONE], office at [ADDRESS].',
    );
  });

  it('does not touch words that merely contain a name, nor labels already written', () => {
    expect(t('Mahmoudi and Darnells are other people. [EMPLOYEE] stays.')).toBe('Mahmoudi and Darnells are other people. [EMPLOYEE] stays.');
    expect(t('Norco 10/325mg #60 for the knee')).toBe('Norco 10/325mg #60 for the knee');
  });

  it('handles hyphenated surnames, alone and in part', () => {
    const s = redactText('Villanueva-Tsosie, then villanueva alone, then TSOSIE, then Guadalupe.', targetsOf(LETTER_THREE));
    expect(s).toBe('[EMPLOYEE], then [EMPLOYEE] alone, then [EMPLOYEE], then [EMPLOYEE].');
  });
});

describe('redact', () => {
  it.each(GOLDEN_LETTERS)('%s: the public letter, rendered as text or HTML, has no leak', (_name, letter) => {
    const pub = redact(letter);
    for (const rendered of [renderText(pub), renderHtml(pub)]) {
      expect(checkRedaction(rendered, letter)).toEqual({ clean: true, leaks: [] });
    }
  });

  it('withholds parties, addresses, date of birth and identifiers; keeps case facts', () => {
    const pub = redact(LETTER_TWO);
    expect(pub.employee).toEqual({ name: '[EMPLOYEE]', address: null, dateOfBirth: null });
    expect(pub.requestingPhysician).toEqual({ name: '[PHYSICIAN]', address: null, specialty: 'Orthopaedic Surgery' });
    expect(pub.facilities).toEqual([{ name: '[FACILITY]', address: null }]);
    expect(pub.representative).toEqual({ name: '[REPRESENTATIVE]', address: null });
    expect(pub.claimNumber).toBe('[CLAIM NUMBER]');
    expect(pub.eamsNumber).toBe('[EAMS NUMBER]');
    expect(pub.caseNumber).toBe(LETTER_TWO.caseNumber);
    expect(pub.dateOfInjury).toBe(LETTER_TWO.dateOfInjury);
    expect(pub.items.map((i) => i.decision)).toEqual(LETTER_TWO.items.map((i) => i.decision));
    expect(pub.clinicalSummary).toContain("[EMPLOYEE], a forklift operator for [EMPLOYER]");
    expect(pub.clinicalSummary).toContain('[PHONE]');
    expect(pub.documentsReviewed.map((d) => d.provider)).toEqual(['[PHYSICIAN]', '[FACILITY]', undefined]);
  });

  it('is idempotent', () => {
    const once = redact(LETTER_THREE);
    expect(redact(once)).toEqual(once);
  });

  it('property: the checker finds nothing in the rendered public version of any generated letter', () => {
    fc.assert(
      fc.property(arbFinalLetter, (letter) => {
        const report = checkRedaction(renderText(redact(letter)), letter);
        expect(report.leaks).toEqual([]);
        expect(report.clean).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('checkRedaction', () => {
  it('finds every kind of leak in the unredacted letter, with offsets', () => {
    const text = renderText(LETTER_TWO);
    const report = checkRedaction(text, LETTER_TWO);
    expect(report.clean).toBe(false);
    const kinds = new Set(report.leaks.map((l) => l.kind));
    for (const k of ['employee', 'employer', 'physician', 'claims-administrator', 'representative', 'facility', 'address', 'claim-number', 'eams-number', 'date-of-birth', 'phone'] as const) {
      expect(kinds).toContain(k);
    }
    const employee = report.leaks.find((l) => l.kind === 'employee');
    expect(text.slice(employee!.offset, employee!.offset + 7)).toBe('Darnell');
  });

  it('finds names in HTML, where apostrophes and ampersands are escaped', () => {
    const html = renderHtml(LETTER_TWO);
    expect(html).toContain('O&#39;Donnell');
    const report = checkRedaction(html, LETTER_TWO);
    const at = html.indexOf("Darnell O&#39;Donnell");
    expect(report.leaks).toContainEqual({ kind: 'employee', offset: at });
    const amp = { ...LETTER_ONE, employer: { ...LETTER_ONE.employer, name: 'Pruett & Sons Packing' } };
    const ampHtml = renderHtml(amp);
    expect(checkRedaction(ampHtml, amp).leaks).toContainEqual({ kind: 'employer', offset: ampHtml.indexOf('Pruett &amp; Sons') });
  });

  it('finds a single leak planted anywhere in a public letter', () => {
    const pub = renderText(redact(LETTER_ONE));
    const at = pub.indexOf('CLINICAL CASE SUMMARY');
    const planted = `${pub.slice(0, at)}per dr. LINDQVIST's note ${pub.slice(at)}`;
    expect(checkRedaction(planted, LETTER_ONE).leaks).toEqual([{ kind: 'physician', offset: at + 4 }]);
    expect(checkRedaction(`${pub}Call 559-555-0199.`, LETTER_ONE).leaks.map((l) => l.kind)).toEqual(['phone']);
    expect(checkRedaction(`${pub}SSN 078-05-1120`, LETTER_ONE).leaks.map((l) => l.kind)).toEqual(['ssn']);
    expect(checkRedaction(`${pub}Mailed to 99 Birch Hollow Drive.`, LETTER_ONE).leaks.map((l) => l.kind)).toEqual(['street-address']);
    expect(checkRedaction(`${pub}Born April 17, 1969.`, LETTER_ONE).leaks.map((l) => l.kind)).toEqual(['date-of-birth']);
  });
});
