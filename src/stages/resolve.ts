import type { Alias, ArticleResult, Entity, EntityType, LocalRole, Mention } from '../model/index.js';
import { codePointLength, compareText, offsetMap, type OffsetMap } from '../text/codepoints.js';
import { decodedName } from '../text/entities.js';
import { isDottedHan, isHan, pinyinName } from '../text/romanize.js';
import {
  acronymMark, activeRole, capitalizedWords, familyRoleKey, heldRole, articleKey, pairNameKey, withoutInvisible, articleNames, countryOfPlace, isActingSeat, createEvidence, collectEvidence, finishEvidence, demonymPlace, displayRomanization, familyName, find, keyCountry, keyName, keyScope, keyType, nameKey, nicknameOf, romanizations, slugify, type ArticleNames, type EvidenceLexicon, type ResolvedNames, type ResolveEvidence,
  datelineCountry, keyText, mainCountry, withoutLatinAccents,
} from './resolve-evidence.js';

import { CALENDAR_NOT_FAMILY, NOMINAL_MODIFIER } from './extract-rules.js';
import type { Gazetteer } from './gazetteer.js';
import { EPONYM_AFTER, GENERIC_BODY_WORD, isNameParticle } from './names.js';

export { collectEvidence, createEvidence, finishEvidence, slugify } from './resolve-evidence.js';

/** How a mention was linked to its entity; becomes an aliases.csv row when it is not the name itself. */
interface Link {
  root: string;
  kind?: 'variant' | 'romanized' | 'nominal' | 'gazetteer' | 'demonym';
  evidence?: string;
  /** The mention keeps its own type: a demonym, or a capital that acts for its government ("Beijing says"). */
  keepsType?: boolean;
}

/**
 * An entity as pass 2 gathers it: its aliases and roles are sets (a list's `includes` at every mention cost
 * the square of an entity's aliases or roles: one acronym spelt out, or one person titled, differently in each article).
 */
type TallyEntity = Omit<Entity, 'aliases' | 'roles'> & { aliases: Set<string>; roles: Set<string>; lastArticle: string };

/** What pass 2 accumulates per entity; bounded by distinct entities and distinct aliases, never by articles. */
export interface EntityTally {
  entities: Map<string, TallyEntity>;
  /** The first link of each (entity, alias, kind), for dataset.json. */
  aliases: Map<string, Alias>;
}

export function createTally(): EntityTally {
  return { entities: new Map(), aliases: new Map() };
}

/**
 * The article's full person names ("William Lai") by each of their words and their family name, lower
 * case: what a one-word name links to, looked up at once (a scan of the article per one-word name was
 * quadratic in an article's mentions).
 */
interface FullNames {
  /** Word → the latest full name resolved so far that has it, with its cluster. */
  earlier: Map<string, { mention: Mention; root: string }>;
  /**
   * Family name → of the people resolved so far whose family name it is, the one the article has named
   * most, the latest full name on a tie: after "Jimmy Lai … Lai's son Sebastien Lai", "Lai" is still Jimmy Lai.
   */
  mostNamed: Map<string, NamedPerson>;
  /** Person cluster → its latest full name by each family name it has had. */
  familiesOf: Map<string, Map<string, NamedPerson>>;
  /** Family name → the latest person mention so far that has it, bare ("Lee") or in a full name, with its cluster. */
  lastReference: Map<string, { mention: Mention; root: string; bare: boolean; opens: boolean }>;
  /** Family name → the latest bare mention of it so far, with its cluster. */
  lastBare: Map<string, { mention: Mention; root: string }>;
  /** Person cluster → its mentions in the article so far: who the article is about. */
  counts: Map<string, number>;
  /** How many full names have been noted: the order of `NamedPerson`s. */
  noted: number;
  /** First word → the latest full name so far of a person named in dotted Han parts ("Icyang" of Icyang Parod (夷將‧拔路兒)). */
  byFirstWord: Map<string, { mention: Mention; root: string }>;
  /** Word → the latest mention so far of the article's unnamed person of that family name ("surnamed Tsai"): its start. */
  unnamedAt: Map<string, number>;
  /** Word → the indices in `mentions` of the full names that have it, ascending. */
  later: Map<string, number[]>;
  /** Family name → the indices of the full names whose family name it is, ascending. */
  laterFamily: Map<string, number[]>;
  mentions: Mention[];
}

/** A person cluster with its latest full name of a family name, and when that name came. */
interface NamedPerson {
  mention: Mention;
  root: string;
  order: number;
  /** True while every full name of this person so far named them as someone's parent: "the son of … Lalu Prasad Yadav". */
  passing: boolean;
}

/**
 * The words a one-word person name may be of `mention`, and the ends of two or more words a shorter
 * name may be ("lopez obrador" of "Andrés Manuel López Obrador", "bin salman" of "Mohammed bin Salman"),
 * with its family name apart (lower case): none unless it is a full person name.
 */
function fullNameKeys(mention: Mention, prefixes = false): { words: Set<string>; families: string[] } {
  if (mention.type !== 'person' || mention.kind !== 'name' || !/[\s\u0085]/u.test(mention.text)) return { words: new Set(), families: [] };
  const parts = personKey(mention.text).split(/[\s\u0085]+/u);
  // Not a particle: "La" opening a book's title is no Ocampo de la Vega (p96).
  const words = new Set(parts.filter((part) => !isNameParticle(part)));
  // A nickname in quotes is a name the person goes by: "Tucu" of Valentín "Tucu" Fernández Correa (p84).
  for (const part of parts) if (QUOTED_PART.test(part)) words.add(part.slice(1, -1));
  const written = familyName(mention.text);
  const family = written === undefined ? undefined : personKey(written);
  // An Arabic article is left out of a bare family name: "Burhan" is Abdel Fattah al-Burhan.
  const families = family === undefined ? [] : ARABIC_ARTICLE.test(family) ? [family, family.replace(ARABIC_ARTICLE, '')] : [family];
  for (const name of families) words.add(name);
  for (let k = 2; k < parts.length; k++) words.add(parts.slice(parts.length - k).join(' '));
  // And (`prefixes`, for a name written after it) its first two words or more, without the family name, as South Asian copy
  // shortens a name: "Maryam Nawaz" after "Maryam Nawaz Sharif" (p118: two people). Not a particle's end ("Mohammed bin"); not
  // before it (a headline's "Nguyen Thi Hoa" is no "Nguyen Thi Hoa Day").
  if (prefixes) for (let k = 2; k < parts.length; k++) if (!isNameParticle(parts[k - 1]!)) words.add(parts.slice(0, k).join(' '));
  return { words, families };
}

/** A person's name or part of one as the article's name indexes key it: lower case, without Latin accents ("Imamoglu" of a
 * headline is "İmamoğlu", p110). */
function personKey(name: string): string {
  return withoutLatinAccents(name).toLowerCase();
}

const QUOTED_PART = /^["“'‘][^"“”'‘’]+["”'’]$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|az|ar|an|at)-(?=\p{L}{3})/u;

function indexFullNames(mentions: Mention[]): FullNames {
  const later = new Map<string, number[]>();
  const laterFamily = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  mentions.forEach((mention, i) => {
    const { words, families } = fullNameKeys(mention);
    for (const word of words) add(later, word, i);
    for (const family of families) add(laterFamily, family, i);
  });
  return { earlier: new Map(), mostNamed: new Map(), familiesOf: new Map(), lastReference: new Map(), lastBare: new Map(), counts: new Map(), noted: 0, byFirstWord: new Map(), unnamedAt: new Map(), later, laterFamily, mentions };
}

/** Records a resolved mention as the latest full name of each of its words and of its family name. */
function noteFullName(names: FullNames, mention: Mention, root: string, opens = false, parent = false): void {
  if (mention.type === 'person') names.counts.set(root, (names.counts.get(root) ?? 0) + 1);
  const { words, families } = fullNameKeys(mention, true);
  for (const word of words) names.earlier.set(word, { mention, root });
  for (const family of families) names.lastReference.set(family, { mention, root, bare: false, opens });
  if (mention.type === 'person' && mention.kind === 'name' && !mention.text.includes(' ')) {
    const word = personKey(mention.text);
    names.lastReference.set(word, { mention, root, bare: true, opens });
    names.lastBare.set(word, { mention, root });
  }
  let own = names.familiesOf.get(root);
  if (families.length > 0) {
    if (own === undefined) names.familiesOf.set(root, (own = new Map()));
    const order = names.noted++;
    for (const family of families) own.set(family, { mention, root, order, passing: parent && (own.get(family)?.passing ?? true) });
  }
  // Only this person's count and latest name changed, so each of its family names' most named is who it was
  // or this person (a scan of the family per bare name was quadratic in an article's people of one name).
  for (const [name, person] of own ?? []) {
    const best = names.mostNamed.get(name);
    if (best === undefined || namedMore(person, best, names.counts)) names.mostNamed.set(name, person);
  }
}

/**
 * The person a bare family name is when the latest mention of that family name is a full name other than the
 * article's most named one, and that name opens its sentence (after its title at most): a newly named person the
 * story turns to is who the next bare name means ("Chairman Lee Eog-weon … Lee added … President Lee Jae-myung
 * praised … "…," Lee said" is Lee Jae-myung). Not a namesake named in passing ("rejected appeals by Senator Flávio
 * Bolsonaro. … appointed by Bolsonaro" is still Jair Bolsonaro), nor when that name's own sentence kept the bare name
 * for someone else ("Lai's son Sebastien Lai": Lai is still Jimmy Lai).
 */
function newlyNamed(names: FullNames, word: string, own: NamedPerson, sentence: number): { mention: Mention; root: string } | undefined {
  const latest = names.lastReference.get(word);
  if (latest === undefined || latest.bare || !latest.opens || latest.root === own.root) return undefined;
  // Only while the story stays with them: "Another son, Senator Flávio Bolsonaro, said …", two paragraphs on "… voted to
  // acquit Bolsonaro" is the story's Bolsonaro again (p84).
  if (sentence - latest.mention.sentence > NEWLY_NAMED_SENTENCES) return undefined;
  const bare = names.lastBare.get(word);
  if (bare !== undefined && bare.root !== latest.root && bare.mention.sentence === latest.mention.sentence) return undefined;
  return latest;
}

// How many sentences on a bare family name may still mean the person newly named ("…," Lee said" a sentence or two after).
const NEWLY_NAMED_SENTENCES = 2;

/**
 * True when a person is named as the parent (or late spouse) of someone named before: "Tejashwi Yadav, the son of former
 * chief minister Lalu Prasad Yadav" names the father in passing, and a bare "Yadav" that follows is still the son (p84).
 */
function namedAsParent(mention: Mention, role: LocalRole | undefined, text: string, offsets: OffsetMap): boolean {
  const end = phraseStart(mention, role);
  const before = text.slice(offsets.toUtf16(Math.max(0, end - 16)), offsets.toUtf16(Math.max(0, end)));
  if (before.endsWith(' of ') && RELATIVE_OF.test(before)) return true;
  // Or a relative a possessive introduces: "His daughter, Chiu Hsin-yi (邱馨儀), said …" (p141: the obituary's bare "Chiu" had
  // become the daughter, named last).
  return KIN_BEFORE.test(text.slice(offsets.toUtf16(Math.max(0, end - 32)), offsets.toUtf16(Math.max(0, end))));
}

// A possessive and a relative's word ("His daughter", "Lai's son"), as `namedAsParent` and `opensSentence` read them.
const KIN_OWNER = String.raw`(?:His|Her|Their|\p{Lu}[\p{L}'’-]*['’]s?) (?:\p{Ll}+ )?`;
const KIN_WORD = String.raw`(?:son|daughter|wife|husband|widow|widower|brother|sister|mother|father|grandson|granddaughter|nephew|niece|cousin|partner|spouse|child)s?`;
const KIN_BEFORE = new RegExp(String.raw`(?:^|[.!?"”]\s+|\n)${KIN_OWNER}${KIN_WORD},? $`, 'u');

