// A small pool of worker threads that read and parse letters in parallel.
// Each worker runs one job at a time; results come back in completion order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseJob, ParseJobResult } from './parse-job.ts';
import { runParseJob } from './parse-job.ts';

export interface ParsePool {
  run(job: ParseJob): Promise<ParseJobResult>;
  close(): Promise<void>;
}

/** Heap ceiling of one parse worker: a hostile PDF fails its own job instead of the process. */
export const WORKER_HEAP_MB = 1024;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export interface PoolOptions {
  /** Time after which a job's worker is terminated and the job fails with 'pdf-timeout' (default 60 s). */
  jobTimeoutMs?: number;
}

/** A pool of `size` workers; size 0 runs the jobs inline on this thread (used by small batches and tests). */
export function createParsePool(size: number = defaultWorkerCount(), options: PoolOptions = {}): ParsePool {
  if (size <= 0) {
    return { run: runParseJob, close: () => Promise.resolve() };
  }
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  interface Running {
    job: ParseJob;
    resolve: (r: ParseJobResult) => void;
    timer: NodeJS.Timeout;
  }
  interface Slot {
    worker: Worker;
    current: Running | null;
  }
  const waiting: { job: ParseJob; resolve: (r: ParseJobResult) => void }[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const dispatch = (slot: Slot): void => {
    if (closed || slot.current !== null) return;
    const next = waiting.shift();
    if (next === undefined) return;
    const { job } = next;
    const timer = setTimeout(() => {
      // pdf.js runs on this worker's event loop and cannot always be interrupted from inside:
      // a job that overruns loses its worker.
      replace(slot, { id: job.id, ok: false, code: 'pdf-timeout', message: `reading the file took longer than ${jobTimeoutMs} ms` });
    }, jobTimeoutMs);
    slot.current = { job, resolve: next.resolve, timer };
    const whole = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
    slot.worker.postMessage(job, whole ? [job.bytes.buffer as ArrayBuffer] : []);
  };

  const finish = (slot: Slot, result: ParseJobResult): void => {
    const running = slot.current;
    if (running === null) return;
    clearTimeout(running.timer);
    slot.current = null;
    running.resolve(result);
  };

  /** Ends a slot's worker (crashed or overran), fails its job with `result`, and starts a fresh worker. */
  const replace = (slot: Slot, result: ParseJobResult): void => {
    finish(slot, result);
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0 && !closed) {
      const fresh = spawn();
      slots[index] = fresh;
      dispatch(fresh);
    }
  };

  const spawn = (): Slot => {
    const worker = new Worker(boot, { workerData: { entry }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, current: null };
    worker.on('message', (result: ParseJobResult) => {
      finish(slot, result);
      dispatch(slot);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      // A worker that dies (out of memory, a fault in a library) fails its own job only.
      const id = slot.current?.job.id ?? -1;
      const result: ParseJobResult =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { id, ok: false, code: 'resource-limit', message: `reading the file needed more than ${WORKER_HEAP_MB} MB of memory` }
          : { id, ok: false, code: 'internal', message: `the reader failed: ${err.message}` };
      replace(slot, result);
    });
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run(job) {
      return new Promise<ParseJobResult>((resolve) => {
        waiting.push({ job, resolve });
        const idle = slots.find((s) => s.current === null);
        if (idle !== undefined) dispatch(idle);
      });
    },
    async close() {
      closed = true;
      for (const slot of slots) if (slot.current !== null) clearTimeout(slot.current.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
