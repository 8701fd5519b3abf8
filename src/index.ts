/**
 * gazette as a library: run the whole pipeline on files, or process one article in memory.
 *
 *   import { loadResources, processArticle, runPipeline } from 'gazette';
 */
export { loadResources, processArticle, runPipeline, VERSION } from './pipeline.js';
export type { Resources, RunOptions, RunSummary } from './pipeline.js';
export type {
  Alias, Article, ArticleResult, Entity, EntityType, InputError, LocalAlias, LocalRole, Mention, MentionKind, TopicEvidence, TopicScore,
} from './model/index.js';
