/** The public data model of gazette. Offsets are Unicode code points into `Article.text`, end exclusive. */

export type EntityType = 'person' | 'organization' | 'place' | 'law' | 'other';
export type MentionKind = 'name' | 'acronym' | 'zh' | 'nominal';

export interface Article {
  /** Stable id: the JSONL `id` as given, else `<source>#<index>`. */
  id: string;
  /** Input path relative to the input root (or `stdin`). */
  source: string;
  /** 1-based: article order within a .txt file, line number within a .jsonl file. */
  index: number;
  kicker?: string;
  deck?: string;
  title?: string;
  date?: string;
  url?: string;
  /** Body text; never rewritten by a stage. */
  text: string;
  /** Caption and credit lines (`Photo: AFP`) taken out of the body. */
  credits: string[];
  /** The text stops mid-sentence. */
  truncated: boolean;
  /**
   * A JSONL article's text is kept as given: where its trailing credits start (code points; they are copied to `credits`), its
   * body ends, and the stages read no further.
   */
  bodyEnd?: number;
  /** Where a JSONL article's body starts, after its leading byline and timestamp lines (code points; copied to `credits`). */
  bodyStart?: number;
  /**
   * A JSONL article's furniture lines inside its body ("CNA photo Nov. 30, 2026", "Advertisement"): code point spans, `[start, end)`, in
   * text order, copied to `credits`; the stages read them as spaces. Internal, as `bodyStart` and `bodyEnd` are: no output writes it.
   */
  creditSpans?: { start: number; end: number }[];
  /** A JSONL id gazette repaired (a lone surrogate or NUL made U+FFFD): read only to tell a collision gazette made. Internal. */
  idRepaired?: true;
  /** 1-based line in the source file where the article starts. */
  line: number;
}

export interface Mention {
  articleId: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Filled by the resolve stage; empty before it. */
  entityId: string;
  /** 0-based index of the sentence holding the mention. */
  sentence: number;
  kind: MentionKind;
  /** What found it: `compromise`, `rule:<id>`, `model`, … */
  method: string;
  /** 0..1; a fixed prior per method for the rule baseline. */
  confidence: number;
  /**
   * A place's name with the lower-case kind of division written after it, capitalized ("Washington State" of "Washington
   * state", "Cebu Province" of "Cebu province"): resolve keys the mention by it where the bare name is a city.
   */
  region?: string;
}

/** A name→name link found inside one article: `William Lai (賴清德)`, `Democratic Progressive Party (DPP)`. */
export interface LocalAlias {
  /** The full (English) name the alias belongs to. */
  name: string;
  type: EntityType;
  alias: string;
  lang: 'en' | 'zh';
  /** `variant`: another English name in the same parenthesis as a Han name ("Lanyu (蘭嶼, Orchid Island)"). */
  kind: 'acronym' | 'zh' | 'variant';
  /** The text that taught the link, e.g. `Democratic Progressive Party (DPP)`. */
  evidence: string;
}

/** A title attached to a name in one article: `US President` + `Donald Trump`. */
export interface LocalRole {
  name: string;
  role: string;
  /** Code point offset of the name it is attached to. */
  start: number;
}

export interface TopicEvidence {
  term: string;
  text: string;
  start: number;
  end: number;
  /** What this match counts: taxonomy weight × learned specificity × position weight. */
  weight: number;
}

export interface TopicScore {
  articleId: string;
  topic: string;
  label: string;
  /** 1 = the article's main topic (highest score), then 2, 3, … */
  rank: number;
  score: number;
  evidence: TopicEvidence[];
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  zh?: string;
  romanized?: string;
  aliases: string[];
  roles: string[];
  country?: string;
  lat?: number;
  lon?: number;
  mentionCount: number;
  articleCount: number;
}

export interface Alias {
  entityId: string;
  alias: string;
  lang: string;
  kind: string;
  articleId: string;
  evidence: string;
}

/** Everything the per-article phase learns about one article; plain data, so it can cross a worker boundary. */
export interface ArticleResult {
  article: Article;
  words: number;
  sentences: number;
  /** Code point offset where each sentence starts, so that a mention found by resolve gets its sentence. */
  sentenceStarts?: number[];
  mentions: Mention[];
  aliases: LocalAlias[];
  roles: LocalRole[];
  topics: TopicScore[];
}

/** One rejected piece of input, modelled on vfile-message: where, who, what. */
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  articleId?: string;
  stage: string;
  rule: string;
  message: string;
  fatal: boolean;
}
