import type { Alias, ArticleResult, Entity, InputError } from '../model/index.js';
import { codePointLength } from '../text/codepoints.js';
import type { CellValue } from './csv.js';

type Row = Record<string, CellValue>;

/** Returns the articles.csv row of one article. */
export function articleRow(result: ArticleResult): Row {
  const a = result.article;
  return {
    article_id: a.id, source: a.source, index: a.index, kicker: a.kicker, deck: a.deck, title: a.title, date: a.date,
    url: a.url, credits: a.credits, chars: codePointLength(a.text), words: result.words, sentences: result.sentences,
    truncated: a.truncated, mentions: result.mentions.length, topics: result.topics.map((t) => t.topic),
  };
}

/** Returns the mentions.csv rows of one article. */
export function mentionRows(result: ArticleResult): Row[] {
  return result.mentions.map((m) => ({
    article_id: m.articleId, entity_id: m.entityId, type: m.type, kind: m.kind, text: m.text, start: m.start,
    end: m.end, sentence: m.sentence, method: m.method, confidence: m.confidence,
  }));
}

/** Returns the topics.csv rows of one article (evidence as distinct terms, in order of first match). */
export function topicRows(result: ArticleResult): Row[] {
  return result.topics.map((t) => ({
    article_id: t.articleId, topic: t.topic, label: t.label, rank: t.rank, score: t.score,
    evidence: [...new Set(t.evidence.map((e) => e.term))],
  }));
}

/** Returns the entities.csv row of an entity. */
export function entityRow(e: Entity): Row {
  return {
    entity_id: e.id, type: e.type, name: e.name, zh: e.zh, romanized: e.romanized, aliases: e.aliases, roles: e.roles,
    country: e.country, lat: e.lat, lon: e.lon, mention_count: e.mentionCount, article_count: e.articleCount,
  };
}

/** Returns the aliases.csv row of an alias link. */
export function aliasRow(a: Alias): Row {
  return { entity_id: a.entityId, alias: a.alias, lang: a.lang, kind: a.kind, article_id: a.articleId, evidence: a.evidence };
}

/** Returns the articles.jsonl object of one article: the article with its mentions and topics nested (raw values). */
export function articleJson(result: ArticleResult): object {
  const a = result.article;
  return {
    article_id: a.id, source: a.source, index: a.index, kicker: a.kicker ?? null, deck: a.deck ?? null,
    title: a.title ?? null, date: a.date ?? null, url: a.url ?? null, credits: a.credits, truncated: a.truncated,
    chars: codePointLength(a.text), words: result.words, sentences: result.sentences, text: a.text,
    mentions: mentionRows(result).map(({ article_id: _, ...m }) => m),
    topics: result.topics.map((t) => ({ topic: t.topic, label: t.label, rank: t.rank, score: t.score, evidence: t.evidence })),
  };
}

/** Returns the errors.jsonl object of an input error. */
export function errorJson(e: InputError): object {
  return {
    file: e.file, line: e.line ?? null, column: e.column ?? null, article_id: e.articleId ?? null,
    stage: e.stage, rule: e.rule, fatal: e.fatal, message: e.message,
  };
}

/** Returns the dataset.json object of an entity (raw values, lists as arrays). */
export function entityJson(e: Entity): object {
  return {
    entity_id: e.id, type: e.type, name: e.name, zh: e.zh ?? null, romanized: e.romanized ?? null, aliases: e.aliases,
    roles: e.roles, country: e.country ?? null, lat: e.lat ?? null, lon: e.lon ?? null,
    mention_count: e.mentionCount, article_count: e.articleCount,
  };
}
