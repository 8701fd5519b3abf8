import { describe, expect, it } from 'vitest';
import { analyzerInstances, analyzeText, boundRuns, isVocabularyWord, LEXEME_GROWTH_LIMIT, MAX_RUN_CHARS, releaseAnalyzer, sentenceAt, STEM_MEMO_LIMIT } from '../src/stages/analyze.js';
import { seedText } from './helpers.js';

describe('analyze', () => {
  const text = 'US President Donald Trump said Russia’s “war” cost US$5 — a lot.\nHo Jen-chieh (何仁傑) left. Done';
  const analysis = analyzeText(text);

  it('gives tokens whose offsets slice back to their text', () => {
    for (const token of analysis.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(analysis.tokens.slice(5, 13).map((t) => t.text)).toEqual(['Russia', '’s', '“', 'war', '”', 'cost', 'US$', '5']);
  });

  it('splits sentences and counts words without punctuation', () => {
    expect(analysis.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'US President Donald Trump said Russia’s “war” cost US$5 — a lot.',
      'Ho Jen-chieh (何仁傑) left.',
      'Done',
    ]);
    expect(analysis.words).toBe(analysis.tokens.filter((t) => t.kind !== 'punctuation').length);
    expect(sentenceAt(analysis.sentences, text.indexOf('left'))).toBe(1);
  });

  it('stems tokens in lower case for topic matching', () => {
    expect(analyzeText('Tariffs spied spying').tokens.map((t) => t.stem)).toEqual(['tariff', 'spi', 'spi']);
  });

  it('tokenizes a text the same after any history: a new wink-nlp instance (as made when its vocabulary grows large) changes nothing', () => {
    // wink keeps such strings whole once it has read them ("U.S.", "anti-dumping", "China's") and splits them before.
    const texts = [
      'The U.S. and China’s anti-dumping duties rose. Officials in the U.S. said so.',
      "China's anti-dumping rules hit the U.S. hard; the E.U. and Mr. A. Lee disagreed.",
      ...seedText.split('\n').filter((line) => line.trim() !== ''),
    ];
    const afterHistory = texts.map((t) => analyzeText(t));
    const fresh = texts.map((t) => {
      releaseAnalyzer();
      return analyzeText(t);
    });
    expect(fresh).toEqual(afterHistory);
    expect(afterHistory[1]!.tokens.map((t) => t.text).slice(0, 8)).toEqual(['China', "'s", 'anti', '-', 'dumping', 'rules', 'hit', 'the']);
    expect(afterHistory.length).toBeGreaterThan(20);
  });

  it('splits sentences the same after any history: what wink-nlp learned from earlier documents is hidden from the next', () => {
    const results = 'Results:\n1. Lance Armstrong ( U.S. ) Motorola 2 seconds behind\n2. Erik Breukink ( Netherlands ) Rabobank';
    const sentences = () => analyzeText(results).sentences.map((s) => results.slice(s.start, s.end));
    releaseAnalyzer();
    const fresh = sentences();
    // A document that teaches wink the string "U.S" (a sports table's "in U.S ."): it then cut "U.S."
    // of the next document into "U.S" and "." and ended a sentence after "( U.S. )". (Not after
    // reading "U.S." whole first, so this needs a new instance.)
    releaseAnalyzer();
    analyzeText('Mexican avocados are not expected in U.S . Prices rose.');
    expect(sentences()).toEqual(fresh);
    expect(fresh).toEqual(['Results:', '1.', 'Lance Armstrong ( U.S. ) Motorola 2 seconds behind', '2.', 'Erik Breukink ( Netherlands ) Rabobank']);
  });

  it('tokenizes digits run into letters the same after any history: "5G" alone and after "4G-5.5G" (probe p54)', () => {
    const text = 'Chunghwa Telecom said 5G networks expanded.';
    const tokens = () => analyzeText(text).tokens.map((t) => t.text);
    releaseAnalyzer();
    const fresh = tokens();
    releaseAnalyzer();
    analyzeText('The phones will support 4G-5.5G networks.');
    // wink had kept "5G", learned from the hyphenated piece, and read it whole in the next document only.
    expect(tokens()).toEqual(fresh);
  });

  it('makes a new wink-nlp instance when the lexeme table has grown by its limit, with the same tokens', () => {
    releaseAnalyzer();
    analyzeText('One short sentence.');
    const made = analyzerInstances();
    const word = (n: number) => `zq${[...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')}`;
    // The same unknown addresses in many documents: each document adds them to the table again (a
    // text of letters and digits alone is kept, as it does not change how wink tokenizes).
    const doc = Array.from({ length: 1000 }, (_, i) => `${word(i)}@example.org`).join(' ');
    for (let i = 0; i * 1000 <= LEXEME_GROWTH_LIMIT; i++) analyzeText(doc);
    expect(analyzerInstances()).toBe(made);
    const renewed = analyzeText(doc);
    expect(analyzerInstances()).toBe(made + 1);
    expect(renewed.tokens.map((t) => t.text)).toEqual(doc.split(' '));
  });

  it('makes a new wink-nlp instance once the words read since the last fill the stem memo, so its vocabulary stays bounded', () => {
    releaseAnalyzer();
    analyzeText('One short sentence.');
    const made = analyzerInstances();
    // Made-up words, all distinct: each is new to wink, which would otherwise keep every one.
    const word = (n: number) => `zq${[...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')}`;
    const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => word(from + i)).join(' ');
    analyzeText(words(0, STEM_MEMO_LIMIT - 10));
    expect(analyzerInstances()).toBe(made);
    analyzeText(words(STEM_MEMO_LIMIT, 20));
    const renewed = analyzeText('One short sentence.');
    expect(analyzerInstances()).toBe(made + 1);
    expect(renewed.tokens.map((t) => t.text)).toEqual(['One', 'short', 'sentence', '.']);
  });

  it('reads a whitespace-free run in pieces of 256 characters, never halving a surrogate pair, with tokens still slices of the text', () => {
    expect(boundRuns(`a ${'b'.repeat(600)} c`)).toBe(`a ${'b'.repeat(256)} ${'b'.repeat(256)} ${'b'.repeat(88)} c`);
    expect(boundRuns('short words stay as they are')).toBe('short words stay as they are');
    // A run of millions of characters is cut too (p86: an unbounded pattern had overflowed V8's stack at 6 million).
    const bounded = boundRuns(`Lai said ${'!'.repeat(7_000_000)} ok`);
    expect(bounded.length).toBe(9 + 7_000_000 + Math.ceil(7_000_000 / 256) - 1 + 3);
    expect(bounded.endsWith(` ${'!'.repeat(7_000_000 % 256)} ok`)).toBe(true);
    // 𠀀 is two UTF-16 units: a piece ends before its first unit rather than after it.
    const han = `x${'𠀀'.repeat(300)}`;
    expect(boundRuns(han).split(' ').map((piece) => piece.length)).toEqual([255, 256, 90]);
    const text = `Blob ${'QUJD'.repeat(200)} ends. ${'國'.repeat(300)}。`;
    const { tokens } = analyzeText(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_RUN_CHARS);
    // A token over 64 characters is its own stem (the stemmer's regexes cost its length squared).
    expect(tokens.filter((t) => t.text.length > 64).every((t) => t.stem === t.text.toLowerCase())).toBe(true);
  });

  it('keeps words with Latin letters beyond Latin-1 whole (wink-nlp cuts them there), and contractions and numbers as before', () => {
    const text = 'Erdoğan met Vučić in Łódź; Nguyễn Phú Trọng, Çavuşoğlu and Muḥammad don\'t print 3D models.';
    const tokens = analyzeText(text).tokens;
    expect(tokens.map((t) => t.text)).toEqual(['Erdoğan', 'met', 'Vučić', 'in', 'Łódź', ';', 'Nguyễn', 'Phú', 'Trọng', ',', 'Çavuşoğlu', 'and', 'Muḥammad', 'do', 'n\'t', 'print', '3', 'D', 'models', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[0]).toMatchObject({ kind: 'word', stem: 'erdoğan' });
  });

  it('knows English words by wink-nlp\'s own vocabulary, not by the words documents brought', () => {
    analyzeText('Iratxe Virkkunen met Henna in Brussels.');
    expect(['Henna', 'striker', 'Thus', 'Iratxe', 'Virkkunen', '__proto__'].map(isVocabularyWord)).toEqual([true, true, true, false, false, false]);
  });
});
