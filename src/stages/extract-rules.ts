import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import type { EntityType, MentionKind } from '../model/index.js';
import { isDottedHan, NAME_DOT } from '../text/romanize.js';
import { isVocabularyWord } from './analyze.js';
import { escapeRegExp, type Lexicon } from './lexicon.js';
import { BARE_AGENCY } from './segment-lines.js';

/** A span proposed by one finder; offsets are UTF-16 indices. Overlaps are settled by `priority`. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  kind: MentionKind;
  method: string;
  confidence: number;
  priority: number;
}

/**
 * `candidate` with `changes` made, as `{ ...candidate, ...changes }` would have it, but written out field by field in
 * Candidate's order, so that every copy has the hidden class of the finders' object literals. A spread's copy gets a
 * hidden class of its own (V8's object clone: 56 bytes where the literals' are 80), so the rules met candidates of two
 * classes or more, and V8 threw their optimized code away ("wrong map") and compiled them again whenever one reached
 * code compiled for the other; such a class is also dropped at a full collection once no copy is alive, and code that
 * had met it with it. Over the bench corpus (--trace-opt, one run each, 2026-12-06): the first round's compilations took
 * 10.6 s of the compiler's time before, 7.1 s after; the second round's (texts the run had read before) 1.87 s and 0.97 s.
 */
export function changed(candidate: Candidate, changes: Partial<Candidate>): Candidate {
  return {
    start: 'start' in changes ? changes.start! : candidate.start,
    end: 'end' in changes ? changes.end! : candidate.end,
    type: 'type' in changes ? changes.type! : candidate.type,
    kind: 'kind' in changes ? changes.kind! : candidate.kind,
    method: 'method' in changes ? changes.method! : candidate.method,
    confidence: 'confidence' in changes ? changes.confidence! : candidate.confidence,
    priority: 'priority' in changes ? changes.priority! : candidate.priority,
  };
}

