/**
 * Names as modern news writes them: a person's name is the name alone, so the titles and affiliations
 * that news stacks in front of it ("Executive Yuan Secretary-General Kung Ming-hsin", "US Treasury
 * Secretary Scott Bessent", "Foxconn Chairman Young Liu") are split off: the title becomes a role
 * (see `roleBefore`), the institution or place before it becomes a mention of its own.
 * Every walk here is bounded by a fixed number of words, so the cost stays linear in the text.
 */
import type { EntityType } from '../model/index.js';
import { phraseLists, type NerModel } from '../ner/index.js';
import { CALENDAR_WORDS, changed, COMPANY_GROUP_OR_FORM, COMPOUND_SUFFIX, GOVERNMENT_HEADS, NAME_END_ABBREVIATIONS, type Candidate } from './extract-rules.js';
import type { Lexicon } from './lexicon.js';
import { isVocabularyWord } from './analyze.js';
import { INVISIBLE_IN_WORD } from '../text/codepoints.js';

/** A whitespace-separated word of the text with its UTF-16 offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// A party's adjective, as in "Senate Democratic Leader".
const PARTY_ADJECTIVE = /^(?:Democratic|Republican|Conservative|Labour|Labor|Liberal|Socialist|Communist|Green)$/u;
// A capitalized word shaped like an English adjective or abstract noun: "Financial", "Legislative", "Privatisation".
const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ary|ation|isation|ization)$/u;

/**
 * Text that ends on a preposition and a space: a name after it is not what a following "known as" names
 * ("The UN peacekeeping force in Lebanon, known as UNIFIL", p96). Extract and resolve test the few characters before the name.
 */
export const ENDS_ON_PREPOSITION = /(?:^|[^\p{L}])(?:in|of|at|from|to|for|on|near|across|with|over)\s$/u;

/** The longest run of words a name, title stack or affiliation is looked for in. */
export const MAX_RUN_WORDS = 16;
const RUN_CHARS = 160;

// Capitalized words that open a question or a clause, never a name's: what an affiliation before a title may not start with.
const OPENING_WORDS = new Set(['Q.', 'A.', 'Has', 'Have', 'Had', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Shall', 'May', 'Might', 'Must', 'And', 'But', 'So', 'Then', 'When', 'Why', 'How', 'What', 'Who', 'Whom', 'Where', 'Which', 'If', 'While', 'Because', 'Although', 'Though', 'Since', 'Once', 'Until', 'Unless', 'Whether', 'Yes', 'No']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'del', 'la', 'van', 'von', 'bin', 'al', 'da', 'du', 'di', 'do', 'dos', 'das', 'ng']);
/** The connectors of a long form before its parenthesis, "to" and "&" too: "Taiwan Alliance to End the Death Penalty (TAEDP)", "Larsen & Toubro Ltd. (L&T)". */
export const PAIR_CONNECTORS: ReadonlySet<string> = new Set([...CONNECTORS, 'to', '&']);
// A capitalized name word: "Jen-chieh", "O’Brien", "G7", "J.W.", "Co.", "Workers'". A mark no one sees between two letters (a soft
// hyphen, a zero-width space: "Demo\u00adcratic") is inside it, as analysis reads it (p132: "Progressive Party (DPP)" had been the pair).
const IN_WORD = String.raw`(?:[\p{L}\p{M}\p{N}]|(?<=\p{L})[${INVISIBLE_IN_WORD}\u2060]+(?=\p{L}))`;
// (A French or Italian elided article before a capital is one: "d'Études" of "Centre National d'Études Spatiales", p136.)
const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}\.(?:\p{Lu}\.)*|(?:[dl]['’])?\p{Lu}${IN_WORD}*(?:[-'’][\p{L}\p{N}]+)*(?:\.|(?<=s)[’'])?|\p{N}+\p{Lu}[\p{L}\p{N}]*)$`, 'u');
// A word that ends in a full stop and stays inside a name: initials ("J.W.") and the abbreviations of
// a company's form, a US state or a title ("Co.", "Calif.", "Gov."). Any other ("City.") ends a sentence.
const ABBREVIATION = new RegExp(String.raw`^(?:(?:\p{Lu}\.)+|(?:${NAME_END_ABBREVIATIONS}|St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Prof|Rev|Hon|Pres|Supt|Assn|No)\.)$`, 'u');
const LOWER_LEGAL_FORMS = new Set(['plc', 'ltd', 'bhd', 'tbk', 'pcl']);
// What follows an eponym's possessive: "'s disease", "’s Syndrome", "'s law".
// (Or no possessive before "disease": "Kawasaki disease"; "Stockholm syndrome" keeps its town. Not a body named after one:
// "Huntington's Disease Association".) And a body part named after one: "Achilles tendon" (p132: a person).
export const EPONYM_AFTER = /^(?:['’]s (?:[Dd]isease|[Ss]yndrome|[Dd]isorder|law|[Pp]alsy|[Cc]horea|[Ll]ymphoma|[Ss]arcoma)| disease| tendon| heel)(?![\p{L}])(?! \p{Lu})/u;

// The head word a Romance-language body's name opens with.
export const FOREIGN_INSTITUTION = /^(?:Banco|Banca|Banque|Caixa|Instituto|Institut|Partido|Partito|Tribunal|Consejo|Conseil|Ministerio|Ministério|Ministère|Universidad|Universidade|Université|Fundación|Fundação|Compañía|Companhia|Agencia|Agência|Comisión|Comissão|Comité|Secretaría|Procuraduría|Fiscalía|Congreso|Senado|Asamblea|Assemblée)$/u;

/**
 * A court's bench, a state and an assembly by their common noun alone, with an article or not: no names (Indian English
 * capitalizes them: "A Bench of Chief Justice …", "the State's policy", "the Assembly election", p99).
 */
export const GENERIC_BODY_WORD = /^(?:(?:A|An) )?(?:Bench|State|Assembly)$/u;
/** A possessive at the end of a word or name: "Lai’s", "Prosecutors’". */
export const POSSESSIVE = /(?:[’']s|(?<=s)[’'])$/u;
const PLACE_LISTS = new Set(['country', 'city', 'region', 'geonames-city', 'world-country', 'world-capital', 'place-abbreviation']);

/** What naming needs besides the text: the lexicon, the model's gazetteer, acronyms learned in this article. */
export interface NameContext {
  lexicon: Lexicon;
  model?: NerModel;
  learned: Map<string, EntityType>;
}

/** True for a capitalized name word ("Kung", "Ming-hsin", "J.W.", "Co."). */
export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word);
}

// Lower-case particles inside a person's name: Arabic ("Tamim bin Hamad"), one at a time, and
// Portuguese, Spanish, Dutch or German ("Lula da Silva", "von der Leyen"), up to two in a row.
// (And Kikuyu's "wa": "Ngũgĩ wa Thiong'o", p88.)
const ARABIC_PARTICLES = ['bin', 'ibn', 'bint', 'al', 'wa'];
const EUROPEAN_PARTICLES = ['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'van', 'von', 'der', 'den', 'ter'];
const NAME_PARTICLES = new Set([...ARABIC_PARTICLES, ...EUROPEAN_PARTICLES]);

/** True for a particle of a family name ("von", "de", "al"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** True when a word is a title ("Minister", "Secretary-General", "CEO"): the word, or its last hyphenated part. */
export function isTitle(word: string, lexicon: Lexicon): boolean {
  // Asked of most words of every name run: the pattern and the split only for a word with a hyphen.
  let lower = word.toLowerCase();
  if (!lower.includes('-')) return lexicon.titles.has(lower);
  lower = lower.replace(/-elect$/u, '');
  return lexicon.titles.has(lower) || (lower.includes('-') && lexicon.titles.has(lower.split('-').pop()!));
}

/** True when a word may stand in a title stack without being a title ("Deputy", "Foreign", "Affairs", "of"). */
export function isRoleWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.roleWords.has(lower)) return true;
  // The part before a hyphen ("Vice-" of "Vice-Chairman"), without splitting the word: most words have none.
  const hyphen = lower.indexOf('-');
  return hyphen >= 0 && lexicon.roleWords.has(lower.slice(0, hyphen));
}

/**
 * Returns where a look back of at most `reach` characters from `end` stops on its line: the later of
 * the line's start and `end - reach`. The line break is looked for in that window only: a search back
 * to it from every name or parenthesis of a long line was quadratic.
 */
export function lookBackStart(text: string, end: number, reach: number): number {
  const from = Math.max(0, end - reach);
  // A loop over the window's characters, not a slice of it (asked at every candidate, in several steps).
  for (let k = end - 1; k >= from; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return from;
}

/**
 * False when no capitalized word ends one space before `end` within `reach` characters: the space is missing, or the word
 * before it is ASCII lower case from its start (a pattern like WORD_BEFORE, tried from every position of its window,
 * cannot match). Any other character (a capital, a letter beyond ASCII, the window's edge) leaves it to the pattern.
 */
export function mayEndCapitalizedWord(text: string, end: number, reach: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x20) return false;
  const from = Math.max(0, end - reach);
  let k = end - 2;
  while (k >= from && isAsciiLower(text.charCodeAt(k))) k--;
  if (k < from) return true;
  const code = text.charCodeAt(k);
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a);
}

/** True for a-z. */
function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Returns the words of `text[from, to)` (split on whitespace). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const pattern = /\S+/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = Math.min(match.index + match[0].length, to);
    words.push({ text: text.slice(match.index, end), start: match.index, end });
  }
  return words;
}

// Punctuation that ends a name run after a word, and an opening quotation mark or bracket that ends it in one.
const RUN_BREAK_AFTER = ',;:!?"“”()（）';
const RUN_BREAK_BEFORE = '"“‘(（';

/**
 * Returns the run of name words (with lowercase connectors inside) that ends exactly at `end`,
 * at most MAX_RUN_WORDS words, on one line, stopping at punctuation and at a possessive
 * ("New Taipei City’s Gongliao District" gives "Gongliao District").
 */
export function nameRunBefore(text: string, end: number, connectors: ReadonlySet<string> = CONNECTORS): Word[] {
  const from = lookBackStart(text, end, RUN_CHARS);
  const previous = backwardWords(text, from, end);
  const run: Word[] = [];
  for (let word = previous(); word !== undefined && run.length < MAX_RUN_WORDS; word = previous()) {
    const last = run.length === 0;
    // (Characters read one by one, not by patterns: a run reads a few words at every candidate.)
    // ("X." is the platform ending a sentence, no initial: "wrote on X. Opposition Leader Yair Lapid".)
    const lastChar = word.text[word.text.length - 1]!;
    if (!last && (RUN_BREAK_AFTER.includes(lastChar) || (lastChar === '.' && (!ABBREVIATION.test(word.text) || word.text === 'X.')) || isPossessiveBreak(word.text))) break;
    if (RUN_BREAK_BEFORE.includes(word.text[0]!)) {
      const inner = { text: word.text.slice(1), start: word.start + 1, end: word.end };
      if (isNameWord(inner.text)) run.unshift(inner);
      break;
    }
    // A company's legal form in lower case ends its name: "Marks and Spencer Group plc (M&S)" (p96).
    if (isNameWord(word.text) || (!last && connectors.has(word.text)) || (last && LOWER_LEGAL_FORMS.has(word.text))) run.unshift(word);
    else break;
  }
  while (run.length > 0 && (connectors.has(run[0]!.text) || LEADING_NON_NAMES.has(run[0]!.text))) run.shift();
  while (run.length > 0 && connectors.has(run[run.length - 1]!.text)) run.pop();
  return run;
}

