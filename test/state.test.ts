import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, seedPath, tempDir } from './helpers.js';

describe('--state (incremental refresh)', () => {
  it('processes only new articles and writes the same bytes as a full run', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync(seedPath, join(input, 'a.txt'));
    const first = runCli(['--input', input, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    expect(first.stderr).toMatch(/^5 articles \(0 from --state\), /mu);
    writeFileSync(join(input, 'b.jsonl'), [
      { id: 'new-1', text: 'President William Lai (賴清德) met Premier Cho Jung-tai in Taipei.' },
      { id: 'new-2', text: 'The DPP said tariffs on Taiwan would hurt exporters.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const second = runCli(['--input', input, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    expect(second.stderr).toMatch(/^7 articles \(5 from --state\), /mu);
    runCli(['--input', input, '--output', join(dir, 'full')]);
    const files = readdirSync(join(dir, 'full')).sort();
    for (const file of files) expect(readFileSync(join(dir, 'out', file))).toEqual(readFileSync(join(dir, 'full', file)));
    expect(readdirSync(join(dir, 'state'))).toEqual(['results.jsonl']);
  }, 60_000);

  it('forgets everything when the pipeline\'s resources change', () => {
    const dir = tempDir();
    runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    const taxonomy = JSON.parse(readFileSync(join(root, 'pipelines', 'topics.json'), 'utf8'));
    taxonomy.threshold = 0.6;
    writeFileSync(join(dir, 'topics.json'), JSON.stringify(taxonomy));
    const changed = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', join(dir, 'state'), '--taxonomy', join(dir, 'topics.json')]);
    expect(changed.stderr).toMatch(/^5 articles \(0 from --state\), /mu);
  }, 60_000);
});
