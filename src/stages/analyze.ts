import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token; `start`/`end` are UTF-16 indices into the article text (internal to the per-article phase). */
export interface Token {
  text: string;
  start: number;
  end: number;
  lemma: string;
  /** Porter stem, lower-case: what topic terms match on. */
  stem: string;
  pos: string;
  /** wink-nlp's token type: word, number, punctuation, currency, emoji, … */
  kind: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  /** Tokens that are not punctuation. */
  words: number;
}

let engine: ReturnType<typeof winkNLP> | undefined;

function wink(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model);
  return engine;
}

/** Tokenizes and sentence-splits one text with wink-nlp; returns tokens with offsets into `text`. */
export function analyzeText(text: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // wink's typings declare lemma/stem with the model-addon signature; at run time they are plain token fields.
  const lemmas = doc.tokens().out(its.lemma as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stems = doc.tokens().out(its.stem as ItsFunction<string>) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  // ours[i] = index of our first token at or after wink token i (whitespace tokens are dropped).
  const ours = new Uint32Array(values.length + 1);
  let cursor = 0;
  let words = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const value = values[i]!;
    if (value.trim() === '') continue;
    // wink keeps token values verbatim, so each is found at or after the cursor.
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? Math.min(text.length, cursor + value.length) : start + value.length;
    cursor = end;
    const kind = kinds[i]!;
    if (kind !== 'punctuation') words++;
    tokens.push({ text: text.slice(start, end), start, end, lemma: lemmas[i]!, stem: stems[i]!.toLowerCase(), pos: pos[i]!, kind });
  }
  ours[values.length] = tokens.length;
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const push = (tokenStart: number, tokenEnd: number) => {
    if (tokenEnd > tokenStart) sentences.push({ start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd });
  };
  for (const [first, last] of spans) {
    let from = ours[first]!;
    const tokenEnd = ours[last + 1]!;
    // News puts one paragraph a line: a sentence never runs across a line break (wink's splitter would join them).
    for (let i = from + 1; i < tokenEnd; i++) {
      if (text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) {
        push(from, i);
        from = i;
      }
    }
    push(from, tokenEnd);
  }
  return { tokens, sentences, words };
}

/** Returns the index of the sentence that contains UTF-16 offset `at` (binary search). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
