import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fts5FilterExpression, idBucketTag, itemSearchTags } from './search-tags.ts';

describe('search tags', () => {
  it('gives one token of letters and digits per value, ending in x', () => {
    const tags = itemSearchTags({ decision: 'Upheld', category: 'rehab.massage', categoryGroup: 'rehab', specialty: 'Physical Medicine & Rehabilitation', year: 2016 });
    const tokens = tags.split(' ');
    expect(tokens).toHaveLength(5);
    for (const t of tokens) expect(t).toMatch(/^z[cgdsy][0-9a-f]+x$/);
  });

  it('names id buckets as the trigger does (digits in hex), and only whole non-negative buckets', () => {
    // item_search_bucket(id): 'zb' || encode(convert_to((id >> 14)::text, 'UTF8'), 'hex') || 'x'
    expect(idBucketTag(0)).toBe('zb30x');
    expect(idBucketTag(25)).toBe('zb3235x');
    expect(() => idBucketTag(-1)).toThrow(RangeError);
    expect(() => idBucketTag(1.5)).toThrow(RangeError);
  });

  it('leaves out what is unknown', () => {
    expect(itemSearchTags({ decision: null, category: 'other', categoryGroup: 'other', specialty: null, year: null }).split(' ')).toHaveLength(2);
  });

  it('maps different values to different tokens', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const ta = itemSearchTags({ decision: null, category: 'x', categoryGroup: 'x', specialty: a, year: null });
        const tb = itemSearchTags({ decision: null, category: 'x', categoryGroup: 'x', specialty: b, year: null });
        expect(ta).not.toBe(tb);
      }),
    );
  });

  it('builds a tags-column expression only when there are filters', () => {
    expect(fts5FilterExpression({})).toBeNull();
    const e = fts5FilterExpression({ decision: 'Overturned', category: 'pharmaceutical', year: 2017, specialty: 'A "quoted" one' });
    expect(e).toMatch(/^\{tags\}: \(".+" AND \(".+" OR ".+"\) AND ".+" AND ".+"\)$/);
    // User values never reach the expression as text: only as hex.
    expect(e).not.toContain('quoted');
  });
});
