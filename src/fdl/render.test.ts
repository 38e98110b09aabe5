import { describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { parseLetter } from '../letters/index.ts';
import { GOLDEN_LETTERS, LETTER_ONE, LETTER_TWO } from './__fixtures__/synthetic.ts';
import { FinalLetter, escapeHtml, formatCitation, renderHtml, renderText, validateLetter } from './index.ts';

/** Keys whose values are constrained (dates, enums, case number): everything else is free text. */
const CONSTRAINED = new Set(['caseNumber', 'applicationReceived', 'dateAssigned', 'decisionDate', 'urDenialDate', 'dateOfInjury', 'dateOfBirth', 'from', 'to', 'priority', 'decision', 'source', 'sex']);

function mapStrings<T>(value: T, f: (s: string) => string, key = ''): T {
  if (typeof value === 'string') return (CONSTRAINED.has(key) ? value : f(value)) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f, k)])) as T;
  }
  return value;
}

describe('renderText', () => {
  it.each(GOLDEN_LETTERS)('%s parses back as a 2016 letter with every header field', (_name, letter) => {
    const parsed = parseLetter(renderText(letter));
    expect(parsed.layout).toBe('maximus-fdl-2016');
    expect(parsed.problems).toEqual([]);
    expect(parsed.caseNumber).toBe(letter.caseNumber);
    expect(parsed.dateAssigned).toBe(letter.dateAssigned);
    expect(parsed.dateOfInjury).toBe(letter.dateOfInjury);
    expect(parsed.decisionDate).toBe(letter.decisionDate);
    expect(parsed.urDenialDate).toBe(letter.urDenialDate);
    expect(parsed.applicationReceived).toBe(letter.applicationReceived);
    expect(parsed.priority).toBe(letter.priority);
    expect(parsed.patient).toEqual(letter.patient);
    expect(parsed.reviewer.licensure).toEqual(letter.reviewer.licensure);
    expect(parsed.reviewer.specialties).toEqual(letter.reviewer.specialties);
    expect(parsed.items.map((i) => [i.request, i.originalRequest ?? undefined, i.authorized ?? undefined, i.decision])).toEqual(
      letter.items.map((i) => [i.request, i.originalRequest, i.authorized, i.decision]),
    );
    // The citations read back are the ones rendered.
    expect(parsed.items.map((i) => i.citations.map((c) => [c.source, c.pages, c.sections]))).toEqual(
      letter.items.map((i) => i.imrGuideline.map((c) => [c.source, c.pages, c.sections])),
    );
  });

  it('prints the plain-language decision for every item', () => {
    const text = renderText(LETTER_TWO).replace(/\s+/g, ' ');
    expect(text).toContain('The request for Right knee arthroscopy with partial medial meniscectomy is medically necessary and appropriate.');
    expect(text).toContain('The request for Norco 10/325mg #60 is not medically necessary and appropriate.');
    expect(text).toContain('Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.');
  });

  it('rejects an invalid letter with invalid-input naming the field, not its value', () => {
    const bad = { ...LETTER_ONE, caseNumber: 'CM16-12' };
    expect(() => renderText(bad)).toThrow(OpenImrError);
    try {
      renderText(bad);
    } catch (err) {
      expect((err as OpenImrError).code).toBe('invalid-input');
      expect((err as OpenImrError).details.field).toBe('caseNumber');
    }
  });
});

describe('FinalLetter schema', () => {
  it('has no place for the reviewer name: a name field is rejected', () => {
    const withName = { ...LETTER_ONE, reviewer: { ...LETTER_ONE.reviewer, name: 'Someone' } };
    expect(FinalLetter.safeParse(withName).success).toBe(false);
    expect(FinalLetter.safeParse({ ...LETTER_ONE, reviewerName: 'Someone' }).success).toBe(false);
    expect(Object.keys(FinalLetter.shape.reviewer.shape).sort()).toEqual(['licensure', 'qualifications', 'specialties']);
  });

  it('requires originalRequest and authorized together', () => {
    const item = { ...LETTER_ONE.items[0]!, originalRequest: 'Massage therapy 1x12' };
    expect(() => validateLetter({ ...LETTER_ONE, items: [item] })).toThrow(/authorized/);
  });
});

describe('formatCitation', () => {
  it('prints citations as the letters do', () => {
    expect(formatCitation({ source: 'MTUS', title: 'Chronic Pain Medical Treatment Guidelines 2009', pages: ['60'], sections: [] })).toBe(
      'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Page(s): 60.',
    );
    expect(formatCitation({ source: 'MTUS', title: 'Shoulder Complaints 2004', pages: [], sections: ['Special Studies'] })).toBe(
      'Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.',
    );
    expect(formatCitation({ source: 'ODG', title: 'Pain (Chronic)', pages: [], sections: [] })).toBe(
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic).',
    );
    expect(formatCitation({ source: 'ACOEM', title: 'ACOEM 2nd Edition (2004), Chapter 6', pages: ['114'], sections: [] })).toBe(
      'Decision based on Non-MTUS Citation ACOEM 2nd Edition (2004), Chapter 6, Page(s): 114.',
    );
  });
});

describe('renderHtml', () => {
  const PAYLOAD = `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`;
  const hostile = mapStrings(LETTER_TWO, (s) => `${s} ${PAYLOAD}`);
  const benign = mapStrings(LETTER_TWO, (s) => `${s} plain`);

  it('is a complete standalone document', () => {
    const html = renderHtml(LETTER_ONE);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<(?:script|link|img)\b/i);
  });

  it('escapes every interpolated value: hostile text in every field adds no markup', () => {
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script|<img/i);
    // Every ampersand starts an entity.
    expect(html).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
    // The payload is there, escaped, in every free-text field (at least one per item field).
    const count = html.split(escapeHtml(PAYLOAD)).length - 1;
    expect(count).toBeGreaterThan(30);
    // Same tags in the same order as the benign letter: no structure was injected.
    const tags = (h: string): string[] => h.match(/<\/?[a-z0-9]+/gi) ?? [];
    expect(tags(html)).toEqual(tags(renderHtml(benign)));
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the hostile letter still round-trips as text', () => {
    const parsed = parseLetter(renderText(hostile));
    expect(parsed.items.map((i) => i.decision)).toEqual(hostile.items.map((i) => i.decision));
  });
});
