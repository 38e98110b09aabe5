// Jobs on PostgreSQL (graphile-worker): ingest and batch determinations spread over worker processes.
export { enqueueDecide, enqueueIngest, queueStatus } from './queue.ts';
export type { EnqueueFailure, EnqueueSummary, FailedJob, QueueStatus, TaskStatus } from './queue.ts';
export { reapDeadWorkers, startWorker } from './worker.ts';
export type { WorkerHandle, WorkerOptions } from './worker.ts';
export type { TaskHooks } from './tasks.ts';
export { MAX_ATTEMPTS, TASKS, jobKey } from './payload.ts';
export type { TaskName } from './payload.ts';
export { requirePostgresUrl } from './db.ts';
