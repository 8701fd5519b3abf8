import { createHash } from 'node:crypto';
import type { ArticleResult, EntityType, LocalAlias, Mention } from '../model/index.js';
import { isDottedHan, isHan, pinyinName, pinyinSyllables, taiwanName, withoutNameDots } from '../text/romanize.js';
import { codePointLength, compareText, offsetMap } from '../text/codepoints.js';
import { decodedName } from '../text/entities.js';
import { memoizeByName } from '../text/name-memo.js';
import type { Gazetteer, PlaceInfo } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { ENDS_ON_PREPOSITION, stormName } from './names.js';
import { blendStart, TEAM_NOUNS } from './pairs.js';
import { BARE_AGENCY } from './segment-lines.js';
import { COMPANY_WORDS, KNOWN_TO, NICKNAMED } from './extract-rules.js';

/**
 * Pass 1 of resolve: the run's evidence that different names are one entity — `Name (漢字)`
 * pairs, `Long Name (ACRONYM)` pairs, romanizations of Han names, gazetteer names of places —
 * kept as a union-find over name keys. Grows with distinct names, never with articles.
 */
export interface ResolveEvidence {
  gazetteer: Gazetteer;
  parent: Map<string, string>;
  /** Keys of names that were taught by a pair: the preferred canonical names. */
  anchors: Set<string>;
  /** Key → how the name is written (the smallest form by code point, so input order does not matter). */
  surface: Map<string, string>;
  /** Keys of people's names an article writes (not only a romanization of a Han name it writes): see `canonicalName`. */
  writtenPeople: Set<string>;
  /** Han name → the type a `Name (漢字)` pair of the run gave it, so that a bare 台積電 elsewhere is the company, not a person. */
  hanTypes: Map<string, EntityType>;
  /** Key of a name that is not a person's → how many mentions of the run have it (see `majorityTypes`). */
  counts: Map<string, number>;
  /** Lower-case words and head words an institution every country has is made of (see `isGenericInstitution`). */
  institutionWords: Set<string>;
  institutionHeads: Set<string>;
  /** The lexicon's words that, after "the", stand for a company the article named ("the company", "the chipmaker"). */
  companyNominals: ReadonlySet<string>;
  /** The lexicon's kinds of company: by nominal, by name word, and the nominals that need one of their kinds. */
  companyKindsByNominal: ReadonlyMap<string, string[]>;
  companyKindsByWord: ReadonlyMap<string, string[]>;
  companyKindOnly: ReadonlySet<string>;
  /** The lexicon's demonyms of places that are no country ("European" → Europe). */
  regionDemonyms: ReadonlyMap<string, string>;
  /** The lexicon's two-word body nominals as a body's name writes them ("County Government" for "the county government"). */
  bodyPhrases: ReadonlySet<string>;
  /** A body's name → the nominal words that name it without its words ("Executive Yuan" → "cabinet"). */
  bodySynonyms: ReadonlyMap<string, string[]>;
  /** A nominal word → the body it names ("cabinet" → "Executive Yuan"). */
  bodySynonymTargets: ReadonlyMap<string, string>;
  /** Key of a generic institution without its country → the countries the run gives it. */
  institutionCountries: Map<string, Set<string>>;
  /** Keys of generic institutions an article wrote bare before giving the name a country: the bare one is another country's. */
  bareBeforeCountry: Set<string>;
  /** The lexicon's capitals that act for their government ("Beijing says"): such an organization is the city's entity. */
  seats: Set<string>;
  /** The lexicon's known names: one body each, never an institution every country has. */
  knownNames: ReadonlyMap<string, string>;
  /** A place's key → the country of the region or country the run writes after it ("Santa Clara, California"), where the gazetteer's place of that name is another country's. */
  placeQualifiers: Map<string, string>;
  /** The lexicon's storm words: "Typhoon Danas" and a bare "Danas" are one storm. */
  stormWords: string[];
  /** Customary English spellings of Chinese family names, lower-cased, by the Han family name (the lexicon's). */
  surnameSpellings: Map<string, Set<string>>;
  /** A role of two or more words the run gives people ("chinese president", lower case, held now) → their keys. */
  roleHolders: Map<string, Set<string>>;
  /**
   * A family name and a role its full-named holders had (`familyRoleKey`: the role as `heldRole` gives it, and its last word)
   * → their keys: "Premier Cho" of another article is the run's one Cho who was premier (p109).
   */
  familyRoles: Map<string, Set<string>>;
  /** A family name → the roles its full-named holders had, as `heldRole` gives them and by their last words: "President Lai" is no Lai the run titles only a legislator (p138). */
  familyTitles: Map<string, Set<string>>;
  /** Key of a place the gazetteer has namesakes of → how many other places of each country its articles name (a dateline twice). */
  placeContexts: Map<string, Map<string, number>>;
  /** Acronym key → the key of the long form the run first spelt it out as (see `noteAcronymDefinitions`). */
  acronymLongForms: Map<string, string>;
  /** Article id, SCOPE and acronym name of every article that spells an acronym out as another name than the run did first. */
  localAcronyms: Set<string>;
}

/**
 * Returns the key of a name: type and a normalized form (references decoded, NFKC, lower case, straight
 * quotes, no possessive, a control character a space, no invisible format character: a zero-width space or a
 * bidi mark inside "William Lai" had made a second William Lai; no apostrophe after a plural's s: Taipei
 * Times's "Prosecutors’ Office" is CNA's "Prosecutors Office").
 */
// Characters a reader does not see: format characters (soft hyphen, zero-width space, word joiner) and the other
// default-ignorable ones (combining grapheme joiner, variation selectors, Khmer inherent vowels, Hangul fillers).
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/** The name without the characters a reader does not see (`INVISIBLE`). */
export function withoutInvisible(name: string): string {
  return name.replace(INVISIBLE, '');
}

export function nameKey(type: EntityType, name: string): string {
  return `${type}|${normalName(type === 'person' ? withoutNickname(name) : name)}`;
}

// A nickname in quotes inside a person's name: "Ferdinand \"Bongbong\" Marcos Jr.", "Valentín “Tucu” Fernández Correa".
// (Or in brackets, as US and Taiwan papers write a given name's short form: "William (Bill) Lai", p126.)
const NICKNAME_IN_NAME = / (?:["“'‘]([^"“”'‘’]{1,24})["”'’]|\((\p{Lu}\p{Ll}{1,23})\))(?= )/u;

/**
 * A person's name without the nickname in quotes inside it: the entity's name and key are the name alone (p88: "Ferdinand
 * \"Bongbong\" Marcos Jr." and "Ferdinand Marcos Jr." had been two people, the nickname in the id).
 */
export function withoutNickname(name: string): string {
  return name.includes('"') || name.includes('“') || name.includes("'") || name.includes('‘') || name.includes('(') ? name.replace(NICKNAME_IN_NAME, '') : name;
}

/** The nickname in quotes inside a person's name, or undefined. */
export function nicknameOf(name: string): string | undefined {
  const match = NICKNAME_IN_NAME.exec(name);
  return match === null ? undefined : match[1] ?? match[2];
}

/**
 * The normalized form of `nameKey`, worked out once a name: both passes key every mention. An ampersand between words is
 * "and" ("Marks & Spencer" is Marks and Spencer, p107).
 */
const normalName = memoizeByName((name) =>
  withoutLatinAccents(withoutInvisible(decodedName(name))).toLowerCase().replace(/[’‘]/gu, "'").replace(/'s$/u, '').replace(/(?<=s)'(?=\s|$)/gu, '').replace(/[\s\p{Cc}]+/gu, ' ').replace(/ & /gu, ' and ').trim());

const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * Returns the name in NFKC without the accents of Latin letters ("Viktor Orbán" → "Viktor Orban", "Łódź"
 * → "Lodz"), so that both spellings are one name and ids stay ASCII where the name is Latin; other
 * scripts keep their marks (a kana's voicing mark is part of the letter).
 */
export function withoutLatinAccents(name: string): string {
  // ASCII is its own NFKC form with no accents: most names, and the one test costs less than two normalizations.
  if (!NON_ASCII.test(name)) return name;
  return name.normalize('NFKD').replace(/(?<=\p{Script=Latin})\p{M}+/gu, '').normalize('NFKC').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_BASE[c]!);
}

