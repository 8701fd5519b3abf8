import type { Article, EntityType, LocalAlias, LocalRole, Mention } from '../model/index.js';
import { offsetMap } from '../text/codepoints.js';
import { sentenceAt, type Analysis } from './analyze.js';
import type { Lexicon } from './lexicon.js';
import {
  findAcronyms, findDemonyms, findHanNames, findNameParts, findNominals, findInstitutions, findParentheticals, findRomanizedNames,
  findTitledPeople, findWithCompromise, type Candidate,
} from './extract-rules.js';

export interface Extraction {
  mentions: Mention[];
  aliases: LocalAlias[];
  roles: LocalRole[];
}

/**
 * The baseline extractor: compromise plus rules for what it misses (hyphenated romanized names,
 * `Name (漢字)`, acronyms, ministries, laws, titles). Returns mentions in text order, without entity ids.
 */
export function extractMentions(article: Article, analysis: Analysis, lexicon: Lexicon): Extraction {
  const text = article.text;
  const parentheticals = findParentheticals(text, lexicon);
  const learned = new Map<string, EntityType>(
    parentheticals.aliases.filter((a) => a.kind === 'acronym').map((a) => [a.alias, a.type]),
  );
  const candidates = [
    ...parentheticals.candidates,
    ...findWithCompromise(text, lexicon),
    ...findInstitutions(text, lexicon),
    ...findTitledPeople(text, lexicon),
    ...findRomanizedNames(text),
    ...findAcronyms(text, lexicon, learned),
    ...findDemonyms(text, lexicon),
    ...findHanNames(text),
  ];
  const named = settleOverlaps(candidates);
  const people = named.filter((c) => c.type === 'person' && c.kind === 'name').map((c) => text.slice(c.start, c.end));
  const chosen = settleOverlaps([...named, ...findNameParts(text, people), ...findNominals(text, lexicon)]);
  const offsets = offsetMap(text);
  const mentions = chosen.map((c): Mention => ({
    articleId: article.id,
    start: offsets.toCodePoint(c.start),
    end: offsets.toCodePoint(c.end),
    text: text.slice(c.start, c.end),
    type: c.type,
    entityId: '',
    sentence: sentenceAt(analysis.sentences, c.start),
    kind: c.kind,
    method: c.method,
    confidence: c.confidence,
  }));
  const roles = chosen
    .filter((c) => c.type === 'person' && c.kind === 'name')
    .flatMap((c) => {
      const role = roleBefore(text, c.start, lexicon);
      return role ? [{ name: text.slice(c.start, c.end), role, start: offsets.toCodePoint(c.start) }] : [];
    });
  return { mentions, aliases: parentheticals.aliases, roles };
}

/** Keeps the best of overlapping candidates (priority, then length, then position); returns them in text order. */
export function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

const NOT_IN_ROLE = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Yesterday', 'Today']);

/**
 * Returns the title run directly before a name ("US President", "former president",
 * "then-minister of foreign affairs"), or undefined when the words before it hold no title.
 */
export function roleBefore(text: string, nameStart: number, lexicon: Lexicon): string | undefined {
  const lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
  const before = text.slice(Math.max(lineStart, nameStart - 120), nameStart);
  if (!/\s$/u.test(before) || /\s{2,}$/u.test(before)) return undefined;
  const parts = before.trimEnd().split(/\s/u);
  const run: string[] = [];
  let hasTitle = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const word = parts[i]!;
    if (!word || /[,.;:!?()"“”]$/u.test(word) || NOT_IN_ROLE.has(word)) break;
    const lower = word.toLowerCase();
    const head = lower.split('-').pop()!;
    const isTitle = lexicon.titles.has(lower) || lexicon.titles.has(head);
    const fits = isTitle || lexicon.roleWords.has(lower) || lexicon.roleWords.has(lower.split('-')[0]!) || /^\p{Lu}/u.test(word);
    if (!fits) break;
    hasTitle ||= isTitle;
    run.unshift(word);
  }
  while (run.length && ['of', 'for', 'the', 'and'].includes(run[0]!.toLowerCase())) run.shift();
  return hasTitle && run.length ? run.join(' ') : undefined;
}
