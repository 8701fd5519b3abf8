/**
 * The per-article phase and what it loads: kept apart from the run-level phase (reading, resolving,
 * writing) so a worker thread imports only what it runs.
 */
import { loadPipelineConfig, type PipelineConfig } from './config.js';
import { collectGarbage } from './memory.js';
import type { Article, ArticleResult, InputError, Mention } from './model/index.js';
import { readNerModel, viewNerModel, type NerModel, type SharedNerModel } from './ner/index.js';
import { analyzeText, releaseAnalyzer } from './stages/analyze.js';
import { extractMentions } from './stages/extract.js';
import { loadGazetteer, type Gazetteer } from './stages/gazetteer.js';
import { loadLexicon, type Lexicon } from './stages/lexicon.js';
import { defaultSegmentOptions, type SegmentOptions } from './stages/segment.js';
import { loadTaxonomy, type Taxonomy } from './stages/taxonomy.js';
import { scoreTopics, type Span } from './stages/topics.js';
import { INVISIBLE_IN_WORD, offsetMap } from './text/codepoints.js';
import { ESCAPE_SEQUENCE, HTML_TAG, type DecodedText } from './text/entities.js';
import { readingCopy, withLineBreaks } from './text/reading.js';

// Countries that are their own city, whose name is a dateline ("SINGAPORE: …", "HONG KONG: …", "KUWAIT: …").
const CITY_STATES = new Set(['SG', 'HK', 'MO', 'KW', 'MC', 'LU', 'VA', 'DJ', 'SM', 'GI']);

/**
 * True for a place whose name before a colon is a dateline: a city, or a country that is one city (see `CITY_STATES`);
 * not an acronym the lexicon knows as something else ("NATO:", a desk's kicker, not Nato in the Philippines; p89).
 */
function isDatelinePlace(gazetteer: Gazetteer, lexicon: Lexicon, name: string): boolean {
  const known = lexicon.acronyms.get(name);
  if (known !== undefined && known !== 'place') return false;
  const place = gazetteer.place(name);
  if (place === undefined) return false;
  return gazetteer.country(place.country)?.name !== place.name || CITY_STATES.has(place.country);
}

export const VERSION = '0.1.0';

/** What the per-article phase needs, loaded once (per worker, later). */
export interface Resources {
  config: PipelineConfig;
  segment: SegmentOptions;
  lexicon: Lexicon;
  /** The trained NER model; absent in the baseline pipeline. */
  model?: NerModel;
  taxonomy?: Taxonomy;
  gazetteer: Gazetteer;
  /** The NER model's arrays, for worker threads to view instead of loading their own (see `SharedNerModel`). */
  sharedModel(): SharedNerModel | undefined;
  /**
   * Lets go of the NER model and the tokenizer's state (≈ 70 MB) and collects them at once, for a
   * thread that from now on only hands articles to workers or has no article left; both load again
   * if this thread processes another article.
   */
  release(): void;
}

/**
 * Loads a pipeline file and the resources it names; `taxonomyPath` overrides the pipeline's taxonomy.
 * `shared` is the NER model as another thread loaded it (`sharedModel()`), viewed instead of read again.
 */
export function loadResources(pipelinePath: string, taxonomyPath?: string, shared?: SharedNerModel): Resources {
  const config = loadPipelineConfig(pipelinePath);
  const path = taxonomyPath ?? config.taxonomyPath;
  // The model's arrays, read on first need (and again after `release`) unless another thread sent them.
  const sharedModel = () => {
    if (config.modelPath) shared ??= readNerModel(config.modelPath);
    return shared;
  };
  const view = () => {
    const arrays = sharedModel();
    return arrays && viewNerModel(arrays);
  };
  let model = view();
  const resources: Resources = {
    config,
    // A dateline ("SINGAPORE: …") is told from a kicker by the gazetteer, loaded only when a colon line asks: a city's
    // name, or a country's that is its own city (Singapore, Hong Kong); a country's otherwise is a desk's kicker ("JAPAN: …", p78).
    segment: { ...defaultSegmentOptions, splitDecks: config.splitDecks, isPlace: (name) => isDatelinePlace(resources.gazetteer, resources.lexicon, name) },
    lexicon: loadLexicon(config.lexiconPath, config.gazetteerPath),
    // Only the run-level phase reads the gazetteer: loaded on first use, so worker threads never hold it.
    get gazetteer() {
      const gazetteer = loadGazetteer(config.gazetteerPath);
      Object.defineProperty(this, 'gazetteer', { value: gazetteer });
      return gazetteer;
    },
    get model() {
      model ??= view();
      return model;
    },
    sharedModel,
    release() {
      model = undefined;
      shared = undefined;
      releaseAnalyzer();
      collectGarbage();
    },
  };
  if (path) resources.taxonomy = loadTaxonomy(path, config.topicCalibrationPath);
  return resources;
}