// Latin letters that carry their mark inside (no decomposition takes it off): "Łódź" is Lodz, "Ørsted" Orsted.
const UNDECOMPOSED_BASE: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_BASE).join('')}]`, 'gu');

/** True when a name is written in capitals only ("LONDON", a headline or dateline form). */
function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/** Orders two ways of writing one name: mixed case before ALL CAPS, then by code point. */
function preferredSpelling(a: string, b: string): number {
  return Number(isAllCaps(a)) - Number(isAllCaps(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Returns the name part of a key (without the article of an anonymous person or the country of an institution). */
export function keyName(key: string): string {
  const marker = key.search(MARKER);
  return key.slice(key.indexOf('|') + 1, marker === -1 ? undefined : marker);
}

// In a key, what follows a name (never in a name: a mention has no control characters): the article
// of an anonymous person, the country of an institution every country has.
const SCOPE = '\u0000';
const COUNTRY = '\u0001';
// The article of an acronym it spells out as its own name (`noteAcronymDefinitions`): no anonymous person's scope, the id is the name's.
const OWN_ACRONYM = '\u0002';
// After an anonymous person's article, the Han name that tells two unnamed people of one name apart ("surnamed Chang (章)").
const UNNAMED_HAN = '\u0003';
const MARKER = /[\u0000-\u0002]/u;

/** The article an anonymous person's key belongs to, or undefined for a name of the whole run. */
export function keyScope(key: string): string | undefined {
  const scope = key.indexOf(SCOPE);
  if (scope === -1) return undefined;
  const han = key.indexOf(UNNAMED_HAN, scope);
  return key.slice(scope + 1, han === -1 ? undefined : han);
}

/** The country code of an institution's key ("Foreign Ministry" of CN), or undefined. */
export function keyCountry(key: string): string | undefined {
  const at = key.indexOf(COUNTRY);
  return at === -1 ? undefined : key.slice(at + 1);
}

// "a man surnamed Huang (黃)", "accomplices surnamed Ji (紀), Chang (張) and Hong (洪)", "whose family
// name is Chen", "identified by their surnames as Chang, Lin (林)": Taiwanese news keeps suspects and victims
// anonymous, and two articles' Huang are two people.
// And "identified only as \"Mr Wang\"", "known only as Li", "identified as Ms Chen" (p128: "Mr Wang" had been Wang Yi of another article),
// "a handler who called himself \"Mr Zhou\"" (p129: the Taiwanese sergeant 周 of another article).
const ANONYMOUS = /\b(?:surnamed|(?:sur|family )names? as|(?:sur|family )name(?: is)?,?|(?:identified|known|referred to) only as\s+["“‘]?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?|(?:called|calling) (?:himself|herself) ["“‘]?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?|identified as\s+["“‘]?(?:Mr|Ms|Mrs|Miss|Dr)\.?)\s*((?:\p{Lu}[\p{Ll}-]+(?:\s*[(（][^)）]{1,12}[)）])?(?:,?\s+and\s+|,\s*)?)+)/gu;
const ANONYMOUS_NAME = /\p{Lu}[\p{Ll}-]+/gu;
const HAN_AFTER_NAME = /^\s*[(（]([^)）]{1,12})[)）]/u;

/**
 * Returns the normalized names (Latin and Han) of the people an article names by a family name only
 * ("surnamed Huang (黃)"): each is one person of that article, apart from every other article's.
 */
export function anonymousNames(result: ArticleResult, introductions?: Set<number>, hans?: Map<string, { start: number; han: string }[]>): Set<string> {
  const found = new Set<string>();
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (const match of result.article.text.matchAll(ANONYMOUS)) {
    const at = match.index + match[0].length - match[1]!.length;
    for (const name of match[1]!.matchAll(ANONYMOUS_NAME)) {
      const normalized = keyName(nameKey('person', name[0]));
      found.add(normalized);
      const start = (offsets ??= offsetMap(result.article.text)).toCodePoint(at + name.index);
      if (introductions) introductions.add(start);
      const han = HAN_AFTER_NAME.exec(match[1]!.slice(name.index + name[0].length));
      if (hans && han) {
        const list = hans.get(normalized) ?? [];
        list.push({ start, han: han[1]! });
        hans.set(normalized, list);
      }
    }
  }
  if (found.size === 0) return found;
  for (const alias of result.aliases) {
    if (alias.type === 'person' && found.has(keyName(nameKey('person', alias.name)))) found.add(keyName(nameKey('person', alias.alias)));
  }
  return found;
}

/** What an article says about its names that the run-wide key of a name does not (see `articleNames`). */
export interface ArticleNames {
  id: string;
  /** Normalized names of its anonymous people (`anonymousNames`). */
  anonymous: Set<string>;
  /** Where the article introduces them ("surnamed Hung"): the code-point starts of those names. */
  introductions: Set<number>;
  /**
   * A name two unnamed people share with two Han names ("surnamed Chang (章)" … "also surnamed Chang (張)") → where
   * each is introduced and with which Han name, in text order: each is a person apart.
   */
  splitAnonymous: Map<string, { start: number; han: string }[]>;
  /** Where each pair's long name stands (`pairStarts`): the key of an institution may depend on it. */
  pairStarts: Map<string, number>;
  /** Normalized name of an institution every country has → the country the article gives it. */
  countries: Map<string, InstitutionCountry>;
  /** Normalized acronyms the article spells out as another name than the run did first ("Pacific Islands Forum (PIF)" after "Public Investment Fund (PIF)"). */
  acronyms: Set<string>;
  /** Where an acronym of those stands as the news agency it also is: "Manila (AFP) –", "told AFP" (`agencyStarts`). */
  agencies: Set<number>;
  /** Normalized generic institution → the one local body of the article it is short for ("High Court" → "Taiwan High Court"). */
  shortInstitutions: Map<string, string>;
  /** Of those, the ones that stand for the full name only after it (`SHORTENED_HEADS`): → where the full name is first. */
  shortAfter: Map<string, number>;
  /** One-word names (lower case) the article lists as a family's members ("survived by their sons, Thomas and Hugh"): given names. */
  kin: Set<string>;
  /** A place's name → the region the article names by it with a division's kind ("Cebu" → "Cebu Province"; `keyText`). */
  regions: Map<string, ArticleRegion>;
}

/** A region an article names by a city's name: its name, and whether the name written bare is it too (`keyText`). */
interface ArticleRegion {
  name: string;
  bare: boolean;
}

/** The country an article gives an institution every country has, from the mention that gives it on. */
interface InstitutionCountry {
  country: string;
  /** Where the first mention with the country starts. */
  start: number;
  /**
   * True when the article wrote the name bare before that: the bare mentions before `start` are
   * another country's institution (the outlet's own: "the Ministry of National Defense (MND) said …
   * China's Ministry of National Defense said").
   */
  bareFirst: boolean;
  /** The country of those bare mentions when the article's dateline gives one other than `country`. */
  before?: string;
  /**
   * When the article gives the name two countries or more ("China Coast Guard officers met the Japan Coast Guard
   * and the US Coast Guard"): each such mention's own, by its start; `country` is then empty and the others are bare.
   */
  byStart?: Map<number, string>;
  /** Where a country, its possessive or a demonym right before a mention gave it (not the article's home country). */
  givenAt?: Set<number>;
}

/** Returns the article's anonymous people and the countries of its generic institutions. */
export function articleNames(result: ArticleResult, evidence: ResolveEvidence): ArticleNames {
  const countries = institutionCountries(result, evidence);
  if (countries.size > 0) {
    const seen = new Set<string>();
    // The headline's institution is the one its story names with a country: "Central Bank scraps currency band" over "Argentina's
    // Central Bank …" (p134: the headline's had been a body of its own).
    const { title, text } = result.article;
    const titleEnd = title !== undefined && text.startsWith(title) ? codePointLength(title) : 0;
    for (const m of result.mentions) {
      if (m.type !== 'organization' || m.kind !== 'name' || m.end <= titleEnd) continue;
      const name = keyName(nameKey('organization', m.text));
      const given = countries.get(name);
      if (given === undefined || seen.has(name)) continue;
      seen.add(name);
      // Bare mentions of the dateline's country before the same country is given are that country's too.
      given.bareFirst = m.start < given.start && given.before !== given.country;
    }
  }
  const acronyms = new Set<string>();
  if (evidence.localAcronyms.size > 0) {
    for (const alias of result.aliases) {
      if (alias.kind !== 'acronym') continue;
      const short = keyName(nameKey(alias.type, alias.alias));
      if (evidence.localAcronyms.has(`${result.article.id}${SCOPE}${short}`)) acronyms.add(short);
    }
  }
  const agencies = acronyms.size > 0 ? agencyStarts(result, acronyms) : new Set<number>();
  const introductions = new Set<number>();
  const hans = new Map<string, { start: number; han: string }[]>();
  const anonymous = anonymousNames(result, introductions, hans);
  const splitAnonymous = new Map([...hans].filter(([, list]) => new Set(list.map((l) => l.han)).size > 1));
  const pairs = result.aliases.length > 0 ? pairStarts(result) : new Map<string, number>();
  return {
    id: result.article.id, anonymous, introductions, splitAnonymous, pairStarts: pairs, countries, acronyms, agencies, kin: kinNames(result),
    regions: articleRegions(result, evidence.gazetteer), ...shortInstitutions(result, evidence),
  };
}

// A family's members named by their given names after the word for them: "their two sons, Thomas and Hugh", "daughters Ana, Rosa".
const KIN_BEFORE = /\b(?:sons?|daughters?|children|brothers?|sisters?|siblings|grandchildren|grandsons?|granddaughters?|twins|nephews?|nieces?)(?: named| called)?,?\s+(?:\p{Lu}\p{Ll}+(?:,\s+|,?\s+and\s+))*$/u;

/**
 * The article's one-word person names (lower case) in a list of a family's members: given names, which no other
 * article's person of that family name is (p78: "sons, Thomas and Hugh" had been linked to Justice Clarence Thomas).
 */
function kinNames(result: ArticleResult): Set<string> {
  const kin = new Set<string>();
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (const m of result.mentions) {
    if (m.type !== 'person' || m.kind !== 'name' || m.text.includes(' ')) continue;
    offsets ??= offsetMap(result.article.text);
    const start = offsets.toUtf16(m.start);
    if (KIN_BEFORE.test(result.article.text.slice(Math.max(0, start - 80), start))) kin.add(m.text.toLowerCase());
  }
  return kin;
}

// The last words of legislatures and councils that stand for them alone.
const SHORTENED_HEADS = new Set(['Assembly', 'Commons', 'Lords', 'Parliament', 'Senate', 'Council', 'Commission', 'Tribunal', 'Army', 'Navy']);

// The first words of bodies that go by them alone once named: "Academy of …", "Institute for …".
const FIRST_WORD_HEADS = new Set(['Academy', 'Institute', 'Foundation', 'Museum', 'Society', 'Conservatory', 'Library', 'Observatory', 'House']);
// Of those, the ones an article may write bare before it names them in full: "House Majority Leader Sandro Marcos" … "the House
// of Representatives", "Army spokesman Maj. Gen. Winthai Suvaree" … "the Royal Thai Army" (p112: two entities each).
const BARE_BEFORE_HEADS = new Set(['House', 'Army', 'Navy']);

const OF_PLACE = /^(.+) of (?:the )?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)$/u;

/**
 * The article's bare institutions that stand for the one body of a place it names in full: "the High
 * Court" after "the Taiwan High Court", "the District Court" after "the Taipei District Court", "the Election
 * Commission" after "the Election Commission of India", a team's nickname ("the Monkeys" after "the Rakuten
 * Monkeys"). Two
 * bodies of that name in the article ("Taipei District Court", "Kaohsiung District Court") leave it bare.
 */
function shortInstitutions(result: ArticleResult, evidence: ResolveEvidence): Pick<ArticleNames, 'shortInstitutions' | 'shortAfter'> {
  const found = new Map<string, string>();
  const after = new Map<string, number>();
  for (const m of result.mentions) {
    if (m.type !== 'organization' || m.kind !== 'name') continue;
    const words = m.text.split(' ');
    // Or the institution then its place: "the Election Commission of India" … "the Election Commission".
    const of = OF_PLACE.exec(m.text);
    const bare = of !== null && localPlace(of[2]!, evidence) !== undefined && isGenericInstitution(of[1]!, evidence) ? of[1]! : undefined;
    // Or a team by its nickname: "the Monkeys" after "the Rakuten Monkeys".
    const nickname = words.length > 1 && TEAM_NOUNS.has(words[words.length - 1]!) ? words[words.length - 1]! : undefined;
    // Or a legislature or council by its last word ("the Commons" after "the House of Commons", "the Assembly" after
    // "the National Assembly"), a party by its name without its country ("Reform" after "Reform UK").
    const last = words.length > 1 && SHORTENED_HEADS.has(words[words.length - 1]!) ? words[words.length - 1]! : undefined;
    const national = words.length === 2 && /^(?:UK|US)$/u.test(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) ? words[0]! : undefined;
    // Or a body named by its head and what it is of: "the Academy" after "the Academy of Motion Picture Arts and Sciences" (p104).
    const head = words.length > 2 && FIRST_WORD_HEADS.has(words[0]!) && (words[1] === 'of' || words[1] === 'for') ? words[0]! : undefined;
    const general = bare ?? nickname ?? localBody(m.text, evidence)?.institution ?? demonymBody(m.text, evidence);
    const institution = general ?? last ?? national ?? head;
    if (institution === undefined) continue;
    // (A legislature by its first word too: "the House" of "the House of Commons", beside "the Commons".)
    for (const name of head !== undefined && head !== institution ? [institution, head] : [institution]) {
      const short = keyName(nameKey('organization', name));
      const seen = found.get(short);
      found.set(short, seen === undefined || seen === m.text ? m.text : '');
      if (general === undefined && !BARE_BEFORE_HEADS.has(name) && !after.has(short)) after.set(short, m.start);
    }
  }
  for (const [short, full] of found) {
    if (full === '') {
      found.delete(short);
      after.delete(short);
    }
  }
  return { shortInstitutions: found, shortAfter: after };
}

// Words one name's forms add or drop ("Taiwan Power Co" / "Taiwan Power Company"): they tell no two names apart.
const FORM_WORDS = new Set(['the', 'and', 'for', 'of', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'limited', 'group', 'holdings', 'party']);

/**
 * True when two normalized long forms can be one name: the words of one (but the words forms add) are all
 * in the other. "National Democratic Party" and "New Democratic Party" are two, however much they share.
 */
function sameLongForm(a: string, b: string): boolean {
  const words = (name: string) => new Set(name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !FORM_WORDS.has(w)));
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

// News agencies by the letters a story credits them with; an article may spell the same letters out as one of its own
// bodies ("Armed Forces of the Philippines (AFP)").
const AGENCY_LETTERS = new Set(['AFP', 'AP', 'PTI', 'ANI', 'CNA', 'UPI', 'dpa']);
// The agency as a dateline credits it ("Manila (AFP) –") or as a source ("told AFP", "according to AP", "in an interview with AFP").
// A dateline's agency closes before its dash: "Manila (AFP) –", "PARIS (AFP) -" (a pair's acronym goes on with its sentence).
const DATELINE_CLOSE = /^\)\s*[-–—:]/u;
const AGENCY_BEFORE = /\b(?:told|according to|interview with|speaking to|said to)\s*$/u;

/**
 * The starts of the mentions of the article's own acronyms (`acronyms`) that stand as the news agency of those letters: in
 * the dateline's parentheses or after "told", "according to", "in an interview with" (p124: "Manila (AFP)" and "told AFP"
 * had been the Armed Forces of the Philippines that the story spelled out further down).
 */
function agencyStarts(result: ArticleResult, acronyms: Set<string>): Set<number> {
  const starts = new Set<number>();
  const text = result.article.text;
  for (const m of result.mentions) {
    if (m.type !== 'organization' || !AGENCY_LETTERS.has(m.text) || !acronyms.has(keyName(nameKey('organization', m.text)))) continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const dateline = before.endsWith('(') && DATELINE_CLOSE.test(text.slice(m.end, m.end + 4)) && m.sentence <= 1;
    if (dateline || AGENCY_BEFORE.test(before)) starts.add(m.start);
  }
  return starts;
}

/**
 * Notes the long forms an article spells its acronyms out as. The run's first long form of an acronym is
 * its meaning wherever it stands bare; an article that spells it out as another name (not `sameLongForm`,
 * not joined already, not an acronym the lists know) keeps its own: "Pacific Islands Forum (PIF)" is not
 * the Public Investment Fund of another article's "PIF", nor Egypt's "National Democratic Party (NDP)"
 * Canada's "New Democratic Party (NDP)".
 */
function noteAcronymDefinitions(evidence: ResolveEvidence, result: ArticleResult): void {
  for (const alias of result.aliases) {
    if (alias.kind !== 'acronym' || alias.type === 'person') continue;
    const short = nameKey(alias.type, alias.alias);
    const long = nameKey(alias.type, alias.name);
    // An acronym the gazetteer knows means its entry everywhere, but where an article spells it out as another
    // name: the Taiwan Centers for Disease Control (CDC) is not the US agency.
    const known = evidence.gazetteer.organization(alias.alias);
    if (known !== undefined) {
      const same = sameLongForm(keyName(nameKey(alias.type, known)), keyName(long)) || evidence.gazetteer.organization(alias.name) === known;
      // A country written before the long form that is not the organization's: its own body of that name.
      const at = result.article.text.indexOf(alias.evidence);
      const possessive = at > 0 ? /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s $/u.exec(result.article.text.slice(Math.max(0, at - 30), at)) : null;
      const before = possessive?.[1] ?? alias.evidence.slice(0, Math.max(0, alias.evidence.indexOf(alias.name))).trim().replace(/^(?:the|The)\s+/u, '').replace(/['’]s$/u, '');
      const country = before === '' ? undefined : countryOfPlace(evidence.gazetteer, before);
      const owner = evidence.gazetteer.organizationCountry(known);
      if (!same || (country !== undefined && owner !== undefined && country !== owner)) evidence.localAcronyms.add(`${result.article.id}${SCOPE}${keyName(short)}`);
      continue;
    }
    const first = evidence.acronymLongForms.get(short);
    if (first === undefined) {
      evidence.acronymLongForms.set(short, long);
      continue;
    }
    if (first === long || sameLongForm(keyName(first), keyName(long))) continue;
    if (evidence.parent.has(long) && find(evidence, long) === find(evidence, first)) continue;
    evidence.localAcronyms.add(`${result.article.id}${SCOPE}${keyName(short)}`);
  }
}

/**
 * Where the long name of each pair stands in the article (name, NUL, alias → start; the first such place), read from
 * a name with the next mention right after it: an institution's key may depend on where it stands ("Taiwan's Ministry
 * of Foreign Affairs (MOFA) … China's Ministry of Foreign Affairs": the pair is Taiwan's, not the bare name's).
 */
function pairStarts(result: ArticleResult): Map<string, number> {
  const starts = new Map<string, number>();
  const { mentions } = result;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'name') continue;
    // (And the names after it in one bracket: "Central Bank (Banco Central de la República Argentina, BCRA)", p134: the
    // letters' pair had been keyed as the bare name, another article's body.)
    let end = m.end;
    for (let j = i + 1; j < mentions.length && j <= i + 3 && mentions[j]!.start - end <= 4; j++) {
      const key = `${m.text}\u0000${mentions[j]!.text}`;
      if (!starts.has(key)) starts.set(key, m.start);
      end = mentions[j]!.end;
    }
  }
  return starts;
}

/** The key of a pair's long name in its article, read where it stands. */
export function pairNameKey(alias: LocalAlias, local: ArticleNames): string {
  return articleKey(alias.type, alias.name, local, local.pairStarts.get(`${alias.name}\u0000${alias.alias}`));
}

/**
 * The key of a name in an article: an anonymous person's carries the article, an institution every
 * country has carries the country the article gives it ("China's Foreign Ministry").
 */
export function articleKey(type: EntityType, name: string, local: ArticleNames, start?: number): string {
  const key = nameKey(type, name);
  if (local.acronyms.size > 0 && type !== 'person' && local.acronyms.has(keyName(key)) && !(start !== undefined && local.agencies.has(start))) return `${key}${OWN_ACRONYM}${local.id}`;
  const full = type === 'organization' && local.shortInstitutions.size > 0 ? local.shortInstitutions.get(keyName(key)) : undefined;
  const from = full === undefined ? undefined : local.shortAfter.get(keyName(key));
  // (Not where the article gives this mention a country of its own: "a Royal New Zealand Air Force Hercules … A US Air Force C-17",
  // p140: the US one had become New Zealand's.)
  const givenHere = full !== undefined && start !== undefined && local.countries.get(keyName(key))?.givenAt?.has(start) === true;
  if (full !== undefined && !givenHere && (from === undefined || (start !== undefined && start > from))) return articleKey(type, full, local);
  if (type === 'person') {
    if (local.anonymous.size === 0 || !local.anonymous.has(keyName(key))) return key;
    // Of two unnamed people of one name, the one introduced here or last before here.
    const split = start === undefined ? undefined : local.splitAnonymous.get(keyName(key));
    const own = split === undefined ? undefined : split.findLast((intro) => intro.start <= start!);
    return own === undefined ? `${key}${SCOPE}${local.id}` : `${key}${SCOPE}${local.id}${UNNAMED_HAN}${own.han}`;
  }
  const given = (type === 'organization' || (type === 'law' && name === 'Constitution')) && local.countries.size > 0 ? local.countries.get(keyName(key)) : undefined;
  if (!given) return key;
  if (given.byStart !== undefined) {
    const own = start === undefined ? undefined : given.byStart.get(start);
    return own === undefined ? key : `${key}${COUNTRY}${own}`;
  }
  // A name the article first wrote bare keeps its bare key (or its dateline's country) before the country is given, and in its pairs (no offset).
  if (given.bareFirst && (start === undefined || start < given.start)) return given.before === undefined ? key : `${key}${COUNTRY}${given.before}`;
  return `${key}${COUNTRY}${given.country}`;
}

// Words that may make up an institution's name in any country, beside the lexicon's role words and
// organization heads: "Supreme Court", "Central Bank", "Federal Police".
const INSTITUTION_WORDS = ['supreme', 'and', 'constitutional', 'high', 'central', 'federal', 'royal', 'air', 'force', 'coast', 'intelligence', 'electoral', 'election', 'statistics', 'statistical', 'foreign', 'house', 'representatives', 'national', 'assembly', 'lower', 'upper'];

// Words of a party's name that many countries' parties share: South Korea's and the US's Democratic
// Party, Nigeria's and Britain's Labour Party, Malawi's and Taiwan's Democratic Progressive Party.
const PARTY_WORDS = new Set([
  'democratic', 'republican', 'labour', 'labor', 'conservative', 'liberal', 'social', 'socialist', 'communist',
  'green', 'greens', 'national', "people's", 'people’s', 'peoples', 'progressive', 'workers', "workers'", 'workers’',
  'justice', 'unity', 'reform', 'new', 'united', 'popular', 'freedom', 'independence', 'federal', 'citizens',
  'centre', 'center', 'christian', 'democrats', 'development', 'action', 'solidarity', 'renewal', 'alliance', 'and',
]);

/**
 * True when every word of a name is a role word or an institution's head, with one head at least
 * ("Foreign Ministry", "Ministry of Foreign Affairs"), or when it is a party name many countries have
 * ("Democratic Party", "Labour Party"); not for a name the lexicon knows as one body (Federal Reserve) or
 * as one country's (the Legislative Yuan).
 */
export function isGenericInstitution(name: string, evidence: ResolveEvidence): boolean {
  const words = name.split(' ');
  if (evidence.knownNames.has(name) || evidence.gazetteer.organizationCountry(name) !== undefined) return false;
  if (words.length > 1 && words[words.length - 1] === 'Party') return words.slice(0, -1).every((w) => PARTY_WORDS.has(w.toLowerCase()));
  if (words.length < 2 && !evidence.institutionHeads.has(name)) return false;
  let head = false;
  for (const word of words) {
    if (evidence.institutionHeads.has(word)) head = true;
    else if (!evidence.institutionWords.has(word.toLowerCase())) return false;
  }
  return head;
}

/** An organization, or the one law every country has and names alike: its Constitution (p129: the US and the Korean one had been one). */
function isInstitutionType(mention: Mention): boolean {
  return mention.type === 'organization' || (mention.type === 'law' && mention.text === 'Constitution');
}

/**
 * Returns the country each generic institution of the article is given right before it, by a country,
 * its possessive or a demonym ("US Commerce Department", "China's Foreign Ministry", "the Japanese
 * Defense Ministry"); the article's
 * other mentions of that institution are of that country too. A name given two countries in one article gets none.
 */
function institutionCountries(result: ArticleResult, evidence: ResolveEvidence): Map<string, InstitutionCountry> {
  const countries = new Map<string, InstitutionCountry>();
  if (evidence.institutionHeads.size === 0) return countries;
  const { text } = result.article;
  let offsets: ReturnType<typeof offsetMap> | undefined;
  const mentions = result.mentions;
  const sentenceStarts = result.sentenceStarts;
  // Each sentence's first mention.
  const sentenceOpening = new Map<number, Mention>();
  for (const mention of mentions) if (!sentenceOpening.has(mention.sentence)) sentenceOpening.set(mention.sentence, mention);
  // From the first mention on: "The Supreme Court in Taipei" may open the article, with no mention before it.
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const before = i > 0 ? mentions[i - 1] : undefined;
    if (!isInstitutionType(mention) || mention.kind !== 'name' || (before !== undefined && before.end > mention.start)) continue;
    if (!isGenericInstitution(mention.text, evidence)) continue;
    offsets ??= offsetMap(text);
    const { gazetteer } = evidence;
    const gap = before !== undefined && mention.start - before.end <= 12 ? text.slice(offsets.toUtf16(before.end), offsets.toUtf16(mention.start)) : undefined;
    let country = gap === ' ' && before!.type === 'other' ? gazetteer.demonymCountry(before!.text)
      : gap !== undefined && /^(?:['’]s)? $/u.test(gap) && before!.type === 'place' ? countryOfPlace(gazetteer, before!.text) : undefined;
    // A seat of government for its government, possessive: "Beijing's Ministry of Foreign Affairs" is China's, not Taiwan's (p72).
    if (!country && gap !== undefined && /^['’]s $/u.test(gap) && before!.kind === 'name' && evidence.seats.has(before!.text)) country = gazetteer.place(before!.text)?.country;
    // "In Pakistan, the Supreme Court …", "In Bangkok, Thai Prime Minister … dissolved the House": the place that opens the sentence.
    const opening = sentenceOpening.get(mention.sentence);
    if (!country && opening !== undefined && opening.type === 'place' && opening.kind === 'name' &&
      /^In $/u.test(text.slice(Math.max(0, offsets.toUtf16(opening.start) - 3), offsets.toUtf16(opening.start))) &&
      (sentenceStarts?.[opening.sentence] ?? -1) === opening.start - 3 && text[offsets.toUtf16(opening.end)] === ',') {
      country = gazetteer.place(opening.text)?.country;
    }
    // "Paraguay is one of Taiwan's allies. Its Congress …": the country that opens the sentence before (p132: Taiwan's, the article's).
    if (!country && opening === mention && mention.sentence > 0 && /(?:^|\s)Its $/u.test(text.slice(Math.max(0, offsets.toUtf16(mention.start) - 5), offsets.toUtf16(mention.start)))) {
      const before = sentenceOpening.get(mention.sentence - 1);
      if (before !== undefined && before.type === 'place' && before.kind === 'name' && (sentenceStarts?.[before.sentence] ?? -1) === before.start) country = countryOfPlace(gazetteer, before.text);
    }
    // "the Supreme Court in Islamabad": the country of the city it sits in.
    const after = mentions[i + 1];
    if (!country && after !== undefined && after.type === 'place' && after.kind === 'name' && after.start - mention.end === 4 &&
      text.slice(offsets.toUtf16(mention.end), offsets.toUtf16(after.start)) === ' in ') country = gazetteer.place(after.text)?.country;
    if (!country) continue;
    const name = keyName(nameKey('organization', mention.text));
    const seen = countries.get(name);
    if (seen === undefined) countries.set(name, { country, start: mention.start, bareFirst: false, byStart: new Map([[mention.start, country]]), givenAt: new Set([mention.start]) });
    else {
      seen.byStart!.set(mention.start, country);
      seen.givenAt!.add(mention.start);
      if (seen.country !== country) seen.country = '';
    }
  }
  for (const given of countries.values()) if (given.country !== '') delete given.byStart;
  // The rest are the country the article is filed from ("NEW DELHI: The Supreme Court …"), or the one it is
  // about, and so are the bare mentions before another country is given.
  // A party is the country's the story is about, not the one it is filed from: Beijing's briefings name Taiwan's
  // Democratic Progressive Party (p90).
  const dateline = datelineCountry(result, evidence);
  const main = mainCountry(result, evidence);
  const home = dateline ?? main;
  if (home === undefined) return countries;
  for (const mention of mentions) {
    if (!isInstitutionType(mention) || mention.kind !== 'name' || !isGenericInstitution(mention.text, evidence)) continue;
    // The United States has departments, no ministries: a ministry in a story about it is another country's (p132: Taiwan's Ministry
    // of Economic Affairs, in a story about TSMC's Arizona fabs, had been the US's).
    if (home === 'US' && /\bMinistry\b/u.test(mention.text)) continue;
    const name = keyName(nameKey('organization', mention.text));
    const given = countries.get(name);
    if (given === undefined) countries.set(name, { country: mention.text.endsWith(' Party') ? main ?? home : home, start: mention.start, bareFirst: false });
    else if (given.byStart === undefined) given.before ??= home;
  }
  return countries;
}

// What follows a dateline's place: an optional region or country, an optional date, an optional
// agency in parentheses, then a dash or colon ("TAIPEI, Nov 12 (Reuters) -", "Kyiv, Ukraine —",
// "NEW DELHI:", "Taipei, Nov. 3 (CNA)"), or an ISO date ("LONDON 1996-08-30").
const DATELINE_TAIL = new RegExp(String.raw`^(?:,? [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}(?= \(|,|:| [—–-]))?(?:,? [\p{Lu}][\p{L}]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^()\n]{1,40}\)(?: ?[—–:-])?| ${BARE_AGENCY} ?[—–:-]| ?[—–:-]| \d{4}-\d{2}-\d{2})`, 'u');

/**
 * The country of the article's dateline: a known place opening one of its first lines, followed by a
 * dateline's tail (`DATELINE_TAIL`). Undefined without one.
 */
export function datelineCountry(result: ArticleResult, evidence: ResolveEvidence): string | undefined {
  const { text, kicker } = result.article;
  // A desk's kicker that names a country is the article's ("THAILAND: Thailand's army said …", p112: its bare "Senate" had
  // been the Philippine Senate, the run's only other).
  // (The gazetteer reads a name in capitals as the name.)
  const desk = kicker === undefined ? undefined : countryOfPlace(evidence.gazetteer, kicker);
  if (desk !== undefined) return desk;
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (const mention of result.mentions) {
    if (mention.start > 600) break;
    if (mention.kind !== 'name' || (mention.type !== 'place' && !isActingSeat(mention, evidence))) continue;
    offsets ??= offsetMap(text);
    const start = offsets.toUtf16(mention.start);
    if (start > 0 && text[start - 1] !== '\n') continue;
    const end = offsets.toUtf16(mention.end);
    // Or a place in capitals on a line of its own, as The Hindu writes its dateline ("NEW DELHI").
    const ownLine = (end === text.length || text[end] === '\n') && /\p{Lu}{2}/u.test(mention.text) && mention.text === mention.text.toUpperCase();
    if (!ownLine && !DATELINE_TAIL.test(text.slice(end, end + 60))) continue;
    const place = evidence.gazetteer.place(mention.text);
    if (place !== undefined) return place.country;
  }
  return undefined;
}

/**
 * The country an article is about: the one whose local bodies it names ("Taiwan High Court", "Taipei
 * District Court"), when they are all one country's: a Taiwan court story about spying for China names
 * China most. Else the one its places and demonyms name most, at least three times and twice as often
 * as any other ("Senate" in a story of Manila, Marcos and Filipinos is the Philippines').
 */
export function mainCountry(result: ArticleResult, evidence: ResolveEvidence): string | undefined {
  const counts = new Map<string, number>();
  const placeCounts = new Map<string, number>();
  const local = new Set<string>();
  for (const m of result.mentions) {
    if (m.kind === 'nominal') continue;
    const body = m.type === 'organization' ? localBody(m.text, evidence)?.country : undefined;
    if (body !== undefined) local.add(body);
    const place = m.type === 'place' ? evidence.gazetteer.place(m.text)?.country : undefined;
    const country = place ?? (m.type === 'other' ? evidence.gazetteer.demonymCountry(m.text) : body);
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
    if (place !== undefined) placeCounts.set(place, (placeCounts.get(place) ?? 0) + 1);
  }
  if (local.size === 1) return [...local][0];
  // A lead that opens on a country's possessive is that country's story: its mention counts three times, and it is the main country
  // where no other leads by twice ("Mexico's Senate approved tariffs … on cars from China", p132: China's, by four mentions to two).
  const lead = leadCountry(result, evidence);
  if (lead !== undefined) counts.set(lead, (counts.get(lead) ?? 0) + 2);
  // Three mentions of a country, twice as many as any other's; or two of its places, twice as many as any other country's
  // places ("in Bucharest" … "Romania": p118's Romanian Constitutional Court had been Korea's), not a demonym and a place
  // ("Chinese aircraft" … "China's ministry" in a Taiwanese story).
  const leader = (tally: Map<string, number>, least: number): string | undefined => {
    let best: string | undefined;
    let first = 0;
    let second = 0;
    for (const [country, count] of [...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (count > first) [best, first, second] = [country, count, first];
      else if (count > second) second = count;
    }
    return first >= least && first >= 2 * second ? best : undefined;
  };
  return leader(counts, 3) ?? lead ?? leader(placeCounts, 2);
}

/** The country whose possessive opens the article's first sentence ("Mexico's Senate …"), or undefined. */
function leadCountry(result: ArticleResult, evidence: ResolveEvidence): string | undefined {
  const lead = result.mentions[0];
  if (lead === undefined || lead.type !== 'place' || lead.kind !== 'name' || (result.sentenceStarts?.[lead.sentence] ?? -1) !== lead.start || lead.sentence > 1) return undefined;
  const end = offsetMap(result.article.text).toUtf16(lead.end);
  if (!/^['’]s /u.test(result.article.text.slice(end, end + 3))) return undefined;
  const place = evidence.gazetteer.place(lead.text);
  return place !== undefined && evidence.gazetteer.country(place.country)?.name === place.name ? place.country : undefined;
}

/** A place a local body is named after: a country, a region or a city of 50,000, not a town named like a word (Liberal, Kansas). */
function localPlace(name: string, evidence: ResolveEvidence): PlaceInfo | undefined {
  const place = evidence.gazetteer.place(name);
  return place !== undefined && (place.population ?? Infinity) >= 50_000 ? place : undefined;
}

/**
 * The country of the place an organization is named after and the institution's words after it, when its
 * name opens with such a place (`localPlace`): courts, offices and councils are where the story is ("Taiwan
 * High Court", "Taipei District Court", "Kaohsiung District Prosecutors Office"). Not a company ("Taiwan
 * Semiconductor Manufacturing Co") nor a party ("Liberal Democratic Party").
 */
function localBody(name: string, evidence: ResolveEvidence): { country: string; institution: string } | undefined {
  const words = name.split(' ');
  if (words[words.length - 1] === 'Party') return undefined;
  for (let k = 1; k <= 2 && k < words.length; k++) {
    const place = localPlace(words.slice(0, k).join(' '), evidence);
    if (place === undefined) continue;
    const institution = words.slice(k).join(' ');
    return isGenericInstitution(institution, evidence) ? { country: place.country, institution } : undefined;
  }
  return undefined;
}

/** True when a name says its country, by a demonym first ("Chinese Foreign Ministry") or by the country's name ("Communist Party of China"). */
function namesCountry(name: string, country: string, gazetteer: Gazetteer): boolean {
  const first = name.slice(0, Math.max(0, name.indexOf(' ')));
  const countryName = gazetteer.country(country)?.name;
  return gazetteer.demonymCountry(first) === country || (countryName !== undefined && ` ${name} `.includes(` ${countryName} `));
}

/** The country and the institution's words of an institution every country has named with a demonym: "Chinese Foreign Ministry". */
function demonymInstitution(name: string, evidence: ResolveEvidence): { country: string; institution: string } | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  const country = evidence.gazetteer.demonymCountry(name.slice(0, space));
  if (country === undefined) return undefined;
  const institution = name.slice(space + 1);
  return isGenericInstitution(institution, evidence) ? { country, institution } : undefined;
}

/**
 * The institution's words of a legislature named with its country's demonym ("Czech Senate", "Philippine Senate"): a
 * bare "Senate" in the same article is that body (`shortInstitutions`). Not counted as the article's own (`mainCountry`):
 * a Taiwan story about a Czech delegation is still Taiwan's.
 */
function demonymBody(name: string, evidence: ResolveEvidence): string | undefined {
  const words = name.split(' ');
  for (let k = 1; k <= 2 && k < words.length; k++) {
    if (evidence.gazetteer.demonymCountry(words.slice(0, k).join(' ')) === undefined) continue;
    const institution = words.slice(k).join(' ');
    return LEGISLATURE.test(institution) && isGenericInstitution(institution, evidence) ? institution : undefined;
  }
  return undefined;
}

// Legislatures: a bare one in an article that names a foreign one by its demonym is that one. Not a ministry: a
// Taiwan story's "Ministry of Foreign Affairs (MOFA)" stays Taiwan's beside the "Chinese Ministry of Foreign Affairs".
const LEGISLATURE = /^(?:Senate|Parliament|National Assembly|House of Representatives|Chamber of Deputies|Congress|Diet|Assembly|Upper House|Lower House)$/u;

/** The country code of a country's name ("China", "US"), or undefined for a city or an unknown name. */
export function countryOfPlace(gazetteer: Gazetteer, name: string): string | undefined {
  const place = gazetteer.place(name);
  return place && gazetteer.country(place.country)?.name === place.name ? place.country : undefined;
}

export function keyType(key: string): EntityType {
  return key.slice(0, key.indexOf('|')) as EntityType;
}

/**
 * Returns empty evidence. With the extract stage's `lexicon`, institutions every country has
 * ("Foreign Ministry") are told apart by the country an article gives them.
 */
export function createEvidence(gazetteer: Gazetteer, lexicon?: EvidenceLexicon): ResolveEvidence {
  return {
    gazetteer, parent: new Map(), anchors: new Set(), surface: new Map(), writtenPeople: new Set(), hanTypes: new Map(), counts: new Map(),
    institutionWords: new Set(lexicon ? [...lexicon.roleWords, ...INSTITUTION_WORDS] : []),
    // (And the Treasury, which every country has: Britain's and the U.S. Treasury had been one entity, p124.)
    institutionHeads: new Set(lexicon ? [...[...lexicon.organizationHeads].filter((h) => !LEGAL_FORM_HEAD.test(h)), 'Treasury', 'Constitution'] : []),
    institutionCountries: new Map(),
    bareBeforeCountry: new Set(),
    seats: new Set(lexicon?.seatsOfGovernment ?? []),
    knownNames: lexicon?.knownNames ?? new Map(),
    placeQualifiers: new Map(),
    stormWords: lexicon?.stormWords ?? [],
    surnameSpellings: lexicon?.surnameSpellings ?? new Map(),
    roleHolders: new Map(),
    familyRoles: new Map(),
    familyTitles: new Map(),
    placeContexts: new Map(),
    acronymLongForms: new Map(),
    localAcronyms: new Set(),
    companyNominals: lexicon?.companyNominals ?? new Set(),
    companyKindsByNominal: lexicon?.companyKindsByNominal ?? new Map(),
    companyKindsByWord: lexicon?.companyKindsByWord ?? new Map(),
    companyKindOnly: lexicon?.companyKindOnly ?? new Set(),
    regionDemonyms: lexicon?.regionDemonyms ?? new Map(),
    bodyPhrases: new Set([...(lexicon?.bodyNominals ?? [])].filter((word) => word.includes(' ')).map(capitalizedWords)),
    bodySynonyms: lexicon?.bodySynonyms ?? new Map(),
    bodySynonymTargets: new Map([...(lexicon?.bodySynonyms ?? new Map<string, string[]>())].flatMap(([name, words]) => words.map((word): [string, string] => [word, name])).sort(([a], [b]) => compareText(a, b))),
  };
}

/** Lower-case words with their first letters capitalized, as a body's name writes them: "county government" → "County Government". */
export function capitalizedWords(words: string): string {
  return words.replace(/(?<![\p{L}-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/**
 * The key of `familyRoles` for a family name and a held role (`heldRole`), or for the role's head word ("minister" of
 * "transportation minister") with `head`.
 */
export function familyRoleKey(family: string, role: string, head = false): string {
  return head ? `${family}\u0000~${role.slice(role.lastIndexOf(' ') + 1)}` : `${family}\u0000${role}`;
}

/** A role as held at any time: lower case, without "former", "then-" or "ex-" ("former Premier" and "Premier" are one office). */
export function heldRole(role: string): string {
  return role.toLowerCase().replace(/^(?:former\s+|then-|ex-)/u, '');
}

/** The role as a nominal would name it: lower case, without "former" or "then-" (those hold it no longer). */
export function activeRole(role: string): string | undefined {
  if (/^(former|then-|ex-)/iu.test(role)) return undefined;
  return role.toLowerCase();
}

/** True for a capital that extract typed an organization because it acts ("Beijing says"): the city's entity. */
export function isActingSeat(mention: Pick<Mention, 'type' | 'text'>, evidence: ResolveEvidence): boolean {
  return mention.type === 'organization' && evidence.seats.has(mention.text);
}

/** The lexicon lists resolve reads. */
export type EvidenceLexicon = Pick<Lexicon, 'roleWords' | 'organizationHeads' | 'seatsOfGovernment' | 'stormWords' | 'knownNames' | 'surnameSpellings'> & Partial<Pick<Lexicon, 'companyNominals' | 'bodyNominals' | 'regionDemonyms' | 'bodySynonyms' | 'companyKindsByNominal' | 'companyKindsByWord' | 'companyKindOnly'>>;

// A company's legal form is a head word of organizations but names no institution.
const LEGAL_FORM_HEAD = /^(?:Corp|Inc|Ltd|Co|Company|Corporation|Group|Holdings|Industries|Motors|Systems|Technologies|Semiconductor|Electronics|Airlines|Airways|News|Times|Post|Journal|Shimbun|Ilbo|Network|Club|Party|League|Union|Association|Society|Foundation|Front|Movement|Coalition|Alliance)\.?$/u;

/** Records how a name is written under its key and returns the key. */
function noteName(evidence: ResolveEvidence, type: EntityType, name: string, key = nameKey(type, name)): string {
  // A short name keyed as the article's full one ("High Court" as "Taiwan High Court") is no spelling of it.
  if (type === 'organization' && keyName(key) !== keyName(nameKey(type, name))) return key;
  const spelling = type === 'person' ? withoutNickname(name) : name;
  const seen = evidence.surface.get(key);
  if (seen === undefined || preferredSpelling(spelling, seen) < 0) evidence.surface.set(key, spelling);
  return key;
}

/** Returns the representative key of a key's cluster (adding the key if new), with path halving. */
export function find(evidence: ResolveEvidence, key: string): string {
  const { parent } = evidence;
  if (!parent.has(key)) parent.set(key, key);
  let node = key;
  while (parent.get(node) !== node) {
    const grand = parent.get(parent.get(node)!)!;
    parent.set(node, grand);
    node = grand;
  }
  return node;
}

/** Joins two clusters; the smaller key becomes the representative, so the result does not depend on order. */
function union(evidence: ResolveEvidence, a: string, b: string): void {
  const ra = find(evidence, a);
  const rb = find(evidence, b);
  if (ra === rb) return;
  if (ra < rb) evidence.parent.set(rb, ra);
  else evidence.parent.set(ra, rb);
}

/** The romanized forms a Han-character name is also written as, for its type. */
export function romanizations(type: EntityType, han: string, gazetteer: Gazetteer): string[] {
  if (!isHan(han) || isDottedHan(han)) return [];
  if (type === 'person') return [taiwanName(han, gazetteer.surnames), pinyinName(han)];
  return [];
}

/** Returns the romanized form shown in entities.csv: Taiwan spelling for people, pinyin syllables otherwise. */
export function displayRomanization(type: EntityType, han: string, gazetteer: Gazetteer): string {
  // A dotted transliteration ("谷辣斯．尤達卡") is read syllable by syllable, without its dots.
  if (isDottedHan(han)) return pinyinSyllables(withoutNameDots(han)).join(' ');
  return type === 'person' ? taiwanName(han, gazetteer.surnames) : pinyinSyllables(han).join(' ');
}

// Three names of capitals and small letters only: a given name, a middle name and a family name.
const MIDDLE_NAME = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

// "William Lai Ching-te", "John Lee Ka-chiu": an English given name, a family name, a hyphenated Chinese given name.
const ENGLISH_AND_CHINESE = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+-\p{Ll}+)$/u;

/** Pass 1: adds one article's names and pairs to the run's evidence. */
export function collectEvidence(evidence: ResolveEvidence, result: ArticleResult): void {
  const { gazetteer } = evidence;
  noteAcronymDefinitions(evidence, result);
  const local = articleNames(result, evidence);
  const people = new Map<number, string>();
  // The family names of the article's full person names, by start (lower case).
  const families = new Map<number, string>();
  // The first words of the article's organizations' names: a short name the lexicon knows as another body's is this
  // article's company ("CPC" where it names "CPC Corp, Taiwan" is no Chinese Communist Party, p102).
  let ownFirstWords: Set<string> | undefined;
  for (const mention of result.mentions) {
    if (mention.kind === 'nominal') continue;
    const type = isActingSeat(mention, evidence) ? 'place' : mention.type;
    const name = keyText(mention, local);
    const key = noteName(evidence, type, name, articleKey(type, name, local, mention.start));
    find(evidence, key);
    if (type === 'person' && mention.kind === 'name') {
      people.set(mention.start, key);
      evidence.writtenPeople.add(key);
      const family = keyScope(key) === undefined ? familyName(mention.text)?.toLowerCase() : undefined;
      if (family !== undefined) families.set(mention.start, family);
      // An English given name before a Chinese name is both of its shorter forms: "William Lai Ching-te" is
      // William Lai and Lai Ching-te.
      const both = keyScope(key) === undefined ? ENGLISH_AND_CHINESE.exec(mention.text) : null;
      if (both) {
        union(evidence, key, noteName(evidence, 'person', `${both[1]} ${both[2]}`));
        union(evidence, key, noteName(evidence, 'person', `${both[2]} ${both[3]}`));
      }
      // A middle name another article leaves out: "Rafael Mariano Grossi" is Rafael Grossi.
      const middle = keyScope(key) === undefined && !both ? MIDDLE_NAME.exec(mention.text) : null;
      if (middle) union(evidence, key, noteName(evidence, 'person', `${middle[1]} ${middle[3]}`));
    }
    const country = keyCountry(key);
    if (country === undefined && local.countries.size > 0 && local.countries.get(keyName(key))?.bareFirst) evidence.bareBeforeCountry.add(key);
    if (country !== undefined) {
      const bare = nameKey(type, mention.text);
      let seen = evidence.institutionCountries.get(bare);
      if (seen === undefined) evidence.institutionCountries.set(bare, (seen = new Set()));
      seen.add(country);
    }
    // An institution every country has, named with its country's demonym, is that country's institution named bare with the
    // country given: "Chinese Foreign Ministry" and "China's Foreign Ministry" (p124: two entities).
    if (type === 'organization' && mention.kind === 'name' && country === undefined) {
      const owned = demonymInstitution(mention.text, evidence);
      if (owned !== undefined) union(evidence, key, noteName(evidence, 'organization', owned.institution, `${nameKey('organization', owned.institution)}${COUNTRY}${owned.country}`));
    }
    // A ship is its own namesake: the cutter Chiayi is not a vote on the city's type.
    if (type !== 'person' && mention.kind !== 'zh' && mention.method !== 'rule:ship') {
      const counted = `${key}${acronymMark(mention.text, gazetteer)}`;
      evidence.counts.set(counted, (evidence.counts.get(counted) ?? 0) + 1);
    }
    // An anonymous person's Han name stands for that person alone: its romanization is no link.
    if (keyScope(key) !== undefined) continue;
    for (const romanized of romanizations(type, mention.text, gazetteer)) union(evidence, key, noteName(evidence, type, romanized));
    if (type === 'place') {
      // (By the name it is keyed by: "Washington" of "Washington state" is no Washington, D.C.)
      const place = gazetteer.place(name);
      if (place) union(evidence, key, noteName(evidence, 'place', place.name));
    }
    // Not an acronym the article spells out as its own body ("the Taiwan Centers for Disease Control (CDC)").
    const known = type === 'organization' && !key.includes(OWN_ACRONYM) ? gazetteer.organization(mention.text) : undefined;
    ownFirstWords ??= known === undefined ? undefined : new Set([...organizationNames(result)].filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))));
    const organization = known !== undefined && !ownFirstWords!.has(mention.text) ? known : undefined;
    if (organization) union(evidence, key, noteName(evidence, 'organization', organization));
    const storm = type === 'other' && evidence.stormWords.length > 0 ? stormName(mention.text, evidence) : undefined;
    if (storm) union(evidence, key, noteName(evidence, 'other', storm));
  }
  notePlaceContexts(evidence, result, local);
  for (const alias of result.aliases) {
    if (alias.lang === 'zh') noteHanType(evidence, alias.alias, alias.type);
    const name = noteName(evidence, alias.type, alias.name, pairNameKey(alias, local));
    evidence.anchors.add(name);
    union(evidence, name, noteName(evidence, alias.type, alias.alias, articleKey(alias.type, alias.alias, local)));
  }
  for (const role of result.roles) {
    const key = people.get(role.start);
    const active = activeRole(role.role);
    const family = families.get(role.start);
    if (key !== undefined && family !== undefined) {
      const title = heldRole(role.role);
      for (const held of [familyRoleKey(family, title), familyRoleKey(family, title, true)]) {
        let keys = evidence.familyRoles.get(held);
        if (keys === undefined) evidence.familyRoles.set(held, (keys = new Set()));
        keys.add(key);
      }
      let titles = evidence.familyTitles.get(family);
      if (titles === undefined) evidence.familyTitles.set(family, (titles = new Set()));
      titles.add(title).add(title.slice(title.lastIndexOf(' ') + 1));
    }
    if (key === undefined || active === undefined || !isQualifiedRole(role.role, evidence.gazetteer)) continue;
    let holders = evidence.roleHolders.get(active);
    if (holders === undefined) evidence.roleHolders.set(active, (holders = new Set()));
    holders.add(key);
  }
  linkInitials(evidence, result, local);
  linkMiddleInitials(evidence, result);
  linkPlaceShortNames(evidence, result);
  linkFeatureShortNames(evidence, result);
  linkBracketedPlaceNames(evidence, result);
  linkCompanyShortNames(evidence, result, local);
  notePlaceQualifiers(evidence, result, local);
  linkKnownAs(evidence, result);
  for (const mention of result.mentions) {
    const country = mention.type === 'other' ? demonymPlace(evidence, mention.text) : undefined;
    if (country) find(evidence, country);
  }
}

/**
 * True when a role says whose office it is: a country, a place, a demonym or an acronym before the
 * title ("Chinese President", "US President", "TSMC Chairman"). Only such a role names one holder
 * across a run; "the vice president" of one article may be another country's.
 */
function isQualifiedRole(role: string, gazetteer: Gazetteer): boolean {
  const first = role.split(' ')[0]!;
  if (!role.includes(' ')) return false;
  return /^\p{Lu}{2,}$/u.test(first.replace(/\./gu, '')) || gazetteer.demonymCountry(first) !== undefined || gazetteer.place(first) !== undefined;
}

/** Records a paired Han name's type; where pairs disagree, a non-person type wins, then the first by name, so order does not matter. */
function noteHanType(evidence: ResolveEvidence, han: string, type: EntityType): void {
  const seen = evidence.hanTypes.get(han);
  const rank = (t: EntityType) => `${t === 'person' ? 1 : 0}${t}`;
  if (seen === undefined || rank(type) < rank(seen)) evidence.hanTypes.set(han, type);
}

/** The place key of the country a demonym names ("Russian" → Russia), noted so pass 2 can link to it. */
export function demonymPlace(evidence: ResolveEvidence, word: string): string | undefined {
  const code = evidence.gazetteer.demonymCountry(word);
  const country = code ? evidence.gazetteer.country(code) : undefined;
  if (country) return noteName(evidence, 'place', country.name);
  // Or a place that is no country: "European" is Europe, "Calabrian" Calabria (p112: rows of their own).
  const region = evidence.regionDemonyms.get(word);
  return region === undefined ? undefined : noteName(evidence, 'place', region);
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** Returns the initials of a multi-word name's significant words: Federal Open Market Committee → FOMC. */
export function initials(name: string): string {
  return name.split(/[\s-]+/u).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

/** An acronym used in an article joins the one multi-word name of the article whose initials spell it. */
function linkInitials(evidence: ResolveEvidence, result: ArticleResult, local: ArticleNames): void {
  // The article's multi-word names by type and initials, computed once (an article can hold thousands).
  const byInitials = new Map<string, Set<string>>();
  for (const m of result.mentions) {
    if (m.kind !== 'name' || m.type === 'person' || !/\s/u.test(m.text)) continue;
    // With its "of" too: "Bank of Japan" is BOJ, "Ministry of Economic Affairs" MOEA.
    const withOf = initials(m.text.replace(/ of /gu, ' O '));
    // With a camel-case word's inner capitals too: "ChangXin Memory Technologies" is CXMT.
    const camel = m.text.split(' ').map((w) => /^\p{Lu}/u.test(w) ? w.replace(/[^\p{Lu}]/gu, '') : '').join('');
    // Without a company's legal form too: "Mitsubishi Heavy Industries Ltd" is MHI (p88).
    const formless = m.type === 'organization' ? m.text.replace(WRITTEN_LEGAL_FORM_END, '') : m.text;
    // And without its group word: "Marks and Spencer Group Plc" is M&S (p99).
    const groupless = formless.replace(/ (?:Group|Holdings)$/u, '');
    for (const letters of new Set([initials(m.text), withOf, camel, initials(formless), initials(groupless)])) {
      const slot = `${m.type}\u0000${letters}`;
      let keys = byInitials.get(slot);
      if (keys === undefined) byInitials.set(slot, (keys = new Set()));
      keys.add(articleKey(m.type, m.text, local, m.start));
    }
  }
  for (const mention of result.mentions) {
    // (An ampersand spells "and", which initials leave out: "M&S", "P&G".)
    const letters = mention.text.replace(/[.&]/gu, '');
    if (!/^\p{Lu}{2,6}$/u.test(letters)) continue;
    // (Not a place the gazetteer knows by its letters: "U.S." is no "Um Sumeima", p132, whatever its initials.)
    if (mention.type === 'place' && evidence.gazetteer.place(mention.text) !== undefined) continue;
    const matches = byInitials.get(`${mention.type}\u0000${letters}`);
    const key = nameKey(mention.type, mention.text);
    if (matches?.size === 1) union(evidence, local.acronyms.has(keyName(key)) ? articleKey(mention.type, mention.text, local) : key, [...matches][0]!);
  }
}

/**
 * A person named with a middle name and with its initial in one article is one person: "Harold Morris
 * Weintraub" and "Harold M. Weintraub" (an obituary's two forms).
 */
function linkMiddleInitials(evidence: ResolveEvidence, result: ArticleResult): void {
  const full = new Map<string, string>();
  const initialled: [string, string][] = [];
  for (const m of result.mentions) {
    if (m.type !== 'person' || m.kind !== 'name') continue;
    const words = m.text.split(' ');
    if (words.length !== 3) continue;
    const [first, middle, last] = words as [string, string, string];
    if (/^\p{Lu}\.$/u.test(middle)) initialled.push([m.text, `${first} ${middle[0]} ${last}`]);
    else if (/^\p{Lu}\p{Ll}+$/u.test(middle)) {
      const slot = `${first} ${middle[0]} ${last}`;
      const seen = full.get(slot);
      full.set(slot, seen === undefined || seen === m.text ? m.text : '');
    }
  }
  for (const [text, slot] of initialled) {
    const name = full.get(slot);
    if (name) union(evidence, nameKey('person', name), nameKey('person', text));
  }
}

/** The names the article's organizations are written by (not their acronyms). */
function organizationNames(result: ArticleResult): Set<string> {
  const names = new Set<string>();
  for (const m of result.mentions) if (m.type === 'organization' && m.kind === 'name') names.add(m.text);
  return names;
}


/**
 * A company an article names in full and by the name it goes by ("Huawei Technologies Co" … "Huawei",
 * "Formosa Plastics Group" … "Formosa Plastics") is one organization: the rest of the full name is
 * company words only. In the article, as its other mentions show which company is meant.
 */
function linkCompanyShortNames(evidence: ResolveEvidence, result: ArticleResult, local: ArticleNames): void {
  const organizations = organizationNames(result);
  if (organizations.size < 2) return;
  // A short name two full names share goes with the one the article names first: "Toyota" of "Toyota Motor Corp", not
  // also of "Toyota Industries Corp" after it (p78: the two had been one entity through it).
  const claimed = new Set<string>();
  // A one-word name made of the first letters of a name's words, two at least and the first among them: "Taisugar" of
  // "Taiwan Sugar Corp" (p102), as a pair teaches "Taipower" of "Taiwan Power Co".
  // (By the blend's first two letters, so a name is tried only against the one-word names that open as it does: an article of
  // many names costs their number, not its square.)
  const singles = new Map<string, string[]>();
  for (const n of organizations) {
    // (Or in camel case: "ThaiBev" of "Thai Beverage Pcl", p115.)
    if (!/^\p{Lu}\p{Ll}{4,15}$|^\p{Lu}\p{Ll}{2,8}\p{Lu}\p{Ll}{2,8}$/u.test(n)) continue;
    const opening = n.slice(0, 2).toLowerCase();
    const list = singles.get(opening) ?? [];
    if (list.length < MAX_BLENDS_PER_OPENING) list.push(n);
    singles.set(opening, list);
  }
  for (const name of singles.size === 0 ? [] : organizations) {
    const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w) && !COMPANY_FORM_WORD.test(w));
    if (words.length < 2 || words.length > 6) continue;
    for (const short of singles.get(words[0]!.slice(0, 2).toLowerCase()) ?? []) {
      if (short !== words[0] && blendStart(short, words, 2, 2) === 0) union(evidence, articleKey('organization', name, local), nameKey('organization', short));
    }
  }
  // A club goes by its name without the letters before it: "Barcelona" of "FC Barcelona" (p102).
  for (const name of organizations) {
    const club = CLUB_PREFIX.exec(name);
    if (club !== null && organizations.has(name.slice(club[0].length))) union(evidence, articleKey('organization', name, local), nameKey('organization', name.slice(club[0].length)));
  }
  // A club goes by its name without its city: "Bayern" of "Bayern Munich", "Inter" of "Inter Milan" (p115).
  for (const name of organizations) {
    const words = name.split(' ');
    if (words.length === 2 && organizations.has(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && countryOfPlace(evidence.gazetteer, words[0]!) === undefined &&
      evidence.gazetteer.place(words[0]!) === undefined && evidence.gazetteer.place(words[1]!) !== undefined && !isGenericInstitution(words[0]!, evidence)) {
      union(evidence, articleKey('organization', name, local), nameKey('organization', words[0]!));
    }
  }
  // A racing team goes by a word of its name without its sponsors': "Haas" of "MoneyGram Haas F1 Team" (p104).
  for (const name of organizations) {
    if (!RACING_TEAM.test(name)) continue;
    const own = name.split(' ').filter((w) => organizations.has(w) && !RACING_WORD.test(w) && countryOfPlace(evidence.gazetteer, w) === undefined);
    if (own.length === 1) union(evidence, articleKey('organization', name, local), nameKey('organization', own[0]!));
  }
  for (const name of organizations) {
    const short = companyShortName(name, evidence, (s) => organizations.has(s), true);
    if (short === undefined || claimed.has(short)) continue;
    claimed.add(short);
    // The full name's key in this article: Nigeria's "Labour Party" where the run has Britain's too.
    union(evidence, articleKey('organization', name, local), nameKey('organization', short));
  }
}

// A racing team's name, and the words of one that are no team's own.
const RACING_TEAM = / (?:F1 Team|Racing|Racing Team|Formula One Team)$/u;
const RACING_WORD = /^(?:F1|Team|Racing|Formula|One|Scuderia)$/u;
// A club's letters before its name, and its word after it.
const CLUB_PREFIX = /^(?:FC|AFC|CF|SC|AC|SSC|RC|CD|UD|SD|SL|AS|RB|VfB|VfL|TSG|SV) (?=\p{Lu})/u;
const CLUB_SUFFIX = /^(?:Club|FC|CF|AFC)$/u;
// The most one-word names tried as blends per two opening letters in one article.
const MAX_BLENDS_PER_OPENING = 8;
// A company's legal form or group word, which a blend leaves out.
const COMPANY_FORM_WORD = /^(?:Co|Corp|Inc|Ltd|LLC|plc|Plc|PLC|Pcl|PCL|Bhd|Tbk|Group|Holdings|Corporation|Company)\.?,?$/u;

/**
 * The name a company's full name goes by, when `has` knows it: the first one to three words, the rest
 * company words only ("Huawei" of "Huawei Technologies Co"), or an airline's brand ("EVA Air"). Not a country or a capital acting for it
 * ("Taiwan" the organization of a headline; a company named after a place keeps it), nor an institution
 * every country has.
 */
function companyShortName(full: string, evidence: ResolveEvidence, has: (short: string) => boolean, inArticle = false): string | undefined {
  // A company's country after a comma is no part of what it goes by: "CPC Corp, Taiwan" is CPC (p102).
  const place = /, (\p{Lu}[\p{L} ]+)$/u.exec(full);
  const name = place !== null && evidence.gazetteer.place(place[1]!) !== undefined ? full.slice(0, place.index) : full;
  // An Indonesian company goes by its name without "PT" and "Tbk": "Vale Indonesia" of "PT Vale Indonesia Tbk" (p104).
  const indonesian = INDONESIAN_COMPANY.exec(name);
  if (indonesian !== null && has(indonesian[1]!)) return indonesian[1];
  const words = name.split(' ');
  // In one article a company named with its legal form goes by its first word too, whatever words stand between ("Anglo" of
  // "Anglo American plc"), and a company named after a person by the family name ("Lilly" of "Eli Lilly and Co", "Schwab"
  // of "Charles Schwab Corp"; p84). Across the run these would join a club's "United" to United Microelectronics Corp.
  const legal = inArticle && words.length >= 3 && ARTICLE_LEGAL_FORM.test(words[words.length - 1]!);
  if (legal) {
    const named = words.slice(0, words.length - (/^(?:and|&)$/u.test(words[words.length - 2]!) ? 2 : 1));
    const candidates = named.length === 2 ? [named[0]!, named[1]!] : [named[0]!];
    for (const short of candidates) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(short) || isGenericInstitution(short, evidence) || countryOfPlace(evidence.gazetteer, short) !== undefined || evidence.seats.has(short)) continue;
      // Or its shop's name, a possessive: "Sainsbury's" of "J Sainsbury Plc" (p99).
      const named = [short, `${short}'s`, `${short}’s`].find(has);
      if (named !== undefined) return named;
    }
  }
  // In one article a company named after its city goes by the word after it: "Biren" of "Shanghai Biren Technology" (p96).
  if (inArticle && words.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]!) && !COMPANY_WORDS.test(words[1]!) && words.slice(2).every((w) => COMPANY_WORDS.test(w)) &&
    has(words[1]!) && evidence.gazetteer.place(words[0]!) !== undefined && evidence.gazetteer.place(words[1]!) === undefined && !isGenericInstitution(words[1]!, evidence)) return words[1];
  for (let k = 1; k <= 3 && k < words.length; k++) {
    // (In one article a club goes by its name without "Club" too: "Athletic" of "Athletic Club", p102.)
    if (!words.slice(k).every((w) => COMPANY_WORDS.test(w) || (inArticle && CLUB_SUFFIX.test(w)))) continue;
    const short = words.slice(0, k).join(' ');
    // An airline goes by its brand: "EVA Air" of "EVA Airways Corp.", "Qatar Air" of "Qatar Airways".
    const brand = /^Air(?:ways|lines)$/u.test(words[k]!) ? `${short} Air` : undefined;
    if (brand !== undefined && has(brand)) return brand;
    if (!has(short)) continue;
    if (isGenericInstitution(short, evidence) || countryOfPlace(evidence.gazetteer, short) !== undefined || evidence.seats.has(short)) continue;
    return short;
  }
  // Else by its whole name without its legal forms, however long: "Guangdong Provincial Communications Group" of "… Group Co
  // Ltd" (p107: two companies). Last, so a shorter name it goes by keeps the link ("Anglo" of "Anglo American plc").
  const unformed = name.replace(TRAILING_LEGAL_FORMS, '');
  return unformed !== name && unformed.includes(' ') && has(unformed) ? unformed : undefined;
}

