import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // Past 2^53 a number is no whole number (p126: shard-1-of-10000000000000000000.jsonl).
    expect(() => parseShard('1/9999999999999999999')).toThrow('--shard must be K/N with 1 ≤ K ≤ N, or auto, got "1/9999999999999999999"');
  });
});

describe('merge checks what the shards were made from', () => {
  const dir = tempDir();
  const seeds = join(root, 'seeds');
  const fixtures = join(root, 'test', 'fixtures', 'malformed');
  runCli(['--input', seeds, '--output', join(dir, 's1'), '--shard', '1/2']);
  runCli(['--input', seeds, '--output', join(dir, 's2'), '--shard', '2/2']);

  it('refuses shards made from different inputs', () => {
    runCli(['--input', fixtures, '--output', join(dir, 'other2'), '--shard', '2/2']);
    const merged = runCli(['merge', '--input', join(dir, 's1'), join(dir, 'other2'), '--output', join(dir, 'merged')]);
    expect([merged.status, merged.stderr]).toEqual([2,
      `gazette: ${join(dir, 'other2', 'shard-2-of-2.jsonl')} was made from a different input than ${join(dir, 's1', 'shard-1-of-2.jsonl')}; run every shard on the same input, pipeline and taxonomy\n`]);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('refuses shards made with a different taxonomy, and a merge with another taxonomy than its shards', () => {
    const taxonomy = JSON.parse(readFileSync(join(root, 'pipelines', 'topics.json'), 'utf8'));
    taxonomy.threshold = 0.6;
    writeFileSync(join(dir, 'topics.json'), JSON.stringify(taxonomy));
    runCli(['--input', seeds, '--output', join(dir, 't2'), '--shard', '2/2', '--taxonomy', join(dir, 'topics.json')]);
    const merged = runCli(['merge', '--input', join(dir, 's1'), join(dir, 't2'), '--output', join(dir, 'merged')]);
    expect([merged.status, merged.stderr]).toEqual([2,
      `gazette: ${join(dir, 't2', 'shard-2-of-2.jsonl')} was made from a different taxonomy than ${join(dir, 's1', 'shard-1-of-2.jsonl')}; run every shard on the same input, pipeline and taxonomy\n`]);
    const mismatch = runCli(['merge', '--input', join(dir, 's1'), join(dir, 's2'), '--output', join(dir, 'merged'), '--taxonomy', join(dir, 'topics.json')]);
    expect([mismatch.status, mismatch.stderr]).toEqual([2,
      `gazette: ${join(dir, 's1', 'shard-1-of-2.jsonl')} was made from a different taxonomy than this merge uses; merge with the pipeline and taxonomy the shards ran\n`]);
  });

  it('refuses shards made with a different topic calibration (p106: they had merged into other topics than a single run\'s)', () => {
    cpSync(join(root, 'pipelines'), join(dir, 'calibrated'), { recursive: true });
    const path = join(dir, 'calibrated', 'topics-calibration.json');
    const calibration = JSON.parse(readFileSync(path, 'utf8')) as { thresholds: Record<string, number> };
    calibration.thresholds.trade = 0.99;
    writeFileSync(path, JSON.stringify(calibration));
    runCli(['--input', seeds, '--output', join(dir, 'c2'), '--shard', '2/2', '--pipeline', join(dir, 'calibrated', 'news.json')]);
    const merged = runCli(['merge', '--input', join(dir, 's1'), join(dir, 'c2'), '--output', join(dir, 'merged')]);
    expect([merged.status, merged.stderr]).toEqual([2,
      `gazette: ${join(dir, 'c2', 'shard-2-of-2.jsonl')} was made from a different taxonomy than ${join(dir, 's1', 'shard-1-of-2.jsonl')}; run every shard on the same input, pipeline and taxonomy\n`]);
  });

  it('names the file of a truncated or edited shard', () => {
    const path = join(dir, 's2', 'shard-2-of-2.jsonl');
    const whole = readFileSync(path, 'utf8');
    const damaged = join(dir, 'd2');
    mkdirSync(damaged);
    writeFileSync(join(damaged, 'shard-2-of-2.jsonl'), whole.slice(0, Math.floor(whole.length / 2)));
    const truncated = runCli(['merge', '--input', join(dir, 's1'), damaged, '--output', join(dir, 'merged')]);
    expect([truncated.status, truncated.stderr]).toEqual([2, `gazette: ${join(damaged, 'shard-2-of-2.jsonl')}: damaged shard file (truncated: no end record); make this shard again\n`]);
    writeFileSync(join(damaged, 'shard-2-of-2.jsonl'), whole.replace(/"start":(\d)/u, (_, d: string) => `"start":${(Number(d) + 1) % 10}`));
    const edited = runCli(['merge', '--input', join(dir, 's1'), damaged, '--output', join(dir, 'merged')]);
    expect([edited.status, edited.stderr]).toEqual([2, `gazette: ${join(damaged, 'shard-2-of-2.jsonl')}: damaged shard file (checksum mismatch); make this shard again\n`]);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });
});
