// Worker-thread entry: workers do not inherit tsx's loader, so register it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
