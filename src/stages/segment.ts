import type { Article, InputError } from '../model/index.js';
import {
  type BodyLine, type Credit, type Draft, creditBiographies, creditTagLines, creditHeaderNames, creditMenuAbove, draftToArticle, isDateLine, endsInInitials, endsSentence, headerBlock, headlineBefore, isBlank, isHeadline, isTitleCase, labelOverStamp, menuAtEnd, newDraft,
  signOffAt, startAtDateline, startAtHeader, creditNewsletterBox,
} from './segment-draft.js';
import { CONTACT_CREDIT, creditKind, isCapitalizedLabel, isLiveHeadline, isLabel, isSectionName, LEAD_TIME, type CreditKind, endMarkAt, markCredit, exportBreak, opensExport, FORWARDED_FROM, JUMP_FROM, isEndMark, isAgencyCaption, isBareCaption, isListItem, isNameLine, isPictureCaption, isRoleLine, isSectionPath, isTimestamp, opensCaption, startsWithDateline, versionNoteParagraphs } from './segment-lines.js';
import { type SourceLine, unwrappingLines } from './unwrap.js';
import { codePointLength } from '../text/codepoints.js';

export { isTruncated } from './segment-draft.js';

export type { SourceLine } from './unwrap.js';

export interface SegmentOptions {
  /** Split a deck that runs into the body on the kicker line (see `splitDeck`). */
  splitDecks: boolean;
  /** Lines matching this (case-insensitive) are credits, not body text. */
  creditPattern: RegExp;
  /**
   * True for a place's name ("SINGAPORE"): such a word before a colon is the article's dateline
   * ("SINGAPORE: Prime Minister …", as CNA writes it), kept in the text, not a kicker.
   */
  isPlace?: (name: string) => boolean;
  /**
   * An article's largest text in UTF-8 bytes: lines past it are not kept, and the article becomes an
   * `article-too-large` error, so a huge article costs no more memory than the limit and the articles after it are read.
   */
  maxArticleBytes?: number;
}

export const defaultSegmentOptions: SegmentOptions = {
  splitDecks: true,
  creditPattern:
    /^(?:photo(?:graph)?s?|file photo|image|video|graphic|illustration|caption|credit)\s*(?::|courtesy of)\s*\S.{0,78}$/i,
};

// (Or of an e-mail's quote marks only: ">" on the blank line between two quoted paragraphs; p120.)
const INVISIBLE_ONLY = /^[\s\p{Cf}]*(?:>[\s\p{Cf}>]*)?$/u;

/** What segmentation yields, in input order: an article or a rejected piece of input. */
export type Segment = { article: Article } | { error: InputError };

// What a digest, a chat post or a Markdown note puts before a label: an emoji or symbol ("🔴 ", "📌", "■ ", "► "), a keycap
// number ("1️⃣ "), a bullet, a list's mark or number ("- ", "* ", "1. ", "#1 "), a dash ("— "), a heading's or a quote's marks ("### ", "> ").
const LABEL_MARKS = String.raw`(?:[\p{So}\p{Sk}\u2022\u2023\u2043\u2219\u25E6\uFE0F\u200D]+[ \t]*|(?:[0-9#*]\uFE0F?\u20E3)+[ \t]*|[-*+>\u2013\u2014][ \t]+|\d{1,2}[.)][ \t]+|#\d{1,3}[.:)]?[ \t]+|#{1,6}[ \t]+)?`;
// Marks a chat or a note wraps a label in: Markdown's and WhatsApp's bold and italics, brackets ("**TRADE:**", "*TRADE*:", "_TRADE:_", "[TRADE]:").
// And quotes, as the Taipei Times sets a deck's label ("‘GRAY ZONE’: The MAC said …", p128); `kickerOf` wants the closing one.
const WRAP_OPEN = String.raw`(?:\*\*|__|\*|_|\[|[‘“"'])?`;
const WRAP_CLOSE = String.raw`(?:\*\*|__|\*|_|\]|[’”"'])?`;
// A kicker's words: one to four words in capitals (with marks: "TÜRKIYE", "CÔTE D'IVOIRE"), digits ("5G", "3M", "S&P 500",
// "WORLD CUP 2026"), "&", "/" ("UK/IRELAND", "ASIA/PACIFIC"), with a letter in the first two (p126: these had merged 23
// one-line stories into 12; a year alone, "2026:", is none).
const KICKER_WORD = String.raw`[\p{Lu}\d][\p{Lu}\d&'’./-]*`;
const KICKER_WORDS = String.raw`(?=[\p{Lu}\d&'’./-]*\p{Lu}|[\p{Lu}\d&'’./-]+ [\p{Lu}\d&'’./-]*\p{Lu})${KICKER_WORD}(?: ${KICKER_WORD}){0,3}`;
// An ALL-CAPS kicker of one to four words, then a colon: `INVESTIGATION: `, `PERSONAL DATA: `, `🔴 TRADE: `, `**TRADE:** `.
const KICKER = new RegExp(String.raw`^[\s\p{Cf}]*${LABEL_MARKS}${WRAP_OPEN}(${KICKER_WORDS})${WRAP_CLOSE}[:：]${WRAP_CLOSE}(?:\s*(?<=：\s*|:${WRAP_CLOSE}\s+)(.*))?$`, 'su');

