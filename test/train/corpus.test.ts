import { describe, expect, it } from 'vitest';
import { inOurConvention, withoutQuotes } from '../../src/train/corpus.js';

/** The span of `part` in `text`, typed MISC. */
function span(text: string, part: string) {
  const start = text.indexOf(part);
  return { start, end: start + part.length, type: 'MISC' as const };
}

const slice = (text: string, e: { start: number; end: number }) => text.slice(e.start, e.end);

describe('corpus conventions (OntoNotes spans in ours)', () => {
  it('leaves quotation marks, a leading "the" and a possessive out of a span', () => {
    const text = "He read `` The Sun that Never Sets '' in the Hong Kong 's paper and \" 863 Program \" notes .";
    const inOurs = (part: string) => slice(text, inOurConvention(text, span(text, part)));
    expect(inOurs("`` The Sun that Never Sets ''")).toBe('Sun that Never Sets');
    expect(inOurs('" 863 Program "')).toBe('863 Program');
    expect(inOurs("Hong Kong 's")).toBe('Hong Kong');
    expect(inOurs('Hong Kong')).toBe('Hong Kong');
    const cole = 'the bombing of the `` USS Cole \'\' in Yemen';
    expect(slice(cole, inOurConvention(cole, span(cole, 'the `` USS Cole')))).toBe('USS Cole');
  });

  it('keeps a span that is only quotation marks whole', () => {
    const text = "a `` '' b";
    expect(slice(text, withoutQuotes(text, span(text, "`` ''")))).toBe("`` ''");
  });
});
