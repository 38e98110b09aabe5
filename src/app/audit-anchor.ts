// Anchors of the audit log kept outside the database (core/audit.ts, decision 0006 addendum): take one
// (the current head), and verify the chain against any number of them.
import { verifyAnchors, type AuditAnchor, type ChainResult } from '../core/index.ts';
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
