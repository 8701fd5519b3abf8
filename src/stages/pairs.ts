/**
 * Name pairs written with parentheses: `President William Lai (賴清德)`, `漢字 (Name)`,
 * `Democratic Progressive Party (DPP)`, `DPP (Democratic Progressive Party)`, `Kuomintang (KMT)`,
 * `Taiwan Power Co (Taipower)`, two aliases in one parenthesis (`(TSMC, 台積電)`, `（Taipower, 台電）`),
 * full-width parentheses and a possessive before the parenthesis (`Lai’s (賴清德)`).
 * For a Han personal name the romanization of its family name decides where the English name starts
 * inside a run of capitalized words: "Kung Ming-hsin" (family name first) or "Young Liu" (family name last).
 * Each parenthesis looks back at most MAX_RUN_WORDS words, so the cost is linear in the text.
 */
import type { EntityType, LocalAlias } from '../model/index.js';
import { phraseLists } from '../ner/index.js';
import { isDottedHan, NAME_DOT, pinyinSyllables, wadeGilesSyllable } from '../text/romanize.js';
import { COMPOUND_SUFFIX, type Candidate } from './extract-rules.js';
import {
  affiliationCandidates, afterLastAnd, withoutJoinedPortfolio, isAnyGivenName, isCompanyDescriptor, isCountry, isDemonym, isHeadWord, isKnownPlace, isNameWord, isRoleWord, isStormName, isTitle, lookBackStart, MAX_RUN_WORDS, nameRunBefore, nameType, PAIR_CONNECTORS, POSSESSIVE, titleStackStart, unknownAffiliationType,
  type NameContext, type Word,
} from './names.js';

export interface ParentheticalFinding {
  candidates: Candidate[];
  aliases: LocalAlias[];
  /** Parentheses that hold a stock ticker ("(NVDA.O)"): no name stands inside them. */
  tickers: { start: number; end: number }[];
  /**
   * Pairs whose English side spells no family name and opens with no known given name, typed
   * organization here: indexes of the name's and the Han name's candidates and of the alias. The
   * model's type for the name decides (`retypeUnsurePairs`): "Shigeru Ishiba (石破茂)" is a person,
   * "CTBC Brothers (中信兄弟)" a team.
   */
  unsure: { name: number; han: number; alias: number; variants?: { candidate: number; alias: number }[] }[];
}

// A stock ticker as agencies write it after a company: Reuters' "NVDA.O", "2330.TW", or an exchange and a symbol ("NASDAQ: TSLA").
const TICKER = /^(?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|(?:NYSE|NASDAQ|Nasdaq|NYSE American|TSE|TWSE|TPEx|HKEX|SSE|SZSE|LSE|SGX|KRX|KOSDAQ|ASX|TSX|Euronext)\s?:\s?[A-Z0-9.]{1,10})$/u;

// (A Japanese name may part its family and given names with a space, as Japan's press writes them: "木原 稔", "小泉 進次郎"; p106.)
const HAN = new RegExp(String.raw`^(?:\p{Script=Han}{1,40}(?:${NAME_DOT}\p{Script=Han}{1,40}){0,3}|\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3})$`, 'u');
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,7}$/u;
const SHORT_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*$/u;
// Words before a name that are no part of it: "former", "acting", "Opposition Kuomintang（國民黨）".
// (And a number that counts the body's members: "Two Chinese Nationalist Party (KMT) legislators", p133.)
const LEADING_NON_NAME = /^(?:former|then|acting|opposition|ruling|retired|rival|rivals|peer|peers|competitor|competitors|subsidiary|parent|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|thousands|many|both)$/u;
const HELD_PLACE = /^\p{Lu}[\p{L}.]*-(?:occupied|administered|held|controlled|ruled) (\p{Lu}[\p{L}-]+)$/u;
// Capitals with one small letter between them: "LeT", "JeM" (hyphenated names' parts).
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u;
const ARTICLE = /^(?:The|A|An)$/u;
// The plural nouns teams are named with.
// (A set, not an alternation: it is asked of a word at every model span and bracketed name.)
export const TEAM_NOUNS: ReadonlySet<string> = new Set([
  'Dragons', 'Lions', 'Brothers', 'Guardians', 'Monkeys', 'Hawks', 'Leopards', 'Kings', 'Braves', 'Steelers', 'Tigers',
  'Bears', 'Eagles', 'Giants', 'Warriors', 'Pilots', 'Dreamers', 'Aquas', 'Lioneers', 'Ghosthawks', 'Marines', 'Sharks',
  'Falcons', 'Rockets', 'Bulls', 'Wolves', 'Knights', 'Titans', 'Panthers', 'Phoenixes', 'Suns', 'Stars', 'Thunder', 'Heat',
  'Magic', 'Archers', 'Kangaroos', 'Seagulls', 'Whales', 'Swallows', 'Carp', 'Buffaloes', 'Fighters', 'BayStars', 'Landers',
  'Dinos', 'Heroes', 'Twins', 'Yankees', 'Mets', 'Cubs', 'Sox', 'Orioles', 'Mariners', 'Padres', 'Astros', 'Phillies',
  'Diamondbacks', 'Dodgers', 'Brewers', 'Rockies',
]);
// Words for what a bill does to a law, before "to" and the law's name.
const AMENDMENT = /^(?:Amendments?|Amending|Revisions?|Changes|Draft)$/u;
// An English name inside a parenthesis after a Han name: capitalized words, initials, connectors.
const ENGLISH_NAME = /^(?:\p{Lu}[\p{L}.’'-]*)(?:\s(?:(?:of|the|and|for)\s)*\p{Lu}[\p{L}.’'-]*){0,7}$/u;
const LOWER_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a']);
// Han endings that type a name: laws, institutions, places (checked longest first).
const HAN_ENDINGS: [RegExp, EntityType][] = [
  [/(?:法|條例|法案)$/u, 'law'],
  // Awards, festivals and exhibitions are events (other): "Golden Horse Awards (金馬獎)".
  [/(?:獎|節|展|影展)$/u, 'other'],
  // Facilities are places (news rule 3), before the institution endings they share (醫院 ends in 院).
  [/(?:醫院|機場|車站|電廠|廠)$/u, 'place'],
  [/(?:院|部|署|會|局|黨|司|處|所|廳|府|隊|社|團|組|中心|公司|銀行|大學|集團)$/u, 'organization'],
  [/(?:區|市|縣|鄉|鎮|島|嶼|礁|灣|港|峽|省|村|州|鼻|岬|潭|寺|廟|宮)$/u, 'place'],
];

// The rest of a list of paired names that a plural place word ends: "Siaogang (小港), Linyuan (林園) and Renwu (仁武) districts".
const PLACES_LIST_AFTER = /^[)）](?:,?\s+(?:and\s+|or\s+)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s*[(（][^()（）]{1,10}[)）])*,?\s+(?:districts|townships|counties|cities|villages|boroughs|islands|provinces|prefectures|towns|regions|municipalities)(?![\p{L}\p{N}])/u;

/** True for the types a name's head word or Han ending can prove: organization, law, place. */
function institutional(type: EntityType | undefined): boolean {
  return type !== undefined && type !== 'person' && type !== 'other';
}

/** The type a Han name's ending gives it, whatever its length. */
function hanEnding(han: string): EntityType | undefined {
  return HAN_ENDINGS.find(([ending]) => ending.test(han))?.[1];
}

/** The type a Han name's ending gives it, from three characters on (two are most often a person's name). */
export function hanType(han: string): EntityType | undefined {
  return [...han].length < 3 ? undefined : hanEnding(han);
}

function candidate(start: number, end: number, type: EntityType, kind: Candidate['kind'], method: string): Candidate {
  return { start, end, type, kind, method, confidence: 0.9, priority: 3 };
}

/** Lower-case letters of a spelling ("Ou-yang" → "ouyang"). */
function letters(word: string): string {
  return word.toLowerCase().replace(/[^\p{Ll}]/gu, '');
}

/** True when two short strings differ by at most one edit. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The spellings a Han family name may take in English: customary ones from the lexicon, Wade-Giles and pinyin. */
function surnameSpellings(han: string, context: NameContext): Set<string> {
  const chars = [...han];
  const compound = chars.length >= 3 ? context.lexicon.surnameSpellings.get(chars.slice(0, 2).join('')) : undefined;
  if (compound) return compound;
  const family = chars[0]!;
  const spellings = new Set(context.lexicon.surnameSpellings.get(family) ?? []);
  const syllable = pinyinSyllables(han)[0];
  if (syllable) {
    spellings.add(syllable);
    spellings.add(wadeGilesSyllable(syllable));
  }
  return spellings;
}

/** True when an English word can be the spelling of the family name (one edit of slack for spellings we do not list). */
function isSurname(word: string, spellings: Set<string>): boolean {
  const spelled = letters(word);
  if (spelled.length === 0) return false;
  if (spellings.has(spelled)) return true;
  for (const s of spellings) if (s.length >= 3 && spelled[0] === s[0] && withinOneEdit(spelled, s)) return true;
  return false;
}

/**
 * Returns the index in `run` where the English form of a Han personal name starts: two words when
 * one of them is the family name (first: "Kung Ming-hsin"; last: "William Lai", "J.W. Kuo"), the
 * family name alone for a one-character Han name ("Huang (黃)").
 */
