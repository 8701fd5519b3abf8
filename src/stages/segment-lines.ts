// What a line of pasted news text is, read without context: a credit, a web page's furniture, a dateline.
// Every test here is linear in the line: long lines are rejected by length or only their ends are read.

/**
 * What a credit line is, as far as segmentation cares:
 * - `header`: a byline, timestamp, reading time, the writer's role — the top of an article, so a headline
 *   just before it starts one;
 * - `photo`: a photo credit or a caption with its credit (a caption without one may follow it);
 * - `list`: the heading of a list of links ("Related stories", "Most read"), whose items follow;
 * - `rule`: a separator ("* * *", "-----");
 * - `paywall`: a subscription prompt where the text stops ("Subscribe to continue reading");
 * - `other`: any other credit (reporting credits, end marks, copyright, share buttons, editor's notes…).
 */
export type CreditKind = 'header' | 'photo' | 'list' | 'rule' | 'paywall' | 'other';

// A byline ("By Lin Chia-nan / Staff reporter", "By Jane Doe and John Roe, AP"), an agency line
// ("Reuters, SAN FRANCISCO", "Staff writer, with CNA") or a reporting credit: credits, not body.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
// A name may carry its Han name in brackets ("By Hsu Chia-yu (許家瑜) / The Reporter"); AP writes its name after the
// writer's with no mark ("By ANA LUÍZA DE SOUZA Associated Press").
const HAN_AFTER = String.raw`(?: ?[(（]\p{Script=Han}{2,6}[)）])?`;
// The writer's city ("By Jane Smith in Taipei": SCMP, the Guardian, the NYT) or a date after a bar ("By A & B | December 12, 2026"),
// or the agencies the desk wrote with ("By Rédaction Africanews with AFP", p129).
// Or a desk's byline with no name: Taipei Times' "By Staff writer, with CNA" (p90), "By Our Correspondent".
// Or the site's handle after the writer's name, as the Inquirer signs: "By: Nestle Semilla - @inquirerdotnet" (p139: a line of the story).
const BYLINE = new RegExp(String.raw`^\(?(?:[Bb]y|BY) (?:(?:[Ss]taff|STAFF) (?:[Ww]riters?|[Rr]eporters?|WRITERS?|REPORTERS?)|[Oo]ur (?:\p{L}+ )?[Cc]orrespondents?)(?:,? (?:with|and|&) [\p{L} ,&'’.-]{1,40}|\s*[/|]\s*[\p{L} ,'’&-]{1,40})?\)?$|^\(?(?:[Bb]y|BY):? ${NAME}${HAN_AFTER}(?:(?:,| and| AND| &) ${NAME}${HAN_AFTER})*(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?(?:\s*[/,|—–-]\s*[\p{L} ,'’&|-]{1,60}|\s*\|\s*[\p{L}\p{N} ,.:]{1,40}|(?:\s*[—–-]\s*| )@[\p{L}\p{N}_]{1,30}| (?:The )?Associated Press| with (?:\p{Lu}[\p{L}.'’-]*|agencies|wires)(?:(?:,| and| &) \p{Lu}[\p{L}.'’-]*){0,3})?\)?$`, 'u');
// A byline without "By" that says what the writer is ("Linda Yulisman, Indonesia Correspondent"), or a desk ("The Hindu Bureau").
/** A print page's line that says where the story came from: "Continued from Page A1". */
export const JUMP_FROM = /^(?:continued|cont'd|continues) from (?:page|p\.) ?[A-Z]?\d{1,3}\.?$/iu;
/** A chat's forward line: "Forwarded from Japan Today". */
export const FORWARDED_FROM = /^forwarded from \S/iu;
// The bars between a web page's header parts.
const BAR_PARTS = /\s+[|·•]\s+/u;
// And the slashes between a byline's names and its time.
const NAME_STAMP_PARTS = /\s+[/|·•]\s+/u;
const DESK_BYLINE = new RegExp(String.raw`^(?:${NAME}(?:(?:,| and| &) ${NAME})*, [\p{L} '’&-]{0,40}(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|Staff)s?|(?:The )?${NAME} (?:Bureau|Desk|News Desk|Staff))$`, 'u');
// The writer's role on its own line, under a name ("Africa correspondent", "Senior Political Reporter").
// (Its beat may be in lower case after its first word: "Home and legal correspondent", "Chief political correspondent", as bbc.com
// pastes it; p129: a line of the story. And the writer's city after a comma: "South Caucasus correspondent, Tbilisi", p130: a
// person "South Caucasus".)
const ROLE_CITY = String.raw`(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?`;
const ROLE_LINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’&.-]* ){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Pp]hotographer)s?${ROLE_CITY}$|^\p{Lu}\p{Ll}+(?: (?!(?:is|was|are|were|a|an|the|as|has|had|his|her|their|its)\b)[\p{Ll}&-]+){1,3} (?:correspondent|reporter|editor|writer)s?${ROLE_CITY}$`, 'u');
// A writer's name and role on one line with no comma, as the Guardian pastes it: "Amy Hawkins Senior China correspondent".
const NAME_ROLE_LINE = /^(?:\p{Lu}[\p{L}'’.-]* ){2,6}(?:\p{Ll}+ )?(?:correspondent|reporter|writer|editor|journalist|columnist)s?$/u;
// The end mark of agency copy: "Enditem/ASG" (CNA), "-- END --".
// AFP's slug of its desk's and editors' initials closes its copy: "bur-xyz/ab/jm", "sst/tym".
// AFP's and others' sign-off after a dash on its own line: "-- AFP", "— Reuters" (p98).
// Canadian and US papers' "-30-", PTI's desk initials ("PTI ABC DEF", p101).
const END_MARK = /^(?:Enditem(?:\/[\p{L}\p{N}]{1,8})?|-30-|PTI(?: [A-Z]{2,4}){1,4}|(?:--?|—|–) ?(?:AFP|AP|Reuters|Xinhua|Kyodo|Yonhap|Bernama|ANI|PTI|IANS|dpa|Anadolu|EFE)|\((?:AFP|AP|Reuters|Xinhua|Kyodo|Yonhap|Bernama|dpa)\)|-+\s*ENDS?\s*-+|\(ENDS?\)|ENDS|={2,}\s*[\p{L}.]{2,20}|(?:[a-z]{2,5}(?:-[a-z]{2,5})?\/){1,4}[a-z]{2,5}(?: \((?:[\p{L}]{2,12}(?:, )?){1,5}\))?)$/iu;
// The wire agencies that sign a story by name.
const SIGNING_AGENCIES = 'AP|AFP|Reuters|Bloomberg|CNA|Xinhua|Kyodo|Yonhap';
const AGENCY_LINE = new RegExp(String.raw`^(?:${SIGNING_AGENCIES}|Agencies|Staff (?:writer|reporter))(?:,\s*[\p{L} .'’-]{1,40})?$`, 'u');
// A broadcaster's desk and the writer's city under the writer's name, as bbc.com pastes its byline: "Grace Ndlovu" / "BBC News,
// Kinshasa" (p118: the story had merged into the one before, the writer a person, "BBC News" an organization).
const OUTLET_PLACE_LINE = /^(?:BBC (?:News|Sport|World Service|Africa|Verify|Persian|Arabic|Chinese|Monitoring)|Al Jazeera|Sky News|France 24|DW News|CNN|NPR)(?: [\p{L}]+)?,\s*\p{Lu}[\p{L} .'’-]{1,40}$/u;
// An outlet's name alone on a line, as a page or a broadcaster's transcript puts it under the headline ("TaiwanPlus News").
// A public broadcaster's full name, as its page's logo pastes it: "British Broadcasting Corporation", "Australian Broadcasting Corporation"
// (p143: the BBC page's title, its headline the first line of text).
const BROADCASTER = String.raw`(?:\p{Lu}\p{Ll}+ ){1,3}Broadcasting (?:Corporation|Company|Service|System)`;
const OUTLETS = String.raw`BBC|TaiwanPlus(?: News)?|Radio Taiwan International|RTI|Focus Taiwan|Taiwan News|Taipei Times|Central News Agency|CNA English News|Kyodo News|Yonhap News Agency|NHK World(?:-Japan)?|The Japan Times|South China Morning Post|Nikkei Asia|Al Jazeera|BBC News|Associated Press|Reuters|AFP|${BROADCASTER}`;
const OUTLET_LINE = new RegExp(`^(?:${OUTLETS})$`, 'u');
// An outlet's label under its own picture, with no date: "Taiwan News Photo" (p141: the last line of a JSONL text's body, which it marked
// truncated, and "Taiwan News" a mention).
const OUTLET_PHOTO = new RegExp(`^(?:${OUTLETS}) (?:[Pp]hotos?|PHOTOS?|[Ff]ile [Pp]hoto)$`, 'u');
// A writer and their agency or desk after a comma, a bar or a slash ("Jane Doe, Reuters", "Jane Doe | Reuters",
// "Jane Doe / Staff reporter"), "From CNN's Jane Doe", a desk's staff ("Nikkei staff writers"), also with the agency it wrote with
// ("Taipei Times staff writer, with CNA"; p140: atop a JSONL text it had been an organization of the story, and so had CNA).
const WRITER_AGENCY = new RegExp(String.raw`^(?:${NAME}(?:(?:,| and| &) ${NAME})*\s*[,|/]\s*(?:${SIGNING_AGENCIES}|Associated Press|Nikkei Asia|BBC News|[Ss]taff (?:[Rr]eporter|[Ww]riter)s?)|From ${NAME}['’]s ${NAME}|${NAME} [Ss]taff (?:[Ww]riter|[Rr]eporter)s?(?:,? with (?:${SIGNING_AGENCIES}|agencies|wires))?)$`, 'u');
// The writer named at the top of a story: "Written by Jane Doe", "Words by Jane Doe".
const WRITTEN_BY = new RegExp(String.raw`^(?:Written|Words) by ${NAME}(?:(?:,| and| &) ${NAME})*$`, 'u');
// A byline after its label, the writer or the outlet (with its digits: "FRANCE 24"): "Text by: FRANCE 24", "Text by: Jane Doe", "Words by: …"
// (p137: France 24's had been the story's deck).
const TEXT_BY = /^(?:Text|Words|Story|Written) by\s*:\s*\p{Lu}[\p{L}\p{N}'’.&-]*(?:(?: |, | and | & )\p{Lu}?[\p{L}\p{N}'’.&-]+){0,7}$/u;
// "ABC/Wires", "News agencies".
const WIRES_LINE = /^(?:[\p{L}. ]{1,30}\/)?(?:wires|(?:news )?agencies)$/iu;
// A site's sign-off after a dash: "– with reports from Jairo Bolledo/Rappler.com", "– Rappler.com" (on its own line,
// or after the last sentence: `TRAILING_CREDIT` in segment-draft.ts).
export const WITH_REPORTS = String.raw`with (?:additional )?reports? (?:from|by)`;
export const SITE_NAME = String.raw`\p{L}[\p{L}\p{N}-]*\.(?:com|net|org|ph|in)`;
// Not a sentence that opens the same way: "Reporting from Gaza City, Al Jazeera's Hani Mahmoud said …".
const REPORTING_CREDIT = new RegExp(String.raw`^\(?(?:(?:[—–-]+ ?)?${WITH_REPORTS}|(?:With )?(?:additional )?reporting (?:by|from)|(?:[—–-]+ ?)?[Ww]ith assistance (?:from|by)|(?:Edited|Written|Writing|Editing|Compiled|Translated|Produced|Reported)(?: and \p{Ll}+)? by:?) (?!.*\b(?:said|says|told|added|reported|described)\b).{1,160}$`, 'iu');
// A broadcaster's sign-off in brackets on its own line, with the agencies it wrote with: "(FRANCE 24 with AFP)", "(DW with Reuters, AP)" (p136).
const OUTLET_WITH_AGENCIES = new RegExp(String.raw`^\((?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}+)(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}+)){0,3} with (?:${SIGNING_AGENCIES}|agencies|wires)(?:(?:,| and| &) (?:${SIGNING_AGENCIES}|agencies|wires)){0,3}\)$`, 'u');
const SITE_SIGNOFF = new RegExp(String.raw`^[—–-]+ ?${SITE_NAME}$`, 'iu');
// "Associated Press writer Jane Doe in Washington contributed to this report.", "CNN's Anna Chernova contributed reporting."
// AP's line under a story: "Associated Press writer Dánica Coto reported from San Juan, Puerto Rico." (p130: its writer a person of the story).
const REPORTED_FROM = /^\p{Lu}[\p{L}'’ .&-]{0,40} (?:writers?|reporters?|correspondents?|journalists?|videographers?|photographers?) \p{Lu}[^.!?]{1,100} reported (?:from|in) [^.!?]{1,80}\.?$/u;
const CONTRIBUTED = /^[^.!?]{3,140} contributed (?:to )?(?:this |the )?(?:report|story|article|reporting)(?: (?:from|in) [^.!?]{1,60})?\.?$/iu;
// "Source: Xinhua", "Editor: Zhang Long": who supplied or edited the copy.
const SOURCE_LINE = /^(?:sources?|editors?|editing|producers?|photo editor)\s*:\s*[^.!?]{1,80}\.?$/iu;
// "Copyright 2025 The Associated Press. All rights reserved. …", "(c) 2025 Reuters", "© AFP".
// (Or an outlet's name alone with its stop, no year: "Copyright PUNCH.", p130; capitalized words only, so "Copyright law …" is text.)
const COPYRIGHT = /^(?:©|\([cC]\) ?(?:\d{4}|\p{Lu})|(?:[Cc]opyright|COPYRIGHT) (?:© ?|\([cC]\) ?)?\d{4}\b|[Aa]ll [Rr]ights [Rr]eserved\b|\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,5} (?:©|\([cC]\)) ?\d{4}\b[^.!?]{0,80}\.?$|(?:Copyright|COPYRIGHT) \p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,4}\.$)/u;
// A note from the editors, not the story: "Editor's note: …", "Correction: …", "This story has been updated …".
// (And the wires' notes on what a version changed, p86: "CORRECTS paragraph 3 to say …", "(Adds comments from governor in
// paragraphs 4-6)", "(Corrects spelling of name in paragraph 2)".)
// The paragraphs a wire's version note names: "(Adds Kremlin comment in paragraph 6, Polish jets in paragraph 9)", "(Updates with
// analyst comment in sixth paragraph.)", "CORRECTS paragraphs 3-4".
const VERSION_NOTE = /^\(?(?:corrects|adds|updates|recasts|refiles|rewrites|removes|changes|fixes)\b/iu;
const PARAGRAPH_NAMED = /\bparagraphs? (\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) paragraph\b/giu;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** The last paragraph a wire's version note names ("(Adds … in paragraph 9)": 9), or undefined for any other line. */
export function versionNoteParagraphs(line: string): number | undefined {
  if (line.length > 300 || !VERSION_NOTE.test(line)) return undefined;
  let last: number | undefined;
  for (const [, from, to, ordinal] of line.matchAll(PARAGRAPH_NAMED)) {
    const named = ordinal !== undefined ? ORDINALS.indexOf(ordinal.toLowerCase()) + 1 : Number(to ?? from);
    last = Math.max(last ?? 0, named);
  }
  return last;
}

const EDITORS_NOTE = /^(?:(?:editor(?:'|’)?s(?:'|’)? note|correction|clarification|disclosure|about the authors?)\s*[:.—–-]|(?:CORRECTS|UPDATES|ADDS|REFILES|RECASTS|REPEATS|REWRITES) .{1,200}|\((?:corrects|adds|updates|recasts|refiles|repeats|rewrites|removes|changes|fixes) [^()]{1,200}\)$|this (?:story|article|post) (?:has been|was) (?:updated|corrected|amended|originally published|first published|republished|adapted|produced)\b|an? (?:earlier|previous) version of this (?:story|article|report)\b|a version of this (?:story|article)\b)/iu;
// Bloomberg's contact block: "To contact the reporter on this story:", "Jane Doe in Beijing at jdoe@bloomberg.net".
const CONTACT = String.raw`to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible)?(?: (?:on|for|of) this (?:story|article|report))?\s*:?|\p{Lu}[\p{L} .'’-]{1,60}(?: in \p{Lu}[\p{L} .'’-]{1,40})? at [^\s@]+@[^\s@]+\.[\p{L}.]{2,20}`;
/** A contact block's line: a name on the line after one is one more contact. */
export const CONTACT_CREDIT = new RegExp(`^(?:${CONTACT})$`, 'iu');
// A site's logo line in lower case with its full stop: "africanews.", "euronews." (p129).
const SITE_LOGO = String.raw`\p{Ll}[\p{Ll}\p{N}-]{2,30}\.`;
// The headings of a teaser to other stories, one list for the furniture and the lists' headings (DW's "Explore more" over its
// teaser's headline, p129: the headline had stayed in the story).
const TEASER = 'read more|read also|also read|see also|explore more';
// The links of a site's footer.
const FOOTER_LINK = '(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|advertise(?: with us)?|careers|site ?map|faqs?|help|accessibility|corrections|rss)';
// The networks a site asks its readers to follow it on.
const NETWORK = '(?:google news|whatsapp|telegram|facebook|instagram|x|twitter|youtube|line)';
// A web page's furniture pasted with its story: advertisement marks, links to other stories, sharing
// and newsletter prompts, audio players, tag lists. Not body text; kept in `credits` so nothing is lost.
const PAGE_FURNITURE = new RegExp('^(?:' + [
  String.raw`advertisement(?:\s*[·|:–—-]?\s*(?:scroll|continue|story continues)[\p{L} ]{0,40})?`,
  // (France 24 labels its ad slot "Advertising"; p139: the story's line.) A newsletter form's field: "Email address", "Email*" (p136, p137:
  // a story's last line, which marked it truncated).
  String.raw`advertising|e-?mail(?: address)?\*|e-?mail address`,
  String.raw`sponsored(?: content)?`,
  String.raw`(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|continue reading below`,
  String.raw`scroll (?:down )?to continue(?: [\p{L} ]{1,30})?`,
  String.raw`(?:${TEASER}|related|recommended|more on this story|most read|click here)(?:\s*[:：>»-].{0,160})?`,
  // A site's list of its other stories on one line after its heading: "More Focus Taiwan stories: Taiwan's jobless rate falls … | Tainan mayor
  // race heats up" (p134: names of the story above, which it marked truncated).
  String.raw`more (?:[\p{L}\p{N}&'’.-]+ ){0,4}(?:stories|news|articles|headlines|coverage)\s*[:：].{1,200}`,
  String.raw`click here\b.{0,100}`,
  // (And a share bar after its label: "Share this article: Facebook | X | Line | Email", p134; RNZ's "Share this" and "Share via email", p140.)
  // (Its label alone may trail off: "Share this article...", p139: the story's last line, which marked it truncated.)
  String.raw`share (?:this(?: (?:article|story|page|post|video))?|on(?: [\p{L} ]{1,20})?|via(?: [\p{L}-]{1,20}){1,2})(?:\s*[:：]\s*.{1,160}|\s*(?:\.{3}|…|[:：]))?`,
  // A site's footer of links parted by bars or dots: "About us | Contact | Privacy policy" (p143: Focus Taiwan's, the story's last line, which
  // marked it truncated, with "Share this article:" alone over its buttons).
  String.raw`${FOOTER_LINK}(?:\s*[|·•]\s*${FOOTER_LINK}){1,12}`,
  // (A pitch may say what the newsletter brings after its name: "Subscribe to Taiwan News' newsletter for the day's top stories, delivered
  // every morning.", p134.)
  String.raw`(?:sign up|subscribe)(?: now)? (?:for|to) .{0,40}newsletters?.{0,160}`,
  // A newsletter's blurb that speaks to the reader, a pitch to have news in one's inbox, a site's reward for reading and its tagline (p134:
  // "The Europe Today newsletter brings you the latest news every weekday morning.", "Get exclusive insights … straight to your inbox", "Read 3
  // articles and stand to win rewards", "Euronews is the No. 1 news channel in Europe."; lines of the stories, which they marked truncated).
  String.raw`(?:(?:the|our|this) )?[\p{L}\p{N} .&'’-]{0,40}newsletters? (?:brings|delivers|gives|sends|keeps|offers) you\b.{0,160}`,
  // (After the newsletter's name and a colon or dash, and before its button: "MND Daily: Get the news from Mexico in your inbox every morning.
  // Subscribe now", "Subscribe to RNZ's Daily Pacific Wrap — get it in your inbox every weekday"; p140, p141: the stories' last lines.)
  String.raw`(?:[^.!?:—–]{1,60}(?::| [—–-]) )?(?:get|receive|have|enjoy|stay)\b[^.!?]{0,160}\binbox(?:es)?\b[^.!?]{0,60}[.!]?(?: (?:subscribe|sign up)(?: now| here| today| free)?[.!]?)?`,
  String.raw`read \d{1,2} (?:articles|stories)\b.{0,120}`,
  // A newsletter box's pitch: "Don't miss out on the latest news and information." (p137, over its consent line).
  String.raw`don['’]t miss out(?: on)? (?:the latest|our|any)\b[^.!?]{0,80}[.!]?`,
  String.raw`[\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,3} is (?:the|[\p{L}]+['’]s) (?:no\. ?1|number one|#1|leading|largest|biggest|most[- ](?:watched|read|trusted|popular))(?: [\p{L}-]+){0,3} (?:news|media) (?:channel|network|site|website|brand|source|outlet|publisher|service)(?: (?:in|of|across|for) [\p{L} ]{1,40})?\.?`,
  String.raw`(?:get|download) (?:our|the) [^.]{0,60}\b(?:app|alerts?|newsletters?)\b.{0,80}`,
  // (Also alone: "FOLLOW US ON" over a row of icons, p130: "US" a place of the story, which it marked truncated.)
  String.raw`follow us(?: on)?(?:\s*:)?(?: .{1,60})?`,
  String.raw`listen(?: to (?:this |the )?(?:article|story|report))?(?:\s*[·|:–—-]?\s*\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?)?)?`,
  String.raw`(?:tags?|topics?|keywords|filed under|categories)\s*:.{0,200}`,
  String.raw`reuse this content|join the conversation|report an error|print this (?:article|page)`,
  // A comment section's invitation under the story: "Join our commenting forum", "Join the discussion" (p136: it had marked the story truncated).
  String.raw`join (?:our|the) (?:commenting (?:forum|community)|discussion|debate)`,
  // And its pitch, which speaks of readers and their replies: "Join thought-provoking conversations, follow other Independent readers and see
  // their replies" (p139: the story's last line, which marked it truncated).
  String.raw`join (?:[\p{L}-]+ ){0,2}(?:conversations?|discussions?|debates?)\b[^.!?]{0,120}\b(?:readers|commenters|comments|replies)\b[^.!?]{0,60}[.!]?`,
  // A link to the story in another language: "> Chinese Version", "Read this article in Spanish" (p139: Focus Taiwan's, which marked it truncated).
  String.raw`(?:[>»→]\s*)?(?:(?:traditional |simplified )?chinese|english|japanese|korean|spanish|french|german|vietnamese|indonesian|thai|arabic|russian|portuguese|hindi|tagalog) (?:version|edition)|read (?:this|the) (?:article|story) in (?:\p{L}+ ){0,1}\p{L}+`,
  String.raw`save (?:this )?(?:articles?|stor(?:y|ies)) .{0,80}`,
  String.raw`why (?:you can )?trust [\p{L} ]{1,30}|our standards\b.{0,100}`,
  // Reuters' banner over its page, its link's words run on when pasted ("… professionalsLearn more aboutRefinitiv"; p136: the page untitled).
  String.raw`exclusive news, data and analytics for financial market professionals\s*(?:learn more about\s*(?:refinitiv|lseg))?`,
  String.raw`.{0,90}, opens new tab`,
  // A picture's lines as bbc.com and reuters.com paste them: "Image source, Getty Images", "Image caption, …", "Item 1 of 2 …".
  String.raw`(?:image|photo|picture) (?:source|caption|credits?)\s*[,:].{1,180}`,
  String.raw`(?:image|photo|picture|item|slide) \d{1,2} of \d{1,2}\b.{0,180}`,
  // A link to a clip or a recording between paragraphs: "WATCH: Lai speaks at rally in Taichung" (it had split the story).
  String.raw`(?:watch|listen)\s*[:|｜].{1,120}`,
  // A teaser to another story, as Indian, Taiwanese and British sites paste them (p86): "Also Read | …", "Related coverage: …",
  // "Read: …", "Don't miss: …", "[Related] …", "→ Read more: …", "- Advertisement -".
  String.raw`(?:read|also read|read also|must read|related coverage|related stor(?:y|ies)|related articles?|more coverage|don['’]t miss|do not miss|also watch)\s*[:：|｜»>]\s*.{1,160}`,
  String.raw`\[(?:related|${TEASER}|watch)\]\s*.{1,160}`,
  String.raw`[→➡►▶»]\s*(?:${TEASER}|read|related|watch)\b.{0,160}`,
  // DW's skip link over its teaser box: "Skip next section Explore more" (p129: a line of the story).
  String.raw`skip (?:next|this|to next) section\b.{0,60}`,
  String.raw`[-–—]+\s*advertisement\s*[-–—]+`,
  // A page's labelled prompts and embeds between paragraphs (p120: "AUDIO: Listen to this story", "SIGN UP: Get our daily
  // briefing", "MORE: …", "LIVE UPDATES: …" had each cut its story in two, the second part kickered with the label).
  String.raw`(?:audio|more|gallery|photo gallery|trending|sign up|related content|subscribe|interactive|live updates|top stories|podcast|newsletter|chart|graphic|watch live|watch now)\s*[:：|｜]\s*.{0,160}`,
  // An advertisement's label and a site's appeal for support (p128: "TEXT AD: Call Willie …" had been a story of a person
  // Willie, "Support PREMIUM TIMES' journalism of integrity and credibility" the story's last paragraph).
  String.raw`(?:text ad|ad|advert|advertisement|sponsored|sponsored content|promoted|partner content)\s*[:：|｜]\s*.{0,200}`,
  String.raw`support [\p{L}\p{N} .&'’-]{1,40}['’]?s? (?:independent |quality |public-interest )?journalism\b.{0,160}`,
  // (And an invitation to join: "Become a Maverick Insider"; p131. A bare appeal in capitals is `SUPPORT_BANNER`.)
  String.raw`become an? (?:[\p{L} .&'’-]{1,40} )?(?:insider|member|subscriber|supporter|patron)s?`,
  // A newsletter's pitch under a story, named or not: "Sign up to This is Europe" / "Free weekly newsletter" / "Privacy Notice: …" (p132:
  // the Guardian's had been the story's last lines, its newsletter's words places of the story, the story marked truncated).
  String.raw`sign up (?:to|for) [^.!?…]{1,60}|(?:(?:free|our) )?(?:(?:daily|weekly|monthly|morning|evening) )?newsletters?|privacy notice\s*:.{1,200}`,
  // The Guardian's mark under its newsletter's box, and a site's heading over its accounts' icons: "after newsletter promotion",
  // "Follow Al Jazeera English:" (p133: lines of the story, "English" and "Al Jazeera" its names).
  String.raw`(?:skip )?(?:past|after) newsletter promotion|follow (?:the )?[\p{L}\p{N} .&'’-]{1,40}\s*:`,
  // A story's tags after their label, and a hub's link after its label: "Related Topics: DPP, Legislative Yuan, corruption", "AP golf:
  // https://apnews.com/hub/golf" (p132: the tags had been names of the story, the link an article of its own).
  String.raw`related (?:topics|tags)\s*:.{0,200}|[\p{L}\p{N} .&'’-]{1,40}:\s*(?:https?:\/\/|www\.)\S+`,
  // A page's button back to its top.
  String.raw`(?:back to )?top|tweet`,
  // Al Jazeera's source line under its timestamp: "Al Jazeera and news agencies" (p128: a line of the story).
  String.raw`(?:[\p{L}\p{N} .&'’-]{1,30} and )?(?:news agencies|wire services|wire agencies)`,
  // A print page's jump lines: "See DEFENCE, Page A6", "Continued from Page A1", "Continued on page 4" (p120: the story cut in two).
  String.raw`(?:see|please see) [\p{L} '’&-]{1,40},? (?:on )?page [A-Z]?\d{1,3}\.?|(?:continued|cont'd|continues) (?:from|on) (?:page|p\.) ?[A-Z]?\d{1,3}\.?`,
  // Reuters' caption of an archive picture: "FILE PHOTO: President William Lai speaks … REUTERS/Ann Wang/File Photo".
  String.raw`file photo\s*:\s*.{1,400}`,
  // A chat's forward line and a channel's handle alone on its line (p86: "Forwarded from Japan Today" had ended the post
  // before it and titled it; "@japantoday" stayed in the text).
  String.raw`@[\p{L}\p{N}_.]{2,40}`,
  String.raw`read next\s*:.{1,160}`,
  // Prompts to follow a site elsewhere, and account links.
  String.raw`(?:get|join|follow|like)(?: us| the latest[\p{L} ]{0,30})? (?:on|in|our) (?:whatsapp|telegram|facebook|instagram|x|twitter|youtube|tiktok|line|threads|google news)(?: channel| group| page)?[.!]?`,
  String.raw`purchase licensing rights|continue reading the main story`,
  // A site's channel pitched under its story (p130 r02: "Join The PUNCH's WhatsApp channel for latest news", "Taiwan News is now on
  // WhatsApp. Click here to follow our channel.", each a story's last paragraph and its site an organization of the story).
  String.raw`(?:join|follow|subscribe to) (?:our|the|[\p{L}\p{N} .&'’-]{1,40}['’]s?) (?:official )?(?:whatsapp|telegram|facebook|instagram|x|twitter|youtube|tiktok|line|threads|google news) (?:channel|group|page|community)\b.{0,80}`,
  // (Or the channel named before the network: "Join The East African channel on WhatsApp for the latest news and analysis.", p138.)
  String.raw`(?:join|follow|subscribe to) [\p{L}\p{N} .&'’-]{1,40} (?:channel|group|page|community) on (?:whatsapp|telegram|facebook|instagram|x|twitter|youtube|tiktok|line|threads|google news)\b.{0,80}`,
  // A site's pitches for its app, its alerts and its newsletters, and its counter of readers (p138: "Read a summary of this article on FAST.",
  // "Get bite-sized news via a new cover story on FAST, CNA's news app.", "Stay updated with notifications for breaking news and our best
  // stories", "Nikkei Asia newsletters: Sign up for the Nikkei Asia Daily …", "This story has been viewed 3,211 times."; lines of the stories,
  // which they marked truncated, or a sentence that split a CNA page's header from its story).
  String.raw`read (?:a|the) summary of this (?:article|story)\b.{0,60}`,
  String.raw`(?:get|download|read|listen|watch)\b[^.!?]{0,120}\b(?:news app|our app|[\p{L}\p{N}&.-]+['’]s? (?:news |mobile )?app)\.?`,
  String.raw`(?:stay (?:updated|informed|up to date|in the know)|get|receive|turn on|enable|allow)\b[^.!?]{0,80}\bnotifications?\b[^.!?]{0,80}[.!]?`,
  String.raw`[\p{L}\p{N} .&'’-]{0,40}newsletters?\s*:\s*(?:sign up|subscribe)\b.{0,160}`,
  String.raw`this (?:story|article|page|post) has been (?:viewed|read|shared) [\d,.]{1,12}[KkMm]? times\.?`,
  // A media player's time and a page's text-size widget: "-- / --", "0:00 / 3:12", "Font size: A A A" (p138: the widget had been the deck).
  String.raw`(?:--|\d{1,2}:\d{2}(?::\d{2})?) ?\/ ?(?:--|\d{1,2}:\d{2}(?::\d{2})?)`,
  String.raw`(?:font|text) size\s*:?\s*(?:A[-+]?\s*){1,4}`,
  String.raw`[\p{L}\p{N} .&'’-]{1,40} is (?:now )?on (?:whatsapp|telegram|facebook|instagram|x|twitter|youtube|tiktok|line|threads|google news)[.!]?(?: (?:click|tap|follow|join|subscribe)\b.{0,100})?`,
  // A paywalled product's line under the story, a page's link to the whole story and its comment rules' link (p130: "This article is
  // part of POLITICO Pro", MercoPress's "Full article" and "Disclaimer & comment rules", which had marked their stories truncated).
  String.raw`this (?:article|story) is (?:part of|from|available (?:to|for)) [^.!?]{1,60}\.?|full (?:article|story)|disclaimer(?:\s*(?:&|and) comment (?:rules|policy))?|comment (?:rules|policy|guidelines)`,
  // A site's cookie and privacy prompts, as a paste of the whole page brings them.
  // (And the skip links a screen reader's menu opens a page with: "Skip links" / "Skip to Content", Al Jazeera's top; p134: "Skip links" had
  // been an article of its own.)
  // (Two skip links run together, and a logo's label for a screen reader: "Skip to main contentSkip to navigation", "The Guardian - Back to
  // homepage"; p143: the next page's menu under them had stayed the story above's text, its headline lost.)
  String.raw`skip (?:links?|navigation)|(?:skip to (?:main )?(?:content|navigation|menu|search|footer|most read)\s*){1,4}|[\p{L}\p{N} .&'’-]{1,40} [-–—|] back to (?:the )?home(?:page)?|accept (?:all )?cookies|(?:we use cookies|we value your privacy|this (?:site|website) uses cookies)\b.{0,300}|manage (?:preferences|cookies|consent)`,
  // (Or on several networks: "Follow Focus Taiwan on Facebook and Instagram", p143: CNA's JSONL text, its last line, marked truncated.)
  String.raw`follow (?:the )?[\p{L}\p{N} .'’-]{1,40} on ${NETWORK}(?:(?:,| and| &| or) ${NETWORK}){0,5}(?: for [^.!?]{1,80})?\.?`,
  // BBC's call for readers' stories, a page's comment and link buttons, and its headings over lists of other stories and tags
  // (p128: "Get in touch" / "Are you affected by the strike? Share your experience." had been paragraphs of the story).
  String.raw`get in touch|(?:are|were) you affected by [^?]{1,80}\? (?:share|tell us|send us) .{1,120}|read comments|copy link|related topics|most read(?: from [\p{L}\p{N} .&'’-]{1,30})?`,
  // A site's print-edition and reading-list buttons: "e-Paper", "READ LATER" (p131: The Hindu's "e-Paper" had been the title).
  String.raw`e-?paper|read later|save for later`,
  // An e-mail's forward and reply lines: "---------- Forwarded message ---------", "From: John Doe <john@example.com>",
  // "Sent from my iPhone", "On Wed, Dec 9, 2026 at 8:00 PM Mary Roe <desk@example.com> wrote:".
  String.raw`-{2,} ?(?:forwarded|original) message ?-{2,}|(?:from|to|cc|bcc|date|sent|subject): .{0,160}<[^<>@\s]+@[^<>\s]+>.{0,40}|sent from my [\p{L} ]{1,30}|on .{5,120} wrote:`,
  // A forward's subject line, with or without "Fwd:" (p74: "Subject: Lai vows …" had become the story's title, in its text).
  String.raw`(?:date|sent): (?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,? .{5,60}|subject: (?:(?:fwd?|fw|re): )?.{1,160}`,
  // A message's MIME header lines (p126: "Content-Transfer-Encoding: quoted-printable" had titled the story under it).
  String.raw`mime-version: [\d.]{1,10}.{0,40}|content-(?:type|transfer-encoding|disposition|language): [\p{L}\p{N}/._+-]{1,80}(?:;.{0,120})?`,
  String.raw`sign up(?: here| now| free| today)?[.!]?|(?:email|gift|save) (?:this )?(?:article|story)|loading(?:\.{3}|…)?|sign in|subscribe|log ?in|back to top|terms of (?:use|service)(?:\s*\|\s*privacy policy)?|privacy policy`,
  // The furniture of more sites (p68): CNN, WSJ, NYT, Yonhap, The Economist, NPR, DW, France 24, Apple News, Axios,
  // Substack, the Focus Taiwan app, a press release's contact lines.
  // (And Al Jazeera's box of related stories, closed by "end of list"; NYT's and NPR's buttons, p126.)
  // A site's logo and home link, its tagline, a print section's name, a print edition's line and a writer's appeal under the story
  // (p129: "africanews." had been an article of its own, "Front Page" a title, "Published in Dawn, December 10th, 2026" a place's
  // mention, and Kyiv Independent's "Note from the author: Hi, this is …" its writer a person of the story).
  SITE_LOGO + String.raw`|exclusive news, data and analytics for financial market professionals|front page|home(?:page)?|go to (?:the )?homepage`,
  String.raw`published in [\p{L} .'’&-]{1,40}, [\p{L}\p{N} ,]{3,30}\d{4}\.?`,
  // A comment box's and a reaction widget's prompts and a donation button under a story ("Add a comment", "How does this make you feel?", "Make a
  // donation"; p135: the story's last lines, which marked it truncated).
  // (And a subscription's pitch that says what it brings: "Subscribe to Rappler+ for exclusive content and an ad-free experience.", p132.)
  // A site's domain alone on its line, as its logo pastes ("DAWN.COM", "Rappler.com"; p135: the next page's logo had ended the story above).
  String.raw`[\p{L}\p{N}-]{2,30}\.(?:com|net|org|co\.uk|ph|in|pk|ng)`,
  String.raw`add (?:a|your) comment|how (?:does|did) this (?:article |story )?make you feel\??|make a donation|donate(?: now| today)?|subscribe to (?!(?:continue|keep|read|unlock|access|get)\b)[^.!?]{1,40} for [^.!?]{1,100}[.!]?`,
  String.raw`end of list|skip advertisement|(?:text|font) size|aa|a[-+] ?a[-+]?|enlarge this image|ad feedback|related (?:article|video)|share full article|keywords|(?:hide|toggle) caption|send us your feedback|leave a comment|type your email(?:\.{3}|…)?`,
  String.raw`write to [\p{L} .'’-]{1,60} at \S+@\S+|(?:this article )?appeared in the .{1,80}? print edition\b.{0,200}|see more on\s*:.{1,200}|listen to this article\b.{0,60}|order reprints\b.{0,100}`,
  String.raw`all news \d{1,2}:\d{2} .{4,30}\d{4}|(?:#[\p{L}\p{N}][^#\n]{0,30}){2,}|heard on [\p{L} ]{1,40}|(?:https?:\/\/|www\.)\S+|issued on\s*:.{1,80}|france 24 with (?:afp|ap|reuters)\b.{0,20}`,
  String.raw`published by [\p{L} .'’-]{1,40}|go deeper\s*:.{1,160}|subscribe to (?!(?:continue|keep|read|unlock|access|get)\b)[^.!?…]{1,60}|thousands of paid subscribers|shared from the .{1,40} app\b.{0,120}`,
  String.raw`media contacts?\s*:.{0,100}|contact(?: us)?\s*:\s*[^\s@]{1,64}@[^\s@]{1,100}\.[\p{L}.]{2,20}|for more information,? (?:please )?(?:visit|see|contact) .{1,100}|\(end of transcript\)`,
  // A reporter's address alone on its line (Yonhap's "kimsh@yna.co.kr"), and an e-mail's header line with an address alone
  // ("To: jane@example.com", p101).
  String.raw`[^\s@]{1,64}@[^\s@]{1,100}\.[\p{L}]{2,10}|(?:to|cc|bcc|from|reply-to): [^\s@]{1,64}@[^\s@]{1,100}(?:[,;] ?[^\s@]{1,64}@[^\s@]{1,100}){0,8}`,
  // Bloomberg's contact block (p98: its names had become people and its last line had marked the story truncated), AP's
  // prompt to more coverage ("Follow AP's coverage of Asia at https://…", which had titled the next story).
  CONTACT,
  String.raw`follow [\p{L} .&'’-]{1,40}['’]s? (?:live )?(?:coverage|reporting|stories) (?:of|on) .{1,160}`,
].join('|') + ')$', 'iu');
// A site's sections, as its menu lists them on one line: "Home News Sport Business Innovation Culture Travel Earth" (p129: bbc.com's
// menu had been the story's title, under the kicker "BBC").
const MENU_WORDS = new Set(('home news sport sports business innovation culture travel earth world politics opinion opinions video videos live weather health ' +
  'science tech technology entertainment arts lifestyle life style markets money climate audio podcasts food books film music tv games puzzles ' +
  'newsletters local national international us uk asia africa europe americas australia india china economy education environment investigations ' +
  'features sections more menu search society cross-strait commentary sustainability').split(' '));

/** True for a site's section name alone ("Politics", "Europe", "Cross-Strait"), which is a label, never a headline. */
export function isSectionName(line: string): boolean {
  return line.length <= 20 && MENU_WORDS.has(line.toLowerCase());
}

/** True for a site's menu on one line: four or more section names ("Home News Sport Business …"), parted by spaces or bars. */
function isMenuLine(line: string): boolean {
  const words = line.split(/\s*[|·•]\s*|\s+/u).filter((w) => w !== '' && w !== '&');
  return (words.length >= 4 && words.every((w) => MENU_WORDS.has(w.toLowerCase()))) || isBarredMenu(line);
}

/**
 * True for a site's menu parted by bars where some entries are the site's own ("Home | Latest | Pakistan | World | Business | Sport |
 * Opinion | Magazines", "News Feed | Ukraine | … | Support us"): four or more short capitalized entries with no digit or stop, half of
 * them holding a section's word (p132: four such menus had been titles, their words organizations).
 */
export function isBarredMenu(line: string): boolean {
  if (line.length > 160 || !line.includes(' | ')) return false;
  const entries = line.split(' | ').map((entry) => entry.trim());
  if (entries.length < 4) return false;
  let sections = 0;
  for (const entry of entries) {
    const words = entry.split(' ');
    if (words.length > 3 || entry.length > 25 || !/^\p{Lu}[\p{L}&'’ +-]*$/u.test(entry)) return false;
    if (words.some((word) => MENU_WORDS.has(word.toLowerCase()))) sections++;
  }
  // (Or it opens on the site's home link: "Home | China | Myanmar | Cambodia | Vietnam | North Korea", Radio Free Asia's, p137.)
  return sections * 2 >= entries.length || entries[0] === 'Home';
}

// A PDF page's running head: the paper's name in capitals, its date and the page ("TAIPEI TIMES  Sunday, December 7, 2026  Page 3";
// p126 M4: a line of the story, "TAIPEI TIMES" an organization).
const PDF_RUNNING_HEAD = /^\p{Lu}[\p{Lu}\p{N} .,&'’-]{2,40}\s{2,}.{0,60}\b(?:Page|PAGE|P\.) ?[A-Z]?\d{1,4}$/u;

// A site's link to its home page under its logo: "Reuters home" (p129: a line of the story, Reuters an organization of its text).
const SITE_HOME = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)? home(?:page)?$/u;
const SITE_LOGO_LINE = new RegExp(`^${SITE_LOGO}$`, 'u');

/**
 * True for a page's masthead line, which opens the page it heads: an outlet's name alone ("Taiwan News", "Al Jazeera"), its logo
 * ("euronews.") or its home link ("Reuters home").
 */
export function isMasthead(line: string): boolean {
  return line.length <= 60 && (OUTLET_LINE.test(line) || SITE_HOME.test(line) || SITE_LOGO_LINE.test(line));
}
// A writer's appeal under the story, as long as a paragraph: "Note from the author: Hi, this is Kateryna Hodunova. I write about …".
const AUTHOR_NOTE = /^note from the (?:author|editors?)\s*[:.—–-]/iu;
// The appeal itself, when the page sets it under that heading: "Hi, this is Kateryna Hodunova. … Please consider supporting the Kyiv
// Independent by becoming a member." (p132: the writer had been a person of the story, which the appeal marked truncated).
const AUTHOR_APPEAL = /^(?:hi|hello|hey),? (?:this is|i['’]m|i am) \p{Lu}/iu;
const APPEAL_WORDS = /\b(?:support(?:ing)?|becom(?:e|ing) a member|member(?:ship)?|subscrib(?:e|ing)|donat(?:e|ion|ing))\b/iu;
// Headings of the lists of other stories a page shows; the lines after them are those stories' headlines. (Al Jazeera marks
// its box's items too: "list of 4 items" / "list 1 of 4" / headline / "list 2 of 4" / … / "end of list".)
const LIST_HEADING = new RegExp(String.raw`^(?:(?:${TEASER})\s*:?|related(?: (?:stories|articles|coverage|content|links|topics|tags|news|reading))?\s*:?|more on this (?:story|topic)|more (?:stories|from [\p{L} ]{1,30})|most (?:read|popular|viewed|shared)(?: from [\p{L}\p{N} .&'’-]{1,30})?|recommended(?: stories| for you| reading)?|you (?:may|might) also like|trending(?: now)?|top stories|latest (?:news|stories)|read next|in other news|editors?(?:'|’)? picks|explore more on (?:these|this) topics?|(?:read|see|explore) more on (?:related |these |this |similar )?(?:topics?|stories|subjects)\s*:?|suggested topics\s*:?|keep reading|(?:also )?worth reading|more about|(?:(?:free|our) (?:(?:daily|weekly|monthly|morning|evening) )?|(?:daily|weekly|monthly|morning|evening) )newsletters?|list (?:of \d{1,2} items|\d{1,2} of \d{1,2}))$`, 'iu');
// A subscription prompt where a paywall cut the story off.
// A site's appeal for support in capitals: "SUPPORT DAILY MAVERICK" (case-sensitive: "Support for the recall grew" is a sentence).
// In title case, the outlet's name alone after it: "Support Focus Taiwan" (p133: the JSONL text's last line, a place of the story).
const SUPPORT_BANNER = /^(?:SUPPORT [\p{Lu}\p{N} .&'’-]{2,40}|Support (?:us|\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){1,3}))$/u;
// A site's rules for readers' comments: "Comments will be moderated. Keep comments relevant to the article. …".
// (And its notice that they are closed: "Comments are closed on this story.", Dawn; p133.)
// A site's membership pitch, a paragraph whose last sentence bids the reader join: "We've been fighting for over 1,000 days. Help us keep
// telling the truth. Become a member of the Kyiv Independent today." (p133: a paragraph of the story; "Ukraine hopes to become a member
// of NATO." opens with no imperative).
const MEMBER_PITCH = /(?:^|[.!?] |: )(?:Become|become|Join us as|join us as) an? (?:member|subscriber|supporter|patron)\b[^.!?]{0,60}[.!]$/u;
// A product's pitch with its button in capitals after it (case-sensitive): "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"
// (p133: a line of the story, "Bloomberg Terminal" a place of it).
const BUTTON_PITCH = /^[^\n]{1,120}[.!] (?:LEARN MORE|SUBSCRIBE NOW|SIGN UP(?: NOW| FREE)?|TRY (?:IT )?(?:FREE|NOW)|GET STARTED|FIND OUT MORE|START YOUR FREE TRIAL)$/u;
// An ad slot's label, the word in capitals after the slot's name ("PT Mag Campaign AD", "AD"; p135: "AD" an organization of the story above).
const AD_SLOT = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s){0,4}AD$/u;
// A site's appeal for money, a paragraph that opens on what journalism costs: "Good journalism costs a lot of money. Yet only good journalism …"
// (p135: the story's last paragraph).
const JOURNALISM_PITCH = /^(?:Good|Quality|Independent|Real|Great) journalism (?:costs (?:a lot of |lots of )?money|is (?:costly|expensive)|needs your support|depends on (?:you|readers))\b/iu;
const COMMENT_RULES = /^comments (?:will be|are) (?:moderated|reviewed)\b|^comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)(?: (?:on|for) this (?:story|article|post|page))?\.?$/iu;
const PAYWALL = /^(?:read the full (?:story|article) (?:at|on) .{1,40}|(?:subscribe|sign in|log in|register|become a (?:member|subscriber))\b.{0,60}?\b(?:continue|read|reading|access|unlock|full|article|story)\b.{0,60}|(?:get (?:full|unlimited) access|unlock (?:this|the full) (?:article|story))\b.{0,80}|(?:to )?(?:continue|keep) reading\b.{0,80}|already (?:a )?(?:subscriber|member|registered)\b.{0,60}|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to|exclusive to) (?:subscribers|members|paying)\b.{0,60}|you(?:'|’)?(?:ve| have) (?:reached|read) .{0,60}\b(?:limit|free)\b.{0,60})$/iu;
// A separator between stories: "* * *", "-----", "———".
const RULE = /^(?:[*\-–—_=~•·#]\s*){3,}$/u;
// Photo agencies as a caption's or a picture's credit line ("Getty Images", "EPA-EFE", "AFP via Getty Images").
const PHOTO_AGENCY = String.raw`(?:AP|AFP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Bloomberg|Xinhua|Yonhap|Kyodo|Anadolu(?: Agency)?|AAP|PA(?: Media| Wire)?|ANI|PTI|Alamy|NurPhoto|Sipa|Zuma|Imago|dpa|TASS|Associated Press)`;
// A photo credit on a caption's end: "(AP Photo/Dita Alangkara)", "(Yonhap via AP)", "Photograph: Dean Lewins/AAP",
// "REUTERS/Ann Wang". Read on the line's last 240 characters, so a long line costs no more than a short one.
const PHOTO_TAIL = new RegExp([
  String.raw`\((?:[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3} )?(?:[Pp]hoto|PHOTO|[Pp]hotograph|[Ii]mage|[Pp]icture)s?(?:\s*[/:]\s*|\s+by\s+)[^()]{1,60}\)$`,
  String.raw`\((?:[^()]{1,60} via ${PHOTO_AGENCY}|${PHOTO_AGENCY}\/[^()]{1,40})\)$`,
  // (And the photographer's or the credit's label, after a bar or a stop: "Photographer: Annabelle Chih/Bloomberg", "| Photo: Taipei
  // Times", "Credit: Reuters", "Photo courtesy of the Presidential Office", "© Sam Yeh/AFP"; p106.)
  // (An initial's stop is no sentence's: "| Photo Credit: K. Ragesh", p131.)
  // (Also after the outlet's initials in capitals: "… on Oct 14. ST PHOTO: GAVIN FOO", "ST FILE PHOTO: …", as the Straits Times sets it; p134.)
  // (And with the day it was taken, as Focus Taiwan sets it: "… Photo courtesy of the Ocean Affairs Council Dec. 3, 2026"; p139.)
  String.raw`(?:^|[.!?”"’)|]\s+)(?:\p{Lu}{2,8} ){0,2}(?:Photographer|Photograph|Photo|PHOTO|Image|Picture|Illustration|(?:Photo |Image )?Credit)(?: by\s|\s*:| courtesy of\s)\s*(?:[^.!?]|(?<=(?:^|\s)\p{Lu})\.){1,80}(?: \p{Lu}\p{Ll}{2}\. \d{1,2}, \d{4})?$`,
  // A picture's source after the caption's stop, the label in capitals as the Inquirer sets it or in sentence case: "… Cebu on Friday. PHOTO
  // FROM BFP-7", "… PHOTO BY JOHN DOE", "… Photo from the Presidential Office" (p137: the caption's places and the bureau had been the story's).
  String.raw`[.!?”"’)]\s+(?:PHOTOS?|IMAGES?|Photos?|Images?) (?:FROM|BY|COURTESY OF|from) \S[^.!?]{0,60}$`,
  // Bloomberg's label after a caption that is a name, with no stop: "Gabriel Galípolo Photographer: Andre Coelho/Bloomberg" (p133: a person
  // "Gabriel Galípolo Photographer" and a place "Bloomberg" of the story). No sentence capitalizes the word before a colon.
  String.raw`\s(?:Photographer|Photographers):\s*\p{Lu}[^.!?:]{1,60}$`,
  // A copyright after a dash: "… speaks to the media in Brussels. - Copyright European Union, 2026" (p131).
  String.raw`[.!?”"’)]\s+[-–—]\s(?:Copyright|©)\s[^.!?]{1,80}$`,
  // A picture desk's or outlet's photographer after a colon, and a source's post on a social network, in brackets after the caption's
  // stop: "… in Brisbane. (AAP: Darren England)", "(ABC News: Mark Leonardi)", "… on Dec. 9, 2026. (State Emergency Service of Ukraine /
  // Telegram)" (p129: they had stayed in the text, the photographer a person). Only such brackets: a sentence may end in others.
  String.raw`[.!?”"’]\s+\((?:${PHOTO_AGENCY}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}): \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\)$`,
  String.raw`[.!?”"’]\s+\([^()/]{2,60} \/ (?:Telegram|Facebook|X|Twitter|Instagram|YouTube|TikTok|Weibo|VK|WeChat)\)$`,
  // (Or "via" the network: "… arrive at the Moc Bai border gate, Dec. 5, 2026. (Tay Ninh Police via Facebook)", p138.)
  String.raw`[.!?”"’]\s+\([^()]{2,60} via (?:Telegram|Facebook|X|Twitter|Instagram|YouTube|TikTok|Weibo|VK|WeChat)\)$`,
  // Al Jazeera's agency alone in square brackets: "… in el-Obeid, Sudan [File: AFP]", "[Reuters]" (p127).
  String.raw`\s\[(?:File(?: photo)?: )?${PHOTO_AGENCY}\]$`,
  // Premium Times' label in brackets: "CBN Governor, Olayemi Cardoso [PHOTO CREDIT: @cenbank]" (p132: its names had been the story's).
  String.raw`\s\[(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture)(?: (?:CREDIT|Credit|credit)S?s?)?\s*:[^[\]]{1,60}\]$`,
  String.raw`(?:^|[.!?”"’)|]\s+)©\s?\p{Lu}[^.!?]{1,80}$`,
  // A photographer and the agency, with the one that sells it: "Sam Yeh/AFP/Getty Images", "I-Hwa Cheng/Bloomberg via Getty Images".
  String.raw`(?:^|[.!?”"’)|]\s+)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\/${PHOTO_AGENCY}(?:\/${PHOTO_AGENCY}| via ${PHOTO_AGENCY})$`,
  // AP's credit after the caption's stop without its brackets: "… Bremerhaven, Germany. AP Photo/Martin Meissner" (p134: a place and a person of the story).
  String.raw`[.!?”"’)]\s+${PHOTO_AGENCY} Photo\/\p{Lu}[\p{L} .'’-]{1,40}(?:, [Ff]ile)?$`,
  // The agency's credit may run into a link's words: "REUTERS/Ann Wang Purchase Licensing Rights, opens new tab".
  // (And its file mark: "REUTERS/Toby Melville/File Photo Purchase Licensing Rights", p131.)
  String.raw`(?:^|[.!?”"’)]\s+)\p{Lu}{2,}[\p{Lu}-]*\/\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,6}(?:\/File(?: Photo)?(?: \p{Lu}[\p{L}'’.-]*){0,4})?$`,
  // The New York Times' credit, run into the caption when pasted: "… on Tuesday.Credit...Greg Baker/Agence France-Presse — Getty Images".
  String.raw`(?:^|[\p{L}.!?”"’)\s])Credit(?:\.{3}|…)\s?\p{Lu}[^\n]{0,120}$`,
  // Al Jazeera's, in square brackets: "… in Tokyo [Kim Kyung-Hoon/Reuters]", "[File: Ahmad Gharabli/AFP]".
  String.raw`\s\[(?:File: )?\p{Lu}[\p{L} .'’-]{1,50}\/(?:${PHOTO_AGENCY}|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3})\]$`,
  // Taiwan News' and the Taipei Times' in brackets, photographer and kind last: "(Taiwan News, Wu Yi-ting photo)", "(CNA photo)" (p127).
  String.raw`\((?:[^()]{1,60}, )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:photo|file photo|image)\)$`,
  // CNA's credit with the date the photo was taken: "… on Thursday. CNA photo Dec. 4, 2025".
  String.raw`[.!?”"’)]\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (?:photo|file photo|image)(?: \p{Lu}\p{Ll}{2}\.? \d{1,2}, \d{4})?$`,
].join('|'), 'u');
// The screen-reader words a browser pastes after a link.
const OPENS_NEW_TAB = /,\s*opens new tab$/u;
const PHOTO_LINE = new RegExp(String.raw`^(?:(?:[\p{L} .'’-]{1,40}\/)?${PHOTO_AGENCY}(?: via ${PHOTO_AGENCY})?|${PHOTO_AGENCY}(?: Photo)?\/[\p{L} .'’-]{1,40}|supplied|handout|file(?: photo| image)?|courtesy(?: of [^.]{1,60})?)$`, 'iu');
// A caption that ends with its agency, as pasted under a page's headline: "Smoke rises over the port. Reuters".
// A picture's credit with its label: "Photo credit: Dennis Onsongo | Nation Media Group", "Image credits: AFP".
const PHOTO_CREDIT_LABEL = /^(?:photo|image|picture) credits?\s*:\s*\S/iu;
// A caption after its credit's label, the credit first: "Photo: CNA, Nov. 28, 2026. Former Taipei mayor Ko Wen-je arrives …", "Photo: Taipei
// Times file photo. The Taiwan High Court building …" (p134: longer than the pipeline's credit pattern reads, they had been the story's lines).
const LABELLED_CAPTION = /^(?:photos?|pictures?|file photo)\s*:\s*\S/iu;
// A picture's kind after its source alone on its line, with the day it was taken: "CNA photo Nov. 30, 2026", "CNA file photo" (p134). A name in
// mixed case only with the date: "Family photo" may head a story.
const PHOTO_KIND_LINE = /^(?:\p{Lu}{2,}(?: \p{Lu}{2,}){0,2} (?:photo|file photo)(?: \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?:photo|file photo) \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})$/u;
// A line wholly in brackets, and what they hold.
const BRACKETED_LINE = /^[(\[]([^()[\]]{1,80})[)\]]$/u;
// A picture's kind with its credit: "Photo/Xinhua", "Photo: CNA", "Photo courtesy of the Ministry of National Defense".
const PICTURE_CREDIT = /^(?:Photos?|Images?|Pictures?|Video|Graphics?|Charts?|Maps?|Illustrations?|File photo)(?:\s*[/:]\s*|\s+(?:by|courtesy of|from)\s+)\S/iu;
// A chart's or a graphic's credit line: "Chart: Bloomberg", "Graphic: Reuters/Jane Doe".
const GRAPHIC_CREDIT = new RegExp(String.raw`^(?:Chart|Graphic|Map|Infographic|Video)s?\s*:\s*(?:${PHOTO_AGENCY}|[\p{L} .'’-]{1,40})(?:\/[\p{L} .'’-]{1,40})?$`, 'u');
// (Or its agency in brackets: "… in southern Seoul on Tuesday. (Yonhap)", Korea Herald's caption under its byline; p129.)
const AGENCY_TAIL = new RegExp(String.raw`[.!?]\s+(?:[\p{L} .'’-]{1,40}\/)?${PHOTO_AGENCY}(?: via ${PHOTO_AGENCY})?$|[.!?]\s+\(${PHOTO_AGENCY}\)$`, 'iu');

const MONTHS = 'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december';
const WEEKDAYS = 'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday';
const ZONES = 'gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt ist jst kst hkt sgt cet cest bst wib pht ict msk eet eest wat cat eat sast aest aedt awst nzst nzdt am pm';
const SPANS = 'ago h hr hrs hour hours m min mins minute minutes s sec secs second seconds d day days wk week weeks mo month months yr year years';
// Words that make a line with a number a date or a time ("Nov", "GMT", "hours ago", "min read").
const STAMP_ANCHORS = new Set(`${MONTHS} ${WEEKDAYS} ${ZONES} ${SPANS}`.split(' '));
// Words a timestamp line may also hold ("Updated", "Published on", "Reading Time").
const STAMP_WORDS = new Set([...STAMP_ANCHORS, ...'updated update published posted issued last modified first created on at about read reading time listen st nd rd th page'.split(' ')]);
// A time or relative date without a number.
const STAMP_ALONE = /^(?:just now|now|today|yesterday)$/iu;
const STAMP_PUNCTUATION = new Set([...',.:/-–—+()']);
// (And the messengers of East Asia's share bars, "LINE", "KakaoTalk", and Tumblr: Focus Taiwan's "Share" / "Facebook" / "X" / "LINE" / "Copy link"
// had left "LINE" the story's last line, p137.)
const SHARE_WORDS = new Set('share shares save saved bookmark comment comments like likes reply replies print email mail copy link copied count counts facebook twitter x whatsapp linkedin reddit telegram pinterest flipboard messenger bluesky threads weibo wechat line kakaotalk tumblr'.split(' '));

/**
 * Returns 'stamp' for one part of a timestamp line that holds a date or time ("Updated 3:45 PM EST",
 * "Thu November 13, 2025", "2 hours ago", "4 min read"), 'words' for one of timestamp words only
 * ("Updated"), else undefined.
 */
function stampPart(part: string): 'stamp' | 'words' | undefined {
  if (STAMP_ALONE.test(part)) return 'stamp';
  // An age in words: "Updated a day ago", "an hour ago".
  part = part.replace(/\b(?:an?|one) (?=(?:minute|hour|day|week|month|year) ago\b)/giu, '1 ');
  // ISO 8601's "T" between date and time and its "Z" (UTC), as a CMS or a feed prints them: "2026-12-05T10:00:00Z" (p80).
  const tokens = part.replace(/\b([ap])\.m\./giu, '$1m').replace(/(?<=\d)T(?=\d)/gu, ' ').replace(/(?<=\d)Z(?![\p{L}\p{N}])/gu, ' UTC').match(/\p{L}+|\p{N}+|\S/gu) ?? [];
  let numbers = 0;
  let anchored = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^\p{N}+$/u.test(token)) {
      if (token.length > 8) return undefined;
      numbers++;
      // A time or a numeric date: "14:32", "12/11/2025", "2025-11-12".
      if (i >= 2 && /^[:./-]$/u.test(tokens[i - 1]!) && /^\p{N}+$/u.test(tokens[i - 2]!)) anchored = true;
    } else if (/^\p{L}+$/u.test(token)) {
      const word = token.toLowerCase();
      if (!STAMP_WORDS.has(word)) return undefined;
      if (STAMP_ANCHORS.has(word)) anchored = true;
    } else if (!STAMP_PUNCTUATION.has(token)) {
      return undefined;
    }
  }
  if (numbers === 0) return tokens.length > 0 ? 'words' : undefined;
  return anchored ? 'stamp' : undefined;
}

/**
 * True for a line that only dates the article or says how long it is: "Updated 3:45 PM EST, Thu November
 * 13, 2025", "2 hours ago", "Published: 12 Nov 2025 14:02 GMT", "4 min read", "TNN | Updated: Nov 12, 2025".
 * Parts split by "|" or "·" may include one short label (the desk or agency).
 */
const PLACE_AFTER_STAMP = /(?<=\d),\s+\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
const CLOCK = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;
const PLACE_BEFORE_STAMP = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2},\s+(?=\p{L}{3}|\d)/u;
const PRINT_PAGE = /^(?:page|p\.?) ?[A-Z]?\d{1,3}$/iu;
// The one label a timestamp line may carry: a desk or agency ("TNN"), or a dateline's place and region ("KYIV, Ukraine | 6 Dec 2026", p91).
const STAMP_LABEL = /^\p{Lu}[\p{L}&.'’-]*(?: [\p{L}&.'’-]+){0,2}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?$/u;

export function isTimestamp(line: string): boolean {
  if (line.length > 120) return false;
  let stamped = false;
  let labels = 0;
  const parts = line.split(/[|·•]/u);
  for (const [i, part] of parts.entries()) {
    // A place after the date, as a byline's date line gives it: "Published 14 January 2026, London" (p95); or before it, as a
    // page's dateline line does: "TOKYO, Feb 3, 2026 18:05 JST", "Taipei, April 16, 2026 | Updated 5:48 PM" (p113).
    let trimmed = part.trim().replace(PLACE_AFTER_STAMP, '');
    // (With a time or another part: a place and a date alone, "Lahore, Oct 14", is a dateline, the story's text.)
    if (i === 0 && PLACE_BEFORE_STAMP.test(trimmed) && (parts.length > 1 || CLOCK.test(trimmed))) {
      const rest = trimmed.replace(PLACE_BEFORE_STAMP, '');
      if (stampPart(rest) === 'stamp') trimmed = rest;
    }
    if (trimmed === '') continue;
    // A print edition's page: "Sun, Dec 06, 2026 · Page 3" (Taipei Times, p91).
    if (PRINT_PAGE.test(trimmed)) continue;
    const kind = stampPart(trimmed);
    if (kind === 'stamp') stamped = true;
    else if (kind === undefined && (labels++ > 0 || !STAMP_LABEL.test(trimmed))) return false;
  }
  return stamped;
}

/** True for sharing buttons and counters: "Share", "Comments (128)", "1.2K shares", "Like · Reply · 3h", "WhatsApp". */
export function isShareLine(line: string): boolean {
  if (line.length > 60) return false;
  const tokens = line.match(/\p{L}+|\p{N}[\p{N}.,]*|\S/gu) ?? [];
  let shares = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = token.toLowerCase();
    if (SHARE_WORDS.has(word)) shares++;
    else if (/^\p{N}/u.test(token) || '·|•,()!:-/'.includes(token)) continue;
    // A button's "Share on Facebook | Share on X" (p138).
    else if (word === 'on' && tokens[i - 1]?.toLowerCase() === 'share') continue;
    // A count's unit or a reply's age: "1.2K", "3h".
    else if (!(/^[kmhdw]$/u.test(word) && i > 0 && /^\p{N}/u.test(tokens[i - 1]!))) return false;
  }
  return shares > 0;
}

/**
 * True for a line of writers' or a publication's names alone ("Josh Taylor", "Tomás Herrera and Lucia
 * Benavides", "Bangkok Post"): a byline without "By" where the page's header shows it.
 */
export function isNameLine(line: string): boolean {
  if (line.length > 60) return false;
  // A writer and where they write from, as the Guardian and the SCMP sign: "Lawrence Chung in Taipei".
  return line.split(/, | and | & | \| /u).map((name) => name.replace(/ in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u, '')).every((name) => {
    const words = name.split(' ');
    return words.length <= 4 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!) &&
      words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w));
  });
}
const NAME_PARTICLES = new Set('de da del della van von der den bin binti ibn al el la le di du dos das y'.split(' '));