// A company's legal forms at its name's end: " Co Ltd", " Corp.", ", Inc.".
const TRAILING_LEGAL_FORMS = /(?:,? (?:Co|Corp|Inc|Ltd|Limited|plc|Plc|PLC|AG|SA|NV|SE|LLC|Bhd|Pte)\.?)+$/u;

// An Indonesian company's legal forms around its name: "PT Vale Indonesia Tbk", "PT Pertamina (Persero)".
const INDONESIAN_COMPANY = /^PT ((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}) (?:Tbk|\(Persero\)(?: Tbk)?)$/u;

// A company's legal form at the end of its full name (`companyShortName` in one article).
const ARTICLE_LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|plc|Plc|PLC|AG|SA|NV|SE|ASA|AB|A\/S|GmbH|LLC)\.?$/u;

// What follows a place's region or country ("Taylor, Texas, where", "SANTA CLARA, California (Reuters) -",
// "in Austin, Texas on Monday"): punctuation, a bracket, a dash or a preposition; not a verb or a possessive.
const QUALIFIER_END = /^(?:[,.;:!?)”"]|\s*$|\s+[(—–-]|\s+(?:on|in|at|last|this|next|earlier|where|when|near|for|to|from|with|after|before|during|since|until)\b)/u;

/**
 * Notes the country of a region or country written after a place ("SANTA CLARA, California", "Taylor,
 * Texas") where the gazetteer's place of that name lies in another country (Santa Clara, Cuba): the
 * entity takes the written country and no coordinates, which would be the namesake's.
 */
function notePlaceQualifiers(evidence: ResolveEvidence, result: ArticleResult, local: ArticleNames): void {
  const { mentions } = result;
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i]!;
    const region = mentions[i + 1]!;
    if (place.type !== 'place' || place.kind !== 'name' || region.type !== 'place' || region.start - place.end !== 2) continue;
    offsets ??= offsetMap(result.article.text);
    if (result.article.text.slice(offsets.toUtf16(place.end), offsets.toUtf16(region.start)) !== ', ') continue;
    // Not a list of places: "in Cologne, New York and Annan".
    const end = offsets.toUtf16(region.end);
    const after = result.article.text.slice(end, end + 12);
    if (/^(?:,\s*|\s+(?:and|or)\s+)\p{Lu}/u.test(after)) continue;
    // Not a sentence's subject after its opening place: "In Geneva, Ukraine's delegation said", "In Geneva, Ukraine said".
    if (!QUALIFIER_END.test(after)) continue;
    const country = evidence.gazetteer.place(region.text)?.country;
    const own = evidence.gazetteer.place(place.text);
    if (country === undefined || own === undefined || own.country === country || evidence.gazetteer.country(own.country)?.name === own.name) continue;
    const key = articleKey('place', place.text, local, place.start);
    if (!evidence.placeQualifiers.has(key)) evidence.placeQualifiers.set(key, country);
  }
}

