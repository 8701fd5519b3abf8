import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources, processArticle, runPipeline, type Article } from 'gazette';
import { root, tempDir } from './helpers.js';

describe('library API', () => {
  it('processes one article in memory', () => {
    const resources = loadResources(join(root, 'pipelines', 'news.json'));
    const article: Article = { id: 'a1', source: 'memory', index: 1, text: 'Premier Cho Jung-tai (卓榮泰) visited Kaohsiung.', credits: [], truncated: false, line: 1 };
    const result = processArticle(article, resources);
    expect(result.mentions.map((m) => [m.text, m.type, m.start, m.end])).toEqual([
      ['Cho Jung-tai', 'person', 8, 20], ['卓榮泰', 'person', 22, 25], ['Kaohsiung', 'place', 35, 44],
    ]);
  });

  it('runs the pipeline on files and returns a summary', async () => {
    const out = tempDir();
    const summary = await runPipeline({ inputs: [join(root, 'seeds')], outputDir: out, pipelinePath: join(root, 'pipelines', 'news.json') });
    expect(summary).toMatchObject({ articles: 5, errors: 0, outputDir: out });
    expect(readFileSync(join(out, 'articles.csv'), 'utf8').split('\r\n')[1]).toMatch(/^news-sample\.txt#1,/u);
  });
});