/**
 * The per-article phase: analyze → extract → topics. Pure; returns the article's local findings.
 * A text with HTML character references ("AT&amp;T") or decomposed letters is read decoded and composed, and every
 * offset mapped back to the text as given (see text/reading.ts).
 */
export function processArticle(article: Article, resources: Resources): ArticleResult {
  // A JSONL article's credits are read as spaces, one a code point, so every offset stays (`bodyStart`, `creditSpans`, `bodyEnd`).
  const credited = creditedSpans(article);
  const body = withLineBreaks(credited.length === 0 ? article.text : withoutCredits(article.text, credited));
  const decoded = readingCopy(body);
  const read = decoded ? { ...article, text: decoded.text } : body === article.text ? article : { ...article, text: body };
  const analysis = analyzeText(read.text);
  const extraction = extractMentions(read, analysis, resources.lexicon, resources.model);
  const topics = resources.taxonomy ? scoreTopics(read, analysis, resources.taxonomy, personSpans(read.text, extraction.mentions), bodySpans(read.text, extraction.mentions)) : [];
  const result: ArticleResult = {
    article, words: analysis.words, sentences: analysis.sentences.length,
    sentenceStarts: sentenceStarts(read.text, analysis),
    mentions: extraction.mentions.map(withoutEdgeMarks), aliases: extraction.aliases, roles: extraction.roles, topics,
  };
  return decoded || body !== article.text ? withOriginalOffsets(result, body, decoded) : result;
}

/** The code point spans of a JSONL article's credit lines, kept in its text: before `bodyStart`, `creditSpans`, from `bodyEnd` on. */
function creditedSpans(article: Article): { start: number; end: number }[] {
  const spans = [...article.creditSpans ?? []];
  if (article.bodyStart !== undefined) spans.push({ start: 0, end: article.bodyStart });
  if (article.bodyEnd !== undefined) spans.push({ start: article.bodyEnd, end: Infinity });
  return spans;
}

/**
 * The text with its code points in `spans` read as spaces (line breaks kept): the same length in code points. A lone CR on either side of
 * a span is read as LF: the tokenizer reads CR as a space, and a mention had run over the blanked line ("Politics\r   \rUS", h140 F7).
 */
