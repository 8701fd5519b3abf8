import type { Article, EntityType, LocalAlias, LocalRole, Mention } from '../model/index.js';
import { phraseLists, tagDocument, type NerModel, type NerSpan } from '../ner/index.js';
import { offsetMap } from '../text/codepoints.js';
import { isVocabularyWord, sentenceAt, type Analysis } from './analyze.js';
import { escapeRegExp, type Lexicon } from './lexicon.js';
import {
  CALENDAR_WORD, COMPANY_WORDS, COMPOUND_SUFFIX, GOVERNMENT_HEADS, NAME_END_ABBREVIATIONS, US_STATE,
  changed, classifyName, findAcronyms, findCamelCaseNames, findDemonyms, findDatelines, findExercises, findHeadFirstLaws, findListedLaws, findApposedPlaces, findListedBodies, findListedPlaces, findNumberedLaws, findBracketedMarketCompanies, findCaseNames, findKnownNames, findShips, findPartyNames, findListedCompanies, findPlaceCompounds, findParticledPlaces, findPartyStates, findPlatformX, findHanNames, findNameParts, findCompanyParts, findMilitaryUnits, findWorks, findHonours, findProductCodes, findTableRows, findRankedClubs, findBrands, findNominals, findBodyNominals, findInstitutions, findLegalFormCompanies, findMembersInstitutions, findRomanizedNames, KNOWN_TO, NICKNAMED,
  findTitledPeople, findWithCompromise, type Candidate,
} from './extract-rules.js';
import {
  DIVISION_HEAD, ENDS_ON_PREPOSITION, EPONYM_AFTER, FOREIGN_INSTITUTION, SPORT_NAMES, extendLeft, extendRight, findCompoundPlaces, withRoadNumber, isAnyGivenName, isPersonName, isTitle, isCountry, isDemonym, isHeadWord, isNameParticle, isNameWord, isInsideTitle, isRoleWord, isKnownPlace, isCompanyDescriptor, isPlaceName, isSentenceWord, isSpaceUnit, isGivenName, isOnlyTitles, isStormName, lookBackStart, stormName, nameType, splitCompound, splitPossessive, splitTitledPerson, withoutLeadingNonName, withoutPossessive,
  type NameContext,
} from './names.js';
import { findPairs, hanType, TEAM_NOUNS, type ParentheticalFinding } from './pairs.js';
import { BARE_AGENCY } from './segment-lines.js';

export interface Extraction {
  mentions: Mention[];
  aliases: LocalAlias[];
  roles: LocalRole[];
}

const MODEL_TYPES: Record<NerSpan['type'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

// An Arabic place name with its article joined by a hyphen ("el-Fasher", "al-Mawasi").
const ARTICLE_PLACE = /(?<![\p{L}\p{N}'’-])([AaEe]l|[Aa][dnrsz])-(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{N}'’-])/gu;
// What ARTICLE_PLACE needs, looked for first.
const HYPHEN_CAPITAL = /-\p{Lu}/u;

/**
 * Places written with an Arabic article and a hyphen that the gazetteer knows without them ("el-Fasher"
 * is El Fasher): above the model, which reads the lower-case article as no name or a person's.
 */
function findArticlePlaces(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; it needs a hyphen before a capital.
  if (!HYPHEN_CAPITAL.test(text)) return found;
  for (const match of text.matchAll(ARTICLE_PLACE)) {
    const article = match[1]!;
    if (!isKnownPlace(`${article[0]!.toUpperCase()}${article.slice(1)} ${match[2]!}`, context)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'place', kind: 'name', method: 'rule:article-place', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// Places a plural division word closes: "for Tafea and Shefa provinces", "Sindh, Punjab and Balochistan provinces" (p142: an
// organization "Tafea" and no "Shefa").
const DIVISION_WORD = String.raw`(?!(?:The|A|An|Northern|Southern|Eastern|Western|Central|North|South|East|West) )\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?`;
const DIVISION_WORDS = new RegExp(DIVISION_WORD, 'gu');
const DIVISION_LIST = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-]|[-–] )(${DIVISION_WORD}(?:, ${DIVISION_WORD}){0,4},? and ${DIVISION_WORD}) (?:provinces|states|districts|regions|counties|prefectures|municipalities|oblasts|governorates|islands)(?![\p{L}])`, 'gu');

/** Each name of a list a plural division word closes (`DIVISION_LIST`), a place; not a demonym ("Arab and Gulf states"). */
function findDivisionLists(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  if (!/ and \p{Lu}[^\n]{1,40} (?:provinces|states|districts|regions|counties|prefectures|municipalities|oblasts|governorates|islands)\b/u.test(text)) return found;
  for (const match of text.matchAll(DIVISION_LIST)) {
    const names = [...match[1]!.matchAll(DIVISION_WORDS)];
    // (Nor a word a demonym's ending makes one: "the Far East and Siberian regions".)
    if (names.some((n) => isDemonym(n[0], context) || /(?:an|ese|ish|ic)$/u.test(n[0]) || context.lexicon.organizationHeads.has(n[0].split(' ').at(-1)!))) continue;
    for (const n of names) found.push({ start: match.index + n.index, end: match.index + n.index + n[0].length, type: 'place', kind: 'name', method: 'rule:listed-place', confidence: 0.7, priority: 2.6 });
  }
  return found;
}

// A region named by its part of a known place: "Upper Myanmar", "Lower Manhattan", "Upper Egypt".
const PART_PLACE = /(?<![\p{L}\p{N}'’-])(?:Upper|Lower) (\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?)(?![\p{L}\p{N}'’-])/gu;

/** "Upper" or "Lower" and a place the gazetteer knows: one place, above the model's shorter one. */
function findPartPlaces(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; it needs one of its two words.
  if (!text.includes('Upper ') && !text.includes('Lower ')) return found;
  for (const match of text.matchAll(PART_PLACE)) {
    // The longest known place after the word: "Upper West Side" is left to the model.
    const words = match[1]!.split(' ');
    const place = isKnownPlace(match[1]!, context) ? match[1]! : isKnownPlace(words[0]!, context) ? words[0]! : undefined;
    if (place === undefined) continue;
    const end = match.index + match[0].length - (match[1]!.length - place.length);
    found.push({ start: match.index, end, type: 'place', kind: 'name', method: 'rule:part-place', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// A country's formal style: "Democratic Republic of the Congo", "Islamic Republic of Iran", "Kingdom of Saudi Arabia".
const STYLED_COUNTRY = /(?<![\p{L}\p{N}'’-]|['’]s )(?:\p{Lu}[\p{L}'’]+ ){0,3}(?:Republic|Kingdom|State|States|Emirate|Principality|Sultanate|Commonwealth|Federation) of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}(?![\p{L}\p{N}-])/gu;
const BODY_OF_BEFORE = /(?:Bank|Court|Assembly|Embassy|Consulate|Ministry|Constitution|Yuan|Mission|Academy|University) of (?:the )?$/u;
const STYLE_WORDS = ['Republic of ', 'Kingdom of ', 'State of ', 'States of ', 'Emirate of ', 'Principality of ', 'Sultanate of ', 'Commonwealth of ', 'Federation of '];

/**
 * A country written in its formal style that the gazetteer knows, the longest known run of its words: one place where
 * the model had cut "Democratic Republic" from "Congo" (p96), and without a word before it ("Neighbouring Republic of Congo").
 */
function findStyledCountries(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  if (!STYLE_WORDS.some((word) => text.includes(word))) return found;
  for (const match of text.matchAll(STYLED_COUNTRY)) {
    // A body's name holds its state's style: "Central Bank of the Republic of China (Taiwan)", "Embassy of the Republic of Korea"
    // (p129: the country, and the bank no mention).
    if (BODY_OF_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const words = match[0].split(' ');
    // The fewest words dropped from the start that leave a known place.
    let best: { start: number; end: number } | undefined;
    // (Words dropped from the start only: "State of Kuwait Television" is a broadcaster, no State of Kuwait.)
    for (let from = 0; from < words.length - 2 && best === undefined; from++) {
      const name = words.slice(from).join(' ');
      if (!/ of /u.test(name) || !context.lexicon.places.has(name)) continue;
      const start = match.index + words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
      best = { start, end: start + name.length };
    }
    if (best) found.push({ ...best, type: 'place', kind: 'name', method: 'rule:styled-country', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

/** The trained model's entities as candidates; a MISC or ORG name with a law head word ("… Act") is a law. */
export function findWithModel(text: string, analysis: Analysis, model: NerModel, lexicon: Lexicon): Candidate[] {
  const sentences = analysis.sentences.map((s) => analysis.tokens.slice(s.tokenStart, s.tokenEnd));
  const found: Candidate[] = [];
  for (const span of tagDocument(model, sentences)) {
    const mapped = MODEL_TYPES[span.type];
    const name = text.slice(span.start, span.end);
    // An institution never ends on a bare title: "Taipei Deputy Chief" is the start of a cut-off "… Chief Prosecutor";
    // but it may end on one after "of": "Department of Justice", "Court of Justice".
    const words = name.split(' ');
    if (mapped !== 'person' && lexicon.titles.has(words[words.length - 1]!.toLowerCase()) && words[words.length - 2] !== 'of') continue;
    // A people's name is no person ("Yami", "Truku"): the lexicon's demonyms are other.
    // A place the curated lists know by a name of two words or more, which the model was unsure was a person ("west
    // of Khan Younis"), is the place.
    const knownPlace = mapped === 'person' && span.confidence < 0.7 && name.includes(' ') && lexicon.places.has(name);
    const type = mapped === 'other' || mapped === 'organization' ? classifyName(name, lexicon, mapped) : mapped === 'person' && lexicon.demonyms.has(name) ? 'other' : knownPlace ? 'place' : mapped;
    const candidate: Candidate = { start: span.start, end: span.end, type, kind: 'name', method: 'model', confidence: Math.round(span.confidence * 1000) / 1000, priority: 2.5 };
    if (name.includes('\t')) found.push(...tableCells(candidate, name));
    else found.push(candidate);
  }
  return found;
}

/**
 * A span the model ran across a pasted table's tabs, cut into its cells: a cell of two letters or more that is not
 * common words alone ("Alphabet Inc Cl A" of "Alphabet Inc Cl A⇥NASDAQ⇥272.81"; not "Candidate", "Party" or "Votes" of a
 * header row; p120: 46 organizations from a table of 15 companies, "Alphabet Inc Cl A NASDAQ 272.81 +1.87 82" one of them).
 */
function tableCells(candidate: Candidate, name: string): Candidate[] {
  const cells: Candidate[] = [];
  let at = 0;
  for (const cell of name.split('\t')) {
    const trimmed = cell.trim();
    const start = candidate.start + at + cell.indexOf(trimmed);
    at += cell.length + 1;
    if (trimmed.length < 2 || !/\p{L}/u.test(trimmed) || trimmed.split(/\s+/u).every((w) => isVocabularyWord(w.toLowerCase()) || !/\p{L}/u.test(w))) continue;
    cells.push(changed(candidate, { start, end: start + trimmed.length }));
  }
  return cells;
}

// Words a Title Case headline may leave in lower case.
const TITLE_CASE_SMALL = new Set(['with', 'from', 'into', 'over', 'near', 'after', 'amid', 'about', 'than', 'that', 'this', 'onto', 'upon', 'as', 'despite', 'under', 'during', 'against', 'between', 'without', 'before', 'behind', 'since', 'until', 'while']);

/**
 * The end of the text's first line when it is a headline in Title Case ("Nvidia Forecast Tops Estimates,
 * Easing Fears of an AI Spending Bubble"): no sentence's end, and every word of four letters or more
 * capitalized but not in capitals, but for some prepositions. Undefined otherwise.
 */
function titleCaseHeadline(text: string): number | undefined {
  const end = text.indexOf('\n');
  const line = text.slice(0, end < 0 ? Math.min(text.length, 300) : Math.min(end, 300));
  if (end < 0 || end > 300 || /[.!?]["”’]?\s*$/u.test(line)) return undefined;
  // An acronym in capitals is no sign either way ("Dutch Cabinet Pledges €3.2 Billion to Keep ASML Growing").
  const words = line.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w) && !/^\p{Lu}+\P{L}*$/u.test(w) && !TITLE_CASE_SMALL.has(w.toLowerCase()));
  return words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? end : undefined;
}

/**
 * A Title Case headline capitalizes its verbs and nouns, and the model runs names into them
 * ("Philippines Take Aim", "Nvidia Forecast Tops Estimates"): a model span there that the article's
 * text below never writes is cut to its longest run of words the text below does write, as it writes
 * them ("Philippines", "Nvidia"). A span with no such run stays.
 */
function trimHeadlineSpans(found: Candidate[], text: string, headlineEnd: number): void {
  // The text below, as far as a long story's first pages (the cost stays bounded whatever the article's length).
  const below = text.slice(headlineEnd, headlineEnd + 20_000);
  const written = (phrase: string) => below.includes(phrase) && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(below);
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.method !== 'model' || c.end > headlineEnd) continue;
    const name = text.slice(c.start, c.end);
    // A dated name is whole ("1967 War", written "1967 war" below).
    if (!name.includes(' ') || /^\p{N}/u.test(name) || written(name)) continue;
    const words = [...name.matchAll(/\S+/gu)];
    let best: { start: number; end: number } | undefined;
    for (let a = 0; a < words.length; a++) {
      for (let b = words.length; b > a; b--) {
        if (best && best.end - best.start >= words[b - 1]!.index + words[b - 1]![0].length - words[a]!.index) break;
        const start = words[a]!.index;
        const end = words[b - 1]!.index + words[b - 1]![0].length;
        if (/^\p{Lu}/u.test(words[a]![0]) && written(name.slice(start, end))) best = { start, end };
      }
    }
    if (best) {
      found[i] = changed(c, { start: c.start + best.start, end: c.start + best.end });
      continue;
    }
    // With no run written below, the headline's verbs and common words before a name are no part of it ("Sell" +
    // "AdX Exchange"), and a span of common words only is none ("Landmark Antitrust", "Appeals Court Rules Guard Deployment").
    const first = words.findIndex((w) => !isVocabularyWord(w[0].toLowerCase()));
    if (first < 0) found[i] = changed(c, { end: c.start });
    else if (first > 0) found[i] = changed(c, { start: c.start + words[first]!.index });
  }
}

// An English given name before a Chinese name written surname first: "William Lai Ching-te", "John Lee Ka-chiu".
const GIVEN_NAME_BEFORE = /(?<![\p{L}.’'-])(\p{Lu}\p{Ll}+) $/u;

/**
 * Returns a romanized Chinese name with the English given name before it ("leader William Lai Ching-te"):
 * a word the gazetteer knows as a given name, and not as a place unless a title stands before it or the
 * model starts a person there ("defence minister Wellington Koo", not "in Taipei Chiang Wan-an").
 */
function withEnglishGivenName(candidate: Candidate, text: string, context: NameContext, modelPeople: Set<number>): Candidate {
  const before = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start));
  // (Nor a participle that opens an obituary's sentence: "Born Yeung Chi-keung in Sham Shui Po", p129.)
  if (!before || isTitle(before[1]!, context.lexicon) || NOT_GIVEN_BEFORE.test(before[1]!)) return candidate;
  // Not the end of another name: "Executive Yuan Lee Ming-hsien" (a title or a sentence's first word may stand before).
  const previous = /(\p{L}[\p{L}.’'-]*) $/u.exec(text.slice(Math.max(0, candidate.start - before[0].length - 30), candidate.start - before[0].length));
  const titled = previous !== null && isTitle(previous[1]!, context.lexicon);
  if (previous && /^\p{Lu}/u.test(previous[1]!) && !titled && !isSentenceWord(previous[1]!)) return candidate;
  const start = candidate.start - before[0].length;
  return isAnyGivenName(before[1]!, context) && (titled || modelPeople.has(start) || !isKnownPlace(before[1]!, context)) ? changed(candidate, { start }) : candidate;
}

const NOT_GIVEN_BEFORE = /^(?:Born|Named|Called|Dubbed|Nicknamed|Known|Aged|Raised|Married|Survived)$/u;

// A law head that is also a family name, after a given name: "Nathan Law", "Ryan Law" (Cantonese 羅).
const SURNAME_LAW = /(?:^|\s)(\p{Lu}\p{Ll}+)(?: \p{Lu}\.?)? Law(?=\s|$)/u;

/** Returns the person a "law" of a given name and the surname Law is ("Activist Nathan Law" → Nathan Law), or undefined. */
function lawNamedPerson(candidate: Candidate, text: string, context: NameContext): Candidate | undefined {
  const name = text.slice(candidate.start, candidate.end);
  const match = SURNAME_LAW.exec(name);
  if (!match || !isGivenName(match[1]!, context)) return undefined;
  const start = candidate.start + match.index + match[0].indexOf(match[1]!);
  return changed(candidate, { start, end: candidate.start + match.index + match[0].length, type: 'person', method: 'rule:surname-law' });
}

/**
 * Types a pair whose English side gave no sign of a person's name (`ParentheticalFinding.unsure`) as the
 * model types that name: a person when it reads one ("Shigeru Ishiba (石破茂)"), a place when it reads a
 * place, else an organization.
 */
function retypeUnsurePairs(parentheticals: ParentheticalFinding, found: Candidate[], text: string): void {
  if (parentheticals.unsure.length === 0) return;
  // The model's span that ends where the name ends, inside it: "Singer A-Mei (張惠妹)" is the person A-Mei.
  const modelSpans = new Map(found.filter((c) => c.method === 'model').map((c) => [c.end, c]));
  for (const { name, han, alias, variants = [] } of parentheticals.unsure) {
    const candidate = parentheticals.candidates[name]!;
    const span = modelSpans.get(candidate.end);
    if (span === undefined || span.start < candidate.start || (span.type !== 'person' && span.type !== 'place')) continue;
    const { type, start } = span;
    const named = text.slice(start, candidate.end);
    parentheticals.candidates[name] = changed(candidate, { start, type });
    parentheticals.candidates[han] = changed(parentheticals.candidates[han]!, { type });
    parentheticals.aliases[alias] = { ...parentheticals.aliases[alias]!, name: named, type };
    for (const variant of variants) {
      parentheticals.candidates[variant.candidate] = changed(parentheticals.candidates[variant.candidate]!, { type });
      parentheticals.aliases[variant.alias] = { ...parentheticals.aliases[variant.alias]!, name: named, type };
    }
  }
}

// A word for a stretch of land right after a Han name's bracket: the name is of that land ("the Mataian (馬太鞍) area").
const LAND_AFTER_BRACKET = /^[)）]\s+(?:area|areas|district|township|village|county|region|river|mountain|mountains|island|islands|lake|reservoir|harbor|harbour|valley|coast|basin|plain|peninsula|bay)\b/u;

/**
 * Types a pair of one English word and its Han name a place when a word for a stretch of land follows the
 * bracket, whatever the Han name's ending said: "the Mataian (馬太鞍) area" (鞍 had made it a person).
 */
function placePairsBeforeLand(parentheticals: ParentheticalFinding, text: string): void {
  retypePairsBefore(parentheticals, text, 'place', (english, after) => !/[\s-]/u.test(english) && LAND_AFTER_BRACKET.test(after));
}

// A relative clause of a person right after a Han name's bracket: "Onodera Itsunori (小野寺五典), who becomes …".
const WHO_AFTER_BRACKET = /^[)）],? (?:who|whose|whom)\b/u;

/** Types a pair a person when "who" follows its bracket and its English name is two or three capitalized words of no body (p96: an organization). */
function personPairsBeforeWho(parentheticals: ParentheticalFinding, text: string, context: NameContext): void {
  retypePairsBefore(parentheticals, text, 'person', (english, after) => WHO_AFTER_BRACKET.test(after) && /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2}$/u.test(english) &&
    nameType(english, context) === undefined && !isKnownPlace(english, context));
}

/** Retypes the pairs (an English name, then its Han name in brackets) whose English name and the text after the bracket pass `test`. */
function retypePairsBefore(parentheticals: ParentheticalFinding, text: string, type: EntityType, test: (english: string, after: string) => boolean): void {
  const { candidates, aliases } = parentheticals;
  let retyped: Set<string> | undefined;
  for (let i = 1; i < candidates.length; i++) {
    const han = candidates[i]!;
    const name = candidates[i - 1]!;
    if (han.kind !== 'zh' || han.type === type || name.kind !== 'name' || name.end > han.start || han.start - name.end > 2) continue;
    const english = text.slice(name.start, name.end);
    if (!test(english, text.slice(han.end, han.end + 24))) continue;
    candidates[i - 1] = changed(name, { type });
    candidates[i] = changed(han, { type });
    (retyped ??= new Set()).add(`${english}\u0000${text.slice(han.start, han.end)}`);
  }
  // The pairs' aliases in one pass (an article may hold many such pairs).
  if (retyped) aliases.forEach((alias, k) => {
    if (retyped.has(`${alias.name}\u0000${alias.alias}`)) aliases[k] = { ...alias, type };
  });
}

/**
 * Finds people, places, organizations, laws and other names. With a trained model, the model's
 * entities plus rules where they add precision (`Name (漢字)` pairs, acronyms, laws, nominals,
 * family names); without one, the compromise baseline plus the same rules. Returns mentions in
 * text order, without entity ids.
 */
export function extractMentions(article: Article, analysis: Analysis, lexicon: Lexicon, model?: NerModel): Extraction {
  const text = article.text;
  const context: NameContext = { lexicon, model, learned: new Map() };
  const datelines = findDatelines(text);
  const parentheticals = findPairs(text, context, datelines.brackets);
  const withinLength = (a: LocalAlias) => a.name.length <= MAX_MENTION_CHARS && a.alias.length <= MAX_MENTION_CHARS;
  // Acronyms of lower-case terms ("artificial intelligence (AI)") are aliases, not names to look for.
  const learned = new Map<string, EntityType>(
    parentheticals.aliases.filter((a) => withinLength(a) && a.kind === 'acronym' && a.type !== 'other').map((a) => [a.alias, a.type]),
  );
  context.learned = learned;
  // And those of lower-case terms the article spells out: a thing wherever the model finds them, no body (p99: "VONB" of
  // "value of new business (VONB)" had been an organization; CoNLL-2003 tags "BSE" of "bovine spongiform encephalopathy" MISC).
  // (And of a measure or a weapon in capitals: "Monetary Policy Rate (MPR)" … "The MPR was held", p132.)
  const terms = new Set(parentheticals.aliases.filter((a) => a.kind === 'acronym' && a.type === 'other').map((a) => a.alias));
  // The sides before players' and managers' roles: candidates of their own, and the team their other mentions are.
  const roleSides = sportsRoleSides(text);
  const found = findCandidates(text, analysis, context, datelines.found, roleSides);
  retypeUnsurePairs(parentheticals, found, text);
  placePairsBeforeLand(parentheticals, text);
  personPairsBeforeWho(parentheticals, text, context);
  const aliases = parentheticals.aliases.filter(withinLength);
  const candidates = refinedCandidates(found, parentheticals, text, context, datelines.dates);
  const joinedNames = new Map<string, string>();
  const named = withJoinedPortfolios(withAndCompanies(withCompanyEndings(withDescribedCompanies(withLegalForms(withKnownAs(withSpeakers(withBrandRegions(withDemonymInstitutions(withInstitutionParts(withParticledSurnames(settleOverlaps(candidates), text, context), text, context), text, context, joinedNames), text, context), text, context), text), text), text, context), text), text, context), text, context);
  // An acronym's long form the article writes after a demonym is the name with it ("the Japanese Ministry of
  // Economy, Trade and Industry (METI)"), so the acronym is an alias of the name the mention has.
  const namedAliases = joinedNames.size === 0 ? aliases : aliases.map((a) => {
    const joined = joinedNames.get(a.name);
    return joined !== undefined ? { ...a, name: joined } : a;
  });
  // The names of people and of organizations, in one loop (a chain of filter and map had V8 throw away this
  // function's optimized code whenever an array of a kind it had not met reached it).
  const people: string[] = [];
  const organizations: string[] = [];
  for (const c of named) {
    if (c.kind !== 'name') continue;
    if (c.type === 'person') people.push(text.slice(c.start, c.end));
    else if (c.type === 'organization') organizations.push(text.slice(c.start, c.end));
  }
  // Nominals ("the US president") may hold a name ("US"): they are kept beside the names, not instead of them.
  // A family name given alone with its Han character ("surnamed Kao (高)") is a person wherever it stands.
  const surnames = named.filter((c) => c.type === 'person' && c.method === 'rule:zh-paren' && c.kind === 'name' && !/\s/u.test(text.slice(c.start, c.end)));
  // (Not a family name before "disease": "Kawasaki disease" is no Tomisaku Kawasaki, p99.)
  const parts = findNameParts(analysis.tokens, people, surnames.map((c) => text.slice(c.start, c.end))).filter((c) => !EPONYM_AFTER.test(text.slice(c.end, c.end + 16)));
  const retypedNamed = withoutLowerCaseBodies(retypeNamed(named, people, parts, text, context, roleSides), text);
  const companyParts = findCompanyParts(analysis.tokens, organizations, (word) => isKnownPlace(word, context) || isDemonym(word, context) || isPersonName(word, context), lexicon.titles);
  const names = withCompanyShortForms(settleOverlaps([...retypedNamed, ...parts, ...companyParts]), organizations, text);
  // A nominal across a name's edge is none (p98: "… Battery Life The" and "The company" had overlapped).
  const chosen = [...names, ...withoutOverlaps([...findNominals(text, lexicon), ...findBodyNominals(text, lexicon)], names)]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const offsets = offsetMap(text);
  const mentions = chosen.map((c): Mention => withRegion({
    articleId: article.id,
    start: offsets.toCodePoint(c.start),
    end: offsets.toCodePoint(c.end),
    text: text.slice(c.start, c.end),
    type: c.kind !== 'nominal' && terms.size > 0 && terms.has(text.slice(c.start, c.end)) ? 'other' : c.type,
    entityId: '',
    sentence: sentenceAt(analysis.sentences, c.start),
    kind: c.kind === 'name' && (learned.has(text.slice(c.start, c.end)) || lexicon.acronyms.has(text.slice(c.start, c.end))) ? 'acronym' : c.kind,
    method: c.method,
    confidence: c.confidence,
  }, c, text));
  // A capitalized apposition that holds another person is a list of titled people, not a role: "his wife, Valerie
  // Whipps, Minister of State Gustav Aitaro and …" ("a spokesman for Tinubu" is a role).
  // The role runs from its first word to its last in the text: it need not be a slice of it (a short form in brackets
  // inside it is left out: "Director of the Institute for Fiscal Studies (IFS) in London,"), and the name's own Han
  // form before it is no other person ("Wu Szu-yao (吳思瑤), a DPP legislator,").
  const roleAfterNoOneElse = (c: Candidate) => {
    const role = roleAfter(text, c.end, lexicon);
    if (role === undefined || !/^\p{Lu}/u.test(role)) return role;
    const words = role.split(' ');
    const start = text.indexOf(words[0]!, c.end);
    if (start < 0) return role;
    const last = words[words.length - 1]!;
    const end = text.indexOf(last, start) + last.length;
    return chosen.some((p) => p.type === 'person' && p.start >= start && p.start < end) ? undefined : role;
  };
  const roles: LocalRole[] = [];
  for (const c of chosen) {
    if (c.type !== 'person' || c.kind !== 'name') continue;
    const role = roleBefore(text, c.start, lexicon) ?? roleAfterNoOneElse(c);
    if (role) roles.push({ name: text.slice(c.start, c.end), role, start: offsets.toCodePoint(c.start) });
  }
  return { mentions, aliases: namedAliases, roles };
}

// A division's lower-case kind right after a place's name: " state", " province", " region".
const DIVISION_KIND_AFTER = /^ (state|province|region|oblast|prefecture|governorate|county)(?![\p{L}\p{N}-])(?! (?:of|government|capital|media|news)\b)/u;

/** The mention with its `region` where a place's name is followed by a lower-case division's kind ("Washington state"). */
function withRegion(mention: Mention, c: Candidate, text: string): Mention {
  if (c.type !== 'place' || c.kind !== 'name') return mention;
  const kind = text.charCodeAt(c.end) === 0x20 ? DIVISION_KIND_AFTER.exec(text.slice(c.end, c.end + 14)) : null;
  if (kind === null || !/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(mention.text)) return mention;
  mention.region = `${mention.text} ${kind[1]![0]!.toUpperCase()}${kind[1]!.slice(1)}`;
  return mention;
}

/**
 * The candidates of `extra` that cross no edge of `names` and end in none (sorted by start, not overlapping one another): a
 * nominal may hold a name ("The Chinese president"), never part of one. One pass over both.
 */
function withoutOverlaps(extra: Candidate[], names: readonly Candidate[]): Candidate[] {
  if (extra.length === 0) return extra;
  const sorted = [...extra].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let n = 0;
  for (const c of sorted) {
    while (n < names.length && names[n]!.end <= c.start) n++;
    let crosses = false;
    for (let k = n; k < names.length && names[k]!.start < c.end; k++) {
      // (Nor one whose head is a name already: "The Cabinet" over the model's "Cabinet".)
      if (names[k]!.start < c.start || names[k]!.end >= c.end) crosses = true;
    }
    if (!crosses) kept.push(c);
  }
  return kept;
}

/** The finders' candidates weighed (tickers, portfolios, a headline's words) and refined, with the pairs' candidates first. */
function refinedCandidates(found: Candidate[], parentheticals: ParentheticalFinding, text: string, context: NameContext, dates: { start: number; end: number }[]): Candidate[] {
  // "Surname Given-name" is a whole Taiwanese name: it outweighs a model span that holds only part of it ("Chiu").
  // A ticker and a dateline's date hold no name.
  const inTicker = (c: Candidate) => parentheticals.tickers.some((t) => c.start < t.end && c.end > t.start) || dates.some((d) => c.start < d.end && c.end > d.start);
  const headline = titleCaseHeadline(text);
  if (headline) {
    trimHeadlineSpans(found, text, headline);
    // The spans the headline rule emptied.
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.end <= found[i]!.start) found.splice(i, 1);
  }
  const modelPeople = new Set(found.filter((c) => c.method === 'model' && c.type === 'person').map((c) => c.start));
  // (And the words of the model's people anywhere in the article: "Minister for Economic Affairs Airlangga Hartarto" … "Airlangga
  // told reporters", p136: the portfolio had run over the name.)
  const personWords = new Set<string>();
  for (const c of found) if (c.method === 'model' && c.type === 'person') for (const word of text.slice(c.start, c.end).split(' ')) personWords.add(word);
  const portfolios = portfolioRanges(text, modelPeople, context, personWords);
  // A work of one word that is a given name is someone spoken to: "did you want to write the book Stacy?".
  const works = (c: Candidate) => c.method !== 'rule:work' || /\s/u.test(text.slice(c.start, c.end)) || !isAnyGivenName(text.slice(c.start, c.end), context);
  const weighed = mentionableCandidates(withoutPortfolioNames(found, portfolios, text, context), text).filter((c) => !inTicker(c) && works(c)).map((c) => {
    if (c.method === 'rule:law-name') return lawNamedPerson(c, text, context) ?? withoutPlaceAfterIn(c, text, context);
    if (c.method === 'rule:org-name' && isJoinedBodyName(c, found, text, context)) return changed(c, { priority: 2.56 });
    return c.method === 'rule:romanized-name' ? withEnglishGivenName(changed(c, { priority: 2.55 }), text, context, modelPeople) : c;
  });
  const refined = [...parentheticals.candidates];
  for (const c of weighed) {
    for (const part of refineName(c, text, context)) refined.push(part);
  }
  return mentionableCandidates(withJoinedBodyNames(titledPeopleRetyped(refined, text, context), text), text);
}

/**
 * True for a body's name the model cut at its one "and" where the word before the "and" is a noun of the language, after a
 * modifier, and the model's names there are things or one-word places no list knows: "Cross-Strait Peace and Development Foundation"
 * (p133: "Cross-Strait" and "Peace" places or other, and an organization "Development Foundation"), not "Japan and Korea
 * Foundation" (a place, then a body) nor "Alaskan and Coast Guard".
 */
function isJoinedBodyName(c: Candidate, found: Candidate[], text: string, context: NameContext): boolean {
  const name = text.slice(c.start, c.end);
  const and = name.indexOf(' and ');
  if (and < 0 || name.includes(' and ', and + 1) || !/^[\p{Lu}\d][\p{L}\d-]*(?: (?:[\p{Lu}\d][\p{L}\d-]*|and))*$/u.test(name)) return false;
  const wordStart = name.lastIndexOf(' ', and - 1) + 1;
  const word = name.slice(wordStart, and);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isVocabularyWord(word.toLowerCase()) || isKnownPlace(word, context)) return false;
  // (Words before it, as a body's name has: "Justice and Commerce Department" are two departments.)
  if (wordStart === 0) return false;
  const at = c.start + wordStart;
  let bodyAtEnd = false;
  for (const f of found) {
    if (f.method !== 'model' || f.end <= c.start || f.start >= c.end) continue;
    // (Only modifiers and words no list knows before it, no place the lists know or body: not "Hainan Province Transportation and
    // Transport Department".)
    if (f.start < at + word.length && !(f.type === 'other' || (f.type === 'place' && !/\s/u.test(text.slice(f.start, f.end)) && !isKnownPlace(text.slice(f.start, f.end), context)))) return false;
    if (f.type === 'organization' && f.end === c.end) bodyAtEnd = true;
  }
  return bodyAtEnd;
}

// The most names with "and" a body's cut name is tried against (a long article of many costs no more).
const MAX_JOINED_BODY_NAMES = 64;

/**
 * A body's name the model cut at its "and" where the article names that body whole elsewhere, in a pair with its letters: "U.S. Department of Health"
 * + " and Human Services" beside "The Department of Health and Human Services (HHS)" (p109: "Department of Health", an entity
 * of its own). Only the words the whole name has after its "and".
 */
function withJoinedBodyNames(refined: Candidate[], text: string): Candidate[] {
  if (!text.includes(' and ')) return refined;
  // Each such name with where the article writes it: a name elsewhere, not a candidate over the cut one's own words.
  const joined = new Map<string, number[]>();
  for (const c of refined) {
    // (A name a pair taught, with its letters: the model's own "House and Senate" or "FTC and Justice Department" are two.)
    if (c.type !== 'organization' || c.kind !== 'name' || (c.method !== 'rule:acronym-paren' && c.method !== 'rule:zh-paren')) continue;
    const name = text.slice(c.start, c.end);
    if (!name.includes(' and ')) continue;
    const starts = joined.get(name) ?? [];
    if (starts.length === 0) joined.set(name, starts);
    starts.push(c.start);
    if (joined.size > MAX_JOINED_BODY_NAMES) return refined;
  }
  if (joined.size === 0) return refined;
  return refined.map((c) => {
    if (c.type !== 'organization' || c.kind !== 'name' || !text.startsWith(' and ', c.end)) return c;
    const own = text.slice(c.start, c.end);
    for (const [name, starts] of joined) {
      const at = name.indexOf(' and ');
      if (!own.endsWith(name.slice(0, at)) || !/^\p{Lu}/u.test(name.slice(at + 5)) || !text.startsWith(name.slice(at), c.end)) continue;
      const end = c.end + name.length - at;
      if (starts.some((start) => start >= end || start + name.length <= c.start)) return changed(c, { end });
    }
    return c;
  });
}

/**
 * A name after a person's title that the model was unsure was a place or a body, where its span had run on into
 * the sentence, is the titled person ("Conservative Party leader Kemi Badenoch on Monday": p104, a place); not a
 * name the lists type ("President Donald Trump International Airport").
 */
function titledPeopleRetyped(refined: Candidate[], text: string, context: NameContext): Candidate[] {
  let titled: Set<string> | undefined;
  return refined.map((c) => {
    if (c.method !== 'model' || (c.type !== 'place' && c.type !== 'organization') || c.confidence >= 0.6) return c;
    titled ??= new Set(refined.filter((t) => t.method === 'rule:titled-person').map((t) => `${t.start}:${t.end}`));
    if (!titled.has(`${c.start}:${c.end}`) || nameType(text.slice(c.start, c.end), context) !== undefined) return c;
    return changed(c, { type: 'person' });
  });
}

/** Every finder's candidates, the model's first (`context.learned` holds the article's acronym pairs). */
function findCandidates(text: string, analysis: Analysis, context: NameContext, datelines: Candidate[], roleSides: RoleSide[]): Candidate[] {
  const { lexicon } = context;
  // One concat, not an array literal of spreads: each spread checked the kind of its array, and an array of a kind it
  // had not met (an empty one, from a finder that found nothing) made V8 throw this function's optimized code away.
  return ([] as Candidate[]).concat(
    context.model ? findWithModel(text, analysis, context.model, lexicon) : findWithCompromise(text, lexicon),
    findNicknamedPeople(text, context),
    findInstitutions(text, lexicon),
    findMilitaryUnits(text),
    findWorks(text),
    findHonours(text),
    findHeadFirstLaws(text, lexicon),
    findNumberedLaws(text),
    findListedLaws(text),
    findApposedPlaces(text),
    findListedBodies(text, (name) => isKnownPlace(name, context)),
    findListedPlaces(text, (name) => isKnownPlace(name, context)),
    findBracketedMarketCompanies(text),
    findCaseNames(text),
    findTitledPeople(text, lexicon),
    findRomanizedNames(text),
    findAcronyms(text, lexicon, context.learned),
    findKnownNames(text, lexicon, (word) => isGivenName(word, context)),
    findPartyStates(text),
    findPlaceCompounds(text, (name) => isKnownPlace(name, context)),
    findParticledPlaces(text, (name) => isKnownPlace(name, context)),
    findPartyNames(text, lexicon, (word) => isKnownPlace(word, context) || isDemonym(word, context), (word) => isPersonName(word, context), (word) => isGivenName(word, context)),
    findPlatformX(text),
    findRoleSides(roleSides),
    // Not a place, a month, nor a common word opening a sentence ("Spending rose 2 percent").
    findListedCompanies(text).filter((c) => {
      const name = text.slice(c.start, c.end);
      const opens = c.start === 0 || /[.!?\n]["”’]?\s*$/u.test(text.slice(Math.max(0, c.start - 4), c.start));
      return !isKnownPlace(name, context) && !CALENDAR_WORDS_ALONE.test(name) && !(opens && !name.includes(' ') && isVocabularyWord(name.toLowerCase()));
    }),
    findExercises(text),
    findMembersInstitutions(text),
    findLegalFormCompanies(text, (word) => word === 'The' || isSentenceWord(word) || isCompanyDescriptor(word) || /^(?:Shares|Stocks?|Units|Parent)$/u.test(word)),
    findShips(text, lexicon),
    findProductCodes(text),
    findTableRows(text, (name) => isKnownPlace(name, context)),
    findRankedClubs(text),
    findBrands(text),
    datelines,
    findCamelCaseNames(text),
    findArticlePlaces(text, context),
    findPartPlaces(text, context),
    findDivisionLists(text, context),
    findStyledCountries(text, context),
    findDemonyms(text, lexicon),
    findCompoundPlaces(text, context),
    // A Han name alone that ends as an institution or a place does is one ("陸委會 slams Beijing"), not a person.
    findHanNames(text).map((c) => {
      const type = c.type === 'person' ? hanType(text.slice(c.start, c.end)) : undefined;
      return type !== undefined && type !== 'person' ? changed(c, { type }) : c;
    }),
  );
}

// A company's legal form at the end of its name, the short ones besides LEGAL_FORM's.
const SHORT_LEGAL_FORM = /^(?:Co|Corporation|Company|Limited|Pte|KK)\.?$/u;

/**
 * Two names side by side that are a company's name without its legal form, which the article gives in full, are
 * that company: "Tokyo Electron President Toshiki Kawai" after "Tokyo Electron Ltd." had been a place Tokyo and an
 * organization Electron. The names are in text order and do not overlap.
 */
function withCompanyShortForms(names: Candidate[], organizations: string[], text: string): Candidate[] {
  const shortForms = new Set<string>();
  for (const name of organizations) {
    const words = name.split(' ');
    const last = words[words.length - 1]!;
    if (words.length >= 3 && (LEGAL_FORM.test(last) || SHORT_LEGAL_FORM.test(last))) shortForms.add(words.slice(0, -1).join(' '));
  }
  if (shortForms.size === 0) return names;
  const out: Candidate[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1];
    if (b !== undefined && a.kind === 'name' && b.kind === 'name' && b.start === a.end + 1 && text[a.end] === ' ' && a.type !== 'person' && shortForms.has(text.slice(a.start, b.end))) {
      out.push(changed(b, { start: a.start, type: 'organization', method: 'rule:company-short-form' }));
      i++;
    } else if (a.kind === 'name' && a.type === 'person' && a.method === 'model' && shortForms.has(text.slice(a.start, a.end))) {
      // The company's name without its legal form is the company wherever the model read a person: "Acme Robotics" of
      // "Acme Robotics Inc." in a headline or after "chief executive of" (p92).
      out.push(changed(a, { type: 'organization' }));
    } else out.push(a);
  }
  return out;
}

// A company's shares after its name, a stake or shares in it before: "Suzuki shares", "Suzuki's stock", "5% of Suzuki", "a stake in Suzuki".
const SHARES_AFTER = /^(?:['’]s)? (?:shares|stock|stocks|share price)\b/u;
const STAKE_BEFORE = /(?:\d%|percent|per cent|stake|shares|holding) (?:in|of) $/u;

// The other name a body or place goes by, after its name: ", known as Ishin", ", also known as INBAL", ", better known as Orchid Island".
// A person's nickname may be quoted, and known to fans or nicknamed: `Rohit Sharma, known to fans as "Hitman",`,
// `Ernesto Valverde, nicknamed "Txingurri"` (p90).
// (After the name's lower-case head too: "Yemen's Houthi movement, also known as Ansar Allah", p115.)
const KNOWN_AS_AFTER = new RegExp(String.raw`^(?: (?:movement|group|militia|rebels|party|network|gang|front|organi[sz]ation))?,?\s+(?:(?:also|better|locally|formerly|widely|popularly|commonly|internationally|affectionately)\s+)?(?:known${KNOWN_TO}\s+as|${NICKNAMED})\s+["“]?((?:\p{Lu}[\p{L}\p{N}'’&-]*)(?: \p{Lu}[\p{L}\p{N}'’&-]*){0,3})["”]?(?=[,.;:)!?]|\s+[\p{Ll}(]|$)`, 'u');

/**
 * A given name and the family name after it that opens with its particles, which the model read as two names: "María
 * Guadalupe Ortiz" + "de la Fuente", "Jan-Willem" + "van der Berg" (p112: an organization and a person, the family name
 * then linked to a brother named at the story's end). One person.
 */
function withParticledSurnames(named: Candidate[], text: string, context: NameContext): Candidate[] {
  if (!PARTICLE_IN_TEXT.test(text)) return named;
  const result: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1];
    if (b !== undefined && isParticledPair(a, b, text, context)) {
      result.push(changed(a, { end: b.end, type: 'person' }));
      i++;
    } else result.push(a);
  }
  return result.length === named.length ? named : result;
}

/** True for a given name (`a`) right before a family name that opens with its particles (`b`): "María Guadalupe Ortiz" + "de la Fuente". */
function isParticledPair(a: Candidate, b: Candidate, text: string, context: NameContext): boolean {
  if (a.kind !== 'name' || b.kind !== 'name' || b.start !== a.end + 1 || text[a.end] !== ' ' || (a.type === 'place' && isKnownPlace(text.slice(a.start, a.end), context))) return false;
  const head = text.slice(a.start, a.end);
  // (Not an institution's or a prize's French head: "Grand Prix" + "de la Francophonie", p141.)
  return PARTICLED_TAIL.test(text.slice(b.start, b.end)) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}$/u.test(head) && isAnyGivenName(head.split(' ')[0]!, context) && !FRENCH_HEAD_END.test(head);
}
// A family name that opens with its particles: "de la Fuente", "van der Berg", "dos Santos"; and where a text may hold one.
const PARTICLED_TAIL = /^(?:de la|de los|de las|del|de|van der|van den|van|von der|von|dos|das|da|di|du|le|la) \p{Lu}[\p{L}'’-]+$/u;
const PARTICLE_IN_TEXT = / (?:de|del|van|von|dos|das|da|di|du|le|la) \p{Lu}/u;

/**
 * The name a body, place or work "is known as" is a name of the same type (the model reads a lone "Ishin" or "INBAL" as no
 * name); resolution makes the two one entity.
 */
function withKnownAs(named: Candidate[], text: string): Candidate[] {
  if (!text.includes(' as ') && !text.includes('nicknamed') && !text.includes('dubbed')) return named;
  const added: Candidate[] = [];
  // The names found so and their types: the model's other mentions of them take the type ("Ishin co-leader", a person).
  const known = new Map<string, Candidate['type']>();
  // The model's span of the name alone takes the type of what it names (AMLO had been an organization).
  const retyped = new Map<Candidate, Candidate['type']>();
  for (const c of named) {
    if (c.kind !== 'name') continue;
    const match = KNOWN_AS_AFTER.exec(text.slice(c.end, c.end + 120));
    // A name after a preposition is not what the phrase names: "The UN peacekeeping force in Lebanon, known as UNIFIL" (p96).
    if (!match || ENDS_ON_PREPOSITION.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    // A person goes by initials ("Andrés Manuel López Obrador, known as AMLO") or by a one-word nickname, which is a person
    // too (resolve links the two); a nickname of more words is left as the model read it.
    if (c.type === 'person' && !/^\p{Lu}{2,5}$/u.test(match[1]!) && match[1]!.includes(' ')) continue;
    const closing = /["”]$/u.test(match[0]) ? 1 : 0;
    const end = c.end + match[0].length - closing;
    const start = end - match[1]!.length;
    known.set(match[1]!, c.type);
    const at = lastStartingBefore(named, end);
    const over = at >= 0 && named[at]!.end > start ? named[at]! : undefined;
    if (over !== undefined && over.start === start && over.end === end) retyped.set(over, c.type);
    else if (over === undefined) added.push({ start, end, type: c.type, kind: 'name', method: 'rule:known-as', confidence: 0.7, priority: 2 });
  }
  const result = named.map((n) => {
    const type = retyped.get(n) ?? n.type;
    const name = known.size > 0 && n.method === 'model' && n.kind === 'name' ? text.slice(n.start, n.end) : undefined;
    const knownType = name === undefined ? undefined : known.get(name);
    if (knownType !== undefined && knownType !== type) return changed(n, { type: knownType });
    return type !== n.type ? changed(n, { type }) : n;
  });
  return added.length === 0 ? result : [...result, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The index of the last of `sorted` (by start, not overlapping) that starts before `end`, or -1: the only one that may overlap a span ending there. */
function lastStartingBefore(sorted: readonly Candidate[], end: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// A company's legal form after a name, with or without its full stop: " Corp.", " Inc"; a text without one needs no look.
const FORMS_AFTER = 'Corp|Inc|Ltd|Co|Plc|PLC|LLC|Bhd|Pty';
const LEGAL_FORM_AFTER = new RegExp(String.raw`^(?: \p{Lu}[\p{L}&-]*){0,2} (?:${FORMS_AFTER})(?:\.|(?![\p{L}\p{N}]))`, 'u');
const ANY_FORM_AFTER = new RegExp(String.raw` (?:${FORMS_AFTER})\b`, 'u');

/**
 * A name the model ended before a company's legal form (and at most two capitalized words before it) is that company,
 * legal form and all, and a span the model opened on the legal form's full stop starts after it: "United States" +
 * "Corp. Iran" is United States Steel Corp. and Iran (p78: a place "Corp. Iran").
 */
function withLegalForms(named: Candidate[], text: string): Candidate[] {
  if (!ANY_FORM_AFTER.test(text)) return named;
  const result: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const c = named[i]!;
    const form = c.kind === 'name' && (c.type === 'organization' || c.type === 'place') ? LEGAL_FORM_AFTER.exec(text.slice(c.end, c.end + 60)) : null;
    if (!form) {
      result.push(c);
      continue;
    }
    const end = c.end + form[0].length;
    result.push(changed(c, { end, type: 'organization' }));
    const next = named[i + 1];
    if (next !== undefined && next.start < end) {
      i++;
      const rest = /^[\s.]*/u.exec(text.slice(end, next.end))![0].length;
      if (end + rest < next.end && next.end > end) result.push(changed(next, { start: end + rest }));
    }
  }
  return result;
}

// A company's name that ends in its legal form ("Marks and Spencer Group Plc"), and the capitalized words before it up to an "and".
const LEGAL_FORM_END = / (?:Ltd|Plc|PLC|plc|Inc|Corp|Co|LLC|Limited|Corporation|AG|SA|NV|SE|GmbH)\.?$/u;
const COMPANY_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’]*(?:-\p{Lu}[\p{L}\p{N}'’]*)*`;
const WORDS_BEFORE_AND = new RegExp(String.raw`(?:^|[^\p{L}\p{N}&'’.-])(${COMPANY_WORD}(?: ${COMPANY_WORD}){0,2}) and $`, 'u');

/**
 * A company whose name holds "and" before its legal form is one name: "Marks and Spencer Group Plc", "Adani Ports and
 * Special Economic Zone Ltd." (the model and the market rule had ended the first part at "and"). Not where the words
 * before "and" are a name of their own (a known company or place, a name with its own legal form or "&": "Toyota and
 * Honda Motor Co.", "Johnson & Johnson and Pfizer Inc."), nor a sentence's first common word ("Investors and …"), nor
 * where a capitalized word stands before them, as it would in a longer name.
 */
function withAndCompanies(named: Candidate[], text: string, context: NameContext): Candidate[] {
  if (!text.includes(' and ')) return named;
  // The candidates so far, the last ones those right before `c`: an extension replaces them (one pass, whatever the text holds).
  const result: Candidate[] = [];
  for (const c of named) {
    result.push(c);
    // (A place so ended is the model's misreading: "New Zealand Banking Group Ltd".)
    if ((c.type !== 'organization' && c.type !== 'place') || c.kind !== 'name' || !LEGAL_FORM_END.test(text.slice(c.start, c.end))) continue;
    const before = WORDS_BEFORE_AND.exec(text.slice(Math.max(0, c.start - 80), c.start));
    if (!before) continue;
    // (The sentence's article is no part of the name: "The Hongkong and Shanghai Banking Corp.")
    const first = before[1]!.replace(/^The (?=\p{Lu})/u, '');
    const start = c.start - before[0].length + before[0].lastIndexOf(first, before[0].length - 5);
    const wordBefore = /(\S+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    // The candidates between the name's new start and `c` (they end after `start`), the nearest first.
    let inside = result.length - 1;
    while (inside > 0 && result[inside - 1]!.end > start) inside--;
    if ((/^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(wordBefore) && wordBefore !== 'The') || wordBefore === '&' || result[inside]!.start < start) continue;
    const opens = start === 0 || /[.!?\n]["”’]?\s*$/u.test(text.slice(Math.max(0, start - 4), start)) || wordBefore === '' || wordBefore === 'The';
    // A place is a name of its own after a place's preposition ("in China and Tencent Holdings Ltd."), and a country or
    // a region is unless a place opens the company's name too ("Australia and New Zealand Banking Group Ltd"; "China and
    // Alibaba Group Holding Ltd." are two). A town's name is a company's word too ("Marks", a Russian town).
    const place = isKnownPlace(first, context);
    if (place && /^(?:in|to|from|at|into|across|throughout|near)$/u.test(wordBefore)) continue;
    const words = text.slice(c.start, c.end).split(' ');
    const own = result.slice(inside, -1).find((n) => n.start === start && n.end === c.start - 5 && n.method === 'model');
    if ((own?.type === 'place' || context.lexicon.places.has(first) || isCountry(first, context)) && !(isKnownPlace(words[0]!, context) || isKnownPlace(words.slice(0, 2).join(' '), context))) continue;
    // The model's organization before "and" is a company of its own: "Ford and National City Corp.", "Shearson and Drexel
    // Burnham Lambert Inc." (the market rule's, cut at "and", is not).
    if (own?.type === 'organization') continue;
    if (LEGAL_FORM_END.test(` ${first}`) || first.includes('&') || context.lexicon.knownNames.has(first) || (!place && nameType(first, context) !== undefined)) continue;
    if (opens && !place && isVocabularyWord(first.split(' ')[0]!.toLowerCase())) continue;
    result.splice(inside, result.length - inside, changed(c, { start, type: 'organization' as const }));
  }
  return result;
}

// What ends a company's name after the name the model took (p84): "and Co" or "& Co" ("Eli Lilly and Co", "Merck & Co."),
// a web address's ending with its legal form ("Amazon.com Inc").
const COMPANY_ENDING = /^(?: (?:and|&) Co\.?|\.com(?: (?:Inc|Corp|Ltd|Co)\.?)?)(?![\p{L}\p{N}])/u;
// The exchange's letters of a numbered ticker: "TW" of "(TSMC, 2330.TW)", "KS" of "000660.KS".
const TICKER_SUFFIX_BEFORE = /\p{N}\.$/u;

/**
 * A company's name runs over "and Co" and ".com Inc" after it (the model had made "Co" and "Inc" companies of their
 * own), and an exchange's letters after a ticker's number are no name. One pass: a candidate inside a name so extended
 * is dropped.
 */
function withCompanyEndings(named: Candidate[], text: string): Candidate[] {
  if (!text.includes(' Co') && !text.includes('.com') && !/\p{N}\.\p{Lu}/u.test(text)) return named;
  const result: Candidate[] = [];
  let extendedTo = -1;
  for (const c of named) {
    if (c.start < extendedTo) continue;
    if (c.kind === 'name' && TICKER_SUFFIX_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) && /^\p{Lu}{1,3}$/u.test(text.slice(c.start, c.end))) continue;
    const ending = c.kind === 'name' && (c.type === 'organization' || c.type === 'person') && (text[c.end] === ' ' || text[c.end] === '.')
      ? COMPANY_ENDING.exec(text.slice(c.end, c.end + 12)) : null;
    if (ending) {
      result.push(changed(c, { end: c.end + ending[0].length, type: 'organization' }));
      extendedTo = c.end + ending[0].length;
    } else result.push(c);
  }
  return result;
}

/**
 * Names side by side right after what kind of company they are, one company: "the Danish drugmaker Bavarian Nordic" (p124:
 * the region Bavaria and the Nordic countries). Only where the run of names ends the name (no capitalized word after it).
 */
function withDescribedCompanies(named: Candidate[], text: string, context: NameContext): Candidate[] {
  const result: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const c = named[i]!;
    // (The kind first: a run is read only after one, so each name is read once.)
    let j = i;
    if (c.kind === 'name' && isCompanyKindBefore(text.slice(Math.max(0, c.start - 28), c.start), context)) {
      while (j + 1 < named.length && named[j + 1]!.kind === 'name' && named[j + 1]!.start === named[j]!.end + 1 && text[named[j]!.end] === ' ') j++;
    }
    if (j === i || /^ \p{Lu}/u.test(text.slice(named[j]!.end, named[j]!.end + 2)) || named.slice(i, j + 1).some((part) => part.type === 'person')) {
      result.push(c);
      continue;
    }
    result.push(changed(c, { end: named[j]!.end, type: 'organization', method: 'rule:described-company' }));
    i = j;
  }
  return result;
}

// A ministry's name with its portfolio, which an "and" may join: "Ministry of Culture and Islamic Guidance".
const PORTFOLIO_NAME = /^(?:Ministry|Department|Secretariat|Office|Commission|Committee|Bureau|Agency|Council|Institute) (?:of|for) (?:the )?\p{Lu}/u;

/**
 * A ministry's name the model ended at "and" and the portfolio words after it are one name: "Iran's Ministry of Culture
 * and Islamic Guidance" (p78: two organizations, "Islamic Guidance" one). Only words of the English vocabulary, no place,
 * person or name with a head word of its own: "the Department of Defense and Lockheed Martin" are two.
 */
function withJoinedPortfolios(named: Candidate[], text: string, context: NameContext): Candidate[] {
  if (!text.includes(' and ')) return named;
  const result: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const first = named[i]!;
    const second = named[i + 1];
    result.push(first);
    if (second === undefined || first.type !== 'organization' || first.kind !== 'name' || second.kind !== 'name' || second.type === 'person' || second.start !== first.end + 5 || text.slice(first.end, second.start) !== ' and ') continue;
    if (!PORTFOLIO_NAME.test(text.slice(first.start, first.end))) continue;
    const words = text.slice(second.start, second.end).split(' ');
    if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isVocabularyWord(w.toLowerCase()) && !isKnownPlace(w, context))) continue;
    if (nameType(text.slice(second.start, second.end), context) !== undefined || context.lexicon.knownNames.has(text.slice(second.start, second.end))) continue;
    // (The portfolio is no ministry's name of its own, "of" lower case and all: it opens no pair after it.)
    result[result.length - 1] = changed(first, { end: second.end });
    i++;
  }
  return result;
}

