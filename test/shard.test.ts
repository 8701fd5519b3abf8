import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard } from '../src/shard.js';
import { root, runCli, tempDir } from './helpers.js';

describe('shards', () => {
  it('merge(shard 1/2, shard 2/2) equals the single run byte for byte, errors included', () => {
    const dir = tempDir();
    const inputs = [join(root, 'test', 'fixtures', 'malformed'), join(root, 'seeds')];
    runCli(['--input', ...inputs, '--output', join(dir, 'single')]);
    expect(runCli(['--input', ...inputs, '--output', join(dir, 's1'), '--shard', '1/2']).status).toBe(0);
    expect(runCli(['--input', ...inputs, '--output', join(dir, 's2'), '--shard', '2/2']).status).toBe(0);
    expect(readdirSync(join(dir, 's1'))).toEqual(['shard-1-of-2.jsonl']);
    const merged = runCli(['merge', '--input', join(dir, 's1'), join(dir, 's2', 'shard-2-of-2.jsonl'), '--output', join(dir, 'merged')]);
    expect(merged.status).toBe(0);
    const files = readdirSync(join(dir, 'single')).sort();
    expect(readdirSync(join(dir, 'merged')).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(dir, 'merged', file))).toEqual(readFileSync(join(dir, 'single', file)));
  }, 60_000);

  it('refuses an incomplete set of shards and a bad --shard', () => {
    const dir = tempDir();
    runCli(['--input', join(root, 'seeds'), '--output', join(dir, 's1'), '--shard', '1/3']);
    const merged = runCli(['merge', '--input', join(dir, 's1'), '--output', join(dir, 'merged')]);
    expect([merged.status, merged.stderr]).toEqual([2, 'gazette: merge needs shards 1..N of one N, got shard-1-of-3.jsonl\n']);
    expect(() => parseShard('3/2')).toThrow('--shard must be K/N with 1 ≤ K ≤ N, or auto, got "3/2"');
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
  });
});
