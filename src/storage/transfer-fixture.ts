// Fills a store with a bit of everything an export carries (synthetic data only, for the transfer tests
// and the transfer benchmark): letters and items, DMHC rows, cases with their audit events and counters,
// documents with text, reviewers, users with a session, an API token and an idempotency record.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCase, makeReviewer, event } from './__fixtures__/cases.ts';
import { makeDmhc, syntheticLetter } from './__fixtures__/letters.ts';
import { openSqliteStore } from './sqlite/open.ts';
import type { Store } from './store.ts';
import { contentHash, ExportManifest, MANIFEST_FILE } from './transfer.ts';

export interface FillOptions {
  letters: number;
  cases: number;
  /** Distinguishes the letters of one fill from another's (content hashes are derived from it). */
  prefix?: string;
}

/** Creates (or opens) an SQLite store file, migrates it, fills it and closes it. */
export async function fillSqliteFile(path: string, o: FillOptions): Promise<void> {
  const s = await openSqliteStore(path);
  try {
    await s.migrate();
    await fillStore(s, o);
  } finally {
    await s.close();
  }
}

export async function fillStore(store: Store, o: FillOptions): Promise<void> {
  const prefix = o.prefix ?? 'transfer';
  for (let at = 0; at < o.letters; at += 500) {
    const batch = Array.from({ length: Math.min(500, o.letters - at) }, (_, k) => syntheticLetter(at + k, prefix));
    await store.upsertLetters(batch);
  }
  await store.upsertDmhc(Array.from({ length: 30 }, (_, k) => makeDmhc(`MN${String(k).padStart(5, '0')}`, { reportYear: 2015 + (k % 5) })));
  const w = store.workflow;
  for (const id of ['r-1', 'r-2', 'r-3']) await w.putReviewer(makeReviewer(id, id !== 'r-3'));
  for (let k = 0; k < o.cases; k++) {
    const number = await w.nextCaseNumber(2026);
    const created = await w.createCase(makeCase(`case-${prefix}-${k}`, number), event('case.created', { k }), { duplicateKey: `dup-${k}` });
    if (k % 2 === 0) {
      const bytes = new TextEncoder().encode(`document ${prefix} ${k}\n`);
      const sha = await w.putBlob(bytes);
      await w.putBlobText(sha, `document ${k} text`);
      await w.updateCase({ ...created.record, state: 'in-review' }, 0, event('case.assigned', { reviewer: 'r-1' }));
    }
  }
  await w.appendAudit(event('user.login', {}, 'system'));
  await w.nextCaseNumber(2025);
  // Bytes that are not UTF-8: base64 must carry them unchanged.
  await w.putBlob(Uint8Array.from([0, 255, 1, 254, 0x80, 0x0a, 0x0d]));
  const a = store.auth;
  const user = { id: 'u-1', username: 'admin', passwordHash: 'scrypt$fake', role: 'admin' as const, partyName: null, reviewerId: null, createdAt: '2026-01-01T00:00:00.000Z' };
  await a.createUser(user);
  await a.createUser({ ...user, id: 'u-2', username: 'applicant', role: 'applicant', partyName: 'Ünïcode Party – ✓' });
  await a.createSession({ tokenHash: 'a'.repeat(64), userId: 'u-1', csrfHash: 'b'.repeat(64), createdAt: user.createdAt, expiresAt: '2099-01-01T00:00:00.000Z' });
  await a.createApiToken({ tokenHash: 'c'.repeat(64), userId: 'u-1', label: 'ci', createdAt: user.createdAt, expiresAt: null });
  const kept = { userId: 'u-1', key: 'k-1', requestHash: 'd'.repeat(64), status: 201, contentType: 'application/json', body: '{"ok":true}', createdAt: user.createdAt };
  await a.claimIdempotency({ userId: kept.userId, key: kept.key, requestHash: kept.requestHash, claimedAt: kept.createdAt, staleBefore: kept.createdAt });
  await a.completeIdempotency(kept);
  // A claim whose request is still running travels too.
  await a.claimIdempotency({ userId: 'u-1', key: 'k-2', requestHash: 'e'.repeat(64), claimedAt: user.createdAt, staleBefore: user.createdAt });
}

/**
 * Copies an export with one audit event in the middle of the log changed and the manifest's hashes made to
 * match again: every file checks out, so an import writes every row and fails only at the chain check.
 */
export function exportWithBrokenChain(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const file = join(to, 'audit_events.ndjson');
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const at = Math.floor(lines.length / 2);
  const row = JSON.parse(lines[at] ?? '{}') as Record<string, unknown>;
  row['actor'] = 'someone-else';
  lines[at] = JSON.stringify(row);
  const text = lines.map((l) => `${l}\n`).join('');
  writeFileSync(file, text);
  const manifestPath = join(to, MANIFEST_FILE);
  const manifest = ExportManifest.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const tables = manifest.tables.map((t) => (t.name === 'audit_events' ? { ...t, sha256: createHash('sha256').update(text).digest('hex') } : t));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, tables, contentSha256: contentHash(tables) }));
}
