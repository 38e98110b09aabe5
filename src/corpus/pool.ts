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

/** A pool of `size` workers; size 0 runs the jobs inline on this thread (used by small batches and tests). */
export function createParsePool(size: number = defaultWorkerCount()): ParsePool {
  if (size <= 0) {
    return { run: runParseJob, close: () => Promise.resolve() };
  }
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  interface Slot {
    worker: Worker;
    busy: ((r: ParseJobResult) => void) | null;
    fail: ((e: Error) => void) | null;
  }
  const waiting: { job: ParseJob; resolve: (r: ParseJobResult) => void; reject: (e: Error) => void }[] = [];
  const slots: Slot[] = [];

  const dispatch = (slot: Slot): void => {
    const next = waiting.shift();
    if (next === undefined) return;
    slot.busy = next.resolve;
    slot.fail = next.reject;
    const transfer = next.job.bytes.byteOffset === 0 && next.job.bytes.byteLength === next.job.bytes.buffer.byteLength
      ? [next.job.bytes.buffer as ArrayBuffer]
      : [];
    slot.worker.postMessage(next.job, transfer);
  };

  const spawn = (): Slot => {
    const worker = new Worker(boot, { workerData: { entry }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, busy: null, fail: null };
    slot.worker.on('message', (result: ParseJobResult) => {
      const done = slot.busy;
      slot.busy = null;
      slot.fail = null;
      done?.(result);
      dispatch(slot);
    });
    slot.worker.on('error', (err) => {
      // A worker that dies (out of memory, a bug in a library) fails its job, and is replaced.
      const fail = slot.fail;
      slot.busy = null;
      slot.fail = null;
      fail?.(err);
      const index = slots.indexOf(slot);
      if (index >= 0 && !closed) {
        slots[index] = spawn();
        dispatch(slots[index]);
      }
    });
    return slot;
  };

  let closed = false;
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run(job) {
      return new Promise<ParseJobResult>((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        const idle = slots.find((s) => s.busy === null);
        if (idle !== undefined) dispatch(idle);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
