import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../src/stages/taxonomy.js';
import { seedResults, tempDir } from './helpers.js';

const results = seedResults();
const topicsOf = (i: number) => results[i]!.topics.map((t) => t.topic);
const termsOf = (i: number, topic: string) => [...new Set(results[i]!.topics.find((t) => t.topic === topic)!.evidence.map((e) => e.term))];

describe('topics', () => {
  it('tags the war article with war and diplomacy', () => {
    expect(topicsOf(0)).toEqual(['war', 'diplomacy']);
    expect(termsOf(0, 'war')).toEqual(expect.arrayContaining(['ceasefire', 'troops', 'battlefield', 'encirclement']));
  });

  it('tags the INVESTIGATION article with espionage', () => {
    expect(topicsOf(1)).toContain('espionage');
    expect(termsOf(1, 'espionage')).toEqual(['incommunicado', 'spy for', 'spy', 'National Security Act', 'leaking', 'classified', 'intelligence', 'collusion']);
  });

  it('tags NEGOTIATIONS and TRADE with trade', () => {
    expect(topicsOf(2)[0]).toBe('trade');
    expect(termsOf(2, 'trade')).toEqual(expect.arrayContaining(['tariff', 'trade negotiations', 'trading partner']));
    expect(topicsOf(3)[0]).toBe('trade');
    expect(termsOf(3, 'trade')).toEqual(expect.arrayContaining(['origin laundering', 'anti-dumping', 'tariff']));
  });

  it('tags PERSONAL DATA with elections and fraud', () => {
    expect(topicsOf(4)).toEqual(expect.arrayContaining(['elections', 'fraud']));
    expect(termsOf(4, 'fraud')).toEqual(['signature forgery', 'fraud', 'passed away']);
    expect(termsOf(4, 'elections')).toEqual(expect.arrayContaining(['recall effort', 'petition', 'voter']));
  });

  it('gives evidence offsets in code points that point at the matched text', () => {
    for (const result of results) {
      for (const topic of result.topics) {
        for (const e of topic.evidence) expect([...result.article.text].slice(e.start, e.end).join('')).toBe(e.text);
      }
    }
  });

  it('does not count "bargaining chip" as technology', () => {
    expect(topicsOf(0)).not.toContain('technology');
  });

  it('names the file and the field of a bad taxonomy', () => {
    const path = join(tempDir(), 'bad.json');
    writeFileSync(path, JSON.stringify({ version: 1, threshold: 0.5, scoring: { scale: 5, referenceWords: 150 }, topics: [{ id: 'x', label: 'X', description: 'd', terms: { war: 'high' } }] }));
    expect(() => loadTaxonomy(path)).toThrow(`${path}: topics.0.terms.war: Invalid input: expected number, received string`);
    writeFileSync(path, '{"version": 1,');
    expect(() => loadTaxonomy(path)).toThrow(new RegExp(`^${path}: `));
  });
});