// A transcript's speaker label at a line's start: "AMANPOUR: …", "MR MILLER: …" (the name without its honorific), after its
// time if it has one ("00:01:30 STARMER: …", "[00:02:15] KUENSSBERG: …", p114).
const SPEAKER_LABEL = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:(?:MR|MS|MRS|DR)\.? )?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):[ \t]/gmu;
// Labels that name a part, not a person: "MODERATOR:", "QUESTION:".
const PART_LABEL = /^(?:Q|A|QUESTION|ANSWER|MODERATOR|HOST|ANCHOR|REPORTER|REPORTERS|NARRATOR|INTERVIEWER|SPEAKER|AUDIENCE(?: MEMBER)?|UNIDENTIFIED(?: [A-Z]+){0,2}|CROSSTALK|VOICE|VOICEOVER|OFFICIAL|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|CALLER|PARTICIPANT|OPERATOR)$/u;

/**
 * The speakers of a transcript are people, as the model, reading capitals, rarely says ("AMANPOUR" an organization): a label
 * at a line's start, where the article has at least two speakers and one of them stands there at least twice (p114: a
 * speaker who asked once, "KUENSSBERG", had been an organization).
 */
function withSpeakers(named: Candidate[], text: string, context: NameContext): Candidate[] {
  if (!text.includes(':')) return named;
  const labels = new Map<string, { start: number; end: number }[]>();
  for (const match of text.matchAll(SPEAKER_LABEL)) {
    const label = match[1]!;
    if (PART_LABEL.test(label) || nameType(label, context) !== undefined || isKnownPlace(`${label[0]}${label.slice(1).toLowerCase()}`, context)) continue;
    // (The match ends on the label's colon and one space or tab.)
    const start = match.index + match[0].length - 2 - label.length;
    const spans = labels.get(label) ?? [];
    spans.push({ start, end: start + label.length });
    labels.set(label, spans);
  }
  if (labels.size < 2 || ![...labels.values()].some((spans) => spans.length >= 2)) return named;
  const speakers = [...labels.values()];
  const at = new Map(named.map((c, i) => [c.start, i]));
  const result = [...named];
  for (const { start, end } of speakers.flat()) {
    const i = at.get(start);
    if (i !== undefined && result[i]!.end === end) result[i] = changed(result[i]!, { type: 'person' });
    else if (!named.some((c) => c.start < end && c.end > start)) result.push({ start, end, type: 'person', kind: 'name', method: 'rule:speaker', confidence: 0.8, priority: 2 });
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A brand and the country it serves are an organization, not a person whose family name is the country: "Axios China"
 * (a newsletter), "Foxconn India", typed a person, whose "China" would then be a family name all through the article.
 * Only where the first word is no given name ("Kathy Ireland", "Michael Jordan" stay people) and the article names the country
 * alone as a place.
 */
function withBrandRegions(named: Candidate[], text: string, context: NameContext): Candidate[] {
  // Only a country the model reads as a place where the article names it alone ("Bhagwant Mann" keeps the Isle of Man's alias).
  let places: Set<string> | undefined;
  return named.map((c) => {
    if (c.method !== 'model' || c.type !== 'person' || c.kind !== 'name') return c;
    const words = text.slice(c.start, c.end).split(' ');
    if (words.length !== 2 || !/^\p{Lu}[\p{L}-]+$/u.test(words[0]!) || !isCountry(words[1]!, context) || isAnyGivenName(words[0]!, context)) return c;
    places ??= new Set(named.filter((n) => n.type === 'place' && n.method === 'model').map((n) => text.slice(n.start, n.end)));
    if (!places.has(words[1]!)) return c;
    return changed(c, { type: 'organization' as const });
  });
}

/**
 * The article's names retyped by what the article says of them elsewhere: a family name of a person named in
 * full, a known place in a list of places, a team's side of a result, a storm, a facility's place…
 */
/** True for a given name, a particle and a family name ("Marine Le Pen", "Inês dos Santos Ferreira"): the words after the given name are capitalized but the particles. */
function isParticledFullName(name: string, context: NameContext): boolean {
  const words = name.split(' ');
  const particle = (w: string) => isNameParticle(w.toLowerCase()) || w === 'Le';
  // (Not a French prize or institution: "Grand Prix de la Francophonie", p141.)
  return words.length >= 3 && words.length <= 5 && isAnyGivenName(words[0]!, context) && !FOREIGN_BODY.test(words[0]!) && !AWARD_END.test(name) && !FRENCH_HEAD_END.test(`${words[0]} ${words[1]}`) && words.slice(1, -1).some(particle)
    && words.slice(1).every((w) => particle(w) || /^\p{Lu}\p{Ll}+$/u.test(w)) && nameType(name, context) === undefined;
}

/** True for a given name, or a word the language has not (a name: "Ruja"); not "Big" of "Big Bear", "Amnesty". */
function givenOrNoWord(word: string, context: NameContext): boolean {
  return isAnyGivenName(word, context) || !isVocabularyWord(word.toLowerCase());
}

// What a person, not a place, does right after the name.
const PERSON_VERB_AFTER = /^ (?:said|says|added|adds|told|scored|made|hit|wrote|argued|noted|insisted|admitted|denied)\b/u;

// Two or three capitalized words of letters: a person's full name's shape.
const TWO_OR_THREE_NAMES = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/**
 * Drops a word of the language the model took for a name where it opens a line and, with the lower-case word after it, a body
 * the article names: "Coast guard vessels near Kinmen" over "the China Coast Guard" (p134: a place "Coast", Kenya's province).
 */
function withoutLowerCaseBodies(named: Candidate[], text: string): Candidate[] {
  let pairs: Set<string> | undefined;
  for (const c of named) {
    if (c.type !== 'organization' || c.kind !== 'name') continue;
    const words = text.slice(c.start, c.end).split(' ');
    for (let i = 0; i + 1 < words.length; i++) (pairs ??= new Set()).add(`${words[i]} ${words[i + 1]}`);
  }
  if (pairs === undefined) return named;
  return named.filter((c) => {
    // (A word of the language opening a line, as a headline in sentence case writes one: not "Taiwan government", "the Bay area".)
    if (c.method !== 'model' || c.type !== 'place' || c.kind !== 'name' || (c.start > 0 && text[c.start - 1] !== '\n')) return true;
    if (!isVocabularyWord(text.slice(c.start, c.end).toLowerCase())) return true;
    const after = /^ (\p{Ll})(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 24));
    return after === null || !pairs!.has(`${text.slice(c.start, c.end)} ${after[1]!.toUpperCase()}${after[2]}`);
  });
}

const OUTLET_FIRST_WORDS = new WeakMap<Lexicon, Set<string>>();

/** The first words of the known names of news services and rating agencies: "Bloomberg" of "Bloomberg News", "Fitch" of "Fitch Ratings". */
function outletFirstWords(lexicon: Lexicon): Set<string> {
  let words = OUTLET_FIRST_WORDS.get(lexicon);
  if (words === undefined) {
    words = new Set();
    for (const [name, type] of lexicon.knownNames) {
      const outlet = /^(\p{Lu}[\p{L}’']+) (?:News|Ratings)$/u.exec(name);
      if (type === 'organization' && outlet) words.add(outlet[1]!);
    }
    OUTLET_FIRST_WORDS.set(lexicon, words);
  }
  return words;
}

function retypeNamed(named: Candidate[], people: string[], parts: Candidate[], text: string, context: NameContext, roleSides: RoleSide[]): Candidate[] {
  const { lexicon, learned } = context;
  // What the article's names say about one another, read in loops: chains of filter and map over the names had V8
  // throw this function's optimized code away again and again (six compilations in two passes over texts it had
  // read before), whenever an array of another kind (an empty one) first reached a call in them.
  // The family name of a person the article names in full is that person, whatever the model typed it ("Kuan said").
  const partAt = new Set<string>();
  for (const p of parts) partAt.add(`${p.start}:${p.end}`);
  // Words of the people named in full ("Jordan" of "Michael Jordan" stays a person).
  const fullNames = new Set<string>();
  for (const p of people) if (p.includes(' ')) fullNames.add(p);
  const personWords = new Set<string>();
  for (const p of fullNames) for (const word of p.split(' ')) personWords.add(word);
  // A known place the article names as a place is not a person elsewhere in it ("Kyiv denies", "Kyiv’s military").
  const places = new Set<string>();
  const placeEdges = { starts: new Set<number>(), ends: new Set<number>() };
  // The first word of a facility the article names in full ("Maanshan" of "Maanshan Nuclear Power Plant").
  const facilityFronts = new Set<string>();
  // (The model's organizations and others that are names with particles, read once here: the retype below asks again.)
  const particled = new Set<string>();
  // The name of a storm the article names with its storm word ("Typhoon Danas") is that storm alone too ("Danas").
  const storms = new Set<string>();
  // A craft's or a telescope's name the article writes before what it is: a thing wherever it stands ("the Plato telescope";
  // OntoNotes has "the Hubble space telescope" a facility, but a place of one word is geocoded: Plato, Colombia).
  const things = new Set<string>();
  // Where a person's name ends: a person "of" a name is of a party, firm or place ("Yair Lapid of Yesh Atid").
  const personEnds = new Set<number>();
  // The initials of the article's organizations: "DA" the model read as a person is the Democratic Alliance the article names.
  const organizationInitials = new Set<string>();
  // The first word of a company the article names in full, whose other words are a company's ("Delta" of "Delta Electronics Inc.").
  const companyFirstWords = new Set<string>();
  // A body's first word and its last in lower case: "Dangote refinery" of "Dangote Petroleum Refinery".
  const bodyShortForms = new Set<string>();
  // One-word names the article says are a company or a party ("cryptocurrency exchange Kraken", "the far-right Vox").
  const described = new Set<string>();
  // The family names the article's Han names of people spell: "Han" of 韓國瑜.
  const hanSurnames = new Set<string>();
  // The people the article names by one word ("Ignatova said"): a name of two or three words that ends in one is that person.
  const barePeople = new Set<string>();
  for (const c of named) {
    const name = text.slice(c.start, c.end);
    if (c.type === 'organization' && isDescribedBody(c, name, text, context)) described.add(name);
    if (c.kind === 'zh' && c.type === 'person') for (const spelling of lexicon.surnameSpellings.get(name[0]!) ?? []) hanSurnames.add(spelling);
    if (c.type === 'place') {
      places.add(name);
      placeEdges.starts.add(c.start);
      placeEdges.ends.add(c.end);
      // (And where a compass word before it starts it: "Southeast" of "Southeast Aceh", below.)
      const compass = c.method === 'model' ? compassBefore(c, text) : 0;
      if (compass > 0) placeEdges.starts.add(c.start - compass);
      const words = name.split(' ');
      if (words.length > 1 && lexicon.facilityHeads.has(words[words.length - 1]!)) facilityFronts.add(words[0]!);
    }
    if (c.method === 'model' && (c.type === 'organization' || c.type === 'other') && isParticledFullName(name, context)) particled.add(name);
    if (c.type === 'other') {
      const storm = stormName(name, lexicon);
      if (storm !== undefined) storms.add(storm);
    }
    if (c.kind === 'name' && c.method === 'model' && (c.type === 'person' || c.type === 'place') && /^\p{Lu}\p{Ll}+$/u.test(name) &&
      THING_KIND_AFTER.test(text.slice(c.end, c.end + 20))) things.add(name);
    if (c.type === 'person' && c.kind === 'name') {
      personEnds.add(c.end);
      if (!name.includes(' ')) barePeople.add(name);
    }
    if (c.type === 'organization' && c.kind === 'name') {
      const words = name.split(' ');
      if (words.length > 1) {
        let initials = '';
        for (const w of words) if (/^\p{Lu}/u.test(w)) initials += w[0];
        organizationInitials.add(initials);
      }
      if (words.length >= 2 && words.slice(1).every((w) => COMPANY_WORDS.test(w))) companyFirstWords.add(words[0]!);
      // (Its first word with its last, as the article may write it short: "Dangote" + "refinery" of "Dangote Petroleum Refinery".)
      if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]!)) bodyShortForms.add(`${words[0]} ${words[words.length - 1]!.toLowerCase()}`);
    }
  }
  // The last words of the people named in full: their family names ("Jefferies" of "Robert Jefferies").
  const familyNames = new Set<string>();
  for (const p of fullNames) familyNames.add(p.slice(p.lastIndexOf(' ') + 1));
  // The last two words or more of a person's full name: a family name with its particle ("Le Pen" of "Marine Le Pen").
  const fullNameTails = new Set<string>();
  for (const p of [...fullNames, ...particled]) {
    const words = p.split(' ');
    for (let k = 1; k < words.length - 1; k++) fullNameTails.add(words.slice(k).join(' '));
  }
  const teams = sportsTeamEdges(text);
  const teamNames = teams.ends.size === 0 ? new Set<string>() : sportsTeamNames(named, teams, text, personWords, context);
  // The side of a role is a team or a company, as are its other mentions ("Liverpool captain Virgil van Dijk" … "Liverpool
  // lost"); not a country (a national side is a place, news rule 9) nor a nationality ("Brazilian striker").
  const roleSideEnds = new Set<number>();
  for (const side of roleSides) {
    const name = text.slice(side.start, side.end);
    if (isCountry(name, context) || lexicon.acronyms.get(name) === 'place' || isDemonym(name, context) || personWords.has(name)) continue;
    roleSideEnds.add(side.end);
    teamNames.add(name);
  }
  return named.map((c) => {
    // The name is sliced once for every rule below (a new string each time had been sliced and hashed again per rule).
    const name = text.slice(c.start, c.end);
    // A company's first word that is also its chief's family name is the company where shares or a stake are its:
    // "Suzuki shares rose", "owns about 5% of Suzuki" (Suzuki Motor; its president Toshihiro Suzuki).
    if (c.method === 'model' && (c.type === 'person' || c.type === 'organization') && companyFirstWords.has(name)
      && (SHARES_AFTER.test(text.slice(c.end, c.end + 12)) || STAKE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)))) return changed(c, { type: 'organization' as const });
    // That word before a title is the company, not a namesake town: "Delta CEO Ping Cheng" (Delta, British Columbia), "Phoenix CEO".
    if (c.type === 'place' && c.method.endsWith('affiliation') && companyFirstWords.has(name) && !isCountry(name, context)) return changed(c, { type: 'organization' as const });
    if (c.method === 'model' && c.type === 'person' && /^\p{Lu}{2,5}$/u.test(name) && organizationInitials.has(name)) return changed(c, { type: 'organization' as const });
    // A rate named after a body is a measure, no body: "its benchmark Central Bank Rate" (p137: an organization "Central Bank",
    // which "the bank" then took for its own).
    if (c.method === 'model' && c.type === 'organization' && text.startsWith(' Rate', c.end) && !/[\p{L}\p{N}]/u.test(text[c.end + 5] ?? '')) {
      return changed(c, { end: c.end + 5, type: 'other' as const });
    }
    // A body's head word the model left out after a name of two words or more: "Taiwan-US Defense Industry" + " Forum",
    // "Edinburgh International" + " Festival" (p136, p137).
    if (c.method === 'model' && c.type === 'organization' && name.includes(' ') && text.charCodeAt(c.end) === 0x20) {
      const tail = BODY_TAIL_AFTER.exec(text.slice(c.end, c.end + 14));
      if (tail) return changed(c, { end: c.end + tail[0].length });
    }
    // A known organization's name before a region is that body's branch: "Greenpeace East Asia" (p136: a place).
    if (c.method === 'model' && c.type === 'place' && name.includes(' ') && lexicon.knownNames.get(name.slice(0, name.indexOf(' '))) === 'organization' &&
      !lexicon.placeHeads.has(name.slice(name.lastIndexOf(' ') + 1))) {
      return changed(c, { type: 'organization' as const });
    }
    // A market index is a measure, no body: "The Jakarta Composite Index fell" (p136: an organization).
    if (c.type === 'organization' && c.kind === 'name' && name.endsWith(' Index')) return changed(c, { type: 'other' as const });
    // A compass word before a place is its name's: "Southeast Aceh" (p138: "Aceh"), "over the West Philippine Sea" (p139); not at a
    // sentence's start, where it may be a headline's or a region's word ("South" of "South Korea" is the model's).
    if (c.method === 'model' && c.type === 'place' && !placeEdges.ends.has(c.start - 1)) {
      const compass = compassBefore(c, text);
      if (compass > 0) return changed(c, { start: c.start - compass });
    }
    // A portfolio's last word before a person's name is the title's: "Director of Public Prosecutions Renson Ingonga", "Director of
    // Operations Mark Smith" (p138: a person "Prosecutions Renson Ingonga").
    if (c.type === 'person' && c.kind === 'name' && PORTFOLIO_END_WORD.test(name) && / of (?:\p{Lu}\p{L}+ )*$/u.test(text.slice(Math.max(0, c.start - 40), c.start))) {
      return changed(c, { start: c.start + name.indexOf(' ') + 1 });
    }
    // A word that names a kind of place opens no person's name: "Barangay Cansomoroy" (a Philippine village; p137), "Mount Kanlaon".
    if (c.method === 'model' && c.type === 'person' && PLACE_FRONT.test(name)) return changed(c, { type: 'place' as const });
    // A body's first word before its last in lower case is the body written short: "Dangote refinery to supply …" (p134: the person
    // Aliko Dangote the article names later).
    if (c.method === 'model' && c.type === 'person' && c.kind === 'name' && bodyShortForms.size > 0 && !name.includes(' ')) {
      const after = /^ (\p{Ll}+)/u.exec(text.slice(c.end, c.end + 24));
      if (after && bodyShortForms.has(`${name} ${after[1]}`)) return changed(c, { type: 'organization' as const });
    }
    // A news service or a rating agency by its first word is that body, not a person or a place (not "Nikkei", an index too), unless the article names a person
    // by it: "surveyed by Bloomberg", "told Bloomberg" (p133: a person and a place), "Fitch said" (of "Bloomberg News", "Fitch Ratings").
    if (c.method === 'model' && c.kind === 'name' && c.type !== 'organization' && !personWords.has(name) && outletFirstWords(lexicon).has(name)) return changed(c, { type: 'organization' as const });
    // A known company's name that is the family name of a person the article names in full is that person's, where no company
    // opens with it in the article: "Senator Robert Jefferies … Jefferies said" (p117: the investment bank, and "the company" its).
    if (c.method === 'rule:known-name' && c.type === 'organization' && !name.includes(' ') && familyNames.has(name) && !companyFirstWords.has(name)) return changed(c, { type: 'person' as const });
    // The family name a Han name of the article spells is that person, not a people: "韓國瑜 … Han said" (p117: other, "Han" Chinese).
    if (c.method === 'model' && c.type === 'other' && c.kind === 'name' && hanSurnames.has(name.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(name) &&
      !/^ (?:Chinese|[Dd]ynasty|people|majority)\b/u.test(text.slice(c.end, c.end + 10))) return changed(c, { type: 'person' as const });
    // Its other mentions too: "Chief executive Arjun Sethi said Kraken would list" (p112: a person).
    if (c.method === 'model' && c.type === 'person' && described.has(name) && !personWords.has(name)) return changed(c, { type: 'organization' as const });
    if (c.method === 'model' && c.type !== 'person' && partAt.has(`${c.start}:${c.end}`)) return changed(c, { type: 'person' as const });
    // A word of a person the article names in full, or a name "who" follows, is that person's, not a place
    // no list knows ("in Cape Town, Hill-Lewis, who succeeded"; "Perry and Purbaya" after "Purbaya Yudhi Sadewa").
    if (c.method === 'model' && c.type === 'place' && !name.includes(' ') && (personWords.has(name) || /^, who\b/u.test(text.slice(c.end, c.end + 6))) && !isKnownPlace(name, context)) {
      return changed(c, { type: 'person' as const });
    }
    // A full name the article gives a person elsewhere is that person ("DPP legislator Puma Shen" in a headline, typed an
    // organization; "cut inside Nicolò Savona", typed a place).
    if (c.method === 'model' && (c.type === 'organization' || (c.type === 'place' && !isKnownPlace(name, context))) && fullNames.has(name)) return changed(c, { type: 'person' as const });
    // And a full name that ends in a family name the article gives a person alone, where no head word makes it a body:
    // "ran the company with Ruja Ignatova" (an organization) beside "Ignatova said".
    if (c.method === 'model' && (c.type === 'organization' || (c.type === 'place' && !isKnownPlace(name, context))) && barePeople.size > 0 && TWO_OR_THREE_NAMES.test(name) &&
      barePeople.has(name.slice(name.lastIndexOf(' ') + 1)) && givenOrNoWord(name.slice(0, name.indexOf(' ')), context) && !isKnownPlace(name.slice(0, name.indexOf(' ')), context) &&
      nameType(name, context) === undefined) return changed(c, { type: 'person' as const });
    // A full name the lists know as no place that says or does what people do is a person: "Roston Chase added a quick 58"
    // (p130: a place).
    if (c.method === 'model' && c.type === 'place' && TWO_OR_THREE_NAMES.test(name) && PERSON_VERB_AFTER.test(text.slice(c.end, c.end + 12)) &&
      givenOrNoWord(name.slice(0, name.indexOf(' ')), context) && !isKnownPlace(name, context) && nameType(name, context) === undefined &&
      !name.split(' ').some((w) => isKnownPlace(w, context)) && !/\b(?:in|at|from|near|of|to|into|across|outside|around)\s$/u.test(text.slice(Math.max(0, c.start - 8), c.start))) return changed(c, { type: 'person' as const });
    // So is the end of one, particle and all ("Le Pen told reporters", typed a place or an organization).
    if (c.method === 'model' && c.type !== 'person' && fullNameTails.has(name) && !isKnownPlace(name, context)) return changed(c, { type: 'person' as const });
    // A place the lists know, of more words, that the model read as a person in a list of places is a place, where no given name
    // opens it ("through Nuevo León and Coahuila", p136).
    if (c.method === 'model' && c.type === 'person' && name.includes(' ') && inPlaceList(c, placeEdges, text) && isKnownPlace(name, context) &&
      !isAnyGivenName(name.slice(0, name.indexOf(' ')), context)) return changed(c, { type: 'place' as const });
    // (Or a name of two words, no given name among them, that opens a list of places after a place's preposition: "food to Gayo
    // Lues and Southeast Aceh", p138.)
    if (c.method === 'model' && c.type === 'person' && TWO_OR_THREE_NAMES.test(name) && inPlaceList(c, placeEdges, text) &&
      PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && !name.split(' ').some((w) => isAnyGivenName(w, context))) {
      return changed(c, { type: 'place' as const });
    }
    // (Or any name that ends a list of places a plural division word closes: "Đồng Nai and Khánh Hòa provinces", p137.)
    if (c.method === 'model' && c.type === 'person' && inPlaceList(c, placeEdges, text) && DIVISIONS_AFTER.test(text.slice(c.end, c.end + 16))) return changed(c, { type: 'place' as const });
    // (And a word the model was unsure was a person, no given name nor a word of the article's people: "fled Babanusa and Kadugli", p134.)
    if (c.method === 'model' && c.type === 'person' && c.confidence < 0.5 && !/\s/u.test(name) && inPlaceList(c, placeEdges, text) && !personWords.has(name) &&
      !isAnyGivenName(name, context) && nameType(name, context) === undefined) return changed(c, { type: 'place' as const });
    // A known place the model called an organization in a list of places is a place ("hit Odesa, Dnipro and the Kharkiv region"),
    // and so is a name a place head ends ("in Taipei and New Taipei City"); a city's name is a club's too ("Manchester City
    // and Liverpool drew"), so "City" only where the model was unsure.
    const placeName = () => !/\s/u.test(name) ? isKnownPlace(name, context) : nameType(name, context) === 'place' && (!name.endsWith(' City') || c.confidence < 0.5);
    if (c.method === 'model' && c.type === 'organization' && inPlaceList(c, placeEdges, text) && placeName() && !isActingSeat(c, text, lexicon)) return changed(c, { type: 'place' as const });
    // "Liverpool beat Real Madrid 1-0": the two sides of a result are teams, not their cities; a
    // country stays a place (national sides, news rule 9).
    if (c.type === 'place' && c.kind === 'name' && (teams.ends.has(c.end) || teams.starts.has(c.start)) && !isCountry(name, context)) return changed(c, { type: 'organization' as const });
    if (roleSideEnds.has(c.end) && c.kind === 'name' && (c.type === 'place' || (c.type === 'person' && c.method === 'model'))) return changed(c, { type: 'organization' as const });
    // The article's other mentions of a side are the team too: "Chelsea are sixth", "Cole Palmer pulled one back for Chelsea".
    if (teamNames.size > 0 && c.kind === 'name' && (c.type === 'place' || (c.type === 'person' && c.method === 'model')) && teamNames.has(name)) return changed(c, { type: 'organization' as const });
    if (c.method === 'model' && c.type === 'person' && text.slice(c.start - 4, c.start) === ' of ' && personEnds.has(c.start - 4)) {
      return changed(c, { type: isKnownPlace(name, context) ? 'place' as const : 'organization' as const });
    }
    if (storms.size > 0 && storms.has(name)) return changed(c, { type: 'other' as const });
    // "Plato telescope launched … Plato would complement" (p135: a person each time).
    if (things.size > 0 && c.method === 'model' && c.kind === 'name' && c.type !== 'other' && things.has(name) && !personWords.has(name)) return changed(c, { type: 'other' as const });
    // That word before a lower-case facility word is the facility's place ("the Maanshan plant").
    if (c.method === 'model' && c.type !== 'place' && facilityFronts.has(name) && FACILITY_AFTER.test(text.slice(c.end, c.end + 24))) return changed(c, { type: 'place' as const });
    if (c.method === 'model' && c.type === 'person' && places.has(name) && !personWords.has(name) && isKnownPlace(name, context)) return changed(c, { type: 'place' as const });
    // An acronym the article paired takes the pair's type wherever it stands ("Democratic Republic of the Congo (DRC)" … "a DRC envoy").
    const paired = c.method === 'model' && c.kind === 'name' ? learned.get(name) : undefined;
    if (paired && paired !== c.type && paired !== 'person') return changed(c, { type: paired });
    // A known place after "in" that the model was unsure was an organization is the place ("gathered in Patna").
    if (c.method === 'model' && c.type === 'organization' && c.confidence < 0.5 && !/\s/u.test(name) && /(?:^|\s)in $/u.test(text.slice(Math.max(0, c.start - 4), c.start))
      && isKnownPlace(name, context) && !isActingSeat(c, text, lexicon)) return changed(c, { type: 'place' as const });
    // A known place whose district, province or suburb follows is that place ("Santiago’s Las Condes district").
    if (c.method === 'model' && c.type === 'person' && !personWords.has(name) && PLACE_OF_PLACE.test(text.slice(c.end, c.end + 60)) && isKnownPlace(name, context)) return changed(c, { type: 'place' as const });
    if ((c.type === 'place' || (c.type === 'person' && lexicon.seatsOfGovernment.has(name))) && isActingSeat(c, text, lexicon)) return changed(c, { type: 'organization' as const });
    // A given name, a particle and a family name are a person's, whatever the model typed it: "Marine Le Pen" (an organization).
    if (c.method === 'model' && (c.type === 'organization' || c.type === 'other') && particled.has(name)) return changed(c, { type: 'person' as const });
    // A record label is a company: "released by the Valentim de Carvalho label" (a person).
    if (c.method === 'model' && c.type === 'person' && /^ label\b/u.test(text.slice(c.end, c.end + 7))) return changed(c, { type: 'organization' as const });
    // A team's nickname after "the" is the team, not a person: "leaving the Proteas needing 143 runs" (not "the Kennedys", a family
    // name, nor "the Dinkins campaign" after "David Dinkins").
    if (c.method === 'model' && c.type === 'person' && /^\p{Lu}\p{Ll}{2,}s$/u.test(name) && /(?:^|\s)the $/u.test(text.slice(Math.max(0, c.start - 5), c.start))
      && !personWords.has(name) && !isPersonName(name.slice(0, -1), context) && !isPersonName(name, context) && !isDemonym(name, context)) return changed(c, { type: 'organization' as const });
    // A German court, ministry or agency written as one word ("Bundesverfassungsgericht", "Bundesamt") is no person.
    if (c.method === 'model' && c.type === 'person' && GERMAN_INSTITUTION.test(name)) return changed(c, { type: 'organization' as const });
    return c;
  });
}