function personNameStart(run: Word[], han: string, context: NameContext): number {
  const n = run.length;
  const usable = (i: number) => i >= 0 && isNameWord(run[i]!.text) && !isTitle(run[i]!.text, context.lexicon);
  if ([...han].length === 1 || n === 1) return n - 1;
  const spellings = surnameSpellings(han, context);
  if (usable(n - 2) && isSurname(run[n - 2]!.text, spellings)) {
    // An English given name before a Chinese one: "William Wang Liqiang (王立強)".
    const english = run[n - 3]?.text;
    return english !== undefined && usable(n - 3) && english !== english.toUpperCase() && isFirstName(english, context) ? n - 3 : n - 2;
  }
  if (usable(n - 2) && isSurname(run[n - 1]!.text, spellings)) {
    // An English given name, the Chinese one and the family name last: "Francois Chih-chung Wu (吳志中)".
    const english = run[n - 3]?.text;
    const chinese = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(run[n - 2]!.text);
    return chinese && english !== undefined && usable(n - 3) && english !== english.toUpperCase() && isFirstName(english, context) ? n - 3 : n - 2;
  }
  if (isSurname(run[n - 1]!.text, spellings)) return n - 1;
  // Three words, the family name first and the given name's syllables apart: "Shi Yu Qi (石宇奇)", "Chong Keat
  // Aun (張吉安)", a compound family name: "Ku Lin Jui-yang (古林睿煬)".
  if ([...han].length >= 3 && usable(n - 3) && usable(n - 2) && isSurname(run[n - 3]!.text, spellings)) return n - 3;
  // An English given name before a family name of another spelling (Cantonese) and a hyphenated given name: "Jimmy Lai Chee-ying (黎智英)".
  const english = run[n - 3]?.text;
  if (english !== undefined && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(run[n - 1]!.text) && usable(n - 3) && usable(n - 2) && english !== english.toUpperCase() && isFirstName(english, context)) return n - 3;
  return usable(n - 2) ? n - 2 : n - 1;
}

/**
 * Where a person's name starts at the end of an institution's: as many words as a dotted Han name has
 * parts ("Icyang Parod" of 夷將‧拔路兒), or the words its family name's spelling places ("Remus Chen" of
 * 陳立國); undefined when the Han name places none.
 */
function personStartAfterInstitution(words: Word[], han: string, context: NameContext): number | undefined {
  const n = words.length;
  const parts = isDottedHan(han) ? han.split(new RegExp(NAME_DOT, 'u')).length : 0;
  const start = parts > 0 ? n - parts : spellsPerson(words.slice(-3), han, context) ? n - 3 + personNameStart(words.slice(-3), han, context) : -1;
  if (start < 2 || !words.slice(start).every((w) => isNameWord(w.text) && !isRoleWord(w.text, context.lexicon) && !isHeadWord(w.text, context.lexicon))) return undefined;
  return start;
}

/**
 * True when the run's last words can be a person's name for the Han name: one of the last three spells
 * its family name ("Kung Ming-hsin", "William Lai", "Eric Chan Kwok-ki"), or the name's first word is a
 * given name ("Marco Rubio (盧比歐)", "Shigeru Ishiba (石破茂)").
 */
function spellsPerson(run: Word[], han: string, context: NameContext): boolean {
  const spellings = surnameSpellings(han, context);
  if (run.slice(-3).some((w) => isSurname(w.text, spellings))) return true;
  const first = run[personNameStart(run, han, context)]!.text;
  return first !== first.toUpperCase() && isFirstName(first, context);
}

/** True when the model's gazetteer lists the word as a given name. */
function isFirstName(word: string, context: NameContext): boolean {
  return context.model !== undefined && phraseLists(context.model.lexicon.gazetteer, word).includes('first-name');
}

/** Returns the words of a name run without leading articles, titles and role words ("Former", "The"). */
function trimLeading(run: Word[], context: NameContext): Word[] {
  // What is said of a company is no part of its name: "Shares of Taiwan Fuji (台灣富士公司)".
  // Nor who lives in a place or belongs to a body: "Residents of Wuqi District (梧棲)" (p124: the place's name).
  let from = run.length > 2 && /^(?:Shares|Stocks?|Units|Bonds|Residents|Members|Officials|Supporters|Citizens|Voters|Students|Staff|Employees|Thousands|Hundreds|Dozens|Parts|Much|Most|Some|All|Many)$/u.test(run[0]!.text) && run[1]!.text === 'of' ? 2 : 0;
  while (from < run.length - 1) {
    const word = run[from]!.text;
    const lower = word.toLowerCase();
    // A descriptor compound is no part of the name: "the Chinese-language Liberty Times (自由時報)".
    const descriptor = /^\p{Lu}[\p{L}.]*(-\p{Ll}+)$/u.exec(word);
    // A title word before an institution's head is the institution's: "General Chamber of Commerce", "General Assembly".
    const heads = isTitle(word, context.lexicon) && context.lexicon.organizationHeads.has(run[from + 1]!.text);
    if (ARTICLE.test(word) || (isTitle(word, context.lexicon) && !heads) || LEADING_NON_NAME.test(lower) || isCompanyDescriptor(word) || (descriptor && COMPOUND_SUFFIX.test(descriptor[1]!))) from++;
    else break;
  }
  return run.slice(from);
}

/** Returns the affiliation mentions of the words before a person's name, when a title stands between them. */
function prefixAffiliations(prefix: Word[], text: string, context: NameContext): Candidate[] {
  if (prefix.length === 0 || !isTitle(prefix[prefix.length - 1]!.text, context.lexicon)) return [];
  const stack = titleStackStart(prefix, prefix.length - 1, context);
  const unknown = unknownAffiliationType(prefix[prefix.length - 1]!.text);
  const found = affiliationCandidates(afterLastAnd(prefix.slice(0, stack), context.lexicon), text, context, 'rule:zh-paren+affiliation', unknown);
  return withoutJoinedPortfolio(found, prefix.slice(0, stack), prefix[prefix.length - 1]!.text, text, context);
}

/** Upper-case initials of the capitalized words ("Association for Relations Across the Taiwan Straits" → ARATS). */
function initials(words: readonly string[]): string {
  // (A French or Italian elided article is no word of its own: "Centre National d'Études Spatiales" is CNES, p136.)
  // (Nor is a capital's accent: "Études" gives E.)
  return words.map((w) => w.replace(ELIDED_ARTICLE, '')).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.normalize('NFD')[0]).join('');
}

