// Fuzzer (issue 6): whatever a user types, the FTS5 MATCH string built from it is valid FTS5. Each query is
// run against a real in-memory SQLite FTS5 table with the store's tokenizer and column filter, with and
// without the filter tags, so a syntax error (or an injected operator) would surface as an exception.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readQueryText, toFts5Query } from './query-text.ts';
import { fts5FilterExpression } from './search-tags.ts';
import type { SearchFilters } from './store.ts';

const SEED = 6_2026;
const RUNS = 2000;

const db = new Database(':memory:');
db.exec(`create virtual table t using fts5(request, rationale, summary, tags, tokenize = 'porter unicode61 remove_diacritics 2')`);
db.prepare('insert into t (request, rationale, summary, tags) values (?, ?, ?, ?)').run('Norco 10/325mg #180', 'not medically necessary', 'low back pain', 'zc00x');
const match = db.prepare('select count(*) as n from t where t match ?');
afterAll(() => {
  db.close();
});

const SYNTAX = [
  '"', "'", '*', '^', '(', ')', '{', '}', ':', '-', '+', 'NEAR(', 'NEAR/3', 'AND', 'OR', 'NOT', 'and', 'AND OR NOT',
  "'; DROP TABLE letters;--", '" OR 1=1 --', 'request:', '{request}:', '\u0000', '\\', '\u00a0', '😀', 'é', 'ﬁ', '日本語',
  '\ud800', 'massage', 'functional improvement', '10/325mg', 'col*', '""', '" "',
];
const typed = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SYNTAX) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 40 }),
    fc.constantFrom(' ', ''),
  )
  .map(([parts, sep]) => parts.join(sep));

const filters: fc.Arbitrary<SearchFilters> = fc.record(
  {
    decision: fc.constantFrom('Upheld', 'Overturned'),
    category: fc.string({ unit: 'binary', maxLength: 30 }),
    specialty: fc.string({ unit: 'binary', maxLength: 30 }),
    year: fc.integer({ min: -1e6, max: 1e6 }),
  },
  { requiredKeys: [] },
);

function runMatch(q: string): void {
  expect(() => match.get(q), q).not.toThrow();
}

/** Outside double-quoted strings the MATCH text holds only the syntax the store itself writes. */
function onlyQuotedUserText(q: string): void {
  const outside = q.replace(/"(?:[^"]|"")*"/g, '""');
  expect(outside, q).toMatch(/^\{request rationale summary\}: \((?:"" ?)*\)$/);
}

describe('search query text fuzz (real FTS5)', () => {
  it(`never produces invalid FTS5 over ${RUNS} typed queries (seed ${SEED})`, () => {
    fc.assert(
      fc.property(typed, filters, (text, f) => {
        const q = readQueryText(text);
        const tags = fts5FilterExpression(f);
        if (q === null) {
          if (tags !== null) runMatch(tags);
          return;
        }
        const words = `{request rationale summary}: (${toFts5Query(q)})`;
        onlyQuotedUserText(words);
        runMatch(words);
        if (tags !== null) runMatch(`${words} AND ${tags}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('reads operators as words, never as syntax', () => {
    // OR and NOT are stop words (dropped); NEAR stays a word, quoted, so it must be in the text to match.
    const q = readQueryText('massage OR NOT NEAR(back)');
    expect(q?.looseWords).toEqual(['massage', 'NEAR', 'back']);
    expect((match.get(`{request rationale summary}: (${toFts5Query(q!)})`) as { n: number }).n).toBe(0);
  });
});
