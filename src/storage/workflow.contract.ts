// The WorkflowStore contract, run for real against an SQLite file (sqlite/sqlite.int.test.ts) and
// PostgreSQL (postgres/postgres.int.test.ts). Concurrency is tested on one connection and on others
// (other processes for SQLite, other pools for PostgreSQL); tampering uses raw SQL past the store.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenImrError, verifyChain, type CaseRecord } from '../core/index.ts';
import { event, makeCase, makeReviewer, type RemoteOp } from './__fixtures__/cases.ts';
import type { Store } from './store.ts';
import type { WorkflowStore } from './workflow-store.ts';

export interface WorkflowHarness {
  /** A migrated Store over empty workflow tables; called before every test. */
  fresh(): Promise<Store>;
  /** Runs each op on its own other connection to the database of the last fresh(), all at once. */
  elsewhere(ops: readonly RemoteOp[]): Promise<unknown[]>;
  /** Raw SQL on that database, past the store; returns the rows. */
  query(sqlText: string): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

async function failure(run: () => Promise<unknown>): Promise<OpenImrError> {
  const err = await run().then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OpenImrError);
  return err as OpenImrError;
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const num = (i: number): string => `CM26-${String(i).padStart(7, '0')}`;

export function workflowContract(backend: string, makeHarness: () => Promise<WorkflowHarness | null>): void {
  describe(`WorkflowStore contract: ${backend}`, () => {
    // The harness is made once, by the first test (null: the backend is missing and every test skips).
    let made: Promise<WorkflowHarness | null> | undefined;
    let harness: WorkflowHarness | null = null;
    let store: Store;
    let w: WorkflowStore;

    beforeEach(async (ctx) => {
      made ??= makeHarness();
      harness = await made;
      if (harness === null) {
        ctx.skip();
        return;
      }
      store = await harness.fresh();
      w = store.workflow;
    });
    afterEach(async () => {
      if (harness !== null) await store.close();
    });
    afterAll(async () => {
      await (await made)?.dispose();
    });

    const h = (): WorkflowHarness => {
      if (harness === null) throw new Error('no harness');
      return harness;
    };
    const count = async (table: string): Promise<number> => Number((await h().query(`select count(*) as n from ${table}`))[0]?.['n']);
    const create = async (id: string, i: number, o: Parameters<typeof makeCase>[2] = {}): Promise<CaseRecord> =>
      (await w.createCase(makeCase(id, num(i), o), event('case.created'))).record;

    describe('cases', () => {
      it('creates a case with its first audit event and reads it back by id and number', async () => {
        const { record, event: first } = await w.createCase(makeCase('a', num(1)), event('case.created', { via: 'test' }));
        expect(first).toMatchObject({ seq: 1, caseId: 'a', type: 'case.created', data: { via: 'test' } });
        expect(await w.getCase('a')).toEqual(record);
        expect(await w.getCaseByNumber(num(1))).toEqual(record);
        expect(await w.getCase('missing')).toBeNull();
        expect(await w.getCaseByNumber(num(9))).toBeNull();
      });

      it('refuses a second case with the same id or number, writing nothing', async () => {
        await create('a', 1);
        expect((await failure(() => w.createCase(makeCase('a', num(2)), event('case.created')))).code).toBe('conflict');
        expect((await failure(() => w.createCase(makeCase('b', num(1)), event('case.created')))).code).toBe('conflict');
        expect(await count('cases')).toBe(1);
        expect(await w.listAudit({ limit: 10 })).toHaveLength(1);
      });

      it('rejects invalid records and events before writing', async () => {
        const bad = { ...makeCase('a', num(1)), caseNumber: 'X-1' };
        expect(await failure(() => w.createCase(bad, event('case.created')))).toMatchObject({ code: 'invalid-input', details: { field: 'caseNumber' } });
        expect((await failure(() => w.createCase(makeCase('a', num(1)), { ...event('x'), caseId: 'other' }))).code).toBe('invalid-argument');
        expect((await failure(() => w.createCase(makeCase('a', num(1)), event('x', { big: 1n })))).code).toBe('invalid-input');
        expect(await count('cases')).toBe(0);
      });

      it('lists with filters and pages by case number without gaps or repeats', async () => {
        for (let i = 1; i <= 25; i++) {
          await create(`c${i}`, 26 - i, {
            state: i % 3 === 0 ? 'issued' : 'assigned',
            reviewerId: i % 2 === 0 ? 'r1' : 'r2',
            claimsAdministrator: i <= 5 ? 'Other TPA' : 'Example Claims Co',
          });
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await w.listCases({ limit: 10, cursor });
          seen.push(...page.cases.map((c) => c.caseNumber));
          cursor = page.nextCursor;
          pages++;
        } while (cursor !== null);
        expect(pages).toBe(3);
        expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => num(i + 1)));

        const issued = await w.listCases({ states: ['issued'], limit: 100 });
        expect(issued.cases).toHaveLength(8);
        expect(issued.cases.every((c) => c.state === 'issued')).toBe(true);
        expect((await w.listCases({ states: ['issued', 'assigned'], limit: 100 })).cases).toHaveLength(25);
        expect((await w.listCases({ states: [], limit: 100 })).cases).toHaveLength(0);
        const r1Assigned = await w.listCases({ reviewerId: 'r1', states: ['assigned'], limit: 100 });
        expect(r1Assigned.cases.map((c) => c.id).sort()).toEqual(['c10', 'c14', 'c16', 'c2', 'c20', 'c22', 'c4', 'c8']);
        expect((await w.listCases({ claimsAdministrator: 'Other TPA', limit: 3 })).cases.map((c) => c.id)).toEqual(['c5', 'c4', 'c3']);
        // Paging under a filter.
        const first = await w.listCases({ claimsAdministrator: 'Other TPA', limit: 3 });
        const second = await w.listCases({ claimsAdministrator: 'Other TPA', limit: 3, cursor: first.nextCursor });
        expect(second.cases.map((c) => c.id)).toEqual(['c2', 'c1']);
        expect(second.nextCursor).toBeNull();
      });

      it('rejects a foreign cursor and an out-of-range limit', async () => {
        expect((await failure(() => w.listCases({ limit: 10, cursor: 'bm9wZQ' }))).code).toBe('invalid-argument');
        expect((await failure(() => w.listCases({ limit: 0 }))).code).toBe('invalid-argument');
        expect((await failure(() => w.listCases({ limit: 501 }))).code).toBe('invalid-argument');
      });

      it('finds cases by consolidation and duplicate keys, and updates keep or change them', async () => {
        await w.createCase(makeCase('a', num(1)), event('case.created'), { consolidationKey: 'k-claim-1', duplicateKey: 'd-1' });
        await w.createCase(makeCase('b', num(2)), event('case.created'), { consolidationKey: 'k-claim-1', duplicateKey: 'd-2' });
        await w.createCase(makeCase('c', num(3)), event('case.created'));
        expect((await w.findByKey({ consolidationKey: 'k-claim-1' })).map((c) => c.id)).toEqual(['a', 'b']);
        expect((await w.findByKey({ duplicateKey: 'd-2' })).map((c) => c.id)).toEqual(['b']);
        expect(await w.findByKey({ duplicateKey: 'nope' })).toEqual([]);
        const b = must(await w.getCase('b'));
        await w.updateCase(b, 0, event('case.noted'));
        expect((await w.findByKey({ duplicateKey: 'd-2' })).map((c) => c.id)).toEqual(['b']);
        await w.updateCase(b, 1, event('case.noted'), { duplicateKey: null, consolidationKey: 'k-claim-2' });
        expect(await w.findByKey({ duplicateKey: 'd-2' })).toEqual([]);
        expect((await w.findByKey({ consolidationKey: 'k-claim-2' })).map((c) => c.id)).toEqual(['b']);
      });
    });

    describe('optimistic concurrency', () => {
      it('updates from the expected version, and refuses a stale one', async () => {
        const a = await create('a', 1);
        const { record, event: e } = await w.updateCase({ ...a, state: 'screening' }, 0, event('case.screening'));
        expect(record.version).toBe(1);
        expect(e).toMatchObject({ seq: 2, caseId: 'a', type: 'case.screening' });
        expect(await w.getCase('a')).toEqual(record);
        expect((await failure(() => w.updateCase({ ...a, state: 'deferred' }, 0, event('case.deferred')))).code).toBe('conflict');
        expect((await failure(() => w.updateCase(makeCase('zz', num(5)), 0, event('x')))).code).toBe('not-found');
        expect((await w.getCase('a'))?.state).toBe('screening');
        expect(await w.listAudit({ caseId: 'a', limit: 10 })).toHaveLength(2);
      });

      it('lets exactly one of two updates from the same version through on one connection', async () => {
        const a = await create('a', 1);
        const results = await Promise.allSettled([
          w.updateCase({ ...a, state: 'screening' }, 0, event('one')),
          w.updateCase({ ...a, state: 'deferred' }, 0, event('two')),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((r) => r.status === 'rejected');
        expect((rejected?.reason as OpenImrError).code).toBe('conflict');
        expect((await w.getCase('a'))?.version).toBe(1);
        expect(await w.listAudit({ caseId: 'a', limit: 10 })).toHaveLength(2);
      });

      it('lets exactly one of two updates from the same version through on separate connections', async () => {
        await create('a', 1);
        const results = await h().elsewhere([
          { kind: 'update', caseId: 'a', expectedVersion: 0 },
          { kind: 'update', caseId: 'a', expectedVersion: 0 },
        ]);
        expect([...results].sort()).toEqual(['conflict', 'ok']);
        expect((await w.getCase('a'))?.version).toBe(1);
        expect(await w.listAudit({ caseId: 'a', limit: 10 })).toHaveLength(2);
      });

      it('loses no update when writers on separate connections race read-modify-write', async () => {
        await create('a', 1);
        const [x, y] = await h().elsewhere([
          { kind: 'bump', caseId: 'a', times: 12 },
          { kind: 'bump', caseId: 'a', times: 12 },
        ]);
        expect(typeof x).toBe('number');
        expect(typeof y).toBe('number');
        const a = must(await w.getCase('a'));
        expect(a.version).toBe(24);
        expect(a.qaComments).toHaveLength(24);
        expect(await w.listAudit({ caseId: 'a', limit: 100 })).toHaveLength(25);
        expect(await w.verifyAudit()).toMatchObject({ ok: true, count: 25 });
      });

      it('leaves case and audit unchanged when the event cannot be written', async () => {
        const a = await create('a', 1);
        const err = await failure(() => w.updateCase({ ...a, state: 'screening' }, 0, event('case.screening', {}, '')));
        expect(err.code).toBe('storage-error');
        expect(await w.getCase('a')).toEqual(a);
        expect(await w.listAudit({ limit: 10 })).toHaveLength(1);
        expect(await w.verifyAudit()).toMatchObject({ ok: true, count: 1 });
        // The same holds for a new case: no row without its event.
        expect((await failure(() => w.createCase(makeCase('b', num(2)), event('case.created', {}, '')))).code).toBe('storage-error');
        expect(await w.getCase('b')).toBeNull();
        // And the chain goes on from where it was.
        await w.updateCase({ ...a, state: 'screening' }, 0, event('case.screening'));
        expect(await w.verifyAudit()).toMatchObject({ ok: true, count: 2 });
      });
    });

    describe('case numbers', () => {
      it('allocates 50 numbers at once without duplicates, in sequence, per year', async () => {
        const numbers = await Promise.all(Array.from({ length: 50 }, () => w.nextCaseNumber(2026)));
        expect(new Set(numbers).size).toBe(50);
        expect([...numbers].sort()).toEqual(Array.from({ length: 50 }, (_, i) => num(i + 1)));
        expect(await w.nextCaseNumber(2027)).toBe('CM27-0000001');
        expect(await w.nextCaseNumber(2026)).toBe(num(51));
        expect((await failure(() => w.nextCaseNumber(1999))).code).toBe('invalid-argument');
        expect((await failure(() => w.nextCaseNumber(2026.5))).code).toBe('invalid-argument');
      });

      it('allocates without duplicates across connections', async () => {
        const [local, ...remote] = await Promise.all([
          Promise.all(Array.from({ length: 20 }, () => w.nextCaseNumber(2026))),
          ...[0, 1].map(() => h().elsewhere([{ kind: 'allocate', year: 2026, count: 25 }]).then((r) => r[0] as string[])),
        ]);
        const all = [local, ...remote].flat();
        expect(all).toHaveLength(70);
        expect(new Set(all).size).toBe(70);
        expect([...all].sort().at(-1)).toBe(num(70));
      });
    });

    describe('audit log', () => {
      it('chains many writes, lists them by case and seq, and verifies', async () => {
        const a = await create('a', 1);
        let current = a;
        for (let i = 0; i < 30; i++) {
          await w.appendAudit(event('user.login', { i }, 'system'));
          current = (await w.updateCase({ ...current, screening: [`r${i}`] }, current.version, event('case.screened', { i }))).record;
        }
        const all = await w.listAudit({ limit: 1000 });
        expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
        expect(verifyChain(all)).toMatchObject({ ok: true, count: 61 });
        expect(await w.verifyAudit()).toEqual({ ok: true, count: 61, head: all.at(-1)?.hash });
        expect(await w.listAudit({ caseId: 'a', limit: 1000 })).toHaveLength(31);
        const page = await w.listAudit({ afterSeq: 58, limit: 2 });
        expect(page.map((e) => e.seq)).toEqual([59, 60]);
        expect(all.filter((e) => e.caseId === null)).toHaveLength(30);
        expect((await failure(() => w.listAudit({ limit: 0 }))).code).toBe('invalid-argument');
      });

      it('keeps one unbroken chain when writers on separate connections append and update different cases at once', async () => {
        await create('a', 1);
        await create('b', 2);
        const results = await h().elsewhere([
          { kind: 'append', times: 15 },
          { kind: 'append', times: 15 },
          { kind: 'bump', caseId: 'a', times: 8 },
          { kind: 'bump', caseId: 'b', times: 8 },
        ]);
        const seqs = [results[0], results[1]].flatMap((r) => r as number[]);
        expect(new Set(seqs).size).toBe(30);
        expect(await w.verifyAudit()).toMatchObject({ ok: true, count: 2 + 30 + 16 });
        expect(must(await w.getCase('b')).version).toBe(8);
      });

      it('fails verification after a direct edit of one event', async () => {
        for (let i = 0; i < 10; i++) await w.appendAudit(event('user.login', { i }));
        expect((await w.verifyAudit()).ok).toBe(true);
        await h().query(`update audit_events set data = '{"i":99}' where seq = 5`);
        expect(await w.verifyAudit()).toMatchObject({ ok: false, brokenAt: 5 });
      });

      it('fails verification after a direct delete in the middle or at the end', async () => {
        for (let i = 0; i < 6; i++) await w.appendAudit(event('user.login', { i }));
        await h().query('delete from audit_events where seq = 6');
        expect(await w.verifyAudit()).toMatchObject({ ok: false, brokenAt: 6 });
        await h().query('delete from audit_events where seq = 3');
        expect(await w.verifyAudit()).toMatchObject({ ok: false, brokenAt: 3 });
      });

      it('fails verification when an event is made unreadable', async () => {
        for (let i = 0; i < 3; i++) await w.appendAudit(event('user.login', { i }));
        await h().query(`update audit_events set data = 'not json' where seq = 2`);
        expect(await w.verifyAudit()).toMatchObject({ ok: false, brokenAt: 2 });
      });

      it('verifies an empty log', async () => {
        expect(await w.verifyAudit()).toMatchObject({ ok: true, count: 0 });
      });
    });

    describe('documents', () => {
      it('stores each distinct content once and returns it byte for byte', async () => {
        const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
        const sha = await w.putBlob(bytes);
        expect(sha).toMatch(/^[0-9a-f]{64}$/);
        expect(await w.putBlob(Uint8Array.from(bytes))).toBe(sha);
        const same = await Promise.all([w.putBlob(bytes), w.putBlob(bytes)]);
        expect(same).toEqual([sha, sha]);
        expect(await count('blobs')).toBe(1);
        expect(await w.getBlob(sha)).toEqual(bytes);
        const empty = await w.putBlob(new Uint8Array(0));
        expect(await w.getBlob(empty)).toEqual(new Uint8Array(0));
        expect(await count('blobs')).toBe(2);
        expect(await w.getBlob('0'.repeat(64))).toBeNull();
        expect((await failure(() => w.getBlob('../x'))).code).toBe('invalid-argument');
      });

      it('keeps extracted text per blob', async () => {
        const sha = await w.putBlob(new TextEncoder().encode('%PDF-1.4 test'));
        expect(await w.getBlobText(sha)).toBeNull();
        await w.putBlobText(sha, 'first');
        await w.putBlobText(sha, 'second, señal 日本語');
        expect(await w.getBlobText(sha)).toBe('second, señal 日本語');
        expect((await failure(() => w.putBlobText('f'.repeat(64), 'x'))).code).toBe('not-found');
      });
    });

    describe('NUL characters (PostgreSQL text cannot hold them, SQLite can)', () => {
      it('a key with NUL finds nothing and a column value with NUL is refused, writing nothing, on both backends', async () => {
        const a = await create('a', 1, { state: 'assigned', reviewerId: 'r1' });
        await w.putReviewer(makeReviewer('r1'));
        expect(await w.getCase('a\u0000')).toBeNull();
        expect(await w.getCaseByNumber(`${num(1)}\u0000`)).toBeNull();
        expect(await w.getReviewer('r1\u0000')).toBeNull();
        expect(await w.findByKey({ duplicateKey: 'k\u0000' })).toEqual([]);
        expect(await w.listAudit({ caseId: 'a\u0000', limit: 10 })).toEqual([]);
        const events = await count('audit_events');
        const refused = [
          await failure(() => w.createCase(makeCase('b\u0000', num(2)), event('case.created'))),
          await failure(() => w.createCase(makeCase('b', num(2)), event('case.created'), { duplicateKey: 'k\u0000' })),
          await failure(() => w.updateCase({ ...a, assignment: { ...must(a.assignment), reviewerId: 'r\u0000' } }, a.version, event('case.changed'))),
          await failure(() => w.appendAudit({ at: '2026-03-02T17:00:00.000Z', actor: 'x\u0000', type: 't', data: {} })),
          await failure(() => w.putReviewer(makeReviewer('r\u0000'))),
        ];
        expect(refused.map((e) => e.code)).toEqual(['invalid-input', 'invalid-input', 'invalid-input', 'invalid-input', 'invalid-input']);
        expect(await count('audit_events')).toBe(events);
        expect(await count('cases')).toBe(1);
        // Inside a record's JSON a NUL is an escape, stored and read back on both.
        const noted = await w.updateCase({ ...a, qaComments: [{ at: '2026-03-02T17:00:00.000Z', comment: 'before\u0000after' }] }, a.version, event('case.changed'));
        expect((await w.getCase('a'))?.qaComments).toEqual(noted.record.qaComments);
      });
    });

    describe('reviewers', () => {
      it('inserts, updates, lists and counts open assigned cases', async () => {
        await w.putReviewer(makeReviewer('r2'));
        await w.putReviewer(makeReviewer('r1'));
        await w.putReviewer(makeReviewer('r3', false));
        await w.putReviewer({ ...makeReviewer('r2'), yearsInPractice: 20 });
        expect((await w.getReviewer('r2'))?.yearsInPractice).toBe(20);
        expect(await w.getReviewer('nobody')).toBeNull();
        expect((await w.listReviewers()).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
        expect((await w.listReviewers({ active: true })).map((r) => r.id)).toEqual(['r1', 'r2']);
        expect((await w.listReviewers({ active: false })).map((r) => r.id)).toEqual(['r3']);
        expect((await failure(() => w.putReviewer({ ...makeReviewer('r4'), specialties: [] }))).code).toBe('invalid-input');

        await create('a', 1, { state: 'assigned', reviewerId: 'r1' });
        await create('b', 2, { state: 'in-review', reviewerId: 'r1' });
        await create('c', 3, { state: 'issued', reviewerId: 'r1' });
        await create('d', 4, { state: 'qa', reviewerId: 'r2' });
        await create('e', 5, { state: 'withdrawn', reviewerId: 'r3' });
        await create('f', 6, { state: 'received' });
        expect(await w.openCaseCounts()).toEqual(new Map([['r1', 2], ['r2', 1]]));
        expect(await w.openCaseCounts([])).toEqual(new Map([['r1', 3], ['r2', 1], ['r3', 1]]));
      });
    });
  });
}