// "X, also known as Y", "X, known as Y", "X, called Y": one name given two ways.
// A person's nickname may be quoted, known to fans, or nicknamed (p90).
const KNOWN_AS = new RegExp(String.raw`^(?: (?:movement|group|militia|rebels|party|network|gang|front|organi[sz]ation))?,?\s+(?:(?:also|better|locally|formerly|widely|popularly|commonly|affectionately)\s+)?(?:(?:known|called)${KNOWN_TO}\s+as|${NICKNAMED})\s+["“]?$`, 'u');

/** Two names of one type joined by "(also) known as" are one entity: "Lanyu (蘭嶼), also known as Orchid Island", "Rengo". */
function linkKnownAs(evidence: ResolveEvidence, result: ArticleResult): void {
  const { mentions } = result;
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const before = mentions[i - 1]!;
    const mention = mentions[i]!;
    // A person by a one-word nickname: "Mohamed Hamdan Dagalo, widely known as Hemedti".
    const nickname = mention.type === 'person' && before.text.includes(' ') && !mention.text.includes(' ');
    if (mention.kind !== 'name' || before.type !== mention.type || (mention.type === 'person' && !nickname) || mention.start - before.end > 32 || before.end > mention.start) continue;
    offsets ??= offsetMap(result.article.text);
    // The name before may be followed by its Han name: "Lanyu (蘭嶼), also known as".
    const gap = result.article.text.slice(offsets.toUtf16(before.end), offsets.toUtf16(mention.start)).replace(/^\s*(?:[(（][^()（）]{1,12})?[)）]/u, '');
    // Not a name after a preposition, which the phrase does not name: "the force in Lebanon, known as UNIFIL" (p96).
    const preceding = result.article.text.slice(Math.max(0, offsets.toUtf16(before.start) - 8), offsets.toUtf16(before.start));
    if (KNOWN_AS.test(gap) && !ENDS_ON_PREPOSITION.test(preceding)) union(evidence, nameKey(before.type, before.text), nameKey(mention.type, mention.text));
  }
}