// A parent or a late spouse named to say who someone is; a sibling may be the story's own ("Senator Imee Marcos, the
// sister of President Ferdinand Marcos Jr. … until Marcos nominates" is the president).
const RELATIVE_OF = /\b(?:son|daughter|grandson|granddaughter|widow|widower)s? of $/u;

/** Where a mention's phrase opens: at its title, when the article gave it one ("President" of "President Lee Jae-myung"). */
function phraseStart(mention: Mention, role: LocalRole | undefined): number {
  return mention.start - (role === undefined ? 0 : codePointLength(role.role) + 1);
}

/** True when a mention stands first in its sentence, after its title at most ("President Lee Jae-myung praised …"). */
function opensSentence(mention: Mention, role: LocalRole | undefined, sentenceStarts: number[] | undefined, text: string, offsets: OffsetMap): boolean {
  const start = sentenceStarts?.[mention.sentence] ?? 0;
  const lead = phraseStart(mention, role) - start;
  // A quotation mark, a bracket or "The" may open the sentence ("The Kaohsiung mayor …" has its role apart).
  if (lead <= 4) return true;
  // So may a word or three and a comma: "Meanwhile, KMT Chairwoman Cheng Li-wun …", "On Monday, …"; not a relative of
  // someone's, who is named to say so ("His daughter, Chiu Hsin-yi (邱馨儀), said …": the obituary's Chiu is still her father, p141).
  const phrase = lead <= 30 ? text.slice(offsets.toUtf16(start), offsets.toUtf16(start + lead)) : '';
  return LEADING_PHRASE.test(phrase) && !KIN_PHRASE.test(phrase);
}


const LEADING_PHRASE = /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2}, $/u;
const KIN_PHRASE = new RegExp(String.raw`^${KIN_OWNER}(?:${KIN_WORD}|childrens?), $`, 'u');

/**
 * True when `a` is named at least as often as `b` in the article so far, and more often, or named as more than someone's
 * parent where `b` is not, or later.
 */
function namedMore(a: NamedPerson, b: NamedPerson, counts: Map<string, number>): boolean {
  const [x, y] = [counts.get(a.root) ?? 0, counts.get(b.root) ?? 0];
  if (x !== y) return x > y;
  if (a.passing !== b.passing && a.root !== b.root) return b.passing;
  return a.order >= b.order;
}

