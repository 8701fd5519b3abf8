/**
 * Evaluation aid: rewrites a CoNLL sentence ("Bitar 's goal , \" he said") as news-like text
 * ("Bitar’s goal,” he said") and keeps where every original token landed, so gold entities can be
 * scored against a different tokenizer.
 */
import type { NerToken } from '../ner/types.js';

/** A sentence as natural text, with the offsets of each original token inside it. */
export interface NaturalSentence {
  text: string;
  tokenOffsets: [number, number][];
}

const ATTACH_LEFT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", '...']);
const ATTACH_RIGHT = new Set(['(', '[', '{', '$']);

/** Returns the surface a CoNLL token takes in natural text (curly quotes and apostrophes). */
function surface(token: string, quoteOpen: boolean): string {
  if (token === '"') return quoteOpen ? '\u201d' : '\u201c';
  if (token.startsWith("'") && token.length > 1) return '\u2019' + token.slice(1);
  if (token === "n't" || token === "N'T") return token.replace("'", '\u2019');
  if (token === '--') return '\u2014';
  return token;
}

/** Returns the sentence rewritten as natural text with the new offsets of each token. */
export function naturalSentence(tokens: readonly NerToken[]): NaturalSentence {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  const tokenOffsets: [number, number][] = [];
  for (const token of tokens) {
    const isQuote = token.text === '"';
    const attachLeft = ATTACH_LEFT.has(token.text) || (isQuote && quoteOpen);
    if (text.length > 0 && !attachLeft && !glueNext) text += ' ';
    const form = surface(token.text, quoteOpen);
    tokenOffsets.push([text.length, text.length + form.length]);
    text += form;
    glueNext = ATTACH_RIGHT.has(token.text) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
  }
  return { text, tokenOffsets };
}
