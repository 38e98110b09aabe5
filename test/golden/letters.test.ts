// Golden-file test for the letter parser: every sample letter in the shared corpus has a hand-checked
// test/golden/letters/<name>.json (written by reading the letter, independently of the parser; see
// test/golden/README.md for the conventions). Each letter is extracted, parsed and compared with it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CitationSource, Decision, IsoDate, ParsedLetter, Priority } from '../../src/core/index.ts';
import { parseLetter } from '../../src/letters/index.ts';
import { extractPdfText } from '../../src/pdf/index.ts';
import { corpusAvailable, corpusDir, corpusFiles } from '../support/corpus.ts';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'letters');

// ---------------------------------------------------------------------------------------------
// The golden-file format
// ---------------------------------------------------------------------------------------------

/** Whitespace folded to single spaces, trimmed. */
function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const Folded = z
  .string()
  .min(1)
  .refine((s) => s === fold(s), 'must be whitespace-folded (single spaces, no leading/trailing space)');

const GoldenCitation = z.strictObject({
  source: CitationSource,
  /** A short distinctive substring of the guideline title (compared case-insensitively). */
  titleIncludes: Folded,
  pages: z.array(Folded),
  sections: z.array(Folded),
});

const GoldenItem = z
  .strictObject({
    request: Folded,
    originalRequest: Folded.nullable(),
    authorized: Folded.nullable(),
    decision: Decision,
    citations: z.array(GoldenCitation),
  })
  .refine(
    (item) => (item.originalRequest === null) === (item.authorized === null),
    'originalRequest and authorized are both set (modified request) or both null',
  );

const Golden = z.strictObject({
  /** Path of the letter relative to the corpus folder. */
  source: z.string().regex(/^(letters|seeds)\/[^/]+\.(pdf|txt)$/),
  caseNumber: z.string().regex(/^CM\d{2}-\d{7}$/).nullable(),
  dateAssigned: IsoDate.nullable(),
  dateOfInjury: IsoDate.nullable(),
  decisionDate: IsoDate.nullable(),
  urDenialDate: IsoDate.nullable(),
  applicationReceived: IsoDate.nullable(),
  priority: Priority.nullable(),
  reviewer: z.strictObject({
    licensure: z.array(Folded),
    specialty: Folded.nullable(),
  }),
  patient: z.strictObject({
    age: z.number().int().min(0).max(120).nullable(),
    sex: z.enum(['male', 'female']).nullable(),
  }),
  items: z.array(GoldenItem).min(1),
});
type Golden = z.infer<typeof Golden>;
type GoldenCitation = z.infer<typeof GoldenCitation>;

interface GoldenFile {
  /** File name without .json, e.g. "CM16-0213037". */
  readonly name: string;
  readonly path: string;
  readonly raw: unknown;
}

const goldenFiles: GoldenFile[] = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const path = join(goldenDir, f);
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return { name: basename(f, '.json'), path, raw };
  });

function loadGolden(file: GoldenFile): Golden {
  const result = Golden.safeParse(file.raw);
  if (!result.success) {
    throw new Error(`${file.path} is not a valid golden file:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

describe('golden letter files', () => {
  test('there are golden files', () => {
    expect(goldenFiles.length).toBeGreaterThan(0);
  });

  test.each(goldenFiles.map((f) => [f.name, f] as const))('%s.json is well-formed', (name, file) => {
    const golden = loadGolden(file);
    // The file is named after the letter it describes.
    expect(basename(golden.source, extname(golden.source))).toBe(name);
  });
});

// ---------------------------------------------------------------------------------------------
// Comparison with the parser
// ---------------------------------------------------------------------------------------------

async function letterText(source: string): Promise<string> {
  const path = join(corpusDir, source);
  if (source.endsWith('.pdf')) {
    const { text } = await extractPdfText(new Uint8Array(readFileSync(path)));
    return text;
  }
  return readFileSync(path, 'utf8');
}

/** A parsed citation in the golden shape: the title is replaced by titleIncludes when it contains it. */
function projectCitation(
  actual: ParsedLetter['items'][number]['citations'][number],
  expected: GoldenCitation | undefined,
): GoldenCitation {
  const title = fold(actual.title);
  const matches = expected !== undefined && title.toLowerCase().includes(fold(expected.titleIncludes).toLowerCase());
  return {
    source: actual.source,
    titleIncludes: matches ? expected.titleIncludes : `(title: ${title})`,
    pages: actual.pages,
    sections: actual.sections,
  };
}

interface ComparableItem {
  request: string;
  originalRequest: string | null;
  authorized: string | null;
  decision: Decision | null;
  citations: GoldenCitation[];
}
type Comparable = Omit<Golden, 'source' | 'items'> & { items: ComparableItem[] };

/** The golden file without its source path, in the shape the parser's result is reduced to. */
function expectedFields(golden: Golden): Comparable {
  return {
    caseNumber: golden.caseNumber,
    dateAssigned: golden.dateAssigned,
    dateOfInjury: golden.dateOfInjury,
    decisionDate: golden.decisionDate,
    urDenialDate: golden.urDenialDate,
    applicationReceived: golden.applicationReceived,
    priority: golden.priority,
    reviewer: golden.reviewer,
    patient: golden.patient,
    items: golden.items,
  };
}

/** The parser's result reduced to the fields a golden file holds, so that toEqual shows a readable diff. */
function actualFields(parsed: ParsedLetter, golden: Golden): Comparable {
  return {
    caseNumber: parsed.caseNumber,
    dateAssigned: parsed.dateAssigned,
    dateOfInjury: parsed.dateOfInjury,
    decisionDate: parsed.decisionDate,
    urDenialDate: parsed.urDenialDate,
    applicationReceived: parsed.applicationReceived,
    priority: parsed.priority,
    reviewer: { licensure: parsed.reviewer.licensure, specialty: parsed.reviewer.specialty },
    patient: { age: parsed.patient.age, sex: parsed.patient.sex },
    items: parsed.items.map((item, i) => {
      const expectedCitations = golden.items[i]?.citations ?? [];
      return {
        request: fold(item.request),
        originalRequest: item.originalRequest === null ? null : fold(item.originalRequest),
        authorized: item.authorized === null ? null : fold(item.authorized),
        decision: item.decision,
        citations: item.citations.map((c, j) => projectCitation(c, expectedCitations[j])),
      };
    }),
  };
}

const haveCorpus = corpusAvailable('the golden letter tests');

describe.skipIf(!haveCorpus)('parser against golden files', () => {
  test('every sample letter in the corpus has a golden file', () => {
    const sources = new Set(goldenFiles.map((f) => loadGolden(f).source));
    const letters = [...corpusFiles('letters'), ...corpusFiles('seeds')].map((path) =>
      join(basename(dirname(path)), basename(path)),
    );
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.filter((source) => !sources.has(source)), 'sample letters without a golden file').toEqual([]);
    expect([...sources].filter((source) => !letters.includes(source)), 'golden files whose letter is not in the corpus').toEqual([]);
  });

  test.each(goldenFiles.map((f) => [f.name, f] as const))('%s', async (_name, file) => {
    const golden = loadGolden(file);
    const result = ParsedLetter.safeParse(parseLetter(await letterText(golden.source)));
    if (!result.success) {
      throw new Error(`parseLetter returned something that is not a ParsedLetter:\n${z.prettifyError(result.error)}`);
    }
    const parsed = result.data;
    expect(
      actualFields(parsed, golden),
      `${golden.source}: parsed ${parsed.items.length} item(s), golden has ${golden.items.length}`,
    ).toEqual(expectedFields(golden));
  });
});