/**
 * An organization named after its place ("Los Angeles Dodgers", "Toronto Blue Jays") and the rest
 * of its name in the same article ("Dodgers") are one, across the run; not an institution every
 * country has ("Taipei District Court" and "District Court": another article's is another court), nor a party.
 */
function linkPlaceShortNames(evidence: ResolveEvidence, result: ArticleResult): void {
  const organizations = organizationNames(result);
  if (organizations.size < 2) return;
  // A rest two names of the article share is neither's: "United" of "Manchester United" and "Newcastle United" (p78:
  // the two clubs had been one entity through it).
  const rests = new Map<string, number>();
  for (const name of organizations) {
    const words = name.split(' ');
    for (let k = 1; k <= 3 && k < words.length; k++) {
      const rest = words.slice(k).join(' ');
      rests.set(rest, (rests.get(rest) ?? 0) + 1);
    }
  }
  for (const name of organizations) {
    const words = name.split(' ');
    // A club goes by its town too, where the article reads the town as a team: "Brighton & Hove Albion" … "Brighton took the lead".
    const town = CLUB_NAME.exec(name)?.[1];
    if (town !== undefined && organizations.has(town) && evidence.gazetteer.place(town) !== undefined) union(evidence, nameKey('organization', name), nameKey('organization', town));
    for (let k = 1; k <= 3 && k < words.length; k++) {
      const rest = words.slice(k).join(' ');
      if (!organizations.has(rest) || rests.get(rest)! > 1 || !evidence.gazetteer.place(words.slice(0, k).join(' '))) continue;
      // Not a party: a place before a party's name names another party ("Liberal Democratic Party" is no "Democratic Party").
      if (isGenericInstitution(rest, evidence) || evidence.seats.has(rest) || rest.endsWith(' Party')) continue;
      union(evidence, nameKey('organization', name), nameKey('organization', rest));
      break;
    }
  }
}

