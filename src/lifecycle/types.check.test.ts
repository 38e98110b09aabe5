import { describe, it, expect } from 'vitest';
import { transition } from './index.ts';
import { assignment, caseRecord } from './fixtures.ts';

// Compile-time checks of transition's typed payloads (tsc runs over tests): the calls below must type-check
// without casts, and the @ts-expect-error lines must keep failing.
describe('transition payload types', () => {
  it('accepts each event with its own payload', () => {
    const now = new Date('2026-06-10T18:00:00Z');
    const r = transition(caseRecord({ state: 'received' }), 'submit', { actor: 'u', role: 'intake', now });
    const a = transition(r.record, 'assign', { actor: 'u', role: 'admin', now, assignment: assignment('x') });
    expect(a.record.state).toBe('assigned');
    // @ts-expect-error assign needs an assignment
    expect(() => transition(r.record, 'assign', { actor: 'u', role: 'admin', now })).toThrow(/assignment/);
  });
});
