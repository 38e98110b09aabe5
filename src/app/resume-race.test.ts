// Two API processes may resume interrupted intake at once (one starting while another runs its first-start
// work, or two restarting after a crash): each case is screened once, and neither start fails.
import { describe, expect, it } from 'vitest';
import { listCases, resumeInterrupted, verifyAuditLog, type Actor, type WorkflowDeps } from './cases.ts';
import { seedDemo } from './cases-demo.ts';
import { openTestStore } from '../../test/support/test-store.ts';

const clock = { now: () => new Date('2026-06-10T17:00:00Z') };
const SYSTEM: Actor = { id: 'recovery', role: 'system' };

describe('resumeInterrupted run by two processes at once', () => {
  it('screens a received case once; the one that loses the race skips it', async () => {
    const store = await openTestStore();
    try {
      const deps: WorkflowDeps = { store, clock };
      await seedDemo(deps, { cases: 1, corpusLetters: 0 });
      const first = (await listCases(deps, { limit: 1 })).cases[0];
      if (first === undefined) throw new Error('the demo made no case');
      const received = { ...first, id: 'resume-race', caseNumber: 'CM26-0999998', state: 'received' as const, version: 0, screening: [], assignment: null };
      await store.workflow.createCase(received, { at: received.createdAt, actor: 'intake', type: 'case.received', data: {} }, {});
      const [a, b] = await Promise.all([resumeInterrupted(deps, SYSTEM), resumeInterrupted(deps, SYSTEM)]);
      expect([...a, ...b].map((c) => c.id)).toEqual(['resume-race']);
      expect((await listCases(deps, { limit: 50 })).cases.filter((c) => c.state === 'received')).toEqual([]);
      expect((await verifyAuditLog(deps)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