// A capitalized name word: "Jen-chieh", "O’Brien", "G7", "Prosecutors’", "U.S.".
const NAME_WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}+)*(?:(?<=s)[’'](?=\s))?)`;
const CONNECTOR = String.raw`(?:of|for|and|on|the|de|del|la|van|von|bin|al)`;
// A run of name words, allowing lowercase connectors inside ("Ministry of Foreign Affairs").
// A space inside a line: a name never runs across a line break into the next paragraph ("Police Raid Offices Of Taipei
// Firm" / "Law enforcement officials said …" had made one law, p54).
const SP = String.raw`[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]`;
const NAME_SEQUENCE = String.raw`${NAME_WORD}(?:${SP}(?:${CONNECTOR}${SP})*${NAME_WORD})*`;
/** Weekday and month names, as a regex alternation: a name's widening stops at them, a date after a name is cut off. */
export const CALENDAR_WORD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
/** A weekday or month name, whole. */
export const CALENDAR_WORDS = new RegExp(`^(?:${CALENDAR_WORD})$`, 'u');
/** The weekday and month names no one has as a family name (Theresa May, Amanda April, Leslie June do). */
export const CALENDAR_NOT_FAMILY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December)$/u;
// A day or month after a name's small word ends the name: "the Committee on Tuesday".
const DATE_AFTER_NAME = new RegExp(String.raw`\s(?:${CONNECTOR}\s)+(?:${CALENDAR_WORD})(?![\p{L}\p{N}])`, 'u');
const TRAILING_JUNK = /(?:[’']s|[’'])?[\s.,;:!?"“”‘’()[\]]*$/u;

/** Returns the words of a name (split on spaces). */
function words(name: string): string[] {
  return name.split(/\s+/u).filter(Boolean);
}

/** Classifies a capitalized name by its head word: organization, law, demonym (other) or fallback. */
export function classifyName(name: string, lexicon: Lexicon, fallback: EntityType): EntityType {
  const parts = words(name);
  const last = parts[parts.length - 1] ?? '';
  if (lexicon.lawHeads.has(last) && parts.length > 1) return 'law';
  if (lexicon.organizationHeads.has(last.replace(/[’']$/u, '')) && parts.length > 1) return 'organization';
  // (The prefix and a space, read without joining them: asked of every name a finder types.)
  if (lexicon.organizationPrefixes.some((p) => name.startsWith(p) && name.charCodeAt(p.length) === 32)) return 'organization';
  if (lexicon.demonyms.has(name)) return 'other';
  const acronymType = lexicon.acronyms.get(name);
  return acronymType ?? fallback;
}

/** Returns how many leading characters of a person span are titles ("President ", "US Trade Representative "). */
export function titlePrefixLength(name: string, lexicon: Lexicon): number {
  const parts = [...name.matchAll(/\S+/gu)];
  let cut = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    const word = parts[i]![0].toLowerCase();
    if (lexicon.titles.has(word) || lexicon.roleWords.has(word) || lexicon.acronyms.get(parts[i]![0]) === 'place') {
      cut = parts[i + 1]!.index!;
    } else break;
  }
  return cut;
}

let compromise: typeof Compromise | undefined;

/** Loads compromise on first use (its CommonJS build): 0.3 s that a pipeline with the trained model never pays. */
function loadCompromise(): typeof Compromise {
  compromise ??= createRequire(import.meta.url)('compromise') as typeof Compromise;
  return compromise;
}

/** People, places and organizations as compromise sees them, trimmed of punctuation, possessives and titles. */
export function findWithCompromise(text: string, lexicon: Lexicon): Candidate[] {
  const doc = loadCompromise()(text);
  const found: Candidate[] = [];
  const groups: [EntityType, { text: string; offset: { start: number; length: number } }[]][] = [
    ['person', doc.people().json({ offset: true })],
    ['place', doc.places().json({ offset: true })],
    ['organization', doc.organizations().json({ offset: true })],
  ];
  for (const [type, matches] of groups) {
    for (const match of matches) {
      let start = match.offset.start;
      let span = text.slice(start, start + match.offset.length).replace(TRAILING_JUNK, '');
      // compromise lets lowercase words trail a name ("Kursk region"); the name ends at the last capital word.
      span = span.replace(/(?:\s+\p{Ll}[\p{L}-]*)+$/u, '');
      if (type === 'person') {
        const cut = titlePrefixLength(span, lexicon);
        start += cut;
        span = span.slice(cut);
      }
      if (!/^\p{Lu}/u.test(span) || lexicon.titles.has(span.toLowerCase())) continue;
      const finalType = type === 'place' && lexicon.demonyms.has(span) ? 'other' : type;
      found.push({ start, end: start + span.length, type: finalType, kind: 'name', method: 'compromise', confidence: 0.6, priority: 1 });
    }
  }
  return found;
}

/** Drops a leading article, and a sentence's opening preposition or conjunction before it ("Under the Anti-Infiltration Act", "When the Referendum Act"). */
function trimLeadingArticle(name: string): string {
  return name.replace(/^(?:(?:Under|In|On|At|For|With|From|By|To|Of|Through|Against|Within|Without|After|Before|During|Despite|Following|Amid|Since|Per|When|While|Once|Until|If|As|Because|Although|Whether|Unless|Later|Earlier|Then|Also|Meanwhile|But|And|Yet|So|Now|Today|Yesterday)\s+the\s+|(?:The|A|An)\s+)/u, '').replace(LEADING_DAY, '');
}

// A day's possessive before a name is no part of it: "Wednesday’s Champions League trip".
const LEADING_DAY = new RegExp(`^(?:${CALENDAR_WORD})[’']s\\s+`, 'u');

// A work named after its kind ("his album Kind of Blue", "the documentary The Long Road Home", "the film “Harbor of
// Silence”"): capitalized words, small words between them, to the last capitalized one; a date after "in" or "on" ends it.
const WORK_KIND = String.raw`(?:album|albums|novel|novels|book|books|film|films|movie|documentary|memoir|song|opera|painting|poem|musical|podcast|EP|LP)`;
// A kind word, looked for first: WORK_TITLE opens with a look-behind, tried at every character of the text.
const WORK_KIND_WORD = new RegExp(`${WORK_KIND} `, 'u');
const WORK_SMALL = String.raw`(?:of|a|an|the|in|on|no|de|da|do|dos|das|del|la|le|les|and|or|to|for|at|with|from|&)`;
const WORK_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
const WORK_TITLE = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORK_KIND} (?:["“]([^"“”\n]{1,80})["”]|(${WORK_WORD}(?: (?:${WORK_SMALL} )*(?!(?:${CALENDAR_WORD})(?![\p{L}]))${WORK_WORD}){0,7}))`, 'gu');

// A year in brackets, and the capitalized words before one (the first a capital after no letter: a name's start).
const WORK_YEAR_MARK = / \((?:19|20)\d\d\)/u;
const WORK_BEFORE_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${WORK_WORD}(?: (?:${WORK_SMALL} )*${WORK_WORD}){0,7}) \((?:19|20)\d\d\)`, 'gu');
// A title in quotes: capitalized words (and a title's small words), the comma or full stop of the sentence inside the quote.
const QUOTE_MARK = /["“]/u;
const QUOTED_TITLE = new RegExp(String.raw`["“](${WORK_WORD}(?: (?:${WORK_SMALL} )*${WORK_WORD}){0,7})([,.]?)["”]`, 'gu');
// Words that say the text is about films, books or records.
const WORK_CONTEXT = new RegExp(String.raw`(?<![\p{L}])(?:${WORK_KIND}|starred|starring|directed|director|screenplay|script|novelist|author|published|recorded|released)(?![\p{L}])`, 'u');

/** Works named after their kind word: other (news rule 4, named works), above the model, which types them by their words. */
export function findWorks(text: string): Candidate[] {
  const found: Candidate[] = [];
  const titles = new Set<string>();
  for (const match of WORK_KIND_WORD.test(text) ? text.matchAll(WORK_TITLE) : []) {
    const title = (match[1] ?? match[2]!).replace(/[,.;:!?]+$/u, '');
    if (!/^\p{Lu}/u.test(title)) continue;
    const start = match.index + match[0].indexOf(title, match[0].indexOf(' '));
    found.push({ start, end: start + title.length, type: 'other', kind: 'name', method: 'rule:work', confidence: 0.8, priority: 2.7 });
    if (title.includes(' ') && titles.size < MAX_WORK_TITLES) titles.add(title);
  }
  // A title before its year in brackets where the text around speaks of works: "His best-known film, Night Harbour (1987),
  // starred …", "a crime script that became Iron Street (1979)" (p129: places and a person).
  if (WORK_YEAR_MARK.test(text)) {
    for (const match of text.matchAll(WORK_BEFORE_YEAR)) {
      if (!WORK_CONTEXT.test(text.slice(Math.max(0, match.index - 160), match.index))) continue;
      const title = match[1]!;
      found.push({ start: match.index, end: match.index + title.length, type: 'other', kind: 'name', method: 'rule:work', confidence: 0.8, priority: 2.7 });
      if (title.includes(' ') && titles.size < MAX_WORK_TITLES) titles.add(title);
    }
  }
  // A title in quotes where the text around speaks of works: "“Sary Ozon,” the debut of director Aizhan Kasymalieva, won",
  // "won for “The Olive Keeper.”" (p140: people). Not a nickname between a name's parts ('Pacifico "Curlee" Discaya').
  if (QUOTE_MARK.test(text) && WORK_CONTEXT.test(text)) {
    for (const match of text.matchAll(QUOTED_TITLE)) {
      const title = match[1]!;
      const end = match.index + 1 + title.length;
      if (/\p{Lu}\p{L}* $/u.test(text.slice(Math.max(0, match.index - 20), match.index)) && /^["”] \p{Lu}/u.test(text.slice(end + (match[2]?.length ?? 0), end + 3 + (match[2]?.length ?? 0)))) continue;
      if (!WORK_CONTEXT.test(text.slice(Math.max(0, match.index - 120), Math.min(text.length, end + 120)))) continue;
      found.push({ start: match.index + 1, end, type: 'other', kind: 'name', method: 'rule:work', confidence: 0.8, priority: 2.7 });
      if (title.includes(' ') && titles.size < MAX_WORK_TITLES) titles.add(title.replace(/^The /u, ''));
    }
  }
  // A title of two words or more the article names with its kind is the work wherever it stands: "Mar Aberto sold
  // more than 200,000 copies" (the model had read a person "Aberto"). One pass over the text for all of them.
  if (titles.size === 0) return found;
  const starts = new Set(found.map((c) => c.start));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...titles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    if (!starts.has(match.index)) found.push({ start: match.index, end: match.index + match[0].length, type: 'other', kind: 'name', method: 'rule:work', confidence: 0.8, priority: 2.7 });
  }
  return found;
}

// An order or a decoration: "the Order of Liberty", "the Order of the British Empire", "the Legion of Honour".
const HONOUR = /(?<![\p{L}\p{N}])(?:Order|Legion) of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |and |the )*\p{Lu}[\p{L}'’-]*){0,4}/gu;

/** Orders and decorations: other (an award), above the model, which reads the name after "of" as a place ("Liberty", Missouri). */
export function findHonours(text: string): Candidate[] {
  // The pattern opens with a look-behind tried at every character; it needs one of its two words before "of".
  if (!text.includes('Order of') && !text.includes('Legion of')) return [];
  return [...text.matchAll(HONOUR)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'other' as const, kind: 'name' as const, method: 'rule:work', confidence: 0.8, priority: 2.7 }));
}

/** At most this many titles are looked for again (the pattern's size stays bounded whatever the text). */
const MAX_WORK_TITLES = 64;

// A numbered military unit ("5th Tactical Fighter Wing", "58th Artillery Command"), and the place it is in.
const MILITARY_UNIT = /(?<![\p{L}\p{N}])(\d{1,4}(?:st|nd|rd|th) (?:\p{Lu}[\p{L}-]* ){0,4}(?:Wing|Command|Brigade|Division|Battalion|Regiment|Fleet|Squadron|Corps|Group|Army|Flotilla|Infantry|Artillery))(?![\p{L}\p{N}])(?: in (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[\s.,;:]))?/gu;
// What MILITARY_UNIT needs, looked for first.
const ORDINAL_NUMBER = /\d(?:st|nd|rd|th) /u;

/**
 * Numbered military units, the number in the name ("the 5th and the 443rd Tactical Fighter Wing" are two
 * units), above the model, which drops the number and runs the unit into its base ("Tactical Fighter Wing
 * in Hualien"); the base after "in" is a place.
 */
export function findMilitaryUnits(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; it needs an ordinal.
  if (!ORDINAL_NUMBER.test(text)) return found;
  for (const match of text.matchAll(MILITARY_UNIT)) {
    found.push({ start: match.index, end: match.index + match[1]!.length, type: 'organization', kind: 'name', method: 'rule:org-name', confidence: 0.8, priority: 2.7 });
    if (match[2] !== undefined) {
      const start = match.index + match[0].length - match[2].length;
      found.push({ start, end: start + match[2].length, type: 'place', kind: 'name', method: 'rule:org-name', confidence: 0.7, priority: 2.65 });
    }
  }
  return found;
}

const LAW_YEAR = /^ (?:1[6-9]|20)\d{2}(?![\p{L}\p{N}])/u;

/** `Ministry of Foreign Affairs`, `Taipei District Court`, `National Security Act`: names typed by their head word. */
export function findInstitutions(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(new RegExp(NAME_SEQUENCE, 'gu'))) {
    // One word is no institution (`words(name).length < 2` below), and most matches are one capitalized word:
    // skipped before the patterns and splits below, which had cost 0.1 GB of garbage over the bench corpus.
    if (!/\s/u.test(match[0])) continue;
    const dated = DATE_AFTER_NAME.exec(match[0]);
    let name = trimLeadingArticle(dated ? match[0].slice(0, dated.index) : match[0]);
    // "and the" after a head word starts another name: "the Jones Act and the Byrnes-Tollefson Amendment".
    const joined = /\s+and\s+the\s+/u.exec(name);
    const first = joined ? name.slice(0, joined.index) : '';
    const head = words(first).pop() ?? '';
    if (joined && (lexicon.lawHeads.has(head) || lexicon.organizationHeads.has(head))) {
      const firstStart = match.index + match[0].indexOf(name);
      const firstType = classifyName(first, lexicon, 'other');
      if (words(first).length >= 2 && (firstType === 'organization' || firstType === 'law')) {
        found.push({ start: firstStart, end: firstStart + first.length, type: firstType, kind: 'name', method: `rule:${firstType === 'law' ? 'law' : 'org'}-name`, confidence: 0.8, priority: firstType === 'law' ? 3 : 2 });
      }
      name = name.slice(joined.index + joined[0].length);
    }
    // A possessive is no part of the name: "the Premier League's top four" (the model had found nothing there).
    const possessive = /['’]s?$/u.exec(name)?.[0].length ?? 0;
    const start = match.index + (dated?.index ?? match[0].length) - name.length;
    if (possessive > 0) name = name.slice(0, -possessive);
    if (words(name).length < 2) continue;
    const type = classifyName(name, lexicon, 'other');
    if (type !== 'organization' && type !== 'law') continue;
    // A British law's year is its name's: "the Online Safety Act 2023", "the Local Government Act 1999" (p78).
    const year = type === 'law' && possessive === 0 ? LAW_YEAR.exec(text.slice(start + name.length, start + name.length + 6))?.[0].length ?? 0
      // (And a legal form's full stop is the company's: "(Hon Hai Precision Industry Co.)", p129.)
      : type === 'organization' && possessive === 0 && text[start + name.length] === '.' && / (?:Co|Corp|Inc|Ltd|Bhd|Plc)$/u.test(name) ? 1 : 0;
    // A law name is never wrong about being a law; an organization name defers to the model's span.
    found.push({ start, end: start + name.length + year, type, kind: 'name', method: `rule:${type === 'law' ? 'law' : 'org'}-name`, confidence: 0.8, priority: type === 'law' ? 3 : 2 });
  }
  return found;
}

// A word (the title, checked against the lexicon), then a name of at most four words. The name is matched in a
// lookahead so that a title inside a longer run ("US Trade Representative") is still seen.
const TITLE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}-])(\p{L}+\.?)(?=((?:${SP}(?:of|for))?${SP})(${NAME_WORD}(?:${SP}${NAME_WORD}){0,3}))`, 'gu');

/** `President William Lai`, `Premier Cho Jung-tai`: a capitalized title followed by a name makes the name a person. */
export function findTitledPeople(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(TITLE_THEN_NAME)) {
    if (!lexicon.titles.has(match[1]!.toLowerCase())) continue;
    let person = match[3]!;
    const cut = titlePrefixLength(person, lexicon);
    person = person.slice(cut);
    if (!isPlausiblePerson(person, lexicon, match[2]!.trim() !== '')) continue;
    const start = match.index + match[0].length + match[2]!.length + cut;
    // A year after the name makes it an event's ("Justice Mission 2025"), not a titled person's.
    if (/^[ -]\d{4}\b/u.test(text.slice(start + person.length, start + person.length + 6))) continue;
    found.push({ start, end: start + person.length, type: 'person', kind: 'name', method: 'rule:titled-person', confidence: 0.8, priority: 2 });
  }
  return found;
}

/** A titled name is a person unless it is a possessive ("chairman of Russia’s"), a title itself, or an institution. */
function isPlausiblePerson(name: string, lexicon: Lexicon, afterOf: boolean): boolean {
  const parts = words(name);
  if (parts.length === 0 || /[’']s$/u.test(name)) return false;
  if (afterOf && parts.length < 2) return false;
  // "General Hospital", "General Assembly": the title is the first word of a place's or a body's name.
  const last = parts[parts.length - 1]!;
  if (lexicon.facilityHeads.has(last) || lexicon.placeHeads.has(last) || lexicon.organizationHeads.has(last)) return false;
  // Nor a company's name after "General": "Legal & General" + " Group Plc" (p107: a person "Group Plc").
  if (parts.some((w) => COMPANY_GROUP_OR_FORM.test(w))) return false;
  // "Gov" of "Lt. Gov.": the name words stop at the abbreviation's full stop.
  if (parts.every((w) => lexicon.titles.has(w.toLowerCase()) || lexicon.titles.has(`${w.toLowerCase()}.`) || lexicon.roleWords.has(w.toLowerCase()))) return false;
  return classifyName(name, lexicon, 'person') === 'person';
}

// A company's group word or legal form, which no person's name holds (`isPlausiblePerson`, names.ts `splitTitledPerson`).
export const COMPANY_GROUP_OR_FORM = /^(?:Group|Plc|PLC|plc|Inc|Ltd|Corp|Co|Holdings|LLC|AG|SA|NV|SE|Bhd|Tbk)\.?$/u;

/** The AP's abbreviations of US states ("La Canada, Calif."), without their full stop. */
export const AP_STATE = 'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo';

/** Every AP abbreviation of a US state, without its last full stop: the one-word ones and the dotted ones ("N.Y", "W.Va"). */
export const US_STATE = String.raw`${AP_STATE}|N\.[CDHJMY]|S\.[CD]|R\.I|W\.Va`;

/** Abbreviations that end a name with their own full stop, without it: company forms and US states ("Co.", "Calif."). */
export const NAME_END_ABBREVIATIONS = `Co|Corp|Inc|Ltd|Bros|Jr|Sr|Dept|Univ|${AP_STATE}`;

/** Heads of a government body named by its function ("Commerce Department", "Foreign Affairs and National Defense Committee"). */
export const GOVERNMENT_HEADS = 'Ministry|Department|Bureau|Agency|Administration|Office|Council|Commission|Committee|Board|Authority';

/** An English word that ends a hyphenated compound after a name ("New York-based", "KMT-backed"). */
export const COMPOUND_SUFFIX = /-(?:based|listed|led|backed|imposed|proposed|drafted|authored|enacted|born|owned|sponsored|run|made|funded|bound|style|era|wide|linked|controlled|friendly|related|affiliated|registered|flagged|speaking|language|area|held|dominated|allied|aligned|educated|trained|headquartered|level|focused|centred|centered|oriented|brokered|grown|built|produced|supported|inspired|designed|appointed|elected|occupied|administered|ruled|type|like|free|only|class|turned|american|british|winning|nominated|shortlisted|longlisted|awarded|governed|majority|leaning)$/u;

// Capitalized small words that open sentences and names of things, never a family name ("An" and "Ho" are family names).
const NOT_FAMILY_NAMES = new Set(['The', 'A', 'In', 'On', 'At', 'For', 'By', 'Of', 'To', 'As', 'If', 'Or', 'But', 'And', 'From', 'With', 'After', 'Before', 'When', 'While', 'This', 'That', 'Its', 'His', 'Her', 'Our', 'Their', 'New', 'Old', 'Mr', 'Ms', 'Mrs', 'Dr']);

/** Taiwanese romanized names with a hyphenated given name: `Ho Jen-chieh`, `Wu Shang-yu`. */
export function findRomanizedNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; every name it finds has a hyphen.
  if (!text.includes('-')) return found;
  for (const match of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}{0,5} \p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}-])/gu)) {
    // "New York-based", "Hong Kong-listed": an English word after the hyphen makes a compound, not a given name.
    if (COMPOUND_SUFFIX.test(match[0])) continue;
    // "The Hsieh-ho Power Plant", "In Hsin-chu": a sentence's small word is no family name.
    if (NOT_FAMILY_NAMES.has(match[0].slice(0, match[0].indexOf(' ')))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'person', kind: 'name', method: 'rule:romanized-name', confidence: 0.8, priority: 2 });
  }
  return found;
}