/** True for the code units JavaScript's `\s` matches. */
export function isSpaceUnit(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Returns a function that gives the words of `wordsIn(text, from, to)` one at a time from the last,
 * then undefined, without the first one when the window cut it in two (it neither starts the text nor
 * follows a space). A run stops after a few words, so the window's other words are never made.
 */
function backwardWords(text: string, from: number, to: number): () => Word | undefined {
  // wordsIn's regular expression, started inside a surrogate pair, starts at the pair: read that rare window as it does.
  const first = text.charCodeAt(from);
  if (from > 0 && first >= 0xdc00 && first <= 0xdfff && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff) {
    const words = wordsIn(text, from, to);
    if (words.length > 0 && words[0]!.start > 0 && !/\s/u.test(text[words[0]!.start - 1]!)) words.shift();
    return () => words.pop();
  }
  let at = to;
  return () => {
    let k = at - 1;
    while (k >= from && isSpaceUnit(text.charCodeAt(k))) k--;
    if (k < from) return undefined;
    const end = k + 1;
    while (k >= from && !isSpaceUnit(text.charCodeAt(k))) k--;
    const start = k + 1;
    at = start;
    if (start === from && from > 0 && !isSpaceUnit(text.charCodeAt(from - 1))) return undefined;
    return { text: text.slice(start, end), start, end };
  };
}

// Plural nouns whose possessive is part of a name ("Taiwan People’s Party"); any other possessive ends one.
const NAME_POSSESSIVES = new Set(['people', 'workers', 'members', 'fishermen', 'journalists', 'employers', 'writers', 'pensioners', 'nurses', 'doctors', 'artists', 'growers', 'producers', 'manufacturers', 'exporters', 'importers', 'traders', 'women', 'children', 'farmers', 'citizens', 'veterans', 'teachers', 'soldiers', 'men', 'prosecutors', 'lawyers', 'nations', 'states', 'consumers', 'students', 'prosecutor', 'attorney', 'auditor', 'comptroller', 'controller', 'sheriff', 'coroner', 'ombudsman']);

/** True when a possessive word ends a name run ("City’s"), not when it is inside a name ("People’s"). */
function isPossessiveBreak(word: string): boolean {
  // POSSESSIVE ends in "s", "'" or "’": the last character is read first.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x73 && last !== 0x27 && last !== 0x2019) return false;
  return POSSESSIVE.test(word) && !NAME_POSSESSIVES.has(word.replace(/[’']s?$/u, '').toLowerCase());
}

/** True for a word that ends an institution's or a place's name ("Council", "County"). */
export function isHeadWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.placeHeads.has(word) || lexicon.organizationHeads.has(word);
}

const GIVEN_NAME_LISTS = new Set(['first-name', 'ambiguous-name']);

/** The gazetteer lists of a word, or of the word without its diacritics when it has none ("Péter" is listed as Peter). */
function listsOf(word: string, context: NameContext): readonly string[] {
  if (!context.model) return [];
  const lists = phraseLists(context.model.lexicon.gazetteer, word);
  if (lists.length > 0 || !/[^\x00-\x7f]/u.test(word)) return lists;
  return phraseLists(context.model.lexicon.gazetteer, word.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** True when the model's gazetteer lists the word as a given name ("Peter", "Leo", "Péter"). */
export function isGivenName(word: string, context: NameContext): boolean {
  return listsOf(word, context).some((list) => GIVEN_NAME_LISTS.has(list));
}

/** True when the gazetteer lists the word as a given name, or as a person's name at all (cspell's list: "Ran", "Pacifico"). */
export function isAnyGivenName(word: string, context: NameContext): boolean {
  return isGivenName(word, context) || listsOf(word, context).includes('cspell-person-name');
}

/** True when the gazetteer lists the word as a given or family name or a person ("Nixon", "Peter"). */
export function isPersonName(word: string, context: NameContext): boolean {
  return listsOf(word, context).some((list) => list === 'last-name' || list === 'person' || GIVEN_NAME_LISTS.has(list));
}

const PERSON_LISTS = new Set(['first-name', 'ambiguous-name', 'last-name', 'person', 'cspell-person-name', 'train-PER']);

/** True when the model's gazetteer lists the word as a person's name or a place. */
function isPersonOrPlaceWord(word: string, context: NameContext): boolean {
  if (!context.model) return true;
  return phraseLists(context.model.lexicon.gazetteer, word).some((list) => PERSON_LISTS.has(list) || PLACE_LISTS.has(list));
}

/** True when the model's gazetteer lists the name as a country, city or region. */
export function isKnownPlace(name: string, context: NameContext): boolean {
  if (context.lexicon.acronyms.get(name) === 'place' || context.lexicon.places.has(name)) return true;
  if (!context.model) return false;
  return phraseLists(context.model.lexicon.gazetteer, name).some((list) => PLACE_LISTS.has(list));
}

/** True when the model's gazetteer lists the name as a country ("China" is never a person). */
export function isCountry(name: string, context: NameContext): boolean {
  return context.model !== undefined && phraseLists(context.model.lexicon.gazetteer, name).some((list) => list === 'country' || list === 'world-country');
}

/** True for a nationality or group adjective: the lexicon's, or the model gazetteer's demonym lists ("Paraguayan"). */
export function isDemonym(name: string, context: NameContext): boolean {
  if (context.lexicon.demonyms.has(name)) return true;
  if (!context.model || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  return phraseLists(context.model.lexicon.gazetteer, name).some((list) => list === 'demonym' || list === 'world-demonym');
}

/** True for a storm's name: a storm word and capitalized words ("Typhoon Gaemi", "Super Typhoon Ragasa"). */
export function isStormName(name: string, lexicon: Pick<Lexicon, 'stormWords'>): boolean {
  return lexicon.stormWords.some((w) => startsWithWord(name, w) && /^\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*)*$/u.test(name.slice(w.length + 1)));
}

/** True when `name` opens with `word` and a space (no new string: asked for every storm word at every model span). */
function startsWithWord(name: string, word: string): boolean {
  return name.startsWith(word) && name.charCodeAt(word.length) === 32;
}

/** The name a storm's name holds after its storm words ("Super Typhoon Ragasa" → "Ragasa"), or undefined. */
export function stormName(name: string, lexicon: Pick<Lexicon, 'stormWords'>): string | undefined {
  // The lexicon lists storm words longest first ("Super Typhoon" before "Typhoon").
  const word = lexicon.stormWords.find((w) => startsWithWord(name, w));
  if (word === undefined || !isStormName(name, lexicon)) return undefined;
  return name.slice(word.length + 1);
}

/** A word without the possessive it ends in ("Taiwan’s", "Reuters'"): `/[’']s$|[’']$/` read off its last two characters. */
function withoutPossessiveEnd(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x27 || last === 0x2019) return word.slice(0, -1);
  const quote = word.charCodeAt(word.length - 2);
  return last === 0x73 && (quote === 0x27 || quote === 0x2019) ? word.slice(0, -2) : word;
}

/**
 * Returns the type of a capitalized name by its words: law or organization by a head word anywhere
 * before an "of"/"for" or at the end ("Institution for Economic Research", "Taipei District Court"),
 * place by its last word ("Hsinchu City") or the gazetteer, demonym as other; else undefined.
 */
const SERVICE_DISTRICT = /^(?:School|Schools|Water|Fire|Sanitation|Transit|Utility|Irrigation|Hospital|Health|Park|Library|Conservation)$/u;

export function nameType(name: string, context: NameContext): EntityType | undefined {
  const { lexicon } = context;
  if (isStormName(name, lexicon)) return 'other';
  const parts = name.split(/\s+/u).map(withoutPossessiveEnd);
  const last = parts[parts.length - 1] ?? '';
  // The head of "Criminal Code of the Armed Forces" is Code: a head word before "of"/"for" decides first.
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i + 1] !== 'of' && parts[i + 1] !== 'for' && parts[i + 1] !== 'on') continue;
    if (lexicon.lawHeads.has(parts[i]!)) return 'law';
    if (lexicon.organizationHeads.has(parts[i]!)) return 'organization';
    // "Republic of Korea", "Strait of Hormuz", "City of London".
    if (parts[i + 1] === 'of' && lexicon.placeHeads.has(parts[i]!)) return 'place';
  }
  if (parts.length > 1 && lexicon.lawHeads.has(last)) return 'law';
  if (parts.length > 1 && lexicon.organizationHeads.has(last)) return 'organization';
  // A regional Federal Reserve bank by its city: "New York Fed", "Dallas Fed" (p129: a place).
  if (parts.length > 1 && last === 'Fed') return 'organization';
  // A district that runs schools or water is a body, not an area: "Oakland Unified School District (OUSD)" (p94).
  if (parts.length > 2 && last === 'District' && SERVICE_DISTRICT.test(parts[parts.length - 2]!)) return 'organization';
  // A body named in a Romance language opens with its head: "Banco Central do Brasil" (p99: a place), "Ministerio de Hacienda",
  // whatever its last word: "Banco Base" (p129: a place by "Base").
  if (parts.length > 1 && FOREIGN_INSTITUTION.test(parts[0]!)) return 'organization';
  if (parts.length > 1 && lexicon.placeHeads.has(last)) return 'place';
  if (lexicon.organizationPrefixes.some((p) => startsWithWord(name, p))) return 'organization';
  const acronym = context.learned.get(name) ?? lexicon.acronyms.get(name) ?? lexicon.knownNames.get(name);
  if (acronym) return acronym;
  if (isDemonym(name, context)) return 'other';
  if (isKnownPlace(name, context)) return 'place';
  return undefined;
}

/** True for a place the lists know or a name typed as a place by its words ("Tainan City"), whatever its head says. */
export function isPlaceName(name: string, context: NameContext): boolean {
  return isKnownPlace(name, context) || nameType(name, context) === 'place';
}

/**
 * Returns where the title stack that ends with words[title] starts: back over titles and role words
 * ("Deputy", "Foreign"), but not over the head of a name before it ("Harris County District Attorney").
 * A country before the head words a country's office ("U.S. District Judge": U.S. and a District Judge).
 */
// The first words of compound ranks and the ranks they open ("Squadron Leader", "Lance Corporal", "Rear Admiral").
const RANK_OPENER = /^(?:Wing|Squadron|Group|Air|Flight|Lance|Staff|Master|Rear|Pilot|Petty|Warrant)$/u;
const RANK_HEAD = /^(?:Commanders?|Leaders?|Captains?|Marshals?|Lieutenants?|Commodores?|Corporals?|Sergeants?|Admirals?|Officers?)$/u;

export function titleStackStart(words: Word[], title: number, context: NameContext): number {
  const { lexicon } = context;
  let stack = title;
  while (stack > 0) {
    const word = words[stack - 1]!.text;
    // A rank's first word is the rank's: "Wing Commander", "Group Captain", "Air Vice Marshal" (p128: organizations "Wing",
    // "Group Captain Shukla").
    if (RANK_OPENER.test(word) && RANK_HEAD.test(words[title]!.text)) {
      stack--;
      continue;
    }
    if (!isRoleWord(word, lexicon) && !isTitle(word, lexicon)) break;
    if (endsInstitutionPhrase(words, stack - 1, lexicon)) break;
    // A head word that is also a role word ends a name when a name word precedes it ("Harris County", "Taipei City").
    const before = stack > 1 ? words[stack - 2]!.text : undefined;
    if (isHeadWord(word, lexicon) && before !== undefined && !isRoleWord(before, lexicon) && !isTitle(before, lexicon) && !CONNECTORS.has(before)
      && !isCountry(before, context) && lexicon.acronyms.get(before) !== 'place') break;
    stack--;
  }
  return stack;
}

/**
 * True when the role word words[at] ends an institution's of-phrase ("Taiwan Institute of Sport
 * Science" CEO, "Ministry of Foreign Affairs" spokesperson): back over role and name words to "of"
 * or "for", and before it an organization head that is not a title ("Minister of Foreign Affairs" is a title).
 */
function endsInstitutionPhrase(words: Word[], at: number, lexicon: Lexicon): boolean {
  let j = at;
  while (j > 0 && words[j]!.text !== 'of' && words[j]!.text !== 'for' && (isRoleWord(words[j]!.text, lexicon) || isNameWord(words[j]!.text)) && !isTitle(words[j]!.text, lexicon)) j--;
  if (j === at || j === 0 || (words[j]!.text !== 'of' && words[j]!.text !== 'for')) return false;
  const head = words[j - 1]!.text;
  return lexicon.organizationHeads.has(head) && !isTitle(head, lexicon);
}

/**
 * Returns the words after the last "and": in "Yitzhak Mordechai and Israeli President Ezer Weizman" the
 * affiliation is "Israeli". An "and" between role words is inside a department's name ("Health and
 * Human Services Secretary"), not between two names.
 */
export function afterLastAnd(words: Word[], lexicon: Lexicon): Word[] {
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i]!.text !== 'and') continue;
    if (i > 0 && i + 1 < words.length && isRoleWord(words[i - 1]!.text, lexicon) && isRoleWord(words[i + 1]!.text, lexicon)) continue;
    return words.slice(i + 1);
  }
  return words;
}