const ELIDED_ARTICLE = /^[dlDL]['’](?=\p{Lu})/u;

const SPELLED_MINOR_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * The other initials an acronym may spell: of every capitalized part of a hyphenated word
 * ("Tehreek-e-Taliban Pakistan" is TTP), and with the small words too ("Department of Justice" is DOJ,
 * "Bank of Japan" BOJ).
 */
function otherInitials(words: readonly string[]): string[] {
  const parts = words.flatMap((w) => w.split('-'));
  return [initials(parts), parts.filter((w) => /^\p{Lu}/u.test(w) || SPELLED_MINOR_WORDS.has(w)).map((w) => w[0]!.toUpperCase()).join('')];
}

/** True when two strings hold the same letters, in any order ("JNE" and "NJE"), and not in the same order. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && a !== b && [...a].sort().join('') === [...b].sort().join('');
}

/** True when `short`'s letters appear in order in `long`, starting with its first letter ("Taipower" in "Taiwan Power Co"). */
function isSubsequence(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  if (s[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === s[j]) j++;
  return j === s.length;
}

/**
 * Returns the index of the word where a one-word short form starts to be made of the beginnings of
 * the long form's words, in order ("Taipower" is Tai(wan) + Power (Co); "Fed" is Fed(eral) (Reserve)),
 * or -1 ("Armenia" is not "Armen Martirosyan"). Each beginning has `minPiece` letters at least, and with `minWords` 2 the
 * short form takes two words at least (resolve's "Taisugar" of "Taiwan Sugar Corp": 2 and 2).
 */
export function blendStart(short: string, words: string[], minPiece = 1, minWords = 1): number {
  const s = short.toLowerCase();
  const lower = words.map((w) => w.toLowerCase());
  if (s.length > 16 || lower.length > MAX_RUN_WORDS) return -1;
  // Memoized on (position, word): at most 17 × 13 states, whatever the words.
  const memo = new Map<number, boolean>();
  const from = (at: number, word: number): boolean => {
    if (at === s.length) return true;
    const key = at * 16 + word;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found = false;
    for (let w = word; w < lower.length && !found; w++) {
      for (let k = Math.min(s.length - at, lower[w]!.length); k >= minPiece && !found; k--) {
        found = lower[w]!.startsWith(s.slice(at, at + k)) && from(at + k, w + 1);
      }
    }
    memo.set(key, found);
    return found;
  };
  // (With two words or more, the first leaves a later word's beginning to spell.)
  const firstMost = minWords > 1 ? s.length - minPiece : s.length;
  for (let w = 0; w < lower.length; w++) {
    for (let k = Math.min(firstMost, lower[w]!.length); k >= minPiece; k--) {
      if (lower[w]!.startsWith(s.slice(0, k)) && from(k, w + 1)) return w;
    }
  }
  return -1;
}

/**
 * Drops a name and "of (the)" before an organization's name when the name ends on no institution's head word:
 * "Maurice Kamto of the Cameroon Renaissance Movement (MRC)" is a person of the movement ("Bank of Japan",
 * "Association of Southeast Asian Nations" stay whole; their first part ends on a head word).
 */
function withoutMemberBefore(run: Word[], text: string, context: NameContext): Word[] {
  const of = run.findIndex((w, k) => k > 0 && w.text === 'of');
  if (of < 0) return run;
  const after = run[of + 1]?.text === 'the' ? of + 2 : of + 1;
  if (after >= run.length - 1) return run;
  const last = run[of - 1]!.text;
  if (context.lexicon.organizationHeads.has(last) || isRoleWord(last, context.lexicon) || isTitle(last, context.lexicon)) return run;
  const rest = text.slice(run[after]!.start, run[run.length - 1]!.end);
  return nameType(rest, context) === 'organization' ? run.slice(after) : run;
}

// Adjectives an institution's official name opens with that its acronym may leave out.
// (And the word for a party that opens a party's name in Malay, Indonesian and Romance languages: "Parti Solidariti Tanah
// Airku (STAR)", p88.)
const NAME_OPENERS = new Set(['National', 'International', 'Federal', 'Royal', 'Imperial', 'Central', 'Parti', 'Partai', 'Partido', 'Partito']);

/** Where a long form starting at `start` starts with the adjective before it that opens official names (`NAME_OPENERS`). */
function withOpener(run: Word[], start: number): number {
  // (And the United Nations its agencies' and offices' names open with, which their letters leave out: "United Nations Office for
  // the Coordination of Humanitarian Affairs (OCHA)", p132: "Office for …" alone.)
  if (start >= 2 && run[start - 2]!.text === 'United' && run[start - 1]!.text === 'Nations' && run[start]!.text !== 'Nations') return start - 2;
  return start >= 1 && NAME_OPENERS.has(run[start - 1]!.text) ? start - 1 : start;
}

// A company's group word or legal form, which its short letters leave out.
const GROUP_OR_FORM = /^(?:Inc|Corp|Co|Ltd|LLC|Plc|plc|PLC|AG|SA|NV|SE|Group|Holdings)\.?$/u;

/** Returns where in `run` the long form of `short` starts, or -1 when the run cannot be its expansion. */
function expansionStart(run: Word[], short: string, text: string, context: NameContext, party = false): number {
  const acronymLetters = short.replace(/[^\p{Lu}\p{N}]/gu, '');
  // (What a comma's other side must complete: every letter of an acronym written as a word, `commaLetters`.)
  const spelled = commaLetters(short);
  for (let i = 0; i < run.length; i++) {
    if (!/^\p{Lu}/u.test(run[i]!.text)) continue;
    const found = initials(run.slice(i).map((w) => w.text));
    if (found !== acronymLetters && !ARTICLE.test(run[i]!.text) && acronymLetters.length >= 3 && otherInitials(run.slice(i).map((w) => w.text)).includes(acronymLetters)) {
      return withOpener(run, i);
    }
    // A company's legal form inside its name spells no letter: "Saigon Joint Stock Commercial Bank (SCB)" (p136: "Stock
    // Commercial Bank" alone, whose letters it also spells).
    if (i === firstCapital(run) && acronymLetters.length >= 2 && found !== acronymLetters && found.includes('JS')) {
      const words = run.slice(i).map((w) => w.text);
      const form = words.findIndex((w, k) => w === 'Joint' && words[k + 1] === 'Stock');
      if (form > 0 && initials([...words.slice(0, form), ...words.slice(form + 2)]) === acronymLetters) return withOpener(run, i);
    }
    // The end of a long form cut at a comma, which the comma's other side completes (`commaExtendedStart`).
    if (i === 0 && found.length >= 2 && spelled.length > found.length && spelled.endsWith(found) && commaExtendedStart(run[0]!.start, run[run.length - 1]!.end, short, text) < run[0]!.start) return 0;
    // A company's letters without its group word and legal form: "Marks and Spencer Group plc (M&S)" (p96).
    if (found !== acronymLetters && acronymLetters.length >= 2 && GROUP_OR_FORM.test(run[run.length - 1]!.text)) {
      let end = run.length;
      while (end > i + 1 && GROUP_OR_FORM.test(run[end - 1]!.text)) end--;
      if (initials(run.slice(i, end).map((w) => w.text)) === acronymLetters) return withOpener(run, i);
    }
    // Exact, or one side a prefix of the other: "Tokyo Electric Power Co (TEPCO)", "Centers for Disease Control and Prevention (CDC)".
    if (found.length >= 2 && (found === acronymLetters || (Math.min(found.length, acronymLetters.length) >= 3 && (acronymLetters.startsWith(found) || found.startsWith(acronymLetters))))) {
      // "The" spells no letter when the name's hyphenated words do: "The Tehreek-e-Taliban Pakistan (TTP)".
      if (ARTICLE.test(run[i]!.text) && i + 1 < run.length && otherInitials(run.slice(i + 1).map((w) => w.text)).includes(acronymLetters)) return i + 1;
      // An institution's prefix the acronym leaves out stays in its name: "Department of Health and Human Services (HHS)".
      const prefix = i >= 2 ? `${run[i - 2]!.text} ${run[i - 1]!.text}` : '';
      // (Or three with its "the": "Office of the" + "United States Trade Representative (USTR)", p133.)
      const theds = i >= 3 && run[i - 1]!.text === 'the' ? `${run[i - 3]!.text} ${run[i - 2]!.text}` : '';
      const start = context.lexicon.organizationPrefixes.includes(prefix) ? i - 2 : context.lexicon.organizationPrefixes.includes(theds) ? i - 3 : i;
      // So does the adjective an official name opens with: "National" + "Institute of Advanced Industrial Science and Technology (AIST)".
      return withOpener(run, start);
    }
    // Letters that skip a word's initial but keep the first and the last: "Centers for Medicare & Medicaid Services (CMS)" (p84);
    // or two, where one is an acronym inside the name: "Manchester University NHS Foundation Trust (MFT)" (p90).
    const skips = found.length - acronymLetters.length;
    if (i === firstCapital(run) && acronymLetters.length >= 3 && (skips === 1 || (skips === 2 && run.slice(i).some((w) => ACRONYM.test(w.text)))) && found[0] === acronymLetters[0] &&
      found[found.length - 1] === acronymLetters[acronymLetters.length - 1] && isSubsequence(acronymLetters, found)) return withOpener(run, i);
  }
  // Two names joined by "and the" are two: "Japan Airlines and the Japan Aerospace Exploration Agency (JAXA)";
  // so are two companies joined by "and": "Alphabet Inc. and Meta Platforms Inc. (META)".
  const joined = run.findIndex((w, k) => k > 0 && ((w.text === 'the' && run[k - 1]!.text === 'and') || (w.text === 'and' && COMPANY_FORM.test(run[k - 1]!.text))));
  const trimmed = withoutMemberBefore(trimLeading(joined < 0 ? run : run.slice(joined + 1), context), text, context);
  if (trimmed.length === 0) return -1;
  const from = run.length - trimmed.length;
  const long = text.slice(trimmed[0]!.start, trimmed[trimmed.length - 1]!.end);
  // A stock ticker without its exchange spells its company's first word: "Vertex Pharmaceuticals (VRTX)", "Nvidia Corp (NVDA)".
  if (/^\p{Lu}{3,5}$/u.test(short) && trimmed.length > 1 && trimmed[0]!.text.length > short.length && isSubsequence(short, trimmed[0]!.text) &&
    COMPANY_NAME_END.test(trimmed[trimmed.length - 1]!.text)) return from;
  // A broadcaster's "TV" spells "Television": "Taiwan Television (TTV)", "China Television (CTV)", "Formosa Television (FTV)".
  if (/^\p{Lu}{1,4}TV$/u.test(short) && trimmed.length > 1 && trimmed[trimmed.length - 1]!.text === 'Television') {
    const start = trimmed.findIndex((_, i) => trimmed.slice(i, -1).map((w) => w.text[0]).join('') + 'TV' === short);
    if (start >= 0 && start < trimmed.length - 1) return from + start;
  }
  // An acronym built from syllables, not initials: "US Central Command (CENTCOM)", "Interpol", "Frontex"; of four letters,
  // over the whole run of three words or more: "Hong Kong Exchanges and Clearing (HKEX)", "Taiwan Stock Exchange (TWSE)"
  // (not the end of "Committee on Economic and Monetary Affairs (ECON)", nor of "Office of the US Trade Representative (USTR)").
  if (ACRONYM.test(short) && (short.length >= 5 ? trimmed.length > 1 : short.length === 4 && trimmed.length >= 3)) {
    const start = blendStart(short, trimmed.map((w) => w.text));
    if (short.length >= 5 ? start >= 0 && start < trimmed.length - 1 : start === 0) return from + start;
  }
  // An acronym of a hyphenated name's parts, their case kept: "Lashkar-e-Taiba (LeT)", "Jaish-e-Mohammed (JeM)".
  if (MIXED_ACRONYM.test(short)) {
    const start = trimmed.findIndex((_, i) => trimmed.slice(i).flatMap((w) => w.text.split('-')).map((p) => p[0]).join('') === short);
    if (start >= 0) return from + start;
  }
  if (SHORT_NAME.test(short) && !ACRONYM.test(short)) {
    const start = trimmed.length > 1 ? blendStart(short, trimmed.map((w) => w.text)) : -1;
    if (start >= 0 && start < trimmed.length - 1) return from + start;
    // An institution named by a head word (or a party) with a short form in another language or order
    // ("National Democrat Party (NasDem)", "Mobile Brigade Corps (Brimob)"), when the short form is no place or demonym.
    // (Or a forum or a confederation, which the lists leave untyped, as it may be an event: "Indonesian Forum for the Environment (Walhi)", p138.)
    const institution = trimmed.length > 1 && (party || nameType(long, context) === 'organization' || FORUM_END.test(long)) && !isKnownPlace(short, context) && !isDemonym(short, context);
    return institution ? from : -1;
  }
  // The letters of its name in its own language's order, which the English name turns: "National Jury of Elections (JNE)",
  // Jurado Nacional de Elecciones (p140: unpaired).
  if (ACRONYM.test(short) && short.length >= 3 && trimmed.length >= 3 && sameLetters(short, trimmed.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]!).join(''))) return from;
  const type = nameType(long, context);
  // Before "party" the long form is a party's name whatever its words: "Freedom and Direct Democracy (SPD) party"; so it is
  // after a party's political colour: "the far-right National Rally (RN)" (p129: no pair; the letters are its French name's).
  const described = trimmed.length > 1 && trimmed.every((w) => /^\p{Lu}/u.test(w.text) || w.text === 'of' || w.text === 'and') &&
    PARTY_COLOUR_BEFORE.test(text.slice(Math.max(0, trimmed[0]!.start - 24), trimmed[0]!.start));
  if (type === 'organization' || type === 'law' || (party && trimmed.length > 1) || described) return from;
  if (trimmed.length === 1 && long[0] === short[0] && long.length > short.length) return from;
  return -1;
}

// A forum's or a confederation's name (`expansionStart`).
const FORUM_END = /(?:^|\s)(?:Forum|Confederation)(?:\s(?:for|on|of)(?:\s(?:the|\p{Lu}[\p{L}-]*))+)?$/u;

// The last word of a measure's name: a rate, an index, a ratio.
const MEASURE_END = / (?:Rate|Rates|Index|Ratio|Yield|Product|Deflator)$/u;

// A party's political colour right before its name.
const PARTY_COLOUR_BEFORE = /(?:far-right|far-left|hard-left|hard-right|right-wing|left-wing|ruling|opposition|centrist|centre-right|center-right|centre-left|center-left|populist|nationalist|ultranationalist|conservative|leftist|rightist|socialist|Islamist|pro-European|anti-immigration) $/u;