/** Whole-word uses of acronyms known from this article's expansions or from the lexicon. */
export function findAcronyms(text: string, lexicon: Lexicon, learned: Map<string, EntityType>): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&.]{1,7}(?![\p{L}\p{N}])/gu)) {
    const acronym = match[0].replace(/\.$/u, lexicon.acronyms.has(match[0]) ? '.' : '');
    const type = learned.get(acronym) ?? lexicon.acronyms.get(acronym);
    if (!type) continue;
    const method = learned.has(acronym) ? 'rule:acronym' : 'rule:acronym-lexicon';
    found.push({ start: match.index, end: match.index + acronym.length, type, kind: 'acronym', method, confidence: 0.75, priority: 1.5 });
  }
  // The article's own acronyms with a slash ("TU/e").
  for (const [acronym, type] of learned) {
    if (!acronym.includes('/')) continue;
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + acronym.length] ?? '')) continue;
      found.push({ start: at, end: at + acronym.length, type, kind: 'acronym', method: 'rule:acronym', confidence: 0.75, priority: 1.5 });
    }
  }
  return found;
}

/**
 * Whole-word uses of the lexicon's known names ("Wall Street", "Bluesky"). They outrank the model's
 * spans over the same words ("Bluesky" as a person, "Japan" of "Japan Today"), but a known name inside
 * a longer capitalized name is left to the model ("Wall Street Journal"): one that the next word
 * continues, unless that word is a title ("Bluesky CEO Jay Graber"), or the previous word, unless
 * it opens the sentence and is no given name.
 */
