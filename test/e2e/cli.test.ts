// The openimr CLI end to end, in-process, on a temporary SQLite file (a PostgreSQL database in the postgres
// project) and synthetic letters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { ParsedLetter } from '../../src/core/index.ts';
import { main } from '../../src/cli/main.ts';
import { encryptedPdf, textPdf, truncated } from '../support/pdf-fixtures.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../support/synthetic.ts';
import { onPostgres, testStoreLocation } from '../support/test-store.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.exitCode = undefined;
    o.mockRestore();
    e.mockRestore();
  }
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed view of the CLI's JSON
const json = <T>(r: Run): T => JSON.parse(r.stdout) as T;

const dir = mkdtempSync(join(tmpdir(), 'openimr-cli-'));
const where = await testStoreLocation(join(dir, 'test.db'));
const db = where.db;
const lettersDir = join(dir, 'letters');
const rng = seededRng(42);
const letters: ParsedLetter[] = Array.from({ length: 20 }, (_, i) => syntheticLetter(rng, 100 + i));
const totalItems = letters.reduce((a, l) => a + l.items.length, 0);

beforeAll(() => {
  mkdirSync(join(lettersDir, 'nested'), { recursive: true });
  letters.forEach((l, i) => {
    const target = i % 2 === 0 ? lettersDir : join(lettersDir, 'nested');
    writeFileSync(join(target, `${l.caseNumber ?? i}.txt`), renderSyntheticLetterText(l));
  });
  writeFileSync(join(lettersDir, 'notes.md'), 'not a letter: ignored inside folders');
});
afterAll(async () => {
  await where.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('openimr parse', () => {
  test('prints one JSON object per file with the letter fields', async () => {
    const l = letters[0]!;
    const r = await run('parse', join(lettersDir, `${l.caseNumber}.txt`));
    expect(r.code).toBe(0);
    const parsed = json<ParsedLetter>(r);
    expect(parsed.caseNumber).toBe(l.caseNumber);
    expect(parsed.decisionDate).toBe(l.decisionDate);
    expect(parsed.items.map((i) => i.decision)).toEqual(l.items.map((i) => i.decision));
    expect(parsed.reviewer.specialty).toBe(l.reviewer.specialty);
  });

  test('a PDF letter parses like its text', async () => {
    const l = letters[1]!;
    const pdfPath = join(dir, 'letter.pdf');
    writeFileSync(pdfPath, textPdf(renderSyntheticLetterText(l).split('\n').map((s) => s.replace(/\t/g, '    '))));
    const r = await run('parse', pdfPath, '--json');
    expect(r.stderr).toBe('');
    const parsed = json<ParsedLetter>(r);
    expect(parsed.caseNumber).toBe(l.caseNumber);
    expect(parsed.items).toHaveLength(l.items.length);
  });

  test('several files: a line per letter, a one-line reason per unreadable file, non-zero exit', async () => {
    const bad = join(dir, 'bad.pdf');
    writeFileSync(bad, Buffer.from('%PDF-1.4 this is not really a pdf'));
    const l = letters[2]!;
    const r = await run('parse', join(lettersDir, `${l.caseNumber}.txt`), bad, join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const reasons = r.stderr.trim().split('\n');
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/bad\.pdf: pdf-malformed: /);
    expect(reasons[1]).toMatch(/missing\.txt: unreadable-file: /);
  });
});

describe('openimr ingest, search, show, stats', () => {
  test('ingest adds every letter once, and again changes nothing', async () => {
    const first = await run('ingest', lettersDir, '--db', db, '--json', '--workers', '2');
    expect(first.code).toBe(0);
    expect(json<{ added: number; items: number; failed: unknown[] }>(first)).toMatchObject({ files: 20, added: 20, unchanged: 0, items: totalItems, failed: [] });
    const again = await run('ingest', lettersDir, '--db', db, '--json', '--workers', '0');
    expect(json<{ added: number; unchanged: number }>(again)).toMatchObject({ added: 0, unchanged: 20 });
    const status = await run('status', '--db', db, '--json');
    expect(json<{ letters: number; items: number }>(status)).toMatchObject({ letters: 20, items: totalItems });
  });

  test('search ranks items, marks matches, filters and counts facets', async () => {
    const r = await run('search', 'functional', 'improvement', '--db', db, '--json', '--limit', '5');
    expect(r.code).toBe(0);
    const result = json<{ total: number; hits: { snippet: string; decision: string }[]; facets: { decision: { value: string; count: number }[] } }>(r);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.length).toBeLessThanOrEqual(5);
    expect(result.hits.some((h) => /\[\[/.test(h.snippet))).toBe(true);
    expect(result.facets.decision.reduce((a, f) => a + f.count, 0)).toBe(result.total);

    const over = json<{ hits: { decision: string }[] }>(await run('search', '--decision', 'Overturned', '--db', db, '--json', '--limit', '100'));
    const expectedOverturned = letters.flatMap((l) => l.items).filter((i) => i.decision === 'Overturned').length;
    expect(over.hits).toHaveLength(expectedOverturned);
    expect(over.hits.every((h) => h.decision === 'Overturned')).toBe(true);

    const text = await run('search', 'massage', '--db', db);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/matching items/);
  });

  test('search input that looks like query syntax or SQL is just text', async () => {
    for (const q of ['"', 'NEAR(', "'); DROP TABLE letters;--", 'OR OR AND', '*', 'massage"']) {
      const r = await run('search', q, '--db', db, '--json');
      expect(r.code, q).toBe(0);
    }
    const status = await run('status', '--db', db, '--json');
    expect(json<{ letters: number }>(status).letters).toBe(20);
  });

  test('show prints a stored letter by case number', async () => {
    const l = letters[3]!;
    const r = await run('show', l.caseNumber!, '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(json<{ letter: ParsedLetter; sourceName: string }>(r)).toMatchObject({ sourceName: `${l.caseNumber}.txt`, letter: { caseNumber: l.caseNumber } });
    const human = await run('show', l.caseNumber!.toLowerCase(), '--db', db);
    expect(human.stdout).toContain(l.items[0]!.request);
  });

  test('stats count items and overturn rates with intervals, as table, CSV and JSON', async () => {
    const j = json<{ totals: { total: number; upheld: number; overturned: number }; rows: { key: string; ci95: { low: number; high: number } | null }[] }>(
      await run('stats', '--by', 'decision', '--db', db, '--format', 'json'),
    );
    expect(j.totals.total).toBe(totalItems);
    expect(j.totals.upheld + j.totals.overturned).toBe(totalItems);
    const csv = await run('stats', '--by', 'category', '--db', db, '--format', 'csv');
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header).toBe('category,total,upheld,overturned,overturn_rate,ci95_low,ci95_high');
    expect(rows.at(-1)).toMatch(new RegExp(`^total,${totalItems},`));
    const table = await run('stats', '--by', 'year', '--db', db);
    expect(table.stdout).toMatch(/95% CI/);
    for (const by of ['specialty', 'guideline']) expect((await run('stats', '--by', by, '--db', db, '--json')).code).toBe(0);
  });

  test('import-dmhc stores the health-plan rows as their own program', async () => {
    const csv = join(dir, 'dmhc.csv');
    writeFileSync(
      csv,
      'Reference ID;Report Year;Diagnosis Category;Diagnosis Sub Category;Treatment Category;Treatment Sub Category;Determination;Type;Age Range;Patient Gender\r\n' +
        'MN15-1;2015;Orthopedic;Back;Diagnostic Imaging;MRI;Upheld Decision of Health Plan;Medical Necessity;41-50;Female\r\n' +
        'MN15-2;2015;Orthopedic;Knee;Diagnostic Imaging;MRI;Overturned Decision of Health Plan;Medical Necessity;31-40;Male\r\n' +
        'MN16-3;2016;Mental;Depression;Mental Health;Inpatient;Upheld Decision of Health Plan;Medical Necessity;21-30;Male\r\n',
    );
    const r = await run('import-dmhc', csv, '--db', db, '--json');
    expect(json<{ added: number; rejected: unknown[] }>(r)).toMatchObject({ rows: 3, added: 3, updated: 0, rejected: [] });
    expect(json<{ added: number; updated: number }>(await run('import-dmhc', csv, '--db', db, '--json'))).toMatchObject({ added: 0, updated: 3 });
    const years = json<{ rows: { key: string; total: number; overturned: number }[] }>(await run('stats', '--by', 'year', '--program', 'dmhc', '--db', db, '--json'));
    expect(years.rows).toEqual(expect.arrayContaining([expect.objectContaining({ key: '2015', total: 2, overturned: 1 }), expect.objectContaining({ key: '2016', total: 1 })]));
    expect((await run('stats', '--by', 'specialty', '--program', 'dmhc', '--db', db)).code).toBe(2);
  });
});

describe('bad input: a clear error with a reason code, and the store left as it was', () => {
  test('truncated, encrypted, random, huge, other-encoding and empty letters', async () => {
    const before = json<{ letters: number; items: number }>(await run('status', '--db', db, '--json'));
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    const good = renderSyntheticLetterText(syntheticLetter(seededRng(9), 9000));
    writeFileSync(join(bad, 'truncated.pdf'), truncated(textPdf(good.split('\n'))));
    writeFileSync(join(bad, 'encrypted.pdf'), encryptedPdf());
    writeFileSync(join(bad, 'random.pdf'), Uint8Array.from({ length: 20000 }, (_, i) => (i * 2654435761) % 256));
    writeFileSync(join(bad, 'random.txt'), Uint8Array.from({ length: 20000 }, (_, i) => (i * 40503) % 256));
    writeFileSync(join(bad, 'huge.txt'), '');
    truncateSync(join(bad, 'huge.txt'), 200 * 1024 * 1024);
    writeFileSync(join(bad, 'no-items.txt'), 'CLINICAL CASE SUMMARY\nThere is nothing decided here.\n');
    // The same letter in UTF-16 and in Windows-1252 (with a curly apostrophe) is read, not refused.
    const latin = good.replace('medically necessary', 'medically necessary \u2019');
    writeFileSync(join(bad, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good.replace(/CM\d\d-\d+/, 'CM15-9999901'), 'utf16le')]));
    writeFileSync(join(bad, 'cp1252.txt'), Buffer.from(latin.replace(/CM\d\d-\d+/, 'CM15-9999902').replace('\u2019', '\u0092'), 'latin1'));

    const r = await run('ingest', bad, '--db', db, '--json');
    const summary = json<{ added: number; failed: { file: string; code: string }[] }>(r);
    expect(r.code).toBe(1);
    const codes = Object.fromEntries(summary.failed.map((f) => [f.file, f.code]));
    expect(codes).toEqual({
      'truncated.pdf': 'pdf-malformed',
      'encrypted.pdf': 'pdf-encrypted',
      'random.pdf': 'pdf-malformed',
      'random.txt': 'encoding-error',
      'huge.txt': 'file-too-large',
      'no-items.txt': 'invalid-input',
    });
    expect(summary.added).toBe(2);
    const after = json<{ letters: number }>(await run('status', '--db', db, '--json'));
    expect(after.letters).toBe(before.letters + 2);
    const cp = json<ParsedLetter>(await run('parse', join(bad, 'cp1252.txt')));
    expect(cp.problems.map((p) => p.code)).toContain('decoded-as-windows-1252');
    if (!onPostgres) expect(readFileSync(db).length).toBeGreaterThan(0);
  });

  test('usage errors and unknown cases exit with their own codes', async () => {
    expect((await run('search', 'x', '--limit', '0', '--db', db)).code).toBe(2);
    expect((await run('stats', '--by', 'colour', '--db', db)).code).toBe(2);
    expect((await run('show', 'not-a-case', '--db', db)).code).toBe(2);
    const missing = await run('show', 'CM99-0000001', '--db', db);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/not-found/);
    expect((await run('import-dmhc', join(dir, 'nope.csv'), '--db', db)).code).toBe(3);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });
});

describe('the installed command', () => {
  test('bin/openimr.js runs the CLI and passes its exit status on', async () => {
    const bin = new URL('../../bin/openimr.js', import.meta.url).pathname;
    const binDb = await testStoreLocation(join(dir, 'bin.db'));
    try {
      const ok = spawnSync(process.execPath, [bin, 'status', '--db', binDb.db, '--json'], { encoding: 'utf8' });
      expect(ok.status).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ letters: 0, items: 0 });
      const bad = spawnSync(process.execPath, [bin, 'show', 'CM99-0000001', '--db', binDb.db], { encoding: 'utf8' });
      expect(bad.status).toBe(3);
      expect(bad.stderr).toMatch(/^openimr: not-found: /);
    } finally {
      await binDb.drop();
    }
  });
});