/** The first of `indices` (ascending) at or after `from`, or undefined. */
function firstFrom(indices: number[] | undefined, from: number): number | undefined {
  if (!indices) return undefined;
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indices[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return indices[lo];
}

/**
 * A one-word person name the article has given no family name of (`linkMention` tries that first): the
 * nearest earlier full name containing the word, else the nearest later one with that family name or
 * the word, else the only person in the run with that family name, else itself. Case is ignored
 * ("SHEARER" is Alan Shearer).
 */
function linkPartialName(
  mention: Mention, index: number, full: FullNames, evidence: ResolveEvidence, names: ResolvedNames, local: ArticleNames, role: LocalRole | undefined,
  roleAt?: (start: number) => LocalRole | undefined,
): Link | undefined {
  const word = personKey(mention.text);
  const before = full.earlier.get(word);
  if (before) return { root: before.root, kind: 'variant', evidence: `family name of ${before.mention.text}, earlier in the article` };
  const after = firstFrom(full.laterFamily.get(word), index + 1) ?? firstFrom(full.later.get(word), index + 1);
  const next = after === undefined ? undefined : full.mentions[after]!;
  // (Not one the article titles otherwise there: "a clear message to President Lai" … "DPP Legislator Lai Jui-lung won", p138.)
  // (A head of government's title only: "PTI leader Qureshi" is the vice chairman named after.)
  const leader = role !== undefined && LEADER_ROLE.test(role.role) ? role.role : undefined;
  const active = leader === undefined ? undefined : activeRole(leader);
  const nextRole = next !== undefined && active !== undefined ? roleAt?.(next.start) : undefined;
  const otherTitle = nextRole !== undefined && activeRole(nextRole.role) !== active;
  if (next && !otherTitle) return { root: find(evidence, nameKey('person', next.text)), kind: 'variant', evidence: `family name of ${next.text}, later in the article` };
  const clusters = names.families.get(word);
  // (Not a family member's given name, wherever the article writes it: "their two sons, Thomas and Hugh" … "Thomas said".)
  // (Nor one the run titles only otherwise: "President Lai" is not the run's one Lai, a legislator; p138.)
  const held = leader === undefined ? undefined : heldRole(leader);
  const titles = held === undefined ? undefined : evidence.familyTitles.get(word);
  const titledOtherwise = held !== undefined && titles !== undefined && !titles.has(held) && !titles.has(held.slice(held.lastIndexOf(' ') + 1));
  if (clusters?.size === 1 && !local.kin.has(word) && !titledOtherwise) {
    const [root] = clusters;
    return { root: root!, kind: 'variant', evidence: `family name of ${names.canonical.get(root!)}, the only one in the run` };
  }
  // Else, with a title, the run's one person of that family name who held it: "Premier Cho" where the run also names a
  // councilor Cho Tai-hsiung is still Cho Jung-tai (p109: adding that one article had moved fourteen "Premier Cho"s).
  const title = role === undefined ? undefined : heldRole(role.role);
  if (title !== undefined && clusters !== undefined && clusters.size > 1) {
    const held = evidence.familyRoles.get(familyRoleKey(word, title)) ?? (title.includes(' ') ? undefined : evidence.familyRoles.get(familyRoleKey(word, title, true)));
    const roots = new Set([...held ?? []].map((key) => find(evidence, key)));
    if (roots.size === 1) {
      const [root] = roots;
      return { root: root!, kind: 'variant', evidence: `family name of ${names.canonical.get(root!)}, the run's ${role!.role} of that name` };
    }
  }
  return undefined;
}

/**
 * A titled family name is the one person of that family name who holds the title in the article so far: "President
 * Lai" after "President William Lai (賴清德)" and "Legislator Lai Jui-lung" is William Lai, not the Lai named last.
 */
function titledFamilyName(mention: Mention, role: LocalRole | undefined, holders: RoleHolders, full: FullNames): Link | undefined {
  if (role === undefined || mention.type !== 'person' || mention.kind !== 'name' || mention.text.includes(' ')) return undefined;
  const active = activeRole(role.role);
  if (active === undefined) return undefined;
  const word = personKey(mention.text);
  let named = (holders.get(`=${active}`) ?? []).filter((h) => full.familiesOf.get(h.root)?.has(word));
  // A one-word title is also the head of a longer one: "Judge Hale" after "U.S. District Judge Margaret Hale", though the
  // article named the defence lawyer Jonathan Hale since (p96).
  if (named.length === 0 && !active.includes(' ')) named = (holders.get(`~${active}`) ?? []).filter((h) => full.familiesOf.get(h.root)?.has(word));
  if (named.length !== 1) return undefined;
  const person = full.familiesOf.get(named[0]!.root)!.get(word)!;
  return { root: named[0]!.root, kind: 'variant', evidence: `family name of ${person.mention.text}, ${role.role} earlier in the article` };
}

/**
 * A family name after an organization's possessive is the one person of that family name whose role in the article so
 * far names the organization: "Samsung's Lee" after "Samsung Chairman Lee Jae-yong" and "President Lee Jae-myung" is Lee
 * Jae-yong, not the Lee named last (p88).
 */
function possessedFamilyName(mention: Mention, roleWords: Map<string, Set<string>>, full: FullNames, text: string, offsets: OffsetMap): Link | undefined {
  if (mention.type !== 'person' || mention.kind !== 'name' || mention.text.includes(' ') || mention.start < 3) return undefined;
  const start = offsets.toUtf16(mention.start);
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  if (owner === undefined) return undefined;
  const word = mention.text.toLowerCase();
  // (The people whose roles hold the word, indexed as the roles came: a scan of every role per name was quadratic.)
  // More holders than MAX_OWNER_HOLDERS tell no one apart, and stop a text of thousands from costing the square of them.
  const holders = roleWords.get(owner);
  if (holders === undefined || holders.size > MAX_OWNER_HOLDERS) return undefined;
  const roots = new Set<string>();
  for (const root of holders) if (full.familiesOf.get(root)?.has(word)) roots.add(root);
  if (roots.size !== 1) return undefined;
  const [root] = roots;
  const person = full.familiesOf.get(root!)!.get(word)!;
  return { root: root!, kind: 'variant', evidence: `family name of ${person.mention.text}, of ${owner} earlier in the article` };
}

const MAX_OWNER_HOLDERS = 16;

// An organization's possessive right before a name: "Samsung's ", "Nvidia’s ".
const ROLE_WORD_BREAK = /[\s'’]+/u;
const OWNER_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*)['’]s $/u;

/** The role words a nominal mention names: "The US president" → "us president". */
function nominalRole(text: string): string {
  return text.replace(/^the\s+/iu, '').toLowerCase();
}

/**
 * Who holds a role in the article so far, by the whole role ("=us president") and by its head word,
 * the last one before any of-phrase ("~president", what a bare "the president" names): per key, the two clusters that took it first.
 * Two are enough to tell one holder from several, and a nominal is linked in one lookup (a scan of
 * every role per nominal was quadratic in an article's mentions).
 */
type RoleHolders = Map<string, { root: string; start: number }[]>;

// The heads of a judge's title that "the judge" names.
const JUDGE_TITLES = new Set(['justice', 'magistrate']);

// Words before a role's head that make it another office than the head alone.
const SUBORDINATE = new Set(['shadow', 'vice', 'deputy', 'assistant', 'under', 'junior', 'associate', 'lieutenant']);

/** Records that cluster `root` holds `role` from code point `start` on. */
function noteRole(holders: RoleHolders, role: string, root: string, start: number, isPlace: (name: string) => boolean): void {
  // The head of a role with an of-phrase comes before it: "chancellor of the exchequer" is a chancellor.
  const of = role.indexOf(' of ');
  const words = (of < 0 ? role : role.slice(0, of)).split(' ');
  // A shadow chancellor, a vice president or a deputy minister is no "the chancellor", "the president" or "the minister".
  // Nor is an organization's ("the PL's president", "the company's chief executive") the bare "the president"
  // (a country's is: "Taiwan's president").
  const owner = /^(?:the )?(.+?)['’]s /u.exec(role)?.[1];
  const owned = owner !== undefined && !isPlace(owner);
  const head = (words.length > 1 && SUBORDINATE.has(words[words.length - 2]!)) || owned ? [] : [`~${words[words.length - 1]}`];
  // A justice or a magistrate is "the judge" too: "Justice Chacha Mwita of the High Court … The judge said" (p140: unlinked).
  if (head.length === 1 && JUDGE_TITLES.has(words[words.length - 1]!)) head.push('~judge');
  for (const key of new Set([`=${role}`, ...head])) {
    const first = holders.get(key) ?? [];
    const same = first.find((h) => h.root === root);
    if (same) same.start = Math.min(same.start, start);
    else first.push({ root, start });
    holders.set(key, first.sort((a, b) => a.start - b.start).slice(0, 2));
  }
}

/**
 * A nominal links to the one entity that holds a matching role earlier in the article; ambiguous or
 * unknown: no link. When no one in the article holds it, a role of two or more words ("the Chinese
 * president") links to the one person of the run who holds it; a bare "the president" never does.
 */
function linkNominal(mention: Mention, holders: RoleHolders, names: ResolvedNames): Link | undefined {
  const wanted = nominalRole(mention.text);
  const bare = !wanted.includes(' ');
  const matching = [...(holders.get(`=${wanted}`) ?? []), ...(bare ? holders.get(`~${wanted}`) ?? [] : [])];
  const roots = new Set(matching.filter((h) => h.start < mention.start).map((h) => h.root));
  const inRun = roots.size === 0 && !bare ? names.roles.get(wanted) : undefined;
  if (inRun !== undefined) return { root: inRun, kind: 'nominal', evidence: `holds the role "${wanted}" in the run` };
  if (roots.size !== 1) return undefined;
  const [root] = roots;
  return { root: root!, kind: 'nominal', evidence: `holds the role "${wanted}" in the article` };
}

/** Where a body stands that the article named so far, as a nominal may refer to it. */
interface NamedBody {
  root: string;
  sentence: number;
}

/**
 * The bodies the article has named so far, by each capitalized word of their names ("Council" for the Taipei City
 * Council; `COMPANY` for a company): the latest one, the latest of another cluster, how many clusters, and the most
 * named cluster with its count and the next count. A nominal is linked in one lookup, however many bodies the article names.
 */
type NamedBodies = Map<string, {
  latest: NamedBody; other?: NamedBody; counts: Map<string, number>; best: string; bestCount: number; second: number;
  /** Companies: the latest one named with a legal form ("Sumitomo Pharma Co."), the one before it, and the first one of the opening sentences. */
  formal?: NamedBody; formalOther?: NamedBody; lead?: string;
  /** Companies: the last few named, latest last (`MAX_RECENT_COMPANIES`). */
  recent?: NamedBody[];
}>;

const COMPANY = '\u0000company';
const COMPANY_OF_NO_KIND = `${COMPANY}:`;
// Each article's companies' kinds so far, by root (`noteBody`).
const KINDS_OF = new WeakMap<NamedBodies, Map<string, string[]>>();

// Words of a name that make it a body of state, a party, a court, a school or a league rather than a company.
const NOT_COMPANY_WORDS = new Set([
  'Agency', 'Assembly', 'Board', 'Bureau', 'Commission', 'Committee', 'Council', 'Court', 'Courts', 'Department', 'District', 'Ministry',
  'Office', 'Party', 'Parliament', 'Legislature', 'Yuan', 'Senate', 'Congress', 'Cabinet', 'Government', 'Administration', 'Authority',
  'Police', 'Army', 'Navy', 'Forces', 'Guard', 'Command', 'Prosecutors', 'Tribunal', 'Union', 'Organization', 'Organisation',
  'Federation', 'Association', 'Alliance', 'Coalition', 'Front', 'Movement', 'University', 'School', 'College', 'Academy',
  'Institute', 'Foundation', 'Trust', 'League', 'Club', 'Reserve', 'Central', 'Fund', 'Nations', 'Exchange',
  // (An agency's centres and services: "Africa Centres for Disease Control and Prevention", p124.)
  'Centre', 'Centres', 'Center', 'Centers', 'Service', 'Services', 'Society', 'Secretariat', 'Directorate', 'Mission',
]);
// News organizations: an article names them as its source ("told Reuters"), and "the company" is never the wire.
const NEWS_OUTLET = /^(?:Reuters|AP|AFP|Bloomberg(?: News)?|CNA|Xinhua|Kyodo(?: News)?|Yonhap(?: News Agency)?|Nikkei(?: Asia)?|Associated Press|Agence France-Presse|Bernama|Antara|PTI|ANI|dpa|TASS|BBC|CNN|Al Jazeera|Focus Taiwan|Taipei Times|Central News Agency)$/u;

// A minister of a portfolio, not a prime minister or a minister without one.
const MINISTER = /(?<!Prime )\bMinister\b/u;
const NOT_PORTFOLIO = new Set(['Minister', 'Deputy', 'Vice', 'Acting', 'Former', 'Then', 'State', 'of', 'for', 'the', 'and', 'Ministry']);

/** The words of a minister's role that name the portfolio ("Defense" of "Defense Minister", "Foreign", "Affairs" of "Minister of Foreign Affairs"), not a country's. */
function portfolioWords(role: string): string[] {
  return role.split(/[\s,]+/u).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !NOT_PORTFOLIO.has(w));
}

/** True when a body's name holds a word of the portfolio, by its first five letters ("Defence" and "Defense"). */
function sharesPortfolio(portfolio: string[], name: string): boolean {
  const stems = new Set(name.split(/\s+/u).map((w) => w.slice(0, 5).toLowerCase()));
  return portfolio.some((w) => stems.has(w.slice(0, 5).toLowerCase()));
}

/** Notes a named organization or law as a body later nominals of the article may refer to. */
function noteBody(
  bodies: NamedBodies, mention: Mention, type: EntityType, root: string, name: string, isPlace: (name: string) => boolean, evidence: ResolveEvidence, opensLead: boolean,
  described?: string, group = false, unit = false,
): void {
  const synonyms = evidence.bodySynonyms;
  const words = new Set<string>();
  // (A club of states is no "group" a story means: "the Group of Seven rich economies" … "The group has been at war" is the RSF, p131.)
  const states = STATES_GROUP.test(name) || STATES_GROUP.test(mention.text);
  for (const text of [mention.text, name]) {
    const parts = text.split(/[\s,]+/u);
    for (let i = 0; i < parts.length; i++) {
      if (!/^\p{Lu}/u.test(parts[i]!) || (states && parts[i] === 'Group')) continue;
      // "The plant" is a works, which a name ends with: not "Plant Genetic Systems" (OntoNotes train).
      if (parts[i] === 'Plant' && i < parts.length - 1) continue;
      words.add(parts[i]!);
      // And two words a two-word nominal names it by ("County Government" for "the county government").
      const pair = `${parts[i]} ${parts[i + 1]}`;
      if (evidence.bodyPhrases.has(pair)) words.add(pair);
    }
  }
  // And the English of a head word in another language: "the bank" of "Banco de la República", "the museum" of "Museo del Oro" (p142: unlinked).
  for (const word of [...words]) {
    const english = FOREIGN_HEADS.get(word);
    if (english !== undefined) words.add(english);
  }
  // The words that name it without its own ("the Cabinet" for the Executive Yuan), under keys of their own: the Cabinet Office
  // is no "the Cabinet".
  for (const text of [mention.text, name]) for (const word of synonyms.get(text) ?? []) words.add(`=${word}`);
  // (Nor a central bank: "Bank of Japan", "Reserve Bank of India".)
  // (Nor a unit of a body: "the Internal Revenue Service's Criminal Investigation division", p141: "the company" after it.)
  const company = type === 'organization' && !unit && !NEWS_OUTLET.test(mention.text) && !NEWS_OUTLET.test(name) && mention.method !== 'rule:dateline' &&
    ![...words].some((word) => NOT_COMPANY_WORDS.has(word)) && !isPlace(name) && !(/^Bank of /u.test(name) && isPlace(name.slice(8)));
  if (company) {
    words.add(COMPANY);
    // And under its kinds, by the words of its name ("EVA Airways Corp" an airline), or as a company of no kind.
    // (Or by the word the article describes it with: "Swiss drugmaker Novartis AG", "retailer Marks and Spencer"; p107.)
    const kinds = [...words].flatMap((word) => evidence.companyKindsByWord.get(word.replace(/['’]s$/u, '')) ?? []);
    if (described !== undefined) {
      kinds.push(...(evidence.companyKindsByNominal.get(described) ?? []));
      words.add(`${COMPANY}=${described}`);
    }
    // A kind the article gave the company before is its kind at every later mention ("Marks & Spencer" after "retailer Marks and Spencer").
    const known = KINDS_OF.get(bodies);
    const earlier = known?.get(root);
    if (earlier !== undefined) kinds.push(...earlier);
    if (kinds.length > 0) (known ?? KINDS_OF.set(bodies, new Map()).get(bodies)!).set(root, [...new Set(kinds)]);
    if (kinds.length === 0) words.add(COMPANY_OF_NO_KIND);
    for (const kind of kinds) words.add(`${COMPANY}:${kind}`);
  }
  // And as a party, for "the party", when its name does not say so: the Kuomintang, the KMT (p129: "KMT caucus whip Fu Kun-chi said
  // the party" had been the TPP, the one name with "Party" before it), or a party the article calls one ("the ruling Georgian
  // Dream party", p130).
  if (type === 'organization' && (evidence.gazetteer.isParty(name) || evidence.gazetteer.isParty(mention.text) || mention.method === 'rule:party-name')) words.add('Party');
  // And as a central bank, for "the central bank" (p110: the Bundesbank, whose name has no "Bank"; "the central bank" had
  // been whichever body with "Bank" the article named last, a lender too).
  // (And as a bank, for "the bank", where its name says so in another language: "Banco Central de Chile", "Bundesbank"; p130.)
  // (Not one whose name says no bank: the Monetary Authority of Singapore "fined the bank", Julius Baer, p134.)
  if (type === 'organization' && (CENTRAL_BANK.test(name) || CENTRAL_BANK.test(mention.text))) {
    words.add(CENTRAL_BANK_KEY);
    if (BANK_WORD.test(name) || BANK_WORD.test(mention.text)) words.add('Bank');
  }
  // And as a regulator or an anti-graft body, for "the regulator", "the watchdog", "the anti-graft body" (p118: none linked).
  if (type === 'organization' && (REGULATOR.test(name) || REGULATOR.test(mention.text))) words.add(REGULATOR_KEY);
  if (type === 'organization' && AGENCY_HEAD.test(name)) words.add(AGENCY_KEY);
  // And as a body of each kind its name says, for the nominals of that kind (`BODY_KINDS`: an anti-graft body, an election body, a bloc …).
  if (type === 'organization') for (const kind of BODY_KINDS) if (kind.name.test(name) || kind.name.test(mention.text)) words.add(kind.key);
  // (And a group the article says is one: "a civic group, Taichung Guardians" … "The group said", p135.)
  if (group) words.add(GROUP_KEY);
  const body = { root, sentence: mention.sentence };
  const formal = company && COMPANY_LEGAL_FORM.test(mention.text);
  for (const word of words) {
    let seen = bodies.get(word);
    if (seen === undefined) {
      seen = { latest: body, counts: new Map([[root, 1]]), best: root, bestCount: 1, second: 0 };
      bodies.set(word, seen);
    } else {
      if (seen.latest.root !== root) seen.other = seen.latest;
      seen.latest = body;
      const count = (seen.counts.get(root) ?? 0) + 1;
      seen.counts.set(root, count);
      if (root === seen.best) seen.bestCount = count;
      else if (count > seen.bestCount) [seen.best, seen.second, seen.bestCount] = [root, seen.bestCount, count];
      else if (count > seen.second) seen.second = count;
    }
    if (!word.startsWith(COMPANY)) continue;
    if (formal) {
      if (seen.formal !== undefined && seen.formal.root !== root) seen.formalOther = seen.formal;
      seen.formal = body;
    }
    if (opensLead && seen.lead === undefined) seen.lead = root;
    (seen.recent ??= []).push(body);
    if (seen.recent.length > MAX_RECENT_COMPANIES) seen.recent.shift();
  }
}

const GENERIC_COMPANY = /^(?:company|firm)$/u;
// Institutions' head words in Spanish, Portuguese, French and Italian, by their English word.
const FOREIGN_HEADS = new Map<string, string>([
  ...['Banco', 'Banque', 'Banca'].map((w): [string, string] => [w, 'Bank']),
  ...['Museo', 'Musée', 'Museu'].map((w): [string, string] => [w, 'Museum']),
  ...['Ministerio', 'Ministère', 'Ministério', 'Ministero'].map((w): [string, string] => [w, 'Ministry']),
  ...['Universidad', 'Université', 'Universidade', 'Università'].map((w): [string, string] => [w, 'University']),
  ...['Corte', 'Cour', 'Tribunal', 'Tribunale'].map((w): [string, string] => [w, 'Court']),
  ...['Partido', 'Parti', 'Partito'].map((w): [string, string] => [w, 'Party']),
  ...['Consejo', 'Conseil', 'Conselho', 'Consiglio'].map((w): [string, string] => [w, 'Council']),
  ...['Comisión', 'Comissão', 'Commissione'].map((w): [string, string] => [w, 'Commission']),
  ...['Instituto', 'Institut', 'Istituto'].map((w): [string, string] => [w, 'Institute']),
  ...['Agencia', 'Agence', 'Agência', 'Agenzia'].map((w): [string, string] => [w, 'Agency']),
]);
// A lower-case word after a name that makes it a unit of a body, not a company.
const UNIT_AFTER = /^ (?:division|unit|units|branch|department|bureau|directorate|task force|squad)\b/u;
// "The" and a nominal's modifier before its words (the one list extract's body nominals take).
const NOMINAL_THE = new RegExp(`^[Tt]he ${NOMINAL_MODIFIER}`, 'u');
// A central bank's name: "Bank of Japan", "European Central Bank", "Reserve Bank of India", "Federal Reserve", "Bundesbank",
// "Banque de France", "Swiss National Bank", "People's Bank of China", "Bangko Sentral ng Pilipinas".
const CENTRAL_BANK = /(?:^|\s)(?:Central Bank|Banco Central|Banque Centrale|Banque centrale|Banca Centrale|Reserve Bank|Federal Reserve|Bundesbank|Riksbank|Norges Bank|National Bank|Banque de France|Banca d'Italia|Banco de España|Bangko Sentral|Bank Negara|Bank Indonesia|Monetary Authority)(?:\s|$)|^(?:the )?(?:Fed|Bank of (?:Japan|England|Canada|Korea|Israel|Thailand|Mexico|Russia|Italy|France|Spain|Ghana|Uganda|Tanzania|Jamaica|Botswana|Namibia|Zambia|Mauritius|Papua New Guinea|Lithuania|Latvia|Estonia|Slovenia|Albania|Greece|Portugal|Finland)|People['’]s Bank of China)$/u;
const CENTRAL_BANK_KEY = '\u0000central bank';
// A bank's word in a name, in English or another language: "Bank", "Bundesbank", "Banco", "Banque", "Banca", "Bangko".
const BANK_WORD = /Ban(?:k|co|que|ca|gko)(?![\p{L}])|bank(?![\p{L}])/u;
// The clubs of states named "Group of …": the G7, the G20.
const STATES_GROUP = /^(?:the )?Group of (?:Seven|Eight|Twenty|Five|\d{1,2})$/u;
// The places "the county", "the township", "the prefecture", "the province", "the plant", "the hospital" and "the museum" refer to by their head word.
const PLACE_NOMINAL_HEAD = / (?:County|Township|Prefecture|Province|Plant|Hospital|Museum)$|^(?:Museo|Musée|Museu) /u;
// A regulator's name: a body that regulates, supervises or licenses a trade ("Financial Supervisory Commission", "Cyberspace
// Administration of China", "Competition and Markets Authority", "Securities and Exchange Commission", "Bundeskartellamt").
const REGULATOR = /(?:Regulat|Supervis|Securities and Exchange|Securities and Futures|Communications Commission|Conduct Authority|Competition|Markets Authority|Cyberspace Administration|Food and Drug Administration|Medicines|Trade Commission|Energy Commission|Aviation Administration|Civil Aviation Authority|Kartellamt|Ofcom|Ofgem|Ofwat)/u;
const REGULATOR_KEY = '\u0000regulator';
// An anti-graft body's name: "Independent Commission Against Corruption", "Corruption Eradication Commission", "Anti-Graft".
const ANTI_GRAFT = /(?:Corruption|Anti-Graft|Anti-Corruption|Integrity Commission|Graft|Financial Crimes)/u;
const ANTI_GRAFT_KEY = '\u0000anti-graft body';
const ELECTION_BODY = /(?:Election|Elections|Electoral)(?: Commission| Board| Council| Tribunal| Authority| Office)?(?![\p{L}])/u;
const ELECTION_KEY = '\u0000election body';
// The last word of an agency's name when it is not "Agency": a programme, an administration, a service, a bureau.
const AGENCY_HEAD = / (?:Programme|Program|Administration|Service|Bureau|Commission|Organization|Organisation|Office|Authority|Fund)$|^(?:\S+ )*Cent(?:er|re)s for |^(?:NASA|FEMA|CIA|NSA|EPA|NOAA|USAID|IAEA|JAXA|ISRO|DARPA|TSA|Frontex|Europol|Interpol)$/u;
const AGENCY_KEY = '\u0000agency';
// A reporting verb after a nominal: it is its sentence's subject ("…, the military said").
const SAID_AFTER = /^ (?:said|says|added|told|stated|reported|confirmed|announced)\b/u;

/** The text of `length` UTF-16 units after code point `end`. */
function textAfter(text: string, offsets: OffsetMap, end: number, length: number): string {
  const at = offsets.toUtf16(end);
  return text.slice(at, at + length);
}

// Nominals that name a body by what it is, not by a word of its name, and the names of such bodies (p130: "the appellate court"
// after "Court of Appeals", "the antigraft court" after "Sandiganbayan", "the bloc" after "European Union", "the military"
// after "Armed Forces of the Philippines", "The paramilitary group" after "Rapid Support Forces"; all unlinked). "The military"
// only as a sentence's subject, of a force named in it or the one before: "the opposition supported strengthening the military"
// after the People's Liberation Army is Taiwan's (p128).
const GROUP_KEY = '\u0000group';
const CENTRAL_BANK_NOMINAL = /^[Tt]he central bank$/u;

// A group's description right before a name or in apposition after it: "a civic group, Taichung Guardians", "advocacy group
// Human Rights Watch", "Taichung Guardians, a civic group".
// (Not "the group" after a name: "In a statement on Telegram, the group accused", p133.)
const GROUP_BEFORE = /\p{Ll} group,? $/u;
const GROUP_AFTER = /^, an? (?:[\p{Ll}-]+ ){0,3}group\b/u;

/** True where the article says in so many words that a body is a group (`GROUP_BEFORE`, `GROUP_AFTER`). */
function isDescribedGroup(mention: Mention, text: string, offsets: OffsetMap): boolean {
  const start = offsets.toUtf16(mention.start);
  const end = offsets.toUtf16(mention.end);
  return GROUP_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || GROUP_AFTER.test(text.slice(end, end + 48));
}

const BODY_KINDS: { key: string; nominal: RegExp; name: RegExp; near?: boolean; subject?: boolean }[] = [
  // "The anti-graft body" is one whose name says it fights corruption (p118); "the poll panel", "the election body" one whose name
  // says it runs elections (p129: the Election Commission of India and Elections Cameroon, unlinked).
  { key: ANTI_GRAFT_KEY, nominal: /^[Tt]he anti-(?:graft|corruption) (?:body|agency|watchdog)$/u, name: ANTI_GRAFT },
  { key: ELECTION_KEY, nominal: /^[Tt]he (?:poll|election|electoral) (?:panel|body|watchdog)$/u, name: ELECTION_BODY },
  { key: '\u0000appeals court', nominal: /^[Tt]he (?:appellate|appeals?) court$/u, name: /\b(?:Courts? of Appeals?|Appeals? Court|Appellate (?:Court|Division)|High Court)\b/u },
  { key: '\u0000anti-graft court', nominal: /^[Tt]he (?:anti-?graft|anti-corruption) court$/u, name: /^Sandiganbayan$|\b(?:Anti-?(?:Graft|Corruption)|Corruption) Court\b|\bCourt Against Corruption\b/u },
  { key: '\u0000bloc', nominal: /^[Tt]he bloc$/u, name: /^(?:the )?(?:European Union|EU|Association of Southeast Asian Nations|ASEAN|Mercosur|MERCOSUR|BRICS|African Union|Gulf Cooperation Council|GCC|Eurasian Economic Union|Economic Community of West African States|ECOWAS|Southern African Development Community|SADC|Shanghai Cooperation Organi[sz]ation|SCO|Caribbean Community|CARICOM|Andean Community|European Free Trade Association|EFTA|Arab League|League of Arab States|Pacific Alliance|Alliance of Sahel States|NATO|North Atlantic Treaty Organi[sz]ation)$/u },
  // "The alliance" of a body whose name says it is one, or of NATO, whose name does not (p140: unlinked).
  { key: '\u0000alliance', nominal: /^[Tt]he alliance$/u, name: /\bAlliance\b|^(?:NATO|North Atlantic Treaty Organi[sz]ation)$/u },
  // "The administration" only of an administration named in its sentence or the one before: elsewhere it is a government's
  // ("the Trump administration"; p132: "The Central Weather Administration (CWA) … The administration said", unlinked).
  { key: '\u0000administration', nominal: /^[Tt]he administration$/u, name: / Administration$/u, near: true },
  // "The group" of a network, a movement, an association or an armed group named in its sentence or the one before (p132: the Sudan
  // Doctors Network; p131: the RSF; p138: the Semiconductor Industry Association); a name with "Group" in it is found by that word first.
  { key: GROUP_KEY, nominal: /^[Tt]he group$/u, name: / (?:Network|Movement|Collective|Initiative|Watch|Front|Brigades?|Forces|Militia|Association|Alliance|Coalition|Federation|Confederation|Forum)$|^(?:Hamas|Hezbollah|Houthis|Taliban|al-Shabaab|Boko Haram|M23|RSF|HTS|ISWAP|JNIM)$/u, near: true },
  // A service by its own word, and a space agency by its name (p137: "Indian Navy divers … the navy said"; ISRO "the space agency").
  { key: '\u0000navy', nominal: /^[Tt]he navy$/u, name: /\bNavy\b/u, near: true },
  { key: '\u0000air force', nominal: /^[Tt]he air force$/u, name: /\bAir Force\b/u, near: true },
  { key: '\u0000space agency', nominal: /^[Tt]he space agency$/u, name: /\bSpace (?:Agency|Research Organi[sz]ation|Administration)\b|\bAeronautics and Space Administration\b|^(?:NASA|Nasa|ESA|JAXA|ISRO|CNSA|Roscosmos|KASA|TASA)$/u },
  { key: '\u0000military', nominal: /^[Tt]he military$/u, name: /\b(?:Armed Forces|Defen[cs]e Forces?|Self-Defense Forces|People['’]s Liberation Army|Tatmadaw)\b|^(?:PLA|IDF|SAF|TNI)$/u, near: true, subject: true },
  { key: '\u0000armed group', nominal: /^[Tt]he (?:(?:paramilitary|rebel|militant|armed|insurgent) (?:group|force)|militia)$/u, name: /\b(?:Rapid Support Forces|Militia|Mobili[sz]ation Forces|Hamas|Hezbollah|Hizbollah|Houthis?|Ansar Allah|Taliban|Taleban|al-Shabaab|Boko Haram|Islamic State|M23|Wagner Group|Arakan Army|Kachin Independence Army|Tehreek-e-Taliban|Lashkar-e-Taiba|Jaish-e-Mohammed|Hayat Tahrir al-Sham|Syrian Democratic Forces|Kurdistan Workers['’] Party|FARC|National Liberation Army|Revolutionary Armed Forces of Colombia|New People['’]s Army)\b|^(?:RSF|HTS|SDF|PKK|YPG|ISIS|ISIL|ISWAP|JNIM|TTP|ELN)$/u },
];

/**
 * The company nominal right before a name that says what it is ("drugmaker" of "Swiss drugmaker Novartis AG", "asset manager"
 * of "asset manager Jadwa Investment Co"), or undefined.
 */
function describedAs(mention: Mention, text: string, offsets: OffsetMap, nominals: ReadonlySet<string>): string | undefined {
  const start = offsets.toUtf16(mention.start);
  const words = /(?<![\p{L}-])(?:(\p{L}[\p{Ll}-]+) )?(\p{L}[\p{Ll}-]{2,}) $/u.exec(text.slice(Math.max(0, start - 32), start));
  if (words === null) return undefined;
  const last = words[2]!.toLowerCase();
  const two = words[1] === undefined ? undefined : `${words[1].toLowerCase()} ${last}`;
  // Another company than the story's: "parent company Vingroup JSC", "rival carmaker BYD" (p124: "the company" had been the parent).
  if (words[1] !== undefined && RELATED_COMPANY.test(words[1])) return undefined;
  return two !== undefined && nominals.has(two) ? two : nominals.has(last) ? last : undefined;
}
const RELATED_COMPANY = /^(?:parent|holding|sister|rival|partner|another|subsidiary|affiliated|former)$/iu;
const MAX_RECENT_COMPANIES = 8;
// A company's legal form at the end of its mention: "Sumitomo Pharma Co.", "Hsinmao Advanced Packaging Corp".
const COMPANY_LEGAL_FORM = / (?:Co|Corp|Inc|Ltd|LLC|plc|Plc|PLC|AG|SA|NV|SE|GmbH|Holdings)\.?$/u;

// A firm the story cites or someone left, which "the company" does not mean: "Analysts at Peel Hunt said …", "Peel Hunt analyst
// Jane Doe", "former Naver Corp researchers" (p96: "the company" had been the broker and the founders' old employer).
// Nor a platform someone wrote on: "said in a Facebook post", "wrote on X", "a YouTube video" (p124: "the company" had been Facebook).
// Nor a court a side will appeal to: "His lawyers said they would appeal to the Supreme Court. The court also upheld …" is the
// court that ruled (p127).
const CITED_BEFORE = /(?:\b(?:analysts?|economists?|strategists?|researchers?) (?:at|from|with)|\b(?:former|ex-)|\bbrokerage|\b(?:posted|wrote|said|shared|announced|streamed|written|posting|writing) on|\bappeal(?:ed|s|ing)? (?:to|with) the|\btake (?:it|the case) to the) $/iu;
// (Also after the firm's Han name: "Yuanta Securities Investment Consulting Co (元大投顧) analyst Jerry Su", p127.)
const CITED_AFTER = /^[)）]?(?:['’]s)?(?: ?[(（][^()（）]{1,24}[)）])? (?:analysts?|economists?|strategists?|posts?|page|account|video|livestream|channel|group chat|message)\b/u;

/** True for an organization mention in a phrase that cites it as a source or as a former employer (`CITED_BEFORE`, `CITED_AFTER`). */
function isCitedFirm(mention: Mention, text: string, offsets: OffsetMap): boolean {
  const start = offsets.toUtf16(mention.start);
  const end = offsets.toUtf16(mention.end);
  return (mayEndCitingWord(text, start) && CITED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) || CITED_AFTER.test(text.slice(end, end + 44));
}

/**
 * False unless a space ends at `start` after a letter or hyphen that CITED_BEFORE's words end in ("at", "from", "with", "former",
 * "ex-", "brokerage", "on", "the", in any case; a character beyond ASCII is left to the pattern, which ignores case).
 */
function mayEndCitingWord(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const code = text.charCodeAt(start - 2);
  if (code >= 0x80) return true;
  return code === 0x2d || 'tmhren'.includes(String.fromCharCode(code | 0x20));
}

/**
 * The body a word of the lexicon's body synonyms names ("cabinet": the Executive Yuan), when the run names that body
 * somewhere (an entity needs a name) and it is the article's country's: its root.
 */
function synonymBody(word: string, evidence: ResolveEvidence, home: () => string | undefined, named?: (name: string) => boolean): string | undefined {
  const target = evidence.bodySynonymTargets.get(word.toLowerCase());
  if (target === undefined) return undefined;
  const key = nameKey('organization', target);
  if (!evidence.parent.has(key)) return undefined;
  // (Or, where the article says no country, when it names the body itself: "Legislature passes amended budget" over "The
  // Legislative Yuan yesterday passed …", p140: an organization "Legislature".)
  const country = evidence.gazetteer.organizationCountry(target);
  return country === home() || (home() === undefined && named?.(target) === true) ? find(evidence, key) : undefined;
}

/** A body named by its other word alone, as a headline does ("Cabinet approves budget"), in its country's story: that body. */
function namedSynonym(mention: Mention, evidence: ResolveEvidence, home: () => string | undefined, named: (name: string) => boolean): Link | undefined {
  if (mention.kind !== 'name' || mention.type !== 'organization' || mention.text.includes(' ')) return undefined;
  const root = synonymBody(mention.text, evidence, home, named);
  return root === undefined ? undefined : { root, kind: 'variant', evidence: `the ${mention.text.toLowerCase()} of the article's country` };
}

/**
 * The companies a nominal of kinds names ("the airline", "the lender"): those of its kind named last, else (but for
 * `kindOnly`) those of no kind; never a company of another kind (p104: "The airline" had been Evergreen Marine, and
 * "The lender" a developer, the company named most).
 */
function companiesOfKind(bodies: NamedBodies, kinds: string[], kindOnly: boolean): ReturnType<NamedBodies['get']> {
  let seen: ReturnType<NamedBodies['get']>;
  for (const kind of kinds) {
    const ofKind = bodies.get(`${COMPANY}:${kind}`);
    if (ofKind !== undefined && (seen === undefined || ofKind.latest.sentence > seen.latest.sentence)) seen = ofKind;
  }
  return seen ?? (kindOnly ? undefined : bodies.get(COMPANY_OF_NO_KIND));
}

/**
 * "The council", "the department's", "the act": the body of that type the article named before it, by its head word
 * ("Council" in the Taipei City Council). "The company", "the chipmaker": the company it named before; "the airline", a
 * company of that kind (`companiesOfKind`). When the article named several: the one named alone in this sentence, else
 * alone in the one before; else, for a company, one named at least twice as often as any other, the one named there with
 * its legal form, or the article's first; otherwise no link (the mention is dropped). Not a firm the story cites or someone
 * left (`isCitedFirm`).
 */
function linkBodyNominal(
  mention: Mention, bodies: NamedBodies, evidence: ResolveEvidence, home: () => string | undefined, ofSentencePlace?: (roots: Iterable<string>) => string | undefined,
  after?: () => string, ofSubject?: (roots: Iterable<string>) => string | undefined,
): Link | undefined {
  // The nominal's word or two words, without "the" (or "central", "state", "national": "the central bank", "the state oil company").
  const word = mention.text.replace(NOMINAL_THE, '');
  const asCompany = evidence.companyNominals.has(word);
  const synonym = evidence.bodySynonymTargets.has(word.toLowerCase());
  const kinds = asCompany ? evidence.companyKindsByNominal.get(word) : undefined;
  // A company the article described with the word comes first: "Swiss drugmaker Novartis AG" … "the drugmaker said" (p107).
  // "The regulator" is a body whose name says it regulates, else an anti-graft body; none named, no link.
  const regulator = /^[Tt]he (?:regulator|watchdog)$/u.test(mention.text);
  if (regulator && !bodies.has(REGULATOR_KEY) && !bodies.has(ANTI_GRAFT_KEY)) return undefined;
  // "The agency" is a body whose name says so, else one named by another head an agency has: "the World Food Programme (WFP)
  // … said the agency", "the Philippine Atmospheric … Services Administration said. The agency said" (p129: unlinked).
  // (Or one named after the last body with "Agency" in its name: "the European Space Agency (ESA) … NASA plans … The agency's
  // administrator" is NASA's, p133.)
  const named = bodies.get('Agency');
  const byHead = /^[Tt]he agency$/u.test(mention.text) ? bodies.get(AGENCY_KEY) : undefined;
  const agency = byHead !== undefined && (named === undefined || byHead.latest.sentence > named.latest.sentence) ? byHead : undefined;
  // (A body of a kind no word of its name says: "the bloc", "the appellate court"; none named, no link.)
  // ("The group" is first a body with "Group" in its name.)
  const kind = /^[Tt]he group$/u.test(mention.text) && bodies.has('Group') ? undefined : BODY_KINDS.find((k) => k.nominal.test(mention.text));
  if (kind !== undefined && !bodies.has(kind.key)) return undefined;
  // (A kind read only as a sentence's subject: capitalized, or before "said".)
  if (kind?.subject === true && !/^The /u.test(mention.text) && !SAID_AFTER.test(after?.() ?? '')) return undefined;
  const central = CENTRAL_BANK_NOMINAL.test(mention.text) ? bodies.get(CENTRAL_BANK_KEY)
    : regulator ? bodies.get(REGULATOR_KEY) ?? bodies.get(ANTI_GRAFT_KEY) : kind !== undefined ? bodies.get(kind.key) : agency;
  const seen = central !== undefined ? central : asCompany && bodies.has(`${COMPANY}=${word}`) ? bodies.get(`${COMPANY}=${word}`)
    : kinds !== undefined ? companiesOfKind(bodies, kinds, evidence.companyKindOnly.has(word))
    : bodies.get(asCompany ? COMPANY : synonym ? `=${word.toLowerCase()}` : capitalizedWords(word));
  // A body another word names is that body in its country's stories, named there or not: Taiwan's press writes "the Cabinet"
  // for the Executive Yuan before naming it, or never (p102).
  if (seen === undefined && synonym) {
    const root = synonymBody(word, evidence, home);
    if (root !== undefined) return { root, kind: 'nominal', evidence: `the ${word.toLowerCase()} of the article's country` };
  }
  if (seen === undefined) return undefined;
  const { latest, other } = seen;
  // (A body "the agency" reads only by its head's kind only in its sentence or the one before: not the World Health
  // Organization paragraphs back, where the agency is Taiwan's CDC.)
  if ((agency !== undefined || kind?.near === true) && latest.sentence < mention.sentence - 1) return undefined;
  const found = asCompany ? 'the company the article named before' : `the ${word} the article named before`;
  if (seen.counts.size === 1) return { root: latest.root, kind: 'nominal', evidence: found };
  // Of several central banks, the one whose country its sentence names: "Japan's core inflation stayed above the central bank's
  // target" after the Fed (p128: the Fed, named in the sentence before).
  const placed = central !== undefined && ofSentencePlace !== undefined ? ofSentencePlace(seen.counts.keys()) : undefined;
  if (placed !== undefined) return { root: placed, kind: 'nominal', evidence: 'the central bank of the place its sentence names' };
  // Of several parties, the one whose role its sentence's first person holds: "Huang [the TPP's chairman] told reporters at the
  // party's headquarters" after "DPP candidate Shen Hui-hung" (p137: the DPP).
  const held = word === 'party' && ofSubject !== undefined ? ofSubject(seen.counts.keys()) : undefined;
  if (held !== undefined) return { root: held, kind: 'nominal', evidence: 'the party of the role its sentence\'s first person holds' };
  // Or the one the article names at least twice as often as any other, where no other stands in its sentence: "Bank Indonesia cut
  // … when the US Federal Reserve resumed cutting. … pressed the central bank" (p135: the Fed, named in the sentence before).
  if (CENTRAL_BANK_NOMINAL.test(mention.text) && seen.bestCount >= 2 && seen.bestCount >= 2 * seen.second && (latest.root === seen.best || latest.sentence < mention.sentence)) {
    return { root: seen.best, kind: 'nominal', evidence: 'the central bank the article names most' };
  }
  // Of several courts, the one the article names at least twice as often as any other, where the last one named is not in the
  // nominal's sentence: "The Taiwan High Court … reduced … The Taipei District Court in March had sentenced Ko … The court upheld"
  // (p139: the district court).
  // (Not "the court below", the lower one.)
  if (word.toLowerCase() === 'court' && seen.bestCount >= 2 && seen.bestCount >= 2 * seen.second && latest.sentence < mention.sentence && !/^ below\b/u.test(after?.() ?? '')) {
    return { root: seen.best, kind: 'nominal', evidence: 'the court the article names most' };
  }
  // One named earlier in the sentence, alone: "Kestrel Ridge's managing partner said the firm would …".
  if (latest.sentence === mention.sentence && (other === undefined || other.sentence !== mention.sentence)) return { root: latest.root, kind: 'nominal', evidence: found };
  // Or in the sentence before, alone there.
  if (latest.sentence >= mention.sentence - 1 && (other === undefined || other.sentence < mention.sentence - 1)) return { root: latest.root, kind: 'nominal', evidence: found };
  if (!asCompany) return undefined;
  // A company the article names at least twice as often as any other is the one "the company" means, whoever the lead
  // lists after it: "TSMC … customers such as Nvidia Corp and Apple Inc … The company's net profit" (p94); also beside a
  // company named with its legal form ("Daon's models are installed in vehicles made by Hyundai Motor Co, and the company …").
  if (seen.bestCount >= 2 * Math.max(1, seen.second)) return { root: seen.best, kind: 'nominal', evidence: 'the company the article names most' };
  // One named with its legal form there, alone: "Sumitomo Pharma Co. seeks approval … The company filed" beside a journal (p96).
  const { formal, formalOther } = seen;
  if (formal !== undefined && formal.sentence >= mention.sentence - 1 && (formalOther === undefined || formalOther.sentence < mention.sentence - 1)) {
    return { root: formal.root, kind: 'nominal', evidence: 'the company named with its legal form before' };
  }
  // Else "the company" or "the firm" is the first company of the article's opening sentences: "Hsinmao Advanced Packaging Corp … said" …
  // "the company's order backlog" (p96). Not a kind of company: "The chipmaker" after "Nvidia … from TSMC" is either of them.
  // Only where the companies of its sentence and the one before include that one, or there are none: "Konkola Copper Mines Plc
  // (KCM), which is controlled by Vedanta Resources Ltd" … "the company" is neither the article's first (p99).
  const near = (seen.recent ?? []).filter((b) => b.sentence >= mention.sentence - 1);
  const leadNear = near.length === 0 || near.some((b) => b.root === seen.lead);
  return seen.lead !== undefined && leadNear && GENERIC_COMPANY.test(word) ? { root: seen.lead, kind: 'nominal', evidence: 'the company the article names first' } : undefined;
}

function linkMention(
  mention: Mention, index: number, full: FullNames, roles: RoleHolders,
  evidence: ResolveEvidence, names: ResolvedNames, local: ArticleNames, role: LocalRole | undefined, roleAt?: (start: number) => LocalRole | undefined,
): Link | undefined {
  if (mention.kind === 'nominal') return linkNominal(mention, roles, names);
  const first = mention.kind === 'name' && !mention.text.includes(' ') ? full.byFirstWord.get(personKey(mention.text)) : undefined;
  if (first !== undefined) {
    mention.type = 'person';
    return { root: first.root, kind: 'variant', evidence: `first name of ${first.mention.text}, earlier in the article` };
  }
  const country = mention.type === 'other' ? demonymPlace(evidence, mention.text) : undefined;
  if (country) return { root: find(evidence, country), kind: 'demonym', evidence: `demonym of ${keyName(country)}`, keepsType: true };
  // A capital that acts is its government, an organization, and the same entity as the city ("Beijing says").
  if (isActingSeat(mention, evidence)) return { root: find(evidence, nameKey('place', mention.text)), keepsType: true };
  // A bare Han name takes the type a pair of the run gave it (台積電 is the company wherever it stands alone).
  const hanType = mention.kind === 'zh' ? evidence.hanTypes.get(mention.text) : undefined;
  if (hanType && hanType !== mention.type) mention.type = hanType;
  const name = keyText(mention, local);
  const majority = mention.type !== 'person' && mention.kind !== 'zh' && mention.method !== 'rule:ship' && name === mention.text ? names.majority.get(`${keyName(nameKey(mention.type, mention.text))}${acronymMark(mention.text, evidence.gazetteer)}`) : undefined;
  if (majority) mention.type = majority;
  const key = articleKey(mention.type, name, local, mention.start);
  const root = find(evidence, key);
  if (keyScope(key) !== undefined) {
    // A bare name the article also gives an unnamed person ("a former officer surnamed Tsai (蔡)") is the one
    // named nearest before it: "Director-General Tsai Ming-yen (蔡明彥) told … "…," Tsai said".
    const word = mention.type === 'person' && mention.kind === 'name' && !mention.text.includes(' ') ? personKey(mention.text) : undefined;
    if (word === undefined) return { root };
    const named = full.earlier.get(word);
    const unnamed = full.unnamedAt.get(word);
    // Before the unnamed person is introduced, a bare name is the full name before it: "Chief Prosecutor Hung Wei-hua
    // said … Hung said … a representative surnamed Hung (洪)".
    const introduction = local.introductions.has(mention.start);
    // Beside another unnamed person's bare name ("Chen and Lin had used shell companies"), it is the unnamed one too.
    const partnered = unnamed !== undefined && [full.mentions[index - 1], full.mentions[index + 1]].some((other) => other !== undefined && other.type === 'person' &&
      other.kind === 'name' && !other.text.includes(' ') && Math.abs(other.start - mention.start) <= mention.text.length + other.text.length + 5 &&
      local.anonymous.has(other.text.toLowerCase()) && !full.earlier.has(personKey(other.text)));
    if (named && !partnered && (unnamed === undefined ? !introduction : named.mention.start > unnamed) && personKey(familyName(named.mention.text) ?? '') === word) {
      return { root: named.root, kind: 'variant', evidence: `family name of ${named.mention.text}, earlier in the article` };
    }
    full.unnamedAt.set(word, mention.start);
    return { root };
  }
  if (mention.type === 'person' && mention.kind === 'name' && !isHan(mention.text)) {
    if (!mention.text.includes(' ')) {
      // The article's own person with that family name comes first: the one it has named most, the nearest on a
      // tie ("Cheng" after Cheng Li-wun and Wu Cheng is Cheng Li-wun), even where the run has bound the bare name
      // to someone else ("Lai's (賴清德)" in one article, "Legislator Lai Shyh-bao … Lai said" in another).
      const own = full.mostNamed.get(personKey(mention.text));
      const named = own && (newlyNamed(full, personKey(mention.text), own, mention.sentence) ?? own);
      if (named && named.root !== root) return { root: named.root, kind: 'variant', evidence: `family name of ${named.mention.text}, earlier in the article` };
      if (!names.withFullName.has(root)) {
        const partial = linkPartialName(mention, index, full, evidence, names, local, role, roleAt);
        if (partial) return partial;
      }
    } else {
      // The end of a longer name earlier in the article: "López Obrador" after "Andrés Manuel López Obrador".
      const longer = full.earlier.get(personKey(mention.text));
      if (longer && longer.root !== root && longer.mention.text.length > mention.text.length) {
        const part = personKey(longer.mention.text).startsWith(`${personKey(mention.text)} `) ? 'start' : 'end';
        return { root: longer.root, kind: 'variant', evidence: `${part} of ${longer.mention.text}, earlier in the article` };
      }
      // Or later, as a headline names a person the story names in full: "Von der Leyen backs …" over "Ursula von der Leyen".
      const after = longer === undefined ? firstFrom(full.later.get(personKey(mention.text)), index + 1) : undefined;
      const next = after === undefined ? undefined : full.mentions[after]!;
      const nextRoot = next && next.text.length > mention.text.length ? find(evidence, nameKey('person', next.text)) : undefined;
      if (nextRoot !== undefined && nextRoot !== root) return { root: nextRoot, kind: 'variant', evidence: `end of ${next!.text}, later in the article` };
    }
  }
  const zh = names.zh.get(root);
  const isCanonical = names.canonical.get(root) === mention.text;
  if (zh && !isCanonical && romanizations(mention.type, zh, evidence.gazetteer).includes(keyName(key))) {
    return { root, kind: 'romanized', evidence: `romanization of ${zh}` };
  }
  // Only where the gazetteer is what joins them: "Orchid Island" is a place of its own there, and Lanyu's by a pair.
  const place = mention.type === 'place' && !isCanonical ? evidence.gazetteer.place(mention.text) : undefined;
  if (place !== undefined && place === evidence.gazetteer.place(names.canonical.get(root)!)) {
    return { root, kind: 'gazetteer', evidence: `gazetteer: ${names.canonical.get(root)}` };
  }
  // So is an organization's short name the lexicon knows ("Fed" is the Federal Reserve, "BOJ" the Bank of Japan).
  const organization = mention.type === 'organization' && !isCanonical ? evidence.gazetteer.organization(mention.text) : undefined;
  if (organization !== undefined && organization === names.canonical.get(root)) {
    return { root, kind: 'gazetteer', evidence: `gazetteer: ${organization}` };
  }
  return { root };
}

/**
 * Pass 2: assigns entity ids to one article's mentions (in place; nominal mentions that link to
 * nobody are dropped) and adds them, their aliases and roles to the tally. Returns the article's
 * alias rows (one per entity, alias and kind), for aliases.csv in input order.
 */
export function resolveArticle(result: ArticleResult, evidence: ResolveEvidence, names: ResolvedNames, tally: EntityTally): Alias[] {
  const articleId = result.article.id;
  const rows = new Map<string, Alias>();
  const addAlias = (alias: Alias) => {
    const key = aliasKey(alias);
    if (rows.has(key)) return;
    rows.set(key, alias);
    if (!tally.aliases.has(key)) tally.aliases.set(key, alias);
  };
  const rolesAt = new Map<number, LocalRole>(result.roles.map((r) => [r.start, r]));
  const organizationStarts = new Set(result.mentions.filter((m) => m.type === 'organization').map((m) => m.start));
  // Organizations by name: a role may skip an acronym in brackets after one ("Chinese Nationalist Party (KMT) Legislator").
  const organizationNames = new Set(result.mentions.filter((m) => m.type === 'organization' && m.kind === 'name' && m.text.includes(' ')).map((m) => m.text));
  const roles: RoleHolders = new Map();
  // Each word of the article's active roles so far → who holds a role with it ("samsung" → Lee Jae-yong): `possessedFamilyName`.
  const roleWords = new Map<string, Set<string>>();
  const kept: Mention[] = [];
  const local = articleNames(result, evidence);
  const taught = new Set(result.aliases.map((a) => a.alias));
  result.mentions = withRunFamilyNames(result, names, local.anonymous);
  const full = indexFullNames(result.mentions);
  const offsets = offsetMap(result.article.text);
  const bodies: NamedBodies = new Map();
  // The article's country, read once and only where a nominal asks (`linkBodyNominal`).
  let homeCountry: string | null | undefined;
  const home = (): string | undefined => {
    if (homeCountry === undefined) homeCountry = datelineCountry(result, evidence) ?? mainCountry(result, evidence) ?? null;
    return homeCountry ?? undefined;
  };
  const isPlace = (name: string) => evidence.gazetteer.place(name) !== undefined;
  // The names the article gives, read once and only where a body's other word asks (`synonymBody`).
  let namedHere: Set<string> | undefined;
  const named = (name: string): boolean => (namedHere ??= new Set(result.mentions.filter((m) => m.kind === 'name').map((m) => m.text))).has(name);
  // Ministers by portfolio ("Defense Minister Wellington Koo"), and where the last of them was named, in full or bare:
  // "the ministry" right after is his.
  const ministers = new Map<string, string[]>();
  let minister: { sentence: number; portfolio: string[] } | undefined;
  // The family names of those the article titles as heads of a government (president, premier, governor…) → the person.
  const leaders = new Map<string, { root: string; text: string }>();
  // The places each sentence names, read once where a nominal asks (`bodyOfSentencePlace`).
  let sentencePlaces: Map<number, string[]> | undefined;
  // The one body of `roots` whose name holds a place the sentence names ("Bank of Japan" for "Japan's … the central bank").
  const bodyOfSentencePlace = (roots: Iterable<string>, sentence: number): string | undefined => {
    if (sentencePlaces === undefined) {
      sentencePlaces = new Map();
      for (const m of result.mentions) {
        if (m.type !== 'place' || m.kind === 'nominal') continue;
        const list = sentencePlaces.get(m.sentence);
        if (list === undefined) sentencePlaces.set(m.sentence, [m.text]);
        else if (list.length < 8) list.push(m.text);
      }
    }
    const places = sentencePlaces.get(sentence);
    if (places === undefined) return undefined;
    let found: string | undefined;
    for (const root of roots) {
      const name = ` ${names.canonical.get(root) ?? ''} `;
      if (!places.some((place) => name.includes(` ${place} `))) continue;
      if (found !== undefined) return undefined;
      found = root;
    }
    return found;
  };
  // The last person named, for a nominal in apposition right after the name (`appositionOf`).
  let lastPerson: { end: number; root: string } | undefined;
  // The first person each sentence names, the role each person holds, and how the article writes each body: "the party" in
  // a sentence whose subject holds a party's role is that party (`subjectsBody`).
  let subject: { sentence: number; root: string } | undefined;
  const heldRoles = new Map<string, string>();
  const bodyTexts = new Map<string, string[]>();
  const subjectsBody = (roots: Iterable<string>, sentence: number): string | undefined => {
    const held = subject !== undefined && subject.sentence === sentence ? heldRoles.get(subject.root) : undefined;
    if (held === undefined) return undefined;
    let found: string | undefined;
    for (const root of roots) {
      if (!(bodyTexts.get(root) ?? []).some((text) => held.includes(text))) continue;
      if (found !== undefined) return undefined;
      found = root;
    }
    return found;
  };
  // The places named so far by a compass word and a name ("North Korea"), by the compass word: `compassShortName`.
  const compassPlaces = new Map<string, string>();
  result.mentions.forEach((mention, index) => {
    // The title the article gives this mention, if any ("Defense Minister" of "Defense Minister Wellington Koo").
    const role = rolesAt.get(mention.start);
    const link = mention.kind === 'nominal' && mention.type !== 'person' ? (namedRightAfter(mention, result.mentions[index + 1], result.article.text, offsets) ? undefined
      : linkBodyNominal(mention, bodies, evidence, home, (roots) => bodyOfSentencePlace(roots, mention.sentence), () => textAfter(result.article.text, offsets, mention.end, 12),
        (roots) => subjectsBody(roots, mention.sentence)))
      : mention.kind === 'nominal' && appositionOf(mention, lastPerson, result.article.text, offsets) ? { root: lastPerson!.root, kind: 'nominal' as const, evidence: 'the name the nominal is in apposition to' }
      : ledGovernment(mention, leaders, result.article.text, offsets) ?? compassShortName(mention, compassPlaces, result.article.text, offsets) ??
        titledFamilyName(mention, role, roles, full) ?? possessedFamilyName(mention, roleWords, full, result.article.text, offsets) ?? namedSynonym(mention, evidence, home, named) ??
        linkMention(mention, index, full, roles, evidence, names, local, role, (start) => rolesAt.get(start));
    if (!link) return;
    // A bench, a state or an assembly by its common noun alone that the article links to no longer name ("the National Assembly")
    // is none: as an id it would merge every one of them in the run (p99: "the State's policy", "the Assembly election").
    if (mention.kind === 'name' && GENERIC_BODY_WORD.test(mention.text) && names.canonical.get(link.root) === mention.text) return;
    const entity = entityFor(link.root, evidence, names, tally);
    if (mention.type === 'person' && mention.kind !== 'nominal') {
      // (Not a minister the role gives a country: "Chinese Minister of Foreign Affairs Wang Yi … , the ministry said" is the
      // story's own ministry, p84.)
      if (role !== undefined && MINISTER.test(role.role) && !role.role.split(/\s+/u).some((w) => evidence.gazetteer.demonymCountry(w) !== undefined || countryOfPlace(evidence.gazetteer, w) !== undefined)) {
        ministers.set(link.root, portfolioWords(role.role));
      }
      const portfolio = ministers.get(link.root);
      if (portfolio !== undefined) minister = { sentence: mention.sentence, portfolio };
    }
    // Not another ministry than the minister's who speaks in this sentence or the one before (p94: "Koo said the ministry
    // would …" had been the Ministry of the Interior, named paragraphs before, when Koo is the defense minister).
    if (mention.kind === 'nominal' && /ministry$/iu.test(mention.text) && minister !== undefined && minister.sentence >= mention.sentence - 1 &&
      minister.portfolio.length > 0 && !sharesPortfolio(minister.portfolio, entity.name)) return;
    // (And a county, a township, a prefecture or a province by its head word, for "the county" after "Kinmen County"; p118.)
    const placeHead = entity.type === 'place' && mention.kind === 'name' && PLACE_NOMINAL_HEAD.test(entity.name);
    // (And a festival, an event, for "the festival".)
    const festival = entity.type === 'other' && mention.kind === 'name' && / Festival$/u.test(entity.name);
    // (Not a Han name in the bracket after its English name: that name was noted, or was a firm the story cites, "Analysts at
    // Yuanta Securities Investment Consulting Co (元大投顧) said the company's …" is TSMC's, p140.)
    const bracketed = mention.kind === 'zh' && /[(（]\s*$/u.test(result.article.text.slice(Math.max(0, offsets.toUtf16(mention.start) - 2), offsets.toUtf16(mention.start)));
    if (mention.kind !== 'nominal' && !bracketed && (entity.type === 'organization' || entity.type === 'law' || placeHead || festival) && !isCitedFirm(mention, result.article.text, offsets)) {
      noteBody(bodies, mention, entity.type, link.root, entity.name, isPlace, evidence, mention.sentence <= 3, describedAs(mention, result.article.text, offsets, evidence.companyNominals),
        entity.type === 'organization' && isDescribedGroup(mention, result.article.text, offsets), UNIT_AFTER.test(textAfter(result.article.text, offsets, mention.end, 12)));
    }
    if (mention.type === 'person' && mention.kind === 'name' && role !== undefined && LEADER_ROLE.test(role.role) && mention.text.includes(' ')) {
      const family = familyName(mention.text);
      if (family !== undefined) leaders.set(personKey(family), { root: link.root, text: mention.text });
    }
    if (entity.type === 'person' && mention.kind === 'name') {
      lastPerson = { end: mention.end, root: link.root };
      if (subject === undefined || subject.sentence !== mention.sentence) subject = { sentence: mention.sentence, root: link.root };
      if (role !== undefined && !heldRoles.has(link.root)) heldRoles.set(link.root, role.role);
    }
    if (entity.type === 'organization' && mention.kind !== 'nominal') {
      const texts = bodyTexts.get(link.root);
      if (texts === undefined) bodyTexts.set(link.root, [mention.text]);
      else if (texts.length < 4 && !texts.includes(mention.text)) texts.push(mention.text);
    }
    if (entity.type === 'place' && mention.kind === 'name' && COMPASS_NAME.test(mention.text)) compassPlaces.set(mention.text.slice(0, mention.text.indexOf(' ')), link.root);
    mention.entityId = entity.id;
    // A demonym stays `other` while it links to its country; other links take the entity's type.
    if (!link.keepsType) mention.type = entity.type;
    kept.push(mention);
    if (mention.kind !== 'nominal') {
      const text = result.article.text;
      noteFullName(full, mention, link.root, opensSentence(mention, role, result.sentenceStarts, text, offsets), namedAsParent(mention, role, text, offsets));
    }
    // An Indigenous person named in dotted Han parts goes by the first word: "Icyang Parod (夷將‧拔路兒) … Icyang said".
    const zh = mention.type === 'person' && mention.kind === 'name' && mention.text.includes(' ') ? names.zh.get(link.root) : undefined;
    if (zh !== undefined && isDottedHan(zh)) full.byFirstWord.set(personKey(mention.text.slice(0, mention.text.indexOf(' '))), { mention, root: link.root });
    // "The council" says nothing of the body's name that its type does not: no alias of the entity.
    countMention(entity, articleId, mention.kind === 'nominal' && mention.type !== 'person' ? entity.name : mention.text);
    if (role && mention.kind === 'name') {
      // A nationality before a title says where, not what: "Taiwanese Vice President" is listed as "Vice President"
      // (the nominal "the Taiwanese vice president" still finds the whole role); not when it starts an
      // organization's name ("Chinese Communist Party General Secretary").
      const roleStart = mention.start - codePointLength(role.role) - 1;
      const listed = organizationStarts.has(roleStart) || opensWithName(role.role, organizationNames) ? role.role : withoutDemonym(role.role, evidence.gazetteer);
      entity.roles.add(listed);
      const active = activeRole(role.role);
      if (active) {
        noteRole(roles, active, link.root, mention.start, (name) => evidence.gazetteer.place(name) !== undefined || evidence.gazetteer.demonymCountry(name) !== undefined);
        for (const w of active.split(ROLE_WORD_BREAK)) {
          const holders = roleWords.get(w);
          if (holders === undefined) roleWords.set(w, new Set([link.root]));
          else holders.add(link.root);
        }
      }
    }
    // Not a gazetteer row for a name the article's own pair taught ("Democratic Progressive Party (DPP)").
    if (link.kind && !(link.kind === 'gazetteer' && taught.has(mention.text))) {
      addAlias({ entityId: entity.id, alias: mention.text, lang: isHan(mention.text) ? 'zh' : 'en', kind: link.kind, articleId, evidence: link.evidence ?? '' });
    }
  });
  result.mentions = kept;
  for (const alias of result.aliases) {
    const root = find(evidence, pairNameKey(alias, local));
    const entity = entityFor(root, evidence, names, tally);
    // A pair teaches a name even where it is never used again ("artificial intelligence (AI)"): the entity, with no
    // mention, is still one of this article's (p118: a row with article_count 0 beside its alias row).
    if (alias.alias !== entity.name) entity.aliases.add(alias.alias);
    countArticle(entity, articleId);
    addAlias({ entityId: entity.id, alias: alias.alias, lang: alias.lang, kind: alias.kind, articleId, evidence: alias.evidence });
  }
  return [...rows.values()];
}

// A head of government's title: whose family name names an administration ("the Lai administration").
const LEADER_ROLE = /\b(?:President|Premier|Prime Minister|Chancellor|Governor|Mayor|Chief Executive|Chief Minister)$/u;
// What a leader's family name heads: "the Lai administration", "the Trump White House", "the Albanese government".
const LED_AFTER = /^ (?:administration|government|Cabinet|cabinet|White House|presidency|era)\b/u;

/**
 * True when a person's nominal stands in apposition right after a person's name: "Tomasz Siemoniak, the minister coordinating
 * the special services," is Siemoniak, not the prime minister the article named first (p130).
 */
function appositionOf(mention: Mention, last: { end: number; root: string } | undefined, text: string, offsets: OffsetMap): boolean {
  if (last === undefined || mention.type !== 'person' || !commaApart(last.end, mention.start, text, offsets)) return false;
  // (Not one whose possessive the apposition is about: "Maryam Nawaz Sharif, the prime minister's niece".)
  const end = offsets.toUtf16(mention.end);
  return !/^['’]/u.test(text.slice(end, end + 1));
}

/**
 * True when a body nominal is the head of an apposition whose name comes right after it: "by the election body, Elections
 * Cameroon (ELECAM)" names a body the article has not named before, not the one it named last (p129: the Election Commission
 * of India). Such a nominal is dropped, not linked to the wrong body.
 */
function namedRightAfter(mention: Mention, next: Mention | undefined, text: string, offsets: OffsetMap): boolean {
  return next !== undefined && next.kind !== 'nominal' && next.type === mention.type && commaApart(mention.end, next.start, text, offsets);
}

/** True when only ", " stands between code points `end` and `start`: an apposition's comma. */
function commaApart(end: number, start: number, text: string, offsets: OffsetMap): boolean {
  return start - end === 2 && text.slice(offsets.toUtf16(end), offsets.toUtf16(start)) === ', ';
}

/** A family name before "administration" or "government" is the leader the article titled so, not a namesake legislator (p124). */
function ledGovernment(mention: Mention, leaders: Map<string, { root: string; text: string }>, text: string, offsets: OffsetMap): Link | undefined {
  if (leaders.size === 0 || mention.type !== 'person' || mention.kind !== 'name' || mention.text.includes(' ')) return undefined;
  const leader = leaders.get(personKey(mention.text));
  if (leader === undefined) return undefined;
  const end = offsets.toUtf16(mention.end);
  if (!LED_AFTER.test(text.slice(end, end + 20))) return undefined;
  return { root: leader.root, kind: 'variant', evidence: `family name of ${leader.text}, who heads the government` };
}

// A country or region named by a compass word and its name: "North Korea", "South Sudan", "West Bank".
const COMPASS_NAME = /^(?:North|South|East|West) \p{Lu}\p{Ll}+$/u;

/**
 * "The North" after "North Korea" is North Korea, "the South" after "South Sudan" South Sudan: the place the article
 * named with that compass word, not a place of its own (p128: `place:north`).
 */
function compassShortName(mention: Mention, places: Map<string, string>, text: string, offsets: OffsetMap): Link | undefined {
  if (places.size === 0 || mention.type !== 'place' || mention.kind !== 'name') return undefined;
  const root = places.get(mention.text);
  if (root === undefined) return undefined;
  const start = offsets.toUtf16(mention.start);
  if (!/(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, start - 5), start))) return undefined;
  // (Not a region of a place: "the North of England".)
  const end = offsets.toUtf16(mention.end);
  if (/^ of /u.test(text.slice(end, end + 4))) return undefined;
  return { root, kind: 'variant', evidence: `the ${mention.text} of the article's ${mention.text} …` };
}

// English pronouns and small words that are also family names ("He" is 何, "An" 安): alone, the word.
const FUNCTION_WORDS = new Set(['he', 'she', 'we', 'it', 'an', 'so', 'do', 'go', 'no', 'on', 'or', 'to', 'us', 'me', 'my', 'in', 'is', 'at', 'as', 'be', 'by', 'if', 'of', 'up']);

const LOWER_WORD = /^\p{Ll}+$/u;
// A letter right before or after a word: the whole code point, as the look-arounds of a Unicode pattern read it.
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * True when `word` stands in `text` as a run of lower-case letters with no letter either side: what a Set of the text's
 * `(?<![\p{L}])\p{Ll}+(?![\p{L}])` matches would say, without matching every word of the text to make it.
 */
function hasLowerWord(text: string, word: string): boolean {
  if (!LOWER_WORD.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(at + word.length, at + word.length + 2))) return true;
  }
  return false;
}

/**
 * Returns the article's mentions with the bare family names of people the run knows by their full
 * name and no one else shares ("Cho said …" where another article named Premier Cho Jung-tai):
 * found here because it takes the whole run. Not the family name of a person the article keeps
 * anonymous ("surnamed Cho"). A capitalized word next to another one is part of
 * some other name, and a word the article also writes in lower case is an ordinary word.
 */
function withRunFamilyNames(result: ArticleResult, names: ResolvedNames, anonymous: Set<string>): Mention[] {
  const { text } = result.article;
  const added: Mention[] = [];
  const mentions = result.mentions;
  const starts = result.sentenceStarts ?? [0];
  let offsets: ReturnType<typeof offsetMap> | undefined;
  let next = 0;
  let sentence = 0;
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/gu)) {
    const lower = match[0].toLowerCase();
    if (names.families.get(lower)?.size !== 1 || anonymous.has(lower) || FUNCTION_WORDS.has(lower) || CALENDAR_NOT_FAMILY.test(match[0])) continue;
    if (/\p{Lu}[\p{L}.-]*\s+$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (hasLowerWord(text, lower)) continue;
    // Not a disease named after the person: "Kawasaki disease" (p99).
    if (EPONYM_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
    offsets ??= offsetMap(text);
    const start = offsets.toCodePoint(match.index);
    const end = offsets.toCodePoint(match.index + match[0].length);
    while (next < mentions.length && mentions[next]!.end <= start) next++;
    if (next < mentions.length && mentions[next]!.start < end) continue;
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= start) sentence++;
    added.push({
      articleId: result.article.id, start, end, text: match[0], type: 'person', entityId: '', sentence,
      kind: 'name', method: 'rule:run-family-name', confidence: 0.6,
    });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when the role's first words, two to nine and fewer than all, are one of `names`. */
function opensWithName(role: string, names: Set<string>): boolean {
  const words = role.split(' ');
  for (let k = 2; k < words.length && k < 10; k++) if (names.has(words.slice(0, k).join(' '))) return true;
  return false;
}

/**
 * Returns a role without a leading demonym of one or two words ("Taiwanese Vice President", "South
 * Korean President") or a place's possessive ("Britain's Prime Minister"): the place is its own mention.
 */
function withoutDemonym(role: string, gazetteer: Gazetteer): string {
  const words = role.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const lead = words.slice(0, n).join(' ');
    const owner = lead.replace(/[’']s$/u, '');
    if (owner === lead ? gazetteer.demonymCountry(lead) : gazetteer.place(owner)) return words.slice(n).join(' ');
  }
  return role;
}

/**
 * True when a person's English name does not write the Han family name in any Chinese spelling and that family
 * name is none the lexicon knows: a Japanese reading ("Sanae Takaichi" of 高市早苗, "Minoru Kihara" of 木原稔),
 * whose Mandarin reading would be no name of theirs, so `romanized` stays empty. A Chinese family name keeps it,
 * however the English name is written ("Sra Kacaw" of 鄭天財, "Hsiao Bi-khim" of 蕭美琴).
 */
function spelledOtherwise(name: string, han: string, romanized: string, evidence: ResolveEvidence): boolean {
  if (!/\p{Script=Latin}/u.test(name) || isDottedHan(han)) return false;
  const chars = [...han];
  const family = chars.slice(0, chars.length === 4 ? 2 : 1).join('');
  const spellings = evidence.surnameSpellings.get(family);
  if (spellings !== undefined || evidence.gazetteer.surnames[family] !== undefined) return false;
  const families = new Set([romanized, ...romanizations('person', han, evidence.gazetteer)].map((r) => r.split(' ')[0]!.toLowerCase()));
  return !name.split(/[\s.]+/u).some((word) => families.has(word.toLowerCase()));
}

/** A spelling's letters only, in lower case: "Chen Binhua" and "Chen Bin-hua" are one spelling. */
function spellingKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '');
}

function entityFor(root: string, evidence: ResolveEvidence, names: ResolvedNames, tally: EntityTally): TallyEntity {
  const id = names.ids.get(root) ?? `${keyType(root)}:${slugify(keyName(root))}`;
  const existing = tally.entities.get(id);
  if (existing) return existing;
  const type = keyType(root);
  const name = withoutInvisible(names.canonical.get(root) ?? keyName(root));
  const entity: TallyEntity = { id, type, name, aliases: new Set(), roles: new Set(), mentionCount: 0, articleCount: 0, lastArticle: '' };
  const zh = names.zh.get(root);
  if (zh) {
    entity.zh = zh;
    // A person whose English name is the name's pinyin (a PRC official: "Xi Jinping" of 習近平) is shown in pinyin, not in
    // Taiwan's spelling ("Hsi Chin-ping", p129).
    // (Not where Taiwan's spelling writes it too: "Wu Shang-yu" of 吳尚雨.)
    const display = displayRomanization(type, zh, evidence.gazetteer);
    const pinyin = type === 'person' && !isDottedHan(zh) && spellingKey(display) !== spellingKey(name) ? pinyinName(zh) : '';
    const romanized = pinyin !== '' && spellingKey(pinyin) === spellingKey(name) ? pinyin : display;
    if (!(type === 'person' && spelledOtherwise(name, zh, romanized, evidence))) entity.romanized = romanized;
  }
  const place = type === 'place' ? names.places.get(root) ?? evidence.gazetteer.place(name) : undefined;
  if (place) Object.assign(entity, { country: place.country, lat: place.lat, lon: place.lon });
  const demonymCountry = type === 'other' ? evidence.gazetteer.demonymCountry(name) : undefined;
  if (demonymCountry) entity.country = demonymCountry;
  const institutionCountry = names.countries.get(root) ?? (type === 'organization' ? evidence.gazetteer.organizationCountry(name) : undefined);
  if (institutionCountry) entity.country = institutionCountry;
  // A namesake's coordinates are not this place's ("Santa Clara, California" is no Santa Clara in Cuba).
  if (place && institutionCountry && place.country !== institutionCountry) {
    delete entity.lat;
    delete entity.lon;
  }
  tally.entities.set(id, entity);
  return entity;
}

/** Counts `articleId` among the entity's articles once, however many mentions or pairs it has there. */
function countArticle(entity: TallyEntity, articleId: string): void {
  if (entity.lastArticle === articleId) return;
  entity.articleCount++;
  entity.lastArticle = articleId;
}

function countMention(entity: TallyEntity, articleId: string, text: string): void {
  entity.mentionCount++;
  countArticle(entity, articleId);
  // A person's name with a nickname in quotes gives the nickname: "Bongbong" of Ferdinand "Bongbong" Marcos Jr.
  const nickname = entity.type === 'person' ? nicknameOf(text) : undefined;
  if (nickname !== undefined) text = nickname;
  // "AT&amp;T" is the name AT&T as a web page writes it, "Tro\u0323ng" Trọng decomposed, and "Wil\u00adliam" William with a
  // soft hyphen no one sees: not other names.
  if (text !== entity.name && !entity.aliases.has(text) && withoutInvisible(decodedName(text)) !== entity.name) entity.aliases.add(text);
}

/** Adds a later range's tally to an earlier one's, as if one pass had seen both ranges in order. */
export function mergeTally(into: EntityTally, later: EntityTally): void {
  for (const [id, entity] of later.entities) {
    const kept = into.entities.get(id);
    if (kept === undefined) {
      into.entities.set(id, entity);
      continue;
    }
    kept.mentionCount += entity.mentionCount;
    // Ranges hold whole articles, so an entity's articles in two ranges are different articles.
    kept.articleCount += entity.articleCount;
    kept.lastArticle = entity.lastArticle;
    for (const alias of entity.aliases) kept.aliases.add(alias);
    for (const role of entity.roles) kept.roles.add(role);
  }
  for (const [key, alias] of later.aliases) if (!into.aliases.has(key)) into.aliases.set(key, alias);
}

function aliasKey(alias: Alias): string {
  return [alias.entityId, alias.alias, alias.kind].join('\u0000');
}

/** Returns the tally's entities sorted by id, lists sorted, ready to write. */
export function finishEntities(tally: EntityTally): Entity[] {
  return [...tally.entities.values()]
    .map(({ lastArticle: _, ...entity }) => ({ ...entity, aliases: [...entity.aliases].sort(compareText), roles: [...entity.roles].sort(compareText) }))
    .sort((a, b) => compareText(a.id, b.id));
}

/** Returns each distinct (entity, alias, kind) link with the first article that taught it, in a stable order. */
export function finishAliases(tally: EntityTally): Alias[] {
  return [...tally.aliases.values()].sort((a, b) => compareText(aliasKey(a), aliasKey(b)));
}

/**
 * Both resolve passes over per-article results held in memory (evaluation, tests, the library);
 * mentions get entity ids in place. Returns the entities, the alias rows in input order and the
 * distinct aliases. The pipeline streams the same two passes through a spill file instead.
 */
export function resolveResults(
  results: ArticleResult[], gazetteer: Gazetteer, lexicon?: EvidenceLexicon,
): { entities: Entity[]; aliases: Alias[]; distinctAliases: Alias[] } {
  const evidence = createEvidence(gazetteer, lexicon);
  for (const result of results) collectEvidence(evidence, result);
  const names = finishEvidence(evidence);
  const tally = createTally();
  const aliases = results.flatMap((result) => resolveArticle(result, evidence, names, tally));
  return { entities: finishEntities(tally), aliases, distinctAliases: finishAliases(tally) };
}