export function findKnownNames(text: string, lexicon: Lexicon, isGivenName: (word: string) => boolean = () => false): Candidate[] {
  if (!lexicon.knownNamePattern) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(lexicon.knownNamePattern)) {
    const end = match.index + match[0].length;
    // The capitalized word after it ($2), and whether another capitalized word follows it ($3).
    const after = /^([ \t]+(\p{Lu}[\p{L}.'’-]*))([ \t]+\p{Lu})?/u.exec(text.slice(end, end + 40));
    // A known body and the country it works in are the body's branch there: "Greenpeace Brazil", "Oxfam India".
    const branch = after !== null && after[3] === undefined && lexicon.knownNames.get(match[0]) === 'organization' && lexicon.places.has(after[2]!) ? after[1]!.length : 0;
    const next = branch > 0 ? undefined : after?.[2]?.toLowerCase();
    if (next !== undefined && !lexicon.titles.has(next) && !lexicon.roleWords.has(next)) continue;
    // A longer name goes on after an ampersand ("Jefferies & Co.").
    if (/^[ \t]*&/u.test(text.slice(end, end + 3))) continue;
    // A possessive before it ends the name before it ("Elon Musk's xAI").
    // Not a sentence's last word ("… angered Pyongyang. SK hynix rose").
    const before = /\p{Lu}[\p{L}.'’-]*(?<![’']s|[’'.])[ \t]+$/u.exec(text.slice(Math.max(0, match.index - 40), match.index));
    const wordStart = match.index - (before?.[0].length ?? 0);
    // (An article is no name's word: "MANILA, Philippines — The Sandiganbayan has ordered", p130: other, as the model read it.)
    if (before !== null && !/^(?:The|An?)[ \t]+$/u.test(before[0]) && !/(?:^|[.!?:;"“\n])\s*$/u.test(text.slice(Math.max(0, wordStart - 10), wordStart))) continue;
    // (Nor after a given name opening the sentence: "Michael Bloomberg said", not the news service.)
    if (before !== null && !match[0].includes(' ') && isGivenName(before[0].trimEnd())) continue;
    found.push({ start: match.index, end: end + branch, type: lexicon.knownNames.get(match[0])!, kind: 'name', method: 'rule:known-name', confidence: 0.75, priority: 2.6 });
  }
  return found;
}

// A party named before a lower-case "party", after "the", a possessive or a political adjective:
// "Poland's Law and Justice party", "the ruling Georgian Dream party", "the far-right Vox party".
const POLITICAL_ADJECTIVE = 'ruling|opposition|governing|centrist|populist|nationalist|far-right|far-left|right-wing|left-wing|centre-right|center-right|centre-left|center-left';
// A party's word and the capitalized words after it, with small words between them.
const PARTY_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}+)*`;
const PARTY_MORE = String.raw`(?: (?:(?:and|for|of|the) )?${PARTY_WORD})`;
const PARTY_NAME = new RegExp(String.raw`(?<=(?:(?<![\p{L}\p{N}])(?:[Tt]he|${POLITICAL_ADJECTIVE}|pro-[\p{L}-]+)|\p{L}[’']s) )(${PARTY_WORD}${PARTY_MORE}{0,5})(?= (?:\([^()\n]{1,12}\) )?party(?![\p{L}\p{N}-]))`, 'gu');
// The same after "party," in apposition, where a political adjective says which party: "the ruling party, Georgian Dream,".
const PARTY_APPOSITION = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(?:${POLITICAL_ADJECTIVE}) party, )(${PARTY_WORD}${PARTY_MORE}{1,5}),`, 'gu');
// Words every country's parties are named with: a run of only these ("the Chinese Communist party") is left to the model.
const PARTY_WORDS = /^(?:Labour|Labor|Conservative|Liberal|Democratic|Democrat|Republican|Communist|Socialist|Social|Christian|Green|Greens|National|Nationalist|People['’]s|Workers['’]?|Progressive|Radical|Popular|Independent|Reform|New|United|Unionist)$/u;

/**
 * A party's name before a lower-case "party" is an organization (the model had typed "Law" and
 * "Vox" people and "Georgian" a demonym). Not a run of a demonym or place and party words only,
 * and not a run with a holiday or date ("the White House Christmas party"), or one that opens with a given name.
 */
export function findPartyNames(text: string, lexicon: Lexicon, isPlaceOrDemonym: (word: string) => boolean, isPersonName: (word: string) => boolean, isGivenName: (word: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  // Both patterns open with a look-behind tried at every character; both need the word "party".
  if (!text.includes('party')) return found;
  for (const match of [...text.matchAll(PARTY_NAME), ...text.matchAll(PARTY_APPOSITION)]) {
    const single = !match[1]!.includes(' ');
    const first = single ? match[1]! : match[1]!.slice(0, match[1]!.indexOf(' '));
    // "the Nixon party" is his entourage: one word that is a person's name is no party's.
    if (isPersonName(first) && (single || isGivenName(first))) continue;
    const parts = match[1]!.split(' ').filter((w) => !/^(?:and|for|of|the)$/u.test(w));
    if (parts.every((w, i) => PARTY_WORDS.test(w) || (i === 0 && isPlaceOrDemonym(w)))) continue;
    if (parts.some((w) => CALENDAR_WORDS.test(w) || lexicon.knownNames.get(w) === 'other')) continue;
    // A word for its politics is no part of its name: "the Islamist Jamaat-e-Islami party".
    const politics = parts.length > 1 ? IDEOLOGY_BEFORE.exec(match[1]!) : null;
    const start = match.index + (politics ? politics[0].length : 0);
    found.push({ start, end: match.index + match[1]!.length, type: 'organization', kind: 'name', method: 'rule:party-name', confidence: 0.8, priority: 2.6 });
  }
  if (found.length === 0) return found;
  // The party's name alone elsewhere in the article is the party ("Critics of Georgian Dream say"); at most
  // MAX_PARTY_NAMES names, so the scan stays linear in the text.
  const names = [...new Set(found.map((c) => text.slice(c.start, c.end)))].slice(0, MAX_PARTY_NAMES);
  const bare = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${names.map(escapeRegExp).join('|')})(?![\p{L}\p{N}-]|[’'](?!s(?!\p{L}))\p{L})`, 'gu');
  const starts = new Set(found.map((c) => c.start));
  for (const match of text.matchAll(bare)) {
    if (starts.has(match.index)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'organization', kind: 'name', method: 'rule:party-name', confidence: 0.7, priority: 2.6 });
  }
  return found.sort((a, b) => a.start - b.start);
}

const MAX_PARTY_NAMES = 16;
const IDEOLOGY_BEFORE = /^(?:Islamist|Leftist|Rightist|Separatist) /u;

// A lawmaker's party and state in AP style: "Sen. Chuck Schumer, D-N.Y.," "Rep. Marjorie Taylor Greene, R-Ga.".
// AP style since 2024 writes the states in full: "Sen. John Cornyn, R-Texas,".
const FULL_STATES = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
// What PARTY_STATE needs, looked for first.
const PARTY_LETTER = /[DRI]-/u;
const PARTY_STATE = new RegExp(String.raw`(?<=, |\()[DRI]-((?:${US_STATE})\.|(?:${FULL_STATES})(?![\p{L}]))(?=[,;)]|\s|$)`, 'gu');

/** The state of an AP party-state tag is a place; the party letter is no name (the model made "R-Ga" an organization). */
export function findPartyStates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; it needs a party's letter and its hyphen.
  if (!PARTY_LETTER.test(text)) return found;
  for (const match of text.matchAll(PARTY_STATE)) {
    const start = match.index + 2;
    found.push({ start, end: start + match[1]!.length, type: 'place', kind: 'name', method: 'rule:party-state', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// The platform X as news writes it since 2023: "a post on X", "wrote on X", "X, formerly Twitter", "Musk's X",
// "his X account", "an X post" (not "Malcolm X post"). A lone X is found first; only then is its context read.
const LONE_X = /(?<![\p{L}\p{N}.-])X(?![\p{L}\p{N}'’-])/gu;
const X_AFTER_WORD = /\b(?:on|to|from|via|Musk['’]s) $/u;
const X_ENDS_PHRASE = /^(?:[.,;:)”"'’]|\s+(?:that|on|late|early|in|after|before|about|was|is|has|had|said|—|–)\b)/u;
const X_FORMERLY = /^,? \(?formerly(?: known as)? Twitter/u;
const X_ACCOUNT = /^ (?:account|accounts|post|posts|feed|page|handle|profile|users?)\b/u;
const NAME_BEFORE = /\p{Lu}[\p{L}.]* $/u;

// A listed company in a market report: "shares of ASUS", "Acer gained 1.4 percent", "Tesla shares fell". No person's
// price moves by a percentage. A name of one to three capitalized words.
const LISTED_NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:& )?\p{Lu}[\p{L}\p{N}&'’-]*){0,3}(?:(?<=\b(?:Corp|Co|Inc|Ltd))\.)?)`;
const SHARES_OF = new RegExp(String.raw`\b(?:[Ss]hares|[Ss]tock) (?:of|in) ${LISTED_NAME}(?![\p{L}\p{N}])`, 'gu');
const MOVED_BY = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-]|\p{Lu}[\p{L}\p{N}&.'’-]* )${LISTED_NAME}(?: (?:shares|stock))? (?:rose|fell|gained|lost|jumped|slumped|slid|climbed|dropped|added|edged (?:up|down|higher|lower)|surged|tumbled|plunged|rallied|advanced|declined|sank|soared)(?: by)? \d+(?:\.\d+)? ?(?:percent|per cent|%)`, 'gu');

const PERCENTAGE = /\d ?(?:percent|per cent|%)/u;

// Indexes, currencies and commodities move by percentages too: no company.
const MARKET_MEASURE = /^(?:TAIEX|Taiex|Dow|Nikkei|Kospi|KOSPI|Hang Seng|Nasdaq|S&P|FTSE|DAX|CAC|Sensex|Nifty|Topix|TOPIX|STOXX|Euro Stoxx|Shanghai|Shenzhen|Straits Times|Bitcoin|Ether|Ethereum|Gold|Silver|Copper|Brent|WTI|Oil|Crude)\b/u;

/** Companies in a market report's phrasing: "shares of ASUS", "Acer gained 1.4 percent" (the model had read Acer a person). */
export function findListedCompanies(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of [SHARES_OF, MOVED_BY]) {
    // MOVED_BY opens with a look-behind tried at every character: only a text with a percentage can match it.
    if (pattern === MOVED_BY && !PERCENTAGE.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      // Not an index, a sentence word or a month: "the Nasdaq Composite", "Shares of Apple" are fine; "The" and "It" are none.
      if (/^(?:The|It|This|That|Its|Their|Stocks|Shares|Prices|Exports|Imports|Sales|Profits?|Revenue|Output|Inflation|GDP)$/u.test(name) || MARKET_MEASURE.test(name)) continue;
      // Nor what a country's possessive owns: "Deforestation in Brazil's Amazon fell 11%" (p96: Amazon a company).
      if (/['’]s /u.test(name)) continue;
      // "The Tehran Stock Exchange fell": the sentence's article is no part of the name.
      const article = /^The (?=\p{Lu})/u.exec(name)?.[0].length ?? 0;
      const start = match.index + match[0].indexOf(name, pattern === SHARES_OF ? 6 : 0) + article;
      found.push({ start, end: start + name.length - article, type: 'organization', kind: 'name', method: 'rule:listed-company', confidence: 0.75, priority: 2.55 });
    }
  }
  return found;
}

// The legal forms LEGAL_FORM_COMPANY and LEGAL_FORM_WORD look for, written once.
const COMPANY_FORMS = String.raw`(?:Ltd|Inc|Corp|plc|PLC|Plc|AG|NV|A\/S|ASA|Oyj|GmbH|SpA|Bhd|Tbk)`;
// A company's name before its legal form: "Novo Nordisk A/S", "Teck Resources Ltd" (p84: the model had found no name at
// the start of a line in "Novo Nordisk A/S, whose injectable …").
const LEGAL_FORM_COMPANY = new RegExp(String.raw`(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3} ${COMPANY_FORMS}\.?(?![\p{L}\p{N}\/])`, 'gu');
// What LEGAL_FORM_COMPANY needs, looked for first (its look-behind is tried at every character).
const LEGAL_FORM_WORD = new RegExp(String.raw` ${COMPANY_FORMS}\b`, 'u');
// A sentence's words before a company's name: "The", "Shares", "Rival" (`isLead` says which).
const COMPANY_LEAD = /^(?:\p{Lu}\p{Ll}* )+/u;

/**
 * Companies named with their legal form: organizations, below the model (which usually finds them, and whose span
 * then stands); the sentence's words before the name (`isLead`) are no part of it.
 */
export function findLegalFormCompanies(text: string, isLead: (word: string) => boolean): Candidate[] {
  if (!LEGAL_FORM_WORD.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(LEGAL_FORM_COMPANY)) {
    let start = match.index;
    const lead = COMPANY_LEAD.exec(match[0])?.[0] ?? '';
    for (const word of lead.split(' ')) {
      if (word === '' || !isLead(word)) break;
      start += word.length + 1;
    }
    if (start < match.index + match[0].lastIndexOf(' ')) found.push({ start, end: match.index + match[0].length, type: 'organization', kind: 'name', method: 'rule:legal-form', confidence: 0.6, priority: 1 });
  }
  return found;
}

/**
 * The one-letter platform X in the contexts that can only mean it: an organization. Once the article has
 * named the platform so, its other lone X's are the platform too, unless a capitalized word names them
 * ("Ofcom has fined Elon Musk's X £18m. Ofcom said X must now pay"; not "Generation X", "Malcolm X").
 */
export function findPlatformX(text: string): Candidate[] {
  const found: Candidate[] = [];
  const others: number[] = [];
  for (const match of text.matchAll(LONE_X)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const after = text.slice(match.index + 1, match.index + 40);
    const platform = MUSKS.test(before) || (X_AFTER_WORD.test(before) && X_ENDS_PHRASE.test(after)) || X_FORMERLY.test(after) || (X_ACCOUNT.test(after) && !NAME_BEFORE.test(before));
    if (platform) found.push(platformX(match.index));
    // Not a letter in a list of letters ("depends on X and Y", "A, B or X").
    else if (!NAME_BEFORE.test(before) && !/^[.)]?\s*\p{Lu}/u.test(after) && !LETTER_LIST_AFTER.test(after) && !LETTER_LIST_BEFORE.test(before)) others.push(match.index);
  }
  return found.length === 0 ? found : [...found, ...others.map(platformX)].sort((a, b) => a.start - b.start);
}

const MUSKS = /\bMusk['’]s $/u;
const LETTER_LIST_AFTER = /^,? (?:and|or|to|vs\.?|versus) \p{Lu}(?![\p{L}\p{N}])/u;
const LETTER_LIST_BEFORE = /(?<![\p{L}\p{N}])\p{Lu},? (?:and|or|to|vs\.?|versus) $/u;

function platformX(start: number): Candidate {
  return { start, end: start + 1, type: 'organization', kind: 'name', method: 'rule:platform-x', confidence: 0.8, priority: 2.6 };
}

// A law whose head word comes first and its subject after it, in title case: "Act Governing Relations
// between the People of the Taiwan Area and the Mainland Area", "Convention on the Rights of the Child",
// "Special Act for Strengthening Resilience of Economic, Social and National Security".
const LAW_SMALL_WORDS = new Set(['of', 'for', 'on', 'the', 'and', 'between', 'to', 'in', 'with', 'against', 'from', 'by', 'a', 'an', 'or']);
const LAW_SUBJECT_OPENER = /^(?:for|of|on|to|between|against|\p{Lu}\p{Ll}+ing)$/u;
const LAW_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*|\d{4})$/u;

// The capitalized words that end a text (before a law's head word).
const NAME_WORDS_BEFORE = new RegExp(`(?:${NAME_WORD} )+$`, 'u');
// A describing word and "and" right before a law's capitalized words: "Comprehensive and ".
const AND_WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:ive|al|ic|ous|ary|ed|ent|ant|ful|ble)) and $/u;
// A law head word followed by a word, per lexicon (compiled once).
const lawHeadPatterns = new WeakMap<Lexicon, RegExp>();

// A bill or a ballot measure by its number: "Senate Bill 4", "House Bill 1", "Assembly Bill 5", "Bill C-5", "Proposition 50".
// (And the Philippines' laws by number: "Republic Act No. 3019", p141: other.)
const NUMBERED_LAW = /(?<![\p{L}\p{N}-])(?:(?:Senate|House|Assembly) (?:Bill|Joint Resolution|Resolution)|Bill|Proposition|Prop\.|Measure|Executive Order|Republic Act|Presidential Decree|Batas Pambansa) (?:No\. )?(?:[A-Z]-)?\d{1,6}[A-Z]?(?![\p{L}\p{N}-])/gu;
// A court case by its parties (US style, "v."; "v" or "vs." where a court hears it): "Texas v. Alvarez", "Roe v. Wade",
// "Dobbs v. Jackson Women's Health Organization". Each side is up to six capitalized words, with "of", "and", "&", a
// possessive and a company's legal form among them.
// A word's final stop after two lower-case letters ends its sentence, but for a company's or a person's abbreviation.
const CASE_SIDE = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:(?<![\p{Ll}]{2}\.)|(?<=(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.)),? (?:of |and |& |for |the )*(?!(?:A|An|The|In|It|He|She|They|We|This|That|On|At)\b)\p{Lu}[\p{L}.'’-]*){0,5}`;
const CASE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${CASE_SIDE}) (v\.|vs\.|v) (${CASE_SIDE})`, 'gu');
const COURT_CONTEXT = /\b(?:court|courts|case|cases|lawsuit|suit|ruling|ruled|judgment|judgement|decision|precedent|appeal|justices|judge|hear|heard|argued|overturned|overturn|landmark|v\.)\b/iu;

// A company's name with its market in brackets before its legal form: "China Construction Bank (Asia) Corp", "Standard
// Chartered Bank (Hong Kong) Ltd".
const BRACKETED_MARKET_COMPANY = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5} \((?:Asia|Asia Pacific|Hong Kong|China|Singapore|Taiwan|Europe|International|USA|UK|Malaysia|Thailand|India|Japan|Korea|Australia|Macau|Vietnam|Indonesia|Philippines)\) (?:Corp|Corporation|Co|Company|Ltd|Limited|Inc|Bhd|Berhad|Pte Ltd|Co Ltd|Holdings|Plc|PLC)\.?(?![\p{L}\p{N}])/gu;

/** Companies named with their market in brackets (`BRACKETED_MARKET_COMPANY`): one organization, not a company, a place and a "Corp" (p104). */
export function findBracketedMarketCompanies(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(') ')) return found;
  for (const match of text.matchAll(BRACKETED_MARKET_COMPANY)) {
    const name = match[0].replace(/^(?:The|In|At|By|For|From|With|And) /u, '');
    const start = match.index + match[0].length - name.length;
    found.push({ start, end: start + name.length, type: 'organization', kind: 'name', method: 'rule:bracketed-company', confidence: 0.8, priority: 3 });
  }
  return found;
}

// A bill or an act whose name lists its subjects with commas, after "the": "the Border Security, Asylum and Immigration Bill".
const LISTED_LAW_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}`;
// (With a bracketed qualifier before its head word, no letters: "… and Other Serious Crimes (Confiscation of Benefits) Act", p134.)
const LAW_QUALIFIER = String.raw`(?: \(\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:of|and|for|on|to|the) )?\p{Lu}[\p{L}'’-]*){0,5}\))`;
const LISTED_LAW = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])the )${LISTED_LAW_WORDS}(?:, ${LISTED_LAW_WORDS}){1,4},? and ${LISTED_LAW_WORDS}${LAW_QUALIFIER}? (?:Bill|Act)(?![\p{L}\p{N}])`, 'gu');
// An act with a bracketed qualifier and its year, after "the": "the Money Laundering (Prevention and Prohibition) Act 2022" (p133: an
// other "Prohibition").
const QUALIFIED_LAW = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])the )${LISTED_LAW_WORDS}${LAW_QUALIFIER} (?:Bill|Act|Law|Ordinance|Decree)(?: \d{4})?(?![\p{L}\p{N}])`, 'gu');

/**
 * Bills and acts whose names list their subjects with commas (`LISTED_LAW`): one law each, where the model and the
 * rules had cut at the comma ("Border Security" a place, "Asylum and Immigration Bill" a law; p112); and acts with a bracketed
 * qualifier (`QUALIFIED_LAW`).
 */
export function findListedLaws(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(' Bill') && !text.includes(' Act')) return found;
  for (const match of text.matchAll(LISTED_LAW)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'law', kind: 'name', method: 'rule:law-name', confidence: 0.8, priority: 3 });
  }
  if (!text.includes(') ')) return found;
  for (const match of text.matchAll(QUALIFIED_LAW)) {
    if (found.some((c) => c.start < match.index + match[0].length && c.end > match.index)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'law', kind: 'name', method: 'rule:law-name', confidence: 0.8, priority: 3 });
  }
  return found;
}

// A body whose name lists its subjects with commas, after "the": "the Truth, Reconciliation and Reparations Commission" (p135: a
// place "Truth" and an organization "Reconciliation and Reparations Commission").
const LISTED_BODY = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])the )${LISTED_LAW_WORDS}(?:, ${LISTED_LAW_WORDS}){1,4},? and ${LISTED_LAW_WORDS} (?:Commission|Committee|Council|Authority|Agency|Board|Institute|Foundation|Corporation|Fund|Bureau|Office|Tribunal)(?![\p{L}\p{N}])`, 'gu');

/** Bodies whose names list their subjects with commas (`LISTED_BODY`), each listed word tested by `isPlace`: one organization each. */
export function findListedBodies(text: string, isPlace: (name: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(', ')) return found;
  for (const match of text.matchAll(LISTED_BODY)) {
    // (Not a list of places before a body: "the US, UK and EU Commission".)
    if (match[0].split(/, (?:and )?| and /u).slice(0, -1).some(isPlace)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'organization', kind: 'name', method: 'rule:org-name', confidence: 0.8, priority: 2.7 });
  }
  return found;
}

// A name the apposition after it says is a place: "Al-Fashir, the capital of North Darfur state" (p133: no row), "Babanusa, a town in".
const APPOSED_PLACE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2}), (?:the|a|an) (?:(?:provincial |state |regional |district |northern |southern |eastern |western |central |coastal |border |port |market |seaside |garrison |frontline |front-line |besieged |embattled )?(?:capital|city|town|village|port|county seat|township|suburb|district|province|region|island|hometown|home town)) (?:of|in|near|on|north of|south of|east of|west of)(?![\p{L}])/gu;

/** Places an apposition names (`APPOSED_PLACE`): below the model's span, which may be longer or know better. */
export function findApposedPlaces(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(', ')) return found;
  for (const match of text.matchAll(APPOSED_PLACE)) {
    found.push({ start: match.index, end: match.index + match[1]!.length, type: 'place', kind: 'name', method: 'rule:apposed-place', confidence: 0.7, priority: 2.4 });
  }
  return found;
}

// A name between a list's comma and its next item: "Taipei, New Taipei City, Taoyuan and Kaohsiung" (p138: the model left Taoyuan out).
const LISTED_PLACE = /(?<=, )(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?=(?:,| and|, and) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))/gu;

/**
 * Places the lists know inside a list of places, where the next item is a known place too (`LISTED_PLACE`): below the model's
 * span, which may be longer or know better; a gap's filler.
 */
export function findListedPlaces(text: string, isPlace: (name: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(', ')) return found;
  for (const match of text.matchAll(LISTED_PLACE)) {
    if (!isPlace(match[1]!) || !isPlace(match[2]!)) continue;
    found.push({ start: match.index, end: match.index + match[1]!.length, type: 'place', kind: 'name', method: 'rule:listed-place', confidence: 0.6, priority: 2.3 });
  }
  return found;
}

/** Bills and ballot measures named by their number (`NUMBERED_LAW`): laws, over the model, which leaves the number out. */
export function findNumberedLaws(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The pattern opens with a look-behind tried at every character; every match holds a digit.
  if (!/\d/u.test(text)) return found;
  for (const match of text.matchAll(NUMBERED_LAW)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'law', kind: 'name', method: 'rule:law-name', confidence: 0.8, priority: 3 });
  }
  return found;
}

/**
 * Court cases named by their parties (`CASE_NAME`): one name, a law (news rule 4: MISC), over its parties' names
 * (p104: "Texas v. Alvarez" had been Texas and a person). With "v" or "vs." only where the sentence speaks of a court:
 * "England v Australia" and "Lakers vs. Celtics" are matches.
 */
export function findCaseNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/ vs?\.? \p{Lu}/u.test(text)) return found;
  for (const match of text.matchAll(CASE_NAME)) {
    const left = match[1]!;
    if (match[2] !== 'v.' && !COURT_CONTEXT.test(sentenceAround(text, match.index, match.index + match[0].length))) continue;
    const start = match.index + left.length - trimmedSide(left).length;
    found.push({ start, end: match.index + match[0].length - (match[3]!.length - caseSideEnd(match[3]!)), type: 'law', kind: 'name', method: 'rule:case-name', confidence: 0.8, priority: 3 });
  }
  return found;
}

/** The text of the sentence around `start..end`, up to 120 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  const stop = /.*[.!?]\s/su.exec(before);
  const after = text.slice(end, end + 120);
  const next = /[.!?](?:\s|$)/u.exec(after);
  return before.slice(stop ? stop[0].length : 0) + text.slice(start, end) + (next ? after.slice(0, next.index) : after);
}

// Capitalized words that open a sentence before a case's first party: "In Roe v. Wade", "After Dobbs v. Jackson …".
const CASE_OPENER = /^(?:(?:In|The|At|On|For|After|Under|Since|From|By|With|When|While|As|Before|Following|Unlike|Like|Until|Citing|And|But|Both|Its|His|Her|Their) )+/u;

/** A case's first party without the capitalized words that open its sentence ("In Roe" is Roe). */
function trimmedSide(side: string): string {
  return side.replace(CASE_OPENER, '');
}

/** Where a case's second party ends: before a possessive ("Wade's") or the sentence's stop ("Jones."), but for an abbreviation's ("Google Inc."). */
function caseSideEnd(side: string): number {
  const possessive = /['’]s?$/u.exec(side);
  if (possessive) return possessive.index;
  return side.endsWith('.') && !/(?:Inc|Corp|Ltd|Co|Jr|Sr|\p{Lu}\.\p{Lu})\.$/u.test(side) ? side.length - 1 : side.length;
}

/**
 * Laws named head first ("Act …", "Convention on …"): the capitalized words before the head and the
 * title-case subject after it, small words inside, a comma only inside a list closed by "and"
 * ("Economic, Social and National Security"). Not on a line written in title case (a headline's words
 * would all read as the law's). Typed law, above the model, which cuts such names into pieces.
 */
export function findHeadFirstLaws(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  let pattern = lawHeadPatterns.get(lexicon);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...lexicon.lawHeads].join('|')}) (?=\\p{L})`, 'gu');
    lawHeadPatterns.set(lexicon, pattern);
  }
  for (const match of text.matchAll(pattern)) {
    const words = [...text.slice(match.index + match[0].length, match.index + 400).matchAll(/[^\s]+/gu)];
    if (words.length === 0 || !LAW_SUBJECT_OPENER.test(words[0]![0].replace(/,$/u, ''))) continue;
    let end = -1;
    let gap = 0;
    for (let i = 0; i < words.length; i++) {
      const raw = words[i]![0];
      const at = match.index + match[0].length + words[i]!.index;
      // Words follow one another across single spaces only.
      if (i > 0 && at - gap !== 1) break;
      gap = at + raw.length;
      const comma = raw.endsWith(',');
      const word = comma ? raw.slice(0, -1) : raw.replace(/[.;:!?)"”’]+$/u, '');
      if (LAW_SMALL_WORDS.has(word) && word === raw) continue;
      if (!LAW_WORD.test(word) || CALENDAR_WORDS.test(word)) break;
      end = at + word.length;
      if (word !== raw && !comma) break;
      // A year ends the name: "Trade Expansion Act of 1962" (and Section 301 …).
      if (/^\d{4}$/u.test(word)) break;
      // A comma continues the name only into a list of capitalized words that "and" closes.
      if (comma && !/^(?: \p{Lu}[\p{L}-]*,)* \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)* and \p{Lu}/u.test(text.slice(end + 1, end + 200))) break;
    }
    if (end < 0) continue;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!line.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !LAW_SMALL_WORDS.has(w))) continue;
    const before = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index));
    let start = match.index - (before?.[0].length ?? 0);
    // "Comprehensive and Progressive Agreement for …": a describing word joined by "and" (not a place's:
    // "the Japan and Korea Agreement" is two countries' agreement).
    const joined = before ? AND_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (joined && !lexicon.places.has(joined[1]!) && !lexicon.demonyms.has(joined[1]!)) start -= joined[0].length;
    const article = /^(?:The|A|An) /u.exec(text.slice(start, match.index));
    if (article) start += article[0].length;
    found.push({ start, end, type: 'law', kind: 'name', method: 'rule:law-name', confidence: 0.8, priority: 3 });
  }
  return found;
}

