/**
 * What the bench's timed workloads call, in one module so `npm run bench` can load it bundled (src/bundle.mjs),
 * the build the command line runs, and not through tsx, whose compiled code names every arrow function it creates.
 */
export { loadResources, runPipeline } from './pipeline.js';
export { analyzeText } from './stages/analyze.js';
export { extractMentions } from './stages/extract.js';
