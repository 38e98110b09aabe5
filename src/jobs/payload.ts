// What a job carries and what it leaves behind. Payloads hold a file path and its SHA-256 only: never case text.
import { z } from 'zod';

export const TASKS = ['openimr.ingest', 'openimr.decide'] as const;
export type TaskName = (typeof TASKS)[number];

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const IngestPayload = z.object({ path: z.string().min(1), sha256: Sha256 });
export type IngestPayload = z.infer<typeof IngestPayload>;

export const DecidePayload = z.object({ path: z.string().min(1), sha256: Sha256, outDir: z.string().min(1) });
export type DecidePayload = z.infer<typeof DecidePayload>;

/** The job key: one job per task and file content, so enqueueing the same file again adds nothing. */
export const jobKey = (task: TaskName, sha256: string): string => `${task === 'openimr.ingest' ? 'ingest' : 'decide'}:${sha256}`;

/** Attempts before a job that keeps failing for a passing reason (storage, crash) is left as failed. */
export const MAX_ATTEMPTS = 8;