// A dateline: a place in capitals opening a line, an optional country, the agency in parentheses and a dash
// ("THE HAGUE, Netherlands (AP) —", "TAIPEI (CNA) -").
const DATELINE_PLACE = String.raw`[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}`;
// Kyodo writes its name without brackets: "TOKYO, Dec. 6 Kyodo -".
// Bloomberg's stories open with the agency alone: "(Bloomberg) -- Shares of …".
// A press release's wire between slashes, after its state and date: "SAN JOSE, Calif., Nov. 12, 2026 /PRNewswire/ --" (p92).
const DATELINE = new RegExp(String.raw`(?<=^|\n)(?:(${DATELINE_PLACE}(?:/${DATELINE_PLACE}){0,3})(?:, [\p{L}\p{N} .]{1,30}){0,3} (?:\(([^()\n]{1,40})\)|(${BARE_AGENCY})|\/(\p{Lu}[\p{L}\p{N} .&-]{1,30})\/)|\(([^()\n]{1,40})\)) ?(?:[—–]|--?) `, 'gu');

/**
 * Datelines as places, below the model (which finds most of them and types "BEIJING" by its own light),
 * each of two cities ("TOKYO/HONG KONG (Bloomberg) —"), and the agency in brackets an organization, above
 * the model (which had read "(Bloomberg)" as a place); with where the agencies' brackets open, which hold no
 * acronym of the country before them ("SYDNEY, Australia (AP) —"; see `findPairs`).
 */