/**
 * The longest mention, in UTF-16 units: a longer span (a model span over a whole run of one repeated
 * name, 280 KB) is no name, and would become an entity id and a key as long.
 */
export const MAX_MENTION_CHARS = 200;

// What findNicknamedPeople's patterns need, without their look-arounds: a given name in brackets before a
// capitalized word, a short capitalized nickname in quotes before one.
const BRACKETED_GIVEN_NAME = /\( ?\p{Lu}\p{Ll}+ ?\) \p{Lu}/u;
const QUOTED_NICKNAME = /["“‘]\p{Lu}[\p{L}.'’-]{1,15}["”’] \p{Lu}/u;

/**
 * Finds "Chi Leung (Peter) Wai": given names, an English given name in parentheses, a family name
 * (the parenthesis must hold a known given name), and a nickname in quotes after a known given name.
 * One person, outranking the model's pieces.
 */
function findNicknamedPeople(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  // Both patterns open with a look-behind tried at every character (the second with a lookahead at every capital):
  // each runs only where the text has what it needs, a given name in brackets or a short nickname in quotes.
  // (A middle initial too: "Charles E. (Chuck) Grassley"; p126: three people.)
  for (const match of BRACKETED_GIVEN_NAME.test(text) ? text.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?: (?:\p{Lu}[\p{Ll}-]+|\p{Lu}\.)){0,3} \( ?(\p{Lu}\p{Ll}+) ?\) \p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/gu) : []) {
    if (!isGivenName(match[1]!, context) || isCountry(match[1]!, context) || isDemonym(match[1]!, context)) continue;
    // A title before the given name is no part of the name: "President William (Bill) Lai" is William (Bill) Lai (p126: the id
    // had been person:president-william-bill-lai).
    let start = match.index;
    for (const word of match[0].slice(0, match[0].indexOf(' (')).split(' ').slice(0, -1)) {
      if (!(isTitle(word, context.lexicon) || isRoleWord(word, context.lexicon) || /^(?:Former|Late|Then)$/u.test(word))) break;
      start += word.length + 1;
    }
    found.push({ start, end: match.index + match[0].length, type: 'person', kind: 'name', method: 'rule:nicknamed-person', confidence: 0.8, priority: 3 });
  }
  // A nickname in quotes between a given name and a family name: Pacifico "Curlee" Discaya, Robert "Bobby" Kennedy, and in
  // single quotes as a headline or a British paper writes them: Luis ‘Toto’ Caputo (p128: three people).
  // Each capitalized word is tried as the given name (the rest is read in a lookahead, so a word before it does not hide it).
  for (const match of QUOTED_NICKNAME.test(text) ? text.matchAll(/(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)(?=((?: \p{Lu}[\p{Ll}-]+){0,2} ["“‘]\p{Lu}[\p{L}.'’-]{1,15}["”’] \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?: (?:Jr\.|Sr\.|II|III|IV))?)(?![\p{L}\p{N}-]))/gu) : []) {
    // A given name no list knows is one after a title: Sen. Panfilo "Ping" Lacson.
    const titled = /(\S+) $/u.exec(text.slice(Math.max(0, match.index - 24), match.index));
    const given = isAnyGivenName(match[1]!, context) || (titled !== null && isTitle(titled[1]!, context.lexicon));
    // A title is no given name: "Senator Panfilo "Ping" Lacson" is Panfilo "Ping" Lacson.
    if (!given || isTitle(match[1]!, context.lexicon) || isCountry(match[1]!, context) || isDemonym(match[1]!, context)) continue;
    // A second family name is the name's ("Valentín "Tucu" Fernández Correa", p84); a place or a body after it is not.
    let end = match.index + match[1]!.length + match[2]!.length;
    const second = /["”’] \p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)(?: (?:Jr\.|Sr\.|II|III|IV))?$/u.exec(match[2]!);
    if (second && (isKnownPlace(second[1]!, context) || context.lexicon.organizationHeads.has(second[1]!) || isSentenceWord(second[1]!) || CALENDAR_WORDS_ALONE.test(second[1]!))) end = match.index + match[1]!.length + match[2]!.lastIndexOf(` ${second[1]}`);
    found.push({ start: match.index, end, type: 'person', kind: 'name', method: 'rule:nicknamed-person', confidence: 0.8, priority: 3 });
  }
  return found;
}

/**
 * Returns the candidates that can be mentions: no longer than MAX_MENTION_CHARS, in no encoded word (`isEncodedWord`), with
 * a letter and no table's cell border (`isNameText`).
 */
function mentionableCandidates(candidates: Candidate[], text: string): Candidate[] {
  return candidates.filter((c) => c.end - c.start <= MAX_MENTION_CHARS && !isEncodedWord(text, c.start, c.end) && isNameText(text.slice(c.start, c.end)) &&
    !isBareStates(c, text) && !isNumberWord(c, text) && !isEarthOrbit(c, text));
}

// A body's head word after its name (`retypeNamed`).
const BODY_TAIL_AFTER = /^ (?:Forum|Festival|Council|Foundation|Association|Federation|Institute|Commission|Committee|Alliance|Society|Chamber|Coalition|Secretariat)(?![\p{L}\p{N}'’-])/u;

// A place's preposition right before a name (`retypeNamed`).
const PLACE_PREPOSITION_BEFORE = /\b(?:in|to|from|near|into|across|across from)\s$/u;

// A place a compass word opens, of one more word (`splitAtAnd`, `retypeNamed`).
const COMPASS_PLACE = /^(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Upper|Lower) \p{Lu}[\p{L}'’-]+$/u;
// A compass word right before a place the model read without it: "Southeast" + "Aceh" (p138).
const COMPASS_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest) )$/u;

/**
 * The length of a compass word and its space right before a candidate, after a lower-case word or a comma (mid-sentence: "and
 * Southeast" + "Aceh"); 0 where there is none (`retypeNamed`).
 */
function compassBefore(c: Candidate, text: string): number {
  if (c.start <= 6 || text.charCodeAt(c.start - 1) !== 0x20) return 0;
  const compass = COMPASS_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  const length = compass === null ? 0 : compass[1]!.length;
  return length > 0 && /[\p{Ll},] $/u.test(text.slice(Math.max(0, c.start - length - 2), c.start - length)) ? length : 0;
}

// A plural division word after a list of places (`retypeNamed`).
const DIVISIONS_AFTER = /^ (?:provinces|states|districts|regions|counties|prefectures|municipalities|oblasts|governorates|departments|islands)\b/u;

// The words that open a place's name and never a person's (`retypeNamed`).
const PLACE_FRONT = /^(?:Barangay|Brgy\.|Kampung|Kabupaten|Mount|Mt\.|Lake|Cape|Port) \p{Lu}/u;

// A number spelled out opening a sentence: "Twenty-three co-defendants … received sentences" (p137: other).
const NUMBER_WORD = /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Hundreds|Thousands|Dozens|Scores)$/u;

/** True for a span that is a number word alone. */
function isNumberWord(c: Candidate, text: string): boolean {
  // (Not a title that is one: "News Corp.'s Seventeen magazine".)
  return c.end - c.start <= 13 && NUMBER_WORD.test(text.slice(c.start, c.end)) && !text.startsWith(' magazine', c.end);
}

/** True for "Earth" of "low Earth orbit", "Earth orbit": where a craft is, no place (p137). */
function isEarthOrbit(c: Candidate, text: string): boolean {
  return c.end - c.start === 5 && text.startsWith('Earth orbit', c.start);
}

// A count or a quantifier right before a plural: "12 States", "all States", "other States".
const COUNTED_BEFORE = /(?:\b\d+|\b(?:all|other|several|many|both|two|three|four|five|six|seven|eight|nine|ten|these|those|some|most)) $/iu;

/** "States" alone, as Indian English capitalizes the country's states ("in 12 States and Union Territories", p127: a place "States"). */
function isBareStates(c: Candidate, text: string): boolean {
  return c.end - c.start === 6 && text.startsWith('States', c.start) && COUNTED_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

/**
 * True for a span that can be a name: one with a letter ("9/11" aside), and no table's cell border ("| 3,690,466",
 * "Candidate | Party"; p86).
 */
function isNameText(span: string): boolean {
  // (Not a possessive's ending alone, which a span cut before it leaves: "'s" of "Kaohsiung's", p127.)
  return !span.includes('|') && !POSSESSIVE_ENDING.test(span) && (/\p{L}/u.test(span) || /^\d{1,2} ?\/ ?\d{1,2}$/u.test(span));
}
const POSSESSIVE_ENDING = /^['’]s?$/u;

/**
 * True for a span inside a word of encoded data, no name: a base64 attachment's or a key's letters, which turn case again
 * and again ("8Td5usYJwtuvPLbp4aD6QQ08IQLlNhhP", "TxWxOCb8fnaov" between its "+" and "/"; p86: a 6 MB attachment had made
 * 88,794 entities). A name turns case at most twice between two other characters ("McDonald", "PricewaterhouseCoopers",
 * "YouTubeTV"), and a few times across a word ("GlaxoSmithKline/AstraZeneca"). The word is read at most
 * ENCODED_LOOK characters either side of the span, so a run of any length costs a span the same.
 */
function isEncodedWord(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < ENCODED_LOOK && !isSpaceUnit(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < ENCODED_LOOK && !isSpaceUnit(text.charCodeAt(to))) to++;
  if (to - from < 8) return false;
  let turns = 0;
  let all = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // 1: lower case or a digit, 2: upper case (ASCII: an attachment's alphabet), 0: any other character.
    const kind = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : code >= 65 && code <= 90 ? 2 : 0;
    if (kind === 0) turns = 0;
    else if (kind === 2 && previous === 1 && (++turns >= 3 || ++all >= 5)) return true;
    previous = kind;
  }
  return false;
}

const ENCODED_LOOK = 64;

// Abbreviated titles before a name, with or without a full stop.
const TITLE_ABBREVIATION = /^(?:Prof|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Lt|Col|Gen|Capt|Sgt)\.?$/u;
const CALENDAR_WORDS_ALONE = new RegExp(`^(?:${CALENDAR_WORD})$`, 'u');

// A stop inside a model span, then a space and an opening quotation mark.
const STOP_THEN_QUOTE = /\. ["“'‘](?=\p{Lu})/u;
/**
 * A lower-case role word inside a name, with capitalized words before it and two to four name words after it ("Kestrel Peak
 * co-founder Ravi Shankar Venkataraman"): where it stands (with its spaces) and how long that is, or undefined.
 */
function roleInside(name: string, context: NameContext): { index: number; length: number } | undefined {
  if (!/^\p{Lu}/u.test(name) || !/ \p{Ll}/u.test(name)) return undefined;
  const words = name.split(' ');
  // The role: lower-case words, its last a title ("chief executive", "co-founder"), right before the name's words.
  let last = words.length - 3;
  while (last > 0 && !/^\p{Ll}/u.test(words[last]!)) last--;
  if (last < 1 || !(isTitle(words[last]!, context.lexicon) || ACHIEVEMENT_ROLE.test(words[last]!)) || words.length - last - 1 > 4 || !words.slice(last + 1).every(isNameWord)) return undefined;
  let first = last;
  while (first > 1 && /^\p{Ll}/u.test(words[first - 1]!) && !ROLE_CONNECTOR.test(words[first - 1]!) && (isTitle(words[first - 1]!, context.lexicon) || isRoleWord(words[first - 1]!, context.lexicon))) first--;
  // Before it, the affiliation: capitalized words and the small words inside names ("Bank of America").
  if (!words.slice(0, first).every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || ROLE_CONNECTOR.test(w))) return undefined;
  const index = words.slice(0, first).join(' ').length;
  return { index, length: words.slice(first, last + 1).join(' ').length + 2 };
}
const ROLE_CONNECTOR = /^(?:of|for|the|and|on|de|del|des|du|la|le)$/u;
// What a sportsman or an artist has won, as a role before the name: "Tour de France winner Jonas Vingegaard" (p115).
const ACHIEVEMENT_ROLE = /^(?:winner|champion|runner-up|medallist|medalist|laureate|finalist|nominee|titleholder)$/u;

/** True for a one-word name, no given name, after what kind of company it is or after "the" and a party's wing (`LOWER_WORD_BEFORE`, `PARTY_WING_BEFORE`). */
function isDescribedBody(c: Candidate, name: string, text: string, context: NameContext): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}-]+$/u.test(name) || isAnyGivenName(name, context) || isDemonym(name, context)) return false;
  const before = text.slice(Math.max(0, c.start - 28), c.start);
  return isCompanyKindBefore(before, context) || PARTY_WING_BEFORE.test(before);
}

/** True when `before` ends in the lower-case word of what kind of company a name is ("drugmaker ", "exchange "). */
function isCompanyKindBefore(before: string, context: NameContext): boolean {
  const kind = LOWER_WORD_BEFORE.exec(before)?.[1];
  return kind !== undefined && (context.lexicon.companyNominals.has(kind) || COMPANY_KIND_WORDS.has(kind));
}

// The lower-case word right before a name ("exchange" of "exchange Kraken", "billionaire" of "billionaire Charoen …"), and the
// words that say a name is a company's.
const LOWER_WORD_BEFORE = /(?<![\p{L}-])(\p{Ll}[\p{Ll}-]+) $/u;
const COMPANY_KIND_WORDS = new Set(['exchange', 'platform', 'app', 'broker', 'brokerage', 'giant', 'maker', 'operator', 'broadcaster', 'outlet', 'chain', 'supermarket', 'distributor', 'supplier', 'manufacturer', 'fintech', 'unicorn']);
// "the far-right ", "the centre-left ", "the right-wing ", "the ruling " before a party's name.
const PARTY_WING_BEFORE = /(?<![\p{L}-])the (?:far|hard|extreme|centre|center|radical)-(?:right|left) $|(?<![\p{L}-])the (?:right|left)-wing $|(?<![\p{L}-])the (?:ruling|opposition|populist|nationalist) $/u;
// Lower-case roles only a person holds, before a name.
const PERSON_ROLE_BEFORE = /^(?:billionaire|tycoon|businessman|businesswoman|entrepreneur|philanthropist|actor|actress|singer|rapper|novelist|author|poet|artist|filmmaker|lawmaker|legislator|senator|activist|dissident|journalist|columnist|professor|scientist|researcher|footballer|striker|midfielder|goalkeeper)$/u;
// The first word of a title at a body's end ("Cabinet" of "Cabinet Secretary", "State" of "State president"), and the rest after it.
// ("State" only after a party's letters: "Penn State president" is the university's.)
const TITLE_OPENING_END = /(?<=\S) Cabinet$|(?<=^\p{Lu}{2,5}) State$/u;
const TITLE_AFTER_OPENING = /^ (?:Secretary|[Pp]resident|[Cc]hief|[Uu]nit chief|[Ss]ecretary)\b/u;
// Who speaks for a body, and names it rather than holding its title: "spokesman", "spokeswoman", "spokesperson".
const SPEAKS_FOR = /^spokes(?:man|woman|person|people)$/iu;
// A reporter's place: "Reporting from ", "reports from ".
const REPORTING_FROM = /(?<![\p{L}])(?:[Rr]eporting|[Rr]eports?) from $/u;
// A place's part after a name: " in central Gaza", " in northern Israel" (a person is seldom placed so).
const IN_PART_OF_PLACE = /^,? in (?:the )?(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern) \p{Lu}/u;
// A one-syllable family name and the given name Yuan: "Li Yuan", "Wang Yuan".
const SHORT_FAMILY_AND_YUAN = /^\p{Lu}\p{Ll}{1,4} Yuan$/u;
// A place's unit after its name: "New Taipei City", "Hualien County".
const PLACE_UNIT_END = / (?:City|County|Province|Prefecture|State|District|Township)$/u;
// The honorific of a person right before a name: "Mr. ", "Ms ", "Dr. ".
const HONORIFIC_BEFORE = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme)\.? $/u;
// One to three capitalized words, as a person's name after an honorific is written.
const PERSON_SHAPE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;
// A company's site after a town's name: "Debrecen factory", "Szeged plant".
const SITE_AFTER = /^ (?:factory|factories|plant|plants|refinery|smelter|fab|assembly line)\b/u;

// A lower-case verb inside a model span, between two capitalized words: " included ", " told ", " met ".
// (And a storm's or a force's verbs of moving and striking: "Typhoon Fung-wong" + " approached " + "Taiwan's east coast", p135.)
const INNER_VERB = /(?<=\p{L}) ((?:included|includes|told|tells|met|meets|said|says|beat|beats|joined|joins|visited|visits|thanked|praised|named|called|urged|asked|hosted|welcomed|replaced|succeeded|defeated|signed|accused|sued|hired|appointed|approached|approaches|lashed|lashes|battered|batters|pounded|pounds|struck|strikes|slammed|slams|swept|sweeps|entered|enters|crossed|crosses|invaded|invades|attacked|attacks|shelled|shells)) (?=(\p{Lu}\p{Ll}+))/u;

// A company's word right after a name the model read as a person's, then no capitalized word: " Shipping and".
const COMPANY_WORD_AFTER = /^ (?:Shipping|Shipbuilding|Shipyard|Shipyards|Holdings|Industries|Electronics|Technologies|Group|Airlines|Airways|Marine|Motors|Steel|Semiconductor|Petrochemical|Pharmaceuticals)(?![\p{L}\p{N}]| \p{Lu})/u;
// A yard's name ends like a company's ("Shipbuilding" is one of `COMPANY_WORDS`).
const SHIPYARD_WORDS = /^(?:Shipyard|Shipyards)$/u;

// A name's word after the words the model took: one more family name, up to three words in all ("Hennis-Plasschaert").
const NAME_WORD_AFTER = /^ (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?![\p{L}\p{N}])/u;

// Three words or more (a name's words are its runs of non-space).
const THREE_WORDS = /\S\s+\S+\s+\S/u;

/**
 * The person at the end of a model span that opens with an institution or a place (`nameType` or a head word, a
 * known place): a known given name, then one or two more capitalized words (the span's or the next ones), none a
 * title, head word or place. The words before the title stack, if any, stay an organization or place of their own.
 */
