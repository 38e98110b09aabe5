// The worker side of the parse pool: answers each ParseJob with a ParseJobResult.
import { parentPort } from 'node:worker_threads';
import { runParseJob, type ParseJob } from './parse-job.ts';

const port = parentPort;
if (port === null) throw new Error('parse-worker must run in a worker thread');
port.on('message', (job: ParseJob) => {
  void runParseJob(job).then((result) => {
    port.postMessage(result);
  });
});