export function findDatelines(text: string): { found: Candidate[]; brackets: Set<number>; dates: { start: number; end: number }[] } {
  const found: Candidate[] = [];
  const brackets = new Set<number>();
  const dates: { start: number; end: number }[] = [];
  for (const match of text.matchAll(DATELINE)) {
    let start = match.index;
    for (const place of match[1]?.split('/') ?? []) {
      found.push({ start, end: start + place.length, type: 'place', kind: 'name', method: 'rule:dateline', confidence: 0.7, priority: 2.4 });
      start += place.length + 1;
    }
    // The date after the place holds no name: "TAIPEI, Dec 5 (Reuters) -" had made "5" an organization, "Jan 9" a person (p86).
    if (match[1] !== undefined && /^, [\p{L}.]+ \p{N}/u.test(text.slice(start - 1, start + 32))) {
      const date = /^, ([^(\n]*?) (?=\(|\p{Lu}+ ?(?:[—–]|--?) )/u.exec(text.slice(start - 1, match.index + match[0].length));
      if (date) dates.push({ start: start + 1, end: start + 1 + date[1]!.length });
    }
    if (match[2] !== undefined) brackets.add(match.index + match[0].lastIndexOf(`(${match[2]})`));
    const agency = match[2] ?? match[3] ?? match[4] ?? match[5]!;
    const at = match.index + match[0].lastIndexOf(agency);
    if (/^\p{Lu}[\p{L}&.'’ -]*$/u.test(agency) && !/\d/u.test(agency)) {
      found.push({ start: at, end: at + agency.length, type: 'organization', kind: 'name', method: 'rule:dateline', confidence: 0.7, priority: 2.6 });
    }
  }
  return { found, brackets, dates };
}

// A ship: a navy's prefix and the name after it ("USS Gerald R. Ford", "HMS Queen Elizabeth", "ROCS Ma Kong").
// Prefixes that are also other acronyms (INS, JS) are left out.
const SHIP = /(?<![\p{L}\p{N}])(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|ROCS|ROKS|BRP)(?: \p{Lu}[\p{L}\p{N}.'’-]*){1,4}/gu;
// What SHIP needs, looked for first.
const SHIP_PREFIX = /(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|ROCS|ROKS|BRP) /u;

/** Ships named with their navy's prefix: products (other), the prefix included, above the model; a title ends the name. */
export function findShips(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  // SHIP and NUMBERED_SHIP open with a look-behind tried at every character: each runs only where its prefix is.
  for (const match of SHIP_PREFIX.test(text) ? text.matchAll(SHIP) : []) {
    const kept: string[] = [];
    for (const [i, word] of match[0].split(' ').entries()) {
      if (i > 1 && lexicon.titles.has(word.toLowerCase())) break;
      // A full stop after a word ends the sentence ("… Ford. Then"); after an initial it is the initial's ("R.").
      if (/\p{L}{2}\.$/u.test(word)) {
        kept.push(word.slice(0, -1));
        break;
      }
      kept.push(word);
    }
    const name = kept.join(' ');
    found.push({ start: match.index, end: match.index + name.length, type: 'other', kind: 'name', method: 'rule:ship', confidence: 0.8, priority: 2.6 });
  }
  for (const match of KIND_OF_SHIP.test(text) ? text.matchAll(SHIP_AFTER_KIND) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'other', kind: 'name', method: 'rule:ship', confidence: 0.7, priority: 2.6 });
  }
  for (const match of NUMBERED_SHIP_CLASS.test(text) ? text.matchAll(NUMBERED_SHIP) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'other', kind: 'name', method: 'rule:ship', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// Who a name is known to, between "known" and "as", and the verbs that give a nickname: `known to fans as "Hitman"`,
// `nicknamed "Txingurri"` (p90). One source for extract's `KNOWN_AS_AFTER` and resolve's `KNOWN_AS`.
export const KNOWN_TO = String.raw`(?:\s+(?:to|by|among)\s+(?:his\s+|her\s+|their\s+)?(?:fans|supporters|friends|colleagues|followers|teammates|locals|many))?`;
export const NICKNAMED = 'nicknamed|dubbed';

// A line of a results table: two sides and the score between them ("Celtic 3-0 Rangers", "Brighton & Hove Albion 1-1
// Crystal Palace"), maybe a note in brackets after it ("(aet)"). Each side is a team: one organization each.
// (No number in a side's name: a golf card's or a bowler's figures after a name are no club's, "Davis 71 73".)
const TABLE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:&|\p{Lu}[\p{L}.'’-]*)){0,4}`;
const SCORE_LINE = new RegExp(String.raw`^(${TABLE_NAME}) \d{1,2} ?[-–] ?\d{1,2} (${TABLE_NAME})(?= ?(?:\([^()\n]{1,20}\))?[ \t]*$)`, 'gmu');
// A line of a price table: a company, its price and its change, signed or in percent ("Keyence 61,200 +0.4%", "TSMC
// 1,085 -5"); not two bare numbers (a golfer's rounds, "Mark Davis 71 73", or a firm's results, "Net Income 821 512").
const PRICE_LINE = new RegExp(String.raw`^(${TABLE_NAME}) \d{1,3}(?:,\d{3})*(?:\.\d+)? (?:[+\-−–]\d+(?:\.\d+)?%?|\d+(?:\.\d+)?%)[ \t]*$`, 'gmu');
const TABLE_NUMBERS = /\d ?[-–] ?\d|\d [+\-−–]?\d|\p{L} \d{1,2} \p{Lu}/u;
// A results line that writes each side's score after it, the scorers and their minutes in brackets: "Sharjah 2 Al Wahda 1
// (aet; Camara 23, Caio Lucas 108; Ali Saleh 67)" (p141: clubs read as people, scorers as organizations).
const RESULT_LINE = new RegExp(String.raw`^(${TABLE_NAME}) \d{1,2} (${TABLE_NAME}) \d{1,2}(?: \(([^()\n]{1,200})\))?[ \t]*$`, 'gmu');
const SCORER = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) \d{1,3}(?:\+\d{1,2})?['’]?(?: (?:pen|og|o\.g\.))?(?=[,;)]|$)/gu;

/**
 * The two teams of each line of a results table and the company of each line of a price table (p92: the model had read
 * "Sociedad" a person, "Albion" a place and "Keyence 61,200 +0.4" a person).
 */
export function findTableRows(text: string, isPlace: (name: string) => boolean = () => false): Candidate[] {
  const found: Candidate[] = [];
  if (!TABLE_NUMBERS.test(text)) return found;
  const side = (start: number, name: string) => found.push({ start, end: start + name.length, type: 'organization', kind: 'name', method: 'rule:table-row', confidence: 0.8, priority: 2.6 });
  for (const match of text.matchAll(SCORE_LINE)) {
    side(match.index, match[1]!);
    side(match.index + match[0].length - match[2]!.length, match[2]!);
  }
  // (A side a place names is left to the model: a country's team is a place, as CoNLL labels "Japan 2 Syria 1".)
  for (const match of text.matchAll(RESULT_LINE)) {
    if (!isPlace(match[1]!)) side(match.index, match[1]!);
    const second = match.index + match[0].indexOf(` ${match[2]!} `, match[1]!.length) + 1;
    if (!isPlace(match[2]!)) side(second, match[2]!);
    const scorers = match[3];
    if (scorers === undefined) continue;
    const from = match.index + match[0].lastIndexOf(`(${scorers})`) + 1;
    for (const scorer of scorers.matchAll(SCORER)) {
      found.push({ start: from + scorer.index, end: from + scorer.index + scorer[1]!.length, type: 'person', kind: 'name', method: 'rule:table-row', confidence: 0.8, priority: 2.6 });
    }
  }
  for (const match of text.matchAll(PRICE_LINE)) side(match.index, match[1]!);
  return found;
}

// A league and a club it ranks: "La Liga leaders Barcelona", "Premier League leaders Arsenal", "Serie A champions Napoli"
// (p90: the model had read the first a place, "Arsenal" a person). Both are organizations.
const COMPETITION = String.raw`(?:\p{Lu}[\p{L}.'’-]* ){0,2}(?:League|Liga|Serie A|Bundesliga|Ligue 1|Eredivisie|Premiership|Championship|Conference|Division|Super League|NBA|NFL|NHL|MLS|MLB|IPL|A-League|J-League|K League)`;
const RANKED_CLUB = new RegExp(String.raw`(?<![\p{L}\p{N}])(${COMPETITION}) (?:leaders|champions|title holders|holders|strugglers|newcomers|giants|rivals|leaders and champions|side|outfit|club|runners-up|bottom club|pacesetters) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}])`, 'gu');
const RANKED_WORDS = / (?:leaders|champions|holders|strugglers|newcomers|giants|rivals|side|outfit|club|runners-up|pacesetters) \p{Lu}/u;

/** The league and the club of "La Liga leaders Barcelona": two organizations. */
export function findRankedClubs(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!RANKED_WORDS.test(text)) return found;
  for (const match of text.matchAll(RANKED_CLUB)) {
    const club = match.index + match[0].length - match[2]!.length;
    found.push({ start: match.index, end: match.index + match[1]!.length, type: 'organization', kind: 'name', method: 'rule:ranked-club', confidence: 0.8, priority: 2.6 });
    found.push({ start: club, end: club + match[2]!.length, type: 'organization', kind: 'name', method: 'rule:ranked-club', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// Brands after what names them as products: "sold as Leqembi", "the Danish maker of Wegovy and Ozempic", "marketed
// under the brand name Zepbound" (p90, p94: the model had read them as organizations, "Wegovy and Ozempic" as one).
const BRAND_WORD = String.raw`\p{Lu}[\p{L}\p{N}-]*`;
const BRANDS_AFTER = new RegExp(String.raw`(?<=\b(?:makers? of|sold as|marketed as|branded as|sold under the (?:brand )?names?|marketed under the (?:brand )?names?|under the brand names?) )(${BRAND_WORD})(?:(?:,| and| or|, and) (${BRAND_WORD}))?(?:(?:,| and| or|, and) (${BRAND_WORD}))?(?![\p{L}\p{N}])`, 'gu');
const SOLD_AS_BEFORE = /(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}\p{N}-]+(?=, (?:sold|marketed|branded) as )/gu;
const BRAND_CUE = /(?:makers? of|sold as|marketed|branded as|brand names?) \p{Lu}/u;

/** The brands a sentence names as products: each is a product (other), not the company that makes it. */
export function findBrands(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!BRAND_CUE.test(text)) return found;
  // The drug or product so sold, before it: "Lecanemab, sold as Leqembi".
  for (const match of text.matchAll(SOLD_AS_BEFORE)) found.push({ start: match.index, end: match.index + match[0].length, type: 'other', kind: 'name', method: 'rule:brand', confidence: 0.7, priority: 2.6 });
  for (const match of text.matchAll(BRANDS_AFTER)) {
    let at = match.index;
    for (const brand of [match[1], match[2], match[3]]) {
      if (brand === undefined) continue;
      const start = text.indexOf(brand, at);
      found.push({ start, end: start + brand.length, type: 'other', kind: 'name', method: 'rule:brand', confidence: 0.7, priority: 2.6 });
      at = start + brand.length;
    }
  }
  return found;
}

// A product's model code before what it is: "Nvidia's H20 chips", "the B200 accelerators", "its Dimensity 9500 processor".
const PRODUCT_CODE = /(?<![\p{L}\p{N}.-])(?:\p{Lu}{1,3}\d{2,4}[A-Z]?|\p{Lu}\p{Ll}{3,} \d{3,5})(?= (?:AI )?(?:chips?|chipsets?|processors?|GPUs?|accelerators?|smartphones?|handsets?|tablets?|laptops?)(?![\p{L}\p{N}]))/gu;

// What PRODUCT_CODE needs after the code, and what PRODUCT_LINE opens with.
const PRODUCT_KIND = / (?:AI )?(?:chip|processor|GPU|accelerator|smartphone|handset|tablet|laptop)/u;
const PRODUCT_LINE_WORD = /iPhone|iPad|MacBook|AirPods|Apple Watch|Galaxy|Pixel|PlayStation/u;

// A device line and its model: "iPhone 17 Pro", "iPhone Air", "Galaxy S25 Ultra", "Pixel 10", "PlayStation 5".
const PRODUCT_VARIANT = String.raw`(?: (?:Pro|Max|Plus|Air|Ultra|mini|Mini|Fold\d?|Flip\d?|Edge|Lite|FE|SE))*`;
const PRODUCT_LINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:iPhone|iPad|MacBook|AirPods|Apple Watch)(?: \d{1,2}[a-z]?)?${PRODUCT_VARIANT}|(?:Galaxy (?:[SAZ]\d{1,2}|Z (?:Fold|Flip)\d?|Tab S\d{1,2})|Pixel \d{1,2}[a-z]?|PlayStation \d)${PRODUCT_VARIANT})(?![\p{L}\p{N}])`, 'gu');

// An aircraft's or a weapon's designation with its block, or before what it is: "F-16V Block 70", "F-35 jets", "MQ-9 drones".
const AIRCRAFT = /(?<![\p{L}\p{N}-])[A-Z]{1,3}-\d{1,3}[A-Z]{0,2}(?: Block \d{1,3}|(?= (?:jets?|fighters?|aircraft|drones?|bombers?|helicopters?|tanks?|trainers?|warplanes?)\b))/gu;

/**
 * Products named by their model code before their kind, and device lines with their models: other, above
 * the model (which reads "H200" as a person, and "Pro" of "iPhone 17 Pro" as a name of its own).
 */
export function findProductCodes(text: string): Candidate[] {
  // Each pattern opens with a look-behind tried at every character: a pattern runs only where its words are.
  const matches = [
    ...(PRODUCT_KIND.test(text) ? text.matchAll(PRODUCT_CODE) : []),
    ...(PRODUCT_LINE_WORD.test(text) ? text.matchAll(PRODUCT_LINE) : []),
    ...(/[A-Z]-\d/u.test(text) ? text.matchAll(AIRCRAFT) : []),
  ];
  return matches.map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'other' as const, kind: 'name' as const, method: 'rule:product', confidence: 0.7, priority: 2.6 }));
}

// China's coast guard and survey ships go by a class word and a hull number: "Haijing 14609", "Xiang Yang Hong 10".
const NUMBERED_SHIP = /(?<![\p{L}\p{N}])(?:Haijing|Haixun|Xiang Yang Hong|Xiangyanghong) \d{1,5}(?![\p{L}\p{N}])/gu;
// What NUMBERED_SHIP needs, looked for first.
const NUMBERED_SHIP_CLASS = /(?:Haijing|Haixun|Xiang Yang Hong|Xiangyanghong) \d/u;

// A ship named after its kind, without a navy's prefix: "the aircraft carrier Shandong", "the destroyer
// Nanchang", "the tanker Eagle S", "the Togo-flagged Hong Tai 58" (p84: a person; China names carriers after provinces:
// no province here). Not "the
// carrier" alone, which is also an airline; one or two words, not a sentence's next word.
const SHIP_AFTER_KIND = new RegExp(String.raw`(?<=(?:-flagged|\b(?:aircraft carrier|destroyer|frigate|corvette|cruiser|submarine|warship|assault ship|amphibious ship|coast guard cutter|cutter|patrol vessel|patrol ship|patrol boat|coast guard vessel|oil tanker|tanker|container ship|cargo ship)) )(?!(?:${CALENDAR_WORD})\b)\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+)?)?(?: \d{1,4})?(?![\p{L}\p{N}'’-])(?! (?:vessel|ship|tanker|freighter|boat|carrier|trawler|cargo|container|bulk|oil|gas|fishing)\b)`, 'gu');

// The last word of every kind SHIP_AFTER_KIND names, and its space: looked for first, as that pattern's look-behind is tried at every character.
const KIND_OF_SHIP = /(?:carrier|destroyer|frigate|corvette|cruiser|submarine|ship|cutter|vessel|boat|tanker|-flagged) /u;

// A body named for its members, a plural's possessive before its head: "the Workers' Party of Korea", "West Kowloon
// Magistrates' Courts", "the Teachers' Union" (p84: the model had found "Korea" alone, and "West Kowloon Magistrates" a place).
const MEMBERS_INSTITUTION = /(?<![\p{L}\p{N}'’.-])(?:\p{Lu}[\p{L}-]+ ){0,3}\p{Lu}\p{Ll}+s['’] (?:Party|Union|Unions|Association|Court|Courts|Council|Federation|Alliance|Congress|Front|League|Movement|Bank|Committee|Fund|Institute)(?![\p{L}\p{N}'’-])(?: of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})?/gu;
// What MEMBERS_INSTITUTION needs, looked for first (its look-behind is tried at every character).
const PLURAL_POSSESSIVE = /\p{Ll}s['’] \p{Lu}/u;
// Words that open a sentence or a phrase, not such a name: "The Workers' Party", "In Teachers' Union …".
const MEMBERS_LEAD = /^(?:(?:The|A|An|In|On|At|For|From|With|By|As|And|But|Both|Its|Their|His|Her) )+/u;

/** Bodies named for their members ("the Workers' Party of Korea"): organizations, above the model. */
export function findMembersInstitutions(text: string): Candidate[] {
  if (!PLURAL_POSSESSIVE.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(MEMBERS_INSTITUTION)) {
    const lead = MEMBERS_LEAD.exec(match[0])?.[0].length ?? 0;
    found.push({ start: match.index + lead, end: match.index + match[0].length, type: 'organization', kind: 'name', method: 'rule:institution', confidence: 0.8, priority: 2.6 });
  }
  return found;
}

// A named military exercise: a quoted name, or a name ending in its year, before "exercises" or
// "drills" ("the “Justice Mission 2025” exercises", "Strait Thunder-2025A drills"). Unquoted names
// without a year are left to the model and to the type check in extract.ts ("the Navy drills").
const EXERCISE_WORDS = String.raw`(?:(?:military|joint|naval|live-fire|large-scale) )?(?:exercises?|drills?|war games)\b`;
// What both patterns need after the name (looked for first: they are tried at every character).
const EXERCISE_WORD = /exercise|drill|war games/u;
// At most six words, so a long capitalized run costs a bounded scan from each of its words.
const QUOTED_EXERCISE = new RegExp(String.raw`(?<=["“])\p{Lu}[\p{L}\p{N}]*(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}]*){0,5}(?=["”],? ${EXERCISE_WORDS})`, 'gu');
const DATED_EXERCISE = new RegExp(String.raw`(?<![\p{L}\p{N}"“-])\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,4}[ -]\d{4}[A-Z]?(?= ${EXERCISE_WORDS})`, 'gu');

/** Named military exercises: events (other), above the model's spans over them. */
export function findExercises(text: string): Candidate[] {
  if (!EXERCISE_WORD.test(text)) return [];
  return [...text.matchAll(QUOTED_EXERCISE), ...text.matchAll(DATED_EXERCISE)].map((match) => ({
    start: match.index, end: match.index + match[0].length, type: 'other' as const, kind: 'name' as const, method: 'rule:exercise', confidence: 0.8, priority: 2.6,
  }));
}

// A capitalized word with a capital inside ("SpaceX", "ByteDance", "ChatGPT", "YouTube"): the way
// today's companies and products are written, and rarely anything else. Not a name's particle
// ("McDonald", "DeSantis"), a degree ("PhD") or a pair of months ("JulAug" in a table).
const CAMEL_CASE = /(?<![\p{L}\p{N}'’.#＃@-])\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]*)+(?![\p{L}\p{N}'’-])/gu;
const NOT_CAMEL_NAME = /^(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}|Ph[DdB]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec){2}$)/u;

/** Capitalized words with a capital inside that nothing else found: organizations, below the model's spans. */
export function findCamelCaseNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CAMEL_CASE)) {
    if (match[0].length > 40 || NOT_CAMEL_NAME.test(match[0])) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'organization', kind: 'name', method: 'rule:camel-case', confidence: 0.5, priority: 1 });
  }
  return found;
}

// A place before a compound's suffix: "the Iran-aligned Houthis", "the United Arab Emirates-backed council".
const PLACE_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})(?=(-\p{Ll}+)(?![\p{L}\p{N}-]))/gu;