/** The index of the run's first capitalized word that is no article ("The"), or -1. */
function firstCapital(run: Word[]): number {
  return run.findIndex((w) => /^\p{Lu}/u.test(w.text) && !ARTICLE.test(w.text));
}

/** `artificial intelligence (AI)`, `megawatts (MW)`: a term written in lower case before its acronym; returns its start or -1. */
function termStart(text: string, end: number, short: string): number {
  const acronymLetters = short.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (acronymLetters.length < 2) return -1;
  const window = text.slice(lookBackStart(text, end, 120), end);
  const words = [...window.matchAll(/[\p{Ll}-]+/gu)];
  const last = words[words.length - 1];
  if (!last || last.index + last[0].length !== window.length) return -1;
  const offset = end - window.length;
  // The small words spell no letter ("gross domestic product"), or they do: "value of new business (VONB)" (p99).
  let spelled = '';
  let withSmall = '';
  for (let k = words.length - 1; k >= 0 && k >= words.length - acronymLetters.length - 3; k--) {
    const word = words[k]![0];
    withSmall = word[0] + withSmall;
    if (!LOWER_CONNECTORS.has(word)) spelled = word[0] + spelled;
    if (spelled === acronymLetters || withSmall === acronymLetters) return offset + words[k]!.index;
    if (!acronymLetters.endsWith(spelled) && !acronymLetters.endsWith(withSmall)) break;
  }
  return isSubsequence(acronymLetters, last[0]) && last[0].length > acronymLetters.length ? offset + last.index : -1;
}

/** Returns the parts of a parenthesis split on commas and semicolons, with their offsets. */
function innerParts(inner: string, innerStart: number): Word[] {
  return [...inner.matchAll(/[^,，、;；]+/gu)].flatMap((m) => {
    const text = m[0].trim();
    if (text === '') return [];
    const start = innerStart + m.index + m[0].indexOf(text);
    return [{ text, start, end: start + text.length }];
  });
}

/** True when an acronym's letters are the initials of a name, or in order in it ("TAIPEI (Taiwan News)" is a dateline, not a pair). */
function spells(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  return initials(name.split(/\s+/u)) === letters || (letters.length >= 2 && isSubsequence(letters, name.replace(/[^\p{Lu}]/gu, '')));
}

// The last word of a company's name before its ticker.
const COMPANY_NAME_END = /^(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SA|NV|SE|Group|Holdings|Pharmaceuticals|Therapeutics|Technologies|Systems|Motors|Energy|Airlines|Bancorp|Brands|Semiconductor|Electronics)\.?$/u;

