import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources, processArticle } from '../src/pipeline.js';
import { root, seedArticles, seedResults } from './helpers.js';

const REQUIRED: Record<string, string[]> = {
  person: ['Donald Trump', 'Vladimir Putin', 'Steve Witkoff', 'Dmitry Medvedev', 'Marco Rubio', 'Ho Jen-chieh', 'Joseph Wu', 'Wu Shang-yu', 'William Lai', 'Jamieson Greer', 'Cho Jung-tai'],
  place: ['Kursk', 'Moscow', 'Ukraine', 'Russia', 'La Malbaie', 'Canada', 'Taiwan', 'Kaohsiung', 'Washington'],
  organization: ['Democratic Progressive Party', 'DPP', 'Taipei District Prosecutors’ Office', 'Ministry of Foreign Affairs', 'Taipei District Court', 'Fox News', 'Chinese Nationalist Party', 'KMT', 'KMT Youth League', 'G7'],
  law: ['National Security Act'],
};

describe('extract with the trained model', () => {
  const results = seedResults();
  const found = new Set(results.flatMap((r) => r.mentions.map((m) => `${m.type}|${m.text}`)));

  it('finds every name of the seed with its exact span and type', () => {
    const missing = Object.entries(REQUIRED).flatMap(([type, names]) => names.filter((n) => !found.has(`${type}|${n}`)).map((n) => `${type}|${n}`));
    expect(missing).toEqual([]);
  });

  it('never puts a title inside a name or calls "State Marco" anything', () => {
    const texts = results.flatMap((r) => r.mentions.map((m) => m.text));
    expect(texts.filter((t) => /^(President|Premier|Secretary|State) /u.test(t))).toEqual([]);
  });

  it('reports the model as the method, with a confidence between 0 and 1', () => {
    const model = results.flatMap((r) => r.mentions).filter((m) => m.method === 'model');
    expect(model.length).toBeGreaterThan(60);
    expect(model.every((m) => m.confidence > 0 && m.confidence <= 1)).toBe(true);
    expect(results[0]!.mentions.find((m) => m.text === 'La Malbaie')).toMatchObject({ type: 'place', method: 'model', start: 1954, end: 1964 });
  });

  it('misses what the compromise baseline misses, which the model finds', () => {
    const baseline = loadResources(join(root, 'pipelines', 'baseline.json'));
    const texts = seedArticles().flatMap((a) => processArticle(a, baseline).mentions.map((m) => m.text));
    expect(texts).not.toContain('La Malbaie');
    expect(found.has('place|La Malbaie')).toBe(true);
  });
});