/** The place of a compound the model did not tag ("Iran-aligned"), when the gazetteer knows it; above a demonym inside it ("Arab"). */
export function findPlaceCompounds(text: string, isKnownPlace: (name: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(PLACE_COMPOUND)) {
    if (!COMPOUND_SUFFIX.test(match[2]!)) continue;
    const end = match.index + match[1]!.length;
    // The longest known place that ends at the hyphen: "United Arab Emirates", not "The Iran" but "Iran".
    const words = match[1]!.split(' ');
    const k = words.findIndex((_, i) => isKnownPlace(words.slice(i).join(' ')));
    if (k < 0) continue;
    const start = end - words.slice(k).join(' ').length;
    found.push({ start, end, type: 'place', kind: 'name', method: 'rule:compound', confidence: 0.7, priority: 2.4 });
  }
  return found;
}

// A place's name of hyphenated parts with a French, Spanish or Portuguese particle: "Croix-des-Bouquets", "Saint-Jean-de-Luz".
const PARTICLED_PLACE = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-(?:\p{Lu}\p{Ll}+|des|de|du|la|le|les|en|sur|sous|lès|do|da|dos|das|del))*-(?:des|de|du|la|le|les|en|sur|sous|lès|do|da|dos|das|del)-\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}'’-])/gu;

/** The places the gazetteer knows written with a particle between hyphens, which the model reads as no name (p130: "Croix-des-Bouquets"). */
export function findParticledPlaces(text: string, isKnownPlace: (name: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  if (!/-(?:des|de|du|la|le|les|en|sur|sous|lès|do|da|dos|das|del)-/u.test(text)) return found;
  for (const match of text.matchAll(PARTICLED_PLACE)) {
    if (isKnownPlace(match[0])) found.push({ start: match.index, end: match.index + match[0].length, type: 'place', kind: 'name', method: 'rule:known-place', confidence: 0.7, priority: 2.4 });
  }
  return found;
}

/** Nationality and group adjectives (`Ukrainian`, `Taiwanese`): CoNLL's MISC, our `other`. */
export function findDemonyms(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu)) {
    if (!lexicon.demonyms.has(match[0])) continue;
    // A place the word opens is the place: "South Australia, Western Australia and the Northern Territory" (p142: "Western" alone).
    const next = / (\p{Lu}\p{Ll}+)/uy;
    next.lastIndex = match.index + match[0].length;
    const after = next.exec(text);
    if (after && lexicon.places.has(`${match[0]} ${after[1]}`)) {
      found.push({ start: match.index, end: match.index + match[0].length + after[0].length, type: 'place', kind: 'name', method: 'rule:known-place', confidence: 0.7, priority: 2.4 });
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, type: 'other', kind: 'name', method: 'rule:demonym', confidence: 0.7, priority: 1 });
  }
  return found;
}

// Words a full name adds to the name it goes by: "Huawei" + " Technologies Co", "Evergreen" + " Marine Corp", "NasDem" + " Party".
export const COMPANY_WORDS = /^(?:Party|Platforms|Insurance|Life|Securities|Capital|Investment|Investments|Finance|Assurance|Shipbuilding|Construction|Properties|Computer|Computers|Software|Networks|Communications|Entertainment|Chemical|Chemicals|Foods|Motor|Auto|Automotive|Resources|Mining|Minerals|Metals|Pharma|Pharmaceutical|Labs|Bank|Technologies|Technology|Co|Co\.|Corp|Corp\.|Corporation|Company|Inc|Inc\.|Ltd|Ltd\.|Limited|Group|Holdings|Holding|Industries|Industrial|Industry|International|Motors|Electronics|Semiconductor|Semiconductors|Marine|Shipping|Lines|Transport|Transportation|Airlines|Airways|Financial|Petrochemical|Plastics|Materials|Steel|Telecom|Pharmaceuticals|Systems|Energy|Precision|Enterprise|Enterprises|Solutions|Services|Diagnostics|LLC|LP|Bhd|Pte|Therapeutics|Biosciences|Robotics|Aerospace|Logistics|Biotech|Biotechnology|Petroleum|SE|AG|SA|S\.A\.|NV|N\.V\.|plc|PLC|Plc|ASA|AB|Oyj|GmbH|&)$/u;

/**
 * A company's name alone where the article names it in full ("Cognizant shares rose" after "Cognizant Technology
 * Solutions Corp"): the full name's first word, when the rest is company words only, found as a word anywhere (the
 * model drops a sentence's first word it has not seen). Not a word `isOther` says is something else (a place).
 */
export function findCompanyParts(tokens: readonly { text: string; start: number; end: number }[], organizations: string[], isOther: (word: string) => boolean, titles: ReadonlySet<string> = new Set()): Candidate[] {
  const parts = new Set<string>();
  // Two romanized words before the company words are the name the company goes by ("Hua Nan" of "Hua Nan Financial
  // Holdings Co.", "Shin Kong" of "Shin Kong Financial Holding Co."): the model reads them as a person's.
  const pairs = new Set<string>();
  for (const name of organizations) {
    const nameWords = words(name);
    if (nameWords.length >= 2 && /^\p{Lu}[\p{L}\p{N}]{2,}$/u.test(nameWords[0]!) && nameWords.slice(1).every((w) => COMPANY_WORDS.test(w)) && !isOther(nameWords[0]!)) parts.add(nameWords[0]!);
    // After its city: "Biren" of "Shanghai Biren Technology" (p96).
    // (Not an English word: "Drilling" of "Houston Drilling Co" would be every sentence's "Drilling activity …".)
    if (nameWords.length >= 3 && isOther(nameWords[0]!) && /^\p{Lu}[\p{L}\p{N}]{2,}$/u.test(nameWords[1]!) && !COMPANY_WORDS.test(nameWords[1]!) && !isOther(nameWords[1]!) &&
      !isVocabularyWord(nameWords[1]!.toLowerCase()) && nameWords.slice(2).every((w) => COMPANY_WORDS.test(w))) parts.add(nameWords[1]!);
    if (nameWords.length >= 3 && nameWords.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !COMPANY_WORDS.test(w)) && nameWords.slice(2).every((w) => COMPANY_WORDS.test(w)) &&
      nameWords.slice(2).some((w) => !/^(?:&|International|Group)$/u.test(w))) pairs.add(`${nameWords[0]} ${nameWords[1]}`);
  }
  if (parts.size === 0 && pairs.size === 0) return [];
  const found: Candidate[] = [];
  const firsts = firstWords(pairs);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    // Alone: not inside a longer name ("Texas Instruments Japan Ltd.", "CS First Boston", "Gold Fields' Kloof").
    // Nor before a legal form, which the full name has ("Anglo American" + " plc", p84).
    const alone = (word: string | undefined) => word === undefined || (!/^[\p{Lu}'’&]/u.test(word) && !COMPANY_WORDS.test(word));
    if (next !== undefined && next.start === token.end + 1 && mayOpenPair(firsts, token.text) && pairs.has(`${token.text} ${next.text}`) && alone(tokens[i + 2]?.text) && alone(tokens[i - 1]?.text)) {
      found.push({ start: token.start, end: next.end, type: 'organization', kind: 'name', method: 'rule:name-part', confidence: 0.7, priority: 2.6 });
    }
    if (!parts.has(token.text) || tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') return;
    // A title's last word after the capitalized word before it is the title's: "Attorney General", not General Motors.
    const before = tokens[i - 1];
    if (titles.has(token.text.toLowerCase()) && before !== undefined && before.end + 1 === token.start && /^\p{Lu}/u.test(before.text)) return;
    found.push({ start: token.start, end: token.end, type: 'organization', kind: 'name', method: 'rule:name-part', confidence: 0.7, priority: 0.9 });
  });
  return found;
}

