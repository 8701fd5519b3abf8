import { parentPort, workerData } from 'node:worker_threads';
import { loadResources, processArticleSafely } from './article.js';
import type { PoolRequest, PoolResponse } from './pool.js';

// One worker: loads the pipeline's resources (model, lexicon, taxonomy) once, then processes articles as they come.
const { pipelinePath, taxonomyPath } = workerData as { pipelinePath: string; taxonomyPath?: string };
const resources = loadResources(pipelinePath, taxonomyPath);
parentPort!.postMessage({ ready: true });
parentPort!.on('message', ({ seq, article }: PoolRequest) => {
  const response: PoolResponse = { seq, outcome: processArticleSafely(article, resources) };
  parentPort!.postMessage(response);
});
