// The one contract every Store passes, run for real against SQLite (sqlite/sqlite.int.test.ts) and
// PostgreSQL (postgres/postgres.int.test.ts). No mocks. Rankings differ between bm25 and ts_rank, so
// ranking is asserted only where any sane ranking agrees (a match in the request beats a match in the
// summary); everything else is asserted as sets and counts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { hashOf, makeDmhc, makeLetter, MTUS_CHRONIC_PAIN, ODG_PAIN } from './__fixtures__/letters.ts';
import type { StoreOptions } from './repository.ts';
import type { LetterToStore, SearchQuery, SearchResult, Store } from './store.ts';

export interface ContractHarness {
  /** A migrated Store over an empty database; called before every test. */
  fresh(options?: StoreOptions): Promise<Store>;
  /** A second Store on the database of the last fresh(), for writers on separate connections. */
  sibling?: () => Promise<Store>;
  /** Called once after the suite. */
  dispose(): Promise<void>;
}

export const INJECTION_STRINGS = [
  '"',
  '""',
  '"""',
  '*',
  'acupuncture*',
  'NEAR(',
  'NEAR(acupuncture',
  'NEAR(acupuncture massage, 2)',
  "'); DROP TABLE letters;--",
  '"); DROP TABLE items;--',
  'OR OR',
  'AND',
  'NOT acupuncture',
  'acupuncture OR',
  '-acupuncture',
  '!acupuncture & | <-> :*',
  'request:acupuncture',
  '{request rationale}: acupuncture',
  '^acupuncture',
  'acupuncture + massage',
  '\\',
  "'",
  '%_%',
  '(((',
  ')',
  'señal 日本語 😀',
  '\u200b\u202e',
  'a'.repeat(1500),
];

function errorOf(run: () => Promise<unknown>): Promise<OpenImrError> {
  return run().then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(OpenImrError);
      return err as OpenImrError;
    },
  );
}

const q = (text: string, over: Partial<SearchQuery> = {}): SearchQuery => ({ text, filters: {}, limit: 20, offset: 0, ...over });

/** Requests of the hits, for set comparisons. */
const requests = (r: SearchResult): string[] => r.hits.map((h) => h.request).sort();

// A small corpus whose numbers are known by hand.
function knownCorpus(): LetterToStore[] {
  return [
    makeLetter({
      seed: 'k1',
      caseNumber: 'CM16-0000001',
      decisionDate: '2016-03-01',
      specialty: 'Pain Medicine',
      clinicalSummary: 'Chronic low back pain after a lifting injury.',
      items: [
        { request: 'Acupuncture 6 sessions', category: 'rehab.acupuncture', decision: 'Upheld', rationale: 'No functional improvement was documented.', citations: [MTUS_CHRONIC_PAIN] },
        { request: 'Norco 10/325mg #120', category: 'pharmaceutical.opioid', decision: 'Overturned', rationale: 'Ongoing opioid use shows functional improvement and return to work.', citations: [ODG_PAIN] },
      ],
    }),
    makeLetter({
      seed: 'k2',
      caseNumber: 'CM17-0000002',
      decisionDate: '2017-06-15',
      specialty: 'Orthopedic Surgery',
      clinicalSummary: 'Knee pain; the patient tried acupuncture in 2015 without benefit.',
      items: [
        { request: 'Right knee arthroscopy', category: 'surgery', decision: 'Overturned', rationale: 'Mechanical symptoms and a failed course of physical therapy.', citations: [] },
        { request: 'Naproxen 550mg #60', category: 'pharmaceutical.nsaid', decision: 'Upheld', rationale: 'Improvement in function is not documented.', citations: [MTUS_CHRONIC_PAIN] },
      ],
    }),
    makeLetter({
      seed: 'k3',
      caseNumber: 'CM17-0000003',
      decisionDate: '2017-01-20',
      specialty: 'Pain Medicine',
      clinicalSummary: 'Cervical strain. Informe en español: señal de dolor, 日本語 テキスト.',
      items: [{ request: 'Massage therapy x 6', category: 'rehab.massage', decision: 'Upheld', rationale: 'Massage is an adjunct to exercise; improvement functional not shown.', citations: [MTUS_CHRONIC_PAIN] }],
    }),
    makeLetter({
      seed: 'k4',
      caseNumber: null,
      decisionDate: null,
      specialty: null,
      age: null,
      clinicalSummary: null,
      items: [{ request: 'TENS unit purchase', category: 'dme', decision: null, rationale: null, citations: [] }],
    }),
  ];
}