function withoutCredits(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = [...text];
  for (const { start, end } of spans) {
    for (let i = start; i < Math.min(end, chars.length); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    for (const at of [start - 1, end]) if (chars[at] === '\r' && chars[at + 1] !== '\n') chars[at] = '\n';
  }
  return chars.join('');
}

// Marks no one sees at a span's edge: a bidi isolate or mark around a name (Chrome and Android wrap user names in FSI … PDI)
// is read as a space beside a space (analyze.ts), but stays in the token beside a comma or a bracket.
const EDGE_MARKS = new RegExp(`^[${INVISIBLE_IN_WORD}\\u2060]+|[${INVISIBLE_IN_WORD}\\u2060]+$`, 'gu');

/** Returns the span without marks no one sees at its start and end (p126: "\u2068William Lai" and "William Lai\u2069" had been aliases). */
function withoutEdgeMarks<T extends { start: number; end: number; text: string }>(span: T): T {
  const text = span.text.replace(EDGE_MARKS, '');
  if (text === span.text || text === '') return span;
  // Every such mark is one code unit, so the count of units is the count of code points.
  const lead = span.text.indexOf(text);
  return { ...span, start: span.start + lead, end: span.end - (span.text.length - lead - text.length), text };
}

/** The names of organizations of several words in UTF-16 units, in text order: a topic's word inside one counts less. */
function bodySpans(text: string, mentions: readonly Mention[]): Span[] {
  const bodies = mentions.filter((m) => m.type === 'organization' && m.kind === 'name' && m.text.includes(' '));
  if (bodies.length === 0) return [];
  const offsets = offsetMap(text);
  return bodies.map((m) => ({ start: offsets.toUtf16(m.start), end: offsets.toUtf16(m.end) }));
}

/** The people's names of the article in UTF-16 units, in text order: no topic counts a word of them. */
function personSpans(text: string, mentions: readonly Mention[]): Span[] {
  const people = mentions.filter((m) => m.type === 'person' && m.kind !== 'nominal');
  if (people.length === 0) return [];
  const offsets = offsetMap(text);
  return people.map((m) => ({ start: offsets.toUtf16(m.start), end: offsets.toUtf16(m.end) }));
}

// (A tag written as references too: "Rachel Reeves&lt;/a&gt;".)
const TRAILING_ESCAPES = new RegExp(`(?:${ESCAPE_SEQUENCE.source}|${HTML_TAG.source.replace('(', '(?:')}|&lt;/?[A-Za-z][A-Za-z0-9]{0,9}(?:\\s[^<>]{0,2000}?)?/?&gt;)+$`, 'u');

/**
 * Maps the code point offsets of findings on the text read (`body`, or its `decoded` copy) back to the text as given; a mention's text
 * is its slice of that text. `body` has the given text's code points, but not its code units: a credit's emoji is one space in it (h140 F6).
 */
function withOriginalOffsets(result: ArticleResult, body: string, decoded?: DecodedText): ArticleResult {
  const given = result.article.text;
  const toGiven = offsetMap(given);
  let map = (codePoint: number) => codePoint;
  if (decoded) {
    const fromDecoded = offsetMap(decoded.text);
    const fromBody = offsetMap(body);
    map = (codePoint) => fromBody.toCodePoint(decoded.original[fromDecoded.toUtf16(codePoint)]!);
  }
  // A span of the decoded text as the span of the given text, with that text's slice.
  const remap = <T extends { start: number; end: number; text: string }>(span: T): T => {
    const start = map(span.start);
    let end = map(span.end);
    // An end before a removed escape sequence maps past it ("Lai\x1b[0m"): the span stops where the name does.
    if (end > start && decoded?.escapes) end -= TRAILING_ESCAPES.exec(given.slice(toGiven.toUtf16(start), toGiven.toUtf16(end)))?.[0].length ?? 0;
    return { ...span, start, end, text: given.slice(toGiven.toUtf16(start), toGiven.toUtf16(end)) };
  };
  return {
    ...result,
    sentenceStarts: result.sentenceStarts?.map(map),
    mentions: result.mentions.map(remap),
    roles: result.roles.map((r) => ({ ...r, start: map(r.start) })),
    topics: result.topics.map((t) => ({ ...t, evidence: t.evidence.map(remap) })),
  };
}

/** Returns the code point offset of each sentence's start. */
function sentenceStarts(text: string, analysis: ReturnType<typeof analyzeText>): number[] {
  const offsets = offsetMap(text);
  return analysis.sentences.map((s) => offsets.toCodePoint(s.start));
}

/** Like `processArticle`, but a failure inside a stage becomes an error row for that article instead of ending the run. */
export function processArticleSafely(article: Article, resources: Resources): ArticleResult | InputError {
  try {
    return processArticle(article, resources);
  } catch (error) {
    return {
      file: article.source, line: article.line, articleId: article.id, stage: 'extract', rule: 'internal-error', fatal: true,
      message: `${article.source}:${article.line}: article ${article.id} could not be processed (${(error as Error).message}); skipped`,
    };
  }
}