/**
 * Returns mentions for the affiliation words in front of a title ("Executive Yuan", "US", "Foxconn",
 * "Taiwanese"): an institution by its head word as one organization; otherwise a leading place or
 * demonym, then what is left as an organization ("Foxconn"). Role words ("Treasury", "Deputy") are not names.
 */
export function affiliationCandidates(words: Word[], text: string, context: NameContext, method: string, unknown: EntityType = 'organization'): Candidate[] {
  const { lexicon } = context;
  if (words.length === 0) return [];
  const full = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[’']s$|[’']$/u, '');
  if (GENERIC_BODY_WORD.test(full)) return [];
  const fullType = nameType(full, context);
  // A word of tenure before an institution is the title's, not the name's: "Acting" + "Judicial Yuan President".
  const tenure = /^(?:Acting|Former|Then|Interim|Caretaker|Outgoing|Incoming|Retired)$/u.test(words[0]!.text) ? 1 : 0;
  const leading = fullType === 'organization' || fullType === 'law' ? tenure : undefined;
  let from = leading ?? 0;
  // A question's verb or a clause's word that opens a sentence after a speaker's label is none of the name: "Q: Has President …" (p92).
  while (from < words.length && OPENING_WORDS.has(words[from]!.text)) from++;
  while (leading === undefined && from < words.length && (isRoleWord(words[from]!.text, lexicon) || isTitle(words[from]!.text, lexicon) || CONNECTORS.has(words[from]!.text))) from++;
  let to = words.length;
  // "State" after a place is the state's name ("Lagos State"), not a role word.
  // (Or a one-word state the lists do not know, where the affiliation is only it: "Rivers State", p115.)
  const stateOf = (k: number) => words[k]!.text === 'State' && k > from && (isKnownPlace(words.slice(from, k).map((w) => w.text).join(' '), context) ||
    (k === from + 1 && k === words.length - 1 && isUnlistedStateWord(words[from]!.text, context)));
  while (leading === undefined && to > from && !isHeadWord(words[to - 1]!.text, lexicon) && !stateOf(to - 1) && (isRoleWord(words[to - 1]!.text, lexicon) || CONNECTORS.has(words[to - 1]!.text))) to--;
  // A party's adjective after its chamber is no part of the chamber's name: "Senate Democratic Leader"
  // is the Senate and the Democratic (other) leader.
  const party = leading === undefined && to - from > 1 && PARTY_ADJECTIVE.test(words[to - 1]!.text) ? to - 1 : undefined;
  if (party !== undefined) to = party;
  if (to <= from) return [];
  const span = (a: number, b: number) => {
    const start = words[a]!.start;
    const name = text.slice(start, words[b - 1]!.end).replace(/[’']s$|[’']$/u, '');
    return { start, end: start + name.length, name };
  };
  const candidate = (a: number, b: number, type: EntityType): Candidate => {
    const { start, end } = span(a, b);
    return { start, end, type, kind: 'name', method, confidence: 0.8, priority: 2.6 };
  };
  if (party !== undefined) return [...affiliationCandidates(words.slice(from, to), text, context, method, unknown), candidate(party, party + 1, 'other')];
  // A place's party officer ("Shanghai Party Secretary", "Zhejiang Communist Party Secretary"; p104): the place, and the
  // Communist Party where it is named; "Party" alone is the title's.
  const placeParty = to - from > 1 && words[to - 1]!.text === 'Party' && PARTY_OFFICER.test(text.slice(words[to - 1]!.start, words[to - 1]!.end + 12)) ? partyOfPlace(words.slice(from, to), context) : undefined;
  if (placeParty !== undefined) {
    return [candidate(from, from + placeParty, 'place'), ...(from + placeParty < to - 1 ? [candidate(from + placeParty, to, 'organization')] : [])];
  }
  const whole = span(from, to);
  // "Council Minister": an institution's head word alone is a nominal, not its name.
  if (to - from === 1 && lexicon.nominalInstitutions.has(whole.name)) return [];
  const wholeType = nameType(whole.name, context);
  if (wholeType === 'organization' || wholeType === 'law' || (wholeType && to - from === 1)) return [candidate(from, to, wholeType)];
  // A party's acronym before a place or an office: "KMT Tainan City Councilor", "DPP Taipei chapter".
  if (to - from > 1 && /^\p{Lu}{2,5}$/u.test(words[from]!.text) && lexicon.acronyms.get(words[from]!.text) === 'organization') {
    return [candidate(from, from + 1, 'organization'), ...affiliationCandidates(words.slice(from + 1, to), text, context, method, unknown)];
  }
  // A leading place or demonym ("US", "New Taipei", "Taiwanese"), longest first.
  for (let b = Math.min(to, from + 3); b > from; b--) {
    const lead = span(from, b).name;
    const type = isDemonym(lead, context) ? 'other' : isPlaceName(lead, context) ? 'place' : undefined;
    if (!type) continue;
    // "Lagos" + "State": the state is the place.
    const end = type === 'place' && b < to && words[b]!.text === 'State' ? b + 1 : b;
    const rest = end < to ? affiliationCandidates(words.slice(end, to), text, context, method, unknown) : [];
    return [candidate(from, end, type), ...rest];
  }
  // One word that reads as an English adjective or abstract noun ("Financial", "Democratic",
  // "Privatisation" Minister) is part of the role, not a company like "Foxconn".
  if (to - from === 1 && !wholeType && ADJECTIVE_SHAPE.test(whole.name)) return [];
  return [candidate(from, to, wholeType ?? unknown)];
}

/**
 * A minister's portfolio of two joined by "and" is the title's, not a body: "Energy and Mineral Resources Minister" (p104: an
 * organization "Mineral Resources"), "Accounting and Statistics Minister"; a body the lists know stays.
 */
export function withoutJoinedPortfolio(found: Candidate[], before: Word[], title: string, text: string, context: NameContext): Candidate[] {
  if (!PORTFOLIO_TITLE_WORD.test(title) || !before.some((w) => w.text === 'and' || w.text === '&')) return found;
  return found.filter((c) => c.type !== 'organization' || nameType(text.slice(c.start, c.end), context) !== undefined);
}

// A title whose capitalized words before it are a portfolio.
const PORTFOLIO_TITLE_WORD = /^(?:Minister|Secretary|Commissioner)$/iu;
const PARTY_OFFICER = /^Party (?:[Ss]ecretary|[Cc]hief|[Bb]oss|[Hh]ead)\b/u;

/**
 * How many words of an affiliation ending in "Party" are a place the lists know, before "Party" alone or "Communist Party":
 * undefined for any other party ("Alberta Party", "Scottish National Party").
 */
function partyOfPlace(words: Word[], context: NameContext): number | undefined {
  const rest = words[words.length - 2]!.text === 'Communist' ? 2 : 1;
  const place = words.slice(0, words.length - rest).map((w) => w.text).join(' ');
  return place !== '' && isKnownPlace(place, context) && !isCountry(place, context) ? words.length - rest : undefined;
}

/**
 * The type of an affiliation no list knows, by the title after it: a mayor's or a governor's is a place
 * ("Greater Manchester Mayor", "Batanes Governor"; not a central bank's acronym, "RBI Governor"), any other
 * an organization.
 */
export function unknownAffiliationType(title: string, affiliation?: string): EntityType {
  const head = title.toLowerCase().replace(/-elect$/u, '').split('-').pop()!;
  // A governor of a province or state; a central bank's is its bank, written short ("Fed", "RBI", "BSP").
  return head === 'mayor' || (head === 'governor' && affiliation !== undefined && !/^(?:\p{Lu}{2,}|Fed)$/u.test(affiliation)) ? 'place' : 'organization';
}

/**
 * True for a word that may name a state the lists do not know before "State" ("Rivers" of "Rivers State Governor", Nigeria's):
 * one capitalized word, no nationality, title or role word.
 */
function isUnlistedStateWord(word: string, context: NameContext): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isDemonym(word, context) && !isTitle(word, context.lexicon) && !isRoleWord(word, context.lexicon);
}

// A capitalized family name right after a span, before punctuation or a lower-case word: " Harris-Dawson said".
const FAMILY_NAME_AFTER = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,.;:!?'’]|$)(?! \p{Lu})/u;

/**
 * Splits a person candidate whose run of capitalized words holds a title: "NDC Minister Paul Liu"
 * gives the person "Paul Liu" and the organization "NDC". The whole run of capitalized words that
 * ends with the candidate is read, so an affiliation the model cut in two ("Yuan Secretary-General
 * Kung") or left out is seen whole. Returns the candidates that replace it (the same one when nothing is split).
 */
// An abstract noun, as a portfolio's last word is: "Administration", "Development", "Infrastructure", "Security".
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ation|ition|ment|ture|ity|ics|ance|ence|ship)$/u;

// The forces and services an office is "of", written without "the": "Inspector General of Police", "Comptroller of Customs".
const OFFICE_BODIES = new Set(['Police', 'Customs', 'Prisons', 'Immigration', 'Excise', 'Fisheries', 'Mines']);

// Title words that are family names too.
const SURNAME_TITLES = new Set(['Head', 'King', 'Bishop', 'Judge', 'Marshal', 'Major', 'Chancellor', 'Speaker', 'Sheriff', 'Coach']);

