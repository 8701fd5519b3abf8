// What a line of pasted news text is, read without context: a credit or a web page's furniture.

/**
 * What a credit line is, as far as segmentation cares:
 * - `header`: a byline — the top of an article: a headline before it is the title, and it goes with the
 *   headline to the article the headline starts;
 * - `other`: any other credit (reporting credits, end marks, a page's furniture…).
 */
export type CreditKind = 'header' | 'other';

// A byline ("By Lin Chia-nan / Staff reporter", "By Jane Doe and John Roe, AP"), an agency line
// ("Reuters, SAN FRANCISCO", "Staff writer, with CNA") or a reporting credit: credits, not body.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const BYLINE = new RegExp(String.raw`^\(?[Bb]y ${NAME}(?:(?:,| and| &) ${NAME})*(?:\s*[/,—–-]\s*[\p{L} ,'’&-]{1,60})?\)?$`, 'u');
// A byline without "By" that says what the writer is ("Linda Yulisman, Indonesia Correspondent"), or a desk ("The Hindu Bureau").
const DESK_BYLINE = new RegExp(String.raw`^(?:${NAME}, [\p{L} '’&-]{0,40}(?:Correspondent|Reporter|Writer|Editor|Staff)|(?:The )?${NAME} (?:Bureau|Desk|News Desk|Staff))$`, 'u');
// The end mark of agency copy: "Enditem/ASG" (CNA), "-- END --".
const END_MARK = /^(?:Enditem(?:\/[\p{L}\p{N}]{1,8})?|-+\s*END\s*-+|\(END\)|={2,}\s*[\p{L}.]{2,20})$/iu;
const AGENCY_LINE = /^(?:AP|AFP|Reuters|Bloomberg|CNA|Xinhua|Kyodo|Yonhap|Agencies|Staff (?:writer|reporter))(?:,\s*[\p{L} .'’-]{1,40})?$/u;
const REPORTING_CREDIT = /^\(?(?:(?:With )?(?:additional )?reporting (?:by|from)|(?:Edited|Written|Compiled|Translated|Produced)(?: and \p{Ll}+)? by:?) .{1,160}$/iu;
// "Associated Press writer Jane Doe in Washington contributed to this report."
const CONTRIBUTED = /^[^.!?]{3,140} contributed (?:to )?(?:this |the )?(?:report|story|article)\.?$/iu;
// A web page's furniture pasted with its story: advertisement marks, links to other stories, sharing
// and newsletter prompts. Not body text; kept in `credits` so nothing is lost.
const PAGE_FURNITURE = /^(?:advertisement|sponsored(?: content)?|(?:read more|read also|also read|related|see also|recommended|more on this story|most read|continue reading|click here)(?:\s*[:：>»-].{0,160})?|share (?:this (?:article|story|page)|on [\p{L} ]{1,20})|(?:sign up|subscribe)(?: now)? (?:for|to) .{0,40}newsletters?.{0,40}|follow us on .{1,60})$/iu;

/** True for a web page's furniture: "Advertisement", "Read more: …", "Share this article". */
export function isPageFurniture(line: string): boolean {
  return line.length <= 200 && PAGE_FURNITURE.test(line);
}

/**
 * What kind of credit a line is, read without context (see `CreditKind`), or undefined for body text.
 * `creditPattern` is the pipeline's photo-credit pattern ("Photo: AFP").
 */
export function creditKind(line: string, creditPattern: RegExp): CreditKind | undefined {
  if (line.length <= 200 && (BYLINE.test(line) || DESK_BYLINE.test(line))) return 'header';
  if (creditPattern.test(line)) return 'other';
  if (line.length <= 200 && (AGENCY_LINE.test(line) || REPORTING_CREDIT.test(line) || CONTRIBUTED.test(line) || END_MARK.test(line) || PAGE_FURNITURE.test(line))) return 'other';
  return undefined;
}
