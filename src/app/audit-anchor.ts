// Anchors of the audit log kept outside the database (core/audit.ts, decision 0006 addendum): take one
// (the current head), verify the chain against any number of them, and keep a folder of them up to date
// on a timer (`openimr serve --anchor-dir`), one file per anchored head.
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OpenImrError, parseAuditAnchor, verifyAnchors, type AuditAnchor, type ChainResult } from '../core/index.ts';
import type { WorkflowDeps } from './cases.ts';

/** The current head of a verified chain as an anchor; null when the chain is broken (never anchor a broken log). */
export async function takeAuditAnchor(deps: WorkflowDeps): Promise<{ chain: ChainResult; anchor: AuditAnchor | null }> {
  const chain = await deps.store.workflow.verifyAudit();
  if (!chain.ok) return { chain, anchor: null };
  return { chain, anchor: { format: 'openimr-audit-anchor', version: 1, seq: chain.count, hash: chain.head, at: deps.clock.now().toISOString() } };
}

/** The chain check, then every anchor against the stored events. */
export async function verifyAuditWithAnchors(deps: WorkflowDeps, anchors: readonly AuditAnchor[]): Promise<ChainResult> {
  const chain = await deps.store.workflow.verifyAudit();
  return verifyAnchors(chain, anchors, async (seq) => {
    const [event] = await deps.store.workflow.listAudit({ afterSeq: seq - 1, limit: 1 });
    return event?.seq === seq ? event.hash : null;
  });
}

/** The anchor files in an anchor folder: one per anchored head, named by its event number. */
export const ANCHOR_FILE = /^audit-anchor-(\d{12})\.json$/;

const anchorFileName = (seq: number): string => `audit-anchor-${String(seq).padStart(12, '0')}.json`;

export type AnchorWrite =
  | { outcome: 'written'; file: string; seq: number }
  /** An anchor of this head is there already (the log has not moved, or another process wrote it). */
  | { outcome: 'unchanged'; seq: number }
  | { outcome: 'empty' }
  | { outcome: 'chain-broken'; brokenAt: number };

/**
 * Writes an anchor to `file`, never over an existing file: false if it exists. The file appears whole or not
 * at all (written and synced under a temporary name, then hard-linked to its name, which fails if it exists),
 * so several processes writing one anchor never clobber each other.
 */
export async function writeAnchorFile(anchor: AuditAnchor, file: string): Promise<boolean> {
  const temp = join(dirname(file), `.audit-anchor-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(`${JSON.stringify(anchor)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Anchors the current head into `dir` as `audit-anchor-<seq>.json`, unless that file exists. */
export async function writeAuditAnchorTo(deps: WorkflowDeps, dir: string): Promise<AnchorWrite> {
  const { chain, anchor } = await takeAuditAnchor(deps);
  if (anchor === null) return { outcome: 'chain-broken', brokenAt: chain.ok ? 0 : chain.brokenAt };
  if (anchor.seq === 0) return { outcome: 'empty' };
  const file = join(dir, anchorFileName(anchor.seq));
  return (await writeAnchorFile(anchor, file)) ? { outcome: 'written', file, seq: anchor.seq } : { outcome: 'unchanged', seq: anchor.seq };
}

/** Every anchor file in `dir` (ANCHOR_FILE names; other files are left alone), oldest head first; one that does not parse is an error. */
export async function readAnchorFolder(dir: string): Promise<AuditAnchor[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    throw new OpenImrError('not-found', 'the anchor folder cannot be read', { path: dir, reason: 'anchor-dir-unreadable', cause: err });
  }
  const names = entries.filter((n) => ANCHOR_FILE.test(n)).sort();
  const anchors: AuditAnchor[] = [];
  for (const name of names) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      throw new OpenImrError('invalid-input', `${name} is not an audit anchor`, { path: name, reason: 'audit-anchor-invalid', cause: err });
    }
    anchors.push(parseAuditAnchor(parsed));
  }
  return anchors;
}

export interface AnchorSchedule {
  /** Anchors now (what the timer does); resolves when done. */
  tick(): Promise<AnchorWrite | null>;
  /** Stops the timer and waits for a tick in progress. */
  stop(): Promise<void>;
}

/**
 * Anchors the audit log into `dir` at once and then every `everyMs`, when its head has moved. Logs one line
 * per anchor written (event number and file name only) and, loudly, a broken chain (which is not anchored);
 * a failed write is logged and retried at the next tick.
 */
export function scheduleAuditAnchors(deps: WorkflowDeps, options: { dir: string; everyMs: number; log: (line: string) => void }): AnchorSchedule {
  let running: Promise<AnchorWrite | null> = Promise.resolve(null);
  let stopped = false;
  const tick = (): Promise<AnchorWrite | null> => {
    running = running.then(async () => {
      if (stopped) return null;
      try {
        const r = await writeAuditAnchorTo(deps, options.dir);
        if (r.outcome === 'written') options.log(`audit anchor written: event ${r.seq}, ${r.file}`);
        if (r.outcome === 'chain-broken') options.log(`AUDIT CHAIN BROKEN at event ${r.brokenAt}: not anchored; run 'openimr audit verify'`);
        return r;
      } catch (err) {
        options.log(`audit anchor not written: ${err instanceof OpenImrError ? err.code : ((err as NodeJS.ErrnoException).code ?? 'error')}`);
        return null;
      }
    });
    return running;
  };
  void tick();
  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
