/**
 * The output tables, declared once: the CSV writer takes its header and cell order from here and
 * datapackage.json its field list and types.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
}

export interface Table {
  name: string;
  file: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
}

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });

export const articlesTable: Table = {
  name: 'articles', file: 'articles.csv', description: 'One row per article.', primaryKey: ['article_id'],
  fields: [
    f('article_id', 'string', 'Stable id: the JSONL id as given, else <source>#<index>'),
    f('source', 'string', 'Input file, relative to the input root (stdin for standard input)'),
    f('index', 'integer', 'Article order in a .txt file, line number in a .jsonl file (1-based)'),
    f('kicker', 'string', 'ALL-CAPS kicker that introduced the article (INVESTIGATION)'),
    f('deck', 'string', 'Sub-headline split off the kicker line'),
    f('title', 'string', 'Title from the JSONL record'),
    f('date', 'string', 'Date from the JSONL record, as given'),
    f('url', 'string', 'URL from the JSONL record'),
    f('credits', 'string', 'Caption and credit lines taken out of the body, |-joined'),
    f('chars', 'integer', 'Length of the body text in Unicode code points'),
    f('words', 'integer', 'Tokens that are not punctuation'),
    f('sentences', 'integer', 'Sentences in the body text'),
    f('truncated', 'boolean', 'The body stops mid-sentence'),
    f('mentions', 'integer', 'Entity mentions found in the body'),
    f('topics', 'string', 'Topic ids above threshold, best first, |-joined'),
  ],
};

export const mentionsTable: Table = {
  name: 'mentions', file: 'mentions.csv', description: 'One row per entity mention; offsets are code points into the article text.',
  fields: [
    f('article_id', 'string', 'Article the mention is in'),
    f('entity_id', 'string', 'Entity the mention refers to (joins entities.csv)'),
    f('type', 'string', 'person, organization, place, law or other'),
    f('kind', 'string', 'name, acronym, zh or nominal'),
    f('text', 'string', 'The mention as written'),
    f('start', 'integer', 'Start offset (code points, inclusive)'),
    f('end', 'integer', 'End offset (code points, exclusive)'),
    f('sentence', 'integer', 'Sentence index in the article (0-based)'),
    f('method', 'string', 'What found it: compromise, rule:<id>, model'),
    f('confidence', 'number', 'Confidence 0..1'),
  ],
};

export const entitiesTable: Table = {
  name: 'entities', file: 'entities.csv', description: 'One row per resolved entity.', primaryKey: ['entity_id'],
  fields: [
    f('entity_id', 'string', 'Deterministic id: <type>:<slug of canonical name>'),
    f('type', 'string', 'person, organization, place, law or other'),
    f('name', 'string', 'Canonical name'),
    f('zh', 'string', 'Name in Han characters, when the text gave one'),
    f('romanized', 'string', 'Romanized form of the Han-character name'),
    f('aliases', 'string', 'Other surface forms, |-joined'),
    f('roles', 'string', 'Titles learned from the text, |-joined'),
    f('country', 'string', 'ISO 3166-1 alpha-2 country code (places)'),
    f('lat', 'number', 'Latitude (places)'),
    f('lon', 'number', 'Longitude (places)'),
    f('mention_count', 'integer', 'Mentions in the run'),
    f('article_count', 'integer', 'Articles that mention it'),
  ],
};

export const aliasesTable: Table = {
  name: 'aliases', file: 'aliases.csv', description: 'One row per name→entity link and the article that taught it.',
  fields: [
    f('entity_id', 'string', 'Entity the alias belongs to'),
    f('alias', 'string', 'The alternative name (DPP, 賴清德, Trump)'),
    f('lang', 'string', 'en or zh'),
    f('kind', 'string', 'acronym, zh or variant'),
    f('article_id', 'string', 'Article where the link was learned'),
    f('evidence', 'string', 'The text that taught the link'),
  ],
};

export const topicsTable: Table = {
  name: 'topics', file: 'topics.csv', description: 'One row per article and topic above threshold.',
  fields: [
    f('article_id', 'string', 'Article'),
    f('topic', 'string', 'Topic id from the taxonomy'),
    f('label', 'string', 'Topic label'),
    f('rank', 'integer', '1 = the article\'s main topic (highest score), then 2, 3, …'),
    f('score', 'number', 'Score 0..1: evidence strength (length-normalized) times the share of the main topic\'s evidence'),
    f('evidence', 'string', 'Distinct evidence terms that fired, |-joined'),
  ],
};

export const tables = [articlesTable, mentionsTable, entitiesTable, aliasesTable, topicsTable];
