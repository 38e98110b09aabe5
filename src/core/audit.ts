// The audit log's seal: every event carries the SHA-256 of the previous event's hash and its own
// canonical content, so editing, deleting, reordering or inserting an event breaks the chain from there on.
// The chain proves internal consistency only: someone able to rewrite every later event (and the stored
// head) can forge a consistent chain, so the head hash is worth copying somewhere else now and then.
import { createHash } from 'node:crypto';
import { OpenImrError } from './errors.ts';
import type { AuditEvent } from './workflow.ts';

/** The prevHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the caller says happened; the log adds seq, prevHash and hash. */
export interface AuditContent {
  seq: number;
  at: string;
  caseId: string | null;
  actor: string;
  type: string;
  data: Record<string, unknown>;
}

/** JSON with object keys sorted (by UTF-16 code unit) and no whitespace; input must be plain JSON data. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new OpenImrError('invalid-input', 'canonical JSON: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new OpenImrError('invalid-input', `canonical JSON: unsupported value of type ${typeof value}`);
}

/** The data as it will read back from stored JSON (undefined dropped, dates as strings, -0 as 0). */
function asStoredJson(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

function contentHash(prevHash: string, c: AuditContent): string {
  const content = canonicalJson({ seq: c.seq, at: c.at, caseId: c.caseId, actor: c.actor, type: c.type, data: c.data });
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}

function hashMatches(e: AuditEvent): boolean {
  try {
    return contentHash(e.prevHash, e) === e.hash;
  } catch {
    return false; // content that is not plain JSON data was not sealed by sealEvent
  }
}

/** Seals one event onto the chain whose last hash is prevHash (GENESIS_HASH for the first). */
export function sealEvent(prevHash: string, content: AuditContent): AuditEvent {
  if (!Number.isSafeInteger(content.seq) || content.seq < 1) throw new OpenImrError('invalid-argument', 'audit: seq must be a positive integer', { field: 'seq' });
  const c: AuditContent = { seq: content.seq, at: content.at, caseId: content.caseId, actor: content.actor, type: content.type, data: asStoredJson(content.data) };
  return { ...c, prevHash, hash: contentHash(prevHash, c) };
}

export type ChainResult = { ok: true; count: number; head: string } | { ok: false; brokenAt: number; reason: string };

/**
 * Checks a chain one event at a time, so a caller can stream a long log through it. The first event
 * pushed must be seq 1 (or follow `start`, for checking a tail whose predecessor is known).
 */
export class ChainVerifier {
  #seq: number;
  #hash: string;
  #count = 0;
  #failure: { ok: false; brokenAt: number; reason: string } | null = null;

  constructor(start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }) {
    this.#seq = start.seq;
    this.#hash = start.hash;
  }

  /** False once the chain is broken (later events are then ignored). */
  push(e: AuditEvent): boolean {
    if (this.#failure !== null) return false;
    const expected = this.#seq + 1;
    let reason: string | null = null;
    if (e.seq !== expected) reason = e.seq > expected ? `event ${expected} is missing` : `event ${e.seq} is out of order`;
    else if (e.prevHash !== this.#hash) reason = 'prevHash does not match the previous event';
    else if (!hashMatches(e)) reason = 'content does not match its hash';
    if (reason !== null) {
      this.#failure = { ok: false, brokenAt: expected, reason };
      return false;
    }
    this.#seq = e.seq;
    this.#hash = e.hash;
    this.#count++;
    return true;
  }

  /** The last verified position. */
  get head(): { seq: number; hash: string } {
    return { seq: this.#seq, hash: this.#hash };
  }

  result(): ChainResult {
    return this.#failure ?? { ok: true, count: this.#count, head: this.#hash };
  }
}

/** Verifies a whole chain from the first event. */
export function verifyChain(events: Iterable<AuditEvent>): ChainResult {
  const v = new ChainVerifier();
  for (const e of events) if (!v.push(e)) break;
  return v.result();
}

/**
 * A point of the audit log kept OUTSIDE the database (decision 0006 addendum): the hash of event `seq`. The
 * chain alone proves the log was not edited in place; it cannot prove it was not rebuilt from scratch by
 * someone with write access, or cut short. An anchor written somewhere else (another system, a printout, a
 * mail) can: `verifyAnchors` requires the event at each anchor's seq to carry the anchored hash.
 */
export interface AuditAnchor {
  format: 'openimr-audit-anchor';
  version: 1;
  seq: number;
  hash: string;
  at: string;
}

/** Reads an anchor file's JSON; reason code audit-anchor-invalid when it is not one. */
export function parseAuditAnchor(value: unknown): AuditAnchor {
  const v = value as Partial<AuditAnchor> | null;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    v.format === 'openimr-audit-anchor' &&
    v.version === 1 &&
    Number.isSafeInteger(v.seq) &&
    (v.seq ?? -1) >= 0 &&
    typeof v.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.hash) &&
    typeof v.at === 'string';
  if (!ok) throw new OpenImrError('invalid-input', 'not an OpenIMR audit anchor (format, version, seq, hash, at)', { reason: 'audit-anchor-invalid' });
  return { format: 'openimr-audit-anchor', version: 1, seq: v.seq as number, hash: v.hash as string, at: v.at as string };
}

/**
 * Checks anchors against a verified chain: `eventHash(seq)` gives the stored hash of event seq (null when
 * there is none). A broken result names the first anchor that fails.
 */
export async function verifyAnchors(
  chain: ChainResult,
  anchors: readonly AuditAnchor[],
  eventHash: (seq: number) => Promise<string | null>,
): Promise<ChainResult> {
  if (!chain.ok) return chain;
  for (const a of [...anchors].sort((x, y) => x.seq - y.seq)) {
    if (a.seq > chain.count) return { ok: false, brokenAt: chain.count + 1, reason: `the log ends before anchored event ${a.seq} (cut short)` };
    const stored = a.seq === 0 ? GENESIS_HASH : await eventHash(a.seq);
    if (stored !== a.hash) return { ok: false, brokenAt: a.seq, reason: `event ${a.seq} differs from its anchor taken ${a.at} (the log was rewritten)` };
  }
  return chain;
}
