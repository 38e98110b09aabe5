// Findings: the reasons a rule's criteria were not met, read off the trace. Each has a stable code, the node it
// comes from and the evidence spans behind it; wording is the renderer's job.
import type { CriterionStatus, Evidence } from '../core/index.ts';
import type { Detail, Evaluation, TraceEntry } from './evaluate.ts';

/** One reason the criteria were not met: a stable code, the node it comes from, and the spans behind it. */
export interface Finding {
  readonly code: string;
  readonly nodeId: string;
  readonly status: Exclude<CriterionStatus, 'met'>;
  readonly text: string;
  readonly evidence: readonly Evidence[];
  readonly detail: Detail;
}

/** Findings from the trace: the highest failing node that carries a code, else the failing leaves. */
export function findingsOf(evaluation: Evaluation): Finding[] {
  const byId = new Map(evaluation.trace.map((t) => [t.nodeId, t] as const));
  const out: Finding[] = [];
  const walk = (entry: TraceEntry): void => {
    if (entry.status === 'met') return;
    const code = entry.status === 'unknown' ? (entry.unknownCode ?? entry.code) : entry.code;
    const failingChildren = entry.childIds.map((id) => byId.get(id)).filter((c): c is TraceEntry => c !== undefined && c.status !== 'met');
    if (code === null && failingChildren.length > 0) {
      failingChildren.forEach(walk);
      return;
    }
    out.push({
      code: code ?? (entry.status === 'unknown' ? 'criterion-not-documented' : 'criterion-not-met'),
      nodeId: entry.nodeId,
      status: entry.status,
      text: entry.text,
      evidence: entry.evidence,
      detail: entry.detail,
    });
  };
  const root = byId.get(evaluation.rootId);
  if (root !== undefined) walk(root);
  return out;
}