export function splitTitledPerson(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  const { lexicon } = context;
  // A known name is whole ("Martin Luther King Jr. Day").
  if (candidate.method === 'rule:known-name') return [candidate];
  const words = nameRunBefore(text, candidate.end);
  if (!words.some((w) => w.end > candidate.start)) return [candidate];
  let title = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    // A title word that is a family name right after a given name is that name: "Travis Head and Steve Smith" (p131: an
    // organization "Travis", the title "Head").
    if (isTitle(words[i]!.text, lexicon) && !(i > 0 && SURNAME_TITLES.has(words[i]!.text) && isGivenName(words[i - 1]!.text, context))) {
      title = i;
      break;
    }
  }
  if (title < 0) return [candidate];
  // The name starts after the title and the role words that complete it ("Minister of Foreign Affairs Ruben Ramirez").
  let nameStart = title + 1;
  // (And a portfolio's word no list knows before one it knows: "Minister of Mines and Minerals Development Paul Kabuswe", p99.)
  const portfolioWord = (k: number) => PORTFOLIO_TITLE_WORD.test(words[title]!.text) && k + 1 < words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(words[k]!.text) && !isGivenName(words[k]!.text, context) &&
    isRoleWord(words[k + 1]!.text, lexicon) && !isTitle(words[k + 1]!.text, lexicon);
  // (And a portfolio's abstract noun no list knows before a name of two words or more: "Minister of Territorial Administration Paul
  // Atanga Nji", p129: a person "Administration Paul Atanga Nji".)
  const abstractNoun = (k: number) => k > title + 1 && words.length - k >= 3 && ABSTRACT_NOUN.test(words[k]!.text) && !isGivenName(words[k]!.text, context);
  while (nameStart < words.length - 1 && (isRoleWord(words[nameStart]!.text, lexicon) || isTitle(words[nameStart]!.text, lexicon) || CONNECTORS.has(words[nameStart]!.text) || portfolioWord(nameStart) || abstractNoun(nameStart))) nameStart++;
  // The word after a portfolio's last "and" is the portfolio's, where a name of two words or more follows: "Secretary for Transport
  // and Logistics Mable Chan" (p115: a person "Logistics Mable Chan").
  if (nameStart > title + 1 && words[nameStart - 1]!.text === 'and' && PORTFOLIO_TITLE_WORD.test(words[title]!.text) && words.length - nameStart >= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[nameStart]!.text) && !isGivenName(words[nameStart]!.text, context)) nameStart++;
  // "Director of the FBI Kash Patel": an acronym after the title's "of" is the office's, not the name's.
  const office = nameStart > title + 1 && CONNECTORS.has(words[nameStart - 1]!.text) && words.length - nameStart >= 3 && /^\p{Lu}{2,}$/u.test(words[nameStart]!.text) && !isRoleWord(words[nameStart + 1]!.text, lexicon) ? words[nameStart]! : undefined;
  if (office) nameStart++;
  // A force or a service after the title's "of" is the office's too, no place and no name: "Inspector General of Police Douglas
  // Kanja" (p133: a place "Police", the Polish town), "Commissioner of Customs".
  else if (nameStart > title + 1 && CONNECTORS.has(words[nameStart - 1]!.text) && words.length - nameStart >= 3 && OFFICE_BODIES.has(words[nameStart]!.text)) nameStart++;
  const nameWords = words.slice(nameStart);
  // "Martin Luther King Jr.": a title word followed only by a generation is the family name.
  if (nameWords.every((w) => GENERATION.test(w.text))) return [candidate];
  if (nameWords.length === 0 || nameWords.some((w) => isTitle(w.text, lexicon)) || !nameWords.every((w, i) => isNameWord(w.text) || (i > 0 && NAME_PARTICLES.has(w.text)))) return [candidate];
  // A company's group word or legal form is no person's: "Legal & General Group Plc" (p107: a person "Group Plc"); nor a
  // division's head: "Commissioner for Finance in Kogi State" (p130: a person "Kogi State").
  if (nameWords.some((w) => COMPANY_GROUP_OR_FORM.test(w.text)) || DIVISION_HEAD.test(nameWords[nameWords.length - 1]!.text)) return [candidate];
  // Another type's span ending in a title and a name ("Foreign Affairs Ruben Ramirez" as ORG) is a person only when the name looks like one.
  // (A family name the model left after the span is the name's: "Council President Marqueece" + "Harris-Dawson", p112.)
  let end = candidate.end;
  if (candidate.type !== 'person') {
    // (Not a word of the language after a place or a nationality: "Director of Palestinian" + "Television", "… of Nigeria" + "Daukoru".)
    const next = nameWords.length === 1 && !isKnownPlace(nameWords[0]!.text, context) && !isDemonym(nameWords[0]!.text, context) ? FAMILY_NAME_AFTER.exec(text.slice(end, end + 40)) : null;
    if (next !== null && !isTitle(next[1]!, lexicon) && !isRoleWord(next[1]!, lexicon) && !isVocabularyWord(next[1]!.toLowerCase()) && !lexicon.organizationHeads.has(next[1]!)) end += next[0].length;
    const name = text.slice(nameWords[0]!.start, end);
    if ((nameWords.length + (end > candidate.end ? 1 : 0)) < 2 || nameWords.length > 3 || nameType(name, context) !== undefined) return [candidate];
  }
  let stack = titleStackStart(words, title, context);
  // "State" after a place opens no title: "Lagos State Governor", "New York State Governor" are the state's (not "Chinese State Councilor").
  const placeBefore = (n: number) => stack >= n && isKnownPlace(words.slice(stack - n, stack).map((w) => w.text).join(' '), context);
  // (And before a governor, a one-word state the lists do not know, no nationality: "Rivers State Governor Siminalayi Fubara", p115.)
  const unknownState = () => words[title]!.text === 'Governor' && stack === 1 && isUnlistedStateWord(words[0]!.text, context);
  if (words[stack]?.text === 'State' && stack < title && (placeBefore(1) || placeBefore(2) || unknownState())) stack++;
  const person: Candidate = changed(candidate, { type: 'person', start: nameWords[0]!.start, end });
  if (office) return [person, changed(candidate, { type: context.learned.get(office.text) ?? lexicon.acronyms.get(office.text) ?? 'organization', start: office.start, end: office.end, method: `${candidate.method}+affiliation` })];
  let affiliation = afterLastAnd(words.slice(0, stack), lexicon);
  // A title and its "of" before the affiliation are the role's: "Chief of Army Staff Field Marshal" is the Army's.
  const of = affiliation.findIndex((w) => w.text === 'of');
  if (of > 0 && affiliation.slice(0, of).every((w) => isTitle(w.text, lexicon) || isRoleWord(w.text, lexicon))) {
    affiliation = affiliation.slice(affiliation[of + 1]?.text === 'the' ? of + 2 : of + 1);
  }
  const unknown = unknownAffiliationType(words[title]!.text, affiliation.map((w) => w.text).join(' '));
  const found = affiliationCandidates(affiliation, text, context, `${candidate.method}+affiliation`, unknown);
  return [person, ...withoutJoinedPortfolio(found, words.slice(0, stack), words[title]!.text, text, context)];
}

/**
 * Splits a name at a possessive inside it: "Legislative Yuan’s Finance Committee" is two names
 * (a possessive place or institution before another), unless the possessive belongs to the name ("People’s",
 * "Attorney’s Office").
 */
export function splitPossessive(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  const name = text.slice(candidate.start, candidate.end);
  // A known name is whole ("Lunar New Year's Eve").
  if (context.lexicon.knownNames.has(name)) return [candidate];
  const match = /(\S+)[’']s\s+(?=\p{Lu})/u.exec(name);
  // A title's possessive names an office ("Attorney’s Office", "Governor’s Office"): one name.
  if (!match || !isPossessiveBreak(`${match[1]}’s`) || isTitle(match[1]!, context.lexicon)) return [candidate];
  // A name that ends in its own possessive starts another ("Moody’s Investors Service").
  if (context.lexicon.possessiveNames.has(`${name.slice(0, match.index + match[1]!.length)}'s`)) return [candidate];
  const leftEnd = candidate.start + match.index + match[1]!.length;
  const rightStart = candidate.start + match.index + match[0].length;
  const left = text.slice(candidate.start, leftEnd);
  const right = text.slice(rightStart, candidate.end);
  return [
    changed(candidate, { end: leftEnd, type: nameType(left, context) ?? candidate.type }),
    ...splitPossessive(changed(candidate, { start: rightStart, type: nameType(right, context) ?? candidate.type }), text, context),
  ];
}

/** Returns the candidate without a trailing possessive ("William Lai’s" → "William Lai"); Han names have none. */
export function withoutPossessive(candidate: Candidate, text: string, context: NameContext): Candidate {
  const name = text.slice(candidate.start, candidate.end);
  const match = POSSESSIVE.exec(name);
  if (!match || match.index === 0) return candidate;
  if (candidate.type !== 'person' && context.lexicon.possessiveNames.has(name.replace(/’/gu, "'"))) return candidate;
  return changed(candidate, { end: candidate.start + text.slice(candidate.start, candidate.start + match.index).trimEnd().length });
}

/**
 * Splits a hyphenated compound into the names inside it ("US-Taiwan" → US, Taiwan; "pro-China" → China;
 * "Spanish-language" → Spanish) when every capitalized part is a known place or demonym; otherwise
 * returns the candidate ("Indo-Pacific", "Chung-Hua").
 */
export function splitCompound(candidate: Candidate, text: string, context: NameContext): Candidate[] {
  const name = text.slice(candidate.start, candidate.end);
  // Every split below needs a hyphen (most names have none: the patterns were 3% of the rules' time).
  if (!name.includes('-')) return [candidate];
  // "the Chinese-language Liberty Times", "US-based Micron": a place or demonym's compound before a
  // name describes it; the two are two names.
  const descriptor = /^(\p{Lu}[\p{L}.]*)(-\p{Ll}+) (?=\p{Lu})/u.exec(name);
  if (descriptor && COMPOUND_SUFFIX.test(descriptor[2]!)) {
    const place = descriptor[1]!;
    const type = isDemonym(place, context) ? 'other' : isKnownPlace(place, context) ? 'place' : undefined;
    if (type) {
      const restStart = candidate.start + descriptor[0].length;
      const rest = text.slice(restStart, candidate.end);
      return [changed(candidate, { end: candidate.start + place.length, type }), changed(candidate, { start: restStart, type: nameType(rest, context) ?? candidate.type })];
    }
  }
  // "KMT-backed", "Google-owned": a name before an English compound word is that name.
  const suffix = /^(\p{Lu}[\p{L}\p{N}.&]*)-\p{Ll}+$/u.exec(name);
  if (suffix && COMPOUND_SUFFIX.test(name) && !isKnownPlace(suffix[1]!, context) && !isDemonym(suffix[1]!, context)) {
    const head = suffix[1]!;
    // (Where one is based or born is a place, though no list knows it: "Mandaue-based JRV Builders", p142: other.)
    const where = /-(?:based|born|headquartered)$/u.test(name) && !/^\p{Lu}{2,}$/u.test(head) ? 'place' : undefined;
    return [changed(candidate, { end: candidate.start + head.length, type: nameType(head, context) ?? where ?? candidate.type })];
  }
  // "New York-based", "Hong Kong-listed": a place of several words before a lower-case compound part.
  const spaced = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){1,2})-\p{Ll}+$/u.exec(name);
  if (spaced) {
    const place = spaced[1]!;
    const type = isDemonym(place, context) ? 'other' : isKnownPlace(place, context) ? 'place' : undefined;
    return type ? [changed(candidate, { end: candidate.start + place.length, type })] : [candidate];
  }
  // Parts of several words only when each is capitalized: "South Korea-U.S. drills". A number is a unit's: "Cirebon-1" is one
  // power plant, no place Cirebon (p130).
  if (!name.includes('-') || (/\s/u.test(name) && !name.split('-').every((part) => /^\p{Lu}/u.test(part))) || /-\d{1,2}$/u.test(name)) return [candidate];
  // A compound the lexicon knows whole is one name: "Asia-Pacific".
  if (context.lexicon.knownNames.has(name)) return [changed(candidate, { type: context.lexicon.knownNames.get(name)! })];
  const parts: Candidate[] = [];
  let offset = candidate.start;
  for (const part of name.split('-')) {
    if (/^\p{Lu}/u.test(part)) {
      const type = isDemonym(part, context) ? 'other' : isKnownPlace(part, context) ? 'place' : undefined;
      if (!type) return [candidate];
      const piece: Candidate = changed(candidate, { start: offset, end: offset + part.length, type });
      parts.push(type === 'place' && offset === candidate.start ? withPlaceWordsBefore(piece, text, context) : piece);
    }
    offset += part.length + 1;
  }
  return parts.length > 0 ? parts : [candidate];
}

// Capitalized words that begin a sentence but never a name ("After Lai returned", "In Taipei").
const LEADING_NON_NAMES = new Set(['After', 'Before', 'When', 'While', 'But', 'And', 'Or', 'In', 'On', 'At', 'For', 'With', 'From', 'As', 'If', 'Since', 'Under', 'Over', 'During', 'Despite', 'Following', 'Meanwhile', 'Yesterday', 'Today', 'Tonight', 'However', 'Although', 'Also', 'Then', 'Both', 'Unlike', 'Like', 'Amid', 'Among', 'Asked', 'According', 'Earlier', 'Later', 'Whether', 'Unless', 'Because', 'Once', 'Until', 'Though', 'Even', 'His', 'Her', 'Its', 'Their', 'About', 'Welcome', 'Through', 'Against', 'Into']);

// What a sentence calls a company before its name, in the wire's style ("Chipmaker Nvidia Corp", "Rival SK Hynix Inc",
// "Lender Barclays Plc"): no part of the name (p84).
const COMPANY_DESCRIPTORS = new Set(['Rival', 'Chipmaker', 'Automaker', 'Carmaker', 'Drugmaker', 'Planemaker', 'Steelmaker', 'Shipbuilder', 'Lender', 'Insurer', 'Retailer', 'Miner', 'Refiner', 'Conglomerate', 'Startup', 'Airline', 'Brokerage', 'Regulator', 'Watchdog']);

/** True for a word that describes a company before its name at the start of a sentence ("Chipmaker", "Rival"). */
export function isCompanyDescriptor(word: string): boolean {
  return COMPANY_DESCRIPTORS.has(word);
}

/** True for a capitalized word that begins sentences but never names ("After", "But"). */
export function isSentenceWord(word: string): boolean {
  return LEADING_NON_NAMES.has(word);
}

const WIRE_VERSION = /^(?:UPDATE \d{1,2}|WRAPUP \d{1,2}|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|PREVIEW|BREAKINGVIEWS)-(?=\p{Lu})/u;

/** Returns the candidate without a leading sentence word that is never part of a name ("After Lai" → "Lai"). */
export function withoutLeadingNonName(candidate: Candidate, text: string): Candidate {
  // A wire's version mark before its headline: "CORRECTED-Japan's Takaichi …", "UPDATE 2-Taiwan …" (p86).
  const version = WIRE_VERSION.exec(text.slice(candidate.start, candidate.end));
  if (version) return changed(candidate, { start: candidate.start + version[0].length });
  const match = /^(\p{Lu}\p{Ll}+)\s+(?=\S)/u.exec(text.slice(candidate.start, candidate.end));
  // "The" opens an organization's or a place's span only in a few names ("The Hague"); a work's title keeps it.
  const article = match?.[1] === 'The' && (candidate.type === 'organization' || candidate.type === 'place') && !/^The Hague\b/u.test(text.slice(candidate.start, candidate.end));
  const descriptor = match !== null && candidate.type === 'organization' && COMPANY_DESCRIPTORS.has(match[1]!);
  if (!match || (!LEADING_NON_NAMES.has(match[1]!) && !article && !descriptor)) return candidate;
  return changed(candidate, { start: candidate.start + match[0].length });
}

