// Ingest: files and folders of letters into the store, idempotent by content hash.
// Hashing and storing happen on this thread; reading PDFs and parsing run in worker threads.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ErrorCode } from '../core/index.ts';
import { OpenImrError, toOpenImrError } from '../core/index.ts';
import type { LetterToStore, Store } from '../storage/index.ts';
import { createParsePool, defaultWorkerCount } from './pool.ts';
import { DEFAULT_READ_LIMITS, LETTER_EXTENSIONS, sha256Hex, type ReadLimits } from './read.ts';

/** Below this many files, an ingest reads them on its own thread by default. */
export const SMALL_BATCH = 100;

export interface IngestFailure {
  /** File name only (no folders of this machine). */
  file: string;
  code: ErrorCode;
  reason: string;
}

export interface IngestSummary {
  files: number;
  added: number;
  unchanged: number;
  failed: IngestFailure[];
  /** Letters stored with at least one parse problem (fields the parser could not read). */
  withProblems: number;
  items: number;
  seconds: number;
}

export interface IngestOptions {
  /** Worker threads for PDF reading and parsing; 0 parses on this thread. */
  workers?: number;
  /** Letters stored per transaction. */
  batchSize?: number;
  limits?: ReadLimits;
  onProgress?: (done: number, total: number) => void;
}

/** Expands files and folders (recursively) into the letter files under them, sorted, without duplicates. */
export async function collectLetterFiles(paths: readonly string[]): Promise<{ files: string[]; failed: IngestFailure[] }> {
  const files = new Set<string>();
  const failed: IngestFailure[] = [];
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch {
      failed.push({ file: basename(p), code: 'not-found', reason: 'no such file or folder' });
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory() || entry.isFile()) await visit(join(p, entry.name), false);
      }
      return;
    }
    const ext = extname(p).toLowerCase();
    if ((LETTER_EXTENSIONS as readonly string[]).includes(ext)) files.add(p);
    else if (explicit) {
      failed.push({ file: basename(p), code: 'unsupported-file-type', reason: `unsupported file type '${ext}': expected .pdf or .txt` });
    }
  };
  for (const p of paths) await visit(p, true);
  return { files: [...files], failed };
}

export async function ingest(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const batchSize = options.batchSize ?? 200;
  const { files, failed } = await collectLetterFiles(paths);
  const summary: IngestSummary = { files: files.length, added: 0, unchanged: 0, failed, withProblems: 0, items: 0, seconds: 0 };
  // Starting a worker costs about a second (it loads the PDF library and compiles the sources), so small
  // batches are read on this thread unless the caller asks for workers.
  const workers = Math.min(options.workers ?? (files.length < SMALL_BATCH ? 0 : defaultWorkerCount()), files.length);
  // The worker is ended when one file overruns its PDF time limit by far (pdf.js cannot always stop itself).
  const pool = createParsePool(workers, { jobTimeoutMs: limits.pdfTimeoutMs * 2 + 5_000 });
  let done = 0;
  let pending: LetterToStore[] = [];
  const seenInRun = new Set<string>();

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    let results;
    try {
      results = await store.upsertLetters(batch);
    } catch (err) {
      // The batch is one transaction: nothing of it was stored. Report each letter; keep going.
      const e = toOpenImrError(err);
      for (const l of batch) summary.failed.push({ file: l.sourceName, code: 'storage-error', reason: e.message });
      return;
    }
    results.forEach((r, i) => {
      if (r === 'added') {
        summary.added++;
        summary.items += batch[i]?.letter.items.length ?? 0;
        if ((batch[i]?.letter.problems.length ?? 0) > 0) summary.withProblems++;
      } else summary.unchanged++;
    });
  };
  const progress = (): void => {
    done++;
    options.onProgress?.(done, files.length);
  };

  try {
    // Keep a bounded number of files in flight: enough to keep every worker busy, never the whole corpus.
    const inFlight = new Set<Promise<void>>();
    const maxInFlight = Math.max(2, workers * 2);
    let id = 0;
    for (const file of files) {
      const name = basename(file);
      let bytes: Uint8Array;
      try {
        const info = await stat(file);
        if (info.size > limits.maxBytes) {
          throw new OpenImrError('file-too-large', `file is ${info.size} bytes; the limit is ${limits.maxBytes}`);
        }
        bytes = new Uint8Array(await readFile(file));
      } catch (err) {
        const e = toOpenImrError(err);
        summary.failed.push({ file: name, code: e.code === 'internal' ? 'unreadable-file' : e.code, reason: e.message });
        progress();
        continue;
      }
      const hash = sha256Hex(bytes);
      if (seenInRun.has(hash) || (await store.hasContentHash(hash))) {
        summary.unchanged++;
        progress();
        continue;
      }
      seenInRun.add(hash);
      const task = pool
        .run({ id: id++, fileName: name, bytes, limits })
        .then(async (result) => {
          if (result.ok && result.letter.items.length === 0) {
            // Not a determination we can use: keep it out of the corpus, and say why.
            summary.failed.push({ file: name, code: 'invalid-input', reason: `no disputed items found (layout '${result.letter.layout}')` });
          } else if (result.ok) {
            pending.push({ contentHash: result.contentHash, sourceName: result.sourceName, letter: result.letter });
            if (pending.length >= batchSize) await flush();
          } else {
            summary.failed.push({ file: name, code: result.code, reason: result.message });
          }
        })
        .catch((err: unknown) => {
          const e = toOpenImrError(err);
          summary.failed.push({ file: name, code: 'internal', reason: `worker failed: ${e.message}` });
        })
        .finally(() => {
          progress();
          inFlight.delete(task);
        });
      inFlight.add(task);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await flush();
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