/** The first words of `pairs`, each two words joined by a space (`words` of a name: no whitespace inside a word). */
function firstWords(pairs: ReadonlySet<string>): Set<string> {
  return new Set([...pairs].map((pair) => pair.slice(0, pair.indexOf(' '))));
}

/**
 * False when a token and the next, joined by a space, cannot be one of the pairs whose first words are `firsts`: asked at
 * every token before the join (a token that held a space itself could still make one).
 */
function mayOpenPair(firsts: ReadonlySet<string>, word: string): boolean {
  return firsts.has(word) || word.includes(' ');
}

/**
 * Later uses of part of a person's name already found in the article: the family name, which is
 * the first word of a name with a hyphenated given name ("Ho" of "Ho Jen-chieh") and the last otherwise,
 * and `surnames`, family names the article gives alone ("surnamed Kao (高)").
 * Works on the article's tokens, one set lookup a token.
 */
export function findNameParts(tokens: readonly { text: string; start: number; end: number }[], people: string[], surnames: string[] = []): Candidate[] {
  const parts = new Set<string>(surnames.filter((s) => /^\p{Lu}\p{L}/u.test(s)));
  // The last two words of a longer name are a name of their own: "Suu Kyi" of "Aung San Suu Kyi".
  const pairs = new Set<string>();
  for (const person of people) {
    const nameWords = words(person);
    if (nameWords.length < 2) continue;
    const hyphenatedGiven = /-/u.test(nameWords[nameWords.length - 1]!);
    const part = hyphenatedGiven ? nameWords[0]! : nameWords[nameWords.length - 1]!;
    // (Nor a month a byline ran into a name: "Tahir Naseer Published December", p132.)
    if (/^\p{Lu}\p{L}/u.test(part) && !NOT_FAMILY_NAMES.has(part) && !CALENDAR_NOT_FAMILY.test(part)) parts.add(part);
    const pair = nameWords.slice(-2);
    if (nameWords.length >= 3 && !hyphenatedGiven && pair.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) pairs.add(pair.join(' '));
  }
  const found: Candidate[] = [];
  if (parts.size === 0) return found;
  const firsts = firstWords(pairs);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (pairs.size > 0 && next && next.start === token.end + 1 && mayOpenPair(firsts, token.text) && pairs.has(`${token.text} ${next.text}`)) {
      found.push({ start: token.start, end: next.end, type: 'person', kind: 'name', method: 'rule:name-part', confidence: 0.7, priority: 0.9 });
    }
    if (!parts.has(token.text)) return;
    // "Ho" inside "Ho-Chi" is not Ho: a hyphen touching the token makes it part of another word.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((before?.text === '-' && before.end === token.start) || (after?.text === '-' && after.start === token.end)) return;
    found.push({ start: token.start, end: token.end, type: 'person', kind: 'name', method: 'rule:name-part', confidence: 0.7, priority: 0.9 });
  });
  return found;
}

// (Not a Japanese name's kanji beside its kana: "玉城デニー" is no Chinese name 玉城.)
const HAN_RUN = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC])\p{Script=Han}{2,40}(?:${NAME_DOT}\p{Script=Han}{1,40}){0,3}(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC])`, 'gu');
// Any Han character: what HAN_RUN needs, looked for first.
const HAN = /\p{Script=Han}/u;

// Titles in Chinese (traditional and simplified) and Japanese, as English stories quote them alone.
const HAN_TITLES = new Set([
  '首相', '總統', '总统', '副總統', '副总统', '總理', '总理', '主席', '部長', '部长', '市長', '市长', '縣長', '县长', '院長', '院长', '局長', '局长',
  '立委', '議員', '议员', '委員', '委员', '大臣', '外相', '防衛相', '官房長官', '知事', '總裁', '总裁', '董事長', '董事长', '主委', '發言人', '发言人',
  '大使', '將軍', '将军', '司令', '總司令', '总司令', '書記', '书记', '總書記', '总书记', '國務卿', '国务卿', '議長', '议长', '大統領', '天皇', '皇帝',
]);

// The longest Han name looked for alone (an institution's: "國際特赦組織台灣分會" is 10); pairs have their own limit.
const MAX_HAN_NAME = 12;
const CJK_PUNCTUATION = /[，。、；：！？「」『』《》〈〉]/u;

/** Runs of Han characters in English text: names written in Chinese (`賴清德`). */
export function findHanNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  // HAN_RUN opens with a look-behind tried at every character, and most texts have no Han character at all.
  if (!HAN.test(text)) return found;
  // A transliterated name joins its parts with a middle dot ("谷辣斯．尤達卡"): one person's name.
  for (const match of text.matchAll(HAN_RUN)) {
    // A long run, or one beside Chinese punctuation, is a sentence quoted in Chinese, not a name.
    if ((match[0].length > MAX_HAN_NAME && !isDottedHan(match[0])) || CJK_PUNCTUATION.test(text[match.index - 1] ?? '') || CJK_PUNCTUATION.test(text[match.index + match[0].length] ?? '')) continue;
    // A title written in Chinese or Japanese is no name: 首相 ("prime minister") had been a person "Shou Hsiang" (p92).
    if (HAN_TITLES.has(match[0])) continue;
    const type: EntityType = match[0].length <= 4 || isDottedHan(match[0]) ? 'person' : 'other';
    found.push({ start: match.index, end: match.index + match[0].length, type, kind: 'zh', method: 'rule:han', confidence: 0.5, priority: 0.5 });
  }
  return found;
}

// What may stand between "the" and a body or company nominal: "the central bank", "the state oil company" (resolve reads it too).
export const NOMINAL_MODIFIER = '(?:central |state |national |state-owned |state-run |government-run |government-owned )?';

// The body nominals that name a place by its head word ("the county" after "Kinmen County").
const PLACE_NOMINALS = new Set(['county', 'township', 'prefecture', 'province']);

// Per lexicon: one pattern for "the" and any of its body and company nominals.
const BODY_NOMINAL_PATTERNS = new WeakMap<Lexicon, RegExp | null>();

/**
 * References to a body or company named elsewhere in the article: "the council", "The department's", "the company",
 * "the chipmaker" (`bodyNominals`, `companyNominals`). Resolve links each to the body the article named with that word,
 * or to the company it means (`linkBodyNominal`); the rest are dropped. Not before "of" or a name ("the court of
 * appeal", "the company Foxconn"): a body is being named there, not referred to.
 */
export function findBodyNominals(text: string, lexicon: Lexicon): Candidate[] {
  let pattern = BODY_NOMINAL_PATTERNS.get(lexicon);
  if (pattern === undefined) {
    const words = [...lexicon.bodyNominals, ...lexicon.companyNominals].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // A body named by another word may be capitalized, and takes "of" and a lower-case word after it: Taiwan's press writes
    // "accused the Cabinet of campaigning" for the Executive Yuan (p96).
    const synonyms = [...new Set([...lexicon.bodySynonyms.values()].flat())].map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`);
    // A central bank's "central" may stand between "the" and the word (p94). Not where a body is based, nor its nationality:
    // "The Icheon-based chipmaker" after ASML and "the Chinese automaker" after Tesla are companies the story does not name.
    // (Nor a secretary's title: "the party secretary of Yunnan province" names a person; p115.)
    const modifier = NOMINAL_MODIFIER;
    const other = synonyms.length === 0 ? '' : String.raw`|(${synonyms.join('|')})(?![\p{L}\p{N}-])(?! of (?:the )?\p{Lu}| \p{Lu})`;
    // An institution's word capitalized, as British and European style write it: "said the Commission had acted" (p134: none), not
    // before a name's rest ("the Commission on Human Rights", "the Court of Appeal").
    const capitalized = [...lexicon.nominalInstitutions].filter((word) => lexicon.bodyNominals.has(word.toLowerCase())).map(escapeRegExp);
    const institution = capitalized.length === 0 ? '' : String.raw`|(${capitalized.join('|')})(?![\p{L}\p{N}-])(?! (?:of|on|for|to|and|in|at) | \p{Lu}|['’]s \p{Lu})`;
    pattern = words.length === 0 ? null : new RegExp(String.raw`(?<![\p{L}-])[Tt]he (?:${modifier}(${words.join('|')})(?![\p{L}\p{N}-])(?! of | \p{Lu}| secretar(?:y|ies)\b)${other}${institution})`, 'gu');
    BODY_NOMINAL_PATTERNS.set(lexicon, pattern);
  }
  const found: Candidate[] = [];
  if (pattern === null) return found;
  for (const match of text.matchAll(pattern)) {
    const type: EntityType = match[1] === 'act' ? 'law' : match[1] !== undefined && PLACE_NOMINALS.has(match[1]) ? 'place' : 'organization';
    found.push({ start: match.index, end: match.index + match[0].length, type, kind: 'nominal', method: 'rule:nominal', confidence: 0.6, priority: 2.6 });
  }
  return found;
}

/**
 * Role references that stand for a person named elsewhere: "the US president", "The premier",
 * "the Russian president". Resolve links them to whoever holds that role in the article.
 */
export function findNominals(text: string, lexicon: Lexicon): Candidate[] {
  const found: Candidate[] = [];
  const pattern = /(?<![\p{L}-])[Tt]he\s+(?:(\p{Lu}[\p{L}.]*)\s+)?(\p{Ll}+(?:\s(?:minister|of\s\p{Ll}+|general))?|\p{Lu}\p{Ll}+(?=['’]s\s|[\s,.;:!?)”"]+(?!\p{Lu})))(?![\p{L}-])/gu;
  for (const match of text.matchAll(pattern)) {
    const qualifier = match[1];
    // A title written capitalized and alone, as the Philippine and US press write their head of state: "the President's
    // own allies", "the President said" (p88); not one before a name ("the President Marcos") or as a name's head.
    const title = /^\p{Lu}/u.test(match[2]!) ? match[2]!.toLowerCase() : match[2]!;
    const head = title.split(/\s/u)[0]!;
    // "The President did not respond": the capitalized title the pattern read as a qualifier, before a lower-case word.
    if (qualifier !== undefined && /^\p{Ll}/u.test(match[2]!) && /^\p{Lu}\p{Ll}+$/u.test(qualifier) && lexicon.nominalTitles.has(qualifier.toLowerCase()) &&
      !lexicon.nominalTitles.has(head)) {
      found.push({ start: match.index, end: match.index + match[0].indexOf(qualifier) + qualifier.length, type: 'person', kind: 'nominal', method: 'rule:nominal', confidence: 0.6, priority: 2.6 });
      continue;
    }
    // "The secretary of state" is a title; "the president of the company" is not the president.
    if (title.includes(' of ') ? !lexicon.nominalTitles.has(title) : !lexicon.nominalTitles.has(head) && !lexicon.nominalTitles.has(title)) continue;
    if (qualifier && !(lexicon.demonyms.has(qualifier) || lexicon.acronyms.get(qualifier) === 'place')) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'person', kind: 'nominal', method: 'rule:nominal', confidence: 0.6, priority: 2.6 });
  }
  return found;
}