/** The kicker line's match, its label without the quotes it may be set in ("‘GRAY ZONE’: …"); null where a quote opens it and none closes it. */
function kickerOf(text: string): RegExpExecArray | null {
  const match = KICKER.exec(text);
  if (match === null) return null;
  const at = match[0].indexOf(match[1]!);
  if (!/[‘“"']$/u.test(match[0].slice(0, at))) return match;
  if (!/[’'"”]$/u.test(match[1]!) && !/^[’'"”]/u.test(match[0].slice(at + match[1]!.length))) return null;
  match[1] = match[1]!.replace(/[’'"”]$/u, '');
  return match;
}
// The same kicker alone on its line after a blank line, as a web page pastes it ("CROSS-STRAIT").
// A label of one capitalized word ("Pacific", "Vanuatu"): no headline is one word.
const ONE_WORD_LABEL = /^\p{Lu}[\p{L}'’-]{2,24}$/u;
const LONE_KICKER = new RegExp(String.raw`^[\s\p{Cf}]*${LABEL_MARKS}(${KICKER_WORDS})[\s\p{Cf}]*$`, 'u');

// (And a vertical tab: Word's and PowerPoint's manual line break, Shift+Enter, pasted as text; p120.)
const LINE_SEPARATOR = /[\u2028\u2029\u0085\u000b]/u;
// An interview's labels: a question and its answer.
const INTERVIEW_LABEL = /^[QA]$/u;
// An editor's note inside a story, a credit of it, never the next story's kicker (h140 F4: "NOTE: Figures are from …" had split one in three).
const NOTE_LABEL = /^(?:NOTES?|DISCLAIMER|UPDATED?|EDITOR['’]S NOTE)$/u;
// What a speaker's turn says ends as a sentence does ("LAI: We will defend ourselves."; "AMANPOUR: Are you worried?").
const SPOKEN = /\S[.?!…]["”’)]?$/u;
// Words of a conversation: a speaker's I, we and you, or a question. A desk's one-line stories ("TRADE: Greer said tariffs
// would rise.") have none.
const CONVERSING = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Uu]s)(?![\p{L}'’])|\?["”’)]?$/u;
// A desk's sections, which name no speaker and no town: "POLITICS: …" is no turn of a transcript, even where its story quotes
// a "we" (p80: ten one-line stories had become one article), and "ECONOMY: …" no dateline (Economy, Indiana, in GeoNames).
const DESK_SECTION = /^(?:POLITICS|WORLD|NATION(?:AL)?|INTERNATIONAL|LOCAL|METRO|REGION(?:AL)?|TECH(?:NOLOGY)?|SCIENCE|TRADE|BUSINESS|ECONOMY|MARKETS?|FINANCE|MONEY|COMMERCE|INDUSTRY|LABOU?R|DEFEN[CS]E|SECURITY|MILITARY|DIPLOMACY|HEALTH|ENERGY|CLIMATE|ENVIRONMENT|SPORTS?|CULTURE|ARTS|ENTERTAINMENT|MEDIA|LIFESTYLE|TRAVEL|FOOD|EDUCATION|SOCIETY|CRIME|COURTS?|JUSTICE|LAW|POLICY|ELECTIONS?|TRANSPORT|WEATHER|DISASTERS?|RELIGION|HOPE|UNION|LIBERTY|SUMMIT|PROGRESS|OPPORTUNITY|INDEPENDENCE|CROSS-STRAIT|ASIA|EUROPE|AFRICA|AMERICAS|MIDDLE EAST|OBITUAR(?:Y|IES))$/u;
// Labels that are a desk's, not a speaker's: "BREAKING: …", "EXCLUSIVE: …", one line each, are stories of their own.
const DESK_LABEL = /^(?:BREAKING(?: NEWS)?|EXCLUSIVE|UPDATE[SD]?|ANALYSIS|OPINION|COMMENTARY|EDITORIAL|WATCH|LIVE|REVIEW|EXPLAINER|INTERVIEW|FACT[ -]CHECK|FEATURE|JUST IN|DEVELOPING|URGENT|FLASH)$/u;

// The most labels held stacked over a headline (a site's menu pasted as lines), the kicker among them.
const MAX_STACKED_LABELS = 24;
// The Guardian's mark under its newsletter's box: the box's lines since its "Sign up to …" go to the credits with it.
const NEWSLETTER_BOX_END = /^(?:skip )?(?:past|after) newsletter promotion$/iu;
// A print edition's date and page over the page's headline, as the Taipei Times pastes it: "Sat, Dec 05, 2026 page 1", "Thu, Dec 03, 2026 page10".
const PRINT_PAGE_LINE = /^[^\n]{6,60}\bpage ?[A-Z]?\d{1,3}$/iu;
// The most section labels over a headline whose deck follows behind a label of its own ("Business" / headline / "STORM: …").
const MAX_LABELS_OVER_DECKED = 8;

// A PDF page's number on its own line, set off by a wide margin.
const PAGE_NUMBER_LINE = /^\s{8,}\d{1,4}\s*$/u;

// The most characters of credits an article keeps: a CSV cell of them stays under the 32,767 a spreadsheet's cell holds (h140 F9; it was 64 k).
export const MAX_CREDIT_CHARS = 32_000;

// A reader-comment section's heading under a story: "Comments", "87 comments", "Comments (12)", "Sort by: Best", "Join the conversation".
const COMMENT_HEADING = /^(?:(?:Reader |User |Top |Latest )?Comments?(?: \(\d[\d,.]*[KkMm]?\))?|\d[\d,.]*[KkMm]? (?:comments?|replies|responses)|Sort by:? (?:Best|Newest|Oldest|Top|Popular|Most (?:liked|recent|popular))|Join the (?:conversation|discussion)|(?:Show|View|Load|See) (?:all |more )?(?:\d[\d,]* )?comments?)$/iu;
// A comment's own lines: its buttons, its time, its likes, the one it replies to.
const COMMENT_MARKER = /^(?:Reply|Replies|Report|Like|Likes|Flag|Upvote|Downvote|Edited|Replying to .{1,60}|(?:\d[\d,.]*[KkMm]? )?(?:likes?|replies|upvotes?|points?)|\d{1,3} (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|(?:a|an|one) (?:minute|hour|day|week|month|year) ago|\d{1,3}\s?[smhdwy])$/iu;
// A comment's or a story's time: "2 hours ago", "an hour ago", "5m".
const TIME_MARKER = /(?:\bago|^\d{1,3}\s?[smhdwy])$/iu;

// A link to a running story's latest entry: a topic, "latest:" and a headline with no stop.
const LATEST_TEASER = /^\p{Lu}[\p{L}\p{N}'’ -]{0,40} latest\s*:\s*\p{Lu}[^.!?]{0,160}$/u;

/** True for a line that reads as a news paragraph: ten words or more, ending its sentence. */
function isNewsSentence(line: string): boolean {
  return endsSentence(line) && (line.length > 200 || line.split(/\s+/u).length >= 10);
}

/** True for a story's headline: five words or more, capitalized, not ending a sentence (a commenter's name is shorter). */
function isStoryHeadline(line: string): boolean {
  return line.split(/\s+/u).length >= 5 && /^\p{Lu}/u.test(line) && isHeadline(line);
}
// A byline's start, which opens the next story's header in a comment section ("By Jane Smith").
const BYLINE_START = /^\(?(?:By|BY) \p{Lu}/u;
// Lines of a comment section without one of its markers before it is taken for the story it runs into; fewer under its
// heading before the first (a share counter's "Comments (38)" over the story's next paragraphs is no section).
const COMMENT_SPAN = 8;
const COMMENT_OPENING_SPAN = 5;

/** True for a paragraph that tells its time in its first sentence, as a story's lead does ("yesterday", "on Monday"). */
function isLeadParagraph(text: string): boolean {
  const stop = /[.!?]["”’]?(?:\s|$)/u.exec(text);
  return LEAD_TIME.test(stop ? text.slice(0, stop.index) : text);
}

/**
 * The index of the draft's last line when it is a page's headline over a new story: seven to twenty words (eight over a
 * lead that tells no time, and no question's word first), no closing stop, capitalized, after a blank line under a
 * paragraph that ends its sentence (a blank line may follow it too). Four to six words will do where the lead's first
 * sentence echoes the headline's words (`echoesHeadline`); and no blank line need stand above and under a headline of
 * seven words or more that a lead telling its time both follows and echoes (a dump with no blank lines).
 */
function pageHeadlineAt(draft: Draft, lead: string): number | undefined {
  const timedLead = isLeadParagraph(lead);
  let k = draft.body.length - 1;
  const blankUnder = k >= 0 && isBlank(draft.body[k]!);
  if (blankUnder) k--;
  const closed = headlineUnderEndMark(draft, k);
  if (closed !== undefined) return closed;
  if (k < 2) return undefined;
  const line = draft.body[k]!.text.trim();
  const words = line.split(/\s+/u).length;
  const headline = /^\p{Lu}/u.test(line) && /\p{Ll}/u.test(line) && isHeadline(line) && !line.endsWith(':');
  const asks = /^(?:Why|What|How|Where|When|Who|Which|Whose)\b/u.test(line);
  // (No blank line: "… prosecutors said." / "Maanshan restart review to take 18 months, Taipower says" / "Taiwan Power Co … yesterday said …";
  // p141: the second story had stayed the first's. A credit between the two lines, or a subhead, leaves them one story.)
  if (!isBlank(draft.body[k - 1]!)) {
    const credited = (draft.credits[draft.credits.length - 1]?.at ?? -1) > k - 1;
    return !blankUnder && !credited && timedLead && headline && !asks && words >= 7 && words <= 20 && endsSentence(draft.body[k - 1]!.text) &&
      echoesHeadline(line, lead) ? k : undefined;
  }
  // (Credits are in input order: the last one says whether one stands between the paragraph and the headline.) An end
  // mark may, and then the line above it need not end a sentence: "-ends-" closes a press release whatever its last
  // line ("Contact: …"), and a headline after it is the next story's (p92).
  const last = draft.credits[draft.credits.length - 1];
  const ended = (last?.at ?? -1) > k - 1;
  // Any other furniture between them leaves the paragraph above it to end its sentence (p106: "Advertisement", "Share this
  // article" or "Read more: …" between two pasted stories had merged them).
  let above = k - 2;
  while (ended && above > 0 && isBlank(draft.body[above]!)) above--;
  if (ended ? !isEndMark(last!.text) && !endsSentence(draft.body[above]!.text) : !endsSentence(draft.body[k - 2]!.text)) return undefined;
  // (A short headline whose words the lead repeats: "Vietnam jails land rights activist" / "" / "A court in Vietnam sentenced land rights
  // activist …"; p141: a line of the story above. A subhead's words are not its paragraph's first sentence's.)
  const short = words >= 4 && words <= 6 && !asks && echoesHeadline(line, lead, 2 / 3);
  if (!short && !timedLead && (words < 8 || asks)) return undefined;
  return (short || (words >= 7 && words <= 20)) && headline ? k : undefined;
}

// A headline's words the lead is read for: three letters or more, no function word.
const HEADLINE_WORD = /\p{L}[\p{L}'’-]{2,}/gu;

/**
 * True when the first sentence of `lead` (read up to 400 characters) holds at least `share` of the headline's words and two or more of them,
 * a word matched on its first four letters without a plural's "s" ("jails" and "jailed", "bans" and "ban", "rights" and "right").
 */
function echoesHeadline(headline: string, lead: string, share = 1 / 2): boolean {
  const head = lead.slice(0, 400);
  const stop = /[.!?]["”’]?(?:\s|$)/u.exec(head);
  const stem = (word: string): string => word.replace(/s$/u, '').slice(0, 4);
  const sentence = new Set((stop ? head.slice(0, stop.index) : head).toLowerCase().match(HEADLINE_WORD)?.map(stem) ?? []);
  const words = (headline.toLowerCase().match(HEADLINE_WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  const echoed = words.filter((w) => sentence.has(stem(w))).length;
  return echoed >= 2 && echoed >= words.length * share;
}

/**
 * `k` when the draft's line `k` is a headline right under an end mark that closed a story ("(END)", "(Reuters)", "— Reuters"), blank
 * lines aside: three to twenty words, capitalized, no closing stop. The mark says the story ended, so no blank line need part them (h140
 * F2: the next story had merged into the one before, its headline in the text or the credits).
 */
function headlineUnderEndMark(draft: Draft, k: number): number | undefined {
  const mark = draft.credits[draft.credits.length - 1];
  // (A few blank lines at most between them: each long sentence asks, so no scan may grow with the article.)
  if (k < 1 || mark === undefined || mark.at > k || k - mark.at > 3 || !isEndMark(mark.text) || !draft.hasSentence) return undefined;
  for (let i = mark.at; i < k; i++) if (!isBlank(draft.body[i]!)) return undefined;
  const line = draft.body[k]!.text.trim();
  const words = line.split(/\s+/u).length;
  return words >= 3 && words <= 20 && /^\p{Lu}/u.test(line) && /\p{Ll}/u.test(line) && isHeadline(line) && !line.endsWith(':') ? k : undefined;
}

/** A streaming segmenter: feed it lines, collect the segments each line completes. */
export interface Segmenter {
  push(line: SourceLine): Segment[];
  end(): Segment[];
}

/**
 * Splits concatenated articles (the seed format, or web pages pasted one after another) into articles: a
 * kicker line, a header (headline, then byline or timestamp), a dateline after finished text or a headline
 * after a rule starts a new article; other lines continue the current one; credits and a page's furniture
 * go to `credits`. Reports an `empty-article` error for a kicker with no text and `empty-input` for input
 * with no text.
 */
export function createSegmenter(source: string, options: SegmentOptions = defaultSegmentOptions): Segmenter {
  let draft: Draft | undefined;
  let index = 0;
  let sawText = false;
  let afterBlank = true;
  // A lone ALL-CAPS line after a blank line, kept until the next line says what it is: the kicker of
  // a new article when a headline follows it directly ("CROSS-STRAIT" / "China sanctions …"), else body.
  // `blankLine`: the blank line after it, when one came ("CROSS-STRAIT" / "" / "China holds drills …").
  // `above`: section labels stacked over it ("WORLD" / "ASIA" / headline, as the WSJ pastes them), for the credits.
  let pending: { text: string; line: number; kicker: string; blankLine?: number; above?: SourceLine[] } | undefined;
  // A speaker's turn ("LAI: We will defend ourselves."), kept until the next line says what it is: another turn makes
  // both a transcript's text ("AMANPOUR: …" / "LAI: …"), anything else makes it a kicker line. `blanks`: blank lines after it.
  let heldTurn: { text: string; line: number; kicker: RegExpExecArray; startsParagraph: boolean; blanks: number[] } | undefined;
  // The draft whose text is a transcript: its speakers' turns are text, and so is a turn of one of them that a paste cut off
  // before its stop ("LAI: The legislature will pass it", p80: an article of its own).
  let transcript: Draft | undefined;
  let speakers = new Set<string>();
  // What the last credit lets the next line be: a list's item, a photo's caption, the headline after a rule.
  let context: 'list' | 'photo' | 'rule' | undefined;
  // Since the last header credit (byline, timestamp), only credits came: a name here is a byline ("Nick Beake").
  let inHeader = false;
  // How many list items the credits end with, blank lines between them aside: the last may be the next story's headline.
  let itemRun = 0;
  // The input line of the last list item credited: a deck under it, over a byline, makes it the next story's headline.
  let lastItemLine = -1;
  // The kind of the last credit since the last body line.
  let creditedSinceBody: BodyLine['after'];
  // The input line of the last caption taken as such only for the photo credit right above it ("Photo: Reuters" / "Ishiba meets …").
  let bareCaptionLine = -1;
  const finish = (d: Draft): Segment => {
    if (!d.oversized) return draftToSegment(creditBiographies(creditTagLines(d)), source, ++index);
    const id = `${source}#${++index}`;
    // Its lines joined by line breaks, as the article's text would have been (blank lines at its end aside).
    const message = `${source}:${d.line}: article ${id} has ${d.bytes!} bytes of text, over the limit of ${options.maxArticleBytes} (--max-article-bytes); skipped`;
    return { error: { file: source, line: d.line, articleId: id, stage: 'read', rule: 'article-too-large', fatal: true, message } };
  };
  // Whether the file has shown itself a news database's export (`opensExport`): its marks and index fields are read from then on.
  let exporting = false;
  // The line after an export's "N of M DOCUMENTS" is the document's publication ("The Straits Times (Singapore)"), a credit
  // (p117: it had been the title of 402 of 500 stories).
  let publicationNext = false;
  const kindOf = (line: string): CreditKind | undefined => creditKind(line, options.creditPattern, exporting) ?? (isDateLine(line.trim()) ? 'header' : undefined);
  // A reader-comment section under a story (p106: its commenters had become the run's people, and its pages articles): from
  // its heading, its lines are held; a comment's marker ("Reply", "2 hours ago") confirms those held, which are skipped with
  // one note row; a new story's start (a kicker, a byline, a dateline, a rule) ends it; so do `COMMENT_SPAN` lines without
  // a marker, and then the lines held since the last one are read as any others.
  // `marked`: the line of the last marker.
  let comments: { first: number; last: number; confirmed: boolean; held: SourceLine[]; timed?: boolean; marked?: number } | undefined;
  const commentNote = (): Segment[] => {
    const section = comments!;
    comments = undefined;
    if (!section.confirmed) return section.held.flatMap((held) => segmenter.push(held));
    const message = `${source}:${section.first}: a reader-comment section (lines ${section.first}–${section.last}) is no article's text; skipped`;
    return [{ error: { file: source, line: section.first, stage: 'read', rule: 'comment-section', fatal: false, message } }];
  };
  /** Reads a line of a comment section; returns undefined when the line is the section's (held or skipped), else what ending it gave. */
  const commentLine = (source: SourceLine): Segment[] | undefined => {
    const section = comments!;
    const trimmed = source.text.trim();
    if (trimmed === '') {
      section.held.push(source);
      return undefined;
    }
    const opens = kickerOf(source.text) !== null || LONE_KICKER.test(source.text) || (kindOf(trimmed) === 'header' && !COMMENT_MARKER.test(trimmed) && BYLINE_START.test(trimmed)) ||
      kindOf(trimmed) === 'rule' || startsWithDateline(trimmed, options.isPlace);
    if (opens) {
      // The held lines are the last comment's; the section ends before this line, which is read as any other. A headline right over a
      // byline is the next story's, no comment ("1 hour ago" / "Ishiba meets Trump in Washington" / "By Yuka Obayashi"; h137: it had been
      // skipped with the comments, and the two stories merged).
      const lastHeld = section.held.at(-1);
      if (lastHeld !== undefined && BYLINE_START.test(trimmed) && isStoryHeadline(lastHeld.text.trim()) && !isNameLine(lastHeld.text.trim())) {
        section.held.pop();
        section.last = section.held.findLast((h) => h.text.trim() !== '')?.line ?? section.marked ?? section.first;
        return [...commentNote(), ...segmenter.push(lastHeld), ...segmenter.push(source)];
      }
      return [...commentNote(), ...segmenter.push(source)];
    }
    // A time over a headline, before the section is confirmed, opens a live blog's entry, not a comment ("1 hour ago" /
    // "Kremlin rules out ceasefire" / its paragraph, under a share counter's "Comments (214)"; p126: the blog had been skipped).
    if (section.timed) {
      section.timed = false;
      if (isHeadline(trimmed) && trimmed.split(/\s+/u).length >= 3 && /^\p{Lu}/u.test(trimmed) && !isNameLine(trimmed)) {
        return [...commentNote(), ...segmenter.push(source)];
      }
      section.confirmed = true;
      section.held = [];
    }
    // A marker under a story's sentences only is no comment's ("Comments" / "Lai's comments drew a sharp reply from Beijing, …" / "Reply";
    // h137: five news paragraphs had been skipped): a comment stands under its writer's name, or is short.
    if (COMMENT_MARKER.test(trimmed) && !(section.confirmed || TIME_MARKER.test(trimmed) || !section.held.some((h) => h.text.trim() !== '') ||
      section.held.some((h) => h.text.trim() !== '' && !isNewsSentence(h.text.trim())))) {
      section.held.push(source);
    } else if (COMMENT_MARKER.test(trimmed)) {
      if (!section.confirmed && TIME_MARKER.test(trimmed) && section.held.every((h) => h.text.trim() === '')) {
        section.timed = true;
        section.held.push(source);
        section.last = source.line;
        return undefined;
      }
      // A time under a headline is the next story's ("Japan approves record defence budget" / "2 hours ago"; p126: the story
      // had been skipped as comments): a commenter's time stands under a name, not under a line of five words or more.
      const lastHeld = section.held.findLast((h) => h.text.trim() !== '');
      if (lastHeld !== undefined && TIME_MARKER.test(trimmed) && isStoryHeadline(lastHeld.text.trim())) {
        const at = section.held.indexOf(lastHeld);
        const header = section.held.slice(at);
        section.held = section.held.slice(0, at);
        return [...commentNote(), ...header.flatMap((line) => segmenter.push(line)), ...segmenter.push(source)];
      }
      section.confirmed = true;
      section.held = [];
      section.last = source.line;
      section.marked = source.line;
      return undefined;
    } else {
      section.held.push(source);
    }
    if (section.held.filter((h) => h.text.trim() !== '').length < (section.confirmed ? COMMENT_SPAN : COMMENT_OPENING_SPAN)) return undefined;
    // No marker for a while: the held lines were no comments (after a confirmed section, its end; else no section at all).
    const held = section.held;
    const confirmed = section.confirmed;
    section.held = [];
    const done = confirmed ? commentNote() : (comments = undefined, []);
    return [...done, ...held.flatMap((line) => segmenter.push(line))];
  };
  const addBody = (text: string, line: number): void => {
    draft ??= newDraft(line);
    if (draft.body.length === 0 && text === '') return;
    if (options.maxArticleBytes !== undefined) {
      countBytes(draft, text);
      if (!draft.oversized && draft.bytes! > options.maxArticleBytes) {
        draft.oversized = true;
        // The text it drops stands as one paragraph, so the lines after it read as they would after the text (p132: an
        // oversize paragraph alone, then "Reporting by …", had been a draft of credits only, carried into the next story).
        draft.body.push({ text: droppedText(endsSentence(text)), line });
      }
      if (draft.oversized) {
        if (endsSentence(text)) draft.hasSentence = true;
        creditedSinceBody = undefined;
        return;
      }
    }
    draft.body.push({ text, line, ...(creditedSinceBody && { after: creditedSinceBody }) });
    // (A first line ending in "U.S." is a headline, not a finished sentence: the dateline under it is its story's.)
    if (endsSentence(text) && !(draft.body.length === 1 && endsInInitials(text.trimEnd()) && isHeadline(text))) draft.hasSentence = true;
    creditedSinceBody = undefined;
  };
  /** Puts a held label line back in the body, with the labels over it and the blank line under it. */
  const addPendingBody = (held: NonNullable<typeof pending>): void => {
    for (const label of held.above ?? []) addBody(label.text, label.line);
    addBody(held.text, held.line);
    if (held.blankLine !== undefined) addBody('', held.blankLine);
  };
  const releasePending = (): void => {
    if (pending) addPendingBody(pending);
    pending = undefined;
  };
  /** What a line no rule calls a credit is here: a list's item, a caption, a name in a header; or undefined (body). */
  const contextKind = (trimmed: string): CreditKind | undefined => {
    if (context === 'list' && isListItem(trimmed)) return 'list';
    // A name under a contact credit is one more contact: Bloomberg's second editor, with no address ("Alan Smith", p98).
    if (creditedSinceBody === 'credit' && isNameLine(trimmed) && CONTACT_CREDIT.test(draft?.credits.at(-1)?.text ?? '')) return 'other';
    if (context === 'photo' && (isBareCaption(trimmed) || isPictureCaption(trimmed)) && !startsWithDateline(trimmed, options.isPlace)) return 'other';
    // A place in capitals on its own line under a byline is the story's dateline ("Special Correspondent" / "CHENNAI"), body.
    if (inHeader && /^\p{Lu}[\p{Lu} .'’-]*$/u.test(trimmed) && options.isPlace?.(trimmed) === true) return undefined;
    if (inHeader && isNameLine(trimmed)) return 'header';
    if (inHeader && isAgencyCaption(trimmed)) return 'photo';
    // A running story's link ("Ukraine war latest: Ukrainian drones hit oil depot …") under a teaser after the story is one more teaser (p135);
    // atop a page it is the headline of that day's roundup.
    if (creditedSinceBody === 'credit' && draft?.hasSentence === true && trimmed.length <= 200 && LATEST_TEASER.test(trimmed)) return 'other';
    return undefined;
  };
  /** Finishes the draft where `split` says a new article starts; returns the finished segment, if any. */
  const restart = (split: { finished?: Draft; next: Draft }): Segment[] => {
    draft = split.next;
    return split.finished ? [finish(split.finished)] : [];
  };
  /**
   * Takes a list's last items back as the next story's header, as a byline, a timestamp or a dateline follows them: the headline
   * (three words or more; a topic's tag, "Taiwan", is none) and the writers' names under it ("Most read" / … / "Japan approves record
   * defence budget" / "Helen Davidson in Taipei" / "Sat 6 Dec 2026 …"). Returns the finished story before, or nothing when the items
   * hold no headline.
   */
  const storyFromItems = (items: number, blankAbove = false, deck?: BodyLine): Segment[] | undefined => {
    const credits = draft!.credits;
    const header = deck === undefined ? headerInItems(credits, items) : undefined;
    if (header !== undefined) {
      draft!.credits = credits.slice(0, credits.length - header.labels.length - 2);
      const done = [finish(draft!)];
      const { labels, headline, deck: under } = header;
      draft = { ...newDraft(labels[0]!.line), kicker: labels.at(-1)!.text, title: headline.text, deck: under.text,
        body: [{ text: headline.text, line: headline.line }, { text: '', line: headline.line + 1 }, { text: under.text, line: under.line }],
        credits: labels.slice(0, -1).map((c) => ({ ...c, at: 0, header: true })) };
      context = undefined;
      return done;
    }
    let h = credits.length - 1;
    while (h > credits.length - items && credits.length - h <= 2 && isNameLine(credits[h]!.text)) h--;
    const headline = credits[h]!;
    if (!isHeadline(headline.text) || headline.text.split(/\s+/u).length < 3 || isNameLine(headline.text)) return undefined;
    const names = credits.slice(h + 1).map((c) => ({ ...c, at: 1, header: true }));
    // A section's label right over the headline, a blank line above it, is the story's kicker, no item ("Suggested Topics:" / "Markets" /
    // "Federal Reserve" / "" / "Americas" / "Mexico, US agree to extend tariff truce …"; p129: a credit of the story above).
    const label = credits[h - 1];
    const kicker = h > credits.length - items && label !== undefined && label.line === headline.line - 1 && (credits[h - 2]?.line ?? 0) < label.line - 1 &&
      isLabel(label.text) ? label : undefined;
    draft!.credits = credits.slice(0, kicker === undefined ? h : h - 1);
    if (deck !== undefined) draft!.body = draft!.body.slice(0, headline.at);
    const done = [finish(draft!)];
    draft = { ...newDraft(kicker?.line ?? headline.line), title: headline.text, body: [{ text: headline.text, line: headline.line }], credits: names };
    if (kicker !== undefined) draft.kicker = kicker.text;
    if (deck !== undefined) {
      draft.body.push({ text: '', line: headline.line }, deck);
      draft.deck = deck.text.trim();
    }
    // (The blank line between the headline and its dateline stays, as it would with no list above.)
    if (blankAbove) draft.body.push({ text: '', line: headline.line });
    context = undefined;
    return done;
  };
  /**
   * A page's header among a list's last items, each a blank line under the one before but the labels: two or more section labels, a
   * headline a blank line under them and a deck a blank line under it ("Read More" / … / "Taiwan" / "Politics" / "" / "Taiwan, Guatemala sign
   * …" / "" / "Foreign minister says …", a byline next; p133: the deck had been the title, the headline a credit of the story above).
   */
  const headerInItems = (credits: Credit[], items: number): { labels: Credit[]; headline: Credit; deck: Credit } | undefined => {
    const n = credits.length;
    const deck = credits[n - 1];
    const headline = credits[n - 2];
    if (items < 4 || deck === undefined || headline === undefined || deck.line !== headline.line + 2 || headline.text.split(/\s+/u).length <= 3 ||
      !isHeadline(headline.text) || !isHeadline(deck.text) || deck.text.split(/\s+/u).length < 4) return undefined;
    let k = n - 3;
    while (k >= n - items && k >= 0 && n - 2 - k <= 8 && isCapitalizedLabel(credits[k]!.text) &&
      credits[k]!.line === (k === n - 3 ? headline.line - 2 : credits[k + 1]!.line - 1)) k--;
    const labels = credits.slice(k + 1, n - 2);
    return labels.length >= 2 ? { labels, headline, deck } : undefined;
  };
  /** The one body line under the draft's last credit when that credit is a list's item and the line reads as a deck, else undefined. */
  const deckUnderItem = (d: Draft): BodyLine | undefined => {
    const item = d.credits.at(-1);
    // (At most three body lines under it, a blank, the deck and a blank: a live blog's timestamps under a long body read no more.)
    if (item === undefined || item.line !== lastItemLine || d.body.length - item.at > 3) return undefined;
    const under = d.body.slice(item.at).filter((b) => !isBlank(b));
    const text = under[0]?.text.trim() ?? '';
    const words = text.split(/\s+/u).length;
    return under.length === 1 && text.length <= 300 && words >= 4 && words <= 40 && !startsWithDateline(text, options.isPlace) ? under[0] : undefined;
  };
  /**
   * Puts back in the body a bare caption under a photo credit after the story's text when a byline or timestamp follows it: it is the next
   * story's headline ("… lacked detail." / "Photo: Reuters" / "Ishiba meets Trump in Washington" / "By Yuka Obayashi"; h137: 4,000 such stories
   * had been one, their headlines credits).
   */
  const headlineFromCaption = (d: Draft, line: number): void => {
    const caption = d.credits.at(-1);
    if (caption === undefined || caption.line !== bareCaptionLine || caption.line !== line - 1 || !d.hasSentence || caption.at !== d.body.length) return;
    const text = caption.text;
    if (!/^\p{Lu}/u.test(text) || text.split(/\s+/u).length < 3 || !isHeadline(text) || isNameLine(text)) return;
    d.credits.pop();
    d.creditChars = (d.creditChars ?? 0) - text.length - 1;
    creditedSinceBody = 'credit';
    addBody(text, caption.line);
  };
  const addCredit = (trimmed: string, line: number, kind: CreditKind, items = 0): Segment[] => {
    let done: Segment[] = [];
    // A photo's credit line under its caption, the header's only sentence, is the caption's ("By Hellen Shikanda" / "" / "Patients wait
    // outside …" / "Photo credit: Dennis Onsongo | Nation Media Group"; p130: the caption had stayed the story's first paragraph).
    // (A credit alone, no caption with its credit; a caption shows, a lead that ends so tells what someone said.)
    if (kind === 'photo' && trimmed.length <= 100 && !/[.!?]\s/u.test(trimmed) && draft !== undefined && captionUnderHeader(draft) && !/\b(?:said|says|told|according to)\b/u.test(draft.body.at(-1)!.text)) {
      const caption = draft.body.pop()!;
      draft.credits.push({ text: caption.text.trim(), line: caption.line, at: draft.body.length, header: false });
      draft.hasSentence = draft.body.some((b) => endsSentence(b.text));
    }
    // (Or the last item over one line of deck, the byline under it: "list of 4 items" / … / "Kenyan police fire tear gas …" / "" / "Protesters in
    // Nairobi … demand …" / "" / "By Mercy Juma"; p133 r04: the story had been glued onto the one above, its deck that story's text.)
    const deck = kind === 'header' && items === 0 && draft !== undefined ? deckUnderItem(draft) : undefined;
    if (kind === 'header' && draft !== undefined) headlineFromCaption(draft, line);
    // (A print edition's page line opens its page, the headline under it: the item over it is the list's last, "Most Popular" / … / "Tsai
    // Ing-wen to visit Lithuania in spring" / "Sun, Dec 06, 2026 page 1" / headline; p141: the item had titled the next story.)
    const fromItems = kind === 'header' && items > 0 && draft!.body.length > 0 && !PRINT_PAGE_LINE.test(trimmed) ? storyFromItems(items) : deck !== undefined ? storyFromItems(1, false, deck) : undefined;
    if (fromItems !== undefined) {
      done = fromItems;
    } else {
      let block = kind === 'header' && draft ? headerBlock(draft, options.isPlace, !isTimestamp(trimmed)) : undefined;
      // (A section's label over the timestamp is the header's before a menu over it is sought: "Home / Taiwan News" / "" / "Sat, Dec 05, 2026
      // page3" / "" / headline / "" / "By …" gives the label as kicker, as it does under a story above; p139.)
      if (block !== undefined && block.labels.length === 0 && block.start === block.title) block = labelOverStamp(draft!, block.title) ?? block;
      if (block !== undefined) block = creditMenuAbove(draft!, block, options.isPlace, !isTimestamp(trimmed)) ?? block;
      if (block !== undefined && block.labels.length === 0 && block.start === block.title) block = labelOverStamp(draft!, block.title) ?? block;
      // Not while the draft is a header itself (headline, deck, byline names): "Headline" / "Baqir Sajjad Syed | Tahir Khan" / "Published …".
      // (Nor a writer's name over their role under a story, their biography's header: "Kateryna Hodunova" / "Reporter" / "Kateryna Hodunova is a
      // reporter at …"; p133 r12: it had been an article of its own, titled by the name.)
      const bioHeader = block !== undefined && block.start > 0 && isRoleLine(trimmed) && isNameLine(draft!.body[block.title]!.text.trim());
      if (block && !bioHeader && (block.start === 0 || (draft!.hasSentence && draft!.body[block.title]!.text.trim().includes(' ')))) done = restart(startAtHeader(draft!, block));
      else if (kind === 'header' && draft) draft = creditHeaderNames(draft);
    }
    // A news database's mark between documents ends the one before (`exportBreak`): the next may open with no header.
    const parting = exportBreak(trimmed, exporting);
    if (parting === 'before' && draft !== undefined && draft.body.length > 0) {
      done.push(finish(draft));
      draft = undefined;
    }
    if (parting === 'before') publicationNext = true;
    draft ??= newDraft(line);
    // An article's credits stop at MAX_CREDIT_CHARS, with one note row where they pass it (p106: a page of 212 characters had
    // carried 625 kB of furniture, a CSV cell no csv reader takes at its default limit).
    draft.creditChars = (draft.creditChars ?? 0) + trimmed.length + 1;
    if (NEWSLETTER_BOX_END.test(trimmed)) creditNewsletterBox(draft);
    if (draft.creditChars <= MAX_CREDIT_CHARS) draft.credits.push({ text: trimmed, line, at: draft.body.length, header: kind === 'header' });
    else if (!draft.creditsCut) {
      draft.creditsCut = true;
      const message = `${source}:${line}: the credits of the article from line ${draft.line} pass ${MAX_CREDIT_CHARS / 1000} k characters here; its furniture lines from here on are not kept`;
      done.push({ error: { file: source, line, stage: 'read', rule: 'credits-too-long', fatal: false, message } });
    }
    creditedSinceBody = kind === 'header' ? 'header' : 'credit';
    if (kind === 'paywall') draft.paywalled = true;
    const named = kind === 'other' ? versionNoteParagraphs(trimmed) : undefined;
    if (named !== undefined) draft.namedParagraphs = Math.max(draft.namedParagraphs ?? 0, named);
    if (kind === 'header' && !draft.hasSentence) inHeader = true;
    // A wire's name alone atop a story is the page's outlet, not a picture's credit ("Reuters" / "Exclusive: TSMC weighs …").
    const photo = kind === 'photo' && opensCaption(trimmed, !draft.hasSentence, draft.body.length === 0 && draft.credits.length === 1);
    context = kind === 'list' || kind === 'rule' ? kind : photo ? 'photo' : context === 'rule' ? 'rule' : undefined;
    if (parting === 'after' && draft.body.length > 0) {
      done.push(finish(draft));
      draft = undefined;
    }
    return done;
  };
  const addLine = (text: string, trimmed: string, line: number, items = 0, startsParagraph = false): Segment[] => {
    // A dateline under a list's items: the last is its story's headline ("Most read" / … / "Japan approves …" / "TOKYO (Reuters) - …").
    let done = items > 0 && draft !== undefined && draft.body.length > 0 && startsWithDateline(trimmed, options.isPlace) ? storyFromItems(items, startsParagraph) ?? [] : [];
    const hasText = draft !== undefined && draft.body.length > 0;
    if (context === 'rule' && hasText && isHeadline(trimmed) && trimmed.includes(' ')) {
      // After a rule, a headline starts the next article ("* * *" / "Myanmar junta says …").
      done = [...done, finish(draft!)];
      draft = { ...newDraft(line), title: trimmed };
    } else if (hasText && startsWithDateline(trimmed, options.isPlace) && !quotesAfterColon(draft!)) {
      // (Or a section's label over the timestamp over the headline: "Society" / "12/03/2026 04:51 PM" / headline / "Taipei, Dec. 3 (CNA) …", p135 r07:
      // the label and headline had ended the story above, and the story under them had no title.)
      const block = headerBlock(draft!, options.isPlace) ?? labelOverStamp(draft!);
      if (block && (block.start === 0 || draft!.hasSentence)) done = [...done, ...restart(startAtHeader(draft!, block))];
      // (Not before the last paragraph the wire's version note names: "(Adds … Polish jets in paragraph 9)" over "MOSCOW - …" and
      // "WARSAW, Dec 6 (Reuters) - …", one story with a dateline for each city; p126: it had been cut in three.)
      else if (draft!.hasSentence && !onlyHeadlineAndDeck(draft!, options.isPlace) && !beforeNamedParagraph(draft!)) done = [...done, ...restart(startAtDateline(draft!, line))];
    } else if (hasText && draft!.hasSentence && endsSentence(trimmed) && trimmed.split(/\s+/u).length >= 15) {
      // A page's headline between two stories, with neither byline nor dateline: a line of seven words or more after a
      // finished paragraph and a blank line, over a lead that tells its time, or of eight words or more that asks no
      // question (p82, p83: ten and seven stories had merged into the one before them). A subhead is shorter ("What the
      // town wants next") or asks ("Why the opposition says …").
      const title = pageHeadlineAt(draft!, trimmed);
      if (title !== undefined) done = [...done, ...restart(startAtHeader(draft!, { start: title, labels: [], title, names: [] }))];
    }
    context = undefined;
    inHeader = false;
    const mark = endMarkAt(text);
    if (mark > 0 && /\S/u.test(text.slice(0, mark))) {
      // The end mark leaves the paragraph for the credits: "… provinces. Enditem" ends its sentence. What it is run onto may be a
      // credit itself, the wire's byline: "(By Hsieh Hsin-en and Wu Kuan-hsien) Enditem/KH" (p134: a line of the story, its writers people).
      const before = text.slice(0, mark).trim();
      if (kindOf(before) !== undefined) done = [...done, ...addCredit(before, line, 'other')];
      else addBody(text.slice(0, mark), line);
      return [...done, ...addCredit(text.slice(mark).trim(), line, 'other')];
    }
    addBody(text, line);
    return done;
  };
  /** The credit a kicker line is when read in sentence case ("CORRECTION: …", "SOURCE: Al Jazeera"), or undefined. */
  // (A prompt in capitals is one whatever follows it: "LIVE UPDATES: Taiwan drills" between paragraphs, where "Live updates: …" in sentence
  // case is a live page's headline.)
  const kickerCredit = (kicker: RegExpExecArray, trimmed: string): CreditKind | undefined => {
    const read = `${kicker[1]![0]}${kicker[1]!.slice(1).toLowerCase()}${trimmed.slice(trimmed.indexOf(kicker[1]!) + kicker[1]!.length)}`;
    return kindOf(read) ?? (isLiveHeadline(read) ? 'other' : undefined);
  };
  /** True for a label that is a dateline: a place's name, not a desk's section that a town shares. */
  const isDateline = (label: string): boolean => options.isPlace?.(label) === true && !DESK_SECTION.test(label);
  /** The kicker line's match when the line is a speaker's turn, "LABEL: what was said." (no credit, dateline, desk label or Q/A). */
  const turnOf = (text: string, kicker: RegExpExecArray | null = kickerOf(text)): RegExpExecArray | undefined => {
    if (!kicker || !SPOKEN.test((kicker[2] ?? '').trim()) || INTERVIEW_LABEL.test(kicker[1]!) || DESK_LABEL.test(kicker[1]!) || DESK_SECTION.test(kicker[1]!) ||
      // A town's name is a speaker's where the words after it speak ("CHU: Mr President, do you think …?", p101).
      (isDateline(kicker[1]!) && !CONVERSING.test(kicker[2] ?? ''))) return undefined;
    return kickerCredit(kicker, text.trim()) === undefined ? kicker : undefined;
  };
  /** True for a turn that reads as a speaker's words: one word in capitals that names no place, over words of a conversation. */
  const speakerInStory = (kicker: RegExpExecArray): boolean => !kicker[1]!.includes(' ') && !isDateline(kicker[1]!) && CONVERSING.test(kicker[2] ?? '');
  /** Ends the wait on a held turn: as the text of a transcript, or as a kicker line (then the blank lines after it). */
  const releaseTurn = (asText: boolean): Segment[] => {
    const held = heldTurn!;
    heldTurn = undefined;
    const done = asText ? addLine(held.text, held.text.trim(), held.line) : startAtKicker(held.text, held.line, held.kicker, held.startsParagraph);
    for (const blank of held.blanks) done.push(...segmenter.push({ text: '', line: blank }));
    return done;
  };
  const segmenter: Segmenter = {
    push({ text, line }) {
      if (comments !== undefined) {
        const done = commentLine({ text, line });
        if (done !== undefined) return done;
        if (comments !== undefined && comments.confirmed && text.trim() !== '') comments.last = line;
        return [];
      }
      // A line separator (U+2028, U+2029) or NEL ends a line for a reader as LF does; its pieces keep the line's number.
      if (LINE_SEPARATOR.test(text)) return text.split(LINE_SEPARATOR).flatMap((piece) => segmenter.push({ text: piece, line }));
      if (!exporting && opensExport(text.trim(), draft === undefined)) exporting = true;
      if (publicationNext && text.trim() !== '') {
        publicationNext = false;
        if (text.trim().length <= 100 && !/[.!?]$/u.test(text.trim())) return addCredit(text.trim(), line, 'other');
      }
      if (heldTurn) {
        if (INVISIBLE_ONLY.test(text)) {
          heldTurn.blanks.push(line);
          return [];
        }
        // A second turn, one of the two a speaker's words: the held one and this one are a transcript's text. So is an
        // interview's question or answer after it ("MODERATOR: …" / "Q: Minister, will you …?", p92).
        const turn = turnOf(text);
        const asked = turn === undefined ? kickerOf(text) : null;
        const next = turn ?? (asked && INTERVIEW_LABEL.test(asked[1]!) && asked[2] !== undefined ? asked : undefined);
        if (next && (CONVERSING.test(next[2]!) || CONVERSING.test(heldTurn.kicker[2]!))) {
          speakers = new Set([heldTurn.kicker[1]!, ...(turn ? [turn[1]!] : [])]);
          const done = releaseTurn(true);
          transcript = draft;
          return [...done, ...segmenter.push({ text, line })];
        }
        // A speaker's words inside a story ("… met in a televised debate." / "LAI: We will defend Taiwan …"), under one word in capitals that
        // names no place, are its text when another speaker's turn follows them, though that one's name is a town's ("CHU: The president is provoking
        // Beijing …"; h137: two such turns had split a story in three, "LAI" its kicker). One turn alone stays a kicker line (p68).
        const spoken = next === undefined && draft?.hasSentence === true && speakerInStory(heldTurn.kicker);
        const other = spoken ? kickerOf(text) : null;
        if (spoken && other !== null && !other[1]!.includes(' ') && SPOKEN.test((other[2] ?? '').trim()) && !DESK_LABEL.test(other[1]!) &&
          !DESK_SECTION.test(other[1]!) && kickerCredit(other, text.trim()) === undefined) {
          speakers = new Set([heldTurn.kicker[1]!, other[1]!]);
          const done = releaseTurn(true);
          transcript = draft;
          return [...done, ...segmenter.push({ text, line })];
        }
        return [...releaseTurn(false), ...segmenter.push({ text, line })];
      }
      // A line of spaces and invisible marks only (U+200B, U+2060, a soft hyphen) is blank: no article of its own.
      if (INVISIBLE_ONLY.test(text)) {
        // A kicker may stand a blank line above its headline, as a browser pastes a page; one blank line only.
        if (pending && pending.blankLine === undefined) {
          pending.blankLine = line;
          afterBlank = true;
          return [];
        }
        releasePending();
        // (A list's items keep their heading across blank lines, as a browser copies a page: "Read more:" / "" / "China sends …", p106.)
        if (context !== 'rule' && context !== 'list') context = undefined;
        // One blank line between paragraphs, also where a credit or page furniture line stood between two.
        if (draft && draft.body.length > 0 && !isBlank(draft.body[draft.body.length - 1]!)) addBody('', line);
        afterBlank = true;
        return [];
      }
      sawText = true;
      // A PDF page's number alone, set off by its margin: "                                    3" (p126 M4), a credit.
      if (draft !== undefined && PAGE_NUMBER_LINE.test(text)) return addCredit(text.trim(), line, 'other');
      const items = itemRun;
      itemRun = 0;
      const startsParagraph = afterBlank;
      afterBlank = false;
      const trimmed = text.trim();
      // A second label right under the first is one more label: the last one over the headline is the kicker. So is a section's name
      // in mixed case ("POLITICO" / "Europe" / headline; p130: "Europe" had been the title, and the story split from its header), and any one
      // capitalized word, a region or a country ("RNZ" / "Pacific" / "Vanuatu" / headline; p140: "Pacific" had been the title, the headline text).
      // Under two labels, a menu's, any capitalized label is one more ("FRANCE 24" / "Live" / "Europe" / "France" / "Culture" / "" / headline; p139:
      // "France" had been the title and "Culture" the text's first line), up to MAX_STACKED_LABELS.
      const stacked = pending && pending.blankLine === undefined ? LONE_KICKER.exec(text)?.[1] ??
        (isSectionName(trimmed) || ONE_WORD_LABEL.test(trimmed) || ((pending.above?.length ?? 0) >= 1 && isCapitalizedLabel(trimmed) && isTitleCase(trimmed)) ? trimmed : undefined) : undefined;
      const depth = pending?.above?.length ?? 0;
      if (stacked !== undefined && /\p{L}{3}/u.test(stacked) && kindOf(trimmed) === undefined && (depth < 2 || (depth < MAX_STACKED_LABELS && isCapitalizedLabel(trimmed)))) {
        pending = { text, line, kicker: stacked, above: [...(pending!.above ?? []), { text: pending!.text, line: pending!.line }] };
        return [];
      }
      if (pending) {
        const kicker = pending;
        pending = undefined;
        // A jump head over the line that says where the story came from is the story's: "DEFENCE" / "Continued from Page A1".
        if (draft !== undefined && JUMP_FROM.test(trimmed)) {
          addCredit(kicker.text.trim(), kicker.line, 'other');
          return addCredit(trimmed, line, 'other');
        }
        // (Under a menu's labels, one more label is no headline: "FRANCE 24" / … / "Sport" / "" / "EUROPE" / headline.)
        const menuLabel = (kicker.above?.length ?? 0) >= 2 && isCapitalizedLabel(trimmed) && kindOf(trimmed) === undefined;
        if (menuLabel && startsParagraph && (kicker.above?.length ?? 0) < MAX_STACKED_LABELS && /\p{L}{3}/u.test(trimmed)) {
          // The page's section under its menu: held as the menu's last label (p137: "FRANCE 24" / … / "Sport" / "" / "EUROPE" / headline).
          pending = { text, line, kicker: LONE_KICKER.exec(text)?.[1] ?? trimmed, above: [...kicker.above!, { text: kicker.text, line: kicker.line }] };
          return [];
        }
        if (isHeadline(trimmed) && kindOf(trimmed) === undefined && kickerOf(text) === null && !menuLabel) {
          // Credits with no text before the kicker are its story's: a site's name over its page ("Focus Taiwan" / "CNA English News";
          // p129: they had been an `empty-article` row, fatal under --strict).
          const carried = draft !== undefined && creditsOnlyDraft(draft) ? draft.credits.map((c) => ({ ...c, at: 0 })) : [];
          // So is a site's menu over the kicker, with the credits among its lines (p137 r1: "The Kyiv Independent" / "News Feed" / … / "Opinion" /
          // "" / "UKRAINE WAR LATEST" / headline had been an untitled, truncated article of its own, "Kyiv Independent" and "Feed" organizations).
          const menu = draft !== undefined && carried.length === 0 ? menuAtEnd(draft) : undefined;
          if (menu !== undefined) {
            const menuCredits = draft!.body.slice(menu).flatMap((b) => (isBlank(b) ? [] : [{ text: b.text.trim(), line: b.line, at: 0, header: false }]));
            // (The credits before its first line are the story's above: "… towns." / caption / "Read Next" / … / "Radio Free Asia" / "Home | China | …".)
            const moves = (c: Credit): boolean => menu === 0 || c.at > menu;
            carried.push(...[...draft!.credits.filter(moves).map((c) => ({ ...c, at: 0 })), ...menuCredits].sort((a, b) => a.line - b.line));
            draft!.credits = draft!.credits.filter((c) => !moves(c));
            draft!.body = draft!.body.slice(0, menu);
          }
          const done = draft && (menu === undefined ? carried.length === 0 : menu > 0) ? [finish(draft)] : [];
          // The headline is the title and stays the text's first line: topics weigh it, and its names are mentions.
          draft = { ...newDraft(carried[0]?.line ?? kicker.above?.[0]?.line ?? kicker.line), kicker: kicker.kicker, title: trimmed, credits: carried };
          for (const label of kicker.above ?? []) draft.credits.push({ text: label.text.trim(), line: label.line, at: 0, header: true });
          addBody(text, line);
          return done;
        }
        addPendingBody(kicker);
      }
      const lone = startsParagraph ? LONE_KICKER.exec(text) : null;
      // (Not a list's item: "Related Topics" / "" / "KMT" / "" / "DPP" had been a story with its kicker and title, p128.)
      if (lone && /\p{L}{3}/u.test(lone[1]!) && kindOf(trimmed) === undefined && !(context === 'list' && isListItem(trimmed))) {
        pending = { text, line, kicker: lone[1]! };
        return [];
      }
      let kicker = kickerOf(text);
      if (kicker) {
        // A credit written in capitals is the credit ("CORRECTION: …", "READ MORE: …", "SOURCE: Al Jazeera"), as in
        // sentence case; an interview's "Q:" and "A:" are its text. Neither starts an article.
        const credit = draft !== undefined ? (draft.hasSentence && NOTE_LABEL.test(kicker[1]!) && /\S/u.test(kicker[2] ?? '') ? 'other' : kickerCredit(kicker, trimmed)) : undefined;
        if (credit !== undefined) return addCredit(trimmed, line, credit);
        if (draft !== undefined && INTERVIEW_LABEL.test(kicker[1]!)) kicker = null;
        // Nor a database field's name before a sentence that goes on in lower case: "BYLINE: the field that names the writer,
        // Garcia said, is often blank." is the story's (p117).
        else if (draft !== undefined && FIELD_NAME.test(kicker[1]!) && /^\p{Ll}/u.test((kicker[2] ?? '').trim())) kicker = null;
      }
      if (kicker && transcript !== undefined && transcript === draft && speakers.has(kicker[1]!)) return addLine(text, trimmed, line);
      if (kicker && turnOf(text, kicker)) {
        if (transcript !== undefined && transcript === draft) {
          speakers.add(kicker[1]!);
          return addLine(text, trimmed, line);
        }
        heldTurn = { text, line, kicker, startsParagraph, blanks: [] };
        return [];
      }
      if (kicker) {
        context = undefined;
        inHeader = false;
        return startAtKicker(text, line, kicker, startsParagraph);
      }
      if (draft !== undefined && draft.hasSentence && trimmed.length <= 60 && COMMENT_HEADING.test(trimmed)) {
        comments = { first: line, last: line, confirmed: false, held: [] };
        return addCredit(trimmed, line, 'other');
      }
      const own = kindOf(trimmed);
      const kind = own ?? contextKind(trimmed);
      if (kind === undefined) return addLine(text, trimmed, line, items, startsParagraph);
      if (own === undefined && context === 'photo' && kind === 'other') bareCaptionLine = line;
      const done = addCredit(trimmed, line, kind, items);
      if (own === undefined && kind === 'list') {
        itemRun = items + 1;
        lastItemLine = line;
      }
      return done;
    },
    end() {
      const commented = comments !== undefined ? commentNote() : [];
      if (commented.length > 0) return [...commented, ...segmenter.end()];
      const held = heldTurn ? releaseTurn(false) : [];
      releasePending();
      const done = [...held, ...(draft ? [finish(draft)] : [])];
      draft = undefined;
      if (!sawText) {
        done.push({
          error: {
            file: source, stage: 'segment', rule: 'empty-input', fatal: true,
            message: `${source}: no text to segment (the input is empty or only whitespace)`,
          },
        });
      }
      return done;
    },
  };
  // Hard-wrapped paragraphs reach the rules above as one line each (unwrap.ts).
  // (A dateline or a kicker opens a wrapped paragraph's first line, never a later one: "POLITICS: The Kuomintang said …" /
  // "… Huang Kuo-" / "chang also …", a 70-column digest, p80.)
  const structural = (text: string, first: boolean): boolean => (!first && kickerOf(text) !== null) || kindOf(text.trim()) !== undefined || (!first && startsWithDateline(text.trim(), options.isPlace));
  const unwrapped = unwrappingLines((line: SourceLine) => segmenter.push(line), structural);
  return { push: (line) => unwrapped.push(line), end: () => [...unwrapped.flush(), ...segmenter.end()] };

  /** A kicker or dateline line ("TRADE: …", "SINGAPORE: …") starts a new article, with the headline before it. */
  function startAtKicker(text: string, line: number, kicker: RegExpExecArray, startsParagraph: boolean): Segment[] {
    const dateline = isDateline(kicker[1]!);
    // The Taipei Times sets its deck right under the headline behind a label of its own: "Cabinet approves special budget" /
    // "SPENDING PLAN: The premier said the money would go to air defense" / "By Lin Ching-yin / Staff reporter". The deck is
    // the headline's article's, the label no new story's (p127: a headline-only article, and an untitled one with the deck).
    const labelled = (kicker[2] ?? '').trim();
    const texts = draft === undefined || dateline || startsParagraph || labelled === '' || draft.hasSentence ? [] : draft.body.filter((b) => !isBlank(b));
    // (Section labels over the headline, a menu's last entry or the page's section, are credits: "Business" / "Sat, Dec 05, 2026 page 1" /
    // headline / "LATE-SEASON STORM: …"; p141: the label and headline had been an article of their own, the deck the story's first line.)
    const headlineLine = texts.at(-1);
    const overHeadline = texts.slice(0, -1);
    const labelsOver = overHeadline.length === 0 || (overHeadline.length <= MAX_LABELS_OVER_DECKED && headlineLine!.text.trim().split(/\s+/u).length > 3 &&
      overHeadline.every((b) => isCapitalizedLabel(b.text.trim())));
    if (headlineLine !== undefined && labelsOver && draft!.body[draft!.body.length - 1] === headlineLine && isHeadline(headlineLine.text.trim()) && draft!.deck === undefined) {
      if (overHeadline.length > 0) {
        draft!.credits.push(...overHeadline.map((b) => ({ text: b.text.trim(), line: b.line, at: 0, header: true })));
        draft!.body = [headlineLine];
      }
      draft!.title ??= headlineLine.text.trim();
      // The last label is the kicker, an earlier one (the page's section, "POLITICS") a credit, as in a header.
      if (draft!.kicker !== undefined) draft!.credits.unshift({ text: draft!.kicker, line: draft!.line, at: 0, header: true });
      draft!.kicker = kicker[1]!;
      draft!.deck = labelled;
      addBody(labelled, line);
      return [];
    }
    // So where a paste has no blank lines, the headline right under the story before's last sentence ("… can be appealed." /
    // "China Coast Guard ships enter Kinmen waters …" / "‘GRAY ZONE’: The MAC said …"; p128: the headline had ended that story).
    const last = draft === undefined || dateline || startsParagraph || labelled === '' || !draft.hasSentence ? undefined : draft.body.at(-1);
    const above = draft?.body.at(-2);
    // (Or under its page's date line, which goes with it: "… Most Popular" / … / "Sun, Dec 06, 2026 page 1" / headline / "SHOW OF FORCE: …"; p141.)
    const stamps = last === undefined || last.after !== 'header' ? 0 : pageLinesOver(draft!, draft!.body.length - 1);
    if (last !== undefined && above !== undefined && (last.after === undefined || stamps > 0) && !isBlank(last) && endsSentence(above.text) && isStoryHeadline(last.text.trim()) &&
      draft!.body.length > 2 && labelled.split(/\s+/u).length >= 4) {
      const moved = draft!.credits.slice(draft!.credits.length - stamps).map((c) => ({ ...c, at: 0 }));
      const finished = { ...draft!, body: draft!.body.slice(0, -1), credits: draft!.credits.slice(0, draft!.credits.length - stamps) };
      draft = { ...newDraft(moved[0]?.line ?? last.line), title: last.text.trim(), kicker: kicker[1]!, deck: labelled, body: [last], credits: moved };
      creditedSinceBody = undefined;
      addBody(labelled, line);
      return [finish(finished)];
    }
    // A dateline alone on its line under a header and a photo's caption with no credit is that article's ("Headline" / "Krishnadas
    // Rajagopal" / "Updated - …" / "The Supreme Court of India in New Delhi." / "NEW DELHI:", as The Hindu pastes; p128: the caption
    // had been the header's first sentence, and the story an article of its own). The caption goes to the credits.
    if (dateline && labelled === '' && draft !== undefined && captionUnderHeader(draft)) {
      const caption = draft.body.pop()!;
      draft.credits.push({ text: caption.text.trim(), line: caption.line, at: draft.body.length, header: false });
      draft.hasSentence = draft.body.some((b) => endsSentence(b.text));
      creditedSinceBody = 'credit';
      addBody(text, line);
      return [];
    }
    // A dateline under a header that has no sentence yet opens that article's text ("Headline" / "Byline" / "ISLAMABAD: …").
    if (dateline && draft !== undefined && !draft.hasSentence && draft.body.some((b) => !isBlank(b)) && draft.credits.some((c) => c.header)) {
      addBody(text, line);
      return [];
    }
    // A dateline under a header whose story has no text yet, a headline and its deck, opens that story's text, credits between them or not
    // ("Asia" / headline / "" / "The tycoon's lawyers say they will appeal." / caption / "Listen to this article" / "HO CHI MINH CITY: …", as
    // CNA pastes a page; p139: the story had been cut from its header, an untitled article). The deck is the article's `deck`.
    if (dateline && draft !== undefined && onlyHeadlineAndDeck(draft, options.isPlace)) {
      draft.deck ??= draft.body.findLast((b) => !isBlank(b))!.text.trim();
      addBody(text, line);
      return [];
    }
    // A headline, then a kicker or dateline line: the headline is that article's title (a pasted page).
    let at = headlineBefore(draft, startsParagraph);
    // (Section labels alone over it are its page's credits: "Business" / "" / "Sat, Dec 05, 2026 page 1" / "" / headline / "" / "STORM: …"; p141.)
    if (at !== undefined && at > 0 && labelsOnlyAbove(draft!, at)) {
      draft!.credits.push(...draft!.body.slice(0, at).filter((b) => !isBlank(b)).map((b) => ({ text: b.text.trim(), line: b.line, at: 0, header: true })));
      draft!.body = draft!.body.slice(at);
      at = 0;
    }
    const headline = at === undefined ? undefined : draft!.body[at]!;
    const alone = at !== undefined && draft!.body.slice(0, at).every(isBlank);
    // The header credits that came after the headline belong to the headline's article ("Drone hits refinery" / "by …" / "KYIV: …"), and
    // so does a print page's date line right over it.
    const pageLines = at === undefined || alone ? 0 : pageLinesOver(draft!, at);
    const moves = (c: Credit, i: number): boolean => (c.header && c.at > at!) || i >= draft!.credits.length - pageLines;
    const moved = at === undefined || alone ? [] : draft!.credits.filter(moves).map((c) => ({ ...c, at: c.at > at! ? 1 : 0 }));
    if (moved.length > 0) draft!.credits = draft!.credits.filter((c, i) => !moves(c, i));
    // Credits with no text before the kicker are its article's ("Forwarded from Japan Today", "By Jane Doe" over "JAPAN: …";
    // p86: they had been an article of their own, an `empty-article` row, and were lost).
    const creditsOnly = draft !== undefined && at === undefined && creditsOnlyDraft(draft);
    // So is a forward's line after the last text of the post before ("@taiwannewschannel" / "Forwarded from Japan Today" / "JAPAN: …").
    const lastText = draft === undefined ? -1 : draft.body.findLastIndex((b) => !isBlank(b));
    const forwards = draft === undefined || creditsOnly || at !== undefined ? [] : draft.credits.filter((c) => c.at > lastText && FORWARDED_FROM.test(c.text));
    if (forwards.length > 0) draft!.credits = draft!.credits.filter((c) => !forwards.includes(c));
    const done = draft && !alone && !creditsOnly ? [finish({ ...draft, body: at === undefined ? draft.body : draft.body.slice(0, at) })] : [];
    const next = newDraft(at === undefined ? (creditsOnly ? draft!.line : line) : alone ? draft!.line : headline!.line);
    next.credits = creditsOnly ? draft!.credits.map((c) => ({ ...c, at: 0 })) : alone ? draft!.credits.map((c) => ({ ...c, at: Math.min(c.at, 1) })) : [...forwards.map((c) => ({ ...c, at: 0 })), ...moved];
    if (headline) {
      next.title = headline.text.trim();
      next.body.push({ text: headline.text, line: headline.line });
    }
    if (!dateline) next.kicker = kicker[1]!;
    draft = next;
    creditedSinceBody = undefined;
    if (dateline) {
      addBody(text, line);
      return done;
    }
    const rest = (kicker[2] ?? '').trim();
    const split = options.splitDecks ? splitDeck(rest) : undefined;
    if (split) {
      draft.deck = split.deck;
      addBody(split.body, line);
    } else if (rest) {
      // A labelled deck under its headline across blank lines, with no stop at its end, is the deck as it is with none ("Recall drive
      // … fails" / "" / "RECALL FAILS: Fewer than 25 percent … said" / "" / "By …"; p132 r11: the deck had stayed body text, `deck` empty).
      const words = rest.split(/\s+/u).length;
      if (headline && rest.length <= 300 && words >= 4 && words <= 40 && !endsSentence(rest)) draft.deck = rest;
      addBody(rest, line);
    }
    return done;
  }
}

/**
 * Adds a body line's UTF-8 bytes to the draft's count of its text's: the line's, and the line break before it; a blank line
 * counts once text follows it, as the text ends at its last line (p132: "PARIS: …" of 56 bytes and a blank line under it had
 * been "57 bytes of text, over the limit of 56").
 */
function countBytes(draft: Draft, text: string): void {
  if (text === '') {
    draft.blankLines = (draft.blankLines ?? 0) + 1;
    return;
  }
  const bytes = Buffer.byteLength(text);
  draft.bytes = draft.bytes === undefined ? bytes : draft.bytes + (draft.blankLines ?? 0) + 1 + bytes;
  draft.blankLines = 0;
}

// Longer than a header's line, with no space: no rule reads it as a headline, a header, a caption or a name.
const DROPPED_LENGTH = 401;

/** The body line that stands for the text an oversize draft does not keep: a paragraph, which ends a sentence where its last kept line did. */
function droppedText(sentence: boolean): string {
  return sentence ? `${'x'.repeat(DROPPED_LENGTH)}.` : 'x'.repeat(DROPPED_LENGTH);
}

/**
 * How many of the draft's last credits are a print page's date lines ("Sun, Dec 06, 2026 page 1") right over its body line `k`, blank lines
 * between them aside: they open the page of the headline there, not the story above's.
 */
function pageLinesOver(draft: Draft, k: number): number {
  let n = 0;
  for (let c = draft.credits.length - 1; c >= 0; c--) {
    const credit = draft.credits[c]!;
    if (credit.at !== k || !credit.header || !PRINT_PAGE_LINE.test(credit.text)) break;
    n++;
  }
  return n;
}

/** True when the draft has no sentence and its lines over body line `k` are a few section labels ("Business"), blank lines aside. */
function labelsOnlyAbove(draft: Draft, k: number): boolean {
  // (No more lines are read than the labels and the blank lines between them take.)
  if (draft.hasSentence || k > 2 * MAX_LABELS_OVER_DECKED + 1) return false;
  const lines = draft.body.slice(0, k).filter((b) => !isBlank(b));
  return lines.length > 0 && lines.length <= MAX_LABELS_OVER_DECKED && lines.every((b) => isCapitalizedLabel(b.text.trim()));
}

/** True for a draft of credits only: no kicker, title or text yet ("Forwarded from Japan Today", a site's name over its page). */
function creditsOnlyDraft(draft: Draft): boolean {
  return draft.kicker === undefined && draft.title === undefined && draft.body.every(isBlank) && draft.credits.length > 0;
}

/** The segment a finished draft gives: its article, or an `empty-article` error when it has no body text. */
function draftToSegment(draft: Draft, source: string, index: number): Segment {
  const article = draftToArticle(draft, source, index);
  if (article) return { article };
  const id = `${source}#${index}`;
  return {
    error: {
      file: source, line: draft.line, articleId: id, stage: 'segment', rule: 'empty-article', fatal: true,
      message: `${source}:${draft.line}: article ${id}${draft.kicker ? ` (${draft.kicker})` : ''} has no body text`,
    },
  };
}

/**
 * True when the draft's last paragraph ends in a colon: a dateline right under it is the story it quotes ("The report, published
 * on Thursday, said:" / "    TAIPEI, Dec 4 (Reuters) - …", p101), not the next story's.
 */
function quotesAfterColon(draft: Draft): boolean {
  for (let k = draft.body.length - 1; k >= 0; k--) {
    const text = draft.body[k]!.text.trim();
    if (text !== '') return text.endsWith(':') && text.includes(' ');
  }
  return false;
}

// The most body lines a header with its menu has (`onlyHeadlineAndDeck`): a menu's labels, a section, a headline and a deck, blank lines between.
const MAX_MENU_HEADER_LINES = 60;

/**
 * True when the draft is a headline and at most one paragraph under it (a standfirst: "EU readies retaliation" /
 * "Brussels says the move breaches the deal." / "By Anna Keller"), under nothing but a site's menu and section labels
 * ("CNA" / "Asia" / … / "" / "Asia" / "" / headline / "" / deck): a dateline after it opens that story's text, not
 * another story.
 */
function onlyHeadlineAndDeck(draft: Draft, isPlace: SegmentOptions['isPlace']): boolean {
  if (draft.body.length > MAX_MENU_HEADER_LINES) return false;
  const lines = draft.body.filter((b) => !isBlank(b));
  const n = lines.length;
  // Not a story's first paragraph, which opens with its own dateline ("Hong Kong (AFP) – …").
  return n >= 2 && !endsSentence(lines[n - 2]!.text) && lines[n - 2]!.text.trim().includes(' ') && !startsWithDateline(lines[n - 1]!.text.trim(), isPlace) &&
    lines.slice(0, n - 2).every((b) => isCapitalizedLabel(b.text.trim())) && (n === 2 || lines[n - 2]!.text.trim().split(/\s+/u).length > 3);
}

/**
 * True when the draft is a header (at most 12 lines, no sentence above its last line) whose last line, right under its last credit, a
 * byline or timestamp (a blank line between them aside), is a photo's caption: one sentence of at most 250 characters.
 */
function captionUnderHeader(draft: Draft): boolean {
  const last = draft.credits.at(-1);
  const caption = draft.body.at(-1);
  const n = draft.body.length;
  if (last === undefined || !last.header || caption === undefined || isBlank(caption) || n > 12) return false;
  if (last.at !== n - 1 && !(last.at === n - 2 && isBlank(draft.body[n - 2]!))) return false;
  const text = caption.text.trim();
  return text.length <= 250 && endsSentence(text) && !/[.!?]\s/u.test(text) && !draft.body.slice(0, -1).some((b) => endsSentence(b.text));
}

/** True while the draft has fewer paragraphs than its wire's version note names (it counts at most that many lines). */
function beforeNamedParagraph(draft: Draft): boolean {
  const named = draft.namedParagraphs;
  if (named === undefined) return false;
  // (The headline is no paragraph.)
  let paragraphs = draft.title !== undefined ? -1 : 0;
  for (let k = 0; k < draft.body.length && paragraphs < named; k++) if (!isBlank(draft.body[k]!)) paragraphs++;
  return paragraphs < named;
}

/** Segments a sequence of lines; see `createSegmenter`. */
export function* segmentLines(lines: Iterable<SourceLine>, source: string, options?: SegmentOptions): Generator<Segment> {
  const segmenter = createSegmenter(source, options);
  for (const line of lines) yield* segmenter.push(line);
  yield* segmenter.end();
}

// Words a deck cannot end on, or that glue a capitalized word into the running sentence.
const FUNCTION_WORDS = new Set(
  ('a an the of to in on at for with by from into onto about over under after before during against ' +
    'between among without within via per as than and or but nor so yet if that which who whom whose ' +
    'this these those his her its their our my your is are was were be been being am has have had do ' +
    'does did will would shall should can could may might must not no former then new mr ms dr ' +
    // A name's particles, which a capitalized part follows ("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani", p84).
    'bin bint binti ibn al el de da di du dos das del della van von der den ter la le ' +
    // A region's adjective, which a place's name follows ("torrential rain in central | Vietnam have killed", p89).
    'central northern southern eastern western northeastern northwestern southeastern southwestern north south east west')
    .split(' '),
);

const MIN_DECK_WORDS = 10;
const MIN_BODY_WORDS = 8;
const MIN_RUN_ON_WORDS = 30;
const MAX_DECK_WORDS = 60;
const BODY_LOOK = 600;

// Words that open a sentence and stand capitalized inside none: a body's first word after a deck that ends without a stop.
const SENTENCE_OPENERS = new Set(
  ('The A An It He She They We This These Those Its His Her Their Our In On At After Before While When With Despite ' +
    'Although Since If But However Meanwhile According During Some Many Most Several').split(' '),
);
// "class A shares", "serie A club": a letter, not the article.
const LETTER_BEFORE = /^(?:class|series|serie|type|grade|category|plan|section|group|division|league|vitamin|hepatitis|influenza)$/u;
// A clause's verb in the body's first words, before any comma: "… member Ho Jen-chieh (何仁傑) was detained", "Judicial authorities searched".
const CLAUSE_VERB = /^[^,;:]*?\b(?:is|are|was|were|has|have|had|will|would|must|can|could|should|may|might|said|says|\p{Ll}+ed)\b/u;
// Words after which a capitalized word goes on the sentence: an object counted or told, a date's preposition.
// A news database's field names, which an ALL-CAPS kicker could be.
const FIELD_NAME = /^(?:BYLINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|DATELINE|HIGHLIGHT|GRAPHIC|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|INDUSTRY|COMPANY|TICKER)$/u;
const CONTINUING = /^(?:told|tell|tells|telling|said|says|asked|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|since|until|till|ended|ending|starting|beginning|from|key|vice-president|president)$/u;
const OBJECT_AND_VERB = /^\p{Lu}\S*(?: \p{Lu}\S*){0,3} and \p{Ll}+ed\b/u;
// A preposition and one lower-case noun at a deck's end: the name after it is that noun's ("for broadcaster ARD").
const POSSESSED_NOUN = /(?:\b(?:its|his|her|their|our|whose)|['’]s) \p{Ll}[\p{Ll}-]*$/u;
const NOUN_AFTER_PREPOSITION = /\b(?:for|by|from|with|at|to|of|in|on) (?:the |a |an )?\p{Ll}[\p{Ll}-]*$/u;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;

/**
 * Finds where a deck (sub-headline) runs into the body without punctuation, e.g.
 * "…leaking information to Chinese intelligence Democratic Progressive Party (DPP) member…".
 * Returns `{deck, body}` only when the first sentence is a run-on (≥ 30 words), a lowercase content word followed by a
 * capitalized word leaves ≥ 10 words of deck and ≥ 8 of body, and the capitalized word opens a sentence: a word that
 * stands capitalized only there ("The", "It", "In"), or a clause whose verb follows within its first words while the
 * story's time ("yesterday", "on Monday") is in the body and not in the deck. A long lead sentence has many lowercase
 * words before a name ("to beat Tottenham Hotspur 3-2 on Sunday"): cut there, the deck had taken the lead's names out of
 * the text searched (no split is better than a wrong one).
 */
export function splitDeck(line: string): { deck: string; body: string } | undefined {
  const words = [...line.matchAll(/\S+/gu)];
  const firstStop = words.findIndex((w) => endsSentence(w[0]));
  const sentenceWords = firstStop === -1 ? words.length : firstStop + 1;
  if (sentenceWords < MIN_RUN_ON_WORDS) return undefined;
  // A deck is a sentence's worth of words: no cut is tried past MAX_DECK_WORDS, so each line costs what its first words do.
  for (let i = MIN_DECK_WORDS; i <= Math.min(sentenceWords - MIN_BODY_WORDS, MAX_DECK_WORDS); i++) {
    const previous = words[i - 1]![0];
    const next = words[i]![0];
    if (!/^\p{Ll}[\p{L}-]*$/u.test(previous) || FUNCTION_WORDS.has(previous)) continue;
    if (!/^\p{Lu}/u.test(next)) continue;
    const at = words[i]!.index!;
    const deck = line.slice(0, at).trimEnd();

    // (The body's first sentence is read at most BODY_LOOK characters far.)
    const head = line.slice(at, at + BODY_LOOK);
    const stop = /[.!?]["”’]?(?:\s|$)/u.exec(head);
    const timed = !LEAD_TIME.test(deck) && LEAD_TIME.test(stop ? head.slice(0, stop.index) : head);
    const opener = SENTENCE_OPENERS.has(next) && !(next === 'A' && LETTER_BEFORE.test(previous))
      // "her novel The Salt Road": "The" before a capitalized word may open a title.
      && (!/^(?:The|A|An)$/u.test(next) || /^\p{Ll}/u.test(words[i + 1]?.[0] ?? '') || timed);
    // (Not a name that is the object of the sentence before, joined to its next verb: "on the messaging app | LINE and
    // swindled more than 1,400 people", p89.)
    // (Nor a name after a preposition's noun: "a poll … for broadcaster | ARD showed on Thursday", p102: the lead had gone to `deck`.)
    // (Nor a name after a possessed noun, its apposition: "… for a second term, its secretary-general | Shunichi Suzuki said on
    // Monday", p107.)
    const clause = timed && !CALENDAR_WORD.test(next) && !CONTINUING.test(previous) && !NOUN_AFTER_PREPOSITION.test(deck) && !POSSESSED_NOUN.test(deck) &&
      CLAUSE_VERB.test(head.split(' ').slice(0, 9).join(' ')) && !OBJECT_AND_VERB.test(head);
    if (opener || clause) return { deck, body: line.slice(at) };
  }
  return undefined;
}

/** A line's kind of credit (`creditKind`), or undefined for a line that is none. */
export type CreditClassifier = (line: string) => CreditKind | undefined;

/**
 * Returns `creditKind` with `creditPattern`, each distinct line classified once: the scans of one JSONL article's credits
 * (leading, trailing, interior) share one, as they meet its first and last lines twice (about 2 of 10 lines an article of
 * the bench corpus, at some 60 patterns a line).
 */
export function creditClassifier(creditPattern: RegExp = defaultSegmentOptions.creditPattern): CreditClassifier {
  const kinds = new Map<string, CreditKind | undefined>();
  return (line) => {
    // (A line longer than any the interior scan reads is met once: not kept.)
    if (line.length > MAX_INTERIOR_LINE) return creditKind(line, creditPattern);
    const known = kinds.get(line);
    if (known !== undefined || kinds.has(line)) return known;
    const kind = creditKind(line, creditPattern);
    kinds.set(line, kind);
    return kind;
  };
}

/**
 * The credits at the end of a JSONL article's text, which is kept as given: its last lines up to its last line of body text, when
 * each is a credit or a page's furniture ("© 2026 AFP", "Edited by: Rana Taha", "Send us your feedback", "TaiwanPlus News", "Follow
 * us on Instagram for more stories."), a list's items under its heading ("Related News" / "Nov. 25 MAC says …"), and a site's sign-off
 * or an end mark run onto the last body line ("… in Cebu City. – Rappler.com"). Returns them with `bodyEnd`, the code point offset
 * where the body ends (the stages read no further, and `truncated` is judged there), or undefined when the text ends in body text (or
 * is credits only).
 */
export function trailingCredits(text: string, kindOf: CreditClassifier = creditClassifier()): { bodyEnd: number; credits: string[] } | undefined {
  const credits: string[] = [];
  let end = text.length;
  while (end > 0) {
    const start = lineStartBefore(text, end);
    const line = text.slice(start, end).trim();
    if (line !== '' && kindOf(line) === undefined) {
      const heading = listHeadingAbove(text, start, kindOf);
      if (heading !== undefined) {
        credits.push(...heading.items.reverse());
        end = heading.start > 0 ? heading.start - 1 : 0;
        continue;
      }
      const kept = text.slice(start, end).trimEnd();
      const mark = Math.max(signOffAt(kept), endMarkAt(kept));
      if (mark > 0) credits.push(markCredit(kept.slice(mark)));
      // (A wire's byline the end mark is run onto is a credit too, and the scan goes on above it: "(By A and B) Enditem/KH", p134.)
      if (mark > 0 && kindOf(kept.slice(0, mark).trim()) !== undefined) {
        credits.push(kept.slice(0, mark).trim());
        end = start > 0 ? start - 1 : 0;
        continue;
      }
      if (credits.length === 0) return undefined;
      return { bodyEnd: codePointLength(text.slice(0, start + (mark > 0 ? kept.slice(0, mark) : kept).length)), credits: credits.reverse() };
    }
    if (line !== '') credits.push(line);
    end = start > 0 ? start - 1 : 0;
  }
  return undefined;
}

/** The offset where the line that ends at `end` starts. */
function lineStartBefore(text: string, end: number): number {
  // (One scan back to the line's start: a `lastIndexOf` of a break the text lacks would read the whole text at each line.)
  let start = end;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

const MAX_TRAILING_ITEMS = 8;

/**
 * A list's heading above the line at `at`, with no blank line and no finished sentence between ("Related News" / "Nov. 25 MAC says 13
 * Taiwanese detained in China"): returns where the heading's line starts and the lines from the heading down to the line at `at`.
 */
function listHeadingAbove(text: string, at: number, kindOf: CreditClassifier): { start: number; items: string[] } | undefined {
  const items: string[] = [];
  let end = text.indexOf('\n', at);
  if (end === -1) end = text.length;
  let start = at;
  for (let read = 0; read <= MAX_TRAILING_ITEMS && end > 0; read++) {
    const line = text.slice(start, end).trim();
    if (line === '' || line.length > 200) return undefined;
    if (read > 0 && kindOf(line) === 'list') return { start, items: [line, ...items] };
    if (endsSentence(line)) return undefined;
    items.unshift(line);
    end = start > 0 ? start - 1 : 0;
    start = lineStartBefore(text, end);
  }
  return undefined;
}

/**
 * The byline, timestamp and section label lines that open a JSONL article's text, which is kept as given ("Politics" / "By Sean
 * Scanlon, Taiwan News, Staff Writer" / "2026/11/26 16:20"; p132: the writer had been a person of the story, the outlet an
 * organization), and the masthead and menu over them. Returns them with `bodyStart`, the code point offset of the first line of body text,
 * or undefined when the text opens with no byline or timestamp among its first `MAX_LEADING_LINES` lines, or is nothing else.
 */
export function leadingCredits(text: string, kindOf: CreditClassifier = creditClassifier()): { bodyStart: number; credits: string[] } | undefined {
  const credits: string[] = [];
  let bylines = 0;
  let start = 0;
  for (let read = 0; read < MAX_LEADING_LINES && start < text.length; read++) {
    // (A line is read up to 200 characters: no byline is longer, and the text's first paragraph is not read whole.)
    let end = start;
    while (end < text.length && end - start < 200 && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      const kind = end - start < 200 ? kindOf(line) : undefined;
      if (kind === 'header') bylines++;
      // (A section's name or path over the byline is the page's: "Politics", "NEWS | EAST AFRICA"; p138: the path had stayed the text's.)
      // (So are a masthead and a menu of labels over the first byline: "The East African" / "News" / "East Africa" / "Kenya" / "Uganda", "Mexico
      // News Daily" / "News" / "Business", "Taiwan News" / "Politics" / "Interview"; p141: places and organizations of the story.)
      else if (!isSectionName(line) && !(bylines === 0 && (isSectionPath(line) || isCapitalizedLabel(line)))) return bylines > 0 ? { bodyStart: codePointLength(text.slice(0, start)), credits } : undefined;
      credits.push(line);
    }
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return undefined;
}

// The most lines read for a JSONL text's leading credits: a masthead, a menu of up to twelve labels, a byline and a timestamp.
const MAX_LEADING_LINES = 16;

// A line longer than any credit (`creditKind` reads none past 800 characters) is a paragraph of the body, and no test reads it.
const MAX_INTERIOR_LINE = 800;
// What an interior line may be on its own: a rule is a scene break and stays; so does a paywall prompt, which tells where the story was cut.
const INTERIOR_KINDS: ReadonlySet<CreditKind> = new Set(['header', 'photo', 'list', 'other']);

/**
 * The page furniture inside a JSONL article's body, which is kept as given: between `bodyStart` and `bodyEnd` (code points), each line that
 * is a credit on its own, as a .txt draft reads it between paragraphs ("CNA photo Nov. 30, 2026", "… AP Photo/Martin Meissner", "(By A and
 * B)", "Enditem/ASG", "Advertisement", "Read more: …", "Support Focus Taiwan"), a wire's byline run onto its end mark, and a list's heading
 * with the items right under it ("Related News" / "Nov. 25 MAC says …", up to a blank line or a finished sentence). Returns the lines with
 * their spans, or undefined when there is none or nothing of the body would be left.
 */
export function interiorCredits(text: string, bodyStart = 0, bodyEnd = Infinity, kindOf: CreditClassifier = creditClassifier()):
  { spans: NonNullable<Article['creditSpans']>; credits: string[] } | undefined {
  const spans: NonNullable<Article['creditSpans']> = [];
  const credits: string[] = [];
  const furniture = (line: string): CreditKind | undefined => {
    const kind = kindOf(line);
    return kind !== undefined && INTERIOR_KINDS.has(kind) ? kind : undefined;
  };
  let bodyLeft = false;
  // The items still to be read under a list's heading, 0 outside a list.
  let items = 0;
  // (One pass; the code point offset is counted line by line.)
  let at = 0;
  let codePoint = 0;
  while (at <= text.length) {
    let end = at;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const raw = text.slice(at, end);
    const length = codePointLength(raw);
    const line = raw.trim();
    const read = line !== '' && line.length <= MAX_INTERIOR_LINE && codePoint >= bodyStart && codePoint + length <= bodyEnd;
    const kind = read ? furniture(line) : undefined;
    if (!read) {
      // (A line the body's end cuts, "… in Cebu City. – Rappler.com", is the body's.)
      if (line !== '' && codePoint < bodyEnd && codePoint + length > bodyStart) bodyLeft = true;
      items = 0;
    } else if (kind !== undefined) {
      credits.push(line);
      spans.push({ start: codePoint, end: codePoint + length });
      items = kind === 'list' ? MAX_TRAILING_ITEMS : 0;
    } else if (items > 0 && isListItem(line) && !endsSentence(line)) {
      credits.push(line);
      spans.push({ start: codePoint, end: codePoint + length });
      items--;
    } else {
      items = 0;
      const mark = endMarkAt(line);
      if (mark > 0 && furniture(line.slice(0, mark).trim()) !== undefined) {
        credits.push(line.slice(0, mark).trim(), markCredit(line.slice(mark)));
        spans.push({ start: codePoint, end: codePoint + length });
      } else {
        bodyLeft = true;
      }
    }
    const breakLength = text.startsWith('\r\n', end) ? 2 : 1;
    at = end + breakLength;
    codePoint += length + breakLength;
  }
  return spans.length > 0 && bodyLeft ? { spans, credits } : undefined;
}

/** Splits a whole text into lines (LF, CRLF or CR) and segments it. */
export function segmentText(text: string, source: string, options?: SegmentOptions): Segment[] {
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
  return [...segmentLines(lines, source, options)];
}