// A natural feature's name and its head: "Litani River", "Lake Albert", "Mount Kanlaon", "Zagros Mountains".
const FEATURE_NAME = /^(?:(?:Lake|Mount|Mt\.?) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)|(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:River|Lake|Mountains?|Volcano|Valley|Glacier|Desert|Peninsula|Delta|Basin))$/u;

/**
 * A river, a lake or a mountain named with its head and without it in one article ("Litani River" … "the Litani") is one
 * place, where the name alone is no other place the gazetteer knows (p130: two entities; "Jordan River" is not Jordan).
 */
function linkFeatureShortNames(evidence: ResolveEvidence, result: ArticleResult): void {
  let bare: Set<string> | undefined;
  for (const m of result.mentions) {
    if (m.type !== 'place' || m.kind !== 'name' || !/ /u.test(m.text)) continue;
    const feature = FEATURE_NAME.exec(m.text);
    const short = feature?.[1] ?? feature?.[2];
    if (short === undefined) continue;
    bare ??= new Set(result.mentions.filter((n) => n.type === 'place' && n.kind === 'name').map((n) => n.text));
    if (bare.has(short) && evidence.gazetteer.place(short) === undefined) union(evidence, nameKey('place', m.text), nameKey('place', short));
  }
}

// A feature's name: an island, a reef, a mountain, a lake or a river.
const FEATURE_OTHER_NAME = / (?:Island|Islands|Islet|Islets|Atoll|Reef|Shoal|Mountain|Lake|River)$/u;

/**
 * A place and its other English name in brackets are one place: "Lanyu (Orchid Island)" (p133: two entities). Not a place that
 * qualifies it, which the gazetteer knows as another ("Taitung (Taiwan)", "Springfield (Illinois)").
 */
function linkBracketedPlaceNames(evidence: ResolveEvidence, result: ArticleResult): void {
  const { mentions } = result;
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i]!;
    const other = mentions[i + 1]!;
    if (place.type !== 'place' || other.type !== 'place' || place.kind !== 'name' || other.kind !== 'name' || other.start - place.end !== 2) continue;
    offsets ??= offsetMap(result.article.text);
    const { text } = result.article;
    if (text.slice(offsets.toUtf16(place.end), offsets.toUtf16(other.start)) !== ' (' || text[offsets.toUtf16(other.end)] !== ')') continue;
    // (An island's or a feature's other name may be a place the gazetteer knows of its own: "Lanyu (Orchid Island)".)
    const known = evidence.gazetteer.place(other.text);
    // (Either way round: "Orchid Island (Lanyu)", p136.)
    const feature = FEATURE_OTHER_NAME.test(other.text) || FEATURE_OTHER_NAME.test(place.text);
    if (known !== undefined && known !== evidence.gazetteer.place(place.text) && !(feature && known.country === evidence.gazetteer.place(place.text)?.country)) continue;
    union(evidence, nameKey('place', place.text), nameKey('place', other.text));
  }
}

// A football club named after its town: "Brighton & Hove Albion", "Wolverhampton Wanderers" (not "City" or "County": a city's own "Taipei City").
const CLUB_NAME = /^(\p{Lu}\p{Ll}+)(?: & \p{Lu}\p{Ll}+)? (?:Albion|United|Rovers|Wanderers|Athletic|Town|Hotspur|Villa|Rangers|Argyle|Orient|Palace|Forest)$/u;

/**
 * The name a mention is keyed by: its text, or the region it stands for where a lower-case division's kind follows a city's
 * name ("Washington state" is Washington State, not Washington, D.C.; "Cebu province", "Donetsk region"; p124, p132). A name the
 * gazetteer knows as a region already keeps its text ("Sichuan province" is Sichuan), and so does a name it knows in neither form.
 */
export function keyText(mention: Mention, local: ArticleNames): string {
  if (mention.type !== 'place' || local.regions.size === 0) return mention.text;
  const region = local.regions.get(mention.text);
  return region !== undefined && (region.bare || mention.region !== undefined) ? region.name : mention.text;
}

// A city this large is the city where the article writes its name bare, whatever region of its name the article names: "A drone
// strike on Kharkiv … in the Kharkiv region" (p134: all three had been the region); not Kursk (409,431) of "its Kursk region …
// Ukrainian forces in Kursk".
const BARE_CITY_POPULATION = 500_000;

/**
 * The regions an article names by a city's name and a division's kind (`keyText`), by the name: the article's other bare
 * mentions of that name are the region too ("Cebu province … Cebu Gov. Pamela Baricuatro"), unless a large city has it.
 */
