import { describe, expect, it } from 'vitest';
import { analyzeText, sentenceAt } from '../src/stages/analyze.js';

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
});
