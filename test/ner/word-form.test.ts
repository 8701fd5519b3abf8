import { describe, expect, it } from 'vitest';
import { canonicalForm, caseClass, CaseClass, collapseDigits, longShape, shortShape } from '../../src/ner/word-form.js';

describe('word forms', () => {
  it('maps typographic quotes and dashes to ASCII', () => {
    expect(canonicalForm('Russia\u2019s')).toBe("Russia's");
    expect(canonicalForm('\u2019s')).toBe("'s");
    expect(canonicalForm('\u201c')).toBe('"');
    expect(canonicalForm("''")).toBe('"');
    expect(canonicalForm('\u2014')).toBe('-');
    expect(canonicalForm('--')).toBe('-');
    expect(canonicalForm('plain')).toBe('plain');
  });

  it('collapses digits and computes shapes', () => {
    expect(collapseDigits('1996-08-30')).toBe('0000-00-00');
    expect(longShape('McDonald')).toBe('XxXxxxxx');
    expect(shortShape('Jean-Marie')).toBe('Xx-Xx');
    expect(shortShape('US$')).toBe('X$');
    expect(longShape('Ho\u00e9')).toBe('Xxx');
  });

  it('classifies capitalisation', () => {
    expect(caseClass('Smith')).toBe(CaseClass.Title);
    expect(caseClass('NATO')).toBe(CaseClass.AllCaps);
    expect(caseClass('I')).toBe(CaseClass.Title);
    expect(caseClass('iPhone')).toBe(CaseClass.Mixed);
    expect(caseClass('talks')).toBe(CaseClass.Lower);
    expect(caseClass('1996')).toBe(CaseClass.NoLetters);
    expect(caseClass('\u00c9mile')).toBe(CaseClass.Title);
  });
});