function articleRegions(result: ArticleResult, gazetteer: Gazetteer): Map<string, ArticleRegion> {
  const regions = new Map<string, ArticleRegion>();
  for (const m of result.mentions) {
    if (m.region === undefined || regions.has(m.text)) continue;
    // (Or a name the gazetteer knows only with its kind: "Cebu" of "Cebu Province"; and only a region it knows or can place.)
    // (Not a name cities of several countries share, whose country the article's other places decide: "the Valencia region" is
    // Spain's, p133, where the region by the most populous Valencia had been Venezuela's.)
    const bare = gazetteer.place(m.text);
    const region = bare === undefined || bare.population !== undefined ? gazetteer.place(m.region) : undefined;
    if (region !== undefined && gazetteer.namesakes(m.text).every((n) => n.country === region.country)) {
      regions.set(m.text, { name: m.region, bare: (bare?.population ?? 0) < BARE_CITY_POPULATION });
    }
  }
  return regions;
}

/** Family name of a multi-word personal name: the first word of "Ho Jen-chieh", the last of "William Lai". */
export function familyName(name: string): string | undefined {
  // A generation after the family name is no family name: "Ferdinand Marcos Jr." is a Marcos.
  // (Words parted by any space: a line break inside a name, "Cho\rJung-tai", p98.)
  const words = name.split(/[\s\u0085]+/u);
  if (words.length > 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/u.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2 || isHan(name)) return undefined;
  const last = words[words.length - 1]!;
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last) || isFamilyFirst(words) ? words[0] : last;
}

// One pinyin syllable: an initial and a final (it admits a few sounds Mandarin lacks, which costs nothing here).
const PINYIN_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ue|v)$/u;

/** True when a word is one to `most` pinyin syllables written together ("Jinping", "Qiang", "Xi"). */
function isPinyinWord(word: string, most: number): boolean {
  return pinyinSyllableCount(word) <= most;
}

/**
 * The fewest pinyin syllables that spell a capitalized word, Infinity when none do. Kept per word: a person's every
 * mention asks again, and a word of n letters costs up to 6n patterns.
 */
const pinyinSyllableCount = memoizeByName((word: string): number => {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) && !/^\p{Lu}$/u.test(word)) return Infinity;
  // Fewest syllables that spell lower[0, i); syllables are at most 6 letters ("zhuang").
  const fewest = new Array<number>(lower.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let i = 1; i <= lower.length; i++) {
    for (let k = Math.max(0, i - 6); k < i; k++) if (fewest[k]! + 1 < fewest[i]! && PINYIN_SYLLABLE.test(lower.slice(k, i))) fewest[i] = fewest[k]! + 1;
  }
  return fewest[lower.length]!;
});

// English given names that are also pinyin syllables ("Ian Chen", "Ken Li").
const ENGLISH_PINYIN_NAMES = new Set(['Ben', 'Dan', 'Ian', 'Ken', 'Jan', 'Jen', 'Sue', 'Lou', 'Nan', 'Bo', 'Jo']);

// Korean family names as the press writes them, for names given family first without a hyphen ("Yoon Suk Yeol").
const KOREAN_FAMILY = new Set(['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Chung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Roh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Min', 'Ryu', 'Na', 'Jin', 'Ji', 'Won', 'Chun', 'Choo']);

/**
 * True when a person's name is written family name first without a hyphen: two words of pinyin
 * ("Xi Jinping", "Li Qiang", "Wang Yi"), or a Korean family name and two one-syllable words ("Yoon Suk
 * Yeol", "Kim Jong Un"). A Western given name is not pinyin ("Ken Li" has "Ken", which is; so the
 * family name's word must be one syllable and the given name's at most two).
 */
function isFamilyFirst(words: readonly string[]): boolean {
  if (words.length === 2) return !ENGLISH_PINYIN_NAMES.has(words[0]!) && isPinyinWord(words[0]!, 1) && isPinyinWord(words[1]!, 2) && !isPinyinWord(words[0]! + words[1]!.toLowerCase(), 1);
  return words.length === 3 && KOREAN_FAMILY.has(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{0,4}$/u.test(w));
}

/** What pass 2 needs from pass 1, computed once: canonical names, ids and the family-name index. */
export interface ResolvedNames {
  canonical: Map<string, string>;
  ids: Map<string, string>;
  /** Family name (lower case) → the person clusters that carry it. */
  families: Map<string, Set<string>>;
  /** Cluster → its Han-character name, when it has one. */
  zh: Map<string, string>;
  /** Person clusters that have a multi-word Latin-script name. */
  withFullName: Set<string>;
  /** Normalized name the run gives two types other than person → the type most of its mentions have. */
  majority: Map<string, EntityType>;
  /**
   * Cluster of an institution every country has → its country: the one its names carry, or the one the run
   * gives it; cluster of a place the run writes with another country's region → that country.
   */
  countries: Map<string, string>;
  /** A role of two or more words (lower case) that one person of the run holds → that person's cluster. */
  roles: Map<string, string>;
  /** Cluster of a place that is a namesake of the gazetteer's place of its name → that namesake (`chooseNamesakes`). */
  places: Map<string, PlaceInfo>;
}

/**
 * What a name in capitals adds to its key where types are counted (`majorityTypes`): an acronym is not
 * voted on, nor counted with a word of its letters ("TAO", the Taiwan Affairs Office, and the Tao people).
 */
export function acronymMark(text: string, gazetteer: Gazetteer): string {
  // Not a place in a headline's capitals ("JAPAN", "IRAN"): that is the place's name.
  return /^[\p{Lu}\p{N}.&-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && gazetteer.place(text) === undefined ? ACRONYM_MARK : '';
}

const ACRONYM_MARK = '\u0002';

/**
 * Returns, for each name the run's mentions give two or more types other than person (OneCoin an
 * organization six times and `other` once), the type most of them give it; ties by type name. Its
 * mentions then all take that type and are one entity. A person's name is left alone: Washington
 * the man and the city are two.
 */
function majorityTypes(counts: Map<string, number>, isKnownPlace: (key: string) => boolean): Map<string, EntityType> {
  const votes = new Map<string, [EntityType, number][]>();
  const placeKeys = new Map<string, string>();
  for (const [key, count] of counts) {
    // Acronyms keep the types their pairs and lists gave them.
    if (key.endsWith(ACRONYM_MARK)) continue;
    const name = keyName(key);
    const list = votes.get(name);
    if (list) list.push([keyType(key), count]);
    else votes.set(name, [[keyType(key), count]]);
    if (keyType(key) === 'place') placeKeys.set(name, key);
  }
  const majority = new Map<string, EntityType>();
  for (const [name, list] of votes) {
    if (list.length < 2) continue;
    list.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    // A tie is a place's where the gazetteer knows one of the name: "Russian missiles hit Dnipro … households in Dnipro" (p135:
    // one place and one organization had made both organizations, by the order of their types' names).
    const tied = list.length > 1 && list[1]![1] === list[0]![1];
    const place = tied ? list.find(([type, count]) => type === 'place' && count === list[0]![1]) : undefined;
    majority.set(name, place !== undefined && isKnownPlace(placeKeys.get(name)!) ? 'place' : list[0]![0]);
  }
  return majority;
}


// A name as names are written: words of letters (and digits), joined by spaces, with hyphens, apostrophes, full stops and
// ampersands inside, or an ampersand of its own ("Foo & Bar Holdings").
const CLEAN_NAME = /^[\p{L}\p{M}\p{N}]+(?:[-'’.&]+[\p{L}\p{M}\p{N}]+)*\.?(?:,? (?:&|[\p{L}\p{M}\p{N}]+(?:[-'’.&]+[\p{L}\p{M}\p{N}]+)*\.?))*$/u;

/**
 * Returns the canonical name of a cluster, independent of input order: a name taught by a pair,
 * else the gazetteer's name of a place, else the longest Latin-script name; ties by code point order.
 */
function canonicalName(keys: string[], evidence: ResolveEvidence): string {
  const latin = keys.filter((k) => !isHan(keyName(k)));
  const pool = latin.length ? latin : keys;
  // A person's own English name ("William Lai") before the plain romanization of their Han name ("Lai Ching-te"); but a name of
  // several words before one word, which a pair may give ("賴清德 (Lai)", p109: the run's Lai Ching-te had become "Lai").
  // A romanization the run writes before one it does not: "Xi Jinping" before Taiwan's "Hsi Chin-ping" of a bare 习近平 (p132:
  // "习近平 (習近平)" in one article had renamed him for the whole run, the longer spelling winning).
  const han = keys.map(keyName).filter(isHan).sort(compareText)[0];
  const romanized = new Set(han && keyType(keys[0]!) === 'person' ? romanizations('person', han, evidence.gazetteer).map((r) => r.toLowerCase()) : []);
  const romanization = (k: string) => (!romanized.has(keyName(k)) ? 0 : evidence.writtenPeople.has(k) ? 1 : 2);
  const rank = (k: string) => [evidence.anchors.has(k) ? 0 : 1, keyName(k).includes(' ') ? 0 : 1, romanization(k), -keyName(k).length] as const;
  const best = [...pool].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || ra[3] - rb[3] || compareText(a, b);
  })[0]!;
  // A name's words are parted by one space, whatever broke the line where the article wrote it ("Eric\tChu", "William\u2028Lai", p101).
  const written = decodedName(evidence.surface.get(best) ?? keyName(best)).replace(/[\s\u0085]+/gu, ' ');
  if (keyType(best) === 'place') {
    const place = evidence.gazetteer.place(written);
    if (place && !evidence.anchors.has(best)) return place.name;
  }
  return written;
}

/**
 * Returns the id slug of a name: lower-case letters and digits (any script) joined by dashes, at most
 * MAX_SLUG_CHARS code points (see `boundSlug`).
 */
export function slugify(name: string): string {
  // A closing plus is a word of the name: "OPEC+" is opec-plus, not OPEC's slug.
  return boundSlug(withoutLatinAccents(withoutInvisible(name)).toLowerCase().replace(/[’']s\b/gu, '').replace(/(?<=[\p{L}\p{N}])\+(?![\p{L}\p{N}])/gu, ' plus').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, ''));
}

/** The longest id slug, in code points (the longest in the eval corpora has 72). */
export const MAX_SLUG_CHARS = 100;
const SLUG_HASH_CHARS = 8;

/**
 * Returns a slug of at most MAX_SLUG_CHARS code points: a longer one is cut and ends in a hash of the
 * whole slug, so two long names with one beginning keep two ids, the same in every run.
 */
export function boundSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const points = [...slug];
  if (points.length <= MAX_SLUG_CHARS) return slug;
  const digest = createHash('sha256').update(slug).digest('hex').slice(0, SLUG_HASH_CHARS);
  return `${points.slice(0, MAX_SLUG_CHARS - SLUG_HASH_CHARS - 1).join('').replace(/-+$/u, '')}-${digest}`;
}

// A company's legal form at the end of its name (keys are lower case): "Tokyo Electron Limited" is
// Tokyo Electron, "Taiwan Semiconductor Manufacturing Co" is "… Company".
const LEGAL_FORM_END = /,?\s+(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|ag|sa|s\.a|nv|n\.v|gmbh|a\/s|se|asa|oyj|spa|bhd|tbk)\.?$/u;
// The same, as a name is written.
const WRITTEN_LEGAL_FORM_END = new RegExp(LEGAL_FORM_END.source, 'iu');
// A full stop after one or two letters that open a word, in a key ("george w. bush", "st. jude medical"), not in
// "u.s." run together (each letter of it is its own word here too: "u.s" stays apart from "us").
const STOPS_AFTER_SHORT = /(?<=(?<![\p{L}.])\p{L}{1,2})\.(?= |$)/gu;
// An administrative unit's word after a place name: "Kinmen County" is Kinmen, "New Taipei City" New Taipei.
const ADMINISTRATIVE_END = /\s+(?:city|county|province|prefecture|district|township|municipality)$/u;

// An organization's key with its portfolio before the head word: "organization|justice department" (+ a country's mark).
const PORTFOLIO_FIRST = /^organization\|(\p{L}+(?: \p{L}+)?) (department|ministry|agency|bureau|office|commission)((?:\u0001\p{L}+)?)$/u;

const SPECIAL_MUNICIPALITIES = new Set(['Taipei', 'New Taipei', 'Taoyuan', 'Taichung', 'Tainan', 'Kaohsiung']);

/** True when the gazetteer knows a bare place name as a country, or both names as two places (Mexico, Mexico City). */
function distinctPlaces(evidence: ResolveEvidence, bare: string, longer: string): boolean {
  const { gazetteer, surface } = evidence;
  const place = gazetteer.place(surface.get(bare) ?? keyName(bare));
  if (place === undefined) return false;
  // The longer form counts as another place when the rows have it with coordinates (not a county the
  // gazetteer only knows the country of: "Changhua County" is Changhua), or when the gazetteer reads the
  // bare name as another place than the longer one ("Gaza" is the Gaza Strip, "Gaza City" the city).
  // A dateline's capitals ("GAZA CITY") are looked up as the name is written in text.
  const written = surface.get(longer) ?? keyName(longer);
  const other = gazetteer.place(written) ?? (written === written.toUpperCase() ? gazetteer.place(written.toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase())) : undefined);
  const renamed = nameKey('place', place.name) !== bare && other !== undefined && other.name !== place.name;
  // A Taiwanese city is one with its "City", whatever coordinates the rows give an older city of that name: "Taoyuan" and
  // "Taoyuan City" (p99: two entities); not where a county has the name too (Hualien City and Hualien County), but for the
  // six special municipalities, whose counties are gone (Taoyuan County became Taoyuan City in 2014).
  const core = written.slice(0, -5);
  const taiwanCity = place.country === 'TW' && other?.country === 'TW' && / City$/u.test(written) &&
    (SPECIAL_MUNICIPALITIES.has(core) || gazetteer.place(`${core} County`)?.country !== 'TW');
  return renamed || gazetteer.country(place.country)?.name === place.name || (other?.lat !== undefined && !taiwanCity);
}

/**
 * Joins the names of the run that differ only by a company's legal form, or by an administrative
 * word after a place: every organization "X Ltd."/"X Co"/"X" of the run is one, and a place "X"
 * is "X County" when the run has one such form of X only (Hsinchu City and Hsinchu County are two
 * places, and then "Hsinchu" stays apart from both) and the gazetteer does not tell them apart
 * (`distinctPlaces`). Depends on the run's set of names, not their order.
 */
function linkNameVariants(evidence: ResolveEvidence): void {
  // Joining names adds none, so one sorted list of the run's names serves every step.
  const keys = [...evidence.parent.keys()].sort(compareText);
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const type = keyType(key);
    const name = keyName(key);
    const core = type === 'organization' ? name.replace(LEGAL_FORM_END, '') : type === 'place' ? name.replace(ADMINISTRATIVE_END, '') : name;
    if (core === name || !/\p{L}{2}/u.test(core)) continue;
    const bare = `${type}|${core}`;
    const group = groups.get(bare);
    if (group) group.push(key);
    else groups.set(bare, [key]);
  }
  // A name written with a hyphen and with a space or none is one name: Dawn's "Khyber Pakhtunkhwa" and
  // the Tribune's "Khyber-Pakhtunkhwa", "South-east Asian" and "Southeast Asian", "Mohammed Al-Sayed" and
  // "Mohammed Al Sayed" (one spelling in two articles is one person; so are its two spellings, and two
  // clusters can no longer share one id, which had been numbered by their order).
  for (const key of keys) {
    const type = keyType(key);
    if ((type !== 'place' && type !== 'organization' && type !== 'person') || !/\p{L}[-‐‑]\p{L}/u.test(key)) continue;
    for (const variant of [key.replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, ' '), key.replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, ''), key.replace(/(?<=\p{L})[‐‑](?=\p{L})/gu, '-')]) {
      if (variant !== key && evidence.parent.has(variant)) union(evidence, key, variant);
    }
  }
  // So is a name written with and without the full stops of its initials and abbreviations: AP's "George W. Bush" and
  // the Guardian's "George W Bush", "St. Jude Medical" and "St Jude Medical" (p54: the newcomer had taken the id).
  for (const key of keys) {
    const type = keyType(key);
    if ((type !== 'place' && type !== 'organization' && type !== 'person') || !key.includes('.')) continue;
    const variant = key.replace(STOPS_AFTER_SHORT, '');
    if (variant !== key && evidence.parent.has(variant)) union(evidence, key, variant);
  }
  // A body named by its portfolio before or after its head word is one body: "Justice Department" and "Department of
  // Justice", "Defense Ministry" and "Ministry of Defense" (with the country the run gives it, if any).
  for (const key of keys) {
    const before = PORTFOLIO_FIRST.exec(key);
    if (!before || keyScope(key) !== undefined) continue;
    const variant = `organization|${before[2]} of ${before[1]}${before[3]}`;
    if (evidence.parent.has(variant)) union(evidence, key, variant);
    // The other form written bare, when the run gives that name no other country: "US Justice Department" … "Department of Justice".
    const bare = `organization|${before[2]} of ${before[1]}`;
    const countries = evidence.institutionCountries.get(bare);
    if (before[3]! !== '' && evidence.parent.has(bare) && (countries === undefined || (countries.size === 1 && countries.has(before[3]!.slice(1))))) union(evidence, key, bare);
    const qualifiedOther = before[3] === '' ? evidence.institutionCountries.get(variant) : undefined;
    if (qualifiedOther?.size === 1) {
      const other = `${variant}${COUNTRY}${[...qualifiedOther][0]!}`;
      if (evidence.parent.has(other) && evidence.institutionCountries.get(key) === undefined) union(evidence, key, other);
    }
  }
  // A person's two names written in both orders are one person: Japan's "Sanae Takaichi" and, family name
  // first, "Takaichi Sanae (高市早苗)".
  for (const key of evidence.parent.keys()) {
    const words = keyType(key) === 'person' ? /^person\|(\p{L}+) (\p{L}+)$/u.exec(key) : null;
    if (words && words[1]! < words[2]! && evidence.parent.has(`person|${words[2]} ${words[1]}`)) union(evidence, key, `person|${words[2]} ${words[1]}`);
  }
  // A city's own bodies in the run ("Hsinchu City Government") say the city is a place apart from its county.
  const cities = new Set<string>();
  for (const key of evidence.parent.keys()) {
    const city = keyType(key) === 'organization' ? /^organization\|(.+) city (?=\S)/u.exec(key) : null;
    if (city) cities.add(`place|${city[1]!}`);
  }
  for (const [bare, variants] of groups) {
    if (keyType(bare) === 'place') {
      const county = / county$/u.test(variants[0]!) && cities.has(bare);
      if (variants.length === 1 && evidence.parent.has(bare) && !county && !distinctPlaces(evidence, bare, variants[0]!)) union(evidence, bare, variants[0]!);
      continue;
    }
    for (const key of variants) union(evidence, variants[0]!, key);
    if (evidence.parent.has(bare)) union(evidence, bare, variants[0]!);
  }
}

