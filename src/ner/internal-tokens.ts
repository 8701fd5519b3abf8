/**
 * Bridges a general tokenizer (wink-nlp) and CoNLL tokenisation, which the model was trained on:
 * hyphen-joined pieces written without spaces ("Nagorno", "-", "Karabakh") become one token, and a
 * trailing possessive ("Boatmen’s") is split into "Boatmen" + "’s". Every internal token remembers
 * which input tokens it came from, so spans map back exactly.
 */
import type { NerToken } from './types.js';

/** A token as the model sees it, with the input tokens `[firstInput, lastInput]` it covers. */
export interface InternalToken extends NerToken {
  firstInput: number;
  lastInput: number;
}

/** True for a hyphen token: "-", U+2010 or U+2011 (a character test: a Set lookup per token was a percent of tagging). */
function isHyphen(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}
const POSSESSIVE = /^(.*[A-Za-z\u00c0-\u024f])(['\u2019][sS])$/;

/** Returns true when tokens a and b touch (no characters between them). */
function touching(a: NerToken, b: NerToken): boolean {
  return a.end === b.start;
}

/** Returns the index one past the last token of the hyphen-joined run starting at `from`. */
function hyphenRunEnd(tokens: readonly NerToken[], from: number): number {
  let end = from + 1;
  while (end + 1 < tokens.length && isHyphen(tokens[end]!.text) && touching(tokens[end - 1]!, tokens[end]!) && touching(tokens[end]!, tokens[end + 1]!) && !isHyphen(tokens[end + 1]!.text)) {
    end += 2;
  }
  return end;
}

/** Returns the internal tokens of one sentence; `inputBase` is the document index of its first input token. */
export function internalTokens(sentence: readonly NerToken[], inputBase: number): InternalToken[] {
  const result: InternalToken[] = [];
  let k = 0;
  while (k < sentence.length) {
    const end = hyphenRunEnd(sentence, k);
    const first = sentence[k]!;
    const last = sentence[end - 1]!;
    const text = end === k + 1 ? first.text : sentence.slice(k, end).map((t) => t.text).join('');
    pushWithPossessiveSplit(result, { text, start: first.start, end: last.end, firstInput: inputBase + k, lastInput: inputBase + end - 1 });
    k = end;
  }
  return result;
}

/** Appends the token, split in two when it ends in a possessive ’s/'s whose offsets match its text. */
function pushWithPossessiveSplit(result: InternalToken[], token: InternalToken): void {
  const lastChar = token.text.charCodeAt(token.text.length - 1);
  // Most tokens do not end in s/S; skip the regular expression for them.
  const match = lastChar === 0x73 || lastChar === 0x53 ? POSSESSIVE.exec(token.text) : null;
  if (match === null || token.end - token.start !== token.text.length) {
    result.push(token);
    return;
  }
  const cut = token.start + match[1]!.length;
  // Literals in the order of `internalTokens`' own, not spreads of the token: a spread's copy has a hidden class of its
  // own, and the tagger's functions then met two (see `changed` in src/stages/extract-rules.ts).
  result.push({ text: match[1]!, start: token.start, end: cut, firstInput: token.firstInput, lastInput: token.lastInput });
  result.push({ text: match[2]!, start: cut, end: token.end, firstInput: token.firstInput, lastInput: token.lastInput });
}
