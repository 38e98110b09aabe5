import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedLetter } from '../core/index.ts';
import { LETTER_LAYOUT_NAMES, parseLetter } from './index.ts';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const codes = (letter: ParsedLetter): string[] => letter.problems.map((p) => p.code);

/** A minimal 2016-style letter body around the given items text. */
function letter(items: string, header = 'Case Number:\tCM16-0000001\n'): string {
  return (
    header +
    '\nHOW THE IMR FINAL DETERMINATION WAS MADE\nThe Expert Reviewer has the following credentials:\nState(s) of Licensure: California\nCertification(s)/Specialty: Internal Medicine\n\n' +
    'CLINICAL CASE SUMMARY\nThe patient is a 40-year-old male.\n\n' +
    'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\n' +
    items
  );
}

const item = (title: string, decision = 'Upheld'): string =>
  `${title}: ${decision}\n\nClaims Administrator guideline: Decision based on MTUS Knee Complaints 2004.\n\nMAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.\n\nDecision rationale: Not supported. The request is not medically necessary.\n\n`;

describe('parseLetter: 2016-2017 MAXIMUS letter (maximus-fdl-2016)', () => {
  const parsed = parseLetter(fixture('fdl-2016.txt'));

  it('reads the header table, including a label wrapped around its value', () => {
    expect(parsed).toMatchObject({
      layout: 'maximus-fdl-2016',
      caseNumber: 'CM16-0999901',
      dateAssigned: '2016-10-03',
      dateOfInjury: '2015-04-18',
      decisionDate: '2016-11-02',
      urDenialDate: '2016-09-20',
      applicationReceived: '2016-09-27',
      priority: 'Expedited',
    });
  });

  it('reads the credentials block, with a specialty list wrapped over two lines', () => {
    expect(parsed.reviewer).toEqual({
      licensure: ['Oregon', 'California'],
      specialty: 'Orthopaedic Surgery',
      specialties: ['Orthopaedic Surgery', 'Sports Medicine', 'Public Health & General Preventive Medicine'],
    });
    expect(parsed.patient).toEqual({ age: 51, sex: 'female' });
    expect(parsed.clinicalSummary).toMatch(/^This is a 51-year-old woman/);
  });

  it('reads every item: wrapped title with the decision on the next line, modified request, title split by a page break and running header', () => {
    expect(parsed.items.map((i) => [i.request, i.decision, i.originalRequest, i.authorized])).toEqual([
      ['MRI of the right knee without contrast', 'Upheld', null, null],
      ['Right knee arthroscopy with partial medial meniscectomy and chondroplasty of the medial femoral condyle', 'Overturned', null, null],
      ['Post-operative physical therapy four sessions', 'Upheld', 'Post-operative physical therapy twelve sessions', 'Post-operative physical therapy eight sessions'],
      ['Hot/cold therapy unit for the right knee, 30 day rental', 'Upheld', null, null],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads the citations of both guideline texts', () => {
    const first = parsed.items[0];
    expect(first?.citations.map((c) => [c.source, c.title, c.sections])).toEqual([
      ['MTUS', 'Knee Complaints 2004', ['Special Studies', 'Summary']],
      ['MTUS', 'Chronic Pain Medical Treatment 2016', ['TENS, chronic pain (transcutaneous electrical nerve stimulation)']],
      ['ODG', 'Official Disability Guidelines (ODG), Knee & Leg, MRIs', []],
    ]);
    expect(first?.claimsAdministratorCitations).toEqual([{ source: 'MTUS', title: 'Knee Complaints 2004', pages: [], sections: ['Special Studies'] }]);
    expect(parsed.items[3]?.citations).toEqual([]);
    expect(parsed.items[3]?.rationale).toBe('Use beyond seven days is not supported. The request is not medically necessary.');
  });
});

describe('parseLetter: 2013-2015 MAXIMUS letter (maximus-fdl-2013)', () => {
  it('reads a double-spaced copy without a header: null header fields, each with a problem', () => {
    const parsed = parseLetter(fixture('fdl-2013-no-header.txt'));
    expect(parsed.layout).toBe('maximus-fdl-2013');
    expect(parsed.caseNumber).toBeNull();
    expect(parsed.priority).toBeNull();
    expect(codes(parsed)).toEqual([
      'missing-case-number', 'missing-date-assigned', 'missing-date-of-injury', 'missing-decision-date',
      'missing-ur-denial-date', 'missing-application-received', 'missing-priority',
    ]);
    expect(parsed.reviewer).toEqual({ licensure: ['California'], specialty: 'Anesthesiology', specialties: ['Anesthesiology', 'Pain Medicine'] });
    expect(parsed.patient).toEqual({ age: 58, sex: 'male' });
    expect(parsed.items.map((i) => [i.request, i.decision])).toEqual([
      ['Chiropractic manipulation for the lumbar spine two times a week for four weeks, then reassessment by the treating physician', 'Upheld'],
      ['Tramadol ER 150mg #30', 'Overturned'],
    ]);
    expect(parsed.items[0]?.citations).toEqual([
      { source: 'MTUS', title: 'Chronic Pain Treatment Guidelines', pages: ['58', '59'], sections: ['Manual Therapy & Manipulation'] },
      { source: 'ACOEM', title: 'ACOEM, 2nd Edition, (2004), Chapter 12', pages: ['299'], sections: [] },
    ]);
  });

  it('reads a tab-separated header and the prose reviewer description', () => {
    const parsed = parseLetter(fixture('fdl-2013-tab-header.txt'));
    expect(parsed).toMatchObject({
      layout: 'maximus-fdl-2013', caseNumber: 'CM14-0999902', dateAssigned: '2014-01-06', dateOfInjury: '2011-07-22',
      decisionDate: '2014-02-27', urDenialDate: '2013-12-02', applicationReceived: '2013-12-16', priority: 'Standard',
      reviewer: { licensure: ['California'], specialty: 'Family Practice', specialties: ['Family Practice'] },
      patient: { age: 39, sex: 'male' },
    });
    expect(parsed.clinicalSummary).toContain('[REDACTED]');
    expect(parsed.items.map((i) => [i.request, i.decision])).toEqual([['Acupuncture 2 x 3 for the neck', 'Upheld']]);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseLetter: older DWC layouts', () => {
  it('reads the 2013 Notice of IMR Determination (dwc-notice-2013)', () => {
    const parsed = parseLetter(fixture('dwc-notice-2013.txt'));
    expect(parsed).toMatchObject({
      layout: 'dwc-notice-2013', caseNumber: 'CM13-0999903', dateOfInjury: '2010-09-09', urDenialDate: '2013-05-03', decisionDate: '2013-08-14',
      reviewer: { licensure: ['California', 'Nevada'], specialty: 'Physical Medicine and Rehabilitation' },
      patient: { age: 47, sex: 'female' },
    });
    expect(parsed.items.map((i) => [i.request, i.decision])).toEqual([
      ['an MRI of the lumbar spine', 'Upheld'],
      ['six sessions of aquatic therapy', 'Overturned'],
    ]);
    expect(parsed.items[1]?.citations).toEqual([{ source: 'MTUS', title: 'Chronic Pain Medical Treatment Guidelines', pages: ['22'], sections: ['Aquatic therapy'] }]);
    expect(parsed.items[0]?.rationale).toBe('There are no new neurological findings. The request is not medically necessary.');
    expect(parsed.clinicalSummary).not.toContain('Regarding');
  });

  it('reads the MAXIMUS Independent Medical Review report (maximus-imr-report)', () => {
    const parsed = parseLetter(fixture('maximus-imr-report.txt'));
    expect(parsed).toMatchObject({
      layout: 'maximus-imr-report', caseNumber: 'CM13-0999904', dateOfInjury: '2012-03-02', dateAssigned: '2013-07-01',
      decisionDate: '2013-08-20', urDenialDate: '2013-06-11', applicationReceived: '2013-06-19', priority: 'Standard',
    });
    expect(parsed.documentsReviewed?.split('\n')).toHaveLength(3);
    expect(parsed.items.map((i) => [i.request, i.decision])).toEqual([
      ['Left shoulder subacromial decompression', 'Upheld'],
      ['Home exercise kit for the shoulders', 'Overturned'],
    ]);
    expect(parsed.items[1]?.claimsAdministratorGuideline).toMatch(/did not cite/);
    expect(parsed.items[0]?.citations[0]).toMatchObject({ source: 'MTUS', pages: ['211'] });
    expect(parsed.problems).toEqual([]);
  });

  it('reads the Medical Professional Review form (medical-professional-review)', () => {
    const parsed = parseLetter(fixture('medical-professional-review.txt'));
    expect(parsed).toMatchObject({
      layout: 'medical-professional-review', caseNumber: 'CM13-0999905', priority: 'Expedited',
      reviewer: { licensure: ['California'], specialty: 'Anesthesiology', specialties: ['Anesthesiology', 'Pain Medicine'] },
      patient: { age: 55, sex: 'female' },
    });
    expect(parsed.documentsReviewed).toContain('Utilization review letter dated 04/02/2013');
    expect(parsed.items.map((i) => [i.request, i.decision, i.citations[0]?.sections])).toEqual([
      ['Lumbar epidural steroid injection at L4-L5', 'Overturned', ['Epidural steroid injections (ESIs)']],
      ['Cyclobenzaprine 10mg #90', 'Upheld', ['Muscle relaxants']],
    ]);
    expect(codes(parsed)).not.toContain('missing-claims-administrator-guideline');
  });
});

describe('parseLetter: edge cases', () => {
  it('reports a missing decision with the offset of the item in the input', () => {
    const text = letter('Knee brace:\nClaims Administrator guideline: none.\n\nMAXIMUS guideline: none.\n\nDecision rationale: x.\n');
    const parsed = parseLetter(text);
    expect(parsed.items.map((i) => [i.request, i.decision])).toEqual([['Knee brace', null]]);
    const problem = parsed.problems.find((p) => p.code === 'missing-decision');
    expect(problem).toMatchObject({ item: 0 });
    // Where the decision should have been: right after "Knee brace:".
    expect(text.slice(0, problem?.offset ?? 0)).toMatch(/Knee brace:$/);
  });

  it('reports no-items for a letter without items', () => {
    const parsed = parseLetter(letter(''));
    expect(parsed.items).toEqual([]);
    expect(codes(parsed)).toContain('no-items');
  });

  it('reports unknown-layout for text that is not a letter', () => {
    const parsed = parseLetter('Dear colleague,\nplease find the minutes attached.\n');
    expect(parsed.layout).toBe('unknown');
    expect(codes(parsed)).toEqual(expect.arrayContaining(['unknown-layout', 'no-items', 'missing-case-number']));
  });

  it('treats a repeated case-number line as a running header and still reads the header', () => {
    const text = letter(item('Knee MRI') + 'CM16-0000001\n' + item('Knee brace'), 'Case Number:\tCM16-0000001\nPriority:\tStandard\n');
    const parsed = parseLetter(text);
    expect(parsed.caseNumber).toBe('CM16-0000001');
    expect(parsed.items.map((i) => i.request)).toEqual(['Knee MRI', 'Knee brace']);
  });

  it('drops "Page x of y" lines and joins a title broken across pages', () => {
    const text = letter(item('Knee MRI').replace('necessary.\n\n', 'necessary.\n\nPage 1 of 2\n') + 'Physical therapy for the\n\fPage 2 of 2\nright knee, 6 visits: Overturned\nClaims Administrator guideline: x\n');
    expect(parseLetter(text).items.map((i) => [i.request, i.decision])).toEqual([
      ['Knee MRI', 'Upheld'],
      ['Physical therapy for the right knee, 6 visits', 'Overturned'],
    ]);
  });

  it('reads a decision pushed to the next page after the colon that announces it', () => {
    // Found by the PDF round-trip property: a page ended at "... is:" and the next began with the decision.
    const text = letter(item('Knee MRI') + 'Physical therapy for the right knee,\n6 visits:\nPage 1 of 2\fOverturned\nClaims Administrator guideline: x\nPage 2 of 2\n');
    expect(parseLetter(text).items.map((i) => [i.request, i.decision])).toEqual([
      ['Knee MRI', 'Upheld'],
      ['Physical therapy for the right knee, 6 visits', 'Overturned'],
    ]);
  });

  it('copes with CRLF, NBSP, zero-width characters, smart quotes and odd unicode', () => {
    const text = letter(item('Lidocaine 5%\u00a0patch \u201cLidoderm\u201d #30 \u2013 \u{1F600}')).replace(/\n/g, '\r\n').replace('Case Number:', 'Case\u200b Number:');
    const parsed = parseLetter(text);
    expect(parsed.caseNumber).toBe('CM16-0000001');
    expect(parsed.items.map((i) => i.request)).toEqual(['Lidocaine 5% patch \u201cLidoderm\u201d #30 \u2013 \u{1F600}']);
  });

  it('keeps redaction gaps and [REDACTED] as printed', () => {
    const parsed = parseLetter(letter(item('Consultation with [REDACTED] for the knee')));
    expect(parsed.items[0]?.request).toBe('Consultation with [REDACTED] for the knee');
  });

  it('parses a huge input quickly and within the schema', () => {
    const big = letter(item('Knee MRI').repeat(2000) + 'x '.repeat(500_000));
    const start = performance.now();
    const parsed = parseLetter(big);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(parsed.items).toHaveLength(2000);
    expect(ParsedLetter.safeParse(parsed).success).toBe(true);
  });

  it('names only known layouts', () => {
    for (const name of ['fdl-2016.txt', 'fdl-2013-no-header.txt', 'dwc-notice-2013.txt', 'maximus-imr-report.txt', 'medical-professional-review.txt']) {
      expect(LETTER_LAYOUT_NAMES).toContain(parseLetter(fixture(name)).layout);
    }
  });
});

describe('parseLetter: pathological input stays fast', () => {
  it.each([
    ['a long run of spaces with odd characters', '\u00a0' + ' '.repeat(200_000) + 'x'],
    ['a long run of tabs and spaces', letter(item('x')) + ' \t'.repeat(100_000)],
    ['one enormous line of colons and decisions', ': Upheld '.repeat(50_000)],
    ['many headings', 'IMR ISSUES, DECISIONS AND RATIONALES\n'.repeat(20_000)],
    ['many items with and without decisions', 'X: Upheld\nClaims Administrator guideline: a\n'.repeat(5_000) + 'Y:\nClaims Administrator guideline: b\n'.repeat(5_000)],
    ['many dates and labels', 'Date of Injury: 01/01/2016 '.repeat(20_000)],
    ['deep parentheses', '('.repeat(50_000) + 'Section(s): ' + ')'.repeat(50_000)],
  ])('%s', (_name, text) => {
    const start = performance.now();
    const parsed = parseLetter(text);
    // Generous for loaded CI machines: a catastrophic (exponential or quadratic) case takes minutes.
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(ParsedLetter.safeParse(parsed).success).toBe(true);
  });
});