/**
 * A company one article names in full and another by the name it goes by ("SoftBank Group Corp." and
 * "SoftBank", "Meta Platforms" and "Meta") is one organization across the run, as `linkCompanyShortNames`
 * joins them in one article; not a country, a capital or an institution every country has.
 */
function linkRunCompanyNames(evidence: ResolveEvidence): void {
  // A short name two companies of the run go by is neither's here ("Toyota" of Toyota Motor Corp and Toyota Industries
  // Corp, p78); an article that names one of them with it has linked it already (`linkCompanyShortNames`).
  const claims = new Map<string, string[]>();
  for (const key of [...evidence.parent.keys()].sort(compareText)) {
    if (keyType(key) !== 'organization' || keyScope(key) !== undefined || keyCountry(key) !== undefined || key.includes(OWN_ACRONYM)) continue;
    const surface = evidence.surface.get(key);
    const short = surface === undefined ? undefined : companyShortName(surface, evidence, (s) => evidence.parent.has(nameKey('organization', s)));
    if (short === undefined) continue;
    const keys = claims.get(short);
    if (keys === undefined) claims.set(short, [key]);
    else keys.push(key);
  }
  for (const [short, keys] of claims) {
    const companies = new Set(keys.map((k) => find(evidence, k)));
    if (companies.size === 1) for (const key of keys) union(evidence, key, nameKey('organization', short));
  }
}

/**
 * For each place of the article the gazetteer has namesakes of (Newcastle: KwaZulu-Natal, New South Wales), counts
 * the countries of the article's other places, its dateline's twice: what `chooseNamesakes` decides by.
 */
function notePlaceContexts(evidence: ResolveEvidence, result: ArticleResult, local: ArticleNames): void {
  const { gazetteer } = evidence;
  let ambiguous: Set<string> | undefined;
  for (const m of result.mentions) {
    if (m.kind === 'name' && m.type === 'place' && gazetteer.namesakes(m.text).length > 0) (ambiguous ??= new Set()).add(m.text);
  }
  if (ambiguous === undefined) return;
  const places = new Map<string, string>();
  for (const m of result.mentions) {
    if (m.kind !== 'name' || m.type !== 'place' || places.has(m.text)) continue;
    const country = gazetteer.place(m.text)?.country;
    if (country !== undefined) places.set(m.text, country);
  }
  const dateline = datelineCountry(result, evidence);
  for (const name of ambiguous) {
    const key = find(evidence, noteName(evidence, 'place', name, articleKey('place', name, local)));
    let counts = evidence.placeContexts.get(key);
    if (counts === undefined) evidence.placeContexts.set(key, (counts = new Map()));
    for (const [other, country] of places) if (other !== name) counts.set(country, (counts.get(country) ?? 0) + 1);
    if (dateline !== undefined && places.get(name) !== dateline) counts.set(dateline, (counts.get(dateline) ?? 0) + 2);
  }
}

/**
 * The namesake a place of the run is (`Gazetteer.namesakes`): the one whose country the place's articles name
 * at least twice (a dateline counts two) when they never name the country of the place the name stands for;
 * the most named, then the most populous. A place the run gives a country ("Cambridge, Massachusetts") is that country's.
 */
function chooseNamesakes(evidence: ResolveEvidence): Map<string, PlaceInfo> {
  const chosen = new Map<string, PlaceInfo>();
  const counts = new Map<string, Map<string, number>>();
  for (const [key, tally] of evidence.placeContexts) {
    const root = find(evidence, key);
    const into = counts.get(root) ?? new Map<string, number>();
    for (const [country, n] of tally) into.set(country, (into.get(country) ?? 0) + n);
    counts.set(root, into);
  }
  // A place the run writes with a region or country ("Cambridge, Massachusetts") is that country's namesake.
  for (const [key, country] of evidence.placeQualifiers) {
    const root = find(evidence, key);
    const name = evidence.surface.get(root) ?? keyName(root);
    const namesake = evidence.gazetteer.namesakes(name).find((place) => place.country === country);
    if (namesake !== undefined) chosen.set(root, { ...namesake, name: evidence.gazetteer.place(name)?.name ?? name });
    counts.delete(root);
  }
  for (const [root, tally] of counts) {
    const name = evidence.surface.get(root) ?? keyName(root);
    const standing = evidence.gazetteer.place(name);
    if (standing === undefined || (tally.get(standing.country) ?? 0) > 0) continue;
    let best: PlaceInfo | undefined;
    let most = 1;
    for (const namesake of evidence.gazetteer.namesakes(name)) {
      const n = tally.get(namesake.country) ?? 0;
      if (n > most || (n === most && best !== undefined && namesake.population! > best.population!)) [best, most] = [namesake, n];
    }
    if (best !== undefined) chosen.set(root, { ...best, name: standing.name });
  }
  return chosen;
}

/** After pass 1: canonical names and stable ids for every cluster; two clusters with one slug get -2, -3 by canonical order. */
export function finishEvidence(evidence: ResolveEvidence): ResolvedNames {
  linkNameVariants(evidence);
  linkRunCompanyNames(evidence);
  // An institution the run gives one country only is one entity with its bare mentions (Executive
  // Yuan, Taiwan's Executive Yuan), named and numbered as the bare name, with that country.
  const oneCountry = new Map<string, string>();
  for (const [bare, countries] of evidence.institutionCountries) {
    if (countries.size !== 1 || evidence.bareBeforeCountry.has(bare)) continue;
    const [country] = countries;
    const qualified = `${bare}${COUNTRY}${country!}`;
    if (!evidence.surface.has(bare)) evidence.surface.set(bare, evidence.surface.get(qualified)!);
    union(evidence, bare, qualified);
    oneCountry.set(bare, country!);
  }
  const members = new Map<string, string[]>();
  for (const key of [...evidence.parent.keys()]) {
    const root = find(evidence, key);
    const list = members.get(root);
    if (list) list.push(key);
    else members.set(root, [key]);
  }
  const canonical = new Map<string, string>();
  const families = new Map<string, Set<string>>();
  const zh = new Map<string, string>();
  const withFullName = new Set<string>();
  for (const [root, keys] of members) {
    canonical.set(root, canonicalName(keys, evidence));
    // As written: a key's NFKC turns a full-width dot ("夷將．拔路兒") into a full stop, which no Han name holds.
    const han = keys.map((key) => evidence.surface.get(key) ?? keyName(key)).filter(isHan).sort(compareText)[0];
    if (han) zh.set(root, han);
    if (keyType(root) !== 'person') continue;
    for (const key of keys) {
      const family = familyName(evidence.surface.get(key) ?? keyName(key))?.toLowerCase();
      if (!family) continue;
      withFullName.add(root);
      const set = families.get(family);
      if (set) set.add(root);
      else families.set(family, new Set([root]));
    }
  }
  // A cluster whose institution keys all carry one country is that country's, whatever its root
  // ("SC" joined to the Supreme Court of India), unless it holds the bare name of a one-country institution.
  const clusterCountry = new Map<string, string>();
  for (const [root, keys] of members) {
    const found = new Set<string>();
    for (const key of keys) {
      const country = keyCountry(key);
      if (country !== undefined) found.add(country);
    }
    if (found.size === 1 && !keys.some((key) => oneCountry.has(key))) clusterCountry.set(root, [...found][0]!);
  }
  const bySlug = new Map<string, string[]>();
  for (const [root, name] of canonical) {
    // (An unnamed person's Han name, which tells two of one name apart, is no part of the id: they are numbered.)
    // (Nor the country a name says, by its demonym or its name: "Chinese Foreign Ministry", "Communist Party of China", not "… cn".)
    const country = clusterCountry.get(root);
    const qualifier = keyScope(root) ?? (country !== undefined && namesCountry(name, country, evidence.gazetteer) ? undefined : country);
    const slug = `${keyType(root)}:${slugify(qualifier === undefined ? name : `${name} ${qualifier}`) || 'unnamed'}`;
    // Pushed, not copied: the names of one slug ("Alpha.Beta", "Alpha-Beta", …) can be as many as the run's names.
    const roots = bySlug.get(slug);
    if (roots) roots.push(root);
    else bySlug.set(slug, [root]);
  }
  // A number never makes another cluster's own slug ("St Jude Medical-2" is a name too, p54): such a number is
  // skipped, so an id depends on the run's names, never on their order.
  const ids = new Map<string, string>();
  // A name written as names are (letters, spaces, and the marks inside words) takes the bare slug before a stray spelling
  // of it ("William **Lai**", "William -Lai", "William …Lai" from one article had taken "person:william-lai", p74).
  const stray = (root: string) => (CLEAN_NAME.test(canonical.get(root)!) ? 0 : 1);
  for (const slug of [...bySlug.keys()].sort(compareText)) {
    const roots = bySlug.get(slug)!.sort((a, b) => stray(a) - stray(b) || compareText(a, b));
    let n = 1;
    roots.forEach((root, i) => {
      if (i === 0) return ids.set(root, slug);
      do n++; while (bySlug.has(`${slug}-${n}`));
      ids.set(root, `${slug}-${n}`);
    });
  }
  const countries = new Map<string, string>();
  for (const [root, country] of clusterCountry) countries.set(root, country);
  for (const [bare, country] of oneCountry) countries.set(find(evidence, bare), country);
  for (const [key, country] of evidence.placeQualifiers) countries.set(find(evidence, key), country);
  const roles = new Map<string, string>();
  for (const [role, keys] of evidence.roleHolders) {
    const roots = new Set([...keys].map((k) => find(evidence, k)));
    if (roots.size === 1) roles.set(role, [...roots][0]!);
  }
  const places = chooseNamesakes(evidence);
  for (const [root, place] of places) countries.set(root, place.country);
  return { canonical, ids, families, zh, withFullName, majority: majorityTypes(evidence.counts, (key) => evidence.gazetteer.place(evidence.surface.get(key) ?? keyName(key)) !== undefined), countries, roles, places };
}
