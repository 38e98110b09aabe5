// Worker-thread entry: lets a worker run the TypeScript sources directly (the project runs from source
// with tsx, so there is no build output to point a worker at).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