/**
 * True for a writer's biography at an article's end: "Jane Doe is a reporter covering …", "Tomás Herrera
 * reports on politics …", "William joined the Post in 2019 and covers Chinese politics."
 */
export function isBiography(line: string): boolean {
  return BIOGRAPHY.test(line.slice(0, 300));
}
const BIOGRAPHY = new RegExp(String.raw`^${NAME} (?:(?:is|was) (?:an?|the) [^.]{0,100}?\b(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|photographer|producer)s?\b|(?:reports on|reports from|writes about|writes on|covers)\b|joined [^.]{1,60}?\b(?:and covers|as an? (?:reporter|correspondent|writer|editor))\b)`, 'u');

/** True for a caption's text with its photo credit on its end: "Protesters gather in Jakarta. (AP Photo/Dita Alangkara)". */
function isCaptionWithCredit(line: string): boolean {
  if (line.length > 600) return false;
  return PHOTO_TAIL.test(line.replace(OPENS_NEW_TAB, '').slice(-240));
}

// A caption that ends in its credit in brackets: a photo agency with no stop before it ("… outside 11 Downing Street on Wednesday (PA
// Wire)"; a paragraph ends its sentence before its source's name) or a government's handout, stop or not ("… on Monday. (Gobierno de
// México)", "(Presidential Office)", "(Presidencia de la República)", p141).
const UNSTOPPED_CAPTION_TAIL = new RegExp(String.raw`[\p{L}\p{N}] \(${PHOTO_AGENCY}\)$|[\p{L}\p{N}.] \((?:(?:Gobierno|Government|Presidencia|Presidency|Ministry|Ministerio|Office) (?:de(?: la| los| las)?|del|of|of the) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|(?:Presidential|Prime Minister['’]s) Office|Handout|HANDOUT)\)$`, 'u');
// A caption's credit after a bar-parted label in capitals: "… at the summit in Arusha, Tanzania. PHOTO | FILE | NMG" (Nation Media Group).
const BARRED_PHOTO_TAIL = /(?:^|\s)(?:PHOTO|PHOTOS|IMAGE|GRAPHIC|FILE PHOTO)(?: \| \p{Lu}[\p{Lu}\p{N}.&'’ -]{0,30}){1,3}$/u;

/** True for a caption whose credit ends it in brackets with no stop before, or after a bar-parted label (`UNSTOPPED_CAPTION_TAIL`, `BARRED_PHOTO_TAIL`). */
function isCaptionWithBracketedCredit(line: string): boolean {
  if (line.length > 250) return false;
  if (BARRED_PHOTO_TAIL.test(line)) return true;
  // Eight words or more before the credit, no speech: a story's headline with its source ("Stocks rally (Reuters)") stays.
  return UNSTOPPED_CAPTION_TAIL.test(line) && line.split(' ').length >= 9 && !/\b(?:said|says|told|according to)\b/u.test(line);
}

/** True for a caption that ends with its agency, as a page pastes one under its headline ("Smoke rises over the port. Reuters"). */
export function isAgencyCaption(line: string): boolean {
  if (line.length > 400 || !AGENCY_TAIL.test(line)) return false;
  // A lead that ends in its source's name tells what someone said; a caption shows ("… arrives at the Seoul High Court … (Yonhap)").
  return !line.endsWith(')') || (line.length <= 250 && !/\b(?:said|says|told|according to)\b/u.test(line));
}

/** True for a caption without a credit where a photo's credit line came just before it ("Getty Images" / "Displaced families arrive …"). */
export function isBareCaption(line: string): boolean {
  return line.length <= 250 && /\p{L}/u.test(line) && !/[.!?…]["'”’)\]]*$/u.test(line);
}

/**
 * True for a caption that ends its sentence, where a photo's credit line came just before it: one sentence of at most 250 characters that
 * speaks of the picture and reports no one's words ("Photo: Taipei Times file photo" / "A navy Kang Ding-class frigate sails off the coast of
 * Kaohsiung in an undated photograph."; p138: its names had been the story's). A story's paragraph under a credit names no picture.
 */
export function isPictureCaption(line: string): boolean {
  return line.length <= 250 && /[.!?]["'”’)]*$/u.test(line) && !/[.!?]["'”’)]*\s+\p{Lu}/u.test(line) &&
    /\b(?:photo(?:graph)?s?|pictured?|pictures|image|images|file)\b/iu.test(line) && !/\b(?:said|says|told|according to)\b/u.test(line);
}

/** True for a list heading's item: a headline, not a paragraph (no full stop at its end). */
export function isListItem(line: string): boolean {
  return line.length <= 160 && /\p{L}/u.test(line) && !/[.…]["'”’)\]]*$/u.test(line);
}

// A bullet before a link: "• Read more: …".
const BULLET = /^[•·▪◦‣]\s*/u;
// Spaces a browser or a typesetter pastes: no-break, figure, thin, narrow no-break.
const ODD_SPACE = /[\u00a0\u2007\u2009\u202f]/gu;
// Dashes a dateline may be set with besides the en and em dash: minus, figure dash, horizontal bar.
const ODD_DASH = /[\u2212\u2012\u2015]/gu;
// An e-mail's quote marks before a line: "> TAIPEI (Reuters) - …".
const QUOTED = /^(?:> ?)+/u;
// A line in Markdown's bold, as a note app or a chat assistant pastes a byline: "**By Jane Smith, BBC business reporter**".
export const MARKDOWN_STRONG_LINE = /^(?:\*\*|__)([^*_].*?)(?:\*\*|__)$/u;

/**
 * The line as the line rules read it (the text keeps it as written): no zero-width space before it, odd spaces
 * plain, no Markdown bold around it, no e-mail quote marks before it.
 */
function lineAsRead(line: string): string {
  return line.replace(/^\u200b+/u, '').replace(ODD_SPACE, ' ').replace(MARKDOWN_STRONG_LINE, '$1').replace(QUOTED, '');
}

// An outlet's staff or desk as its byline: "By Reuters staff", "By Guardian sport", "By Guardian staff and agencies" (p112: the
// page had merged into the story before, its byline the next one's title).
const OUTLET_STAFF = /^(?:[Bb]y|BY) \p{Lu}[\p{L}.&'’ -]{1,40} (?:staff|[Ss]taff [Rr]eporters?|correspondents?|reporters?|sport|sports|business|politics|(?:news|sports?|business) desk|staff and agencies|and agencies)$/u;
// A byline, then what a page sets after it between slashes or bars: its time, its outlet, its dateline.
const BYLINE_TAIL = /^(\(?(?:[Bb]y|BY):? [^/|]{2,100}?)\s+[/|]\s+(.+)$/u;

/**
 * True for a byline with its time, outlet or dateline after a slash or a bar: "By Sarah Butler / Thu 19 Feb 2026 07.00 GMT",
 * "By Brian Wong and Jess Ma / Published: 6:00pm, 12 Feb 2026", "By Daniel Leussink / TOKYO, Feb 12 (Reuters)" (p107: seven
 * pasted pages had merged into the story before, their bylines in the text). The byline may say where its writer was ("By
 * Louise Taylor at St James' Park"); each part after it is short, no sentence.
 */
function isBylineWithTail(line: string): boolean {
  const parts = BYLINE_TAIL.exec(line);
  if (parts === null) return false;
  const byline = parts[1]!.replace(/ at \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u, '');
  // (An outlet's staff too: "By Reuters staff | BEIJING, Nov 14, 2025", p110.)
  if ((!BYLINE.test(byline) && !OUTLET_STAFF.test(byline)) || /[()]/u.test(byline)) return false;
  return parts[2]!.split(/\s+[/|]\s+/u).every((part) => part.length <= 80 && part.split(/\s+/u).length <= 10 && !/\p{Ll}{2,}[.!?]$/u.test(part));
}

// Where a date or time may open after a byline's names: "By Dac Thanh, Hoang Tao   December 15, 2026 | 06:38 pm GMT+7".
const STAMP_START = /\s(?=\p{N}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Updated|Published|Posted)\p{L}*\b)/gu;

/**
 * True for a byline with its date and time after it on the same line, as VnExpress pastes its header: "By Dac Thanh, Hoang Tao
 * December 15, 2026 | 06:38 pm GMT+7" (p130: the writers had been people of the story and the page had no title). Only a line that
 * opens with "By"; the first eight places a date may start are tried.
 */
function bylineThenStamp(line: string): boolean {
  if (!/^\(?(?:[Bb]y|BY):? \p{Lu}/u.test(line)) return false;
  let tries = 0;
  for (const match of line.matchAll(STAMP_START)) {
    if (++tries > 8) return false;
    const byline = line.slice(0, match.index).replace(/[\s,|·•–—-]+$/u, '');
    if (BYLINE.test(byline) && isTimestamp(line.slice(match.index + 1).trim())) return true;
  }
  return false;
}

// What a writer's name run into a page's date must still hold to be a byline: a time, or a word a page's date line sets.
const STAMP_MARK = /\b(?:published|updated|posted|read)\b|\d{1,2}[:.]\d{2}\b/iu;

/**
 * True for a writer's name without "By" run into the page's date before or after it, as Dawn and Premium Times paste their headers:
 * "Tahir Naseer Published December 2, 2026 Updated a day ago", "December 1, 2026 Abdulkareem Mojeed 2 min read" (p132: the writers had
 * been people of the story, "December" a family name, and the headline an article of its own). The name is the line's first run of two
 * to four capitalized words that are no date's; what is around it must be timestamps, one with a time or a date line's word.
 */
function nameInStamp(line: string): boolean {
  if (line.length > 120 || /^\(?(?:[Bb]y|BY)\b/u.test(line) || !STAMP_MARK.test(line)) return false;
  const words = line.split(' ');
  const isNameWord = (word: string): boolean => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !STAMP_WORDS.has(word.toLowerCase().replace(/[.,]$/u, ''));
  const start = words.findIndex(isNameWord);
  if (start < 0) return false;
  let end = start;
  while (end < words.length && isNameWord(words[end]!)) end++;
  if (end - start < 2 || end - start > 4) return false;
  const before = words.slice(0, start).join(' ');
  const after = words.slice(end).join(' ');
  return (before !== '' || after !== '') && (before === '' || isTimestamp(before)) && (after === '' || isTimestamp(after));
}

// A finite verb: one that tells, or a past tense not of a credit's participle ("edited by", "compiled from", "reserved by").
const FINITE_VERB = /\b(?:said|says|told|tells|is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does|met|meets|rose|fell|won|lost|\p{Ll}{2,}ed(?! (?:by|from|with)\b))\b(?!-)/u;
// A past tense that reports what happened ("told", "revealed"), as a story does and a site's pitch to its reader does not.
const REPORTING_VERB = /\b(?:said|told|met|rose|fell|won|lost|\p{Ll}{2,}ed(?! (?:by|from|with)\b))\b(?!-)/u;
const READER_ADDRESS = /\b(?:you|your|our|us|we)\b/iu;
// A link's or a notice's label before a colon: "Watch:", "Privacy Notice:".
const LABEL_COLON = /^[\p{L}'’ ]{1,30}:\s/u;
// The copyright notice a sentence may run on from: "All rights reserved by the Constitution, …".
const RIGHTS_RESERVED = /^all rights reserved\b/iu;

/**
 * True for a line whose first sentence, from code unit `from` on, is prose with a verb, ending in a stop ("Reporting by the New York Times in
 * 2023 revealed that …", "Sources: two officials … said …"): a credit's label opens it, but it is a story's sentence (h137: they had left the
 * body for the credits). A credit's sentence has no verb: "Reporting by Yimou Lee; Editing by Kim Coghill."; `verb` is the verbs to look for.
 */
function isProseSentence(line: string, from = 0, verb: RegExp = FINITE_VERB): boolean {
  if (!/[.!?]["'”’)]*$/u.test(line)) return false;
  const rest = line.slice(from);
  const stop = /[.!?]["'”’)]*(?:\s|$)/u.exec(rest);
  const first = stop === null ? rest : rest.slice(0, stop.index);
  return first.trim().split(' ').length >= 5 && verb.test(first);
}

// A live page's headline, its label in sentence case: "Live updates: Russian drones hit Odesa port as …", as AP sets it (p141: a labelled
// prompt's credit, the live blog then untitled and cut in two); "LIVE UPDATES: …" between paragraphs, and a prompt to the reader, stay furniture.
const LIVE_HEADLINE = /^Live(?: updates?| blog)?\s*:\s*(?!(?:Follow|Read|Watch|Get|Click|See|Listen|Join|Sign)\b)\p{Lu}[^.!?]{10,160}$/u;

/** True for a live page's headline in sentence case ("Live updates: Russian drones hit …"), which `creditKind` reads as no prompt. */
export function isLiveHeadline(line: string): boolean {
  return LIVE_HEADLINE.test(line);
}

/** True for a link's label and a colon over a sentence that reports news to no reader ("Watch: Lai told a rally in Kaohsiung that …"). */
function isLabelledReport(line: string): boolean {
  const label = LABEL_COLON.exec(line);
  return label !== null && !READER_ADDRESS.test(line) && isProseSentence(line, label[0].length, REPORTING_VERB);
}

/** True for a copyright notice a story's sentence runs on from ("All rights reserved by the Constitution, the court said …"). */
function isReservedSentence(line: string): boolean {
  const notice = RIGHTS_RESERVED.exec(line);
  return notice !== null && isProseSentence(line, notice[0].length);
}

// A sentence ending in who said it: ", the Central Bank said.", ", said the prosecutor, pointing to …".
const REPORTED_SPEECH = /,\s+(?:[\p{L}'’-]+\s+){0,6}(?:said|says|told|added)\b[^.!?]*[.!?]["”’]?$/u;

/**
 * What kind of credit a line is, read without context (see `CreditKind`), or undefined for body text.
 * `creditPattern` is the pipeline's photo-credit pattern ("Photo: AFP").
 */
export function creditKind(line: string, creditPattern: RegExp, exporting = false): CreditKind | undefined {
  line = lineAsRead(line);
  // A bulleted link is the link: "• Read more: Schools closed in six cities".
  if (BULLET.test(line)) line = line.replace(BULLET, '');
  if (line.length <= 200 && (BYLINE.test(line) || DESK_BYLINE.test(line))) return line.startsWith('(') ? 'other' : 'header';
  if (line.length <= 200 && (isBylineWithTail(line) || OUTLET_STAFF.test(line))) return 'header';
  // A web page's byline among its place and date, parted by bars: "Tokyo | December 2, 2025 | By Reiko Tanabe", "MANILA,
  // Philippines — December 2, 2025 | By Paolo Reyes" (p88: the reporter had been a person, the page merged into the story before).
  if (line.length <= 200 && BAR_PARTS.test(line)) {
    const parts = line.split(BAR_PARTS);
    if (parts.some((part) => BYLINE.test(part)) && parts.every((part) => BYLINE.test(part) || (part.length <= 60 && !/[.!?]\s/u.test(part)))) return 'header';
  }
  // A writer's name, the desk and the time parted by slashes, as the Times of India pastes its byline: "Dhananjay Mahapatra / TNN /
  // Updated: Dec 9, 2026, 23:41 IST" (p129: it had stayed in the text, the header an article of its own).
  if (line.length <= 200 && NAME_STAMP_PARTS.test(line)) {
    const parts = line.split(NAME_STAMP_PARTS);
    if (parts.some(isTimestamp) && parts.every((part) => isTimestamp(part) || isNameLine(part))) return 'header';
  }
  // A news database's export: "BYLINE: Chen Yun" is the byline, its other fields and marks the record's (`EXPORT_FIELD`); in a
  // file that has shown itself an export (`exporting`), its index fields and marks too ("PERSON: RACHEL REEVES (92%)", "Body").
  if (isExportField(line, exporting)) return /^byline\b/iu.test(line) ? 'header' : 'other';
  if (line.length <= 60 && (FACTIVA_DOCUMENT.test(line) || WORD_COUNT.test(line) || (exporting && (EXPORT_MARK.test(line) || DOCUMENT_COUNT.test(line) || line === END_OF_DOCUMENT)))) return 'other';
  if (isTimestamp(line) || (line.length <= 60 && ROLE_LINE.test(line)) || (line.length <= 80 && NAME_ROLE_LINE.test(line))) return 'header';
  // A date and time, then the byline, on one line, as Focus Taiwan's page pastes them: "02/14/2026 09:12 PM By Chao Ching-yu and
  // Evelyn Kao, CNA staff reporters" (p99: the reporters had been people, the page's headline the story before's last line).
  const byAt = line.length <= 200 ? line.search(/ (?:By|BY) \p{Lu}/u) : -1;
  if (byAt > 0 && isTimestamp(line.slice(0, byAt)) && BYLINE.test(line.slice(byAt + 1))) return 'header';
  if (line.length <= 200 && bylineThenStamp(line)) return 'header';
  if (nameInStamp(line)) return 'header';
  // A chat's forward line, a credit of the post under it (segment.ts moves it there; p86: "Forwarded from Japan Today" had
  // ended the post before it as its title). Not a header: a post's last short line above it is no headline.
  if (line.length <= 80 && FORWARDED_FROM.test(line)) return 'other';
  // (And "Photo credit: Dennis Onsongo | Nation Media Group", under its caption; p130.)
  // A sentence that reports speech is the story's, whatever word opens it: "Credit: Moody's raised …, the Central Bank said." (h140 F5).
  const reported = line.length <= 400 && REPORTED_SPEECH.test(line);
  if ((creditPattern.test(line) && !reported) || (line.length <= 80 && PHOTO_LINE.test(line)) || (line.length <= 120 && PHOTO_CREDIT_LABEL.test(line)) || isCaptionWithCredit(line) || isCaptionWithBracketedCredit(line)) return 'photo';
  if ((line.length <= 400 && LABELLED_CAPTION.test(line)) || (line.length <= 60 && (PHOTO_KIND_LINE.test(line) || OUTLET_PHOTO.test(line)))) return 'photo';
  // A picture's or a chart's credit on its own line, in brackets or after its kind: "(Getty Images)", "[Photo/Xinhua]",
  // "(Photo courtesy of …)", "Chart: Bloomberg" (p86: they had stayed in the text, "Bloomberg" a person).
  const bracketed = line.length <= 82 ? BRACKETED_LINE.exec(line)?.[1] : undefined;
  if ((bracketed !== undefined && (PHOTO_LINE.test(bracketed) || PICTURE_CREDIT.test(bracketed))) || (line.length <= 80 && GRAPHIC_CREDIT.test(line))) return 'photo';
  if (line.length <= 100 && RULE.test(line)) return 'rule';
  if (line.length <= 60 && LIST_HEADING.test(line)) return 'list';
  if (line.length <= 200 && PAGE_FURNITURE.test(line) && !isLabelledReport(line) && !LIVE_HEADLINE.test(line) && !reported) return 'other';
  if (line.length <= 40 && SITE_HOME.test(line)) return 'other';
  if (line.length <= 120 && PDF_RUNNING_HEAD.test(line)) return 'other';
  if (line.length <= 200 && isMenuLine(line)) return 'other';
  if (line.length <= 800 && (AUTHOR_NOTE.test(line) || (AUTHOR_APPEAL.test(line) && APPEAL_WORDS.test(line)))) return 'other';
  // A page's rules for its readers' comments, and its membership pitch (p131: the Taipei Times' and Daily Maverick's had been the
  // story's last paragraph, and made it truncated).
  if ((line.length <= 600 && (COMMENT_RULES.test(line) || MEMBER_PITCH.test(line.slice(-160)))) || (line.length <= 160 && BUTTON_PITCH.test(line)) || (line.length <= 48 && SUPPORT_BANNER.test(line)) ||
    (line.length <= 40 && AD_SLOT.test(line)) || (line.length <= 800 && JOURNALISM_PITCH.test(line))) return 'other';
  if (line.length <= 160 && PAYWALL.test(line)) return 'paywall';
  // An agency with its city or a staff writer's line opens a story as a byline does: "Reuters, HSINCHU", "Staff writer, with CNA".
  if (line.length <= 80 && (AGENCY_LINE.test(line) && line.includes(',') || WRITTEN_BY.test(line) || TEXT_BY.test(line) || WRITER_AGENCY.test(line) || OUTLET_PLACE_LINE.test(line))) return 'header';
  if (line.length <= 200 && (AGENCY_LINE.test(line) || OUTLET_LINE.test(line) || WIRES_LINE.test(line) || SITE_SIGNOFF.test(line) || OUTLET_WITH_AGENCIES.test(line) || CONTRIBUTED.test(line) || REPORTED_FROM.test(line) || END_MARK.test(line))) return 'other';
  if (line.length <= 200 && (REPORTING_CREDIT.test(line) || SOURCE_LINE.test(line)) && !isProseSentence(line)) return 'other';
  if (line.length <= 600 && ((COPYRIGHT.test(line) && !isReservedSentence(line)) || EDITORS_NOTE.test(line) || CONSENT.test(line))) return 'other';
  return isShareLine(line) ? 'other' : undefined;
}

// A news database's export (LexisNexis, Nexis Uni, Factiva): its field lines, the story's count of words, the document's number
// and the mark between documents are the record's, not the story's (p109: a Nexis export of 3 documents had made 14 articles,
// each "BYLINE:", "LENGTH:" and "LOAD-DATE:" a kicker; Factiva's "Document TAPTIM00…" had been an entity and marked its story truncated).
// Outside an export, only a short field that is no sentence: "BYLINE: the field that names the writer, Garcia said, is often blank."
// is a story's (p117).
const EXPORT_FIELD = /^(?:byline|section|length|load-date|language|publication-type|document-type|journal-code|journal code|correction-date|acc-no)\s*:\s*\S.*$/iu;
const EXPORT_INDEX_FIELD = /^(?:graphic|highlight|distribution|series|edition|subject|organization|person|geographic|industry|ticker|company|dateline|notes|copyright|terms|classification|city|state|country)\s*:\s*\S.*$/iu;
const EXPORT_MARK = /^(?:Body|(?:Late|Final|Early|City|National|Weekend) Edition|English|\d{1,4})$/u;
// Nexis's count of documents, which heads each ("2 of 3 DOCUMENTS"), and Nexis Uni's mark after each.
const DOCUMENT_COUNT = /^(\d{1,6}) of \d{1,6} DOCUMENTS?$/u;
const END_OF_DOCUMENT = 'End of Document';
// A story's count of words on a line of its own, as Factiva sets it under the byline: "412 words".
const WORD_COUNT = /^\d[\d,]{0,6} words$/u;
// Factiva's document number, a mark of its own wherever it stands: "Document TAPTIM0020261207elc700001".
const FACTIVA_DOCUMENT = /^Document [A-Z]{4,8}\d{4,}[a-z0-9]{4,}$/u;

/** True for a news database's field line (`EXPORT_FIELD`; in a file that is an export, `EXPORT_INDEX_FIELD` too, and longer). */
function isExportField(line: string, exporting: boolean): boolean {
  if (exporting) return line.length <= 600 && (EXPORT_FIELD.test(line) || EXPORT_INDEX_FIELD.test(line));
  return line.length <= 80 && EXPORT_FIELD.test(line) && !/[.!?]["”]?$/u.test(line);
}

/** True for a line that shows its file is a news database's export: a short field, a count of words, the first "1 of N DOCUMENTS", Factiva's number. */
export function opensExport(line: string, first: boolean): boolean {
  return isExportField(line, false) || FACTIVA_DOCUMENT.test(line) || WORD_COUNT.test(line) || (first && DOCUMENT_COUNT.exec(line)?.[1] === '1');
}

/**
 * Where a news database's export parts two documents at this line: `before` it (Nexis's "2 of 3 DOCUMENTS" heads the next),
 * `after` it (Nexis Uni's "End of Document", Factiva's "Document TAPTIM0020261207elc700001" close one), or undefined. Only in
 * a file that has shown itself an export (p117: a story quoting the marks on lines of their own had been cut into three).
 */
export function exportBreak(line: string, exporting: boolean): 'before' | 'after' | undefined {
  if (line.length > 60) return undefined;
  if (FACTIVA_DOCUMENT.test(line)) return 'after';
  if (!exporting) return undefined;
  if (DOCUMENT_COUNT.test(line)) return 'before';
  return line === END_OF_DOCUMENT ? 'after' : undefined;
}

// A consent dialog's paragraphs and buttons, as a paste of a page above its story brings them (p106: an article of their own,
// "Google Analytics" and "Meta Pixel" its organizations, and "MORE OPTIONS" the story's kicker).
const CONSENT = /^(?:We and our (?:\d[\d,]* )?(?:partners|vendors)\b|With your permission,? we and our partners\b|You (?:may|can) click to consent\b|Please note that some processing of your personal data\b|This (?:site|website) participates in the IAB\b|Some of our partners may process your (?:personal )?data\b|By clicking ["“]?(?:Accept|I agree|Agree|Allow)\b|By (?:providing|entering|submitting|signing up|subscribing|continuing)\b.{0,200}\b(?:Terms of (?:Use|Service)|Privacy Policy)\b|(?:Accept|Reject|Allow|Deny) all(?: cookies)?$|I (?:ACCEPT|AGREE|DO NOT AGREE)$|MORE OPTIONS$|Manage (?:options|settings|choices)$|Show purposes$|Vendor list$|Your privacy choices$)/iu;

// The agency that writes its name in a dateline without brackets: "TOKYO, Dec. 6 Kyodo -". The dateline
// patterns of extraction and resolution read it too.
export const BARE_AGENCY = 'Kyodo';

// A dateline opening a story: "WASHINGTON (AP) —", "TAIPEI, Nov 12 (Reuters) -", "Kyiv, Ukraine —",
// "BEIJING, Nov. 12 (Xinhua) --", "Washington, Dec. 3 (CNA) Taiwan …", "SEOUL—South Korea's …", Kyodo's
// bare name ("TOKYO, Dec. 6 Kyodo -"), and
// Reuters' and Bloomberg's two cities ("LONDON/DUBAI, Dec 1 (Reuters) -"), and AFP's region in brackets before its name ("Turin
// (Italy) (AFP) –", p128: the story had merged into the one before). A hyphen is a dash with a space beside it:
// "Taiwan-US trade rose" and "Japan-Taiwan Exchange Association" open no story.
const PLACE = String.raw`\p{Lu}[\p{L}.'’]*(?:-\p{L}+)*(?: \p{Lu}[\p{L}.'’]*(?:-\p{L}+)*){0,3}`;
// (The day may come first, as British and Commonwealth papers write it: "LONDON, 18 November 2025 (The Guardian)", p111.)
// (And in the wires' other languages, the day first: "MADRID, 1 dic (Reuters) -", "PARIS, 1 décembre", "BERLIN, 1. Dezember"; p114:
// each had merged into the English story before it.)
const FOREIGN_MONTH = String.raw`(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic|janv|f[ée]vr|avr|mai|juin|juil|ao[uû]t|d[ée]c|jan|m[äa]r|okt|dez|gen|giu|lug|set|ott|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\p{Ll}{0,7}\.?`;
const DATELINE = new RegExp(String.raw`^(${PLACE}(?:/${PLACE}){0,3})(?:, (${PLACE})| \((${PLACE})\)(?= ?\())?(,? (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?|\d{1,2}\.? ${FOREIGN_MONTH})(?:,? \d{4})?)?(?: ?\(([\p{L}\p{N} .&/'’-]{1,30})\)| (${BARE_AGENCY}))?(?:( ?(?:—|–) ?| --? ?|--? )(?=$|[\p{Lu}\p{N}"“‘'])|(?<=\)) (?=[\p{Lu}"“])|(?<=\))()$)`, 'u');

const DATE_AGENCY = new RegExp(String.raw`^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:, \d{4})? \((?:${SIGNING_AGENCIES})\)(?: ?(?:—|–|--?)(?: |$)|$)`, 'u');

/**
 * The date a dateline writes with its year, as the text it is in ("Taipei, March 11, 2026 (CNA)": ", March 11, 2026"), or
 * undefined: where no credit dates the article, its dateline does (p113).
 */
export function datelineDateText(line: string): string | undefined {
  if (!startsWithDateline(line)) return undefined;
  const date = DATELINE.exec(lineAsRead(line.slice(0, 160)).replace(ODD_DASH, '—'))?.[4];
  return date !== undefined && /\d{4}$/u.test(date) ? date : undefined;
}

/** The month and day a dateline writes, with or without its year ("Taipei, Dec. 3 (CNA)": ", Dec. 3"), or undefined. */
export function datelineDayText(line: string): string | undefined {
  if (!startsWithDateline(line)) return undefined;
  return DATELINE.exec(lineAsRead(line.slice(0, 160)).replace(ODD_DASH, '—'))?.[4];
}

/**
 * True for a line that opens with a dateline. A place in capitals is enough; a place in mixed case needs
 * an agency in brackets and a dash ("Hong Kong (AFP) –") or a date ("Washington, Dec. 3 (CNA) …"), or else
 * `isPlace` to know it, its own or its region's name ("Kyiv, Ukraine —"). A name and its acronym
 * ("Taiwan People's Party (TPP) Legislator …") is no dateline.
 */
export function startsWithDateline(line: string, isPlace?: (name: string) => boolean): boolean {
  // A wire's date and name without a town, as a pasted page sets it under the headline: "March 31 (Reuters) -" (p95).
  if (DATE_AGENCY.test(line)) return true;
  const match = DATELINE.exec(lineAsRead(line.slice(0, 160)).replace(ODD_DASH, '—'));
  if (!match) return false;
  const [, place, comma, bracketedRegion, date, bracketed, bare, dash, lineEnd] = match;
  const region = comma ?? bracketedRegion;
  const agency = bracketed ?? bare;
  // A dateline on a line of its own, as a pasted web page sets it under the headline: "KABUL, Dec 6 (Reuters)" (p91).
  // A place in capitals and its agency are enough there; in mixed case the date is still needed ("Taiwan People's Party (TPP)").
  const alone = lineEnd !== undefined && line.length <= 160;
  if (dash === undefined && date === undefined && !alone) return false;
  if (/\p{L}{2}/u.test(place!) && place === place!.toUpperCase()) return true;
  if (agency !== undefined) return date !== undefined || dash !== undefined;
  return dash !== undefined && isPlace !== undefined && (isPlace(place!) || (region !== undefined && isPlace(region)));
}

/** True for a section label above a headline: a short line of at most three words ("Business", "Asia-Pacific", "News|Politics"). */
export function isLabel(line: string): boolean {
  // (Initials are a label too: NYT's "U.S." over its headline, p129.)
  return (line.length <= 30 && (!/[.!?…:]$/u.test(line) || /^(?:\p{Lu}\.){2,3}$/u.test(line)) && /\p{L}/u.test(line) && line.split(' ').length <= 3) || isSectionPath(line);
}

/** True for a label that opens with a capital, as a menu's entries and a section's name do ("News", "Middle East", "Business › Economy"). */
export function isCapitalizedLabel(line: string): boolean {
  return /^\p{Lu}/u.test(line) && isLabel(line);
}

/**
 * True for a page's path of sections, two or three labels of at most three words parted by slashes or bars ("Hong Kong / Law and
 * Crime", as SCMP sets it over its headline; p128: read as the headline, the page had merged into the story before).
 */
export function isSectionPath(line: string): boolean {
  if (line.length > 50 || /[.!?…:]$/u.test(line)) return false;
  const parts = line.split(/ [/|>›»] /u);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^\p{Lu}/u.test(part) && part.split(' ').length <= 3);
}

// An end mark run onto a story's last paragraph: "… provinces. Enditem", "… solar power. ■".
const END_TAIL = /\s+(?:Enditem(?:\/[\p{L}\p{N}]{1,8})?|■|□|\(END\)|-30-|###)$/u;

/** Where an end mark run onto a paragraph starts (the space before it), or -1: "… provinces. Enditem". */
export function endMarkAt(line: string): number {
  const tail = line.slice(-40);
  const match = END_TAIL.exec(tail);
  return match ? line.length - tail.length + match.index : -1;
}

/** An end mark or a sign-off cut off its line as a credit, without the dash before it: "– Rappler.com" is "Rappler.com". */
export function markCredit(mark: string): string {
  return mark.trim().replace(/^[—–-]+\s*/u, '');
}

/** True for a writer's role alone on its line, no byline ("Reporter", "South Caucasus correspondent, Tbilisi"). */
export function isRoleLine(line: string): boolean {
  return line.length <= 60 && ROLE_LINE.test(line);
}

/** True for an agency's or a press release's end mark alone on its line ("-ends-", "ENDS", "Enditem/ASG"): its story ends there. */
export function isEndMark(line: string): boolean {
  return END_MARK.test(line);
}

/**
 * True when a photo's credit line may have the caption under it ("Getty Images" / "Displaced families …"):
 * a short credit, and in an article's header when it is a wire that also signs stories ("Reuters", "AP"),
 * since at a story's end the next line may be the next headline; not atop a story, where the wire is the page's outlet.
 */
export function opensCaption(line: string, inHeader: boolean, atTop = false): boolean {
  // (In brackets too: "(Reuters)" under a story signs it; h140 F2: the next story's headline had been its caption.)
  return line.length <= 80 && ((inHeader && !atTop) || !AGENCY_LINE.test(line.replace(/^\((.*)\)$/u, '$1')));
}

// A story's time: its lead has one ("said yesterday", "on Monday"); a deck, which sums the story up, seldom does.
export const LEAD_TIME = /\b(?:yesterday|today|tonight|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|month|year|night)|this (?:week|month|year)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night))\b/u;