export function storeContract(backend: string, makeHarness: () => Promise<ContractHarness | null>): void {
  describe(`Store contract: ${backend}`, () => {
    let harness: ContractHarness | null = null;
    let store: Store;
    const extra: Store[] = [];

    beforeAll(async () => {
      harness = await makeHarness();
    });
    afterAll(async () => {
      await harness?.dispose();
    });
    beforeEach(async (ctx) => {
      if (harness === null) {
        ctx.skip();
        return;
      }
      store = await harness.fresh();
    });
    afterEach(async () => {
      if (harness === null) return;
      for (const s of extra.splice(0)) await s.close();
      await store.close();
    });

    describe('migrations', () => {
      it('are idempotent and report the backend', async () => {
        await store.migrate();
        await store.migrate();
        expect(store.backend).toBe(backend);
        expect(await store.counts()).toEqual({ letters: 0, items: 0, dmhc: 0 });
      });
    });

    describe('letters', () => {
      it('adds a letter once, identified by content hash', async () => {
        const l = makeLetter({ seed: 'once', items: [{ request: 'A' }, { request: 'B' }] });
        expect(await store.hasContentHash(l.contentHash)).toBe(false);
        expect(await store.upsertLetter(l)).toBe('added');
        expect(await store.upsertLetter(l)).toBe('unchanged');
        expect(await store.hasContentHash(l.contentHash)).toBe(true);
        expect(await store.hasContentHash(hashOf('other'))).toBe(false);
        expect(await store.counts()).toEqual({ letters: 1, items: 2, dmhc: 0 });
      });

      it('reports repeats within one batch and against stored letters as unchanged', async () => {
        const a = makeLetter({ seed: 'a' });
        const b = makeLetter({ seed: 'b' });
        expect(await store.upsertLetters([a])).toEqual(['added']);
        expect(await store.upsertLetters([b, a, b])).toEqual(['added', 'unchanged', 'unchanged']);
        expect(await store.upsertLetters([])).toEqual([]);
        expect((await store.counts()).letters).toBe(2);
      });

      it('reads letters back exactly, by case number, oldest decision first', async () => {
        const later = makeLetter({ seed: 'later', caseNumber: 'CM-1', decisionDate: '2018-01-02', items: [{ request: 'MRI', category: 'imaging.mri', citations: [ODG_PAIN] }] });
        const earlier = makeLetter({ seed: 'earlier', caseNumber: 'CM-1', decisionDate: '2017-05-06' });
        const other = makeLetter({ seed: 'other', caseNumber: 'CM-2' });
        await store.upsertLetters([later, other, earlier]);
        const got = await store.getLettersByCaseNumber('CM-1');
        expect(got.map((g) => g.contentHash)).toEqual([earlier.contentHash, later.contentHash]);
        expect(got[1]?.letter).toEqual(later.letter);
        expect(got[1]?.sourceName).toBe(later.sourceName);
        expect(got[1]?.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(typeof got[1]?.id).toBe('number');
        expect(await store.getLettersByCaseNumber('CM-404')).toEqual([]);
      });

      it('refuses a batch with an invalid letter and writes none of it', async () => {
        const good = makeLetter({ seed: 'good', clinicalSummary: 'secret clinical words' });
        const bad = makeLetter({ seed: 'bad' });
        const badHash = { ...bad, contentHash: 'not-a-hash' };
        const e1 = await errorOf(() => store.upsertLetters([good, badHash]));
        expect(e1.code).toBe('invalid-input');
        expect(e1.details.field).toBe('letters[1].contentHash');
        const nul = makeLetter({ seed: 'nul', clinicalSummary: 'bad\u0000byte' });
        const e2 = await errorOf(() => store.upsertLetters([good, nul]));
        expect(e2.code).toBe('invalid-input');
        expect(e2.details.field).toBe('letters[1].letter.clinicalSummary');
        const path = { ...good, contentHash: hashOf('path'), sourceName: '/home/someone/letter.pdf' };
        expect((await errorOf(() => store.upsertLetters([path]))).code).toBe('invalid-input');
        expect(await store.counts()).toEqual({ letters: 0, items: 0, dmhc: 0 });
      });

      it('rolls back the whole batch when the database rejects a row', async () => {
        const letters = Array.from({ length: 450 }, (_, i) => makeLetter({ seed: `atomic-${i}`, clinicalSummary: 'zebrafinch marker text' }));
        // Past the first insert chunk, so earlier chunks were written before the failure.
        letters[420] = makeLetter({ seed: 'atomic-420', age: 400, clinicalSummary: 'zebrafinch private summary' });
        const err = await errorOf(() => store.upsertLetters(letters));
        expect(err.code).toBe('storage-error');
        expect(err.message).not.toMatch(/zebrafinch|private/);
        expect(await store.counts()).toEqual({ letters: 0, items: 0, dmhc: 0 });
        expect((await store.search(q('zebrafinch'))).total).toBe(0);
        // The store is still usable.
        expect(await store.upsertLetters(letters.slice(0, 3))).toEqual(['added', 'added', 'added']);
        expect((await store.search(q('zebrafinch'))).total).toBe(3);
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        if (harness === null) return;
        await store.upsertLetters(knownCorpus());
      });

      it('finds items by request, rationale and clinical summary, request matches first', async () => {
        const r = await store.search(q('acupuncture'));
        // k1's acupuncture request; k2's two items via its summary.
        expect(r.total).toBe(3);
        expect(r.hits[0]?.request).toBe('Acupuncture 6 sessions');
        expect(r.hits[0]?.caseNumber).toBe('CM16-0000001');
        expect(r.hits[0]?.itemIndex).toBe(0);
        expect(r.hits[0]?.decision).toBe('Upheld');
        expect(r.hits[0]?.category).toBe('rehab.acupuncture');
        expect(r.hits[0]?.specialty).toBe('Pain Medicine');
        expect(r.hits[0]?.decisionDate).toBe('2016-03-01');
        expect(r.hits[0]?.snippet).toMatch(/\[\[acupunctur\w*\]\]/i);
        expect(r.hits[0]?.score ?? 0).toBeGreaterThan(r.hits[2]?.score ?? Infinity);
        expect(requests(r)).toEqual(['Acupuncture 6 sessions', 'Naproxen 550mg #60', 'Right knee arthroscopy']);
        for (const h of r.hits) expect(h.snippet).toMatch(/\[\[.+?\]\]/);
      });

      it('stems words and requires every word', async () => {
        expect((await store.search(q('improvements'))).total).toBe(4);
        // "functional" and "function" share a stem, so the Naproxen rationale matches too.
        expect(requests(await store.search(q('functional improvement')))).toEqual(['Acupuncture 6 sessions', 'Massage therapy x 6', 'Naproxen 550mg #60', 'Norco 10/325mg #120']);
        expect(requests(await store.search(q('opioid work')))).toEqual(['Norco 10/325mg #120']);
        expect((await store.search(q('acupuncture zeppelin'))).total).toBe(0);
      });

      it('reads quoted text as a phrase', async () => {
        expect(requests(await store.search(q('"functional improvement"')))).toEqual(['Acupuncture 6 sessions', 'Norco 10/325mg #120']);
        expect(requests(await store.search(q('"improvement functional"')))).toEqual(['Massage therapy x 6']);
      });

      it('counts facets over all matches and applies filters', async () => {
        const all = await store.search(q('improvement'));
        expect(all.total).toBe(4);
        expect(all.facets.decision).toEqual([
          { value: 'Upheld', count: 3 },
          { value: 'Overturned', count: 1 },
        ]);
        expect(all.facets.specialty).toEqual([
          { value: 'Pain Medicine', count: 3 },
          { value: 'Orthopedic Surgery', count: 1 },
        ]);
        expect(all.facets.year).toEqual([
          { value: '2017', count: 2 },
          { value: '2016', count: 2 },
        ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)));
        expect(all.facets.category.map((f) => f.value).sort()).toEqual(['pharmaceutical.nsaid', 'pharmaceutical.opioid', 'rehab.acupuncture', 'rehab.massage']);

        const f = (filters: SearchQuery['filters']): Promise<SearchResult> => store.search(q('improvement', { filters }));
        expect(requests(await f({ decision: 'Overturned' }))).toEqual(['Norco 10/325mg #120']);
        expect(requests(await f({ category: 'pharmaceutical.opioid' }))).toEqual(['Norco 10/325mg #120']);
        expect(requests(await f({ category: 'pharmaceutical' }))).toEqual(['Naproxen 550mg #60', 'Norco 10/325mg #120']);
        expect(requests(await f({ category: 'pharma' }))).toEqual([]);
        expect(requests(await f({ specialty: 'Orthopedic Surgery' }))).toEqual(['Naproxen 550mg #60']);
        expect(requests(await f({ year: 2017 }))).toEqual(['Massage therapy x 6', 'Naproxen 550mg #60']);
        const both = await f({ year: 2016, decision: 'Upheld' });
        expect(requests(both)).toEqual(['Acupuncture 6 sessions']);
        expect(both.total).toBe(1);
        expect(both.facets.year).toEqual([{ value: '2016', count: 1 }]);
      });

      it('counts and ranks only the newest matches when there are more than the search window', async () => {
        if (harness === null) return;
        await store.close();
        store = await harness.fresh({ searchWindow: 5 });
        // 8 letters, one "physiotherapy" item each, stored oldest first; 2 of them Overturned.
        const letters = Array.from({ length: 8 }, (_, i) =>
          makeLetter({
            seed: `window-${i}`,
            decisionDate: `2018-02-${String(i + 1).padStart(2, '0')}`,
            items: [{ request: `Physical therapy visit ${i}`, rationale: 'Physiotherapy requested.', decision: i % 4 === 0 ? 'Overturned' : 'Upheld' }],
          }),
        );
        for (const l of letters) await store.upsertLetter(l);
        const r = await store.search(q('physiotherapy', { limit: 20 }));
        expect(r.exhaustive).toBe(false);
        expect(r.total).toBe(5);
        expect(r.hits.map((h) => h.request).sort()).toEqual([3, 4, 5, 6, 7].map((i) => `Physical therapy visit ${i}`));
        expect(r.facets.decision).toEqual([
          { value: 'Upheld', count: 4 },
          { value: 'Overturned', count: 1 },
        ]);
        // A filter narrows the matches first, so a small filtered set is counted whole.
        const over = await store.search(q('physiotherapy', { filters: { decision: 'Overturned' } }));
        expect(over.exhaustive).toBe(true);
        expect(requests(over).sort()).toEqual(['Physical therapy visit 0', 'Physical therapy visit 4']);
        const few = await store.search(q('"visit 2"'));
        expect(few).toMatchObject({ exhaustive: true, total: 1 });
      });

      it('lists by filters alone when the text is empty, newest first, undated last', async () => {
        const r = await store.search(q(''));
        expect(r.total).toBe(6);
        expect(r.hits.map((h) => h.decisionDate)).toEqual(['2017-06-15', '2017-06-15', '2017-01-20', '2016-03-01', '2016-03-01', null]);
        expect(r.hits.every((h) => h.snippet === '')).toBe(true);
        expect(r.facets.decision).toEqual([
          { value: 'Upheld', count: 3 },
          { value: 'Overturned', count: 2 },
        ]);
        const blanks = await store.search(q('   ', { filters: { category: 'rehab' } }));
        expect(requests(blanks)).toEqual(['Acupuncture 6 sessions', 'Massage therapy x 6']);
      });

      it('lists by each filter alone, and by a value no item has, as a count would', async () => {
        for (const filters of [{ decision: 'Overturned' as const }, { category: 'rehab' }, { year: 2016 }, { specialty: 'Nowhere Medicine' }, { category: 'nothing.here' }]) {
          const listed = await store.search(q('', { filters, limit: 100 }));
          const all = await store.search(q('', { limit: 100 }));
          const expected = all.hits.filter(
            (h) =>
              (filters.decision === undefined || h.decision === filters.decision) &&
              (filters.category === undefined || h.category === filters.category || h.category.split('.')[0] === filters.category) &&
              (filters.year === undefined || h.decisionDate?.startsWith(String(filters.year)) === true) &&
              (filters.specialty === undefined || h.specialty === filters.specialty),
          );
          expect(listed.total).toBe(expected.length);
          expect(listed.hits.map((h) => `${h.caseNumber ?? ''}/${h.itemIndex}`)).toEqual(expected.map((h) => `${h.caseNumber ?? ''}/${h.itemIndex}`));
        }
      });

      it('pages without gaps or repeats', async () => {
        const more = Array.from({ length: 25 }, (_, i) =>
          makeLetter({ seed: `page-${i}`, decisionDate: `2018-01-${String(i + 1).padStart(2, '0')}`, items: [{ request: `Physical therapy visit ${i}`, rationale: 'Physiotherapy requested.' }] }),
        );
        await store.upsertLetters(more);
        for (const text of ['physiotherapy', '']) {
          const seen: string[] = [];
          for (let offset = 0; offset < 40; offset += 10) {
            const r = await store.search(q(text, { limit: 10, offset, filters: { year: 2018 } }));
            expect(r.total).toBe(25);
            seen.push(...r.hits.map((h) => h.request));
          }
          expect(seen).toHaveLength(25);
          expect(new Set(seen).size).toBe(25);
        }
        const countOnly = await store.search(q('physiotherapy', { limit: 0 }));
        expect(countOnly.total).toBe(25);
        expect(countOnly.hits).toEqual([]);
        expect((await store.search(q('physiotherapy', { offset: 100 }))).hits).toEqual([]);
      });

      it('matches words in other scripts and with diacritics', async () => {
        expect(requests(await store.search(q('señal')))).toEqual(['Massage therapy x 6']);
        expect(requests(await store.search(q('日本語')))).toEqual(['Massage therapy x 6']);
      });

      it('never lets query text act as query syntax', async () => {
        const before = await store.counts();
        for (const text of INJECTION_STRINGS) {
          const r = await store.search(q(text));
          expect(r.total, text).toBeGreaterThanOrEqual(0);
          expect(r.hits.length, text).toBeLessThanOrEqual(r.total);
        }
        expect(await store.counts()).toEqual(before);
        // Syntax characters around a real word are ignored, not obeyed (words like NEAR or OR are just words).
        for (const text of ['acupuncture*', 'acupuncture)', '"acupuncture', 'acupuncture"', 'acupuncture OR', '(acupuncture)', "acupuncture'; --"]) {
          expect((await store.search(q(text))).hits[0]?.request, text).toBe('Acupuncture 6 sessions');
        }
        // Punctuation alone finds nothing (an empty text would list everything).
        for (const text of ['*', '"', '(((', '😀', "'); --"]) expect((await store.search(q(text))).total, text).toBe(0);
      });

      it('refuses bad paging and NUL characters as invalid arguments', async () => {
        for (const bad of [q('x', { limit: -1 }), q('x', { limit: 1.5 }), q('x', { limit: 100_000 }), q('x', { offset: -3 }), q('a\u0000b'), q('x'.repeat(5000))]) {
          expect((await errorOf(() => store.search(bad))).code).toBe('invalid-argument');
        }
      });
    });

    describe('stats', () => {
      beforeEach(async () => {
        if (harness === null) return;
        await store.upsertLetters(knownCorpus());
      });

      it('counts DWC items by every dimension', async () => {
        expect(await store.stats('decision', 'dwc')).toEqual([
          { key: 'Upheld', total: 3, upheld: 3, overturned: 0 },
          { key: 'Overturned', total: 2, upheld: 0, overturned: 2 },
          { key: 'unknown', total: 1, upheld: 0, overturned: 0 },
        ]);
        expect(await store.stats('year', 'dwc')).toEqual([
          { key: '2016', total: 2, upheld: 1, overturned: 1 },
          { key: '2017', total: 3, upheld: 2, overturned: 1 },
          { key: 'unknown', total: 1, upheld: 0, overturned: 0 },
        ]);
        expect(await store.stats('specialty', 'dwc')).toEqual([
          { key: 'Pain Medicine', total: 3, upheld: 2, overturned: 1 },
          { key: 'Orthopedic Surgery', total: 2, upheld: 1, overturned: 1 },
          { key: 'unknown', total: 1, upheld: 0, overturned: 0 },
        ]);
        expect(await store.stats('guideline', 'dwc')).toEqual([
          { key: 'MTUS: Chronic Pain Medical Treatment Guidelines 2016', total: 3, upheld: 3, overturned: 0 },
          { key: 'unknown', total: 2, upheld: 0, overturned: 1 },
          { key: 'ODG: ODG Pain (Chronic)', total: 1, upheld: 0, overturned: 1 },
        ]);
        const byCategory = await store.stats('category', 'dwc');
        expect(byCategory).toHaveLength(6);
        expect(byCategory.find((r) => r.key === 'surgery')).toEqual({ key: 'surgery', total: 1, upheld: 0, overturned: 1 });
        for (const r of byCategory) {
          expect(typeof r.total).toBe('number');
          expect(typeof r.upheld).toBe('number');
        }
      });

      it('counts DMHC rows and refuses dimensions the open data lacks', async () => {
        await store.upsertDmhc([
          makeDmhc('MN19-1', { reportYear: 2019, treatmentCategory: 'Mental Health', decision: 'Upheld' }),
          makeDmhc('MN19-2', { reportYear: 2019, treatmentCategory: 'Mental Health', decision: 'Overturned' }),
          makeDmhc('MN20-3', { reportYear: 2020, treatmentCategory: 'Pharmacy', decision: 'Overturned' }),
          makeDmhc('MN20-4', { reportYear: 2020, treatmentCategory: null, decision: null }),
        ]);
        expect(await store.stats('category', 'dmhc')).toEqual([
          { key: 'Mental Health', total: 2, upheld: 1, overturned: 1 },
          { key: 'Pharmacy', total: 1, upheld: 0, overturned: 1 },
          { key: 'unknown', total: 1, upheld: 0, overturned: 0 },
        ]);
        expect(await store.stats('year', 'dmhc')).toEqual([
          { key: '2019', total: 2, upheld: 1, overturned: 1 },
          { key: '2020', total: 2, upheld: 0, overturned: 1 },
        ]);
        expect((await store.stats('decision', 'dmhc')).map((r) => [r.key, r.total])).toEqual([
          ['Overturned', 2],
          ['Upheld', 1],
          ['unknown', 1],
        ]);
        for (const by of ['specialty', 'guideline'] as const) expect((await errorOf(() => store.stats(by, 'dmhc'))).code).toBe('invalid-argument');
      });

      it('returns no rows for an empty program', async () => {
        expect(await store.stats('year', 'dmhc')).toEqual([]);
      });
    });

    describe('dmhc', () => {
      it('adds, replaces by reference id and counts repeats as updates', async () => {
        expect(await store.upsertDmhc([makeDmhc('A'), makeDmhc('B')])).toEqual({ added: 2, updated: 0 });
        expect(await store.upsertDmhc([makeDmhc('B', { decision: 'Overturned' }), makeDmhc('C'), makeDmhc('C', { reportYear: 2021 })])).toEqual({ added: 1, updated: 2 });
        expect(await store.upsertDmhc([])).toEqual({ added: 0, updated: 0 });
        expect((await store.counts()).dmhc).toBe(3);
        expect(await store.stats('year', 'dmhc')).toEqual([
          { key: '2019', total: 2, upheld: 1, overturned: 1 },
          { key: '2021', total: 1, upheld: 1, overturned: 0 },
        ]);
      });

      it('refuses an invalid row and writes none of the batch', async () => {
        const err = await errorOf(() => store.upsertDmhc([makeDmhc('ok'), makeDmhc('', {})]));
        expect(err.code).toBe('invalid-input');
        expect(err.details.field).toBe('dmhc[1].referenceId');
        expect((await store.counts()).dmhc).toBe(0);
      });

      it('handles batches larger than one insert statement', async () => {
        const rows = Array.from({ length: 1200 }, (_, i) => makeDmhc(`R${i}`, { reportYear: 2015 + (i % 5) }));
        expect(await store.upsertDmhc(rows)).toEqual({ added: 1200, updated: 0 });
        expect(await store.upsertDmhc(rows.slice(600))).toEqual({ added: 0, updated: 600 });
        expect((await store.counts()).dmhc).toBe(1200);
      });
    });

    describe('concurrent writers', () => {
      const batchOf = (from: number, to: number, reverse = false): LetterToStore[] => {
        const ls = Array.from({ length: to - from }, (_, i) => makeLetter({ seed: `conc-${from + i}`, items: [{ request: 'Acupuncture' }, { request: 'Massage' }] }));
        return reverse ? ls.reverse() : ls;
      };
      const expectEachAddedOnce = async (results: string[][], unique: number, s: Store): Promise<void> => {
        expect(results.flat().filter((r) => r === 'added')).toHaveLength(unique);
        expect(await s.counts()).toEqual({ letters: unique, items: unique * 2, dmhc: 0 });
        expect((await s.search(q('acupuncture', { limit: 0 }))).total).toBe(unique);
      };

      it('store each letter once when overlapping batches race on one store', async () => {
        const results = await Promise.all([batchOf(0, 300), batchOf(150, 450, true), batchOf(100, 200), batchOf(0, 450, true)].map((b) => store.upsertLetters(b)));
        await expectEachAddedOnce(results, 450, store);
      });

      it('store each letter once when overlapping batches race on separate connections', async (ctx) => {
        if (!harness?.sibling) {
          ctx.skip();
          return;
        }
        const other = await harness.sibling();
        extra.push(other);
        const results = await Promise.all([store.upsertLetters(batchOf(0, 400)), other.upsertLetters(batchOf(0, 400, true)), other.upsertLetters(batchOf(200, 600))]);
        await expectEachAddedOnce(results, 600, store);
      });
    });
  });
}