// A capitalized title in quotes right before a parenthesis: "“The Harbor Keeper” (".
const QUOTED_TITLE_BEFORE = /[“"](\p{Lu}[^“”"\n]{1,70})[”"]$/u;

// A company's legal form, which ends its name.
const COMPANY_FORM = /^(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SA|NV|SE|Bhd)\.?,?$/u;

/**
 * Finds every parenthesized pair of the text: the names, their partners and the alias links between them; not in
 * `datelineBrackets`, where datelines' agencies' brackets open (`findDatelines`).
 */
export function findPairs(text: string, context: NameContext, datelineBrackets: ReadonlySet<number> = new Set()): ParentheticalFinding {
  const candidates: Candidate[] = [];
  const aliases: LocalAlias[] = [];
  const tickers: { start: number; end: number }[] = [];
  const unsure: ParentheticalFinding['unsure'] = [];
  for (const match of text.matchAll(/[(（]([^()（）\n]{1,60})[)）]/gu)) {
    // A dateline's agency is no acronym of the country before it: "SYDNEY, Australia (AP) —".
    if (datelineBrackets.has(match.index)) continue;
    let end = match.index;
    if (text[end - 1] === ' ') end--;
    // An acronym after a bracketed country names what stands before both: "Central Bank of the Republic of China (Taiwan) (CBC)".
    const qualifier = ACRONYM.test(match[1]!.trim()) ? /[(（]\p{Lu}[\p{L} ]{1,20}[)）]$/u.exec(text.slice(Math.max(0, end - 24), end)) : null;
    if (qualifier) {
      end -= qualifier[0].length;
      if (text[end - 1] === ' ') end--;
    }
    const possessive = POSSESSIVE.exec(text.slice(Math.max(0, end - 2), end));
    const nameEnd = possessive ? end - possessive[0].length : end;
    const run = withPossessiveOwner(nameRunBefore(text, nameEnd, PAIR_CONNECTORS), text, match[1]!.trim());
    const complete = run.length > 0 && run[run.length - 1]!.end === nameEnd;
    // A company and its ticker ("Nvidia (NVDA.O)", "Tesla Inc. (NASDAQ: TSLA)"): the name is an organization, the ticker no name.
    if (TICKER.test(match[1]!.trim())) {
      // "Shares of The Walt Disney Co (DIS.N)": what is said of the company is no part of its name.
      const about = complete ? run.findIndex((w, i) => i > 0 && w.text === 'of' && /^(?:Shares|Stocks?|Units|Bonds|Parent)$/u.test(run[i - 1]!.text)) : -1;
      const name = complete ? trimLeading(about < 0 ? run : run.slice(about + 1), context) : [];
      if (name.length > 0) candidates.push(candidate(name[0]!.start, nameEnd, 'organization', 'name', 'rule:ticker'));
      tickers.push({ start: match.index, end: match.index + match[0].length });
      continue;
    }
    const evidence = text.slice(complete ? run[0]!.start : match.index, match.index + match[0].length);
    const parts = innerParts(match[1]!, match.index + 1);
    // A work's title in quotes and its Han title: "“The Harbor Keeper” (守港人)" is one work (other).
    const quoted = run.length === 0 && parts.length === 1 && HAN.test(parts[0]!.text) ? QUOTED_TITLE_BEFORE.exec(text.slice(Math.max(0, end - 80), end)) : null;
    if (quoted) {
      const title = quoted[1]!.replace(/[,.]$/u, '');
      const titleStart = end - quoted[0].length + 1;
      const han = parts[0]!;
      candidates.push(candidate(titleStart, titleStart + title.length, 'other', 'name', 'rule:zh-paren'), candidate(han.start, han.end, 'other', 'zh', 'rule:zh-paren'));
      aliases.push({ name: title, type: 'other', alias: han.text, lang: 'zh', kind: 'zh', evidence: text.slice(titleStart - 1, match.index + match[0].length) });
      continue;
    }
    const hanBefore = /\p{Script=Han}{1,40}$/u.exec(text.slice(Math.max(0, end - 40), end));
    if (hanBefore && parts.length === 1 && ENGLISH_NAME.test(parts[0]!.text)) {
      pairHanFirst({ text: hanBefore[0], start: end - hanBefore[0].length, end }, parts[0]!, text.slice(end - hanBefore[0].length, match.index + match[0].length), context, candidates, aliases);
      continue;
    }
    // Two or three Han names in one parenthesis are the names before it in order: "legislators Wu Pei-yi and
    // Wang Yi-chuan （吳沛憶、王義川）", "Chen, Lin and Wang (陳、林、王)".
    const names = complete && parts.length > 1 && parts.every((part) => HAN.test(part.text)) ? namesInOrder(run, parts.length, text) : undefined;
    if (names) {
      names.forEach((name, i) => {
        if (pairHan(name, parts[i]!, text, evidence, context, candidates, aliases)) unsure.push({ name: candidates.length - 2, han: candidates.length - 1, alias: aliases.length - 1 });
      });
      continue;
    }
    // A known name with lower-case words before an acronym: "Confédération générale du travail (CGT)", "Alternative für Deutschland (AfD)".
    const knownBefore = parts.length === 1 && (ACRONYM.test(parts[0]!.text) || MIXED_ACRONYM.test(parts[0]!.text)) ? knownNameBefore(text, nameEnd, context) : undefined;
    // (When the run of capitalized words before the bracket is complete, only a known name that reaches further back: "Deutschland".)
    const known = knownBefore !== undefined && (!complete || knownBefore.start < run[0]!.start) ? knownBefore : undefined;
    if (known) {
      const type = context.lexicon.knownNames.get(known.text)!;
      addAcronymPair({ start: known.start, end: nameEnd, name: known.text }, parts[0]!, type, 'rule:acronym-paren', text.slice(known.start, match.index + match[0].length), candidates, aliases);
      continue;
    }
    // A name that ends in a number, and its acronym: "Democrats 66 (D66)".
    const numbered = !complete && parts.length === 1 ? numberedName(text, nameEnd, parts[0]!.text) : undefined;
    if (numbered) {
      const long = text.slice(numbered, nameEnd);
      const type = nameType(long, context) ?? 'organization';
      addAcronymPair({ start: numbered, end: nameEnd, name: long }, parts[0]!, type, 'rule:acronym-paren', text.slice(numbered, match.index + match[0].length), candidates, aliases);
      continue;
    }
    // An acronym beside a Han name in one parenthesis ("(TSMC, 台積電)") tells the Han name's partner and type.
    const acronymPair = complete ? parts.map((part) => isShortForm(part, parts.length, run.length) && pairAcronym(run, part, text, evidence, context, candidates, aliases)).find(Boolean) : undefined;
    const aliasesBefore = aliases.length;
    let unsurePair = false;
    for (const part of parts) {
      if (complete && HAN.test(part.text)) {
        if (acronymPair) pairWith(acronymPair, part, evidence, candidates, aliases);
        else if (pairHan(run, part, text, evidence, context, candidates, aliases)) {
          unsure.push({ name: candidates.length - 2, han: candidates.length - 1, alias: aliases.length - 1 });
          unsurePair = true;
        }
      } else if (!complete && isShortForm(part, parts.length, run.length)) pairTerm(nameEnd, part, text, aliases);
      else if (complete && parts.length === 1 && run.length === 1) pairAcronymFirst(run[0]!, part, evidence, context, candidates, aliases);
    }
    // An organization's name in its own language, or in English after its own, where no acronym or short form paired:
    // "Japan Innovation Party (Nippon Ishin no Kai)", "Hamas (Islamic Resistance Movement)" (p96: two organizations each).
    if (complete && parts.length === 1 && aliases.length === aliasesBefore && !acronymPair && pairOtherName(run, parts[0]!, evidence, context, candidates, aliases, text)) continue;
    // An English name of two words or more beside the Han name is one more name of the same thing: "Lanyu (蘭嶼, Orchid Island)".
    // Its type is the pair's, and follows the pair's when the model retypes it (`unsure`).
    const hanAlias = aliases.slice(aliasesBefore).find((a) => a.kind === 'zh');
    for (const part of hanAlias === undefined ? [] : parts) {
      if (HAN.test(part.text) || !part.text.includes(' ') || !ENGLISH_NAME.test(part.text) || part.text === hanAlias!.name) continue;
      candidates.push(candidate(part.start, part.end, hanAlias!.type, 'name', 'rule:zh-paren'));
      aliases.push({ name: hanAlias!.name, type: hanAlias!.type, alias: part.text, lang: 'en', kind: 'variant', evidence });
      if (unsurePair) (unsure[unsure.length - 1]!.variants ??= []).push({ candidate: candidates.length - 1, alias: aliases.length - 1 });
    }
  }
  pairOrAcronyms(text, context, candidates, aliases);
  pairRegionAcronyms(text, candidates, aliases);
  return { candidates, aliases, tickers, unsure };
}

// A continent's or a region's name before an acronym names a body of its own: "Africa CDC" is not the US
// Centers for Disease Control, "Europe PMC" no Medical Council. (A country's name before one is a place: "US CDC".)
const REGION_ACRONYM = /(?<![\p{L}\p{N}-])(Africa|Europe|Asia|Latin America|Middle East|Asia-Pacific|Caribbean|Pacific|Arctic|Gulf) (\p{Lu}{2,6})(?![\p{L}\p{N}-])/gu;

// The most long forms read per region and region acronyms paired per article: the cost stays linear in any text.
const MAX_REGION_FORMS = 16;
const MAX_REGION_ACRONYMS = 16;

/**
 * "Africa CDC": one organization, paired with the long form the article gives it, the region and words whose
 * capitals spell the acronym ("Africa Centres for Disease Control and Prevention").
 */
function pairRegionAcronyms(text: string, candidates: Candidate[], aliases: LocalAlias[]): void {
  if (!text.includes(' ')) return;
  const longForms = new Map<string, { at: number; words: string }[]>();
  const paired = new Set<string>();
  for (const match of text.matchAll(REGION_ACRONYM)) {
    const name = match[0];
    const region = match[1]!;
    const acronym = match[2]!;
    candidates.push(candidate(match.index, match.index + name.length, 'organization', 'name', 'rule:region-acronym'));
    if (paired.has(name) || paired.size === MAX_REGION_ACRONYMS) continue;
    paired.add(name);
    const forms = longForms.get(region) ?? regionLongForms(text, region);
    longForms.set(region, forms);
    const spelled = (words: string) => !words.startsWith(`${acronym} `) && isSubsequence(acronym, words.replace(/[^\p{Lu}]/gu, ''));
    const long = forms.find((m) => spelled(m.words));
    if (!long) continue;
    const longName = `${region} ${long.words}`;
    candidates.push(candidate(long.at, long.at + longName.length, 'organization', 'name', 'rule:region-acronym'));
    aliases.push({ name: longName, type: 'organization', alias: name, lang: 'en', kind: 'acronym', evidence: longName });
  }
}

/** The first `MAX_REGION_FORMS` runs of capitalized words (and small words between them) after `region` in the text. */
function regionLongForms(text: string, region: string): { at: number; words: string }[] {
  const forms: { at: number; words: string }[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}-])${region} (\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|and|for|of|the|on)){1,8})`, 'gu'))) {
    forms.push({ at: m.index, words: m[1]!.replace(/(?: (?:and|for|of|the|on))+$/u, '') });
    if (forms.length === MAX_REGION_FORMS) break;
  }
  return forms;
}

/** Adds a long name and its short form as a pair: a candidate for each and the alias that links them. */
// Another name of an organization: capitalized words, with its language's small words between them ("no", "de", "für").
const OTHER_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: (?:(?:no|de|da|del|des|du|di|la|le|el|los|las|für|der|die|und|et|e|y|of|the|and|for) )*\p{Lu}[\p{L}\p{M}'’-]+){0,5}$/u;
// (Or written as French and Spanish write an institution, its words after the first in lower case: "Court of Audit (Cour
// des comptes)", p139's two entities.)
const SENTENCE_CASE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: (?:de|da|del|des|du|di|la|le|el|los|las|et|e|y|d['’]\p{L}+)(?: [\p{L}\p{M}'’-]+)?){1,4}$/u;

/**
 * Pairs a name and its other name in brackets when one of the two is an organization by its head word and the other no
 * place, person or acronym: the bracket's name is a variant alias of the name before it.
 */
function pairOtherName(run: Word[], part: Word, evidence: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[], text: string): boolean {
  const inner = part.text;
  // (Not a bracket inside a longer name, which a capitalized word goes on after: "the Telecommunications (Emergency Call Service)
  // Determination 2019", p142: two organizations, both then Singtel's aliases.)
  if (/^\s*[)）] \p{Lu}/u.test(text.slice(part.end, part.end + 4))) return false;
  if (!(OTHER_NAME.test(inner) || SENTENCE_CASE_NAME.test(inner)) || ACRONYM.test(inner) || MIXED_ACRONYM.test(inner) || !/\p{Ll}/u.test(inner)) return false;
  const name = trimLeading(run, context);
  if (name.length === 0) return false;
  const outer = name.map((w) => w.text).join(' ');
  const outerType = nameType(outer, context);
  const innerType = nameType(inner, context);
  const organization = (outerType === 'organization' && innerType === undefined) || (innerType === 'organization' && outerType === undefined) || (outerType === 'organization' && innerType === 'organization');
  // An acronym before its long form is paired as one ("KDP ( Kurdistan Democratic Party )").
  if (!organization || outer === inner || ACRONYM.test(outer) || MIXED_ACRONYM.test(outer)) return false;
  if ([outer, inner].some((n) => context.lexicon.knownNames.get(n) !== 'organization' && (isKnownPlace(n, context) || isCountry(n, context) || isDemonym(n, context)))) return false;
  // A person's body in brackets is their affiliation, no other name: "Jane Smith (University of Oxford)".
  const innerKnown = context.lexicon.knownNames.get(inner) === 'organization';
  // (A name its head word makes an organization is no person's, whatever its first word: "Court of Audit".)
  const firsts = [...(outerType === 'organization' ? [] : [name[0]!.text]), ...(innerKnown ? [] : [inner.split(' ')[0]!])];
  if (firsts.some((w) => isAnyGivenName(w, context) || isTitle(w, context.lexicon))) return false;
  const start = name[0]!.start;
  candidates.push(candidate(start, name[name.length - 1]!.end, 'organization', 'name', 'rule:other-name'), candidate(part.start, part.end, 'organization', 'name', 'rule:other-name'));
  aliases.push({ name: outer, type: 'organization', alias: inner, lang: 'en', kind: 'variant', evidence });
  return true;
}

function addAcronymPair(long: { start: number; end: number; name: string }, short: Word, type: EntityType, method: string, evidence: string, candidates: Candidate[], aliases: LocalAlias[]): void {
  candidates.push(candidate(long.start, long.end, type, 'name', method), candidate(short.start, short.end, type, 'acronym', method));
  aliases.push({ name: long.name, type, alias: short.text, lang: 'en', kind: 'acronym', evidence });
}

// "Alternative for Germany, or AfD, which …": AP's way of giving an acronym.
const OR_ACRONYM = /, or (\p{Lu}[\p{L}\p{N}&]{1,7})(?=[,;:]|\.(?:\s|$))/gu;

/** Pairs a name and the acronym after ", or " (`OR_ACRONYM`), as "Name (ACR)" is paired. */
function pairOrAcronyms(text: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[]): void {
  for (const match of text.matchAll(OR_ACRONYM)) {
    const short = match[1]!;
    const lettered = ACRONYM.test(short) || MIXED_ACRONYM.test(short);
    if (!lettered && !SHORT_NAME.test(short)) continue;
    const end = match.index;
    const acronym = { text: short, start: end + 5, end: end + 5 + short.length };
    const evidence = text.slice(Math.max(0, end - 80), acronym.end).replace(/^[^\s]*\s/u, '');
    const known = knownNameBefore(text, end, context);
    if (known) {
      const type = context.lexicon.knownNames.get(known.text)!;
      if (type === 'person') continue;
      addAcronymPair({ start: known.start, end, name: known.text }, acronym, type, 'rule:acronym-or', evidence, candidates, aliases);
      continue;
    }
    const run = trimLeading(nameRunBefore(text, end, PAIR_CONNECTORS), context);
    if (run.length < 2 || run[run.length - 1]!.end !== end) continue;
    // Only letters the name's words spell, or any short form of an institution's name ("United Socialist Party of
    // Venezuela, or PSUV,"): ", or" also joins two places ("Burma, or Myanmar").
    const long = text.slice(run[0]!.start, end);
    // Two names joined by "and": the one after it when it spells the letters ("the European Commission and the US
    // Federal Trade Commission, or FTC"), not "Bill and Melinda Gates Foundation, or BMGF".
    const and = run.findLastIndex((w) => w.text === 'and');
    const after = and < 0 ? [] : run.slice(run[and + 1]?.text === 'the' ? and + 2 : and + 1);
    if (lettered && after.some((w) => /^\p{Lu}/u.test(w.text) && spells(short, text.slice(w.start, end)))) {
      pairAcronym(after, acronym, text, evidence, context, candidates, aliases);
    } else if (lettered && spells(short, long)) {
      pairAcronym(run, acronym, text, evidence, context, candidates, aliases);
    } else if (nameType(long, context) === 'organization' && !isKnownPlace(short, context)) {
      addAcronymPair({ start: run[0]!.start, end, name: long }, acronym, 'organization', 'rule:acronym-or', evidence, candidates, aliases);
    }
  }
}

/**
 * The run with the possessive name before it when the acronym spells both: "Information Commissioner's
 * Office (ICO)" (a possessive ends a run of names: "Taiwan's Ministry of Economic Affairs (MOEA)").
 */
function withPossessiveOwner(run: Word[], text: string, short: string): Word[] {
  if (run.length === 0 || !ACRONYM.test(short) || !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))) return run;
  const owner = nameRunBefore(text, run[0]!.start - 1);
  const letters = short.replace(/[^\p{Lu}\p{N}]/gu, '');
  const from = owner.findIndex((_, i) => initials([...owner.slice(i), ...run].map((w) => w.text)) === letters);
  return from < 0 || initials(run.map((w) => w.text)) === letters ? run : [...owner.slice(from), ...run];
}

const POSSESSIVE_BEFORE = /\p{Ll}['’]s $/u;

/** Where a name of capitalized words and a number ending at `end` starts, when `short` is their initials and the number ("Democrats 66 (D66)"). */
function numberedName(text: string, end: number, short: string): number | undefined {
  const acronym = /^(\p{Lu}{1,4})(\d{1,4})$/u.exec(short);
  if (!acronym) return undefined;
  const number = /(?<![\p{L}\p{N}])(\d{1,4})$/u.exec(text.slice(Math.max(0, end - 5), end));
  if (!number || number[1] !== acronym[2] || text[end - number[0].length - 1] !== ' ') return undefined;
  const run = nameRunBefore(text, end - number[0].length - 1);
  const words = run.slice(-acronym[1]!.length);
  if (words.length !== acronym[1]!.length || initials(words.map((w) => w.text)) !== acronym[1]) return undefined;
  return words[0]!.start;
}

/**
 * The last `count` names of a run and the runs before it, in order: the run splits at its last "and",
 * and earlier names stand before it, each after a comma ("A, B and C"). Undefined when there are fewer.
 */
function namesInOrder(run: Word[], count: number, text: string): Word[][] | undefined {
  const and = run.findLastIndex((w) => w.text === 'and');
  if (and <= 0 || and === run.length - 1) return undefined;
  const trimmed = (words: Word[]) => {
    let from = 0;
    while (from < words.length && PAIR_CONNECTORS.has(words[from]!.text)) from++;
    return words.slice(from);
  };
  const names = [trimmed(run.slice(and + 1)), run.slice(0, and)];
  if (names[0]!.length === 0) return undefined;
  while (names.length < count) {
    const start = names[names.length - 1]![0]!.start;
    const comma = /,\s+$/u.exec(text.slice(Math.max(0, start - 3), start));
    const before = comma ? nameRunBefore(text, start - comma[0].length) : [];
    if (before.length === 0) return undefined;
    names.push(before);
  }
  return names.length === count ? names.reverse() : undefined;
}

/** The lexicon's known name that ends at `end`, if one does (`knownNames` may hold lower-case words). */
function knownNameBefore(text: string, end: number, context: NameContext): Word | undefined {
  const pattern = context.lexicon.knownNamePattern;
  if (!pattern) return undefined;
  const from = Math.max(0, end - 80);
  for (const match of text.slice(from, end).matchAll(pattern)) {
    if (from + match.index + match[0].length === end) return { text: match[0], start: from + match.index, end };
  }
  return undefined;
}

/** `賴清德 (William Lai)`: the Han name first, the English name in the parenthesis; typed as `Name (漢字)` is. */
function pairHanFirst(han: Word, english: Word, evidence: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[]): void {
  const englishType = nameType(english.text, context);
  const fromHan = hanType(han.text);
  const type = institutional(englishType) ? englishType! : institutional(fromHan) ? fromHan! : [...han.text].length > 4 ? 'organization' : 'person';
  // A title before the name inside the parenthesis is no part of it: "賴清德 (President William Lai)" is William Lai,
  // and the title his role, as before "William Lai (賴清德)".
  if (type === 'person') {
    const words = [...english.text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: english.start + m.index, end: english.start + m.index + m[0].length }));
    const start = words.length > 2 && isTitle(words[0]!.text, context.lexicon) ? personNameStart(words, han.text, context) : 0;
    if (start > 0 && words.slice(0, start).some((w) => isTitle(w.text, context.lexicon))) english = { text: english.text.slice(words[start]!.start - english.start), start: words[start]!.start, end: english.end };
  }
  candidates.push(candidate(han.start, han.end, type, 'zh', 'rule:zh-paren'), candidate(english.start, english.end, type, 'name', 'rule:zh-paren'));
  aliases.push({ name: english.text, type, alias: han.text, lang: 'zh', kind: 'zh', evidence });
}

/** `DPP (Democratic Progressive Party)`: the acronym first, the name it spells in the parenthesis. */
function pairAcronymFirst(acronym: Word, long: Word, evidence: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[]): void {
  if (!ACRONYM.test(acronym.text) || !/^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){1,8}$/u.test(long.text) || !spells(acronym.text, long.text)) return;
  const type = nameType(long.text, context) ?? 'organization';
  candidates.push(candidate(acronym.start, acronym.end, type, 'acronym', 'rule:acronym-paren'), candidate(long.start, long.end, type, 'name', 'rule:acronym-paren'));
  aliases.push({ name: long.text, type, alias: acronym.text, lang: 'en', kind: 'acronym', evidence });
}

/** True for a part that can be a short form: an acronym, or a single capitalized word beside another alias or after a longer name. */
function isShortForm(part: Word, parts: number, runWords: number): boolean {
  return ACRONYM.test(part.text) || MIXED_ACRONYM.test(part.text) || TAILED_ACRONYM.test(part.text) || SLASHED_ACRONYM.test(part.text) || FORMED_ACRONYM.test(part.text) || (SHORT_NAME.test(part.text) && (parts > 1 || runWords > 1));
}

// Capitals and a small letter of the last word's next sound: "IISc" (Indian Institute of Science); not a plural's s ("GDRs" is a term).
const TAILED_ACRONYM = /^\p{Lu}{2,6}[a-rt-z]$/u;

// An acronym and its company's legal form: "NNPC Ltd" (Nigerian National Petroleum Company Limited).
const FORMED_ACRONYM = /^\p{Lu}{2,6} (?:Ltd|Inc|Plc|PLC|plc|SA|AG|Bhd|Tbk)\.?$/u;

// Capitals, a slash and a letter or two: "TU/e" (Eindhoven University of Technology).
const SLASHED_ACRONYM = /^\p{Lu}{2,4}\/\p{L}{1,2}$/u;

/** The long form an acronym expanded, and its type. */
interface LongName {
  start: number;
  end: number;
  name: string;
  type: EntityType;
}

/**
 * The words of an organization's name that ends in a country after a comma ("CSBC Corp, Taiwan"), the
 * comma's word included, when the run before a Han name of four or more characters is that country alone
 * and the Han name is not its pinyin; otherwise undefined.
 */
function countryEndedName(run: Word[], tail: Word[], han: string, text: string, context: NameContext): Word[] | undefined {
  if (run.length !== 1 || tail.length !== 1 || [...han].length < 4 || !isCountry(tail[0]!.text, context)) return undefined;
  if (pinyinSyllables(han).join('').toLowerCase() === tail[0]!.text.toLowerCase()) return undefined;
  const start = tail[0]!.start;
  if (!/^,[ \t]$/u.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  const owner = trimLeading(nameRunBefore(text, start - 2), context);
  if (owner.length === 0) return undefined;
  return [...owner, { text: ',', start: start - 2, end: start - 1 }, tail[0]!];
}

/** Pairs a Han name with the long name an acronym of the same parenthesis expanded. */
function pairWith(long: LongName, han: Word, evidence: string, candidates: Candidate[], aliases: LocalAlias[]): void {
  candidates.push(candidate(han.start, han.end, long.type, 'zh', 'rule:zh-paren'));
  aliases.push({ name: long.name, type: long.type, alias: han.text, lang: 'zh', kind: 'zh', evidence });
}

// A kind of thing right after a Han name's bracket.
const THING_AFTER_HAN = /^[)）] (?:submarines?|missiles?|program|programme|project|vessels?|frigates?|destroyers?|drones?|satellites?|rockets?|jets?|aircraft|fighters?|tanks?|system|class)\b/u;

/** Adds the pair of a Han name and the English name before it; returns true when its type is unsure (`ParentheticalFinding.unsure`). */
function pairHan(words: Word[], han: Word, text: string, evidence: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[]): boolean {
  // Two names joined by "and the": the Han name is the second's, "the National Security Act and the Anti-Infiltration Act
  // (反滲透法)" (p124: one law of both names).
  // Only after a law's or a body's head word: "the Taiwan Area and the Mainland Area" is one law's words.
  const andThe = words.findLastIndex((w, i) => i > 1 && i < words.length - 1 && w.text === 'the' && words[i - 1]!.text === 'and');
  const headBefore = andThe > 1 && (context.lexicon.lawHeads.has(words[andThe - 2]!.text) || context.lexicon.organizationHeads.has(words[andThe - 2]!.text));
  const joined = headBefore && /^\p{Lu}/u.test(words[andThe + 1]!.text) ? words.slice(andThe + 1) : words;
  // "To" joins no name of a Han pair's: what it joins a sentence to comes after it, "submitted a plan for the Maanshan Nuclear
  // Power Plant in Pingtung County to the Nuclear Safety Commission（核安會）" (p131: one organization of all of it).
  const to = joined.findLastIndex((w, i) => i > 0 && w.text === 'to' && i < joined.length - 1);
  const afterTo = to < 0 ? 0 : joined[to + 1]!.text === 'the' ? to + 2 : to + 1;
  const run = to >= 0 && afterTo < joined.length && /^\p{Lu}/u.test(joined[afterTo]!.text) ? joined.slice(afterTo) : joined;
  // The name is what follows the last title of the run ("… Institute of Sport Science CEO Huang Chi-huang").
  let lastTitle = -1;
  for (let i = run.length - 2; i >= 0 && lastTitle < 0; i--) if (isTitle(run[i]!.text, context.lexicon)) lastTitle = i;
  let tail = trimLeading(run.slice(lastTitle + 1), context);
  // The rest of a title of two words is the title's: "Chief" + "Executive" of "Chief Executive Sam Hou Fai (岑浩輝)" (p115: an
  // organization "Executive Sam Hou Fai").
  if (lastTitle >= 0) while (tail.length > 2 && isRoleWord(tail[0]!.text, context.lexicon) && !/^(?:of|for|and|the)$/u.test(tail[0]!.text)) tail = tail.slice(1);
  // A title's portfolio after "of" or "for" is the title's: "Deputy Minister of National Defense Po Horng-huei (柏鴻輝)".
  if (tail.length > 2 && /^(?:of|for)$/u.test(tail[0]!.text)) {
    // An institution after "the" runs into the person's name: "Minister of the Council of Indigenous Peoples Icyang
    // Parod (夷將‧拔路兒)", "Director-General of the Department of European Affairs Remus Chen (陳立國)". The Han name
    // tells where the person starts; the institution is an organization of its own (and the role's).
    const person = /^(?:the|The)$/u.test(tail[1]!.text) ? personStartAfterInstitution(tail, han.text, context) : undefined;
    if (person !== undefined && person > 3) {
      candidates.push(candidate(tail[2]!.start, tail[person - 1]!.end, 'organization', 'name', 'rule:zh-paren+affiliation'));
      tail = tail.slice(person);
    } else {
      let from = 1;
      while (from < tail.length - 2 && isRoleWord(tail[from]!.text, context.lexicon)) from++;
      tail = tail.slice(from);
    }
  }
  // A list of places ends on the one the Han name spells: "Sanchong and Lujhou (蘆洲) districts" is Lujhou (p90: a person).
  const hanChars = [...han.text];
  const listAnd = tail.length >= 3 ? tail.findLastIndex((w) => w.text === 'and') : -1;
  if (listAnd > 0 && listAnd === tail.length - 2 && hanChars.length <= 3 && isKnownPlace(tail[listAnd + 1]!.text, context) && isKnownPlace(tail[listAnd - 1]!.text, context)) tail = tail.slice(listAnd + 1);
  // A family name that is also an article or a title, which the run's trimming left out, before the given name the
  // rest of the Han name spells: "An" + "Fengshan (安峰山)", "King" + "Pu-tsung (金溥聰)", "An" + "Hsin-fu (安信夫)".
  const lone = tail.length === 1 ? tail[0]! : undefined;
  const familyBefore = lone === undefined ? undefined : run[run.indexOf(lone) - 1];
  if (lone !== undefined && familyBefore !== undefined && (hanChars.length === 2 || hanChars.length === 3) && isSurname(familyBefore.text, surnameSpellings(han.text, context)) &&
    (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(lone.text) || pinyinSyllables(hanChars.slice(1).join('')).join('').toLowerCase() === lone.text.toLowerCase())) {
    tail = [familyBefore, lone];
  }
  const familyJoined = tail.length === 2 && tail[0] === familyBefore;
  // "surnamed Ma (馬)": a family name, whatever else the word may be (Ma is also a town).
  const surnamed = tail.length === 1 && /\bsurnamed\s+$/u.test(text.slice(Math.max(0, tail[0]!.start - 12), tail[0]!.start));
  const tailName = text.slice(tail[0]!.start, tail[tail.length - 1]!.end);
  const englishType = surnamed ? 'person' : nameType(tailName, context);
  // After a title (or a role in lower case), two or three English words are a person's name whatever the Han name
  // ends in or however long it is: "Chairman Keiji Furuya (古屋圭司)" (司 ends a company's name in Chinese, and many
  // Japanese given names), "Defense Minister Shinjiro Koizumi (小泉進次郎)", "party leader Yuichiro Tamaki (玉木雄一郎)".
  const roleBefore = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, tail[0]!.start - 24), tail[0]!.start))?.[1];
  const titled = lastTitle >= 0 || (roleBefore !== undefined && run[0] === tail[0] && (isRoleWord(roleBefore, context.lexicon) || isTitle(roleBefore, context.lexicon)));
  // Or a Japanese given name in -ji written with 司 (Keiji 圭司, Koji 浩司), which is no company's 司: "led by Keiji Furuya (古屋圭司)" (p101).
  const japaneseJi = /[^公]司$/u.test(han.text) && tail.length === 2 && tail.some((w) => /^\p{Lu}\p{Ll}*ji$/u.test(w.text));
  const titledPerson = (titled || japaneseJi) && tail.length >= 2 && tail.length <= 3 && englishType === undefined && tail.every((w) => isNameWord(w.text));
  const fromHan = titledPerson ? undefined : hanType(han.text);
  // A person's name whose given name is an institution's head word: "Culture Minister Li Yuan (李遠)" (Yuan as in
  // the Executive Yuan): two or three Han characters, none an institution's ending, and the romanized family name before the last word.
  const hanLength = hanChars.length;
  // A family name and a hyphenated given name are a person's whatever the Han name ends in: "Huang Jong-tsun
  // (黃榮村)" (村 ends a village's name, and many given names).
  const [family, given] = tail.slice(-2);
  // (A family name of two to six letters too, as Hong Kong's Cantonese spellings write it: "Jimmy Lai Chee-ying (黎智英)".)
  const hyphenatedPerson = hanLength === 3 && given !== undefined && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given.text) &&
    (isSurname(family!.text, surnameSpellings(han.text, context)) || /^\p{Lu}\p{Ll}{1,5}$/u.test(family!.text)) && nameType(`${family!.text} ${given.text}`, context) === undefined;
  const romanizedPerson = hyphenatedPerson || (hanLength >= 2 && hanLength <= 3 && fromHan === undefined && tail.length >= 2 &&
    isSurname(tail[tail.length - 2]!.text, surnameSpellings(han.text, context)));
  let name: Word[];
  let type: EntityType;
  let unsure = false;
  let owner: Word[] | undefined;
  if (isStormName(tailName, context.lexicon)) {
    name = tail;
    type = 'other';
  } else if (surnamed && !isSurname(tail[0]!.text, surnameSpellings(han.text, context))) {
    // A family name of no Chinese spelling is still a person's: "a fisherman surnamed Arakaki (新垣)".
    name = tail;
    type = 'person';
  } else if (TEAM_NOUNS.has(tail[tail.length - 1]!.text)) {
    // A team, whatever its city or sponsor reads like: "Wei Chuan Dragons (味全龍)", "Taoyuan Leopards (桃園雲豹)".
    name = trimLeading(run, context);
    type = 'organization';
  } else if (isDottedHan(han.text) && tail.length <= 4 && tail.every((w) => isNameWord(w.text)) && !institutional(englishType)) {
    // A transliterated name in dotted Han parts is a person's, written as the English words say ("Kolas Yotaka (谷辣斯．尤達卡)").
    name = tail;
    type = 'person';
    candidates.push(...prefixAffiliations(run.slice(0, run.length - tail.length), text, context));
  } else if ((owner = countryEndedName(run, tail, han.text, text, context)) !== undefined) {
    // "CSBC Corp, Taiwan (台灣國際造船)", "Citizen of the Earth, Taiwan (地球公民基金會)": a country after a comma ends
    // an organization's name when the Han name is longer than the country's; the country keeps no Han name of another.
    name = owner;
    const ownerType = nameType(text.slice(owner[0]!.start, owner[owner.length - 3]!.end), context);
    type = institutional(ownerType) ? ownerType! : 'organization';
  } else if (tail.length === 1 && hanLength >= 2 && !isSurname(tail[0]!.text, surnameSpellings(han.text, context))) {
    // One English word for a Han name of two or more characters is no person's name unless it is the family
    // name ("Ko (柯文哲)"): a company or a place ("Taipower (台電)", "Kinmen (金門)").
    name = tail;
    const trainedAs = context.model ? phraseLists(context.model.lexicon.gazetteer, tailName) : [];
    // The Han ending speaks even in two characters here, since no person is meant ("Lanyu (蘭嶼)").
    const ending = hanEnding(han.text);
    // A place is written as its Han name's pinyin run together ("Xiaoliuqiu (小琉球)", "Hengchun (恆春)"); a company
    // takes an English name ("Taipower (台電)").
    const pinyin = pinyinSyllables(han.text).join('').toLowerCase() === tailName.toLowerCase().replace(/[-'’\s]/gu, '');
    const place = isKnownPlace(tailName, context) || trainedAs.includes('train-LOC') || pinyin;
    const listed = PLACES_LIST_AFTER.test(text.slice(han.end, han.end + 160));
    type = institutional(englishType) ? englishType! : ending ?? (place || listed ? 'place' : 'organization');
  } else if (hanEnding(han.text) === 'other' && !romanizedPerson) {
    // An award, festival or exhibition: the whole run of capitalized words ("62nd Golden Horse Awards (金馬獎)").
    const words = trimLeading(run, context);
    name = words.length > 1 && /^\p{N}/u.test(words[0]!.text) ? words.slice(1) : words;
    type = 'other';
  } else if (!romanizedPerson && (institutional(englishType) || institutional(fromHan) || (hanLength > 4 && !titledPerson))) {
    name = trimLeading(run, context);
    const wholeType = nameType(text.slice(name[0]!.start, name[name.length - 1]!.end), context);
    type = institutional(wholeType) ? wholeType! : institutional(englishType) ? englishType! : fromHan ?? 'organization';
    // A facility is a place (news rule 3), whatever institution runs it: "Chang Gung Memorial Hospital (長庚紀念醫院)".
    if (type === 'organization' && context.lexicon.facilityHeads.has(name[name.length - 1]!.text)) type = 'place';
  } else if (!titledPerson && !romanizedPerson && hanLength > 1 && !spellsPerson(run, han.text, context)) {
    // No word spells the family name and no given name opens the name: a team, company or outlet
    // ("CTBC Brothers (中信兄弟)", "Chunghwa Telecom (中華電信)", "Hon Hai Precision Industry (鴻海)"),
    // unless the model reads a person there ("Shigeru Ishiba (石破茂)").
    name = trimLeading(run, context);
    type = 'organization';
    unsure = true;
    // A preposition inside the run ends another name: the Han name is the place after it ("Straits Forum in Xiamen (廈門)").
    const after = name.findLastIndex((w) => /^(?:in|at|near|from)$/u.test(w.text));
    if (after >= 0 && after < name.length - 1) {
      name = name.slice(after + 1);
      if (isKnownPlace(text.slice(name[0]!.start, name[name.length - 1]!.end), context)) [type, unsure] = ['place', false];
    }
    // A title in quotes is a work's: "“Harbor Lights（港燈）,” a drama".
    if (/[“"]$/u.test(text.slice(Math.max(0, name[0]!.start - 1), name[0]!.start))) [type, unsure] = ['other', false];
  } else {
    const start = familyJoined ? run.length - 2 : personNameStart(run, han.text, context);
    name = run.slice(start);
    type = 'person';
    candidates.push(...prefixAffiliations(run.slice(0, start), text, context));
  }
  // A place listed after another is the last of them, without its article: "Pingtung, Taitung and Orchid Island (蘭嶼)" pairs
  // Orchid Island, "Penghu and the Pratas Islands (東沙群島)" the Pratas Islands (p139: a place "the Pratas Islands").
  const and = type === 'place' ? name.findLastIndex((w) => w.text === 'and') : -1;
  if (and > 0 && and < name.length - 1 && isKnownPlace(text.slice(name[0]!.start, name[and - 1]!.end), context) &&
    !isKnownPlace(text.slice(name[0]!.start, name[name.length - 1]!.end), context)) name = name.slice(name[and + 1]!.text === 'the' && and < name.length - 2 ? and + 2 : and + 1);
  // Nor is a company listed before another: "TSMC and China Steel Corp (中鋼)" pairs China Steel Corp (p138: one invented body).
  const listed = type === 'organization' ? name.findLastIndex((w) => w.text === 'and') : -1;
  if (listed > 0 && listed < name.length - 1 && COMPANY_FORM.test(name[name.length - 1]!.text) &&
    (COMPANY_FORM.test(name[listed - 1]!.text) || (listed === 1 && ACRONYM.test(name[0]!.text)))) name = name.slice(name[listed + 1]!.text === 'the' && listed < name.length - 2 ? listed + 2 : listed + 1);
  // What is done to a law is no part of its name: "Amendments to the Nuclear Reactor Facilities Regulation Act (核子反應器設施管制法)".
  const amended = type === 'law' && name.length > 3 && AMENDMENT.test(name[0]!.text) ? name.findIndex((w) => w.text === 'to') : -1;
  if (amended > 0 && amended < name.length - 2) name = name.slice(name[amended + 1]!.text === 'the' ? amended + 2 : amended + 1);
  // A thing's kind after the bracket makes it the thing, whatever its words read like: "the Hai Kun (海鯤) submarine program" (p141: a person).
  if (type === 'person' && lastTitle < 0 && THING_AFTER_HAN.test(text.slice(han.end, han.end + 24))) type = 'other';
  const nameStart = name[0]!.start;
  const nameEnd = name[name.length - 1]!.end;
  candidates.push(candidate(nameStart, nameEnd, type, 'name', 'rule:zh-paren'), candidate(han.start, han.end, type, 'zh', 'rule:zh-paren'));
  aliases.push({ name: text.slice(nameStart, nameEnd), type, alias: han.text, lang: 'zh', kind: 'zh', evidence });
  return unsure;
}

/**
 * The letters an acronym spells for `commaExtendedStart`: its capitals and digits, or every letter of one written as a word
 * ("Pagasa", as Philippine papers write PAGASA; p137).
 */
function commaLetters(short: string): string {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(short) ? short.toUpperCase() : short.replace(/[^\p{Lu}\p{N}]/gu, '');
}

/**
 * Returns where a long name starts when a comma inside it stopped the run and only the words before
 * the comma complete the acronym's letters ("Philippine Atmospheric, Geophysical and Astronomical
 * Services Administration (PAGASA)"); otherwise `start`.
 */
function commaExtendedStart(start: number, end: number, short: string, text: string): number {
  const letters = commaLetters(short);
  const found = initials(text.slice(start, end).split(/\s+/u));
  if (found.length === 0 || found === letters || !letters.endsWith(found)) return start;
  const missing = letters.slice(0, letters.length - found.length);
  const comma = /,\s+$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (!comma) return lowerCaseExtendedStart(start, missing, text);
  const before = nameRunBefore(text, start - comma[0].length);
  // Hyphenated words may spell a letter a part: "Directorate-General of Budget, Accounting and Statistics (DGBAS)".
  // And a list's two words of one letter may spell it once: "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)"
  // (p130: two organizations, the comma's left side none of the pair).
  const spelled = (words: string[]) => initials(words) === missing || initials(words.flatMap((w) => w.split('-'))) === missing || initials(words) === missing + found[0];
  const from = before.findIndex((w, i) => /^\p{Lu}/u.test(w.text) && spelled(before.slice(i).map((x) => x.text)));
  return from < 0 ? start : before[from]!.start;
}

// Up to six words right before a name on its line, with no mark between them ("Medicines and Healthcare products ").
const WORDS_BEFORE = /(?:^|(?<=[\s(“"]))((?:[\p{L}&'’-]+ ){1,6})$/u;

/**
 * Returns where a long name starts when a lower-case word inside it stopped the run and the capitalized words before
 * that word spell the acronym's missing first letters ("Medicines and Healthcare products" + "Regulatory Agency (MHRA)");
 * otherwise `start`. At most two lower-case words other than and, of, for and the.
 */
function lowerCaseExtendedStart(start: number, missing: string, text: string): number {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, start - 96), start));
  if (!before) return start;
  const words = before[1]!.trimEnd().split(' ');
  const lowerCase = (w: string) => /^\p{Ll}/u.test(w) && !SPELLED_MINOR_WORDS.has(w);
  if (!words.some(lowerCase)) return start;
  let at = start - before[1]!.length;
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i);
    if (/^\p{Lu}/u.test(words[i]!) && initials(rest) === missing && rest.filter(lowerCase).length <= 2) return at;
    at += words[i]!.length + 1;
  }
  return start;
}

/** Pairs a long name with its acronym; returns the long name, or undefined when the run cannot expand it. */
// A weapon's name: a weapon's word and at most three capitalized words after it ("Army Tactical Missile Systems", "Terminal High
// Altitude Area Defense"), never a body's head ("Missile Defense Agency", "Rocket Force").
const WEAPON_SYSTEM = /\b(?:Missile|Rocket|Artillery|Interceptor|Howitzer|Area Defen[cs]e|Air Defen[cs]e)s?(?: (?!Agency|Force|Forces|Command|Corps|Office|Bureau|Brigade|Battalion|Regiment|Division|Unit|Group|Wing)\p{Lu}\p{L}*){0,3}$/u;

function pairAcronym(run: Word[], short: Word, text: string, evidence: string, context: NameContext, candidates: Candidate[], aliases: LocalAlias[]): LongName | undefined {
  const party = /^[)）] party(?![\p{L}\p{N}-])/u.test(text.slice(short.end, short.end + 8));
  const from = expansionStart(run, short.text, text, context, party);
  if (from < 0) return undefined;
  const longEnd = run[run.length - 1]!.end;
  const longStart = commaExtendedStart(run[from]!.start, longEnd, short.text, text);
  const long = text.slice(longStart, longEnd);
  // "Pete Sampras (U.S.)": a known place acronym after a name that is not that place is a note, not a pair.
  if (context.lexicon.acronyms.get(short.text) === 'place' && nameType(long, context) !== 'place') return undefined;
  // "Pakistan-occupied Kashmir (PoK)": a place named by who holds it is that place.
  const held = HELD_PLACE.exec(long);
  // A weapon system is a thing (other), as its letters alone are: "High Mobility Artillery Rocket Systems (HIMARS)" (p124: an organization).
  // So is a measure written in capitals: "Monetary Policy Rate (MPR)", "Consumer Price Index (CPI)" (p132: an organization).
  const type = party ? 'organization' : held && isKnownPlace(held[1]!, context) ? 'place' : WEAPON_SYSTEM.test(long) || (MEASURE_END.test(long) && nameType(long, context) === undefined) ? 'other'
    : context.lexicon.knownNames.get(long) ?? nameType(long, context) ?? context.lexicon.acronyms.get(short.text) ?? context.lexicon.knownNames.get(short.text) ?? 'organization';
  addAcronymPair({ start: longStart, end: longEnd, name: long }, short, type, 'rule:acronym-paren', evidence, candidates, aliases);
  // A country the letters leave out is a modifier, a place of its own: "the Taiwan Centers for Disease Control (CDC)"; so is a
  // state or a region of two or three words ("the New South Wales Independent Commission Against Corruption (ICAC)": "Wales"
  // had been the place, p88).
  if (from > 0 && run[from - 1]!.end + 1 === longStart) {
    for (let k = Math.min(3, from); k >= 1; k--) {
      const words = run.slice(from - k, from);
      if (!words.every((w, i) => i === 0 || words[i - 1]!.end + 1 === w.start)) continue;
      const place = words.map((w) => w.text).join(' ');
      if (isCountry(place, context) || context.lexicon.acronyms.get(place) === 'place' || (k > 1 && isKnownPlace(place, context))) {
        candidates.push(candidate(words[0]!.start, words[words.length - 1]!.end, 'place', 'name', 'rule:acronym-paren'));
        break;
      }
    }
  }
  return { start: longStart, end: longEnd, name: long, type };
}

/** A lower-case term and its acronym are an alias link only: terms are not named entities, so neither side is a mention. */
function pairTerm(end: number, short: Word, text: string, aliases: LocalAlias[]): void {
  if (!ACRONYM.test(short.text)) return;
  const start = termStart(text, end, short.text);
  if (start < 0) return;
  const term = text.slice(start, end);
  aliases.push({ name: term, type: 'other', alias: short.text, lang: 'en', kind: 'acronym', evidence: `${term} (${short.text})` });
}