function trailingPerson(cut: Candidate, text: string, context: NameContext): { before?: Candidate; person: Candidate } | undefined {
  const name = text.slice(cut.start, cut.end);
  // Most names have fewer than three words: no list of them to build.
  if (!THREE_WORDS.test(name)) return undefined;
  const words = [...name.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: cut.start + m.index }));
  if (words.length < 3) return undefined;
  const nameLike = (word: string) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(word) && !isTitle(word, context.lexicon) &&
    !context.lexicon.organizationHeads.has(word) && !isKnownPlace(word, context);
  for (let i = 1; i < words.length; i++) {
    // A given name may be a town's too ("Lindsay", Ontario).
    const given = words[i]!.text;
    if (!/^\p{Lu}[\p{Ll}'’]+$/u.test(given) || isTitle(given, context.lexicon) || !isGivenName(given, context)) continue;
    // Two words at least before the person: not "San" + "Francisco Giants", "St." + "Mary Abbot", "Dell" + "Eugene Keehn".
    if (i < 2) return undefined;
    const prefix = text.slice(cut.start, words[i - 1]!.start + words[i - 1]!.text.length);
    const last = words[i - 1]!.text;
    const trained = context.model ? phraseLists(context.model.lexicon.gazetteer, prefix) : [];
    const institution = words.slice(0, i).some((w) => context.lexicon.organizationHeads.has(w.text)) || isKnownPlace(prefix, context) || isKnownPlace(last, context) ||
      nameType(prefix, context) !== undefined || trained.includes('train-ORG') || trained.includes('train-LOC');
    if (!institution || isGivenName(last, context)) return undefined;
    let end = cut.end;
    let count = words.length - i;
    for (let after = NAME_WORD_AFTER.exec(text.slice(end, end + 40)); after && count < 3 && nameLike(after[1]!); after = NAME_WORD_AFTER.exec(text.slice(end, end + 40))) {
      end += after[0].length;
      count++;
    }
    if (count < 2 || count > 3 || !words.slice(i + 1).every((w) => nameLike(w.text))) return undefined;
    // A team is named after its town and a plural ("Francisco Giants" of San Francisco).
    if (/s$/u.test(text.slice(cut.start, end)) && isVocabularyWord(text.slice(cut.start, end).split(' ').pop()!.toLowerCase())) return undefined;
    const person: Candidate = changed(cut, { start: words[i]!.start, end, type: 'person' });
    // Not a company named after people ("Merrill Lynch"): a name the lists know as anything but a person's.
    const personLists = context.model ? phraseLists(context.model.lexicon.gazetteer, text.slice(person.start, person.end)) : [];
    if (nameType(text.slice(person.start, person.end), context) !== undefined || personLists.some((list) => list !== 'train-PER' && list !== 'person')) return undefined;
    // The institution or place after the last title ("for Lebanon"), or the whole prefix when it has none.
    const titled = words.slice(0, i).findLastIndex((w) => /^\p{Lu}/u.test(w.text) && (isTitle(w.text, context.lexicon) || isRoleWord(w.text, context.lexicon)) && !context.lexicon.organizationHeads.has(w.text));
    const from = words.slice(titled + 1, i).findIndex((w) => /^\p{Lu}/u.test(w.text));
    if (from < 0) return { person };
    const start = words[titled + 1 + from]!.start;
    const type = isKnownPlace(text.slice(start, person.start - 1), context) ? 'place' : nameType(text.slice(start, person.start - 1), context) ?? 'organization';
    return { before: changed(cut, { start, end: person.start - 1, type }), person };
  }
  return undefined;
}
/**
 * Returns a finder's candidate as a name alone: cut at a bracket, without a possessive or a
 * currency sign ("NT$"), split at an inner possessive ("Legislative Yuan’s Finance Committee"),
 * a hyphenated compound of places split ("US-Taiwan"), titles and affiliations split off a person
 * ("NDC Minister Paul Liu"), typed by its head word when it has one ("Fourth Nuclear Power Plant" is a place).
 */
function refineName(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  // Steps of a few dozen lines each, not one function: TurboFan's time to compile a function grows faster than
  // its length, and the one function had taken it 1.5-2 s (`--turbo-stats`), while the rules ran unoptimized.
  let refined: Candidate | Candidate[] = candidate;
  // An award is a thing, whoever it is named after: "Miguel de Cervantes Prize" (p96: a person).
  if (candidate.method === 'model' && candidate.type !== 'other' && AWARD_END.test(text.slice(candidate.start, candidate.end))) refined = changed(candidate, { type: 'other' });
  for (const step of REFINE_STEPS) {
    refined = step(refined, text, context);
    if (Array.isArray(refined)) return refined;
  }
  return splitRefined(refined, text, context);
}

/** False when the character before `end` is none, or ASCII and no letter or digit: no Latin word runs into `end` (what `glued` needs). */
function mayEndLatinWord(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (!(code >= 0)) return false;
  return code >= 0x80 || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// The rest of an amount after its first digits: "N12" + ".4bn", "R5" + " billion".
const AMOUNT_AFTER = /^(?:\.\d+)? ?(?:bn|billion|mn|million|m|tn|trillion|k|crore|lakh)(?![\p{L}\p{N}])/u;

/** `refineName`'s first step: the span cut at a currency, a bracket or quotation marks (or no name at all). */
function cutAtBracket(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  // A currency's letters ("US$", "NT$") are no name; a name the model ran into them ends before them
  // ("Cathay Life Insurance NT$10 million").
  const currency = text[candidate.end] === '$' ? / \p{Lu}{1,3}$/u.exec(text.slice(candidate.start, candidate.end)) : null;
  if (currency) candidate = changed(candidate, { end: candidate.end - currency[0].length });
  // Members of a party or a parliament are no part of its name: "Labour MPs" is Labour, "Conservative MEPs" Conservative.
  const members = / (?:MPs|MEPs|MSPs|MLAs|MKs|TDs)$/u.exec(text.slice(candidate.start, candidate.end));
  if (members && candidate.end - members[0].length > candidate.start) candidate = changed(candidate, { end: candidate.end - members[0].length });
  const name = text.slice(candidate.start, candidate.end);
  // A word of speech ("Mm.", "Uh") is no name.
  if (text[candidate.end] === '$' || context.lexicon.interjections.has(name)) return [];
  // A currency's letter run into its amount is no name either: "N12" of "N12.4bn" (naira), "R5" of "R5 billion" (p128: places).
  if (/^\p{Lu}{1,3}\d[\d,]*$/u.test(name) && AMOUNT_AFTER.test(text.slice(candidate.end, candidate.end + 12))) return [];
  // A quantity's compound before a name is no part of it: "145-MW" + " Cirata", "660-megawatt" (p130: a place "145-MW Cirata").
  const quantity = candidate.method === 'model' ? /^\d[\d.,]*-\p{L}+ (?=\p{Lu})/u.exec(name) : null;
  if (quantity) return refineName(changed(candidate, { start: candidate.start + quantity[0].length }), text, context);
  // A cricket Test is a match, no name ("attended the Test in Brisbane": a place).
  if (name === 'Test' || name === 'Tests') return [];
  // And a venue's Test is the match at the venue: "the Gabba Test", "a record for a Gabba Test" (p134: a place "Gabba Test"); the
  // venue is the place.
  if (candidate.type === 'place' && /^\S+ Test$/u.test(name)) {
    return refineName(changed(candidate, { end: candidate.end - 5 }), text, context);
  }
  // A month's abbreviation ("Nov. 29") is a date.
  // (With its full stop too, where the model took it along: "Nov." of "… Hospital between Nov. 14", p128.)
  if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/u.test(name) && (name.endsWith('.') || text[candidate.end] === '.')) return [];
  if (candidate.kind !== 'name') return isTermAcronym(name, context) ? [] : [candidate];
  // (Nor a law's bracketed qualifier: "Money Laundering (Prevention and Prohibition) Act 2022", `findListedLaws`.)
  if (candidate.method === 'rule:nicknamed-person' || candidate.method === 'rule:bracketed-company' || (candidate.method === 'rule:law-name' && name.includes('('))) return [candidate];
  // A span starts at a word's start: the tokenizer cut "3M" into "3" and "M", and the model took "M Company".
  if (candidate.method === 'model') {
    // Latin letters and digits only: Han text has no spaces between words ("211th Battalion" had lost its "2").
    const glued = /^[\p{Script=Latin}\p{Nd}]/u.test(text[candidate.start] ?? '') && mayEndLatinWord(text, candidate.start) ? /[\p{Script=Latin}\p{Nd}]{1,12}$/u.exec(text.slice(Math.max(0, candidate.start - 12), candidate.start)) : null;
    if (glued && !/[\p{L}\p{N}]/u.test(text[candidate.start - glued[0].length - 1] ?? ' ')) {
      return refineName(changed(candidate, { start: candidate.start - glued[0].length }), text, context);
    }
  }
  // Quotation marks are outside a name ("the \"Strait Thunder-2025A\" drills", news rule 10), and so is the sign of a hashtag or a handle ("#Taiwan", "@OpenAI"),
  // and a slash between two names ("PKK/YPG").
  // Nor is punctuation a name never opens with: the model's ", Eswatini" (a token the tokenizer glued to its comma).
  // And no emoji, nor the joiners and variation selectors that build them, nor the mark of a character lost (p106: "Elon Musk 🚀").
  // (Nor a stray angle bracket or a comment's dashes of markup around it: "Emmanuel Macron <", "Kamala Harris -->", p117.)
  const unquoted = name.replace(/^["“”«»#＃@＠/\s,;:<>\p{Extended_Pictographic}\u200d\ufe0f\ufffd]+/u, '').replace(/(?:["“”«»/\s,;:<>\p{Extended_Pictographic}\u200d\ufe0f\ufffd]|\s-+(?=[\s>]|$))+$/u, '');
  if (unquoted.length < name.length) {
    if (unquoted.length === 0) return [];
    const start = candidate.start + name.indexOf(unquoted);
    return refineName(changed(candidate, { start, end: start + unquoted.length }), text, context);
  }
  // A colon between words parts two names (a work's title aside: "Star Wars: The Last Jedi"): a translated dateline's
  // "Xinhua News Agency Beijing December 7th electric: The State Council" (p109: one organization).
  // (A colon written after its word, as prose writes it; a tokenized text's " : " may sit inside a work's title.)
  const colon = candidate.method === 'model' && candidate.type !== 'other' ? name.search(/[\p{L}\p{N}]: /u) + 1 : 0;
  if (colon > 0) {
    return [...refineName(changed(candidate, { end: candidate.start + colon }), text, context), ...refineName(changed(candidate, { start: candidate.start + colon + 2 }), text, context)];
  }
  // A quotation opened after a person's name is no part of it: 'Rogelio de la Paz "sufficiently alleges"'.
  const quoted = candidate.type === 'person' ? / ["“]\p{Ll}/u.exec(name) : null;
  if (quoted) return refineName(changed(candidate, { end: candidate.start + quoted.index }), text, context);
  const bracket = name.search(/[()（）[\]{}]/u);
  if (bracket === 0) return [];
  let cut = bracket > 0 ? changed(candidate, { end: candidate.start + name.slice(0, bracket).trimEnd().length }) : candidate;
  // A name with a head word after the bracket is a second name: "Taiwan Power Co’s (Taipower) Hsinta Power Plant".
  const after = bracket > 0 ? AFTER_BRACKET.exec(name.slice(bracket)) : null;
  if (after && isHeadWord(after[1]!.slice(after[1]!.lastIndexOf(' ') + 1), context.lexicon)) {
    const start = candidate.end - after[1]!.length;
    return [...refineName(cut, text, context), ...refineName(changed(candidate, { start }), text, context)];
  }
  return cut;
}

// A company's whole name, by an "&" between its last two words or by its legal form, then "and" and a capitalized name.
const COMPANY_AND_NAME = /^(.*?(?:\p{L} & \p{Lu}[\p{L}'’-]*|\p{L} (?:Ltd|Plc|PLC|Inc|Corp|Co|LLC|AG|SA|NV|SE|GmbH)\.?)) and (\p{Lu}.*)$/u;

// An institution's head and "of" right before a name: "Ministry of ", "Department of the ".
const INSTITUTION_OF_BEFORE = /(?<![\p{L}\p{N}]|\p{Lu}[\p{L}.'’-]* )(?:Ministry|Department|Bureau|Secretariat|Commission) (?:of|for) (?:the )?$/u;
// A compound's end that makes the name before it what governs: "Labour-run", "Tory-led", "DPP-controlled".
const GOVERNING_AFTER = /^-(?:run|led|controlled|dominated|ruled)(?![\p{L}])/u;

/** A model span over two names split at what joins them: a sentence boundary or a joining word (for "and" and lists, `splitAtAnd`). */
function splitJoinedNames(cut: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  // Names joined by slashes are each a name: "BBC/Reuters/AFP/AP", "AIT/TECRO" (p98: one organization each). Each keeps the
  // type a list gives it, else the span's.
  if (cut.method === 'model' && text.indexOf('/', cut.start) < cut.end && SLASHED_NAMES.test(text.slice(cut.start, cut.end))) {
    let at = cut.start;
    return text.slice(cut.start, cut.end).split('/').map((part) => {
      const start = at;
      at += part.length + 1;
      const type = context.lexicon.acronyms.get(part) ?? context.lexicon.knownNames.get(part) ?? (isKnownPlace(part, context) ? 'place' : nameType(part, context)) ?? cut.type;
      return changed(cut, { start, end: start + part.length, type });
    });
  }
  // A model span over a sentence boundary ("World War I. The U.S.A.") is two names.
  const boundary = cut.method === 'model' ? SENTENCE_INSIDE.exec(text.slice(cut.start, cut.end)) : null;
  if (boundary) {
    const end = cut.start + boundary.index + 1;
    let next = cut.start + boundary.index + boundary[0].length;
    if (text.startsWith('The ', next) && !text.startsWith('The Hague', next)) next += 4;
    const stop = /\.\p{L}\.$/u.test(text.slice(cut.start, end)) || ABBREVIATED.test(text.slice(cut.start, end)) ? 0 : 1;
    return [changed(cut, { end: end - stop }), changed(cut, { start: next })]
      .filter((c) => c.end > c.start).flatMap((c) => refineName(c, text, context));
  }
  // A word no name holds inside joins two names: "Government House that Thailand", "Central Cross-Island
  // Highway near Lishan"; so do "at" and "in" after a place head ("Green Line at Taichung City Hall Station"; "Yale in China" is a name).
  const joint = cut.method === 'model' ? JOINED_NAMES.exec(text.slice(cut.start, cut.end)) : null;
  const placeJoint = joint ?? (cut.method === 'model' ? JOINED_PLACES.exec(text.slice(cut.start, cut.end)) : null);
  const jointBefore = placeJoint ? text.slice(cut.start, cut.start + placeJoint.index) : '';
  const jointHead = jointBefore.slice(jointBefore.lastIndexOf(' ') + 1);
  // (The place up to a lower-case word the model ran on into: "ATP Finals in Turin on Sunday", p128.)
  const heldIn = () => /^\p{Lu}\S*(?: \p{Lu}\S*)*/u.exec(text.slice(cut.start + placeJoint!.index + placeJoint![0].length, cut.end))?.[0] ?? '';
  if (placeJoint && (joint || context.lexicon.placeHeads.has(jointHead) || (EVENT_HEAD.test(jointHead) && isKnownPlace(heldIn(), context)))) {
    // A known place or a name a place head ends is a place ("Thailand" after "Government House that", "Green Line").
    return [changed(cut, { end: cut.start + placeJoint.index }), changed(cut, { start: cut.start + placeJoint.index + placeJoint[0].length })]
      .filter((c) => c.end > c.start)
      .map((c) => (isPlaceName(text.slice(c.start, c.end), context) ? changed(c, { type: 'place' as const }) : c))
      .flatMap((c) => refineName(c, text, context));
  }
  return cut;
}

// The last word of a historical event's name.
const HISTORIC_EVENT_END = / (?:Incident|Massacre|Uprising|Rebellion|Revolution|Affair|Scandal|Crisis)$/u;

// A sport's name, as a governing body's last word after its country.
const SPORT_WORD = new RegExp(`^(?:${SPORT_NAMES})$`, 'u');

// The head of an administrative division, last in its name.
const DIVISION_END = / (?:Parish|Prefecture|Oblast|Governorate|Province|Township)$/u;

// A division's name, then two or three words of a name: "Cebu Province Pam Baricuatro".
const DIVISION_THEN_NAME = /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? (?:State|Province|Prefecture|Oblast|Governorate|Parish)) (\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

// An adjective, a lower-case kind of body and the body's name: "Peronist coalition Fuerza Patria", "Islamist group Hayat Tahrir".
const DESCRIBED_BODY = /^(\p{Lu}\p{Ll}+) (?:coalition|party|alliance|bloc|movement|front|group|faction|militia) (?=\p{Lu})/u;

// A list's item and its comma right before a name: "BYD, " of "BYD, SAIC Motor and Geely".
const LIST_ITEM_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.'’&-]*, $/u;
// Two names of up to four capitalized words joined by "and".
const LIST_END_PAIR = /^(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3}) and (\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})$/u;
// What opens a list of names right before it: "such as", "including", "like".
const LIST_OPENS_BEFORE = /(?:^|[\s,(])(?:such as|including|like) $/u;

/**
 * `refineName`'s step after `splitJoinedNames`: a model span over two names joined by "and", or over a list of places.
 * A step of its own for the reason `splitAtContextWords` gives (`splitJoinedNames` had been compiled five times).
 */
function splitAtAnd(cut: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  // A party's or a bloc's adjective and kind before its name are no part of it: "Peronist coalition Fuerza Patria" (p131: one
  // organization); the adjective is a thing of its own ("Peronist"), the name the body.
  const described = cut.method === 'model' ? DESCRIBED_BODY.exec(text.slice(cut.start, cut.end)) : null;
  if (described) {
    const rest = cut.start + described[0].length;
    return [changed(cut, { end: cut.start + described[1]!.length, type: 'other' }), ...refineName(changed(cut, { start: rest, type: 'organization' }), text, context)];
  }
  // A known name after "and" is a name of its own: "Ministry of Defense and Lockheed Martin" (the model's one span).
  // A country after the last "and" of a longer name is a place of its own ("US Centers for Disease Control and
  // Prevention and Japan"), unless the words before it end in a place too ("Bank of Trinidad and Tobago").
  const andKnown = cut.method === 'model' ? / and (?=(\p{Lu}.*)$)/u.exec(text.slice(cut.start, cut.end)) : null;
  if (andKnown && context.lexicon.knownNames.has(andKnown[1]!)) {
    const second = cut.start + andKnown.index + 5;
    return [...refineName(changed(cut, { end: cut.start + andKnown.index }), text, context), changed(cut, { start: second, type: context.lexicon.knownNames.get(andKnown[1]!)! })];
  }
  const lastAnd = andKnown && cut.type === 'organization' ? text.slice(cut.start, cut.end).lastIndexOf(' and ') : -1;
  const lastBefore = lastAnd > 0 ? text.slice(cut.start, cut.start + lastAnd).split(' ') : [];
  if (lastBefore.length >= 3 && isCountry(text.slice(cut.start + lastAnd + 5, cut.end), context) && !isKnownPlace(lastBefore[lastBefore.length - 1]!, context)) {
    return [...refineName(changed(cut, { end: cut.start + lastAnd }), text, context), changed(cut, { start: cut.start + lastAnd + 5, type: 'place' })];
  }
  // Two companies joined by "and": the first whole by its "&" or its legal form ("Johnson & Johnson and Bank of America
  // Corp.", "Apple Inc. and Alphabet"), the model's one span.
  const companies = cut.method === 'model' && cut.type === 'organization' ? COMPANY_AND_NAME.exec(text.slice(cut.start, cut.end)) : null;
  if (companies) {
    return [...refineName(changed(cut, { end: cut.start + companies[1]!.length }), text, context), ...refineName(changed(cut, { start: cut.end - companies[2]!.length }), text, context)];
  }
  // Two bodies that end a list after its comma: "BYD, SAIC Motor and Geely will sell" (p134: one organization "SAIC Motor and Geely");
  // not a name the lists know whole ("Trinidad and Tobago", "Marks and Spencer").
  const ending = cut.method === 'model' && cut.type === 'organization' && LIST_ITEM_BEFORE.test(text.slice(Math.max(0, cut.start - 40), cut.start))
    ? LIST_END_PAIR.exec(text.slice(cut.start, cut.end)) : null;
  // (Two places are the places' rule's below: "Taipei, New Taipei City and Taichung".)
  if (ending && nameType(ending[0], context) === undefined && !context.lexicon.knownNames.has(ending[0]) && !isKnownPlace(ending[0], context) &&
    !isKnownPlace(ending[2]!, context)) {
    return [...refineName(changed(cut, { end: cut.start + ending[1]!.length }), text, context), ...refineName(changed(cut, { start: cut.end - ending[2]!.length }), text, context)];
  }
  // Two organizations joined by "and": the first ends in an organization's head word and is all capitalized
  // words, the second is two capitalized words or more that do not open with one ("Vision Fund and Tiger Global
  // Management"; not "Ministry of Economy and Finance", "Bill and Melinda Gates Foundation", "Bank and Trust Company").
  // So are a facility and a facility or an institution, each ending in its head word: "Taipei Veterans General Hospital
  // and Cathay General Hospital", "… Hospital and Chulalongkorn University"; not "Triborough Bridge and Tunnel Authority".
  const pair = cut.method === 'model' && (cut.type === 'organization' || cut.type === 'place') ? /^((?:\p{Lu}[\p{L}.'’&-]* ){1,4}(\p{Lu}\p{Ll}+)) and ((\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{L}.'’&-]*){1,4})$/u.exec(text.slice(cut.start, cut.end)) : null;
  const secondHead = pair === null ? '' : pair[3]!.slice(pair[3]!.lastIndexOf(' ') + 1);
  const facilities = pair !== null && context.lexicon.facilityHeads.has(pair[2]!) && (context.lexicon.facilityHeads.has(secondHead) || context.lexicon.organizationHeads.has(secondHead)) &&
    !context.lexicon.facilityHeads.has(pair[4]!);
  // And two names of two words or more after a list's opening: "firms such as Skyroot Aerospace and Agnikul Cosmos" (p128: one
  // organization).
  const listed = pair !== null && cut.type === 'organization' && LIST_OPENS_BEFORE.test(text.slice(Math.max(0, cut.start - 12), cut.start));
  if (pair && (facilities || listed || (cut.type === 'organization' && context.lexicon.organizationHeads.has(pair[2]!))) && !isHeadWord(pair[4]!, context.lexicon)) {
    return [...refineName(changed(cut, { end: cut.start + pair[1]!.length }), text, context), ...refineName(changed(cut, { start: cut.end - pair[3]!.length }), text, context)];
  }
  // Two known places joined by "and" are two places: "Taipei, New Taipei City and Taichung" (p127: an organization "New Taipei
  // City and Taichung"); not a place's name with "and" in it ("Trinidad and Tobago", "Bosnia and Herzegovina").
  const andAt = cut.method === 'model' ? text.slice(cut.start, cut.end).indexOf(' and ') : -1;
  if (andAt > 0 && !isKnownPlace(text.slice(cut.start, cut.end), context)) {
    const first = text.slice(cut.start, cut.start + andAt);
    const second = text.slice(cut.start + andAt + 5, cut.end);
    const known = (name: string) => isKnownPlace(name, context) || (PLACE_UNIT_END.test(name) && isKnownPlace(name.replace(PLACE_UNIT_END, ''), context));
    // (Or two divisions by their heads: "Jefferson Parish and Aichi Prefecture".)
    const divisions = DIVISION_END.test(first) && DIVISION_END.test(second) && !/ .* /u.test(first) && !/ .* /u.test(second);
    // (Or two a compass word opens: "Central Tapanuli and South Tapanuli", p138.)
    const compass = COMPASS_PLACE.test(first) && COMPASS_PLACE.test(second);
    if (!first.includes(' and ') && !second.includes(' and ') && (divisions || compass || (known(first) && known(second)))) {
      return [changed(cut, { end: cut.start + andAt, type: 'place' }), changed(cut, { start: cut.start + andAt + 5, type: 'place' })];
    }
  }
  // A list of known places is as many places: "the United States, Saudi Arabia" (not "Citizen of the Earth, Taiwan").
  if (cut.method === 'model' && text.slice(cut.start, cut.end).includes(', ')) {
    const parts = text.slice(cut.start, cut.end).split(', ');
    if (parts.every((p) => isKnownPlace(p.replace(/^the /u, ''), context))) {
      let at = cut.start;
      return parts.flatMap((p) => {
        const from = at;
        at += p.length + 2;
        return refineName(changed(cut, { start: from + (p.startsWith('the ') ? 4 : 0), end: from + p.length, type: 'place' }), text, context);
      });
    }
  }
  return cut;
}

/** A span trimmed of what no name holds at its ends, or split at a company's market, a product code or a party member. */
function trimSpanEnds(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  // "No." before a number is no part of a name: "the Taiwan-Penghu No. 3 cable" is Taiwan and Penghu.
  const numberWord = cut.method === 'model' ? / No\.?$/u.exec(text.slice(cut.start, cut.end)) : null;
  if (numberWord && /^\.? ?\d/u.test(text.slice(cut.end, cut.end + 3))) cut = changed(cut, { end: cut.end - numberWord[0].length });
  if (cut.method === 'model') {
    const trimmed = withoutTrailingDate(withoutTrailingLowercase(withoutSentenceStop(cut, text), text), text);
    // An institution's adjective before its lower-case noun is a nominal's ("Central bank holds rates").
    if (trimmed.end < cut.end && INSTITUTION_ADJECTIVE.test(text.slice(trimmed.start, trimmed.end))) return [];
    cut = trimmed;
    // The pronoun after a place opens a clause: "In Kumamoto I earn more".
    // (A person's or a war's I is a numeral: "Elizabeth I born", "World War I and".)
    if ((cut.type === 'place' || cut.type === 'organization') && / I$/u.test(text.slice(cut.start, cut.end)) && /^ \p{Ll}/u.test(text.slice(cut.end, cut.end + 2))) cut = changed(cut, { end: cut.end - 2 });
    // Nor a Chinese or Japanese title bracket: "「United Daily News」" (p101).
    const bracketOpen = /^[「『《〈【〔]+/u.exec(text.slice(cut.start, cut.end));
    if (bracketOpen && bracketOpen[0].length < cut.end - cut.start) cut = changed(cut, { start: cut.start + bracketOpen[0].length });
    const bracketClose = /[」』》〉】〕]+$/u.exec(text.slice(cut.start, cut.end));
    if (bracketClose && bracketClose.index > 0) cut = changed(cut, { end: cut.start + bracketClose.index });
    // Nor does a currency's sign end one: "fined Meta Platforms A$49.5 million" (p141: "Meta" alone was left).
    const currency = / (?:[A-Z]{1,3})?\$$/u.exec(text.slice(cut.start, cut.end));
    if (currency && currency.index > 0) cut = changed(cut, { end: cut.start + currency.index });
    // A tournament's group or pool is no name: "Men's singles, Group B: Chou Tien-chen" (p141: an organization).
    if (/^(?:Group|Pool) [A-P]$/u.test(text.slice(cut.start, cut.end))) return [];
    // Nor is a number a person's: "Caio Lucas 108" is the scorer and his minute (p141).
    const minute = cut.type === 'person' ? /(?<=\p{Ll}) \d{1,3}$/u.exec(text.slice(cut.start, cut.end)) : null;
    if (minute && minute.index > 0) cut = changed(cut, { end: cut.start + minute.index });
    // Nor with "ex-" or "then-": "Ex-Foxconn engineer detained …" is Foxconn (p139: an organization "Ex-Foxconn").
    const former = /^(?:Ex|ex|Then|then)-(?=\p{Lu})/u.exec(text.slice(cut.start, cut.end));
    if (former) cut = changed(cut, { start: cut.start + former[0].length });
    // Nor opens with a dash: "10:42 GMT – Russian drones …" (p98: "– Russian").
    const dash = /^[–—-]\s+/u.exec(text.slice(cut.start, cut.end));
    if (dash) cut = changed(cut, { start: cut.start + dash[0].length });
    // No name ends in an article: a Title Case headline run into its story ("… Battery Life The company said", p98).
    // ("A" and "An" may be a name's: "Serie A", "Dong-A", Chien An.)
    const article = / The$/u.exec(text.slice(cut.start, cut.end));
    if (article && /^ \p{Ll}/u.test(text.slice(cut.end, cut.end + 2))) cut = changed(cut, { end: cut.end - article[0].length });
    // A barrister's or an honour's letters after a person's name are no part of it: "Jose-Antonio Maurellet SC" (p104), "Jane Doe KC".
    const letters = cut.type === 'person' ? POST_NOMINAL.exec(text.slice(cut.start, cut.end)) : null;
    if (letters && letters.index > 0 && text.slice(cut.start, cut.start + letters.index).includes(' ')) cut = changed(cut, { end: cut.start + letters.index });
    // Nor in an emoji the trimmed words left at its end: "Cristiano Ronaldo ⚽" of "… ⚽ scored" (p106).
    const emoji = TRAILING_EMOJI.exec(text.slice(cut.start, cut.end));
    if (emoji && emoji.index > 0) cut = changed(cut, { end: cut.start + emoji.index });
  }
  // A company's legal form the model read alone is the end of the company's name: "ASML Holding NV".
  if (cut.method === 'model' && cut.type === 'organization' && LEGAL_FORM.test(text.slice(cut.start, cut.end))) {
    const before = COMPANY_WORDS_BEFORE.exec(text.slice(Math.max(0, cut.start - 60), cut.start));
    if (before) cut = changed(cut, { start: cut.start - before[1]!.length - 1 });
  }
  if (text.slice(cut.start, cut.end) === 'I') return [];
  return cut;
}

/**
 * `refineName`'s step after `trimSpanEnds`: a span that is no name (a place's head word after a bracket, a portfolio's
 * word, a level of government, a credit rating), or a name with a market, a model's code or a party's member after
 * it. A step of its own for the reason `splitAtContextWords` gives (`trimSpanEnds` had been compiled seven times).
 */
function dropOrSplitSpan(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  // A place's head word alone after a Han name's bracket is that place's, no name of its own: "Huwei (虎尾) Township".
  if (text[cut.start - 1] === ' ' && (text[cut.start - 2] === ')' || text[cut.start - 2] === '）') && context.lexicon.placeHeads.has(text.slice(cut.start, cut.end))) return [];
  // A word of a title's portfolio list is no name: "Executive Vice President for Clean, Just and Competitive Transition".
  if (cut.type !== 'person' && (isInPortfolioList(cut, text, context) || isInPortfolioBeforeTitle(cut, text, context))) return [];
  if (cut.method === 'model' && cut.type === 'organization' && TITLE_FOR.test(text.slice(cut.start, cut.end))) {
    // Or the person after it: "President for Clean, Just and Competitive Transition Teresa Ribera".
    const person = fromGivenName(changed(cut, { type: 'person' }), text, context);
    if (person.start === cut.start) return [];
    cut = person;
  }
  // A disease or a law named after its finder is no mention of them: "Parkinson's disease", "Kawasaki disease", "Moore's law" (p96; OntoNotes
  // does not tag them either).
  if (EPONYM_AFTER.test(text.slice(cut.end, cut.end + 16)) && !text.slice(cut.start, cut.end).includes(' ')) return [];
  // A particle alone is no person: "La" opening a book's title ("La casa de los relojes", p96).
  if (cut.type === 'person' && LONE_PARTICLE.test(text.slice(cut.start, cut.end))) return [];
  // India's "the State government", "the Union government's approval": the level of government, no name.
  if (/^(?:State|Union)$/u.test(text.slice(cut.start, cut.end)) && /^ government\b/u.test(text.slice(cut.end, cut.end + 12)) && /\bthe $/iu.test(text.slice(Math.max(0, cut.start - 4), cut.start))) return [];
  // A credit rating is no name: "cut it to "CCC+"", "BBB-".
  // (At most five characters, "AAA+.", so a longer span is no rating: tested first, it spares most candidates the concatenation.)
  if (cut.end - cut.start <= 5 && /^(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]\.?$/u.test(text.slice(cut.start, cut.end) + (/[+-]/u.test(text[cut.end] ?? '') ? text[cut.end] : ''))) return [];
  // A company's market after its name is a place of its own: "Mitsubishi Motors for Australia and New Zealand"
  // (the company as it stands, since a name extended right would take the market back).
  // (" for " looked for first: the pattern's look-behind is tried at every character of every organization's name.)
  const marketName = cut.method === 'model' && cut.type === 'organization' ? text.slice(cut.start, cut.end) : '';
  const market = marketName.includes(' for ') ? MARKET_AFTER.exec(marketName) : null;
  if (market && market.index > 0) {
    const places = market[2]!.split(/, (?:and )?| and /u);
    if (places.every((p) => isKnownPlace(p, context))) {
      let at = cut.start + market.index + market[0].length - market[2]!.length;
      const parts = places.map((p) => {
        const start = text.indexOf(p, at);
        at = start + p.length;
        return changed(cut, { start, end: at, type: 'place' as const });
      });
      return [changed(cut, { end: cut.start + market.index }), ...parts];
    }
  }
  const code = cut.method === 'model' && cut.type !== 'other' ? / (\p{Lu}{1,3}\d{2,4}[A-Z]?)$/u.exec(text.slice(cut.start, cut.end)) : null;
  if (code) {
    const maker = text.slice(cut.start, cut.start + code.index);
    const type = nameType(maker, context) ?? 'organization';
    return [...refineName(changed(cut, { end: cut.start + code.index, type }), text, context), changed(cut, { start: cut.end - code[1]!.length, type: 'other' })];
  }
  // A party's member after the place they represent: "a South Dakota Republican".
  const member = cut.method === 'model' && cut.type !== 'person' ? / (Republican|Democrat)$/u.exec(text.slice(cut.start, cut.end)) : null;
  if (member && isKnownPlace(text.slice(cut.start, cut.start + member.index), context)) {
    return [changed(cut, { end: cut.start + member.index, type: 'place' }), changed(cut, { start: cut.end - member[1]!.length, type: 'other' })];
  }
  return cut;
}

// European particles that are no family name on their own (not "Do", "Du", "Van": Vietnamese and Chinese names, a given name).
const LONE_PARTICLE = /^(?:De|La|Del|Della|Da|Dos|Das|Der|Den|Ter)$/u;

/**
 * `refineName`'s step before `trimLeadingWords`: a span split at an inner verb or before a person it ran into, or
 * widened over an ordinal, a team's plural or a company's word. Two steps, not one: TurboFan compiles a step again
 * whenever an article first takes one of its rare branches ("insufficient type feedback"), and the one function had
 * been compiled eight times over the bench corpus at ≈ 0.1 s of the compiler's time each.
 */
function splitAtContextWords(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  // A name never runs across a lower-case verb: "Ritz-Carlton Jeddah" + " included " + "Will Smith" are two names.
  const verb = cut.method === 'model' ? INNER_VERB.exec(text.slice(cut.start, cut.end)) : null;
  if (verb) {
    const left: Candidate = changed(cut, { end: cut.start + verb.index });
    const right: Candidate = changed(cut, { start: cut.start + verb.index + verb[0].length });
    const rightType = isAnyGivenName(verb[2]!, context) ? 'person' as const : cut.type;
    return [...refineName(left, text, context), ...refineName(changed(right, { type: rightType }), text, context)];
  }
  // Nor across a lower-case role: its affiliation before it and a person after ("Kestrel Peak" + " co-founder " + "Ravi Shankar
  // Venkataraman" after a quotation, which the model took whole and unsure, p112).
  const role = cut.method === 'model' ? roleInside(text.slice(cut.start, cut.end), context) : undefined;
  if (role !== undefined) {
    const left = text.slice(cut.start, cut.start + role.index);
    const leftType = nameType(left, context) ?? (isKnownPlace(left, context) ? 'place' : cut.type === 'other' ? 'other' : 'organization');
    return [...refineName(changed(cut, { end: cut.start + role.index, type: leftType }), text, context),
      ...refineName(changed(cut, { start: cut.start + role.index + role.length, type: 'person' }), text, context)];
  }
  // Nor across a stop and the quotation opening the next sentence: "Hokkaido Electric Power Co." + ' "' + "Japan must …"
  // (p88: the tokenizer had read "Co." as no sentence's end).
  const quoted = cut.method === 'model' ? STOP_THEN_QUOTE.exec(text.slice(cut.start, cut.end)) : null;
  if (quoted) {
    const left: Candidate = changed(cut, { end: cut.start + quoted.index + 1 });
    const right: Candidate = changed(cut, { start: cut.start + quoted.index + quoted[0].length });
    const rightType = nameType(text.slice(right.start, right.end), context) ?? cut.type;
    return [...refineName(left, text, context), ...refineName(changed(right, { type: rightType }), text, context)];
  }
  // An ordinal opens a place's or an event's name the model cut: "Second" + "Thomas Shoal".
  // (The ordinal is looked for first: the person's last word is split out only when there is one.)
  const ordinalBefore = cut.method === 'model' ? /(?<![\p{L}\p{N}])(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) $/u.exec(text.slice(Math.max(0, cut.start - 8), cut.start)) : null;
  const ordinal = ordinalBefore && (cut.type !== 'person' || context.lexicon.placeHeads.has(text.slice(cut.start, cut.end).split(' ').at(-1)!)) ? ordinalBefore : null;
  if (ordinal && !/[.!?:]\s*$/u.test(text.slice(Math.max(0, cut.start - ordinal[0].length - 3), cut.start - ordinal[0].length)) && cut.start - ordinal[0].length > 0) cut = changed(cut, { start: cut.start - ordinal[0].length });
  // A team's plural after the name the model took: "Fukuoka SoftBank" + " Hawks".
  const team = cut.method === 'model' ? /^ (\p{Lu}\p{Ll}+s)(?![\p{L}\p{N}])/u.exec(text.slice(cut.end, cut.end + 16)) : null;
  if (team && TEAM_NOUNS.has(team[1]!)) cut = changed(cut, { end: cut.end + team[0].length, type: 'organization' });
  // (The model's name read once, and its last word tested once: this runs for every model span.)
  const modelName = cut.method === 'model' && (cut.type === 'person' || cut.type === 'organization') ? text.slice(cut.start, cut.end) : undefined;
  if (modelName !== undefined && TEAM_NOUNS.has(modelName.slice(modelName.lastIndexOf(' ') + 1))) {
    // A name of two words or more that ends in a team's plural is the team: "Rakuten Monkeys", "Yakult Swallows" (p84, p88: people).
    if (cut.type === 'person' && modelName.includes(' ')) cut = changed(cut, { type: 'organization' });
    // So is its city before it: "Tokyo" + "Yakult Swallows" (p88; "Chicago White Sox" the model takes whole).
    if (cut.type === 'organization') {
      const city = TEAM_CITY_BEFORE.exec(text.slice(Math.max(0, cut.start - 32), cut.start));
      if (city && isKnownPlace(city[1]!, context)) cut = changed(cut, { start: cut.start - city[1]!.length - 1 });
    }
  }
  // "<Place>-based" before a name is the place's (news rule 8), never the name's: "Kinmen-based" + "Xin Wu Feng Shipping".
  const based = cut.method === 'model' ? /^\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*)?-based (?=\p{Lu})/u.exec(text.slice(cut.start, cut.end)) : null;
  if (based) cut = changed(cut, { start: cut.start + based[0].length });
  // A name that ends in a company's word, or runs into one, is the company's ("Jong Shyn Shipbuilding", "Xin Wu Feng" + "Shipping").
  if (cut.method === 'model' && cut.type === 'person') {
    const next = COMPANY_WORD_AFTER.exec(text.slice(cut.end, cut.end + 24));
    if (next) cut = changed(cut, { end: cut.end + next[0].length });
    const last = text.slice(cut.start, cut.end).split(' ').at(-1)!;
    if (/\s/u.test(text.slice(cut.start, cut.end)) && (COMPANY_WORDS.test(last) || SHIPYARD_WORDS.test(last)) && last !== '&') cut = changed(cut, { type: 'organization' });
  }
  // A person the model ran into the institution or place before it: "House of Commons" + "Lindsay Hoyle", "Lok Sabha" +
  // "Rahul Gandhi", "Special Coordinator for Lebanon" + "Jeanine Hennis-Plasschaert".
  const trailing = cut.method === 'model' && (cut.type === 'organization' || cut.type === 'person') ? trailingPerson(cut, text, context) : undefined;
  if (trailing) return [...(trailing.before ? refineName(trailing.before, text, context) : []), trailing.person];
  return cut;
}

/** `refineName`'s step after `splitAtContextWords`: storms, operations, and the words and signs that open no name. */
function trimLeadingWords(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  const storm = asStorm(cut, text, context);
  if (storm) return storm.end === storm.start ? [] : [storm];
  // A military or police operation's name is the operation's: "Operation Sindoor" (not after a capitalized word: "Emergency Operation Center").
  if (cut.method === 'model' && text.startsWith('Operation ', cut.start - 10) && OPERATION_BEFORE.test(text.slice(Math.max(0, cut.start - 30), cut.start)) && !context.lexicon.organizationHeads.has(text.slice(cut.start, cut.end).split(' ').at(-1)!)) {
    return [changed(cut, { start: cut.start - 10, type: 'other' })];
  }
  // An interview's "Q." or "A." at a line's start is a label, no initial (p109: people "A. No" and "Q. Why"); no name is left
  // where an answer's first word follows it.
  // (Only in an interview, with a question's "Q." at a line's start: "A. K. Antony" is a name.)
  if (cut.method === 'model' && INTERVIEW_LABEL_START.test(text.slice(cut.start, cut.start + 3)) && (cut.start === 0 || text[cut.start - 1] === '\n') && QUESTION_LINE.test(text)) {
    const rest = text.slice(cut.start + 3, cut.end).replace(/[.,;:!?]+$/u, '');
    if (!/\s/u.test(rest) && (isSentenceWord(rest) || ANSWER_WORD.test(rest))) return [];
    cut = changed(cut, { start: cut.start + 3 });
  }
  if (cut.method === 'model') cut = withoutLeadingNonName(cut, text);
  // An alliance written with a plus after its core's acronym is its own name: "OPEC+" is no OPEC.
  if (cut.method === 'model' && cut.type === 'organization' && text[cut.end] === '+' && /^\p{Lu}{2,6}$/u.test(text.slice(cut.start, cut.end)) && !/[\p{L}\p{N}]/u.test(text[cut.end + 1] ?? '')) cut = changed(cut, { end: cut.end + 1 });
  // The Philippines' abbreviated María before a given name is the name's: "Ma. Theresa Lazaro".
  if (cut.type === 'person' && cut.method === 'model' && /(?:^|[\s(])Ma\. $/u.test(text.slice(Math.max(0, cut.start - 5), cut.start))) cut = changed(cut, { start: cut.start - 4 });
  // A Malaysian honorific opens a person's name only ("Tan Sri Muhyiddin Yassin", which the model read as no person).
  const honorific = cut.method === 'model' ? MALAY_HONORIFIC.exec(text.slice(cut.start, cut.end)) : null;
  if (honorific) cut = changed(cut, { start: cut.start + honorific[0].length, type: 'person' });
  // Lower-case words before a name are not part of it ("in Darfur"), unless they are a name's particles ("de Gaulle", "van Gogh").
  // Numbers among them too: "rose 2.1 percent and" + "Acer".
  const leading = /^(?!(?:de|van|von|der|den|da|di|du|la|le|bin|bint|ibn|al|el|abu)\s)\p{Ll}+\s+(?:(?:\p{Ll}+|\p{N}[\p{N}.,]*%?)\s+)*(?=\p{Lu})/u.exec(text.slice(cut.start, cut.end));
  if (leading) cut = changed(cut, { start: cut.start + leading[0].length });
  // Nor with the possessive of the name before it, a token of its own ("Kaohsiung" + "’s Yong-an District").
  const possessive = /^[’']s\s+(?=\p{Lu})/u.exec(text.slice(cut.start, cut.end));
  if (possessive) cut = changed(cut, { start: cut.start + possessive[0].length });
  // A day of the month is no part of a name: "July 4 Independence Day" is Independence Day.
  const day = /^\d{1,2} (?=\p{Lu})/u.exec(text.slice(cut.start, cut.end));
  if (day) cut = changed(cut, { start: cut.start + day[0].length });
  // A name never starts in lower case: "anti-China" is China, "ex-McKinsey" is McKinsey, "intelligence" is nothing;
  // nor with such a prefix capitalized at a headline's start ("Ex-Philippine president").
  // Arabic articles and particles stay: "al-Ansari", "el-Fasher", "bin-Salman".
  const prefix = /^(?!(?:al|el|ad|ash|as|az|ar|an|at|bin|ibn|abu|bint)-)\p{Ll}+-(?=\p{Lu})/u.exec(text.slice(cut.start, cut.end));
  if (prefix) cut = changed(cut, { start: cut.start + prefix[0].length });
  // The capitalized prefix only before a place or demonym: "Anti-Corruption Act" is a name.
  const capitalPrefix = /^(?:Ex|Anti|Pro|Non|Post|Pre)-(?=(\p{Lu}[\p{L}]+)$)/u.exec(text.slice(cut.start, cut.end));
  if (capitalPrefix && (isKnownPlace(capitalPrefix[1]!, context) || isDemonym(capitalPrefix[1]!, context))) cut = changed(cut, { start: cut.start + capitalPrefix[0].length });
  if (/^\p{Ll}/u.test(text.slice(cut.start, cut.end)) && !/[\p{Lu}\p{Script=Han}]/u.test(text.slice(cut.start, cut.end))) return [];
  // No name holds a semicolon or is only signs: the model's "0; &bogus" or "&" in markup debris.
  if (cut.method === 'model' && (text.slice(cut.start, cut.end).includes(';') || !/[\p{L}\p{N}]/u.test(text.slice(cut.start, cut.end)))) return [];
  if (text[cut.end] === '$' || text[cut.end - 1] === '$' || isGenericInstitution(cut, text, context)) return [];
  // (A side before its manager is a name, adjective-shaped or not: "Arsenal manager Mikel Arteta".)
  if (cut.type !== 'person' && cut.method !== 'rule:team-role' && isInsideTitle(cut, text, context)) return [];
  if (isTermAcronym(text.slice(cut.start, cut.end), context)) return [];
  return cut;
}

/** A span extended over the words a name goes on with (particles, a possessive name, a road's number, a year). */
function extendName(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  cut = withRoadNumber(withPossessiveName(extendRight(extendLeft(cut, text, context), text, context), text, context), text);
  // A name that goes on after a lower-case particle: "Foz" + " do Iguaçu", "Bangko Sentral" + " ng Pilipinas"
  // (a person's particles are extendRight's; "ng" is Filipino's "of", no person's).
  const particle = cut.method === 'model' ? PARTICLE_NAME_AFTER.exec(text.slice(cut.end, cut.end + 48)) : null;
  // (Spanish "de la", "de los", "de las" into a body's name only, which no given name opens: "Banco Central de la República
  // Argentina", p134; not "María Guadalupe Ortiz" + " de la Fuente", a person the model typed a body.)
  const longParticle = particle !== null && particle[1]!.includes(' ') && (cut.type !== 'organization' || isAnyGivenName(text.slice(cut.start, cut.end).split(' ')[0]!, context));
  if (particle && !longParticle && (cut.type !== 'person' || particle[1] === 'ng')) cut = changed(cut, { end: cut.end + particle[0].length, type: cut.type === 'person' ? 'organization' : cut.type });
  // "Royal" the model left off a force's or a body's name: "a Royal" + " New Zealand Air Force Hercules" (p140), "Royal Thai Army".
  if (cut.method === 'model' && (cut.type === 'organization' || / (?:Air Force|Navy|Army|Marines|Police|Guard|Forces)$/u.test(text.slice(cut.start, cut.end))) &&
    /(?:^|[^\p{L}\p{N}'’-])Royal $/u.test(text.slice(Math.max(0, cut.start - 7), cut.start))) cut = changed(cut, { start: cut.start - 6, type: 'organization' });
  // A person's family name of a common word the model left out before a verb of saying: "eSafety Commissioner Julie Inman" +
  // " Grant said", "Tuvalu Prime Minister Feleti" + " Teo asked" (p141).
  const familyLeft = cut.method === 'model' && cut.type === 'person' && /\s/u.test(text.slice(cut.start, cut.end)) ? FAMILY_BEFORE_VERB.exec(text.slice(cut.end, cut.end + 24)) : null;
  if (familyLeft && !CALENDAR_WORDS_ALONE.test(familyLeft[1]!) && !isKnownPlace(familyLeft[1]!, context) && !isDemonym(familyLeft[1]!, context) && !context.lexicon.organizationHeads.has(familyLeft[1]!)) {
    cut = changed(cut, { end: cut.end + familyLeft[1]!.length + 1 });
  }
  // A French institution's or prize's name goes on in lower case, as French writes it: "Académie" + " française", "Grand Prix" +
  // " littéraire d'Afrique noire", "Grand Prix" + " de la Francophonie" (p141: a person "Académie", an organization "Francophonie").
  const french = cut.method === 'model' ? FRENCH_HEAD_END.exec(text.slice(cut.start, cut.end)) : null;
  const frenchRest = french ? FRENCH_NAME_AFTER.exec(text.slice(cut.end, cut.end + 60)) : null;
  if (frenchRest && frenchRest[0].length > 0) cut = changed(cut, { end: cut.end + frenchRest[0].length, type: /Prix$/u.test(french![0]) ? 'other' : 'organization' });
  // A surname after a particle and a given name is a person's: "Jan-Willem van der Berg" (the model read a place "Berg").
  const particled = cut.method === 'model' && cut.type !== 'person' ? PARTICLE_NAME_BEFORE.exec(text.slice(Math.max(0, cut.start - 40), cut.start)) : null;
  if (particled && /^\p{Lu}[\p{Ll}'’-]+$/u.test(text.slice(cut.start, cut.end)) && isAnyGivenName(particled[1]!.split('-')[0]!, context)
    && !isKnownPlace(text.slice(cut.start, cut.end), context) && !isKnownPlace(particled[1]!, context)) {
    cut = changed(cut, { start: cut.start - particled[0].trimStart().length, type: 'person' });
  }
  // A circuit's ordinal is its name's: "5th U.S. Circuit Court of Appeals" (p94: every circuit had been one court).
  const ordinal = cut.type === 'organization' && /^(?:U\.S\. |US )?Circuit\b/u.test(text.slice(cut.start, cut.end)) ? /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th) $/u.exec(text.slice(Math.max(0, cut.start - 6), cut.start)) : null;
  if (ordinal) cut = changed(cut, { start: cut.start - ordinal[0].length });
  // An award's head word the model left out: "Mercury" + " Prize", "Royal Gold" + " Medal" (p104: organizations "Mercury", "Royal Gold").
  const award = cut.method === 'model' && cut.type !== 'person' ? AWARD_AFTER.exec(text.slice(cut.end, cut.end + 12)) : null;
  if (award) cut = changed(cut, { end: cut.end + award[0].length, type: 'other' });
  // A newspaper named after its city, which the model cut at the city: "Hangzhou" + " Daily" (p104: a place and a place "Daily").
  const paper = cut.method === 'model' && cut.type === 'place' ? NEWSPAPER_AFTER.exec(text.slice(cut.end, cut.end + 24)) : null;
  if (paper) cut = changed(cut, { end: cut.end + paper[0].length, type: 'organization' });
  // A federal court's or prosecutors' circuit or district is their name's, and so is the country before them: "US Court of
  // Appeals" + " for the Fifth Circuit" (p104: two names), "US" + " District Court for the Southern District of New York".
  const seat = cut.type === 'organization' && /(?:Court|Appeals|Office)$/u.test(text.slice(cut.start, cut.end)) ? COURT_SEAT_AFTER.exec(text.slice(cut.end, cut.end + 60)) : null;
  if (seat) cut = changed(cut, { end: cut.end + seat[0].length });
  const country = cut.type === 'organization' && COURT_SEAT.test(text.slice(cut.start, cut.end)) ? /(?<![\p{L}\p{N}.])(?:U\.S\.|US) $/u.exec(text.slice(Math.max(0, cut.start - 6), cut.start)) : null;
  if (country) cut = changed(cut, { start: cut.start - country[0].length });
  // A given name with an apostrophe after its first letter the model left out: "N'Golo" + " Kanté", "D’Angelo" + " Russell" (p92).
  const apostrophed = cut.type === 'person' && cut.method === 'model' ? APOSTROPHE_NAME_BEFORE.exec(text.slice(Math.max(0, cut.start - 24), cut.start)) : null;
  if (apostrophed) cut = changed(cut, { start: cut.start - apostrophed[1]!.length - 1 });
  // A Vietnamese name's last syllable the model left out: "Đặng Thị Hoàng" + " Yến" (p92, p98). Names of two to three
  // syllables with Vietnamese letters take one more capitalized syllable, not a word that opens a clause.
  const syllable = cut.type === 'person' && VIETNAMESE_LETTER.test(text.slice(cut.start, cut.end)) ? VIETNAMESE_SYLLABLE_AFTER.exec(text.slice(cut.end, cut.end + 12)) : null;
  if (syllable && text.slice(cut.start, cut.end).split(' ').length <= 3) cut = changed(cut, { end: cut.end + syllable[0].length });
  // And its family name before it: "met" + " Nguyễn" + " Hòa Bình" (p98: "Hòa Bình").
  const family = cut.type === 'person' && SYLLABLE_NAME.test(text.slice(cut.start, cut.end)) ? VIETNAMESE_FAMILY_BEFORE.exec(text.slice(Math.max(0, cut.start - 10), cut.start)) : null;
  if (family) cut = changed(cut, { start: cut.start - family[1]!.length - 1 });
  // "Former", "Retired" or "Opposition" opens no institution's name: "Retired Army officer" is the Army.
  const former = cut.type === 'organization' ? /^(?:Former|Retired|Opposition) (?=\p{Lu})/u.exec(text.slice(cut.start, cut.end)) : null;
  if (former) cut = changed(cut, { start: cut.start + former[0].length });
  // A year before a named doctrine is part of its name ("1992 Consensus", "2030 Agenda"); before a
  // games or a cup it dates the event ("the 1998 World Cup", "the 1936 Olympics").
  const year = cut.type === 'other' && cut.method === 'model' && !EVENT_END.test(text.slice(cut.start, cut.end)) ? /(?<![\p{L}\p{N}.,])(?:1[89]|20)\d\d $/u.exec(text.slice(Math.max(0, cut.start - 6), cut.start)) : null;
  if (year) cut = changed(cut, { start: cut.start - year[0].length });
  // A region named before its lower-case kind is a place: "off Amapá state", "in Sindh province" (p118: "Amapá" a thing); not a
  // people's or a faith's word ("the Jewish state", "a Gulf state").
  if (cut.type === 'other' && cut.method === 'model' && REGION_KIND_AFTER.test(text.slice(cut.end, cut.end + 12))) {
    const name = text.slice(cut.start, cut.end);
    if (/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(name) && !isDemonym(name, context) && !name.split(' ').some((w) => isVocabularyWord(w.toLowerCase()))) cut = changed(cut, { type: 'place' });
  }
  // A leader's family name before the government or administration they lead is the leader: "the Albanese government", "the
  // Starmer government" (p118: "Albanese" a thing); not a country's, a people's or a place's ("the Thai government").
  const led = cut.type !== 'person' && cut.method === 'model' && LED_BODY_AFTER.test(text.slice(cut.end, cut.end + 16)) && /(?:^|\s)the $/iu.test(text.slice(Math.max(0, cut.start - 5), cut.start));
  if (led && /^\p{Lu}\p{Ll}+$/u.test(text.slice(cut.start, cut.end))) {
    const name = text.slice(cut.start, cut.end);
    // (A name the lists know as a person's: not "the Sandinista government", "the Taliban government", "the Myanmaran government".)
    if ((isPersonName(name, context) || isAnyGivenName(name, context)) && !isDemonym(name, context) && !isKnownPlace(name, context) &&
      !context.lexicon.places.has(name) && !isVocabularyWord(name.toLowerCase())) cut = changed(cut, { type: 'person' });
  }
  return cut;
}

// A region's kind in lower case after its name.
const REGION_KIND_AFTER = /^ (?:state|province|region|prefecture|oblast|governorate|department)\b/u;
// An Arabic particle joined to the next word, after a name: " el-Balah", " al-Khaimah" (not " es Salaam": no hyphen).
const ARABIC_PARTICLE_AFTER = /^ (?:el|al|ad|ash|as|ar|at|az|an|ed|es|ez|ech|et)-\p{Lu}?\p{Ll}+(?![\p{L}\p{N}'’-])/u;
// A tournament's head after its sponsor's or its place's words: " Challenge", " Classic", " Invitational".
const TOURNAMENT_HEAD_AFTER = /^ (?:Challenge|Classic|Invitational)(?![\p{L}\p{N}'’-])(?! \p{Lu})/u;
// One capitalized word (or "Tbk"), right after a name.
const CAPITALIZED_WORD_AFTER = /^ (\p{Lu}[\p{L}&'’-]*\.?)(?![\p{L}\p{N}])/u;
// A body's kind and a comma before its name in apposition: "agency, ", "state broadcaster, ".
const BODY_NOUN_THEN_COMMA = /\b(?:agency|regulator|watchdog|broadcaster|operator|carrier|airline|company|firm|ministry|bureau|service|utility|insurer|lender|union|party|group), $/u;
// A lower-case place word and "of", then one or two capitalized words before a name: "the village of Um ".
const PLACE_OF_THEN_WORDS = /\b(?:village|villages|town|city|district|camp|neighbourhood|neighborhood|suburb|province|governorate|region|island|port) of ((?:\p{Lu}[\p{L}'’-]* ){1,2})$/u;
// What a craft or a telescope is, after its name: "Plato telescope", "the Chang'e-6 probe".
const THING_KIND_AFTER = /^ (?:telescope|space telescope|spacecraft|probe|rover|satellite|orbiter|lander|space probe)\b/u;
// A company's kind that is no name alone: "Aerospace", "Robotics", "Therapeutics".
const COMPANY_KIND_ALONE = /^(?:Aerospace|Robotics|Therapeutics|Biosciences|Biotech|Pharmaceuticals|Semiconductor|Semiconductors|Electronics|Technologies|Logistics|Diagnostics)$/u;
// An Arabic place's "Um" or "Umm" ("mother of") before the word the model found, with no sentence's end before it.
const UMM_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])Umm? $/u;
// "Jan" as a given name before a family name, after a lower-case word that is no word of time.
const JAN_BEFORE = /(?<![\p{L}])(?!(?:in|on|since|by|until|till|from|before|after|last|next|early|late|mid|of|to|through) )\p{Ll}+ Jan $/u;
// A portfolio's last word opening a person's span, a name after it (`refineName`).
const PORTFOLIO_END_WORD = /^(?:Prosecutions|Operations|Communications|Affairs|Relations|Services|Programs|Programmes|Studies|Statistics|Intelligence|Investigations|Audit|Justice) \p{Lu}\p{L}+ \p{Lu}/u;
// A month that is a given name too, opening a line or a sentence.
const MONTH_NAME_BEFORE = /(?:^|\n|[.!?]["”’]? )(June|April|May|August) $/u;
// The head of a spacecraft's or a tournament's name.
// (And a festival, an event as OntoNotes labels 30 of 31: "Cairo International Film Festival", p140: an organization.)
// (And a tour's finals and a race: "BWF World Tour Finals", "Abu Dhabi Grand Prix", p143: organizations.)
const CRAFT_OR_TOURNAMENT_END = / (?:Rover|Spacecraft|Tournament|Basho|Invitational|Festival|Finals|Grand Prix)$/u;
// A lower-case word that says what kind of thing the name after it is: a constellation, a telescope (not "star": "rap star Fifty Cent").
// (A ship too, its name after a comma and "the": "a new destroyer, the Choe Hyon", p138: a person.)
const THING_KIND_BEFORE = /\b(?:constellation|galaxy|nebula|exoplanet|asteroid|comet|telescope|spacecraft|rover|satellite|rocket|album|song|novel|film|movie|documentary|opera|painting|vaccine|drug|(?:destroyer|frigate|warship|corvette|submarine|cruiser|aircraft carrier|icebreaker|tanker|ferry|cruise ship|vessel)(?:, the)?) $/u;
// What hits a place: "strike on ", "attacks on ", "shelling of ".
const STRIKE_ON_BEFORE = /\b(?:strikes? on|attacks? on|assault on|shelling of|bombing of|raid on|raids on|(?:missiles?|drones?|rockets?|shells?|strikes?|bombs?) (?:hit|hits|struck|pounded|targeted)) $/u;
// A code name ending in a year and a letter: "Strait Thunder-2026B", "Joint Sword-2024A".
const CODE_NAME_YEAR = /^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)*-(?:19|20)\d\d[A-Z]?\.?$/u;
// A capitalized word after a lower-case one, right before a code name.
const CODE_NAME_FRONT = /(?<=\p{Ll}[,:]? )(\p{Lu}\p{Ll}+) $/u;
// A division's lower-case head, or its adjective, after its name.
const PROVINCE_AFTER = /^ (?:province|provincial|prefecture|prefectural|oblast|governorate)\b/u;
// A government or an administration after the name of whoever leads it.
const LED_BODY_AFTER = /^ (?:government|administration)\b/u;

// An award's head word after its name, ending the name.
const AWARD_AFTER = /^ (?:Prize|Medal|Award|Trophy)(?![\p{L}\p{N}-])(?! \p{Lu})/u;

// A newspaper's head word after its city's name, not opening a longer name ("Times Square", "Post Office").
const NEWSPAPER_AFTER = /^ (?:Daily|Times|Post|Herald|Tribune|Gazette|Chronicle|Inquirer)(?![\p{L}\p{N}-])(?! \p{Lu})/u;

// An interview's label at a line's start, and an answer's or a question's first word after it.
const INTERVIEW_LABEL_START = /^[QA]\. $/u;
const QUESTION_LINE = /(?:^|\n)Q\. \p{Lu}/u;
const ANSWER_WORD = /^(?:No|Yes|Well|Because|Why|What|How|When|Where|Who|Sure|Right|Exactly|Absolutely|Never|Maybe|Perhaps|Thanks|Thank)$/u;

// A party's officer after a place: " party chief", " Party Secretary" (China's provinces and cities).
const PARTY_OFFICER_AFTER = /^ [Pp]arty (?:[Ss]ecretary|chief|boss|head|leader)\b/u;

// Letters after a person's name that are a rank of the bar or an honour.
const POST_NOMINAL = /,? (?:SC|KC|QC|SBS|OBE|CBE|MBE|KBE|DBE|GBE)$/u;
// Emoji, their joiners and variation selectors, and the mark of a lost character, with the spaces before them, at a span's end.
const TRAILING_EMOJI = /[\s\p{Extended_Pictographic}\u200d\ufe0f\ufffd]*[\p{Extended_Pictographic}\ufffd][\s\u200d\ufe0f]*$/u;

// A US court's circuit or district, after its name.
const COURT_SEAT_AFTER = /^ for the (?:(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.|Federal) Circuit|(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of (?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))(?![\p{L}\p{N}])/u;
const COURT_SEAT = / for the (?:\S+ Circuit|(?:\S+ )?District of \p{Lu})/u;

/** True for a name whose letters without their marks are a place the lists know, as written or as one word ("Ha Noi", "Hanoi"). */
function isUnmarkedPlace(name: string, context: NameContext): boolean {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
  if (plain === name) return false;
  const joined = plain.split(' ').map((w, i) => (i === 0 ? w : w.toLowerCase())).join('');
  return isKnownPlace(plain, context) || (plain.includes(' ') && isKnownPlace(joined, context));
}

// Letters only Vietnamese writes: a vowel with a hook, a horn or a dot below, or "đ".
const VIETNAMESE_LETTER = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưđĐ]/u;
// One capitalized syllable with a Vietnamese letter, then no more of the name: " Yến", " Phúc".
const VIETNAMESE_SYLLABLE_AFTER = /^ \p{Lu}\p{Ll}{0,6}(?<=[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưđ]\p{Ll}{0,3})(?![\p{L}\p{N}'’-])/u;

// One to three capitalized syllables with a diacritic among them: "Hòa Bình", "Xuân Phúc".
const SYLLABLE_NAME = /^(?=.*[^\x00-\x7f])\p{Lu}\p{Ll}{0,6}(?: \p{Lu}\p{Ll}{0,6}){0,2}$/u;
// A Vietnamese family name and one to three syllables before a name: "Phạm Thị Thu " (one syllable at least with its marks).
const VIETNAMESE_NAME_BEFORE = /(?<![\p{L}\p{N}'’-])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Lâm|Tô|Hà|Đoàn|Lương|Trương|Phan) (?=[^ ]*[^\x00-\x7f]|(?:\p{Lu}\p{Ll}{0,6} ){2})(?:\p{Lu}\p{Ll}{0,6} ){1,3}$/u;
// Vietnam's common family names (with their marks), before a name the model read without one.
const VIETNAMESE_FAMILY_BEFORE = /(?<![\p{L}\p{N}'’-])(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Lâm|Tô|Hà|Đoàn|Lương) $/u;

// Two to eight one-word names joined by slashes, no space: "BBC/Reuters/AFP/AP".
const SLASHED_NAMES = /^\p{Lu}[\p{L}\p{N}&.-]*(?:\/\p{Lu}[\p{L}\p{N}&.-]*){1,7}$/u;

/** The span typed by its words and what stands around it. */
function typeByContext(candidate: Candidate, text: string, context: NameContext): Candidate | Candidate[] {
  // A name after "Mr.", "Ms." or "Dr." is a person's, whatever the model or the lists of places read: "Mr. Mann" (p124: the Isle of Man).
  if (PERSON_SHAPE.test(text.slice(candidate.start, candidate.end)) && HONORIFIC_BEFORE.test(text.slice(Math.max(0, candidate.start - 7), candidate.start))) {
    return candidate.type === 'person' ? candidate : changed(candidate, { type: 'person' });
  }
  // Where one is based or born is a place, though no list knows it: "Mandaue-based firms" (p142: other).
  const modelName = candidate.method === 'model' ? text.slice(candidate.start, candidate.end) : '';
  // (Not what a product runs on: "Android-based phones".)
  const based = text.slice(candidate.end, candidate.end + 60);
  if (candidate.type === 'other' && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(modelName) && (/^-born\b/u.test(based) || BASED_FIRM_AFTER.test(based) || /^-based (?:[\p{Ll}-]+ ){0,2}firms\b/u.test(based)) &&
    !isDemonym(modelName, context) && !/(?:an|ese|ish|ic|i)$/u.test(modelName)) return changed(candidate, { type: 'place' });
  // A name no list knows as a place, after a country's possessive or what a company does, is a company: "a mine operated by
  // France's Orano", "the collapse of Investree" (p140: places).
  const unknownPlace = candidate.type === 'place' && /^\p{Lu}[\p{L}-]+$/u.test(modelName) && !isKnownPlace(modelName, context);
  if (unknownPlace) {
    const before = text.slice(Math.max(0, candidate.start - 28), candidate.start);
    const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s $/u.exec(before);
    if ((owner && isCountry(owner[1]!, context)) || COMPANY_DEED_BEFORE.test(before)) return changed(candidate, { type: 'organization' });
  }
  // A byline's time stamp the model ran a name into: "Tahir Naseer" + " Published December" (p132: one person).
  // (And a verb of saying the model ran a name into, with what follows: "Central Visayas" + " said 12", p133.)
  const stamp = candidate.method === 'model' ? / (?:(?:Published|Updated|Posted)(?: \p{Lu}\p{L}*)*|(?:said|says|told) .*)$/u.exec(text.slice(candidate.start, candidate.end)) : null;
  if (stamp && stamp.index > 0) return refineName(changed(candidate, { end: candidate.start + stamp.index }), text, context);
  // A division the model ran into the name of the person who governs it: "Governor of Cebu Province" + "Pam Baricuatro" (one place).
  const governed = candidate.method === 'model' && candidate.type !== 'person' ? DIVISION_THEN_NAME.exec(text.slice(candidate.start, candidate.end)) : null;
  if (governed && (isAnyGivenName(governed[2]!, context) || !isVocabularyWord(governed[2]!.toLowerCase())) && nameType(governed[0].slice(governed[1]!.length + 1), context) === undefined) {
    const person = candidate.start + governed[1]!.length + 1;
    return [changed(candidate, { end: candidate.start + governed[1]!.length, type: 'place' }), ...refineName(changed(candidate, { start: person, type: 'person' }), text, context)];
  }
  let cut = candidate;
  // A body's name the model ran into the first word of a title after it: "Treasury Cabinet" + "Secretary John Mbadi" (Kenya's
  // Cabinet Secretaries), "BJP State" + "president Sunil Jakhar" (p124: organizations "Treasury Cabinet", "BJP State").
  const titleWord = cut.method === 'model' && cut.type === 'organization' ? TITLE_OPENING_END.exec(text.slice(cut.start, cut.end)) : null;
  if (titleWord && TITLE_AFTER_OPENING.test(text.slice(cut.end, cut.end + 12))) cut = changed(cut, { end: cut.end - titleWord[0].length });
  // A place written with letters only Vietnamese has is the place the lists know without their marks: "Hà Nội", "Đà Nẵng",
  // "Việt Nam" (p106: people), and "Hồ" before "Chí Minh City". (Not any accent: "José" is no town Jose.)
  const family = cut.method === 'model' && cut.type !== 'organization' && /[^\x00-\x7f]/u.test(text.slice(cut.start, cut.end)) ? VIETNAMESE_FAMILY_BEFORE.exec(text.slice(Math.max(0, cut.start - 10), cut.start)) : null;
  // (Or the family name and middle syllables the model left out: "Phạm Thị Thu" + " Hằng", p132: a place "Hằng".)
  const syllables = family === null && cut.method === 'model' && cut.type !== 'organization' && SYLLABLE_NAME.test(text.slice(cut.start, cut.end)) ? VIETNAMESE_NAME_BEFORE.exec(text.slice(Math.max(0, cut.start - 32), cut.start)) : null;
  if (syllables && !isUnmarkedPlace(text.slice(cut.start - syllables[0].length, cut.end), context) && !/^ (?:City|Province|province|District|district)\b/u.test(text.slice(cut.end, cut.end + 10))) {
    cut = changed(cut, { start: cut.start - syllables[0].length, type: 'person' });
  }
  const whole = family ? changed(cut, { start: cut.start - family[1]!.length - 1 }) : cut;
  if (cut.method === 'model' && cut.type !== 'organization' && VIETNAMESE_LETTER.test(text.slice(whole.start, whole.end))) {
    if (isUnmarkedPlace(text.slice(whole.start, whole.end), context)) cut = changed(whole, { type: 'place' });
    else if (cut.type === 'person' && isUnmarkedPlace(text.slice(cut.start, cut.end), context)) cut = changed(cut, { type: 'place' });
  }
  const cutName = text.slice(cut.start, cut.end);
  const lastWord = cutName.slice(cutName.lastIndexOf(' ') + 1);
  // A name ending in a company's legal form is a company, whatever place opens it: "United States Steel Corp" (p78, a place).
  if (cut.method === 'model' && cut.type === 'place' && cutName.includes(' ') && LEGAL_FORM.test(lastWord)) cut = changed(cut, { type: 'organization' });
  // An event's or a league's words the model left before its head: "ICC Women's Cricket World" + "Cup", "FIFA Women's" +
  // "World Cup" (p84; an organizer's acronym stays its own).
  if ((cut.type === 'other' || cut.type === 'organization') && COMPETITION_HEAD.test(lastWord)) {
    const front = EVENT_FRONT.exec(text.slice(Math.max(0, cut.start - 48), cut.start));
    const words = front === null ? 0 : front[0].split(' ').length - 1;
    if (front && !(words === 1 && isSentenceWord(front[0].trim())) && !/^(?:The|A|An) /u.test(front[0])) cut = changed(cut, { start: cut.start - front[0].length });
  }
  // Where a reporter reports from, or what lies in a region's part of a place, is a place: "Reporting from Deir el-Balah in
  // central Gaza" (p124: a person).
  if (cut.method === 'model' && cut.type === 'person' && (REPORTING_FROM.test(text.slice(Math.max(0, cut.start - 20), cut.start)) ||
    (IN_PART_OF_PLACE.test(text.slice(cut.end, cut.end + 24)) && !isAnyGivenName(cutName.split(' ')[0]!, context)))) cut = changed(cut, { type: 'place' });
  // A code name with its year is an exercise's or an operation's, no place (news rule 4): "Strait Thunder-2026B", and the full
  // stop of a sentence the model took with it before a closing quote is not its ("code-named \"Strait Thunder-2026B.\"", p132).
  // (With its first word where the model left it out: "launched Joint" + " Sword-2024A".)
  if (cut.method === 'model' && CODE_NAME_YEAR.test(cutName)) {
    const front = CODE_NAME_FRONT.exec(text.slice(Math.max(0, cut.start - 16), cut.start));
    const start = front && !isKnownPlace(front[1]!, context) && !isDemonym(front[1]!, context) ? cut.start - front[1]!.length - 1 : cut.start;
    cut = changed(cut, { start, end: cutName.endsWith('.') ? cut.end - 1 : cut.end, type: 'other' });
  }
  // Nor is a name before a division's lower-case head a person's: "in Khánh Hòa province", "Former Khánh Hòa provincial chairman"
  // (p132: people).
  if (cut.method === 'model' && cut.type === 'person' && PROVINCE_AFTER.test(text.slice(cut.end, cut.end + 12)) && !cutName.includes(' of ')) cut = changed(cut, { type: 'place' });
  // No one's name ends in a division's head: "Kogi State", "Cebu Province" (p130: people); a body so named is one a list
  // knows ("Islamic State").
  // (Not a given name and a family name that is a division's head: "Helen Parish".)
  if (cut.method === 'model' && cut.type === 'person' && cutName.includes(' ') && DIVISION_HEAD.test(lastWord) && !cutName.includes(' of ') &&
    !isAnyGivenName(cutName.slice(0, cutName.indexOf(' ')), context) && (nameType(cutName, context) ?? 'place') === 'place') cut = changed(cut, { type: 'place' });
  // What a lower-case place word names is a place: "the central province of Quang Nam" (p84: a person), "the state of Bahia".
  // (And an organization the model read there: "the southern port city of Odesa", p132; and a known town before "port": "strike on
  // Odesa port".)
  if ((cut.type === 'person' || (cut.type === 'organization' && cut.method === 'model' && !cutName.includes(' '))) && text.startsWith(' of ', cut.start - 4) &&
    PLACE_OF_BEFORE.test(text.slice(Math.max(0, cut.start - 16), cut.start))) cut = changed(cut, { type: 'place' });
  if (cut.type === 'organization' && cut.method === 'model' && /^ port\b/u.test(text.slice(cut.end, cut.end + 6)) && isKnownPlace(cutName, context) && !isCountry(cutName, context)) cut = changed(cut, { type: 'place' });
  // And a known town a strike or an attack hits: "A Russian ballistic missile strike on Dnipro" (p133: an organization), "Russian
  // missiles hit Dnipro" (p135).
  if (cut.type === 'organization' && cut.method === 'model' && !cutName.includes(' ') && STRIKE_ON_BEFORE.test(text.slice(Math.max(0, cut.start - 24), cut.start)) &&
    isKnownPlace(cutName, context) && !isCountry(cutName, context)) cut = changed(cut, { type: 'place' });

  // Where an analyst or an economist works is a firm, not a place: "Stacy Rasgon, an analyst at Bernstein" (p84: a place).
  // (Not a place before what the firm is: "an analyst at Edinburgh broker Cantor".)
  if (cut.type === 'place' && text.startsWith(' at ', cut.start - 4) && WORKS_AT_BEFORE.test(text.slice(Math.max(0, cut.start - 30), cut.start)) && FIRM_NAME_END.test(text.slice(cut.end, cut.end + 8)) &&
    !isCountry(cutName, context) && !context.lexicon.seatsOfGovernment.has(cutName)) {
    cut = changed(cut, { type: 'organization' });
  }
  // A one-word name after what kind of company it is, or after "the" and a party's wing, is the company or the party:
  // "cryptocurrency exchange Kraken", "the far-right Vox" (p112: people).
  // (Not what the model read as a nationality or a thing: "the right-wing Israeli government", "the opposition Taleban militia".)
  if (cut.method === 'model' && cut.type === 'person' && isDescribedBody(cut, cutName, text, context)) cut = changed(cut, { type: 'organization' });
  // A name of two or three words right after a lower-case role is the person it names, whatever the model typed it:
  // "controlled by billionaire Charoen Sirivadhanabhakdi" (p115: an organization). Not a name with a head word ("lawyer
  // Baker McKenzie LLP" stays the firm).
  if (cut.method === 'model' && cut.type === 'organization' && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(cutName) && nameType(cutName, context) === undefined) {
    const role = LOWER_WORD_BEFORE.exec(text.slice(Math.max(0, cut.start - 24), cut.start))?.[1];
    if (role !== undefined && PERSON_ROLE_BEFORE.test(role) && !cutName.split(' ').some((w) => COMPANY_WORDS.test(w) || isKnownPlace(w, context))) cut = changed(cut, { type: 'person' });
  }
  // A town before the site a company has there is the town: "the battery maker's Debrecen factory" (p112: an organization).
  // (Not a name the lexicon knows as another type's: "Toyota plant" is the carmaker's.)
  if (cut.method === 'model' && cut.type === 'organization' && !cutName.includes(' ') && SITE_AFTER.test(text.slice(cut.end, cut.end + 14)) &&
    context.lexicon.knownNames.get(cutName) === undefined && context.lexicon.acronyms.get(cutName) === undefined && isKnownPlace(cutName, context)) cut = changed(cut, { type: 'place' });
  // "the Constitution" is a law (the model read it as other; a law's head word alone).
  if (cut.type === 'other' && cutName === 'Constitution') cut = changed(cut, { type: 'law' });
  // What runs, leads or controls a council or a coalition, and no nationality, is a party or a body: "the Labour-run council",
  // "the Tory-led group" (p78: other).
  if (cut.type === 'other' && GOVERNING_AFTER.test(text.slice(cut.end, cut.end + 12)) && !isDemonym(cutName, context)) cut = changed(cut, { type: 'organization' });
  // So is a name before a lower-case "party": "the ruling Morena party" (p78: a town in India); not a creed's word ("the
  // Communist party", other as CoNLL has it); nor a place before its party's officer ("Guangdong party chief", p104).
  if (cut.type !== 'organization' && cut.type !== 'person' && /^ party\b/u.test(text.slice(cut.end, cut.end + 7)) && !isDemonym(cutName, context) && !isCountry(cutName, context) && !isVocabularyWord(cutName.toLowerCase()) &&
    !(PARTY_OFFICER_AFTER.test(text.slice(cut.end, cut.end + 24)) && isKnownPlace(cutName, context))) cut = changed(cut, { type: 'organization' });
  // A ministry's portfolio the model read without its head is the ministry: "the Ministry of" + "Digital Affairs'" (p78).
  if (cut.method === 'model' && cut.type === 'organization') {
    // (Not where a capitalized word opens the longer name: "Taipei City Department of Transportation" is another rule's.)
    const head = INSTITUTION_OF_BEFORE.exec(text.slice(Math.max(0, cut.start - 32), cut.start));
    if (head) cut = changed(cut, { start: cut.start - head[0].length });
  }
  // An organization the model ran from a title stack into a person's given name ("Federal Emergency Management
  // Minister Kristy" + "McBain"): the words up to the title are no name when they are all role words, and the
  // person is left to the titled-person rule.
  if (cut.method === 'model' && cut.type === 'organization') {
    const words = cutName.split(' ');
    const title = words.length - 2;
    if (title > 0 && isTitle(words[title]!, context.lexicon) && isAnyGivenName(lastWord, context)
      && words.slice(0, title).every((w) => context.lexicon.roleWords.has(w.toLowerCase()) || isTitle(w, context.lexicon))) return [];
    // A title, then a given name and at most two more name words: the person of the titled-person rule ("Justice
    // Elena" + "Kagan", "Prof Clare Grey"), not an organization.
    if (words.length >= 2 && words.length <= 4 && (isTitle(words[0]!, context.lexicon) || TITLE_ABBREVIATION.test(words[0]!)) && isAnyGivenName(words[1]!, context)
      && words.slice(1).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !context.lexicon.organizationHeads.has(w))) {
      let end = cut.end;
      const after = words.length === 2 ? NAME_WORD_AFTER.exec(text.slice(end, end + 40)) : null;
      if (after && !isTitle(after[1]!, context.lexicon) && !context.lexicon.organizationHeads.has(after[1]!)) end += after[0].length;
      return [changed(cut, { start: cut.start + words[0]!.length + 1, end, type: 'person' })];
    }
  }
  // An adjective or a common noun before a group of people is no name: "Environmental group Air Clean Taiwan said",
  // "Labor representatives, including the TCTU" (the model had read organizations "Environmental", "Labor").
  if (cut.method === 'model' && cut.type !== 'person' && /^\p{Lu}\p{Ll}+(?:al|ic|or|our|ry|ist|ive)$/u.test(cutName) && GROUP_AFTER.test(text.slice(cut.end, cut.end + 16))
    && isVocabularyWord(cutName) && !isKnownPlace(cutName, context) && nameType(cutName, context) === undefined) return [];
  // A sports club's name, whatever the model typed it: "Real Sociedad drew" (a person), "scored for Real Sociedad" (other).
  if (cut.method === 'model' && cut.type !== 'organization' && / \p{Lu}/u.test(cutName) && context.lexicon.clubPrefixes.has(cutName.slice(0, cutName.indexOf(' ')))) cut = changed(cut, { type: 'organization' });
  if (cut.method === 'model' && cut.type !== 'other') {
    // "the Han Kuang exercises": a name before military exercises or drills is the exercise (other).
    // Not an armed service's name ("the Navy drills": its last word is an organization head).
    if (/^ (?:exercises?|drills?|war games)\b/u.test(text.slice(cut.end, cut.end + 12)) && nameType(cutName, context) === undefined
      && !context.lexicon.organizationHeads.has(lastWord)) cut = changed(cut, { type: 'other' });
    // "Mainichi Shimbun": an organization's head word outweighs the model's person.
    // (Not a Chinese given name that is also an institution's head: "Li Yuan", "Fang Yuan" are people, p127; the Yuans are "Executive Yuan" …)
    else if (cut.type === 'person' && /\s/u.test(cutName) && nameType(cutName, context) === 'organization' && context.lexicon.organizationHeads.has(lastWord) &&
      !SHORT_FAMILY_AND_YUAN.test(cutName)) cut = changed(cut, { type: 'organization' });
    // "Hong Kong Police Force", "Hong Kong Journalists Association": so does it the model's place.
    else if (cut.type === 'place' && /\s/u.test(cutName) && PEOPLE_BODY_HEAD.test(lastWord)) cut = changed(cut, { type: 'organization' });
    // "Thomas Shoal": a head word no person's name ends in outweighs the model's person (not "Park", "Hill", "Street").
    else if (cut.type === 'person' && /\s/u.test(cutName) && NOT_A_SURNAME_HEAD.test(cutName)) cut = changed(cut, { type: 'place' });
  }
  return typeAsThingOrPlace(cut, cutName, text, context);
}

/**
 * `typeByContext`'s later rules (no name at all, weapons, awards, newspapers, policies, products, firms, camps,
 * places), in a function of their own for the reason `splitAtContextWords` gives. `cutName` is the span's text as
 * `typeByContext` got it, before its rules moved the span's start.
 */
function typeAsThingOrPlace(candidate: Candidate, cutName: string, text: string, context: NameContext): Candidate | Candidate[] {
  let cut = candidate;
  // "I" is a pronoun, not a person ("World War I. The U.S.A." split by the model's sentence).
  if (cut.type === 'person' && /^\p{Lu}\.?$/u.test(cutName)) return [];
  // Nor is a germ that contaminates food or water: "may be contaminated with Salmonella" had given an organization (p92).
  if (cut.method === 'model' && PATHOGEN.test(cutName)) return [];
  // A name before "virus", "fever" or "disease" names a disease, which is no entity (news rule 6): "Marburg virus", "Lassa fever".
  if (cut.method === 'model' && /^ (?:virus|fever|disease)\b/u.test(text.slice(cut.end, cut.end + 9))) return [];
  // Nor is a title's abbreviation before its full stop ("Maj. Gen. Winthai Suvaree" had given a person "Maj").
  if (text[cut.end] === '.' && !cutName.includes(' ') && context.lexicon.titles.has(`${cutName.toLowerCase()}.`)) return [];
  // A place of two words the model cut after its first, before a compound's suffix: "Hong" of "Hong Kong-registered" (p124: other).
  const rest = cut.method === 'model' && !cutName.includes(' ') ? /^ (\p{Lu}\p{L}+)(?=-\p{Ll})/u.exec(text.slice(cut.end, cut.end + 24)) : null;
  if (rest && isKnownPlace(`${cutName} ${rest[1]}`, context)) return changed(cut, { end: cut.end + rest[0].length, type: 'place' });
  // An Arabic name's particle and the word after it, which the model left out: "Deir" + " el-Balah", "Sharm" + " el-Sheikh".
  const particle = cut.method === 'model' ? ARABIC_PARTICLE_AFTER.exec(text.slice(cut.end, cut.end + 24)) : null;
  if (particle) cut = changed(cut, { end: cut.end + particle[0].length });
  // A company's kind the model took alone is the name's end: "Firefly" + " Aerospace" (p136: an organization "Aerospace"), where a
  // word no list knows as a place, a people, a title or a sentence's opener stands right before it.
  if (cut.method === 'model' && cut.type === 'organization' && !cutName.includes(' ') && COMPANY_KIND_ALONE.test(cutName)) {
    const front = /(?:^|[^\p{L}\p{N}.'’])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, cut.start - 24), cut.start));
    const word = front?.[1];
    if (word !== undefined && !isKnownPlace(word, context) && !isDemonym(word, context) && !isTitle(word, context.lexicon) && !isRoleWord(word, context.lexicon) &&
      !isSentenceWord(word) && !/[.!?]\s*$/u.test(text.slice(Math.max(0, cut.start - word.length - 4), cut.start - word.length - 1))) {
      cut = changed(cut, { start: cut.start - word.length - 1 });
    }
  }
  // An Indonesian company's name goes on to its last capitalized word, a place's included: "PT Bumi Nikel" + " Sulawesi" (p132).
  if (cut.type === 'organization' && cutName.startsWith('PT ')) {
    let end = cut.end;
    for (let n = 0, word = CAPITALIZED_WORD_AFTER.exec(text.slice(end, end + 40)); n < 3 && word && !isTitle(word[1]!, context.lexicon) && !isRoleWord(word[1]!, context.lexicon) && !isSentenceWord(word[1]!); n++) {
      end += word[0].length;
      word = CAPITALIZED_WORD_AFTER.exec(text.slice(end, end + 40));
    }
    if (end > cut.end) cut = changed(cut, { end });
  }
  // A body's short name in apposition after what it is: "Spain's state meteorological agency, Aemet," (p132: a place).
  if (cut.method === 'model' && cut.type !== 'organization' && !cutName.includes(' ') && BODY_NOUN_THEN_COMMA.test(text.slice(Math.max(0, cut.start - 16), cut.start)) &&
    /^[,)]/u.test(text.slice(cut.end, cut.end + 1)) && !isKnownPlace(cutName, context) && !isAnyGivenName(cutName, context)) cut = changed(cut, { type: 'organization' });
  // A place's first words the model left out after "the village of": "Um" + " Sumeima" (p132: other "Sumeima").
  const placeFront = cut.method === 'model' && cut.type !== 'organization' ? PLACE_OF_THEN_WORDS.exec(text.slice(Math.max(0, cut.start - 40), cut.start)) : null;
  // (A month that is a given name before a person's name, read for the last rule of this chain.)
  const month = cut.method === 'model' && cut.type === 'person' ? MONTH_NAME_BEFORE.exec(text.slice(Math.max(0, cut.start - 10), cut.start)) : null;
  if (placeFront) cut = changed(cut, { start: cut.start - placeFront[1]!.length, type: 'place' });
  // (And an Arabic place's "Um" or "Umm" anywhere: "the Um Sumeima camp", p135: other "Sumeima"; "Umm Qasr".)
  else if (cut.method === 'model' && (cut.type === 'other' || cut.type === 'place') && !cutName.includes(' ') && UMM_BEFORE.test(text.slice(Math.max(0, cut.start - 6), cut.start))) {
    cut = changed(cut, { start: cut.start - (text[cut.start - 2] === 'm' && text[cut.start - 3] === 'm' ? 4 : 3), type: 'place' });
  }
  // "Jan" before a family name is a given name, not January: "Former chief operating officer Jan Marsalek" (p135: an organization
  // "Marsalek"); not after a word of time ("in Jan", "since Jan").
  else if (cut.method === 'model' && cut.type !== 'place' && /^\p{Lu}\p{Ll}+$/u.test(cutName) && JAN_BEFORE.test(text.slice(Math.max(0, cut.start - 24), cut.start))) {
    cut = changed(cut, { start: cut.start - 4, type: 'person' });
  }
  // A month that is also a given name, opening a sentence before a person's name, is the given name: "June Mar Fajardo added 14
  // points" (p136: "Mar Fajardo"); a date there would have its day or a verb ("June 5", "June was").
  else if (month !== null) {
    cut = changed(cut, { start: cut.start - month[1]!.length - 1 });
  }
  // A title's possessive before a cup or a trophy is the prize's: "his second straight Emperor's Cup" (p135: other "Cup").
  if (cut.method === 'model' && /^(?:Cup|Trophy|Shield|Plate)$/u.test(cutName)) {
    const owner = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+['’]s?) $/u.exec(text.slice(Math.max(0, cut.start - 24), cut.start));
    if (owner) cut = changed(cut, { start: cut.start - owner[1]!.length - 1, type: 'other' });
  }
  // A spacecraft or a tournament is a thing, whoever it is named after: "the Kyushu Grand Sumo Tournament" (p135: an organization),
  // "Dubai Invitational" (p132: a place); a telescope a facility, as OntoNotes has "the Hubble Space Telescope": "the James Webb Space
  // Telescope" (p135: a person).
  if (cut.method === 'model' && cut.type !== 'other' && CRAFT_OR_TOURNAMENT_END.test(cutName)) cut = changed(cut, { type: 'other' });
  else if (cut.method === 'model' && cut.type !== 'place' && / (?:Space )?Telescope$/u.test(cutName)) cut = changed(cut, { type: 'place' });
  // A thing a lower-case word names is what that word says: "the constellation Cetus" (p132: an organization).
  if (cut.method === 'model' && cut.type !== 'other' && THING_KIND_BEFORE.test(text.slice(Math.max(0, cut.start - 21), cut.start))) cut = changed(cut, { type: 'other' });
  // A name the model cut before a tournament's head is the tournament: "Hero World" + " Challenge" (p132: an organization).
  const tournament = cut.method === 'model' && cut.type !== 'person' ? TOURNAMENT_HEAD_AFTER.exec(text.slice(cut.end, cut.end + 14)) : null;
  if (tournament && !isCountry(cutName, context)) cut = changed(cut, { end: cut.end + tournament[0].length, type: 'other' });
  // A compound's suffix is no part of a name the lists do not know: "a Kang Ding-class frigate" (known places
  // and demonyms are split by splitCompound: "Beijing-based").
  const suffix = cut.method === 'model' ? COMPOUND_SUFFIX.exec(cutName) : null;
  if (suffix && suffix.index > 0 && /^\p{Lu}/u.test(cutName) && nameType(cutName.slice(0, suffix.index), context) === undefined) {
    return refineName(changed(cut, { end: cut.start + suffix.index }), text, context);
  }
  // A term's acronym in a compound is no name: "AI-generated videos".
  if (/^\p{Lu}{2,5}-\p{Ll}+$/u.test(cutName) && isTermAcronym(cutName.slice(0, cutName.indexOf('-')), context)) return [];
  // No person is followed by "missile": "the Hsiung Feng III missile", "Tien Kung missiles" are weapons (other);
  // nor is a company's name with a number in it followed by "jets": "F-16V jets" is the aircraft.
  const afterName = text.slice(cut.end, cut.end + 40);
  const numbered = cut.type === 'organization' && /\p{N}/u.test(cutName);
  if ((cut.type === 'person' || numbered) && (WEAPON_AFTER.test(afterName) || (numbered && /^\s(?:jets?|aircraft|warplanes?|helicopters?)\b/u.test(afterName)))) cut = changed(cut, { type: 'other' });
  // An award's category is no organization: "Best Feature Film", "Best Leading Actor" (other, as awards are).
  if (cut.type !== 'other' && AWARD_CATEGORY.test(cutName)) cut = changed(cut, { type: 'other' });
  // The model's award category cut before its noun: "Best" + " Director", "Best Leading" + " Actor".
  const category = cut.method === 'model' && /^Best(?: \p{Lu}\p{Ll}+){0,2}$/u.test(cutName) ? AWARD_NOUN_AFTER.exec(text.slice(cut.end, cut.end + 16)) : null;
  if (category) cut = changed(cut, { end: cut.end + category[0].length, type: 'other' });
  // A newspaper named after its city is an organization (news rule 2: media): "Buenos Aires Times", "Kyiv Independent".
  const paper = cut.type !== 'organization' && cut.method === 'model' ? NEWSPAPER_END.exec(cutName) : null;
  if (paper && paper.index > 0 && isKnownPlace(cutName.slice(0, paper.index), context)) cut = changed(cut, { type: 'organization' });
  // A named policy or doctrine is no organization (news rule 4: "One China principle"): "New Southbound Policy".
  if (cut.type === 'organization' && cut.method === 'model' && / (?:Policy|Doctrine|Initiative)$/u.test(cutName)) cut = changed(cut, { type: 'other' });
  // No person is followed by "chatbot": "the Claude chatbot" is a product.
  if (cut.type !== 'place' && cut.method === 'model' && BASED_FIRM_AFTER.test(afterName) && !isDemonym(cutName, context) && nameType(cutName, context) === undefined) cut = changed(cut, { type: 'place' });
  else if (cut.type === 'person' && PRODUCT_AFTER.test(afterName)) cut = changed(cut, { type: 'other' });
  else if (cut.method === 'model' && cut.type === 'organization' && isAnalystOfFirm(cut, cutName, text, context)) cut = changed(cut, { type: 'person' });
  else if (cut.method === 'model' && cut.type === 'person' && isFirmOfAnalyst(cut, cutName, text, context)) cut = changed(cut, { type: 'organization' });
  else if (cut.method === 'model' && cut.type === 'person' && cut.confidence < 0.6 && isNamedAsFirm(cut, cutName, text, context)) cut = changed(cut, { type: 'organization' });
  // A camp named before "refugee camp" or "displacement camp" is a place ("the Zamzam displacement camp"; not "the Trump camp").
  if (cut.type !== 'place' && cut.method === 'model' && CAMP_AFTER.test(afterName)) cut = changed(cut, { type: 'place' });
  // (Not a person before "who": "a judge in Catarroja, Nuria Ruiz Tobarra, who is investigating", p112.)
  else if (cut.type === 'person' && !/^,? who\b/u.test(afterName) && (isPlaceInPlace(cut, text, context) || isCountry(cutName, context) || context.lexicon.acronyms.get(cutName) === 'place' || isPlaceAfterPreposition(cut, cutName, text, context) || isInPlaceList(cut, text, context) || isUnsurePersonAtPlace(cut, cutName, context))) cut = changed(cut, { type: 'place' });
  else if (cut.type === 'organization' && cut.method === 'model' && !/^\p{Lu}+$/u.test(cutName) && nameType(cutName, context) !== 'organization' && isInPlaceList(cut, text, context, true)) cut = changed(cut, { type: 'place' });
  else if (cut.type === 'organization' && cut.method === 'model' && isBeforeState(cut, text)) cut = changed(cut, { type: 'place' });
  // A country is a place even when it acts (news rule 9; "Eswatini said"), and so is a geographic feature
  // ("the Bashi Channel") and a place of several words the lists know after a preposition of place ("from
  // Central Java"; a city's team is its name alone: "Kansas City 1 Minnesota 6").
  else if (cut.type === 'organization' && cut.method === 'model' && (isCountry(cutName, context) ||
    (cutName.includes(' ') && /(?:^|\s)(?:in|at|from|near|outside|across|around|to|into|toward|towards|through)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, cut.start - 12), cut.start)) &&
      (isKnownPlace(cutName, context) || (NOT_A_SURNAME_HEAD.test(cutName) && nameType(cutName, context) === 'place'))))) cut = changed(cut, { type: 'place' });
  else if (cut.type === 'organization' && SEAT_BUILDINGS.has(cutName) && /\b(?:in|outside|inside)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, cut.start - 16), cut.start))) cut = changed(cut, { type: 'place' });
  return cut;
}

const REFINE_STEPS: ((cut: Candidate, text: string, context: NameContext) => Candidate | Candidate[])[] = [
  cutAtBracket, splitJoinedNames, splitAtAnd, trimSpanEnds, dropOrSplitSpan, splitAtContextWords, trimLeadingWords, extendName, typeByContext,
];

/** `refineName`'s last step: the span split at a country, a possessive, a title, a portfolio, a compound. */
function splitRefined(cut: Candidate, text: string, context: NameContext): Candidate[] {
  // Loops, not flatMap: V8's flatMap reads each element generically, about 20 times a loop's cost on these short arrays.
  const refined: Candidate[] = [];
  for (const whole of splitAtCountry(cut, text, context)) {
    for (const part of splitPossessive(withoutPossessive(whole, text, context), text, context)) refined.push(...splitParts(withPlaceWordBefore(part, text, context), text, context));
  }
  return refined;
}

/** The last splits of `refineName`: a title and its person, a portfolio, or else a compound and a country modifier. */
function splitParts(part: Candidate, text: string, context: NameContext): Candidate[] {
  const titled: Candidate[] = [];
  for (const c of splitTitledPerson(withoutPortfolioList(part, text, context), text, context)) titled.push(...splitPortfolio(c, text, context));
  // (A person's span that ends in a compound's suffix is a place's compound first: "an Abu Dhabi-based fund", p140: a person.)
  const compound = part.type === 'person' && titled.length === 1 && titled[0] === part && COMPOUND_SUFFIX.test(text.slice(part.start, part.end));
  if (!compound && (titled.length > 1 || titled[0] !== part || part.type === 'person')) return titled.filter((c) => c.type !== 'person' || !isOnlyTitles(c, text, context.lexicon));
  const split: Candidate[] = [];
  for (const c of splitCompound(retyped(part, text, context), text, context)) split.push(...splitCountryModifier(c, text, context));
  return split;
}

// A given name and a surname's particles right before a word: "Jan-Willem van der " + "Berg".
// A lower-case particle and the name it goes on into: " do Iguaçu", " ng Pilipinas".
// A capitalized word and a verb of saying after a person's name.
const FAMILY_BEFORE_VERB = /^ (\p{Lu}\p{Ll}+)(?= (?:said|says|told|asked|added|wrote|announced|confirmed|warned|urged)\b)/u;

// The head words of French institutions and prizes, and what follows them in their names: an adjective in lower case, then
// "de la", "du", "des", "de" or "d'" and a name (`extendName`).
const FRENCH_HEAD_END = /(?:^|\s)(?:Académie|Assemblée|Conseil|Cour|Banque|Musée|Institut|Parti|Rassemblement|Ligue|Comédie|Bibliothèque|Opéra|Théâtre|École|Université|Fondation|Agence|Société|Tribunal|Prix)$/u;
const FRENCH_NAME_AFTER = /^(?: (?:française|français|nationale|national|littéraire|constitutionnel|supérieure|supérieur|internationale|européenne|populaire|générale|fédérale|royale|centrale|démocratique|socialiste|suprême))?(?:(?: (?:de la|de l['’]|du|des|de)(?= \p{Lu})| d['’](?=\p{Lu}))(?: ?\p{Lu}[\p{L}\p{M}-]+)(?: (?:noire|noir|française|du Nord|du Sud|de l['’]Ouest))?)?(?![\p{L}\p{M}\p{N}'’-])/u;
const PARTICLE_NAME_AFTER = /^ (do|dos|das|da|de|del|de la|de las|de los|ng) \p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?(?![\p{L}\p{M}\p{N}'’-])/u;
const PATHOGEN = /^(?:Salmonella|Listeria|Legionella|Campylobacter|Shigella|E\. ?coli|Escherichia coli|Clostridium|Staphylococcus|Streptococcus|Norovirus|Rotavirus|Cronobacter|Vibrio|Cyclospora|Cryptosporidium)$/u;
const APOSTROPHE_NAME_BEFORE = /(?:^|[\s"“(])(\p{Lu}['’]\p{Lu}\p{Ll}+) $/u;
const PARTICLE_NAME_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:van der|van den|van de|von der|van|von|de la|de|der|den|ter|ten|da|di|du|dos|das|del|della) $/u;
const OPERATION_BEFORE = /(?:^|[^\p{L}\p{N}\s]\s*|(?:^|\s)\p{Ll}+\s)Operation $/u;
const STATE_WORD = /^(?:Republic|State|States|Kingdom|Union|Federation|Commonwealth|Nation|Nations|Assembly|Council|People)$/u;
// A title with "of" or "for" right before a name: "Minister of", "Special Envoy for", "Minister of State for".
const TITLE_OF_BEFORE = /(?:^|\s)(\S+)\s+(?:of|for)\s+(?:the\s+)?$/u;

/**
 * Splits a title's portfolio or country off the person named after it: "Minister of Media Salman
 * Al-Dossary" is Salman Al-Dossary (Media belongs to the role), "UN Special Envoy for Yemen Hans
 * Grundberg" is the place Yemen and Hans Grundberg. The rest must be a full name (two words or more).
 */
function splitPortfolio(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  if (candidate.type !== 'person') return [candidate];
  const name = text.slice(candidate.start, candidate.end);
  const words = name.split(' ');
  if (words.length < 3) return [candidate];
  const before = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
  if (!before || !(isTitle(before[1]!, context.lexicon) || isRoleWord(before[1]!, context.lexicon))) return [candidate];
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const prefix = words.slice(0, k).join(' ');
    // The rest opens with a given name ("Hans Grundberg"), and a place is no state's word ("President of the Republic Emile
    // Lahoud") nor an organization's acronym ("the UN Human Rights commission").
    // A country needs no known given name after it: "Chief Justice of India Surya Kant".
    const country = words.length - k >= 2 && isCountry(prefix, context);
    if ((!country && !isAnyGivenName(words[k]!, context)) || isRoleWord(words[k]!, context.lexicon)) continue;
    const place = isKnownPlace(prefix, context) && !STATE_WORD.test(prefix) && (!/^\p{Lu}+$/u.test(prefix) || context.lexicon.acronyms.get(prefix) === 'place');
    if (!place && !words.slice(0, k).every((w) => isRoleWord(w, context.lexicon))) continue;
    const start = candidate.start + prefix.length + 1;
    const person = changed(candidate, { start });
    return place ? [changed(candidate, { end: candidate.start + prefix.length, type: 'place' as const }), person] : [person];
  }
  return [candidate];
}

// A government body named by its function: "Commerce Department", "Department of Commerce", "Defense Ministry".
const GOVERNMENT_HEAD = new RegExp(`^(?:${GOVERNMENT_HEADS})$`, 'u');
// A country's body named by a word of its own, after the country as a modifier ("US Senate", "US Treasury").
const NATIONAL_BODY = /^(?:Senate|Congress|Treasury|Navy|Army|Air Force|Coast Guard|Marine Corps|Marines|Parliament|Embassy|Consulate|Cabinet|House of Representatives|Supreme Court|Justice Department|State Department)$/u;

/**
 * Splits a country used as a modifier off a government body named by its function (news rule 8):
 * "US Commerce Department" is the place US and the organization Commerce Department. A body about
 * the country keeps it ("Taiwan Affairs Office"); a demonym belongs to the name ("Qatari Foreign Ministry").
 */
function splitCountryModifier(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  if (candidate.type !== 'organization') return [candidate];
  const name = text.slice(candidate.start, candidate.end);
  const space = name.indexOf(' ');
  if (space < 0) return [candidate];
  const country = name.slice(0, space);
  const words = name.slice(space + 1).split(' ');
  if (words[0] === 'Affairs' || !(context.lexicon.acronyms.get(country) === 'place' || isCountry(country, context))) return [candidate];
  const body = NATIONAL_BODY.test(words.join(' '));
  // A body before a title is the title's ("US Treasury Secretary Scott Bessent"): the country alone is a mention.
  const next = /^\s+(\p{L}\S*)/u.exec(text.slice(candidate.end, candidate.end + 24));
  // (Not one who speaks for it: "U.S. State Department spokesman Tommy Pigott" names the department, p124.)
  if (body && next && isTitle(next[1]!, context.lexicon) && !SPEAKS_FOR.test(next[1]!)) return [changed(candidate, { end: candidate.start + space, type: 'place' })];
  // The Federal Reserve is named by no function word, but a country before it is a modifier all the same ("US Federal Reserve").
  const known = words.join(' ') === 'Federal Reserve' || body;
  if (!known && (!words.some((w) => GOVERNMENT_HEAD.test(w)) || !words.every((w) => GOVERNMENT_HEAD.test(w) || context.lexicon.roleWords.has(w.toLowerCase())))) return [candidate];
  return [
    changed(candidate, { end: candidate.start + space, type: 'place' }),
    changed(candidate, { start: candidate.start + space + 1 }),
  ];
}

// An opening quote right after a storm's word.
const STORM_QUOTE_AFTER = /^ [‘'"“]\p{Lu}/u;

/** Returns a storm's name ("Typhoon Gaemi", or "Gaemi" after "Typhoon") typed other, or undefined; an empty span drops the word alone. */
function asStorm(candidate: Candidate, text: string, context: NameContext): Candidate | undefined {
  if (candidate.method !== 'model') return undefined;
  const name = text.slice(candidate.start, candidate.end);
  if (isStormName(name, context.lexicon)) return changed(candidate, { type: 'other' });
  // A storm's other name, as the Philippine weather bureau's storms are given theirs: "Typhoon Ada (international name: Bualoi)" (p140: a person).
  if (/(?:international|local) name:? $/u.test(text.slice(Math.max(0, candidate.start - 20), candidate.start))) return changed(candidate, { type: 'other' });
  // A storm's name in quotes after its word, as Philippine papers write it: "Typhoon ‘Ada’" is Ada (other), and the word alone
  // before the quote no name (p140: an organization "Typhoon" and a place "Ada").
  const quoted = STORM_QUOTE_AFTER.test(text.slice(candidate.end, candidate.end + 3));
  if (quoted && context.lexicon.stormWords.includes(name)) return changed(candidate, { end: candidate.start });
  const opened = /[‘'"“]$/u.test(text.slice(candidate.start - 1, candidate.start)) ? text.slice(Math.max(0, candidate.start - 22), candidate.start - 2) : undefined;
  if (opened !== undefined && context.lexicon.stormWords.some((word) => opened.endsWith(word) && !/[\p{L}\p{N}]/u.test(opened[opened.length - word.length - 1] ?? ''))) {
    return changed(candidate, { type: 'other' });
  }
  for (const word of context.lexicon.stormWords) {
    const start = candidate.start - word.length - 1;
    if (start >= 0 && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && isStormName(text.slice(start, candidate.end), context.lexicon)) return changed(candidate, { start, type: 'other' });
  }
  return undefined;
}

/**
 * Returns a place widened over the capitalized word before it when the two are a known place: the
 * model sometimes leaves "New" off "New Taipei City" ("New Taipei" is a city, "Taipei City" another).
 */
function withPlaceWordBefore(candidate: Candidate, text: string, context: NameContext): Candidate {
  if (candidate.type !== 'place') return candidate;
  const before = /(?:^|[^\p{L}\p{N}’'.-])(\p{Lu}\p{Ll}+|\p{Lu}{2,}) $/u.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start));
  if (!before) return candidate;
  const name = text.slice(candidate.start, candidate.end);
  const head = name.lastIndexOf(' ') > 0 && context.lexicon.placeHeads.has(name.slice(name.lastIndexOf(' ') + 1)) ? name.slice(0, name.lastIndexOf(' ')) : name;
  const word = before[1]!;
  // In capitals only where the place is ("NEW TAIPEI –", a dateline), looked up as the name is written elsewhere.
  const capitals = word === word.toUpperCase();
  if (capitals && name !== name.toUpperCase()) return candidate;
  const titled = (words: string) => (capitals ? words.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : words);
  if (!isKnownPlace(titled(`${word} ${name}`), context) && !isKnownPlace(titled(`${word} ${head}`), context)) return candidate;
  return changed(candidate, { start: candidate.start - word.length - 1 });
}

/** Returns a name that is not a person's widened over its own possessive: "Moody" + "’s" when the lexicon knows "Moody's". */
function withPossessiveName(candidate: Candidate, text: string, context: NameContext): Candidate {
  if (candidate.type === 'person' || !/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(candidate.end, candidate.end + 3))) return candidate;
  const name = `${text.slice(candidate.start, candidate.end)}'s`;
  return context.lexicon.possessiveNames.has(name) ? changed(candidate, { end: candidate.end + 2 }) : candidate;
}

const AWARD_END = / (?:Prize|Prizes|Award|Awards|Medal|Trophy)$/u;
const EVENT_END = /(?:Olympics?|Paralympics?|Games|Cup|Open|Championships?|Prix|Marathon|Series|Tour|Classic|Trophy|Expo|Fair|Summit|Festival|Awards?|War)$/iu;

// Capitalized words after a name's closing bracket, to the span's end: "(Taipower)" + " Hsinta Power Plant".
const AFTER_BRACKET = /^[(（[{][^()（）[\]{}]*[)）\]}][ \t]+((?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){0,5}\p{Lu}[\p{L}\p{M}-]*)$/u;
// A possessive, then a place within the place: "’s Las Condes district", "’s Xinyi District".
const PLACE_OF_PLACE = /^[’']s (?:\p{Lu}[\p{L}-]* ){1,3}(?:district|province|county|region|township|suburb|neighbou?rhood|District|Province|County|Township)(?![\p{L}])/u;
const JOINED_NAMES = new RegExp(String.raw`, (?=(?:a|an|the) \p{Lu})| (?:that|which|who|whom|whose|where|when|while|near|because|than|after|before|between|during|until|since|and the|as|amid|\p{Ll}{3,}s of|[–—](?: the)?|(?<=${BARE_AGENCY} )-) (?=\p{Lu})`, 'u');
const JOINED_PLACES = / (?:at|in) (?=\p{Lu})/u;
// The last word of a tournament or a meeting, which takes "in" and its town after it: "Hylo Open in Saarbrucken".
const EVENT_HEAD = /^(?:Open|Masters|Cup|Championships?|Games|Olympics|Paralympics|Grand Prix|Marathon|Summit|Forum|Conference|Festival|Expo|Classic|Finals)$/u;
// A full stop, then a word that opens sentences and no name: "… World War I. The U.S.A. …".
const SENTENCE_INSIDE = /\.\s+(?=(?:The|A|An|In|It|He|She|We|They|This|That|But|And|If|When|As|At|On)\s)/u;

/** True for the acronym of an ordinary term ("AI", "GDP") that no pair of this article made a name. */
function isTermAcronym(name: string, context: NameContext): boolean {
  return context.lexicon.termAcronyms.has(name) && !context.learned.has(name);
}

/**
 * Returns a model span typed by what the name itself says: a head word ("Fourth Nuclear Power Plant"
 * is a place) for its organizations and other names, a known place for its other names ("Philippines")
 * and its all-capital names ("TAIPEI" in a dateline). The model's places stay places ("Russian Federation").
 */
function retyped(part: Candidate, text: string, context: NameContext): Candidate {
  if (part.method !== 'model') return part;
  const name = text.slice(part.start, part.end);
  if (part.type === 'place') {
    // A body named after its city or county is no place: "Taoyuan City Department of Labor", "Yunlin County
    // Environmental Protection Bureau"; a facility stays one ("Hualien County Hall"), and so do "West Bank" and "Soviet Union".
    const words = name.split(' ');
    const last = words[words.length - 1]!;
    const afterPlaceHead = words.slice(1, -1).some((w) => context.lexicon.placeHeads.has(w));
    const body = afterPlaceHead && !context.lexicon.facilityHeads.has(last) && !context.lexicon.placeHeads.has(last) && nameType(name, context) === 'organization';
    // A brand no list knows before a country is that brand's company there: "Tigerair Taiwan", "Starbucks Korea" (not
    // "Central Taiwan", "Mainland China": English words; not "Jackson Mississippi": a given name).
    const brand = /^(\p{Lu}[\p{L}]+) (\p{Lu}[\p{L}]+)$/u.exec(name);
    if (brand && isCountry(brand[2]!, context) && !context.lexicon.placeHeads.has(brand[2]!) && !isVocabularyWord(brand[1]!.toLowerCase()) && !isKnownPlace(brand[1]!, context) && !isDemonym(brand[1]!, context) &&
      !isAnyGivenName(brand[1]!, context) && !isKnownPlace(name, context)) return changed(part, { type: 'organization' });
    // One camel-case word of a place and an English word is a company: "QatarEnergy", "AirAsia" (not "McAllen").
    const camel = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(name);
    const company = camel !== null && isKnownPlace(camel[1]!, context) && !isKnownPlace(name, context) && isVocabularyWord(camel[2]!.toLowerCase());
    // A court or another body by its head word is no place: "the Upper Tribunal".
    const institution = words.length >= 2 && BODY_HEAD.test(last) && nameType(name, context) === 'organization';
    // A regional Federal Reserve bank by its city: "New York Fed" (p129: a place); a country's sport is its governing body:
    // "New Zealand Cricket", "South Africa Rugby" (p130: a place).
    const fed = words.length >= 2 && (last === 'Fed' || (SPORT_WORD.test(last) && isCountry(words.slice(0, -1).join(' '), context)));
    return body || company || institution || fed ? changed(part, { type: 'organization' }) : part;
  }
  // An event named by its place or its date is a thing: "Kaohsiung Incident", "Tiananmen Square Massacre" (p130: an organization).
  if (part.type === 'organization' && HISTORIC_EVENT_END.test(name)) return changed(part, { type: 'other' });
  // "the Japanese chipmaker Rapidus" (a person the model doubted is retyped in `refineName`; people never come here).
  if (part.type !== 'organization' && isNamedAsFirm(part, name, text, context)) return changed(part, { type: 'organization' });
  const after = text.slice(part.end, part.end + 12);
  // "Chung Biu Yuen, 63,": a name of two to four words followed by an age is a person.
  if (/^, \d{1,3},/u.test(after) && /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u.test(name) && nameType(name, context) === undefined) return changed(part, { type: 'person' });
  // "the Yorkshire area": a name before a word for a stretch of land is a place; not a demonym, even
  // one no list has ("the Zairean border", an adjective the model called MISC).
  if (/^ (?:area|region|province|county|border|coast|countryside)\b/u.test(after) && (nameType(name, context) ?? 'place') === 'place'
    && !isDemonym(name, context) && !(part.type === 'other' && /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic)$/u.test(name))) return changed(part, { type: 'place' });
  const headType = /\s/u.test(name) ? nameType(name, context) : undefined;
  // An organization is a place only by a facility head ("Power Plant", "Airport"): "Manchester City" is a team.
  // (And a launch site: "Vikram Sarabhai Space Centre", "Kennedy Space Center"; p128. A centre alone may be a body: "Carter Center".)
  // (And a stage's: "Sydney Opera House", "Esplanade Concert Hall"; p140.)
  const facilityHead = /\s/u.test(name) && (context.lexicon.facilityHeads.has(name.slice(name.lastIndexOf(' ') + 1)) || / Space (?:Centre|Center)$/u.test(name) || / (?:Opera House|Concert Hall)$/u.test(name));
  if (facilityHead && part.type === 'organization' && !FOREIGN_INSTITUTION.test(name.slice(0, name.indexOf(' ')))) return changed(part, { type: 'place' });
  // So is one by a division's head, which no club or body ends in ("Lafourche Parish", "Aichi Prefecture"; p128: an organization
  // "Lafourche Parish" beside the place Lafourche). Not "County": "Derby County" is a club.
  // (Not a body of one: "People's Association of Taiwan Province".)
  if (part.type === 'organization' && DIVISION_END.test(name) && !/ of /u.test(name)) return changed(part, { type: 'place' });
  const facility = headType === 'place' && (part.type !== 'organization' || facilityHead);
  if (headType === 'organization' || headType === 'law' || facility) return changed(part, { type: headType! });
  if ((part.type === 'other' || isDateline(part, text)) && !isDemonym(name, context) && isKnownPlace(name, context)) return changed(part, { type: 'place' });
  return part;
}

/**
 * Joins a demonym to the institution right after it: "Qatari Foreign Ministry", "Taiwanese Ministry
 * of Foreign Affairs", "Czech Senate" are one name each (a demonym before a title stays apart), and a
 * "People's" body whatever its head: "Chinese People's Political Consultative Conference" (p78).
 */
function withDemonymInstitutions(named: Candidate[], text: string, context: NameContext, joinedNames: Map<string, string>): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const demonym = named[i]!;
    const institution = named[i + 1];
    if (institution && demonym.type === 'other' && institution.type === 'organization' && institution.kind === 'name' &&
      isDemonym(text.slice(demonym.start, demonym.end), context) && text.slice(demonym.end, institution.start) === ' ' &&
      (nameType(text.slice(institution.start, institution.end), context) === 'organization' || /^People['’]s /u.test(text.slice(institution.start, institution.end)))) {
      joined.push(changed(institution, { start: demonym.start }));
      // (Only where its pair's bracket follows: the article's other pair of the bare name is another country's, p135: a Taiwan story's
      // "Ministry of Foreign Affairs (MOFA)" before the "Chinese Ministry of Foreign Affairs spokesperson" had become China's.)
      if (/^\s?[(（]/u.test(text.slice(institution.end, institution.end + 2))) joinedNames.set(text.slice(institution.start, institution.end), text.slice(demonym.start, institution.end));
      i++;
    } else joined.push(demonym);
  }
  return joined;
}

// A minister's or secretary's title before its portfolio: "Minister of", "Cabinet Secretary for" (not "Secretary of the
// Communist Party": an institution).
const PORTFOLIO_TITLE = /(?<![\p{L}\p{N}])(?:Minister|Ministers|Secretary|Secretaries|Commissioner) (?:of|for) (?=\p{Lu})/gu;
const TWO_OR_THREE_NAME_WORDS = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}$/u;
const PORTFOLIO_LIST_GOES_ON = /^, \p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)* (?:and|&) \p{Lu}/u;
const PORTFOLIO_WORD = /^(?:\p{Lu}[\p{L}'’-]*|and|&)$/u;

/**
 * Where the portfolios after ministers' titles lie: the capitalized words (and "and", "&") after "Minister of"
 * or "Secretary for", up to a comma, a lower-case word, a given name or a person the model found ("Minister of
 * International Relations and Cooperation, Ronald Lamola"; "Minister of Foreign Affairs and Trade Winston Peters").
 */
function portfolioRanges(text: string, modelPeople: Set<number>, context: NameContext, personWords: ReadonlySet<string> = new Set()): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(PORTFOLIO_TITLE)) {
    const start = match.index + match[0].length;
    let end = start;
    let at = start;
    // Words after the list's "and": its last portfolio, then only role words ("… and International Trade"), not a name after it.
    let afterAnd = -1;
    for (let n = 0; n < 8; n++) {
      const word = /^[^\s,;:.()]+/u.exec(text.slice(at, at + 40))?.[0];
      if (word === undefined || !PORTFOLIO_WORD.test(word) || modelPeople.has(at) || isGivenName(word, context) || (n > 0 && personWords.has(word) && !isRoleWord(word, context.lexicon))) break;
      if (afterAnd >= 1 && !isRoleWord(word, context.lexicon)) break;
      // "Affairs" ends a portfolio but for a list's "and": "Coordinating Minister for Economic Affairs Airlangga Hartarto".
      if (n > 0 && text.slice(at - 8, at - 1) === 'Affairs' && /^\p{Lu}/u.test(word) && !isRoleWord(word, context.lexicon)) break;
      if (word === 'and' || word === '&') afterAnd = 0;
      else if (afterAnd >= 0) afterAnd++;
      if (/^\p{Lu}/u.test(word)) end = at + word.length;
      at += word.length;
      // A list of portfolios goes on over its commas to its "and": "Minister of Economy, Trade and Industry Ryosei Akazawa" (p109).
      if (text[at] === ',' && PORTFOLIO_LIST_GOES_ON.test(text.slice(at, at + 60))) at++;
      if (text[at] !== ' ') break;
      at++;
    }
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/**
 * Candidates inside a portfolio are no names (news rule 6: the title is not marked), but a place the lists know
 * ("Minister for Europe"); a person that opens inside one starts after it.
 */
function withoutPortfolioNames(found: Candidate[], portfolios: { start: number; end: number }[], text: string, context: NameContext): Candidate[] {
  if (portfolios.length === 0) return found;
  return found.flatMap((c) => {
    const portfolio = portfolioAt(portfolios, c.start);
    const name = text.slice(c.start, c.end);
    if (!portfolio || c.kind !== 'name' || isKnownPlace(name, context) || (name.includes(' ') && nameType(name, context) === 'organization')) return [c];
    if (c.end <= portfolio.end) return [];
    const start = portfolio.end + (/^ +/u.exec(text.slice(portfolio.end, c.end))?.[0].length ?? 0);
    // Also where the model took the portfolio and the name after it for a body: "Trade and Industry Ryosei Akazawa" (p109).
    const person = c.type === 'person' || (start < c.end && TWO_OR_THREE_NAME_WORDS.test(text.slice(start, c.end)) && nameType(text.slice(start, c.end), context) === undefined);
    return person && start < c.end ? [changed(c, { start, type: 'person' })] : [];
  });
}

/**
 * The portfolio holding `at`, or undefined. The ranges are in text order and do not overlap, so a binary search: a
 * text of many titles and names had cost their product.
 */
function portfolioAt(portfolios: { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  let low = 0;
  let high = portfolios.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = portfolios[middle]!;
    if (at < range.start) high = middle - 1;
    else if (at >= range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

/** A law's name ends before "in" and a place the lists know: "Convention against Torture in Syria" is the convention and Syria. */
function withoutPlaceAfterIn(law: Candidate, text: string, context: NameContext): Candidate {
  const name = text.slice(law.start, law.end);
  const inPlace = / in (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(name);
  return inPlace && isPlaceName(inPlace[1]!, context) ? changed(law, { end: law.start + inPlace.index }) : law;
}

// First words of Romance institutions' and places' names that the name lists also hold ("Casa de Moneda", "Santa Cruz").
const FOREIGN_BODY = /^(?:Casa|Banco|Banca|Banque|Caixa|Instituto|Institut|Partido|Parti|Tribunal|Consejo|Conseil|Ministerio|Ministério|Universidad|Universidade|Université|Escola|Escuela|Museo|Museu|Teatro|Colegio|Fundación|Fundação|Compañía|Companhia|Agencia|Agência|Comité|Comisión|Corte|Cour|Palacio|Palácio|Santa|Santo|San|São|Villa|Vila|Porto|Puerto|Rio|Río)$/u;
const GERMAN_INSTITUTION = /^(?:(?:Bundes|Landes|Verfassungs)\p{Ll}{4,}|\p{Lu}\p{Ll}{3,}(?:gericht|gerichtshof|ministerium|behörde|verband|partei|kammer|anstalt|amt))$/u;

// Institution heads a portfolio follows with "of": "Department of Transportation", "Bureau of Labor Statistics".
const HEAD_BEFORE_PORTFOLIO = /(?:^|\s)(?:Department|Ministry|Bureau|Office|Commission|Council|Board|Agency|Administration|Authority|Secretariat|Division|Directorate)$/u;
const PORTFOLIO = /^\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3}$/u;

/**
 * Joins the parts of an institution's name the model read as two: a body and its portfolio after "of"
 * ("Taipei City Department" + "Transportation"), a body and its head word alone ("Kaohsiung City Police" +
 * "Department"). Not a place after "of" ("Ministry of Foreign Affairs of Paraguay" keeps Paraguay).
 */
function withInstitutionParts(named: Candidate[], text: string, context: NameContext): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < named.length; i++) {
    const body = named[i]!;
    const part = named[i + 1];
    const gap = part ? text.slice(body.end, part.start) : '';
    const bodyName = text.slice(body.start, body.end);
    const partName = part ? text.slice(part.start, part.end) : '';
    const portfolio = gap === ' of ' && HEAD_BEFORE_PORTFOLIO.test(bodyName) && part!.method === 'model' && part!.type !== 'person' && PORTFOLIO.test(partName) && !isKnownPlace(partName, context);
    const head = gap === ' ' && part?.kind === 'name' && context.lexicon.organizationHeads.has(partName) && /\s/u.test(bodyName);
    // (And a place's head word and the place it is "of", both read as places: "Mall" + "Asia Arena" of "Mall of Asia Arena", p136.)
    const placeOf = gap === ' of ' && body.type === 'place' && part?.type === 'place' && body.method === 'model' && part.method === 'model' && /^\p{Lu}\p{Ll}+$/u.test(bodyName) &&
      isVocabularyWord(bodyName.toLowerCase()) && !isKnownPlace(bodyName, context) && !/^(?:North|South|East|West|Central)$/u.test(bodyName);
    // (And a city and the facility named after it, read as two: "Cairo" + "Opera House", p140: a place and an organization.)
    const facility = gap === ' ' && body.type === 'place' && part?.method === 'model' && body.method === 'model' && FACILITY_NAME_END.test(partName) && isKnownPlace(bodyName, context);
    if (part && body.kind === 'name' && part.kind === 'name' && (placeOf || facility || (body.type === 'organization' && (portfolio || head)))) {
      joined.push(changed(body, { end: part.end, type: facility ? 'place' : body.type }));
      i++;
    } else joined.push(body);
  }
  return joined;
}

// What is done by or to a company, right before its name.
const COMPANY_DEED_BEFORE = /\b(?:operated|owned|run|acquired|bought|founded|controlled|managed) by $|\b(?:collapse|bankruptcy|shares|stake|takeover|subsidiary|chief executive|CEO|shareholders) (?:of|in) $/u;

// A facility's name that a city's name may open: "Opera House", "Concert Hall", "National Theatre".
const FACILITY_NAME_END = /^(?:\p{Lu}\p{Ll}+ ){0,2}(?:Opera House|Concert Hall|Theatre|Theater|Playhouse|Convention Center|Convention Centre|Exhibition Centre|Exhibition Center)$/u;

// Head words of a body of people, which no place's name ends in (unlike "Union", "Bank", "Centre").
const PEOPLE_BODY_HEAD = /^(?:Force|Forces|Police|Association|Federation|Party|Ministry|Commission|Committee|Bureau|Agency|Council|Club|Guard|Army|Navy)$/u;
// Place heads that never end a person's name (unlike "Park", "Hill" or "Street").
const NOT_A_SURNAME_HEAD = /(?:^|\s)(?:Island|Islands|Islet|Islets|Dao|Atoll|Reef|Shoal|Strait|Straits|Peninsula|Heights|Plateau|Desert|Gulf|Canal|Channel|Basin|Corridor|Volcano|River|Lake|Mountains|Sea|Ocean|Airport|Harbor|Harbour|Reservoir|Temple|Hospital|Museum|Stadium|Province|County|Prefecture|Township|(?:Expressway|Highway|Route|Motorway|Freeway)(?: \d{1,4}[A-Z]?)?)$/u;

// An award's category ("Best Feature Film"), and words after a name that make it a facility's place, a product or a camp.
const AWARD_NOUN = String.raw`(?:Film|Picture|Actor|Actress|Director|Screenplay|Documentary|Album|Song|Artist|Score|Feature|Animation|Series|Drama|Performance)`;
const AWARD_CATEGORY = new RegExp(String.raw`^Best (?:\p{Lu}\p{Ll}+ ){0,3}${AWARD_NOUN}$`, 'u');
const GROUP_AFTER = /^ (?:groups?|representatives|activists|advocates|campaigners|unions)\b/u;
// The same nouns after a category the model cut before them ("Best" + " Director").
const AWARD_NOUN_AFTER = new RegExp(String.raw`^ ${AWARD_NOUN}(?![\p{L}])`, 'u');
const FACILITY_AFTER = /^ (?:(?:nuclear )?(?:power )?plant|reactor|airport|station|dam|port|hospital|temple)\b/u;
const PRODUCT_AFTER = /^ (?:chatbots?|AI (?:models?|assistants?|chatbots?|agents?)|(?:large )?language models?|(?:AI )?(?:platforms?|chips?|GPUs?|superchips?|accelerators?|processors?|servers?|rack(?:-scale)? systems?))\b/u;

// Buildings that stand for a government: an organization when they act ("Downing Street said"), a place
// where something happens in them ("told reporters in Downing Street", "outside the Kremlin"); "at the
// White House" and "to the White House" stay the model's (OntoNotes has them organizations).
const SEAT_BUILDINGS = new Set(['Downing Street', 'Kremlin', 'White House', 'Élysée', 'Elysee', 'Élysée Palace', 'Blue House', 'Zhongnanhai', 'Pentagon', 'Presidential Office', 'Malacañang', 'Malacanang']);

// Where a company sells, after its name and a company's word: " for Australia and New Zealand" (not an
// institution's: "Economic Commission for Africa").
const MARKET_AFTER = /(?<=(?:Motors?|Group|Corp\.?|Corporation|Inc\.?|Co\.?|Company|Ltd\.?|Airlines|Electronics|Holdings|Technologies|Pharma|Semiconductor|Steel|Industries|Telecom|Automotive)) for (the )?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*(?:(?:, (?:and )?| and )\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)*)$/u;
// Malaysia's honorifics before a name, in the order they stack.
const MALAY_HONORIFIC = /^(?:Tan Sri|Puan Sri|Toh Puan|Tun|Datuk Seri(?: Utama)?|Dato['’]? Sri|Datuk|Dato['’]?|Datin Paduka|Datin) (?=\p{Lu}\p{Ll}+ \p{Lu})/u;
// The word a newspaper's name ends in, after its city.
const NEWSPAPER_END = / (?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Daily|Standard|Observer|Inquirer|Independent|Mail|Express|Star|Globe)$/u;
// An institution's adjective that names nothing alone ("Central" of "Central bank holds rates").
const INSTITUTION_ADJECTIVE = /^(?:Central|National|Federal|Supreme|Constitutional|Royal|Interior|Foreign|Defence|Defense|Presidential|Provincial|Municipal)$/u;
// A company's common noun right before its name ("the British firm ", "the US startup "), or "compiled by ".
const FIRM_NOUN_BEFORE = /(?:\b(?:firm|company|startup|start-up|chipmaker|carmaker|automaker|lender|insurer|carrier|airline|retailer|conglomerate|brokerage|supplier|developer|broadcaster|publisher|consultancy|shipbuilder|refiner) |\bcompiled by )$/u;
// The head words of bodies that are never places (a bank, a union or a house may be: "West Bank", "White House").
const BODY_HEAD = /^(?:Tribunal|Court|Commission|Committee|Agency|Authority|Ministry|Department|Bureau)$/u;
// A company's legal form, and the capitalized words of its name before it.
const LEGAL_FORM = /^(?:NV|N\.V\.|BV|AG|SE|SA|S\.A\.|Plc|PLC|GmbH|AB|ASA|Oyj|SpA|Bhd|Tbk|Ltd|Inc|Corp|JSC|PJSC)\.?$/u;
const COMPANY_WORDS_BEFORE = /(?:^|[^\p{L}\p{N}-])((?:\p{Lu}[\p{L}\p{N}&.'’]*)(?: \p{Lu}[\p{L}\p{N}&.'’]*){0,3}) $/u;

// Where a firm is based, before what it is: "the Veldhoven-based supplier", "the Icheon-based chipmaker"
// (not what a product runs on: "Android-based phones", "Arm-based chips").
const BASED_FIRM_AFTER = /^-(?:based|headquartered) (?:[\p{Ll}-]+ ){0,2}(?:company|firm|supplier|chipmaker|maker|manufacturer|group|startup|start-up|bank|lender|insurer|carrier|airline|developer|producer|retailer|giant|conglomerate|think tank|newspaper|broadcaster|outlet|nonprofit|charity|organi[sz]ation|club|team|fund|investor|brokerage|exchange|operator|utility|refiner|shipbuilder|automaker|carmaker|distributor|publisher|agency|institute|university|consultancy)\b/u;

const TEAM_CITY_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) $/u;
const COMPETITION_HEAD = /^(?:Cup|Championship|Championships|League|Trophy|Series|Games|Open)$/u;
const EVENT_FRONT = /(?<![\p{L}\p{N}'’-])(?:(?:\p{Lu}\p{Ll}+|Women['’]s|Men['’]s) ){1,3}$/u;
const PLACE_OF_BEFORE = /\b(?:province|provinces|state|county|district|prefecture|region|island|town|village|city|municipality|governorate|oblast) of $/u;
// Who works at a firm, before its name: "an analyst at", "chief economist at", "a strategist at".
const FIRM_NAME_END = /^(?:['’]s\b|[,.;:)!?"”]|\s*$|\s+(?:in|said|says|and|who|which|told|on|for|wrote|added)\b)/u;
const WORKS_AT_BEFORE = /\b(?:analysts?|economists?|strategists?|investment officer|portfolio managers?|fund managers?|traders?|researchers?) at $/u;

// A firm's possessive before a person named in full: "Jefferies' Edison Lee", "Bernstein's Stacy Rasgon".
const FIRM_POSSESSIVE = /\p{Lu}[\p{L}&.-]*(?:['’]s?|’) $/u;
const PERSON_AFTER_POSSESSIVE = /^['’]s? (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?![\p{L}-])/u;

/** True for a given name and a family name the model typed an organization after a firm's possessive ("Jefferies' Edison Lee"). */
function isAnalystOfFirm(cut: Candidate, name: string, text: string, context: NameContext): boolean {
  const words = name.split(' ');
  return words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && isAnyGivenName(words[0]!, context) && nameType(name, context) === undefined &&
    FIRM_POSSESSIVE.test(text.slice(Math.max(0, cut.start - 40), cut.start));
}

/**
 * True for one word the model typed a person whose possessive stands before a person named in full
 * ("Bernstein's Stacy Rasgon"): a firm's analyst, unless the article names someone by that word ("Joe
 * Biden … Biden's Jake Sullivan").
 */
function isFirmOfAnalyst(cut: Candidate, name: string, text: string, context: NameContext): boolean {
  if (name.includes(' ')) return false;
  const after = PERSON_AFTER_POSSESSIVE.exec(text.slice(cut.end, cut.end + 60));
  return after !== null && isAnyGivenName(after[1]!, context) && !new RegExp(String.raw`\p{Lu}[\p{L}.-]* ${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}])`, 'u').test(text);
}
const CAMP_AFTER = /^ (?:refugee|displacement|displaced persons|displaced people's|migrant|detention|internment) camps?\b/u;
// Words of weapons after a name (a romanized weapon's name reads like a person's: "Hsiung Feng III").
const WEAPON_AFTER = /^-?(?:class )?\s?(?:(?:anti-ship|cruise|ballistic|surface-to-air|air-defen[cs]e|air defen[cs]e) )?(?:missiles?|rockets?|launchers?|fighter jets?|fighters?|drones?|destroyers?|frigates?|corvettes?|submarines?|warships?|howitzers?|(?:air[- ]defen[cs]e )?systems?)\b/u;

const LIST_AFTER = /^(?:,| and|, and) (?:the )?/u;
const LIST_BEFORE = /(?:,| and|, and) (?:the )?$/u;

/** True when a candidate stands in a list ("A, B and C") next to a place: `places` holds the places' starts and ends. */
function inPlaceList(candidate: Candidate, places: { starts: Set<number>; ends: Set<number> }, text: string): boolean {
  const after = LIST_AFTER.exec(text.slice(candidate.end, candidate.end + 12));
  if (after && places.starts.has(candidate.end + after[0].length)) return true;
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, candidate.start - 12), candidate.start));
  return before !== null && places.ends.has(candidate.start - before[0].length);
}

// A result: a side, a verb of winning, losing or drawing, the other side and the score.
const SIDE = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
// A side starts where no run of name characters goes on before it: a match tried at every capital of
// "T.T.T.…" would scan the rest of the run each time (the square of its length).
const SPORTS_RESULT = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${SIDE}) (?:beat|beats|defeated|defeats|edged|edges|thrashed|routed|drew with|draws with|lost to|loses to|lost|held) (${SIDE}) \d{1,2}-\d{1,2}(?![\p{N}])`, 'gu');
// A league's words: a fixture's sides are teams only in a story that has them.
const LEAGUE_WORDS = /\b(?:standings|league table|La Liga|Premier League|Serie A|Bundesliga|Ligue 1|Champions League|matchday|fixture|kick-off)\b/u;
// A side that visits or hosts another, an apposition between: "Barcelona, second in the standings, visits Sevilla".
const SPORTS_FIXTURE = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${SIDE})(?:, [^,.
]{1,40},)? (?:visits|hosts|visit|host|will visit|will host|travels to|travel to) (${SIDE})(?![\p{L}\p{N}])`, 'gu');
// The score before the other side: "Real Sociedad drew 1-1 with Barcelona", "Arsenal won 2-0 at Chelsea".
const SPORTS_RESULT_SCORE_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${SIDE}) (?:drew|draw|draws|won|win|wins|lost|lose|loses|tied|ties) \d{1,2}-\d{1,2} (?:with|against|at|to|over|away to|away at|at home to) (${SIDE})`, 'gu');

// A side before its player's or manager's role and the person's name: "Arsenal manager Mikel Arteta", "Liverpool captain
// Virgil van Dijk", "Spurs boss Ange Postecoglou" (a company's boss too: "Tesla boss Elon Musk").
const SPORTS_ROLE_WORDS = 'manager|head coach|coach|boss|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|center-back|quarterback|pitcher|shortstop|point guard|linebacker|team principal|team boss|race engineer|forward|centre-forward|center-forward|playmaker|opener|opening batter|batter|batsman|bowler|spinner|paceman|seamer|all-rounder|wicketkeeper|wicket-keeper|fly-half|scrum-half|flanker';
// (The player's name may open with an apostrophe's initial: "Chelsea midfielder N’Golo Kanté", p92.)
const SPORTS_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${SIDE}) (?:${SPORTS_ROLE_WORDS}) (?=\p{Lu}(?:\p{Ll}|['’]\p{Lu}))`, 'gu');
const SPORTS_ROLE_WORD = new RegExp(String.raw` (?:${SPORTS_ROLE_WORDS}) \p{Lu}`, 'u');
// Words before a side that are no part of its name: "Former Arsenal manager", "Then-Chelsea boss".
// (Nor how the player plays or stands: "Fast bowler Asitha Fernando", "Recalled fly-half Henry Honiball".)
const SIDE_LEAD = /^(?:(?:The|Former|Then|Interim|Caretaker|Acting|Ex|Outgoing|Incoming|New|Ex-|Then-|Stand-in|Stand-In|Player-|Assistant|Deputy|Vice|Fast|Pace|Seam|Spin|Leg-spin|Left-arm|Right-arm|Opening|Veteran|Star|Young|Teenage|Top|Key|Experienced|Talismanic|\p{Lu}\p{Ll}+ed)[ -]?)+/u;

/** Where a side a role names stands: "Arsenal" of "Arsenal manager Mikel Arteta". */
interface RoleSide {
  start: number;
  end: number;
}

/** The sides the article's roles name, in text order, without a word of tenure before them ("Former"). */
function sportsRoleSides(text: string): RoleSide[] {
  if (!SPORTS_ROLE_WORD.test(text)) return [];
  const sides: RoleSide[] = [];
  for (const match of text.matchAll(SPORTS_ROLE)) {
    // A side opens no earlier than its sentence: "at Stamford Bridge. Chelsea head coach Enzo Maresca" (p84; not after an
    // abbreviation's stop: "St. Louis Cardinals manager").
    const sentence = SENTENCE_BEFORE_SIDE.exec(match[1]!);
    const side = sentence === null ? match[1]! : match[1]!.slice(sentence[0].length);
    const from = match.index + match[1]!.length - side.length;
    const lead = SIDE_LEAD.exec(side)?.[0].length ?? 0;
    if (lead < side.length) sides.push({ start: from + lead, end: match.index + match[1]!.length });
  }
  return sides;
}

const SENTENCE_BEFORE_SIDE = /^.*\p{Ll}{3}\. (?=\p{Lu})/u;

/** The side of a role the model left out is an organization ("Arsenal manager Mikel Arteta"), below the model's candidates. */
function findRoleSides(sides: RoleSide[]): Candidate[] {
  return sides.map(({ start, end }) => ({ start, end, type: 'organization' as const, kind: 'name' as const, method: 'rule:team-role', confidence: 0.7, priority: 2 }));
}

/** Where the sides of results in the text end (the first side) and start (the second): teams, not their cities. */
function sportsTeamEdges(text: string): { ends: Set<number>; starts: Set<number> } {
  const ends = new Set<number>();
  const starts = new Set<number>();
  // A fixture in a league's story, with no score: "Barcelona, second in the standings, visits Sevilla on Sunday" (p133: places).
  if (LEAGUE_WORDS.test(text)) {
    for (const match of text.matchAll(SPORTS_FIXTURE)) {
      ends.add(match.index + match[1]!.length);
      starts.add(match.index + match[0].length - match[2]!.length);
    }
  }
  // Both patterns open with a look-behind tried at every character; both need a score.
  if (!/\d-\d/u.test(text)) return { ends, starts };
  for (const match of text.matchAll(SPORTS_RESULT)) {
    ends.add(match.index + match[1]!.length);
    starts.add(match.index + match[0].indexOf(` ${match[2]!} `, match[1]!.length) + 1);
  }
  for (const match of text.matchAll(SPORTS_RESULT_SCORE_FIRST)) {
    ends.add(match.index + match[1]!.length);
    starts.add(match.index + match[0].length - match[2]!.length);
  }
  return { ends, starts };
}

/**
 * The names of the article's sides of results that are teams: a side beside a side typed an organization or a place
 * (no country), where a person the model read is none the article names in full ("Liverpool beat Chelsea 3-1", Chelsea a
 * person); not a tennis result of two people ("Sinner beat Alcaraz 6-4").
 */
function sportsTeamNames(named: Candidate[], teams: { ends: Set<number>; starts: Set<number> }, text: string, personWords: Set<string>, context: NameContext): Set<string> {
  const names = new Set<string>();
  const sides = named.filter((c) => c.kind === 'name' && (teams.ends.has(c.end) || teams.starts.has(c.start)));
  const isTeam = (c: Candidate) => (c.type === 'organization' || c.type === 'place') && !isCountry(text.slice(c.start, c.end), context);
  // A country's side is its national team (a place, news rule 9), and what beat it a team too: "Gilas Pilipinas edged Japan 82-79"
  // (p136: a person), where its first word is no given name.
  const national = sides.some((c) => c.type === 'place' && isCountry(text.slice(c.start, c.end), context));
  if (!national && !sides.some(isTeam)) return names;
  for (const c of sides) {
    const name = text.slice(c.start, c.end);
    const word = name.slice(0, name.indexOf(' '));
    const person = c.type === 'person' && c.method === 'model' && (name.includes(' ') ? national && !isAnyGivenName(word, context) : !personWords.has(name));
    if (isTeam(c) || person) names.add(name);
    // (And its first word, as the story calls it again: "Gilas next faces Chinese Taipei".)
    if (person && name.includes(' ')) names.add(word);
  }
  return names;
}

const LIST_CONJUNCTIONS = ['and', 'or'];
const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'from'];

/**
 * False when `text[from, end)` cannot end in one of `words` and whitespace: it ends in an ASCII character that is no space,
 * or its ASCII spaces follow an ASCII character and none of `words` ends there. A character beyond ASCII (a space of its
 * own, perhaps) or the window's edge leaves it to the pattern. Tested before patterns tried from every position of the window.
 */
function mayEndAfter(text: string, from: number, end: number, words: readonly string[]): boolean {
  let k = end - 1;
  while (k >= from && isAsciiSpace(text.charCodeAt(k))) k--;
  if (k < from || text.charCodeAt(k) >= 0x80) return true;
  return k < end - 1 && words.some((word) => k + 1 - word.length >= from && text.startsWith(word, k + 1 - word.length));
}

/** True for an ASCII whitespace character (what `\s` holds below 0x80). */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** "in La Malbaie, Canada": a name after "in" or "at" and before a comma and a known place is a place, whatever the model said. */
function isPlaceInPlace(candidate: Candidate, text: string, context: NameContext): boolean {
  const next = /^(?:,\s+|,?\s+and\s+)(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})/u.exec(text.slice(candidate.end, candidate.end + 40));
  if (mayEndAfter(text, Math.max(0, candidate.start - 10), candidate.start, PLACE_PREPOSITIONS) && /(?:^|\s)(?:in|at|near|outside|from)\s+$/u.test(text.slice(Math.max(0, candidate.start - 10), candidate.start))) return next !== null && next[0].startsWith(',') && isKnownPlace(next[1]!, context);
  // The last of places after a preposition of place: "scam compounds in Sihanoukville and Bavet".
  const listed = mayEndAfter(text, Math.max(0, candidate.start - 80), candidate.start, LIST_CONJUNCTIONS) ? /(?:^|\s)(?:in|at|near|from|to|into)\s+(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?:,\s+\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)*,?\s+(?:and|or)\s+$/u.exec(text.slice(Math.max(0, candidate.start - 80), candidate.start)) : null;
  if (listed && !/\s/u.test(text.slice(candidate.start, candidate.end)) && isKnownPlace(listed[1]!, context) && !isAnyGivenName(text.slice(candidate.start, candidate.end), context)) return true;
  // A known place inside a list of names, beside a known place: "in Yilan, Hualien, Taipei, New Taipei, Taoyuan and Hsinchu County".
  const previous = mayEndAfter(text, Math.max(0, candidate.start - 40), candidate.start, [',']) ? /(?:^|[\s(])(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}),\s+$/u.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start)) : null;
  return previous !== null && next !== null && isKnownPlace(text.slice(candidate.start, candidate.end), context) && (isKnownPlace(previous[1]!, context) || isKnownPlace(next[1]!, context));
}

// A name in a list of places: capitalized words, with an Arabic article ("Deir al-Balah") or "of" between them.
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: (?:(?:al|el|ad|an|ash|as|at|az)-\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*)){0,3}`;
const PLACE_LIST_BEFORE = new RegExp(String.raw`(?:^|\s)(?:in|at|near|outside|across|around)\s+((?:${LISTED_NAME}(?:,\s+|,?\s+and\s+))*)$`, 'u');
const PLACE_LIST_ANY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])((?:${LISTED_NAME}(?:,\s+|,?\s+and\s+))+)$`, 'u');
// What a window ends with, before its last spaces, when a list of places may end it: a comma, "and", or a
// preposition of place (the ends of PLACE_LIST_BEFORE and PLACE_LIST_ANY_BEFORE).
const LIST_LEAD_IN_END = /(?:,|and|in|at|near|outside|across|around)$/u;

/** False when neither place-list pattern can match the window: both are tried from its every character, most windows end otherwise. */
function mayEndPlaceList(window: string): boolean {
  const trimmed = window.trimEnd();
  return trimmed.length < window.length && LIST_LEAD_IN_END.test(trimmed.slice(-7));
}

const PLACE_LIST_AFTER = new RegExp(String.raw`^(?:(?:,\s+|,?\s+and\s+)${LISTED_NAME})*`, 'u');

/**
 * True for a name in a list after a preposition of place, beside a known place or (unless `anchored`)
 * among three or more names no list knows: "strikes in Khan Younis, Deir al-Balah and Gaza City",
 * "checkpoints in Lo Wu, Lok Ma Chau and Heung Yuen Wai" (read as people's names), "lives in Kharkiv,
 * Odesa and Dnipro". People are seldom listed after "in" or "at"; companies are ("at Goldman, Morgan and
 * Citi"), so an organization needs a known place beside it.
 */
function isInPlaceList(candidate: Candidate, text: string, context: NameContext, anchored = false): boolean {
  const window = text.slice(Math.max(0, candidate.start - 120), candidate.start);
  const leadIn = mayEndPlaceList(window);
  const before = leadIn ? PLACE_LIST_BEFORE.exec(window) : null;
  if (!before) {
    // A person's name among places, with no preposition: "Strikes hit Khan Younis, Deir al-Balah and Gaza City"
    // (two places beside it, or one beside a place the lists know).
    const name = text.slice(candidate.start, candidate.end);
    const known = isKnownPlace(name, context);
    if (anchored || candidate.method !== 'model' || (!known && (/\p{Lu}\p{Ll}+-\p{Ll}/u.test(name) || isAnyGivenName(name.split(' ')[0]!, context)))) return false;
    const previous = (leadIn ? PLACE_LIST_ANY_BEFORE.exec(window)?.[1] : undefined) ?? '';
    const next = PLACE_LIST_AFTER.exec(text.slice(candidate.end, candidate.end + 120))![0];
    const items = listItems(previous, next);
    const places = items.filter((item) => isPlaceName(item, context)).length;
    // Not a name the lists know as a place beside one other ("if Clinton and Dole start").
    return places >= 2 || (places === 1 && known && items.length >= 2);
  }
  const after = PLACE_LIST_AFTER.exec(text.slice(candidate.end, candidate.end + 120))![0];
  const others = listItems(before[1]!, after);
  if (others.length === 0) return false;
  // A person the model is sure of, or who has a given name, is a person after a place when a comma and a lower-case
  // word follow: "the ambassador in Brasilia, Daniel Raimondi, said" (an apposition, not a list of places).
  const name = text.slice(candidate.start, candidate.end);
  if (candidate.method === 'model' && candidate.type === 'person' && name.includes(' ') && (candidate.confidence >= 0.8 || isAnyGivenName(name.split(' ')[0]!, context))
    && /^, \p{Ll}/u.test(text.slice(candidate.end, candidate.end + 3)) && !isKnownPlace(name, context) && nameType(name, context) === undefined) return false;
  if (others.some((item) => isPlaceName(item, context))) return true;
  const items = [text.slice(candidate.start, candidate.end), ...others];
  return !anchored && items.length >= 3 && /(?:in|at|near|outside)\s+$/u.test(before[0].slice(0, before[0].length - before[1]!.length)) &&
    !items.some((item) => { const type = nameType(item, context); return type !== undefined && type !== 'place'; });
}

/**
 * True for a name no head word types that a company's common noun or a source's compiler stands right before: "the
 * British firm Yoti", "the Japanese chipmaker Rapidus", "data compiled by Bloomberg".
 */
function isNamedAsFirm(candidate: Candidate, name: string, text: string, context: NameContext): boolean {
  return FIRM_NOUN_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start)) && nameType(name, context) === undefined;
}

/**
 * True for one word the model read as a person without conviction that the lexicon's places know and no given name
 * is: Taiwan's townships ("near Nangan (南竿) and Beigan", "in Taipei's Dazhi area"), not "Jackson" or "Chelsea".
 */
function isUnsurePersonAtPlace(cut: Candidate, name: string, context: NameContext): boolean {
  return cut.method === 'model' && cut.confidence < 0.6 && !name.includes(' ') && context.lexicon.places.has(name) && !isAnyGivenName(name, context);
}

// A title, "for" and the capitalized words of its portfolio so far: "Executive Vice President for Clean, Just and ".
const PORTFOLIO_LIST_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}-]*) for ((?:\p{Lu}[\p{L}-]*,? (?:and )?)*)$/u;

/** The title, "for" and the portfolio list so far right before `start`, or null: "Executive Vice President for Clean, Just and ". */
function portfolioListBefore(start: number, text: string, context: NameContext): RegExpExecArray | null {
  const window = text.slice(Math.max(0, start - 120), start);
  // The pattern is tried from every character of the window: most windows hold no " for " at all.
  if (!window.includes(' for ')) return null;
  const before = PORTFOLIO_LIST_BEFORE.exec(window);
  return before !== null && isTitle(before[1]!, context.lexicon) ? before : null;
}

/** A span from the given name of the two or three capitalized words that end it, or the span as it is. */
function fromGivenName(candidate: Candidate, text: string, context: NameContext): Candidate {
  const words = [...text.slice(candidate.start, candidate.end).matchAll(/\S+/gu)];
  const given = words.findIndex((w, k) => k > 0 && words.length - k >= 2 && words.length - k <= 3 && isAnyGivenName(w[0], context) && words.slice(k).every((x) => /^\p{Lu}\p{Ll}/u.test(x[0])));
  return given > 0 ? changed(candidate, { start: candidate.start + words[given]!.index }) : candidate;
}

/**
 * A person the model ran a title's portfolio into ("Executive Vice President for Clean, Just and Competitive
 * Transition Teresa Ribera"): the person from the first given name on, when two words or more are left.
 */
function withoutPortfolioList(candidate: Candidate, text: string, context: NameContext): Candidate {
  if (candidate.type !== 'person' || candidate.method !== 'model' || portfolioListBefore(candidate.start, text, context) === null) return candidate;
  return fromGivenName(candidate, text, context);
}

/** True for a word of a title's portfolio list that no list knows as a place: "Clean" of "… for Clean, Just and Competitive Transition". */
function isInPortfolioList(candidate: Candidate, text: string, context: NameContext): boolean {
  const name = text.slice(candidate.start, candidate.end);
  if (candidate.method !== 'model' || name.includes(' ')) return false;
  const before = portfolioListBefore(candidate.start, text, context);
  if (before === null || isKnownPlace(name, context)) return false;
  // An item the list goes on after, or its last, after "and": "… Security and Democracy, said".
  return /^,? (?:and )?\p{Lu}/u.test(text.slice(candidate.end, candidate.end + 8)) || /(?:^|\s)and $/u.test(before[2]!);
}

/**
 * True for a word of a portfolio list before a title that no list knows as a place: "Economy" of "Economy, Trade
 * and Industry Minister Ryosei Akazawa", "Forestry" of "Agriculture, Forestry and Fisheries Minister" (Japan's
 * ministers are titled so). The list has a comma and an "and", and a name follows its title.
 */
function isInPortfolioBeforeTitle(candidate: Candidate, text: string, context: NameContext): boolean {
  const name = text.slice(candidate.start, candidate.end);
  if (candidate.method !== 'model' || name.includes(' ') || isKnownPlace(name, context)) return false;
  const after = text.slice(candidate.end, candidate.end + 80);
  if (!/^(?:, | and )/u.test(after)) return false;
  let comma = after.startsWith(',') || /\p{Lu}[\p{L}-]*, $/u.test(text.slice(Math.max(0, candidate.start - 30), candidate.start));
  let and = after.startsWith(' and ');
  const words = after.replace(/^,/u, '').trim().split(' ');
  for (const [i, word] of words.slice(0, 8).entries()) {
    if (word === 'and') and = true;
    else if (/^\p{Lu}[\p{L}-]*,$/u.test(word)) comma = true;
    else if (!/^\p{Lu}[\p{L}-]*$/u.test(word)) return false;
    else if (isTitle(word, context.lexicon)) return comma && and && /^\p{Lu}/u.test(words[i + 1] ?? '');
  }
  return false;
}

// A title and its portfolio that the model read as an organization: "Executive Vice-President for Tech Sovereignty".
const TITLE_FOR = /^(?:(?:Executive|Deputy|Vice|First|Senior|Special|High|Chief)[ -])*(?:President|Vice-President|Commissioner|Minister|Secretary|Representative|Envoy|Coordinator|Rapporteur|Director|Director-General) for /u;

/** The names of a list on either side of a name: "Khan Younis, " and " and Gaza City" give both. */
function listItems(before: string, after: string): string[] {
  return `${before}|${after}`.split(/,\s+(?:and\s+)?|\s+and\s+|\|/u).map((item) => item.trim()).filter((item) => item !== '');
}

/** True for a known place of several words after a preposition of place: "fled to Khan Younis" (not "talks with Georgia Meloni"). */
function isPlaceAfterPreposition(candidate: Candidate, name: string, text: string, context: NameContext): boolean {
  return name.includes(' ') && /(?:^|\s)(?:in|at|near|outside|from|to|into|toward|towards|across|around)\s+$/u.test(text.slice(Math.max(0, candidate.start - 10), candidate.start)) && isKnownPlace(name, context);
}

// The AP's abbreviations of US states, as they follow a town: "La Canada, Calif.", "Red Bank, N.J.".
const STATE_AFTER = new RegExp(String.raw`^ ?, (?:${US_STATE}|D\.C)\.(?![\p{L}-])`, 'u');

/** True when a US state abbreviation follows the name: the name is a town, whatever the model said. */
function isBeforeState(candidate: Candidate, text: string): boolean {
  return STATE_AFTER.test(text.slice(candidate.end, candidate.end + 12)) && !/\s(?:Inc|Corp|Co|Ltd|Group|Bank|Fund|Company)\.?$/u.test(text.slice(candidate.start, candidate.end));
}

/** True for a dateline: a name in capitals that opens a line, then a parenthesis or a dash ("TAIPEI (CNA) —"). */
function isDateline(part: Candidate, text: string): boolean {
  const name = text.slice(part.start, part.end);
  return name === name.toUpperCase() && (part.start === 0 || text[part.start - 1] === '\n') && /^(?:,[^\n(]{1,30})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s/u.test(text.slice(part.end, part.end + 80));
}

// Abbreviations that end a name with their own full stop: company forms and the AP's US state abbreviations ("Calif.").
const ABBREVIATED = new RegExp(String.raw`\b(?:${NAME_END_ABBREVIATIONS})\.$`, 'u');

/** Returns a span without the full stop that ends its sentence ("Yoon Suk Yeol."), keeping initials and abbreviations ("Co.", "Jr."). */
function withoutSentenceStop(candidate: Candidate, text: string): Candidate {
  const name = text.slice(candidate.start, candidate.end);
  // A question's or an exclamation's mark is no name's ("And Beijing?", p92).
  const mark = /(?<=\p{L})[?!]+$/u.exec(name);
  if (mark) return changed(candidate, { end: candidate.end - mark[0].length });
  const endsSentence = /^["”’')]*(?:\s|$)/u.test(text.slice(candidate.end, candidate.end + 3));
  return endsSentence && /(?:^|[\s-])\p{L}\p{Ll}+\.$/u.test(name) && !ABBREVIATED.test(name) ? changed(candidate, { end: candidate.end - 1 }) : candidate;
}

// A date phrase, or a match's score ("Kodai Naraoka 21-15"), at a span's end.
// (And a month's day written after a name, as a translated dateline runs it on: "… Beijing December 7th", p109.)
const TRAILING_DATE = new RegExp(String.raw`\s+(?:(?:on|in|at|by|last|this|next)\s+(?:${CALENDAR_WORD})|\d{1,2}[-–]\d{1,2}|(?:[-–—]\s+|(?:on|in|at|by|since|from|until)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?)$`, 'u');

/** Returns a span without a trailing date phrase ("Office of Trade Negotiations on Friday") or score ("Kodai Naraoka 21-15"). */
function withoutTrailingDate(candidate: Candidate, text: string): Candidate {
  const match = TRAILING_DATE.exec(text.slice(Math.max(candidate.start, candidate.end - 40), candidate.end)) ??
    (DAY_AFTER.test(text.slice(candidate.end, candidate.end + 5)) ? TRAILING_MONTH.exec(text.slice(Math.max(candidate.start, candidate.end - 12), candidate.end)) : null);
  return match && candidate.end - match[0].length > candidate.start ? changed(candidate, { end: candidate.end - match[0].length }) : candidate;
}

// A month the span ends on before its day, the date outside the span: "Ocean Affairs Council Dec. 3, 2026" (p139: a
// photo credit's date), "Ministry of Health Jan 5". ("May" is a name's as often as a month's.)
const TRAILING_MONTH = /\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)$/u;
const DAY_AFTER = /^\.? \d{1,2}\b/u;

// More particles and a capitalized word: the rest of a family name after its first particle.
const PARTICLES_THEN_NAME = /^(?: \p{Ll}{1,5}){0,2} \p{Lu}/u;

const PEOPLES_BEFORE = /\p{Lu}\p{L}* (?:People|Workers|Farmers|Citizens)(?:['’]s?|s['’])$/u;

/**
 * False when `text[from, end)` cannot end in a space and a lower-case word, nor in a comma, colon, semicolon or dash: its
 * last character is ASCII and none of those, or its last ASCII lower-case letters follow an ASCII character that is no space.
 */
function mayEndLowercaseWord(text: string, from: number, end: number): boolean {
  let k = end - 1;
  let code = text.charCodeAt(k);
  if (code === 0x2c || code === 0x3b || code === 0x3a || code >= 0x80) return true;
  // (Hyphenated too: "Lahav 433 anti-corruption", p137.)
  while (k >= from && ((code >= 0x61 && code <= 0x7a) || (code === 0x2d && k < end - 1))) code = text.charCodeAt(--k);
  if (k === end - 1 || k < from) return k < from;
  return code >= 0x80 || code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Returns a model span without lower-case words at its end ("MuKo Public Relations company"). */
function withoutTrailingLowercase(candidate: Candidate, text: string): Candidate {
  // Words one at a time from the end: a regex anchored at the end would try every start (quadratic in a long span).
  let end = candidate.end;
  for (;;) {
    // Not a hyphenated part of the name: "Wang Jin - pyng" in tokenized text keeps "pyng"; a comma
    // or semicolon never ends a name ("League associates, about").
    const word = mayEndLowercaseWord(text, Math.max(candidate.start, end - 64), end) ? /(?:(?<!-)\s+\p{Ll}+(?:-\p{Ll}+)*|\s*[,;:—–])$/u.exec(text.slice(Math.max(candidate.start, end - 64), end)) : null;
    if (!word || end - word[0].length <= candidate.start) break;
    // A person's particle before the rest of the family name stays: "Ursula von" + " der Leyen".
    if (end === candidate.end && candidate.type === 'person' && isNameParticle(word[0].trim()) && PARTICLES_THEN_NAME.test(text.slice(end, end + 40))) break;
    // A party written in lower case after its people's possessive, as the Guardian does: "European People's party".
    if (end === candidate.end && candidate.type === 'organization' && word[0] === ' party' && PEOPLES_BEFORE.test(text.slice(Math.max(candidate.start, end - 24), end - word[0].length))) break;
    end -= word[0].length;
  }
  // A span the model ended wrongly may have started wrongly too: a rule's name outranks it.
  return end === candidate.end ? candidate : changed(candidate, { end, priority: Math.min(candidate.priority, 1.95) });
}

/**
 * Splits a place the model ran across a comma into a country ("Huangyan Dao, China", "Gyeongju,
 * South Korea"): two places ("Washington, D.C." stays whole: D.C. is no country).
 */
function splitAtCountry(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  if (candidate.type !== 'place') return [candidate];
  const name = text.slice(candidate.start, candidate.end);
  const comma = name.lastIndexOf(', ');
  if (comma <= 0 || !isCountry(name.slice(comma + 2), context)) return [candidate];
  return [changed(candidate, { end: candidate.start + comma }), changed(candidate, { start: candidate.start + comma + 2 })];
}

// An institution's name that goes on after its head word (not into a date: "the Committee on Tuesday").
const NAME_BEFORE_HEAD = /(?<![.!?:;"“]\s*|^\s*)\p{Lu}\p{Ll}[\p{L}-]* $/u;
const NAME_GOES_ON = new RegExp(String.raw`^ (?:of|for|on) (?:the )?(?!(?:${CALENDAR_WORD})\b)\p{Lu}`, 'u');

/** "the Cabinet", "Cabinet spokeswoman": a generic institution word alone is a nominal, not a name ("the Senate" is a name). */
function isGenericInstitution(candidate: Candidate, text: string, context: NameContext): boolean {
  const name = text.slice(candidate.start, candidate.end);
  // Not when its name goes on: "the Legislative Yuan's Committee" + " on Economic Affairs".
  // Nor when capitalized words stand before it: "Environmental Protection" + "Bureau" (the model cut the name).
  return !/\s/u.test(name) && context.lexicon.nominalInstitutions.has(name) && !NAME_GOES_ON.test(text.slice(candidate.end, candidate.end + 24))
    && !NAME_BEFORE_HEAD.test(text.slice(Math.max(0, candidate.start - 40), candidate.start));
}

// What a government does or says, after its capital as the subject ("Beijing says", "Tbilisi would
// suspend talks", "Cairo was ready to host", "Washington continues to support"); not "is" or "was" alone, which
// describe the city.
const AGENT_VERB = /^\s+(?:says|said|would|will|has|had|takes|wants|wanted|announced|warned|urged|accused|insists|insisted|hopes|rejected|denied|refused|agreed|demanded|claims|claimed|emerged|imposed|responded|retaliated|condemned|protested|expelled|vowed|threatened|pledged|blamed|criticized|criticised|sees|views|regards|suspended|may|could|should|must|does|did|can|cannot|might|also|has\s+long|sought|seeks|sent|plans|planned|opposes|opposed|accuses|denies|argues|vows|warns|urges|rejects|demands|blames|condemns|welcomes|fears|expects|threatens|pledges|pushes|push|broke|made|took|gave|struck|chose|began|withdrew|froze|told|kept|held|sold|bought|paid|led|drew|shut|continues|continued|appears|appeared|seems|seemed|tries|tried|needs|(?:is|was|has\s+been)\s+\p{Ll}{2,}ing|(?:is|was|remains|remained)\s+(?:ready|willing|prepared|unwilling|determined|eager|keen|reluctant|unlikely|open|committed)\s+to|\p{Ll}{3,}ed(?!\s+(?:by|in|at|on|from|to)\b))\b/u;
// A government's decision after its capital's possessive, up to two words between ("Beijing's rare earth export controls").
const OWNED_DECISION = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:decision|decisions|policy|policies|position|stance|demands?|plans?|proposals?|offer|response|move|ban|sanctions|tariffs|duties|pressure|claims?|warning|refusal|request|support|approval|threats?|controls|crackdown|intervention|approach|strategy|campaign|efforts|objections?|insistence|rejection|retaliation|envoy|ambassador|backing|blessing|consent|veto|ultimatum|terms|conditions|refusals?)\b/u;
// Words before a capital that make it a place: a preposition ("in Beijing", "envoy to Washington") or a longer name.
const PLACE_BEFORE = /(?:\b(?:in|to|from|at|of|for|on|into|near|via|with|by|visit|visited|visiting|toward|towards|across|around|outside|inside|between|and|or)|\p{Lu}[\p{L}.-]*(?<![\p{Ll}]\.)|[’'-])\s*$/u;

// The other capital of a joint subject, after this one or before it; the verb a joint subject takes.
const JOINT_SEAT_AFTER = /^ and (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=\s)/u;
const JOINT_SEAT_BEFORE = /(?<!\p{L})(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) and $/u;
const JOINT_VERB = /^\s+(?:have|had|would|will|may|could|should|must|can|say|said|agreed|want|insist|insisted|continue|negotiate|remain|agree|disagree|plan|hope|seek|pledge|(?:were|are)\s+\p{Ll}{2,}ing|\p{Ll}{3,}ed(?!\s+(?:by|in|at|on|from|to)\b))\b/u;
// Words between a capital and its verb: a time ("Beijing last year restricted", "Tokyo on Monday approved"),
// an adverb, an opening quote (`Ottawa "has to come`, `Moscow is "stockpiling`).
const SUBJECT_CLAUSE = /^,\s+(?:which|whose|who|in\s+a\s+statement|for\s+its\s+part|meanwhile|however|in\s+turn|too|also)\b[^,.;:!?()\n]{0,120},(?=\s)/u;
const BEFORE_VERB = new RegExp(String.raw`^(?:\s+(?:(?:last|this|next|earlier this|late last) (?:year|week|month|weekend|spring|summer|autumn|fall|winter)|on (?:${CALENDAR_WORD})|in (?:${CALENDAR_WORD})|(?:also|already|now|again|recently|previously|repeatedly|quickly|then|later|earlier|formally|officially|reportedly|swiftly|effectively|finally)))?(?=\s)`, 'u');
// A present-tense verb of a headline or of reported news after a capital ("Beijing rolls out", "Tokyo approves").
const PRESENT_VERB = /^\s+(?:rolls|approves|unveils|announces|launches|bans|slams|backs|blocks|lifts|eases|extends|imposes|halts|suspends|summons|sanctions|protests|signals|orders|tightens|tells|calls|asks|offers|issues|releases|steps|moves|hits|targets|restricts|raises|cuts|vetoes|opens|closes|accepts|admits|confirms|considers|demands|eyes|weighs|mulls|seeks|says|treats|gives|rewards|punishes|uses|provides|funds|pays|buys|sends|keeps|holds|lets|allows|forces|pressures|courts|woos|lures|recruits|supports|controls|regards)\b/u;
// A capital as the subject of an infinitive or a bare verb: "prompting Beijing to announce", "seen Washington impose".
const TO_VERB_AFTER = /^\s+to\s+(?:announce|lower|impose|lift|accept|halt|stop|drop|return|join|negotiate|comply|pay|end|approve|allow|reconsider|respond|act|take|make|change|ease|cut|raise|open|reopen|release|withdraw|recognize|recognise|back|support|sign|agree|provide|deliver|pick|resume|rejoin|retaliate|intervene|reverse|scrap|suspend|step|come|engage|decide|cooperate|send|use|do|exercise|show|refrain|cease|avoid|respect|abide|honou?r|ensure)\b/u;
const PASSIVE_AGENT_BEFORE = /\b(?:imposed|announced|rejected|criticized|criticised|condemned|ordered|demanded|approved|sanctioned|banned|blocked|denied|accused|targeted|pressured|proposed|backed|opposed|threatened|claimed|seized|detained|arrested|expelled|restricted|welcomed|vetoed|suspended|recognized|recognised|restrictions?|sanctions?|pressure|threats?|decision|ban|crackdown|demands?|measures|policies|claims?|coercion|intimidation|aggression|interference)\s+by\s+$/u;
const CAUSING_BEFORE = /(?:\b(?:see|sees|seen|saw|let|lets|make|makes|made|watch|watched|help|helped|letting)\s+)$/u;

/** True when a capital stands for its government: the subject of a verb of saying or doing ("Washington approved", "Beijing is using"). */
function isActingSeat(candidate: Candidate, text: string, lexicon: Lexicon): boolean {
  if (!lexicon.seatsOfGovernment.has(text.slice(candidate.start, candidate.end))) return false;
  const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
  // Two capitals as one subject: "Berlin and Paris have pushed for sanctions".
  const partner = JOINT_SEAT_AFTER.exec(text.slice(candidate.end, candidate.end + 40));
  // Not after a preposition, and not the end of a longer list ("Manila, Seoul, Taipei and Jakarta escaped …": markets).
  const opensSubject = (words: string) => !PLACE_BEFORE.test(words) && !/,\s*$/u.test(words);
  if (partner && lexicon.seatsOfGovernment.has(partner[1]!) && JOINT_VERB.test(text.slice(candidate.end + partner[0].length, candidate.end + partner[0].length + 24))) {
    return opensSubject(before);
  }
  const first = JOINT_SEAT_BEFORE.exec(before);
  if (first && lexicon.seatsOfGovernment.has(first[1]!) && JOINT_VERB.test(text.slice(candidate.end, candidate.end + 24))) {
    return opensSubject(before.slice(0, first.index));
  }
  // The owner of a decision: "Beijing's export controls", "Washington's support" (news rule 9).
  if (OWNED_DECISION.test(text.slice(candidate.end, candidate.end + 48))) return !PLACE_BEFORE.test(before);
  // A clause between the subject and its verb: "Beijing, whose coast guard has clashed with Philippine vessels, said".
  const clause = SUBJECT_CLAUSE.exec(text.slice(candidate.end, candidate.end + 160));
  const subjectEnd = candidate.end + (clause?.[0].length ?? 0);
  const after = text.slice(subjectEnd, subjectEnd + 48);
  const verbAt = subjectEnd + (BEFORE_VERB.exec(after)?.[0].length ?? 0);
  const verb = text.slice(verbAt, verbAt + 24).replace(/^(\s+(?:is\s+|was\s+|has\s+)?)["“]/u, '$1');
  // The doer of a passive or of an action named by a noun: "restrictions by Beijing", "rejected by Washington".
  if (PASSIVE_AGENT_BEFORE.test(before) && /^(?:[,.;:—–]|\s+(?:on|in|at|to|for|over|against|and|or|after|since|amid|as|that|which)\b)/u.test(after)) return true;
  // The subject of an infinitive or of a bare verb after a verb that lets or sees: an agent even after "for".
  if (TO_VERB_AFTER.test(after) && !/\b(?:from|to|in|at|into|via|visit|visited|visiting|toward|towards|near)\s+$/u.test(before)) return true;
  if (CAUSING_BEFORE.test(before) && /^\s+\p{Ll}{3,}\b/u.test(after) && !/^\s+(?:and|or|but|as|in|on|at|to|for|with|from)\b/u.test(after)) return true;
  if (!AGENT_VERB.test(verb) && !PRESENT_VERB.test(verb)) return false;
  // A sentence's first word before it is no longer name: "But Budapest rejected it".
  const opener = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
  if (opener && isSentenceWord(opener[1]!)) return true;
  return !PLACE_BEFORE.test(before);
}

/** Keeps the best of overlapping candidates (priority, then length, then position); returns them in text order. */
export function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  // Characters already covered by a kept candidate: an overlap test per candidate in the length of
  // its span, not in the number kept (a long article has thousands).
  const length = candidates.reduce((end, c) => Math.max(end, c.end), 0);
  if (coveredScratch.length < length) coveredScratch = new Uint8Array(Math.max(length, 2 * coveredScratch.length));
  const covered = coveredScratch;
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (isCovered(covered, candidate.start, candidate.end)) continue;
    covered.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  for (const candidate of taken) covered.fill(0, candidate.start, candidate.end);
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when a mark is set in [start, end) (a loop: `subarray` made a typed array per candidate). */
function isCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i] !== 0) return true;
  return false;
}

// settleOverlaps' marks, all 0 between calls: one array for every call (a new one each call was 0.3% of a run).
let coveredScratch = new Uint8Array(1 << 16);

// After a name, a comma, an age, an article: "Jensen Huang, chief executive of Nvidia Corp., said",
// "Antonio Guterres, the UN secretary-general,", "Kim, 45, a spokesman for the ministry".
const APPOSITION_START = /^, (?:\d{1,3}, )?(?:(?:the|a|an) )?/u;
// Words that end an apposition's role: a clause starts ("who", "said") or a list goes on ("and").
const APPOSITION_STOP = new Set(['who', 'whose', 'which', 'that', 'said', 'says', 'told', 'tells', 'and', 'or', 'but', 'while', 'as', 'is', 'was', 'has', 'had', 'will', 'would']);
// A bracket right after a name, holding its Han form or a short form: "(吳重禮)", "（黃國良）", "(IFS)".
const BRACKETED_ALIAS = /^\s?[(（][^()（）\n]{1,24}[)）]/u;
// A word of an apposition that is a bracketed short form, with the mark after it ("(IFS),").
const BRACKETED_PART = /^[(（][\p{Lu}\p{Script=Han}][\p{L}\p{N}&.-]{0,11}[)）]([,;:.]?)$/u;
// Legal forms and abbreviations whose full stop ends no sentence.
const ROLE_ABBREVIATION = /^(?:Corp|Inc|Co|Ltd|Bhd|Plc|Dept|Gov|Univ|St|No)\.$/u;

/**
 * Returns the role an apposition gives a name ("Jensen Huang, chief executive officer of Nvidia Corp.,"
 * → "chief executive officer of Nvidia Corp."; "Guterres, the UN secretary-general," → "UN
 * secretary-general"), or undefined. The words before "of", "for" or "at" end in a title and hold no
 * lower-case possessive ("the company's founder" names no one); the words after are a name or
 * the lexicon's role words ("spokesman for the opposition").
 */
export function roleAfter(text: string, nameEnd: number, lexicon: Lexicon): string | undefined {
  // The name's Han form or short form in brackets comes first: "Wu Chung-li (吳重禮), a research fellow at …".
  const after = text.slice(nameEnd, nameEnd + 200).split('\n')[0]!.replace(BRACKETED_ALIAS, '');
  const start = APPOSITION_START.exec(after);
  if (!start || start[0].length < 2) return undefined;
  const words: string[] = [];
  let closed = false;
  const parts = after.slice(start[0].length).split(' ');
  for (const [i, part] of parts.entries()) {
    // "and" goes on inside a name or between titles ("of the Hong Kong and Macao Work Office", "chairman and chief executive").
    const joins = part === 'and' && words.length > 0 && parts[i + 1] !== undefined && (/^\p{Lu}/u.test(parts[i + 1]!) || isRoleTitle(parts[i + 1]!.replace(/[,;:]$/u, ''), lexicon) || lexicon.roleWords.has(parts[i + 1]!.toLowerCase()));
    // An organization's short form in brackets is no word of the role, and may close it: "director of the Institute for Fiscal Studies (IFS),".
    const bracketed = BRACKETED_PART.exec(part);
    if (bracketed && words.length > 0) {
      if (bracketed[1] === '') continue;
      closed = bracketed[1] !== ';' && bracketed[1] !== ':';
      break;
    }
    if (words.length === 12 || part === '' || (APPOSITION_STOP.has(part) && !joins) || /^[(（—–-]/u.test(part)) break;
    const word = part.replace(/[,;:]$/u, '');
    // A mark standing alone, as pasted text has it ("director general of Age Concern England ."), closes the role.
    if (word === '' || word === '.') {
      closed = words.length > 0 && (word === '.' || part === ',');
      break;
    }
    const ends = word !== part || (word.endsWith('.') && !ROLE_ABBREVIATION.test(word) && !lexicon.titles.has(word.toLowerCase()));
    words.push(ends && word.endsWith('.') ? word.slice(0, -1) : word);
    if (ends) {
      closed = true;
      break;
    }
  }
  // The apposition must close (a comma or a full stop): "Huang, chief executive officer of Nvidia" + end of line is a heading.
  if (!closed || words.length === 0) return undefined;
  const link = words.findIndex((w) => w === 'of' || w === 'for' || w === 'at');
  const head = link < 0 ? words : words.slice(0, link);
  const tail = link < 0 ? [] : words.slice(link + 1);
  if (head.length === 0 || head.length > 6 || !(isRoleTitle(head[head.length - 1]!, lexicon) || lexicon.titles.has(head.slice(-2).join(' ').toLowerCase()))) return undefined;
  if (/^(?:himself|herself|themselves|itself|now|also|once|then|still)$/u.test(head[0]!)) return undefined;
  // A possessive only opens the role, and names its organization ("Microsoft's chairman"; not "the company's chairman").
  if (head.some((w, i) => ((i > 0 || /^\p{Ll}/u.test(w)) && /['’]s?$/u.test(w)) || !/^[\p{L}&'’.-]+$/u.test(w))) return undefined;
  if (tail.some((w) => !/^(?:the|and|of|in|&|\p{Lu}[\p{L}&'’.-]*)$/u.test(w) && !lexicon.roleWords.has(w.toLowerCase()) && !isInstitutionWord(w, lexicon))) return undefined;
  if (link >= 0 && tail.length === 0) return undefined;
  return words.join(' ');
}

/** True for a title, also as the last part of a hyphenated word ("then-minister", "secretary-general"). */
function isRoleTitle(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lexicon.titles.has(lower) || lexicon.titles.has(lower.split('-').pop()!);
}

/** True for an institution's word in lower case or capitalized ("ministry", "Ministry"): it may stand in a role. */
function isInstitutionWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.nominalInstitutions.has(word[0]!.toUpperCase() + word.slice(1));
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Madam|Madame|Mme|Sir|Dame|Mullah|Maulana|Ayatollah|Dr|Prof)\.?$/iu;
const NOT_IN_ROLE = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Yesterday', 'Today']);

/** Index of the part that opens the bracket `parts[end]` closes (brackets within parts[k..end]), or -1. */
function bracketOpening(parts: readonly string[], end: number): number {
  for (let k = end; k >= 0 && k >= end - 3; k--) {
    const part = parts[k]!;
    if (/^[(（]/u.test(part)) return /[()（）]/u.test(part.slice(1, k === end ? -1 : undefined)) ? -1 : k;
    if (k !== end && /[()（）]/u.test(part)) return -1;
  }
  return -1;
}

/**
 * Returns the title run directly before a name ("US President", "former president",
 * "then-minister of foreign affairs"), or undefined when the words before it hold no title.
 */
export function roleBefore(text: string, nameStart: number, lexicon: Lexicon): string | undefined {
  // "a retired Army colonel surnamed Hsu": the title stands before "surnamed".
  const window = text.slice(lookBackStart(text, nameStart, 120), nameStart);
  const before = window.replace(/(?<=\S) surnamed $/u, ' ');
  // A title inside a bracket after a Han name ends there: "賴清德 (President William Lai)", "蕭美琴（Vice President Hsiao Bi-khim）".
  const bracketed = /[(（]([^()（）]*\s)$/u.exec(before);
  if (bracketed) return roleInWindow(bracketed[1]!, lexicon);
  // The English name in the bracket after a titled Han name: "Legislative Speaker 韓國瑜 (Han Kuo-yu)".
  const afterHan = /\s+[\p{Script=Han}．‧·]+\s*[(（]$/u.exec(before);
  if (afterHan) return roleInWindow(`${before.slice(0, afterHan.index)} `, lexicon);
  // A role set off by a comma before the name: "the Chinese ambassador, Zheng Zeguang", "Taiwan's new ambassador to
  // Eswatini, Chen Hsin-chuan". Only a role that ends on a lower-case title or a place after "to" ("In Taipei, Lai" has none).
  if (/[\p{L}.], $/u.test(before)) {
    const set = before.slice(0, -2);
    const role = roleInWindow(set + ' ', lexicon);
    const last = role?.split(' ').at(-1) ?? '';
    // Or a capitalized title after "the": "The Health Secretary, Wes Streeting".
    const described = role !== undefined && set.endsWith(role) && /(?:^|\s)[Tt]he $/u.test(set.slice(0, set.length - role.length)) && isRoleTitle(last, lexicon);
    return role !== undefined && ((/^\p{Ll}/u.test(last) && isRoleTitle(last, lexicon)) || / to \p{Lu}/u.test(role) || described) ? role : undefined;
  }
  return roleInWindow(before, lexicon);
}

// The titles a list of portfolios comes before ("Economy, Trade and Industry Minister").
const LISTED_PORTFOLIO_TITLE = /^(?:[Mm]inisters?|[Ss]ecretar(?:y|ies))$/u;

// The titles "under" and "first" open ("under secretary", "first lady", "first minister"): elsewhere those words end a role.
const TITLE_AFTER_UNDER = /^(?:secretary|lady|minister)$/iu;

/** The role that ends a window of text right before a name (see `roleBefore`). */
/** True when a title stands among the capitalized words right before `parts[i]` (up to four, back to a punctuation mark). */
function titleBefore(parts: string[], i: number, isTitle: (word: string) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const word = parts[k]!;
    if (!/^\p{Lu}/u.test(word) || /[,.;:!?]$/u.test(word)) return false;
    if (isTitle(word)) return true;
  }
  return false;
}

function roleInWindow(before: string, lexicon: Lexicon): string | undefined {
  if (!/\s$/u.test(before) || /\s{2,}$/u.test(before)) return undefined;
  const parts = before.trimEnd().split(/\s|(?<=[)）])(?=\p{L})/u);
  const run: string[] = [];
  const isTitle = (word: string) => isRoleTitle(word, lexicon);
  const roleLike = (word: string) => lexicon.roleWords.has(word.toLowerCase()) || isTitle(word);
  for (let i = parts.length - 1; i >= 0; i--) {
    // A portfolio list before a title goes on over its commas: "Economy, Trade and Industry Minister".
    // Not a place or a day opening the sentence: "In Tokyo, Trade and Industry Minister", "On Friday, …".
    // A minister's or a secretary's only: "In the House, Energy and Commerce Committee Chairman" (p118: the role "House, Energy …").
    if (run.includes('and') && /^\p{Lu}/u.test(run[0]!) && /^\p{Lu}[\p{L}-]*,$/u.test(parts[i]!) && isTitle(run[run.length - 1]!) && LISTED_PORTFOLIO_TITLE.test(run[run.length - 1]!)
      && !NOT_IN_ROLE.has(parts[i]!.slice(0, -1)) && !/^(?:in|at|on|from|to|of|for|by|with|the)$/iu.test(parts[i - 1] ?? '')) {
      run.unshift(parts[i]!);
      continue;
    }
    // A Han name glued to its English name by full-width brackets stays out: "Kuomintang（國民黨）Legislator".
    const glued = run.length > 0 ? /^(\p{Lu}[^()（）]*?)[(（][^()（）]+[)）]$/u.exec(parts[i]!) : null;
    const word = glued ? glued[1]! : parts[i]!;
    // A full stop ends the role unless it ends an abbreviated title ("Sen.", "Gov.", "Lt.") or, before one, a country's ("U.S. Sen.").
    // A company's abbreviated legal form goes on too: "Taiwan Power Co. (Taipower) Chairman".
    const abbreviation = word.endsWith('.') && (lexicon.titles.has(word.toLowerCase()) || (run.length > 0 && (lexicon.acronyms.get(word) === 'place' || /^(?:Co|Corp|Inc|Ltd|Bhd|Pte)\.$/u.test(word))));
    // An acronym or a Han name in brackets between a name and the title stays out of the role, which goes on
    // before it: "Ocean Affairs Council (OAC) Minister", "Lienchiang County (連江縣) Magistrate".
    // Not before a small word: "The People's Party for Freedom and Democracy (VVD) of former justice minister X" is X's party.
    if (run.length > 0 && /[)）]$/u.test(word) && !/^(?:of|for|to|at|in|on|and|the)$/u.test(run[0]!)) {
      const open = bracketOpening(parts, i);
      if (open > 0) {
        i = open;
        continue;
      }
    }
    // A bracket anywhere in the word ends the role: full-width ones are written without spaces ("Association（基隆區漁會）and").
    if (!word || (/[,.;:!?"“”]$/u.test(word) && !abbreviation) || /[()（）]/u.test(word) || NOT_IN_ROLE.has(word)) break;
    // A possessive ends the role: "Putin's envoy" is an envoy, and Putin is no part of it.
    if (/['’]s?$/u.test(word) && run.length > 0 && !/^People['’]s$/u.test(word)) break;
    // "Health and Human Services Secretary", "chairman and chief executive officer": an "and" between role words or titles is inside the role.
    // So is one inside a minister's portfolio of two: "Energy and Mineral Resources Minister" (p104: "Mineral Resources Minister").
    // (Not two titled people: "Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet".)
    const portfolio = run.length > 0 && i > 0 && /^(?:Minister|Secretary)$/u.test(run[run.length - 1]!) && /^\p{Lu}\p{Ll}/u.test(run[0]!) && !lexicon.demonyms.has(run[0]!) &&
      /^\p{Lu}\p{Ll}+$/u.test(parts[i - 1]!) && !NOT_IN_ROLE.has(parts[i - 1]!) && !titleBefore(parts, i, isTitle);
    if (word === 'and' && run.length > 0 && i > 0 && ((roleLike(run[0]!) && roleLike(parts[i - 1]!)) || portfolio)) {
      run.unshift(word);
      continue;
    }
    const lower = word.toLowerCase();
    // "to" after a title is inside the role: "US ambassador to Japan George Glass", "special envoy to Ukraine".
    if (word === 'to' && run.length > 0 && i > 0 && isTitle(parts[i - 1]!) && /^\p{Lu}/u.test(run[0]!)) {
      run.unshift(word);
      continue;
    }
    // "in" or "on" after an institution's head is inside its name: "American Institute in Taiwan Director".
    if ((word === 'in' || word === 'on') && run.length > 0 && i > 0 && /^\p{Lu}/u.test(run[0]!) && lexicon.organizationHeads.has(parts[i - 1]!) && !isTitle(run[0]!)) {
      run.unshift(word);
      continue;
    }
    // Lower-case institution words belong to the role too: "Chinese foreign ministry spokesman".
    const fits = isTitle(word) || lexicon.roleWords.has(lower) || lexicon.roleWords.has(lower.split('-')[0]!) || /^\p{Lu}/u.test(word) || isInstitutionWord(word, lexicon);
    if (!fits) break;
    run.unshift(word);
  }
  // Nor does a role open with a small word, or with "under" or "first" in lower case other than before
  // "secretary" or "lady" ("which under President Trump", "the first under Prime Minister Takaichi").
  const opensNoRole = () => ['of', 'for', 'the', 'and', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(run[0]!.toLowerCase()) || isSentenceWord(run[0]!)
    || ((run[0] === 'under' || run[0] === 'first') && !TITLE_AFTER_UNDER.test(run[1] ?? ''));
  while (run.length && opensNoRole()) run.shift();
  // Nor does it go back over "under" inside it: "in January under President Donald Trump" ("January under President" had been one).
  const under = run.findIndex((w, k) => w === 'under' && k > 0 && !TITLE_AFTER_UNDER.test(run[k + 1] ?? ''));
  if (under > 0) run.splice(0, under + 1);
  // "Mr Wong", "Sir Ed Davey", "Dr. Susan Kohlhaas", "Prof Clare Grey": a courtesy title, a knighthood, a doctorate or a chair is no role.
  while (run.length && HONORIFIC.test(run[run.length - 1]!)) run.pop();
  // A royal style after a title is the name's, not the role's: "Defence Minister Prince Khalid bin Salman".
  // A sheikh's style alone is the name's too ("Sheikh Tamim bin Hamad Al Thani" has no role "Sheikh"); a prince's rank alone
  // is the role there is ("Prince William").
  if (run.length > 0 && (/^(?:Prince|Princess|Sheikh|Sheikha)$/u.test(run[run.length - 1]!) && run.slice(0, -1).some(isTitle) || (run.length === 1 && /^Sheikha?$/u.test(run[0]!)))) run.pop();
  // "spokesman for UN Secretary-General Antonio Guterres": a lower-case title and "for", "to" or "of" before
  // another title are the title of someone else (the spokesman); the name's role is what follows.
  // So is a lower-case institution's: "the government of Prime Minister Sébastien Lecornu".
  for (let k = run.length - 3; k >= 0; k--) {
    if (/^\p{Ll}/u.test(run[k]!) && (isTitle(run[k]!) || isInstitutionWord(run[k]!, lexicon)) && /^(?:for|to|of)$/u.test(run[k + 1]!) && run.slice(k + 2).some(isTitle)) {
      run.splice(0, k + 2);
      break;
    }
  }
  // "the finance chief of Ko Wen-je's campaign", "head of the Met's … command": a title that ends in "of" or
  // "the" belongs to something else.
  if (/^(?:of|for|the|a|an)$/iu.test(run[run.length - 1] ?? '')) return undefined;
  return run.some(isTitle) ? run.join(' ') : undefined;
}