/** True when every word of a person candidate is a title or role word ("Vice President-elect"): a role, not a name. */
export function isOnlyTitles(candidate: Candidate, text: string, lexicon: Lexicon): boolean {
  return text.slice(candidate.start, candidate.end).split(/\s+/u).every((w) => isTitle(w, lexicon) || isRoleWord(w, lexicon));
}

/**
 * Returns a one-word institution head widened over the capitalized words right before it ("Yuan" in
 * "the Executive Yuan" is the Executive Yuan, not a currency): at most three words, never a sentence word.
 */
// The sports whose names a country's governing body takes: "Cricket Australia", "New Zealand Cricket" (`SPORT_AFTER`, `SPORT_BEFORE`,
// and extract.ts's retyping of a model span that ends in one).
export const SPORT_NAMES = 'Cricket|Rugby|Football|Tennis|Netball|Hockey|Athletics|Swimming|Cycling|Basketball|Volleyball|Golf';

// A body's letters in brackets right after a name: " (PLA)", "（CEC）": the of-phrase before them names a body of its own.
const LETTERS_AFTER = /^ ?[(（]\p{Lu}{2,}[)）]/u;

// The first word of a party family's name before "Democrat(s)".
const PARTY_FAMILY_BEFORE = /(?<![\p{L}\p{N}'’-])(?:Social|Christian|Free|Liberal) $/u;
// A sport's name right after a country, as its governing body is named: "New Zealand Cricket" (not "… Cricket Board": its own name).
const SPORT_AFTER = new RegExp(String.raw`^ (?:${SPORT_NAMES})(?![\p{L}\p{N}'’-])(?! \p{Lu})`, 'u');
// A sport's name right before a country, as its governing body is named: "Cricket Australia", "Athletics Kenya".
const SPORT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${SPORT_NAMES}|Rowing|Sailing|Boxing|Badminton|Gymnastics|Softball|Baseball|Triathlon|Surfing) $`, 'u');

export function extendLeft(candidate: Candidate, text: string, context: NameContext): Candidate {
  const name = text.slice(candidate.start, candidate.end);
  const joined = candidate.type === 'organization' ? joinedFront(candidate, name, text, context) : undefined;
  if (joined !== undefined) return changed(candidate, { start: joined });
  // A company's name joined by an ampersand the model cut at: "Larsen &" + "Toubro Ltd.", "Procter &" + "Gamble".
  const partner = candidate.type === 'organization' && text.charCodeAt(candidate.start - 1) === 0x20 && text.charCodeAt(candidate.start - 2) === 0x26
    ? AMPERSAND_BEFORE.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start)) : null;
  if (partner && !isSentenceWord(partner[1]!.split(' ')[0]!)) return changed(candidate, { start: candidate.start - partner[0].length });
  const office = candidate.type === 'organization' ? titledOfficeStart(candidate, name, text, context) : undefined;
  if (office !== undefined) return changed(candidate, { start: office });
  // A royal's or a saint's possessive opens the institution named after them: "King's" + "College Hospital", "The Prince's" + "Trust".
  const patron = (candidate.type === 'organization' || candidate.type === 'place') && mayEndPossessive(text, candidate.start) ? PATRON_BEFORE.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start)) : null;
  if (patron) return changed(candidate, { start: candidate.start - patron[0].length, type: 'organization' });
  // A place of two words whose first the model left out opens the name: "New" + "Taipei City Government".
  const placeFront = (candidate.type === 'organization' || candidate.type === 'place') && mayEndCapitalizedWord(text, candidate.start, 30) ? WORD_BEFORE.exec(text.slice(Math.max(0, candidate.start - 30), candidate.start)) : null;
  if (placeFront && placeFront[1] !== 'The' && !isSentenceWord(placeFront[1]!) && isKnownPlace(`${placeFront[1]!} ${name.split(' ')[0]!}`, context)) {
    return changed(candidate, { start: candidate.start - placeFront[0].length });
  }
  // A place of three words whose first the model left out, the rest read as a person: "Sham" + "Shui Po" (p129: a person
  // "Shui Po").
  const personFront = candidate.type === 'person' && name.includes(' ') && mayEndCapitalizedWord(text, candidate.start, 30) ? WORD_BEFORE.exec(text.slice(Math.max(0, candidate.start - 30), candidate.start)) : null;
  if (personFront && isKnownPlace(`${personFront[1]!} ${name}`, context)) return changed(candidate, { start: candidate.start - personFront[0].length, type: 'place' });
  // A party family's first word the model left out: "Social" + "Democrat", "Christian" + "Democrats" (p131: "Democrat").
  const family = (candidate.type === 'other' || candidate.type === 'organization') && /^Democrats?$/u.test(name) ? PARTY_FAMILY_BEFORE.exec(text.slice(Math.max(0, candidate.start - 12), candidate.start)) : null;
  if (family) return changed(candidate, { start: candidate.start - family[0].length });
  // A sport before a country is its governing body: "Cricket" + "Australia", "Rugby" + "Australia" (p129: the country).
  const sport = candidate.type === 'place' ? SPORT_BEFORE.exec(text.slice(Math.max(0, candidate.start - 14), candidate.start)) : null;
  if (sport && isCountry(name, context)) return changed(candidate, { start: candidate.start - sport[0].length, type: 'organization' });
  const known = candidate.type === 'person' ? knownPersonStart(candidate, name, text, context) : undefined;
  if (known !== undefined) return changed(candidate, { start: known });
  const particled = candidate.type === 'person' ? particlesStart(candidate, name, text) : undefined;
  if (particled !== undefined) return changed(candidate, { start: particled });
  // Initials written without full stops, as Indian papers do: "B Y" + "Vijayendra" (not "A" or "I").
  const initials = candidate.type === 'person' ? /(?<![\p{L}\p{N}.'’-])(?:[B-HJ-Z] ){1,3}$/u.exec(text.slice(Math.max(0, candidate.start - 8), candidate.start)) : null;
  if (initials) return changed(candidate, { start: candidate.start - initials[0].length });
  // A place's head word alone is the end of a place the model cut: "Bashi" + "Channel" (it had been a person).
  if (!/\s/u.test(name) && context.lexicon.placeHeads.has(name) && candidate.type !== 'place') {
    const start = capitalizedWordsBefore(candidate.start, text, context, 2, false);
    if (start < candidate.start) return changed(candidate, { start, type: 'place' });
  }
  // "the House" alone is a legislature's short name, not the end of one the model cut ("Reagan White House").
  if (/\s/u.test(name) || !context.lexicon.organizationHeads.has(name) || name === 'House') return candidate;
  // Up to three words, or four when the first is a place head: "Yunlin County" + " Environmental Protection Bureau".
  let start = capitalizedWordsBefore(candidate.start, text, context, 3, false);
  const first = text.slice(start, text.indexOf(' ', start));
  if (start < candidate.start && context.lexicon.placeHeads.has(first)) start = capitalizedWordsBefore(candidate.start, text, context, 4, false);
  return changed(candidate, { start, type: 'organization' });
}

/** False unless a possessive and a space end at `end` ("'s ", "’s ", "s’ "), as PATRON_BEFORE needs. */
function mayEndPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 0x20 && (last === 0x73 || last === 0x27 || last === 0x2019);
}

// The possessive of a royal or a saint before an institution's name: "King's College London", "St John's College".
const PATRON_BEFORE = /(?<![\p{L}\p{N}'’.-])(?:(?:King|Queen|Prince|Princess|Duke|Duchess)['’]s|St\.? \p{Lu}\p{Ll}+['’]s?) $/u;

// A particle right before a name, one space between them: "von " + "der Leyen", "Von " + "der Leyen".
const PARTICLE_BEFORE = /(?<![\p{L}\p{M}\p{N}'’.-])(\p{L}\p{Ll}{1,3}) $/u;

/**
 * Returns where a family name starts when the model left out the particles before one that opens with
 * a particle ("der Leyen" of "von der Leyen", "Von der Leyen" at a sentence's start), or undefined.
 */
function particlesStart(candidate: Candidate, name: string, text: string): number | undefined {
  if (!isNameParticle(name.slice(0, name.indexOf(' ')))) return undefined;
  let start = candidate.start;
  for (let n = 0; n < 2; n++) {
    const before = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (!before || !isNameParticle(before[1]!.toLowerCase())) break;
    start -= before[0].length;
  }
  return start < candidate.start ? start : undefined;
}

// A capitalized word right before a name, one space between them ("Barack " + "Obama").
const WORD_BEFORE = /(?<![\p{L}\p{M}\p{N}'’.-])(\p{Lu}[\p{Ll}\p{M}]+) $/u;
const KNOWN_PERSON_LISTS = new Set(['person', 'train-PER']);

/**
 * Returns where a person's name starts when the model left its given name out and the two words
 * are a person the gazetteer knows ("Barack Obama said", where the model found "Obama"), or undefined.
 */
function knownPersonStart(candidate: Candidate, name: string, text: string, context: NameContext): number | undefined {
  if (!context.model) return undefined;
  const front = mayEndCapitalizedWord(text, candidate.start, 30) ? WORD_BEFORE.exec(text.slice(Math.max(0, candidate.start - 30), candidate.start)) : null;
  if (!front || isTitle(front[1]!, context.lexicon)) return undefined;
  if (/\s/u.test(name)) {
    const start = candidate.start - front[0].length;
    return sentenceGivenName(front[1]!, name, start, text, context) || monthGivenName(front[1]!, start, text) ? start : undefined;
  }
  const lists = phraseLists(context.model.lexicon.gazetteer, `${front[1]!} ${name}`);
  if (lists.some((list) => KNOWN_PERSON_LISTS.has(list))) return candidate.start - front[0].length;
  // A given name inside a sentence, after a lower-case word ("the body of Ran Gvili"): not a sentence's first word.
  const word = front[1]!;
  const inside = /\p{Ll}[,;]? $/u.test(text.slice(Math.max(0, candidate.start - front[0].length - 3), candidate.start - front[0].length));
  const ordinary = CALENDAR_WORDS.test(word) || /^(?:My|Our|His|Her|Their|Its|Your|This|That|Mister|Madam)$/u.test(word);
  if (inside) return !ordinary && isAnyGivenName(word, context) && !isKnownPlace(word, context) ? candidate.start - front[0].length : undefined;
  return sentenceGivenName(word, name, candidate.start - front[0].length, text, context) ? candidate.start - front[0].length : undefined;
}

// Months that are given names too, and the words before a month that make it a date: "in June", "since May", "the end of May".
const MONTH_GIVEN_NAME = /^(?:Jan|June|April|May|August)$/u;
const DATE_BEFORE = /(?:(?:^|\s)(?:in|on|since|until|till|by|from|through|to|last|next|early|late|mid|before|after|during|this|that|each|every|and|or|between|(?:end|middle|start|beginning|rest|half|part|month) of)|[\d,.;:(])\s*$/iu;

/**
 * True when a month before a name of two words or more is a given name ("the return of Jan Paul van Hecke", "The
 * singer June Carter Cash"): after a lower-case word that makes no date of it (not "in", "since", "the end of").
 */
function monthGivenName(word: string, start: number, text: string): boolean {
  if (!MONTH_GIVEN_NAME.test(word)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  return /\p{Ll} $/u.test(before) && !DATE_BEFORE.test(before);
}

// A sentence's start before a word: the text's or a line's start, or a sentence's end, then an opening quote or none.
const SENTENCE_OPENING = /(?:^|\n|[.!?]["”’)]?[ \t]+)["“‘]?[ \t]*$/u;
// Lists that make a word something else than a given name ("Briton", "Striker" is not among them: it is an English word).
const NOT_GIVEN_NAME_LISTS = new Set(['country', 'city', 'region', 'world-country', 'world-capital', 'place-abbreviation', 'demonym', 'world-demonym', 'organization',
  'sports-team', 'honorific', 'role', 'currency', 'month', 'weekday', 'organization-word', 'place-word', 'train-LOC', 'train-ORG', 'train-MISC']);

/**
 * True when the word opening a sentence is the given name the model left out of the family name after it
 * ("Iratxe" + "García Pérez said", "Kaja" + "Kallas"): a word no English vocabulary or other list knows
 * (so not "Striker", "Briton", "Yesterday"), before a name that does not open with a given name itself.
 */
function sentenceGivenName(word: string, name: string, start: number, text: string, context: NameContext): boolean {
  if (!SENTENCE_OPENING.test(text.slice(Math.max(0, start - 6), start)) || word.length < 3) return false;
  if (isSentenceWord(word) || CALENDAR_WORDS.test(word) || isRoleWord(word, context.lexicon) || context.lexicon.interjections.has(word)) return false;
  if (isVocabularyWord(word) || listsOf(word, context).some((list) => NOT_GIVEN_NAME_LISTS.has(list))) return false;
  // (Nor before a given name, unless the word is a given name written with a mark no English word has: a Spanish or Portuguese
  // name's two given names, "Andrés" + "Manuel López Obrador".)
  return !isGivenName(name.split(' ')[0]!, context) || (/[^\x00-\x7f]/u.test(word) && isAnyGivenName(word, context));
}

/**
 * Returns where up to `most` capitalized words right before `end` start, or `end`: never a sentence
 * word or "The"; titles and dotted abbreviations only for an office (`office`: "U.S. Attorney General’s").
 */
function capitalizedWordsBefore(end: number, text: string, context: NameContext, most: number, office: boolean): number {
  const before = wordsIn(text, lookBackStart(text, end, 60), end);
  let start = end;
  for (let i = before.length - 1; i >= 0 && i >= before.length - most; i--) {
    const word = before[i]!.text;
    if (!isNameWord(word) || isSentenceWord(word) || word === 'The' || word === 'A' || word === 'An') break;
    if (/[,;:.!?’']$/u.test(word) && !(office && /^(?:\p{Lu}\.)+$/u.test(word))) break;
    if (!office && isTitle(word, context.lexicon)) break;
    start = before[i]!.start;
  }
  return start === end || !/^\s+$/u.test(text.slice(before[before.length - 1]!.end, end)) ? end : start;
}

// An office named by a title's possessive: "U.S. Attorney’s " + "Office for the Southern District of New York".
const TITLED_OFFICE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)['’]s $/u;

/**
 * Returns where an office's name starts when the model left its title's possessive and the place
 * before it out ("U.S. Attorney’s Office for …", news rule 7), or undefined.
 */
function titledOfficeStart(candidate: Candidate, name: string, text: string, context: NameContext): number | undefined {
  let start: number;
  const inside = /^(\p{Lu}\p{Ll}+)['’]s (?:Office|Bureau)\b/u.exec(name);
  if (inside && isTitle(inside[1]!, context.lexicon)) {
    start = candidate.start;
  } else {
    if (!/^(?:Office|Bureau)\b/u.test(name)) return undefined;
    const title = TITLED_OFFICE.exec(text.slice(Math.max(0, candidate.start - 30), candidate.start));
    if (!title || !isTitle(title[1]!, context.lexicon)) return undefined;
    start = candidate.start - title[0].length;
  }
  const widened = capitalizedWordsBefore(start, text, context, 4, true);
  return widened === candidate.start ? undefined : widened;
}

// Capitalized words and "and" right before an institution: "Foreign Affairs and " + "National Defense Committee".
const JOINED_FRONT = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{Ll}-]+ ){0,2}\p{Lu}[\p{Ll}-]+) and $/u;
const INSTITUTION_HEAD = new RegExp(`^(?:${GOVERNMENT_HEADS}|Institute)$`, 'u');

/**
 * Returns where an institution's name starts when its first words are joined to it by "and"
 * ("Foreign Affairs and National Defense Committee", "Education and Culture Committee"), or
 * undefined. Not when those words are a name of their own: a place, a demonym, a person's words
 * ("Britain and the European Commission" has "the"; "Taiwan and Japan Relations Council" is two).
 */
function joinedFront(candidate: Candidate, name: string, text: string, context: NameContext): number | undefined {
  if (!INSTITUTION_HEAD.test(name.slice(name.lastIndexOf(' ') + 1))) return undefined;
  const match = JOINED_FRONT.exec(text.slice(Math.max(0, candidate.start - 60), candidate.start));
  if (!match) return undefined;
  const front = match[1]!.replace(/^(?:The|A|An) /u, '');
  const words = front.split(' ');
  if (words.some((w) => isSentenceWord(w) || isTitle(w, context.lexicon) || isKnownPlace(w, context) || isDemonym(w, context) || CALENDAR_WORDS.test(w))) return undefined;
  if (isKnownPlace(front, context) || nameType(front, context) !== undefined) return undefined;
  return candidate.start - front.length - ' and '.length;
}

// A word of a name, with the inner full stops of an abbreviation ("U.S.": its last one too).
// (Not a currency's letters: "the Executive Yuan for NT$2 billion".)
const EXTENSION_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}’'-]*(?:\.\p{Lu}[\p{L}\p{M}\p{N}’'-]*)*(?:(?<=\.\p{Lu})\.)?(?![$\p{L}\p{N}])`;
// A company's legal form ends its name: "Trailer Train Co." of Chicago, "Cray Inc." of the U.S.
const LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|LLC|LLP|PLC|plc|AG|SA|NV|GmbH|Bhd|Pty|JSC|PJSC)\.?$/u;
// The head of a body named by its members, after their plural possessive: "Prosecutors' Office", "Teachers' Union".
const MEMBERS_BODY_AFTER = /^['’] (?:Office|Association|Union|Party|Federation|League|Alliance|Congress|Council|Front|Movement|Committee|Cooperative|Bank)(?![\p{L}\p{N}])/u;
// A company's legal form right after its name (with its full stop where it has one: "Amazon.com Inc."); SE only
// where no word follows it, since it is a model's name too ("the Macintosh SE central processing unit").
const LEGAL_FORM_AFTER = /^ (?:A\/S|SE(?=['’]s|[,.;:)]| \()|AG|NV|N\.V\.|BV|SA|S\.A\.|SpA|S\.p\.A\.|plc|PLC|Plc|Inc\.?|Ltd\.?|Corp\.?|LLC|LLP|GmbH|Oyj|ASA|Bhd|Tbk|K\.K\.)(?![\p{L}\p{N}\/])/u;
// The capitalized words of a company's name before an ampersand: "Larsen & " of "Larsen & Toubro", "Procter & " of "Procter & Gamble".
const AMPERSAND_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}) & $/u;
// Capitalized words that end in a company's legal form (after a name: "Hon Hai Precision" + " Industry Co").
const COMPANY_END = new RegExp(String.raw`^(?: ${EXTENSION_WORD}){0,3} (?:Co|Corp|Inc|Ltd|LLC|PLC|plc|GmbH|AG|JSC|PJSC|Company|Corporation|Holdings)(?:\.|(?![\p{L}\p{N}]))`, 'u');
// "and" joins two words of one name ("Disease Control and Prevention"), never "and the" another name.
const OF_EXTENSION = new RegExp(String.raw`^ (?:of|for|on) (?:the )?${EXTENSION_WORD}(?: (?:(?:of|for|in|on)(?: the)? |and |the )?${EXTENSION_WORD}){0,7}`, 'u');
// What a place (group 1 absent) or an institution (group 1) named after a person ends in.
const NAMED_AFTER_PERSON = /^(?: (?:International|Memorial|National|Presidential))? (?:Space (?:Centre|Center)|Hall|Museum|Library|Park|Road|Street|Avenue|Boulevard|Airport|Station|Stadium|Arena|Bridge|Square|Hospital|Mausoleum|Maidan|Chowk|Nagar|(University|Foundation|Institute|School|College|Party))(?![\p{L}\p{N}])/u;
// A generation written after a family name, alone and after a name (sticky: read at a given index).
const GENERATION_WORD = String.raw`(?:Jr\.?|Sr\.?|II|III|IV)`;
const GENERATION = new RegExp(`^${GENERATION_WORD}$`, 'u');
const GENERATION_AFTER = new RegExp(String.raw` ${GENERATION_WORD}(?![\p{L}\p{N}])`, 'uy');
// A Korean name written as AP writes it, surname and two syllables apart ("Kim Jong Un", "Choe Son Hui"): the third syllable the
// model left out. Surnames and syllables of romanized Korean given names, so that no English word after a name is taken.
const KOREAN_SURNAME = /^(?:Kim|Lee|Ri|Rhee|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|An|Song|Yoo|Hong|Jeon|Ko|Moon|Mun|Yang|Son|Bae|Baek|Heo|Nam|Ro|Roh)$/u;
const KOREAN_SYLLABLE = String.raw`(?:Un|Il|In|Jong|Yo|Son|Song|Sol|Chol|Nam|Ho|Hui|Sik|Su|Hyun|Jae|Myung|Yeol|Suk|Min|Hee|Young|Jin|Sung|Woo|Soo|Kyung|Hwan|Ki|Ji|Dong|Sang|Seok|Joon|Yong|Won|Tae|Gun|Chul|Hak|Kwang|Ryong|Hyok|Chun|Gyu|Seung|Ok|Ae|Mi|Yeon|Eun|Hye|Hoon|Jun|Kyu|Bok|Ryol|Hyon|Chan|Gil|Guk|Hun|Mok|Pil|Hwa|Sun|Thae|Ju|Ung|Yon)`;
const KOREAN_SECOND = new RegExp(String.raw`^${KOREAN_SYLLABLE}$`, 'u');
const KOREAN_THIRD_AFTER = new RegExp(String.raw`^ ${KOREAN_SYLLABLE}(?![\p{L}\p{N}'’-]| \p{Lu})`, 'u');

const LEGISLATURE_AFTER = /^ (?:State )?(?:Legislature|Parliament|Senate|General Assembly|State Assembly|Legislative Assembly|Legislative Council)(?![\p{L}\p{N}'’-])/u;

/** The length of the third syllable of a Korean name the model cut after two words ("Kim Jong" + " Un"), or 0. */
function koreanThirdSyllable(name: string, after: string): number {
  const words = name.split(' ');
  if (words.length !== 2 || !KOREAN_SURNAME.test(words[0]!) || !KOREAN_SECOND.test(words[1]!)) return 0;
  return KOREAN_THIRD_AFTER.exec(after)?.[0].length ?? 0;
}

/**
 * The last syllable of a Vietnamese name written without its marks that the model left out for being an English word:
 * "Tran Thanh" + " Man", "Nguyen Van" + " Long" (p118). A family name the lists know, one more syllable, then the third
 * of four letters at most before no further capitalized word.
 */
function vietnameseThirdSyllable(name: string, after: string): number {
  const words = name.split(' ');
  if (words.length !== 2 || !VIETNAMESE_SURNAME.test(words[0]!) || !/^\p{Lu}\p{Ll}{1,5}$/u.test(words[1]!)) return 0;
  return VIETNAMESE_THIRD_AFTER.exec(after)?.[0].length ?? 0;
}
// Vietnam's common family names written without their marks, and a short syllable after a name, ending it.
const VIETNAMESE_SURNAME = /^(?:Nguyen|Tran|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Ngo|Duong|Dinh|Trinh|Doan|Luong)$/u;
const VIETNAMESE_THIRD_AFTER = /^ \p{Lu}\p{Ll}{1,3}(?![\p{L}\p{N}'’-])(?! \p{Lu})/u;

// Roads, and an airport's terminals ("Terminal 3"), by their numbers.
const ROAD_END = /(?:^|\s)(?:Highway|Route|Road|Expressway|Freeway|Interstate|Motorway|Terminal)(?: No)?$/u;
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Panel', 'Conference', 'Convention', 'Treaty', 'Agreement', 'Act', 'Protocol']);
const LIST_EXTENSION = new RegExp(String.raw`^(?:, ${EXTENSION_WORD}){1,4},? and ${EXTENSION_WORD}`, 'u');
// An academy, a university or a conservatory after a place's name (its of-phrase read apart), or the place's film awards or festival.
const SCHOOL_AFTER = /^ (?:(?:Academy|University|Institute|Conservatory|Polytechnic)|(Film Awards|Film Festival|International Film Festival))(?![\p{L}\p{N}'’-])/u;
const PLACE_EXTENSION = new RegExp(String.raw`^(?: ${EXTENSION_WORD}){1,2}`, 'u');

// A family name the model left out for its particle: Arabic ("al-Burhan", "bin Salman", "Al Thani"),
// Portuguese, Spanish, Dutch or German ("da Silva", "de la Cruz", "van der Leyen", "von Weizsäcker").
const PARTICLE_FAMILY_NAME = new RegExp(String.raw`^ (?:(?:al|el|ad|ash|as|az|ar|an|at)-|(?:${ARABIC_PARTICLES.join('|')}|Al) |(?:(?:${EUROPEAN_PARTICLES.join('|')}) ){1,2})\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}+)*(?![\p{L}\p{N}])`, 'u');

/** Returns a road widened over its number: "State Highway" + " 1", "Route" + " 66", "Interstate" + " 95". */
export function withRoadNumber(candidate: Candidate, text: string): Candidate {
  // A broadcaster's channel or station by its number is an organization: "Channel" + " 4", "Radio" + " 4" (p118: "Channel").
  const station = candidate.type !== 'person' && /(?:^|\s)(?:Channel|Radio|Kanal|Canal)$/u.test(text.slice(Math.max(candidate.start, candidate.end - 8), candidate.end))
    ? /^ \d{1,2}(?![\p{L}\p{N}]|[.,]\d)/u.exec(text.slice(candidate.end, candidate.end + 4)) : null;
  if (station) return changed(candidate, { end: candidate.end + station[0].length, type: 'organization' });
  if (!ROAD_END.test(text.slice(Math.max(candidate.start, candidate.end - 12), candidate.end))) return candidate;
  // "National Freeway" + " No. 5": the model may have taken the "No" and typed the road an organization.
  if (/ No$/u.test(text.slice(candidate.start, candidate.end)) && /^\. ?\d/u.test(text.slice(candidate.end, candidate.end + 3))) candidate = changed(candidate, { end: candidate.end - 3 });
  const road = /^ (?:No\. ?)?\d{1,4}[A-Z]?(?![\p{L}\p{N}]|[.,]\d)/u.exec(text.slice(candidate.end, candidate.end + 12));
  return road ? changed(candidate, { end: candidate.end + road[0].length, type: 'place' }) : candidate;
}

// One capitalized word after a name, then no other capitalized word: " Jha said", " Almarar thanked", " Jha's".
const WORD_AFTER_NAME = /^ (\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=['’]s\b|[,.;:!?)]|\s+[\p{Ll}\p{N}"“(—–-]|\s*$)/u;

// The head of an administrative division, last in its name: no person's name ends in one.
export const DIVISION_HEAD = /^(?:State|Province|Prefecture|Oblast|Governorate|Parish|Township)$/u;

// Facility words no family name is (not Park, Church, Hall, Tower, Castle: "Jessica Park").
const FACILITY_NOT_SURNAME = /^(?:Prison|Hospital|Airport|Temple|Stadium|Mosque|Cathedral|Shrine|Museum|Station|Terminal|Expressway|Highway|Tunnel|Reservoir|Gymnasium|Motorway|Freeway|Prefecture|Oblast|Governorate|Province|Township)$/u;

// A facility's common noun right after a name: "Phanom Dong Rak hospital", "the Ta Muen Thom temple".
const FACILITY_NOUN_AFTER = /^ (?:hospital|temple|prison|mosque|church|shrine|monastery|pagoda|airport|stadium)(?![\p{L}\p{N}-])/u;

/** The length of a family name the model left out after a name of two words (see `extendRight`), or 0. */
function familyNameAfter(name: string, after: string, context: NameContext): number {
  // (Or an initial and a given name: "P. Nandalal" + " Weerasinghe", as Sri Lanka and South India write names; p115.)
  // (Or three names, as Spanish names run to two family names: "Andrés Manuel López" + " Obrador".)
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$|^\p{Lu}\. \p{Lu}\p{Ll}{2,}$/u.test(name)) return 0;
  const match = WORD_AFTER_NAME.exec(after);
  const word = match?.[1];
  if (word === undefined || isVocabularyWord(word) || isSentenceWord(word) || CALENDAR_WORDS.test(word) || isTitle(word, context.lexicon) || isRoleWord(word, context.lexicon)) return 0;
  if (isKnownPlace(word, context) || listsOf(word, context).some((list) => NOT_GIVEN_NAME_LISTS.has(list))) return 0;
  return match![0].length;
}
/**
 * Returns the candidate widened over what completes it on the right: an institution's "of"/"for"
 * phrase ("International Organization" + " for Migration", "Criminal Code" + " of the Armed Forces"),
 * a place head word ("Taiwan" + " Strait", "Taipei" + " Songshan Airport"), an abbreviation cut at
 * a hyphen ("Taiwan-U" + ".S."), a person's family name after its particle ("Abdel Fattah" + " al-Burhan").
 * Titles stop the widening ("Council of Agriculture Minister").
 */
export function extendRight(candidate: Candidate, text: string, context: NameContext): Candidate {
  const { lexicon } = context;
  const after = text.slice(candidate.end, candidate.end + 160);
  // A facility is a place (news rule 3): a name the model read as a person or an institution that ends in a
  // facility's word ("Stanley Prison") or comes before one in lower case ("Phanom Dong Rak hospital", "the Ta Muen Thom temple").
  if (candidate.method === 'model' && candidate.type !== 'place') {
    const name = text.slice(candidate.start, candidate.end);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    // (A parish is named for a person more often than a person is named Parish: "Jefferson Parish", not "Helen Parish".)
    const parish = last === 'Parish' && (!isAnyGivenName(name.slice(0, name.indexOf(' ')), context) || /(?:^|\s)(?:in|of) $/u.test(text.slice(Math.max(0, candidate.start - 4), candidate.start)));
    if ((candidate.type === 'person' && name.includes(' ') && (FACILITY_NOT_SURNAME.test(last) || parish)) || (candidate.confidence < 0.6 && FACILITY_NOUN_AFTER.test(after))) {
      return changed(candidate, { type: 'place' });
    }
  }
  const abbreviation = /^\.(?:\p{Lu}\.)+/u.exec(after);
  if (abbreviation && /-\p{Lu}$/u.test(text.slice(candidate.start, candidate.end))) return changed(candidate, { end: candidate.end + abbreviation[0].length });
  // A ministry's second portfolio after "and": "Ministry of Agriculture" + " and Environment" (not "and Lockheed Martin").
  if (candidate.type === 'organization' && /^(?:Ministry|Department|Office|Bureau|Commission|Council|Committee|Agency|Secretariat) of \p{Lu}/u.test(text.slice(candidate.start, candidate.end))) {
    const portfolio = /^,? and ((?:\p{Lu}\p{Ll}+ ){0,3}\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]| \p{Lu})/u.exec(after);
    if (portfolio && portfolio[1]!.split(' ').every((w) => isRoleWord(w, lexicon))) return changed(candidate, { end: candidate.end + portfolio[0].length });
  }
  // A party's country before the possessive of the whole name: "Democratic Party" + " of Korea" of "the ruling Democratic Party of
  // Korea's spokesperson" (p115: the party and a place; without the possessive the model takes it whole).
  if (candidate.type === 'organization' && / Party$/u.test(text.slice(candidate.start, candidate.end))) {
    const country = /^ of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=['’]s\b)/u.exec(after);
    if (country && isCountry(country[1]!, context)) return changed(candidate, { end: candidate.end + country[0].length });
  }
  // A place's legislature is one body, as the news rules read "Czech Senate": "Mississippi" + " Legislature", "Texas" + " Senate".
  const legislature = candidate.type === 'place' ? LEGISLATURE_AFTER.exec(after) : null;
  if (legislature) return changed(candidate, { end: candidate.end + legislature[0].length, type: 'organization' });
  // So is a city's or a county's government: "Kaohsiung City" + " Government's Environmental Protection Bureau" (p115: the place,
  // and no city government).
  const government = candidate.type === 'place' && / (?:City|County|Township|Prefecture|Province|District)$/u.test(text.slice(candidate.start, candidate.end)) ? /^ Government(?![\p{L}\p{N}-])/u.exec(after) : null;
  if (government) return changed(candidate, { end: candidate.end + government[0].length, type: 'organization' });
  if (candidate.type === 'person') return extendPersonRight(candidate, after, text, context);
  const name = text.slice(candidate.start, candidate.end);
  // A body named by its members in the plural possessive: "New Taipei District Prosecutors" + "' Office", "Farmers" + "' Association".
  const members = /s$/u.test(name) ? MEMBERS_BODY_AFTER.exec(after) : null;
  if (members) return changed(candidate, { end: candidate.end + members[0].length, type: 'organization' });
  // A company's legal form the model left out or tagged apart: "Airbus" + " SE", "Ørsted A" + "/S".
  const form = candidate.type === 'organization' ? (/ A$/u.test(name) ? /^\/S(?![\p{L}\p{N}])/u : LEGAL_FORM_AFTER).exec(after) : null;
  if (form) return changed(candidate, { end: candidate.end + form[0].length });
  const last = name.slice(name.lastIndexOf(' ') + 1);
  const untilTitle = (words: string): string => {
    const parts = words.split(' ');
    // A title in the plural right after "of" is the body's members, not a title before a name: "Board of Commissioners",
    // "Board of Supervisors", "Council of Ministers" (p90: "Montgomery County Board" had been cut there).
    const members = (i: number) => i === 1 && parts[0] === 'of' && /\p{Ll}s$/u.test(parts[1]!);
    const cut = parts.findIndex((w, i) => (i > 0 && isTitle(w, lexicon) && !members(i)) || CALENDAR_WORDS.test(w));
    let kept = cut < 0 ? parts : parts.slice(0, cut);
    while (kept.length > 1 && !/^\p{Lu}/u.test(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
    return kept.join(' ');
  };
  if ((lexicon.organizationHeads.has(last) && !LEGAL_FORM.test(last)) || lexicon.lawHeads.has(last)) {
    // "on" only after a body that sits or a treaty ("Committee on Foreign Relations", "Convention on …"; not "Congress on Capitol Hill").
    const match = !after.startsWith(' on ') || ON_HEADS.has(last) ? OF_EXTENSION.exec(after) : null;
    const extension = match ? untilTitle(match[0]) : '';
    // (Not over a body the article names with its letters: "Eastern Theater Command" + " of the People's Liberation Army (PLA)"
    // is the command and the army, whose pair would otherwise drop the command, p129.)
    const lettered = LETTERS_AFTER.test(after.slice(extension.length));
    // (A body of the Republic of China named in Taiwan's official style keeps its bracket: "Central Bank of the Republic of China
    // (Taiwan)", news rule 7, the longest span; p129: the bank and a place Taiwan.)
    const styled = / of the Republic of China$/u.test(extension) && after.startsWith(' (Taiwan)', extension.length) ? ' (Taiwan)'.length : 0;
    if (/\p{Lu}/u.test(extension) && !/[’']s$/u.test(extension) && !lettered) return changed(candidate, { end: candidate.end + extension.length + styled });
  }
  // An of-phrase that goes on after one: "Islamic Corporation for the Development" + " of the Private Sector" (p130: two
  // organizations, "Private Sector" one).
  const chained = candidate.type === 'organization' && / (?:of|for) the \p{Lu}\p{Ll}+$/u.test(name) && after.startsWith(' of the ') ? OF_EXTENSION.exec(after) : null;
  const chain = chained ? untilTitle(chained[0]) : '';
  if (/\p{Lu}/u.test(chain) && !/[’']s$/u.test(chain) && !LETTERS_AFTER.test(after.slice(chain.length))) return changed(candidate, { end: candidate.end + chain.length });
  // "Ministry of Economy" + ", Trade and Industry": an of-phrase that goes on as a list.
  const list = candidate.type === 'organization' && / (?:of|for) (?:the )?\p{Lu}[^\s]*$/u.test(name) ? LIST_EXTENSION.exec(after) : null;
  // A list of people or places after an institution ("Ministry of Finance, Lai and Cho") is not its name.
  if (list && !list[0].split(/,? (?:and )?/u).some((w) => w !== '' && (isTitle(w, lexicon) || isPersonOrPlaceWord(w, context)))) return changed(candidate, { end: candidate.end + list[0].length });
  const place = PLACE_EXTENSION.exec(after);
  // An organization followed by the rest of a name with an institution head: "KMT" + " Youth League";
  // a place named by its head followed by one: "Seoul Central District" + " Court" is a court.
  const placeOfInstitution = candidate.type === 'place' && lexicon.placeHeads.has(last);
  if (place && (candidate.type === 'organization' || placeOfInstitution)) {
    const words = place[0].trim().split(' ');
    for (let k = words.length; k > 0; k--) {
      if (!lexicon.organizationHeads.has(words[k - 1]!) || words.slice(0, k).some((w) => isTitle(w, lexicon))) continue;
      const end = candidate.end + 1 + words.slice(0, k).join(' ').length;
      // A legal form's full stop is its own: "Mitsubishi UFJ Financial Group" + " Inc." (as "Toyota Motor Corp.").
      const stop = LEGAL_FORM.test(words[k - 1]!) && !words[k - 1]!.endsWith('.') && text[end] === '.' ? 1 : 0;
      // And its of-phrase after the head: "Montgomery County" + " Board" + " of Commissioners" (p90).
      // (Not a place's: "Taipei City Council of Taiwan" is Taipei's council, in Taiwan.)
      const of = stop === 0 ? /^ (?:of|for) (?:the )?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})/u.exec(text.slice(end, end + 60)) : null;
      if (of && !isKnownPlace(of[1]!, context)) return extendRight(changed(candidate, { end, type: 'organization' }), text, context);
      return changed(candidate, { end: end + stop, type: 'organization' });
    }
  }
  if (place) {
    const words = place[0].trim().split(' ');
    for (let k = words.length; k > 0; k--) {
      if (!lexicon.placeHeads.has(words[k - 1]!)) continue;
      const extension = ' ' + words.slice(0, k).join(' ');
      if (words.slice(0, k).some((w) => isTitle(w, lexicon))) break;
      return changed(candidate, { end: candidate.end + extension.length, type: 'place' });
    }
  }
  // A country's sport is its governing body: "New Zealand" + " Cricket", "South Africa" + " Rugby" (p130: the place).
  const sportAfter = candidate.type === 'place' ? SPORT_AFTER.exec(after) : null;
  if (sportAfter && isCountry(name, context)) return changed(candidate, { end: candidate.end + sportAfter[0].length, type: 'organization' });
  // A school or an academy named by its place, which the model cut after the place: "Hong Kong" + " Academy for Performing Arts"
  // (p129: the place and an organization "Performing Arts"); and a place's film awards or festival: "Hong Kong" + " Film Awards".
  const school = candidate.type === 'place' ? SCHOOL_AFTER.exec(after) : null;
  if (school && isKnownPlace(name, context)) {
    const of = school[1] === undefined ? OF_EXTENSION.exec(after.slice(school[0].length)) : null;
    return changed(candidate, { end: candidate.end + school[0].length + (of ? of[0].length : 0), type: school[1] === undefined ? 'organization' : 'other' });
  }
  // A known place before a plural nickname is a team: "San Antonio" + " Spurs", "Denver" + " Nuggets";
  // not a place's own plural ("Cook Islands", "Golan Heights") or an event ("Beijing Olympics").
  const team = candidate.type === 'place' ? TEAM_NICKNAME.exec(after) : null;
  if (team && !lexicon.placeHeads.has(team[1]!) && !NOT_NICKNAMES.has(team[1]!) && isKnownPlace(name, context)) {
    return changed(candidate, { end: candidate.end + team[0].length, type: 'organization' });
  }
  return candidate;
}


/**
 * `extendRight` for a person (`after`: the 160 characters after the span): a company or a city named up to its
 * last word, a place named after the person, the family name after a particle or two names, a generation. A function
 * of its own: the person's rules and the rest are compiled apart, so a rare branch first taken in one (TurboFan
 * compiles the function again then) does not compile the other again.
 */
function extendPersonRight(candidate: Candidate, after: string, text: string, context: NameContext): Candidate {
  // A company the model took for a person up to its legal form: "Hon Hai Precision" + " Industry Co";
  // a city named after a person: "Hồ Chí Minh" + " City", "Quezon" + " City".
  const company = COMPANY_END.exec(after);
  if (company) return changed(candidate, { end: candidate.end + company[0].length, type: 'organization' });
  const city = /^ City(?![\p{L}\p{N}])/u.exec(after);
  if (city) return changed(candidate, { end: candidate.end + city[0].length, type: 'place' });
  // A place or an institution named after a person: "Sun Yat-sen" + " Memorial Hall", "John F. Kennedy" + " International Airport".
  // (The model may take the facility's first word along: "Satish Dhawan Space" + " Centre", p128.)
  if (/ Space$/u.test(text.slice(candidate.start, candidate.end))) {
    const centre = /^ (?:Centre|Center|Station|Port)(?![\p{L}\p{N}])/u.exec(after);
    if (centre) return changed(candidate, { end: candidate.end + centre[0].length, type: 'place' });
  }
  const named = NAMED_AFTER_PERSON.exec(after);
  // "National" before it is the institution's too: "National Sun Yat-sen University" (not Sun Yat-sen University in Guangzhou).
  const national = named && named[1] !== undefined && text.slice(Math.max(0, candidate.start - 9), candidate.start) === 'National ' ? 9 : 0;
  if (named) return changed(candidate, { start: candidate.start - national, end: candidate.end + named[0].length, type: named[1] === undefined ? 'place' : 'organization' });
  // A family name the model left out for its particle: "Abdel Fattah" + " al-Burhan", "Lula" + " da Silva".
  // Up to three in a row: "Tamim" + " bin Hamad" + " Al Thani".
  let end = candidate.end;
  for (let k = 0; k < 3; k++) {
    const family = PARTICLE_FAMILY_NAME.exec(text.slice(end, end + 60));
    if (!family) break;
    end += family[0].length;
  }
  // A family name the model left after two or three names, when no English vocabulary or list knows the word and no
  // capitalized word follows it: "Pradeep Kumar" + " Jha", "Khalifa Shaheen" + " Almarar".
  if (end === candidate.end) end += koreanThirdSyllable(text.slice(candidate.start, candidate.end), text.slice(end, end + 8));
  if (end === candidate.end) end += vietnameseThirdSyllable(text.slice(candidate.start, candidate.end), text.slice(end, end + 8));
  if (end === candidate.end) end += familyNameAfter(text.slice(candidate.start, candidate.end), text.slice(end, end + 40), context);
  // A generation after the family name is the name's: "Ferdinand Marcos" + " Jr.", "Charles" + " III".
  GENERATION_AFTER.lastIndex = end;
  if (GENERATION_AFTER.exec(text)) end = GENERATION_AFTER.lastIndex;
  return end === candidate.end ? candidate : changed(candidate, { end });
}

const TEAM_NICKNAME = /^ (\p{Lu}\p{Ll}{2,}s)(?![\p{L}\p{N}'’-]| \p{Lu})/u;
const NOT_NICKNAMES = new Set(['Customs', 'Facts', 'Figures', 'Highlights', 'Results', 'Notes', 'Briefs', 'Updates', 'Companies', 'Forces', 'Services', 'Islands', 'Heights', 'Falls', 'Springs', 'Hills', 'Mountains', 'Lakes', 'Plains', 'Woods', 'Fields', 'Gardens', 'Olympics', 'Games', 'Paralympics', 'Talks', 'Accords', 'Affairs', 'News', 'Times', 'Leaders', 'Residents', 'Officials', 'Authorities', 'Police', 'Says', 'Sees', 'Wins', 'Plans', 'Votes', 'Claims', 'Warns', 'Seeks', 'Urges', 'Faces', 'Gets', 'Hits', 'Moves', 'Pushes', 'Rejects', 'Bans', 'Boosts', 'Cuts', 'Eyes', 'Opens', 'Signs', 'Slams', 'Takes', 'Tops', 'Vows', 'Backs', 'Blames', 'Calls', 'Denies', 'Holds', 'Joins', 'Launches', 'Marks', 'Mulls', 'Names', 'Orders', 'Raises', 'Sets', 'Ties', 'Welcomes']);

/**
 * True when a name of role words only stands inside a title ("State" in "Secretary of State",
 * "Foreign Affairs" in "Minister of Foreign Affairs", "Commerce" in "Commerce Secretary"): part of a role, not a name.
 */
export function isInsideTitle(candidate: Candidate, text: string, context: NameContext): boolean {
  const { lexicon } = context;
  const name = text.slice(candidate.start, candidate.end);
  // Either half of a minister's portfolio of two joined by "and": "Energy and Mineral Resources Minister" (p104), not a body the lists know.
  if (candidate.type === 'organization' && (JOINED_PORTFOLIO_AFTER.test(text.slice(candidate.end, candidate.end + 80)) ||
    (/^ (?:Minister|Secretary)\b/u.test(text.slice(candidate.end, candidate.end + 11)) && /\p{Lu}[\p{L}-]* (?:and|&) $/u.test(text.slice(Math.max(0, candidate.start - 30), candidate.start)))) &&
    nameType(name, context) === undefined) return true;
  const words = name.split(/\s+/u);
  // One word shaped like an English adjective that no list knows, as an organization ("Legislative"
  // Speaker), is a role word too; as an event it is a name ("Olympic" champion).
  const adjective = () => candidate.type === 'organization' && words.length === 1 && ADJECTIVE_SHAPE.test(name) && nameType(name, context) === undefined && !isDemonym(name, context);
  if (!words.every((w) => isRoleWord(w, lexicon)) && !adjective()) return false;
  // A body's name of role words is a name still: "Labour Party" and "National Party" before "leader" (p104); not before a
  // capitalized title it makes with its head, as Kenya writes its ministers ("Energy Cabinet Secretary").
  const head = words[words.length - 1]!;
  if (words.length > 1 && lexicon.organizationHeads.has(head) && (head === 'Party' || !/^\s+\p{Lu}/u.test(text.slice(candidate.end, candidate.end + 3)))) return false;
  const before = /(\S+)\s+(?:(?:of|for)\s+(?:the\s+)?)?$/u.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
  const after = /^\s+(\S+)/u.exec(text.slice(candidate.end, candidate.end + 40));
  // A portfolio before a lower-case institution is a nominal's ("Defence ministry spokesman"), no name.
  return (before !== null && isTitle(before[1]!, lexicon)) || (after !== null && (isTitle(after[1]!.replace(/[,.;:]$/u, ''), lexicon) || LOWER_CASE_INSTITUTION.test(after[1]!)));
}

// The rest of a portfolio of two after its first half: " and Mineral Resources Minister".
const JOINED_PORTFOLIO_AFTER = /^ (?:and|&) (?:\p{Lu}[\p{L}-]* ){1,3}(?:Minister|Secretary)\b/u;
const LOWER_CASE_INSTITUTION = /^(?:ministry|department|office|agency|bureau)(?:'s|’s)?[,.;:]?$/u;

/** Places and demonyms joined by hyphens ("US-Taiwan", "Sino-US" excepted): each known part is a name of its own. */
export function findCompoundPlaces(text: string, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  // Both patterns open with a look-behind tried at every character; both need a hyphen.
  if (!text.includes('-')) return found;
  // Not from inside a run of letters and dots ("T.T.T.…"): tried at every capital, the match would scan the rest each time.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.-])\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+(?![\p{L}\p{N}-])/gu)) {
    if (match[0].length > 80) continue;
    const candidate: Candidate = { start: match.index, end: match.index + match[0].length, type: 'place', kind: 'name', method: 'rule:compound', confidence: 0.7, priority: 1 };
    const parts = splitCompound(candidate, text, context);
    if (parts.length > 1) found.push(...parts);
  }
  // A known place before a compound's lower-case part: "Kinmen-based legislator", also where the model reads none.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.-])(\p{Lu}[\p{L}.]*)-\p{Ll}+(?![\p{L}\p{N}-])/gu)) {
    const place = match[1]!;
    if (place.length > 40 || !COMPOUND_SUFFIX.test(match[0]) || !isKnownPlace(place, context)) continue;
    found.push(withPlaceWordsBefore({ start: match.index, end: match.index + place.length, type: 'place' as const, kind: 'name', method: 'rule:compound', confidence: 0.7, priority: 1 }, text, context));
  }
  return found;
}

/** Extends a place over the capitalized words before it that make a longer known place: "New Taipei-based" is New Taipei. */
export function withPlaceWordsBefore(candidate: Candidate, text: string, context: NameContext): Candidate {
  const before = /(?:^|[^\p{L}\p{N}.-])(\p{Lu}[\p{L}]*)(?: (\p{Lu}[\p{L}]*))? $/u.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
  if (!before) return candidate;
  const name = text.slice(candidate.start, candidate.end);
  for (const words of before[2] === undefined ? [before[1]!] : [`${before[1]} ${before[2]}`, before[2]]) {
    if (isKnownPlace(`${words} ${name}`, context)) return changed(candidate, { start: candidate.start - words.length - 1 });
  }
  return candidate;
}
