// The use-cases of the decision corpus. The CLI (and later the API) are thin layers over these.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Outcome, ParsedLetter } from '../core/index.ts';
import { OpenImrError, toOpenImrError } from '../core/index.ts';
import {
  collectLetterFiles,
  decodeLetterText,
  decisionStats,
  ingest,
  parseDmhcCsv,
  readLetterFile,
  searchDecisions,
  type IngestOptions,
  type IngestSummary,
  type SearchRequest,
  type StatsReport,
} from '../corpus/index.ts';
import { parseLetter } from '../letters/index.ts';
import type { Program, SearchResult, StatsDimension, Store, StoredLetter } from '../storage/index.ts';

/** Reads and parses one letter file (PDF or text). */
export async function parseLetterFile(path: string): Promise<Outcome<ParsedLetter>> {
  try {
    const read = await readLetterFile(path);
    const letter = parseLetter(read.text);
    if (read.encoding !== null && read.encoding !== 'utf-8') {
      letter.problems.push({ code: `decoded-as-${read.encoding}`, message: `decoded as ${read.encoding}`, offset: 0 });
    }
    return { ok: true, value: letter };
  } catch (err) {
    return { ok: false, error: toOpenImrError(err) };
  }
}

export function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingest(store, paths, options);
}

export function searchCorpus(store: Store, request: SearchRequest): Promise<SearchResult> {
  return searchDecisions(store, request);
}

export async function showCase(store: Store, caseNumber: string): Promise<StoredLetter[]> {
  const cn = caseNumber.trim().toUpperCase();
  if (!/^[A-Z]{2}\d{2}-\d{5,8}$/.test(cn)) {
    throw new OpenImrError('invalid-argument', `'${caseNumber}' is not a case number (expected e.g. CM16-0213037)`, {
      field: 'caseNumber',
    });
  }
  const letters = await store.getLettersByCaseNumber(cn);
  if (letters.length === 0) throw new OpenImrError('not-found', `no letter with case number ${cn}`);
  return letters;
}

export function corpusStats(store: Store, by: StatsDimension, program: Program): Promise<StatsReport> {
  return decisionStats(store, by, program);
}

export interface DmhcImportSummary {
  rows: number;
  added: number;
  updated: number;
  rejected: { line: number; reason: string }[];
}

const DMHC_MAX_BYTES = 200 * 1024 * 1024;

export async function importDmhc(store: Store, path: string): Promise<DmhcImportSummary> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new OpenImrError('not-found', 'no such file', { path: basename(path) });
  }
  if (size > DMHC_MAX_BYTES) {
    throw new OpenImrError('file-too-large', `file is ${size} bytes; the limit is ${DMHC_MAX_BYTES}`, { path: basename(path) });
  }
  const { text } = decodeLetterText(new Uint8Array(await readFile(path)));
  const { records, rejected } = parseDmhcCsv(text);
  const { added, updated } = await store.upsertDmhc(records);
  return { rows: records.length + rejected.length, added, updated, rejected };
}

/** The letter files (.pdf, .txt) under files and folders, and the paths that could not be used. */
export function listLetterFiles(paths: readonly string[]): ReturnType<typeof collectLetterFiles> {
  return collectLetterFiles(paths);
}
