import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, ChainVerifier, GENESIS_HASH, sealEvent, verifyChain, type AuditContent } from './audit.ts';
import type { AuditEvent } from './workflow.ts';

function chain(contents: readonly Omit<AuditContent, 'seq'>[]): AuditEvent[] {
  const out: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  contents.forEach((c, i) => {
    const e = sealEvent(prev, { ...c, seq: i + 1 });
    out.push(e);
    prev = e.hash;
  });
  return out;
}

const content = (i: number, over: Partial<AuditContent> = {}): Omit<AuditContent, 'seq'> => ({
  at: `2026-01-0${(i % 9) + 1}T10:00:00.000Z`,
  caseId: i % 3 === 0 ? null : `case-${i}`,
  actor: 'system',
  type: 'case.created',
  data: { n: i, nested: { b: [1, 'x', null], a: true } },
  ...over,
});

const jsonValue = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const arbContent = fc.record({
  at: fc.string(),
  caseId: fc.option(fc.string(), { nil: null }),
  actor: fc.string(),
  type: fc.string(),
  data: fc.dictionary(fc.string(), jsonValue),
});

describe('canonicalJson', () => {
  it('sorts keys at every level and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' } })).toBe('{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same for any key order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), jsonValue), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        const text = canonicalJson(obj);
        expect(canonicalJson(reversed)).toBe(text);
        expect(JSON.parse(text)).toEqual(obj);
      }),
    );
  });

  it('rejects values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ a: new Map() })).toThrow(/unsupported/);
  });
});

describe('sealEvent and verifyChain', () => {
  it('verifies an intact chain and an empty one', () => {
    const events = chain([0, 1, 2, 3].map((i) => content(i)));
    expect(verifyChain(events)).toEqual({ ok: true, count: 4, head: events[3]!.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the data as it reads back from stored JSON', () => {
    const e = sealEvent(GENESIS_HASH, { seq: 1, at: 'now', caseId: null, actor: 'system', type: 't', data: { gone: undefined, when: new Date(0), z: -0 } });
    expect(e.data).toEqual({ when: '1970-01-01T00:00:00.000Z', z: 0 });
    const roundTripped = JSON.parse(JSON.stringify(e)) as AuditEvent;
    expect(verifyChain([roundTripped]).ok).toBe(true);
  });

  it('rejects a seq that is not a positive integer', () => {
    expect(() => sealEvent(GENESIS_HASH, { ...content(1), seq: 0 })).toThrow(/seq/);
  });

  it('detects edited data, deleted, reordered and inserted events', () => {
    const events = chain([0, 1, 2, 3, 4].map((i) => content(i)));
    const edited = events.map((e) => (e.seq === 3 ? { ...e, data: { ...e.data, n: 99 } } : e));
    expect(verifyChain(edited)).toMatchObject({ ok: false, brokenAt: 3 });
    expect(verifyChain(events.filter((e) => e.seq !== 2))).toMatchObject({ ok: false, brokenAt: 2, reason: 'event 2 is missing' });
    expect(verifyChain([events[0]!, events[2]!, events[1]!, events[3]!])).toMatchObject({ ok: false, brokenAt: 2 });
    // An insert sealed in place but without re-sealing everything after it.
    const forged = sealEvent(events[1]!.hash, { ...content(7), seq: 3 });
    expect(verifyChain([events[0]!, events[1]!, forged, ...events.slice(2)])).toMatchObject({ ok: false, brokenAt: 4 });
    // Renumbering the rest of the chain after an insert still breaks the hashes.
    const renumbered = events.slice(2).map((e) => ({ ...e, seq: e.seq + 1 }));
    expect(verifyChain([events[0]!, events[1]!, forged, ...renumbered])).toMatchObject({ ok: false, brokenAt: 4, reason: 'prevHash does not match the previous event' });
  });

  it('detects any single-field tamper of any event (property)', () => {
    const field = fc.constantFrom('seq', 'at', 'caseId', 'actor', 'type', 'data', 'prevHash', 'hash');
    fc.assert(
      fc.property(fc.array(arbContent, { minLength: 1, maxLength: 8 }), fc.nat(), field, fc.string({ minLength: 1 }), (contents, pick, name, noise) => {
        const events = chain(contents);
        const i = pick % events.length;
        const e = events[i]!;
        let changed: AuditEvent;
        switch (name) {
          case 'seq':
            changed = { ...e, seq: e.seq + 1 + (noise.length % 5) };
            break;
          case 'caseId':
            changed = { ...e, caseId: e.caseId === null ? noise : e.caseId === noise ? null : noise };
            break;
          case 'data': {
            const key = `x${noise}`;
            changed = { ...e, data: { ...e.data, [key]: e.data[key] === noise ? `${noise}!` : noise } };
            break;
          }
          case 'at':
          case 'actor':
          case 'type':
          case 'prevHash':
          case 'hash': {
            const before = e[name];
            changed = { ...e, [name]: before === noise ? `${noise}!` : noise };
          }
        }
        const tampered = events.map((x, k) => (k === i ? changed : x));
        const r = verifyChain(tampered);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.brokenAt).toBeLessThanOrEqual(i + 2);
      }),
      { numRuns: 300 },
    );
  });

  it('streams: a verifier started at a known head checks a tail', () => {
    const events = chain([0, 1, 2, 3].map((i) => content(i)));
    const v = new ChainVerifier({ seq: 2, hash: events[1]!.hash });
    expect(v.push(events[2]!)).toBe(true);
    expect(v.push(events[3]!)).toBe(true);
    expect(v.result()).toEqual({ ok: true, count: 2, head: events[3]!.hash });
    expect(v.head).toEqual({ seq: 4, hash: events[3]!.hash });
  });
});
