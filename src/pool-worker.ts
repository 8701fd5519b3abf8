import { parentPort, workerData } from 'node:worker_threads';
import { loadResources, processArticleSafely } from './article.js';
import { heapGuard } from './memory.js';
import type { ArticleResult } from './model/index.js';
import type { PoolRequest, PoolResponse } from './pool.js';

function withoutArticle({ article: _, ...rest }: ArticleResult): Omit<ArticleResult, 'article'> {
  return rest;
}

// One worker: loads the pipeline's resources (model, lexicon, taxonomy) once, then processes articles as they come.
const { pipelinePath, taxonomyPath } = workerData as { pipelinePath: string; taxonomyPath?: string };
const resources = loadResources(pipelinePath, taxonomyPath);
parentPort!.postMessage({ ready: true });
const guard = heapGuard();
parentPort!.on('message', ({ batch }: PoolRequest) => {
  const response: PoolResponse = { outcomes: [] };
  for (const { seq, article } of batch) {
    guard();
    const outcome = processArticleSafely(article, resources);
    // The article goes back only as the sender's copy: cloning its text twice would be waste.
    response.outcomes.push({ seq, outcome: 'article' in outcome ? withoutArticle(outcome) : outcome });
  }
  parentPort!.postMessage(response);
});
