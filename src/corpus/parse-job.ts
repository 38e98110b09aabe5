// Reading and parsing one letter: the unit of work of an ingest, run in a worker thread or inline.
import type { ErrorCode, ParsedLetter } from '../core/index.ts';
import { toOpenImrError } from '../core/index.ts';
import { parseLetter } from '../letters/index.ts';
import { DEFAULT_READ_LIMITS, readLetterBytes, type ReadLimits } from './read.ts';

export interface ParseJob {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits?: ReadLimits;
}

export type ParseJobResult =
  | { id: number; ok: true; contentHash: string; sourceName: string; letter: ParsedLetter }
  | { id: number; ok: false; code: ErrorCode; message: string };

/**
 * Most disputed items one stored letter may have. Published letters have 1-30 (the samples: at most 15);
 * each item is indexed with its letter's clinical summary, so a junk text of thousands of "X: Upheld"
 * lines would otherwise hold an ingest for many minutes (found by the bad-input corpus).
 */
export const MAX_ITEMS_PER_LETTER = 100;
/** Longest clinical summary stored (the samples: under 5,000 characters). */
export const MAX_SUMMARY_CHARS = 200_000;

export async function runParseJob(job: ParseJob): Promise<ParseJobResult> {
  try {
    const read = await readLetterBytes(job.bytes, job.fileName, job.limits ?? DEFAULT_READ_LIMITS);
    const letter = parseLetter(read.text);
    if (letter.items.length > MAX_ITEMS_PER_LETTER) {
      return { id: job.id, ok: false, code: 'resource-limit', message: `the letter has ${letter.items.length} disputed items; the limit is ${MAX_ITEMS_PER_LETTER}` };
    }
    if ((letter.clinicalSummary?.length ?? 0) > MAX_SUMMARY_CHARS) {
      return { id: job.id, ok: false, code: 'resource-limit', message: `the clinical summary is over ${MAX_SUMMARY_CHARS} characters` };
    }
    if (read.encoding !== null && read.encoding !== 'utf-8') {
      letter.problems.push({
        code: 'decoded-as-' + read.encoding,
        message: `the text file was not UTF-8; it was decoded as ${read.encoding}`,
        offset: 0,
      });
    }
    return { id: job.id, ok: true, contentHash: read.contentHash, sourceName: read.sourceName, letter };
  } catch (err) {
    const e = toOpenImrError(err);
    return { id: job.id, ok: false, code: e.code, message: e.message };
  }
}
