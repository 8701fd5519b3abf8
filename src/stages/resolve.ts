import type { Alias, ArticleResult, Entity, EntityType, Mention } from '../model/index.js';

/** Returns the id slug of a name: lower-case letters and digits (any script) joined by dashes. */
export function slugify(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Returns the deterministic entity id of a canonical name: `person:donald-trump`. */
export function entityIdFor(type: EntityType, name: string): string {
  return `${type}:${slugify(name) || 'unnamed'}`;
}

/**
 * Run-wide evidence for naming entities: which acronym and Han-character forms belong to which full
 * name. Grows with distinct names, not with articles.
 */
export interface ResolveEvidence {
  /** alias (`DPP`, `賴清德`) → { type, full name }; first teacher in input order wins. */
  partners: Map<string, { type: EntityType; name: string }>;
}

export function createEvidence(): ResolveEvidence {
  return { partners: new Map() };
}

/** Pass 1: adds one article's local alias pairs to the run's evidence. */
export function collectEvidence(evidence: ResolveEvidence, result: ArticleResult): void {
  for (const alias of result.aliases) {
    if (!evidence.partners.has(alias.alias)) evidence.partners.set(alias.alias, { type: alias.type, name: alias.name });
  }
}

/** A mention's link: the canonical name it refers to, and how the link was made. */
interface Link {
  type: EntityType;
  name: string;
  kind: 'name' | 'variant' | 'acronym' | 'zh';
}

/**
 * Links a single-word person mention to the nearest preceding full name in the article that contains
 * it as family name ("Trump" → "Donald Trump"); undefined when no full name precedes it.
 */
function fullNameFor(mention: Mention, earlier: Mention[]): string | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const candidate = earlier[i]!;
    if (candidate.type !== 'person' || candidate.kind !== 'name') continue;
    const parts = candidate.text.split(/\s+/u);
    if (parts.length > 1 && parts.includes(mention.text)) return candidate.text;
  }
  return undefined;
}

function linkMention(mention: Mention, earlier: Mention[], evidence: ResolveEvidence): Link {
  const partner = evidence.partners.get(mention.text);
  if ((mention.kind === 'acronym' || mention.kind === 'zh') && partner) {
    return { type: partner.type, name: partner.name, kind: mention.kind };
  }
  if (mention.type === 'person' && mention.kind === 'name' && !/\s/u.test(mention.text)) {
    const full = fullNameFor(mention, earlier);
    if (full) return { type: 'person', name: full, kind: 'variant' };
  }
  return { type: mention.type, name: mention.text, kind: 'name' };
}

/** What pass 2 accumulates per entity; bounded by distinct entities. */
export interface EntityTally {
  entities: Map<string, Entity & { lastArticle: string }>;
  aliases: Map<string, Alias>;
}

export function createTally(): EntityTally {
  return { entities: new Map(), aliases: new Map() };
}

/** Pass 2: assigns entity ids to one article's mentions (in place) and adds them to the tally. */
export function resolveArticle(result: ArticleResult, evidence: ResolveEvidence, tally: EntityTally): void {
  const articleId = result.article.id;
  const earlier: Mention[] = [];
  for (const mention of result.mentions) {
    const link = linkMention(mention, earlier, evidence);
    const id = entityIdFor(link.type, link.name);
    mention.entityId = id;
    mention.type = link.type;
    earlier.push(mention);
    const entity = tally.entities.get(id) ?? newEntity(id, link);
    tally.entities.set(id, entity);
    entity.mentionCount++;
    if (entity.lastArticle !== articleId) {
      entity.articleCount++;
      entity.lastArticle = articleId;
    }
    if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
    if (mention.kind === 'zh' && link.kind === 'zh') entity.zh ??= mention.text;
    if (link.kind === 'variant') {
      addAlias(tally, { entityId: id, alias: mention.text, lang: 'en', kind: 'variant', articleId, evidence: `family name of ${link.name}` });
    }
  }
  for (const alias of result.aliases) {
    const id = entityIdFor(alias.type, alias.name);
    addAlias(tally, { entityId: id, alias: alias.alias, lang: alias.lang, kind: alias.kind, articleId, evidence: alias.evidence });
  }
  for (const role of result.roles) {
    const mention = result.mentions.find((m) => m.text === role.name && m.type === 'person');
    const entity = mention && tally.entities.get(mention.entityId);
    if (entity && !entity.roles.includes(role.role)) entity.roles.push(role.role);
  }
}

function newEntity(id: string, link: Link): Entity & { lastArticle: string } {
  return { id, type: link.type, name: link.name, aliases: [], roles: [], mentionCount: 0, articleCount: 0, lastArticle: '' };
}

function addAlias(tally: EntityTally, alias: Alias): void {
  const key = [alias.entityId, alias.alias, alias.kind, alias.articleId].join('\u0000');
  if (!tally.aliases.has(key)) tally.aliases.set(key, alias);
}

/** Returns the tally's entities sorted by id, lists sorted, ready to write. */
export function finishEntities(tally: EntityTally): Entity[] {
  return [...tally.entities.values()]
    .map(({ lastArticle: _, ...entity }) => ({ ...entity, aliases: [...entity.aliases].sort(), roles: [...entity.roles].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Returns the tally's alias rows in a stable order. */
export function finishAliases(tally: EntityTally): Alias[] {
  const key = (a: Alias) => [a.entityId, a.alias, a.kind, a.articleId].join('\u0000');
  return [...tally.aliases.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
