import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../src/state.js';
import { root, runCli, runCliWithFault, seedPath, tempDir } from './helpers.js';

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

  it('forgets everything when the gazetteer changes, and so writes what a full run writes (p106)', () => {
    const dir = tempDir();
    cpSync(join(root, 'pipelines'), join(dir, 'pipelines'), { recursive: true });
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'g1', text: 'Officials in Zorbland met on Monday.' }) + '\n');
    const args = ['--input', input, '--pipeline', join(dir, 'pipelines', 'news.json')];
    runCli([...args, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    const overrides = join(dir, 'pipelines', 'gazetteer', 'overrides.json');
    const edited = JSON.parse(readFileSync(overrides, 'utf8')) as { areas: string[] };
    edited.areas.push('Zorbland');
    writeFileSync(overrides, JSON.stringify(edited));
    const changed = runCli([...args, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    // Before: "1 articles (1 from --state)", the old gazetteer's results.
    expect(changed.stderr).toMatch(/^1 articles \(0 from --state\), /mu);
  }, 60_000);

  it('digests gazette\'s code: any file under src/ and the locked packages (p106: an update had kept the old results)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src', 'stages'), { recursive: true });
    writeFileSync(join(dir, 'src', 'stages', 'extract.ts'), 'export const confidence = 0.8;\n');
    writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    const before = codeDigest(dir);
    expect(codeDigest(join(dir, '.'))).toBe(before);
    writeFileSync(join(dir, 'src', 'stages', 'extract.ts'), 'export const confidence = 0.55;\n');
    const edited = tempDir();
    cpSync(dir, edited, { recursive: true });
    expect(codeDigest(edited)).not.toBe(before);
    writeFileSync(join(edited, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    const other = tempDir();
    cpSync(edited, other, { recursive: true });
    expect(new Set([before, codeDigest(edited), codeDigest(other)]).size).toBe(3);
  });
});

describe('--state under damage', () => {
  /** Runs the seed with a state, then damages the state file with `damage`; returns the dirs and the damaged path. */
  function damagedState(damage: (lines: string[]) => string) {
    const dir = tempDir();
    const state = join(dir, 'state');
    expect(runCli(['--input', seedPath, '--output', join(dir, 'first'), '--state', state]).status).toBe(0);
    const path = join(state, 'results.jsonl');
    writeFileSync(path, damage(readFileSync(path, 'utf8').split('\n')));
    runCli(['--input', seedPath, '--output', join(dir, 'full')]);
    return { dir, state, path };
  }
  /** The same files as a full run but for the error rows (errors.jsonl, the error count in dataset.json). */
  const sameDataset = (a: string, b: string) => {
    for (const file of readdirSync(b).filter((f) => f !== 'errors.jsonl' && f !== 'dataset.json')) expect(readFileSync(join(a, file)), file).toEqual(readFileSync(join(b, file)));
    const withoutErrors = (dir: string) => {
      const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
      dataset.run.counts.errors = 0;
      return dataset;
    };
    expect(withoutErrors(a)).toEqual(withoutErrors(b));
  };
  const errors = (dir: string) => readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('a changed digit in an entry: that article is processed again with an error row, never wrong output', () => {
    let line = 0;
    const { dir, state, path } = damagedState((lines) => {
      line = lines.findIndex((l) => /"start":\d/u.test(l)) + 1;
      lines[line - 1] = lines[line - 1]!.replace(/"start":(\d)/u, (_, d: string) => `"start":${(Number(d) + 1) % 10}`);
      return lines.join('\n');
    });
    const run = runCli(['--input', seedPath, '--output', join(dir, 'again'), '--state', state]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^gazette: .*\n5 articles \(4 from --state\), /u);
    sameDataset(join(dir, 'again'), join(dir, 'full'));
    expect(errors(join(dir, 'again'))).toEqual([{
      file: path, line, column: null, article_id: null, stage: 'state', rule: 'state-damaged', fatal: false,
      message: `${path}:${line}: damaged entry (checksum mismatch); its article is processed again`,
    }]);
    // The next run finds a whole state again.
    const third = runCli(['--input', seedPath, '--output', join(dir, 'third'), '--state', state]);
    expect(third.stderr).toMatch(/^5 articles \(5 from --state\), /u);
  }, 60_000);

  it('a truncated state file is named, its whole entries are used, the rest processed again', () => {
    const { dir, state, path } = damagedState((lines) => lines.join('\n').slice(0, Math.floor(lines.join('\n').length / 2)));
    const run = runCli(['--input', seedPath, '--output', join(dir, 'again'), '--state', state]);
    expect(run.status).toBe(0);
    sameDataset(join(dir, 'again'), join(dir, 'full'));
    const rows = errors(join(dir, 'again'));
    expect(rows.at(-1)).toEqual({
      file: path, line: null, column: null, article_id: null, stage: 'state', rule: 'state-damaged', fatal: false,
      message: `${path}: truncated (no end record); the articles it is missing are processed again`,
    });
    expect(run.stderr).toContain(`gazette: ${path}: truncated (no end record)`);
  }, 60_000);

  it('a state file that is a pipe or a link in a loop is named and processed again, never waited on', () => {
    for (const make of ['fifo', 'loop'] as const) {
      const dir = tempDir();
      const state = join(dir, 'state');
      mkdirSync(state);
      const path = join(state, 'results.jsonl');
      if (make === 'fifo') execFileSync('mkfifo', [path]);
      else symlinkSync(path, path);
      // Before: a FIFO blocked the run for ever; a loop was taken for no state, with no row.
      const run = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', seedPath, '--output', join(dir, 'out'), '--state', state], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(errors(join(dir, 'out')).map((e) => [e.rule, e.message])).toEqual([[
        'state-damaged', make === 'fifo' ? `${path}: not a regular file (a pipe, socket or device); every article is processed again` : `${path}: cannot be read (ELOOP); every article is processed again`,
      ]]);
    }
  }, 120_000);

  it('a state that cannot be written (disk full) fails the run before its commit: output and state stay as they were', () => {
    const dir = tempDir();
    const state = join(dir, 'state');
    expect(runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', state]).status).toBe(0);
    const before = [join(dir, 'out', 'articles.csv'), join(state, 'results.jsonl')].map((path) => readFileSync(path));
    const input = join(dir, 'more.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'new', text: 'Taiwan said no.' }) + '\n');
    const run = runCliWithFault(['--input', seedPath, input, '--output', join(dir, 'out'), '--state', state], 'ENOSPC', 'results.jsonl');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^gazette: cannot write ${state}/\\.gazette-state-\\w+/results\\.jsonl: no space left on device \\(ENOSPC\\); ${join(dir, 'out')}/ keeps its previous files\\n$`, 'u'));
    expect([join(dir, 'out', 'articles.csv'), join(state, 'results.jsonl')].map((path) => readFileSync(path))).toEqual(before);
    expect(readdirSync(state)).toEqual(['results.jsonl']);
    expect(readdirSync(dir).sort()).toEqual(['more.jsonl', 'out', 'state']);
  }, 60_000);

  it('removes the temporaries of a killed run (and only those)', async () => {
    const dir = tempDir();
    const state = join(dir, 'state');
    mkdirSync(state);
    writeFileSync(join(state, 'results.jsonl.4000001.tmp'), 'a file of the user\'s');
    const child = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', seedPath, '--output', join(dir, 'out'), '--state', state], { cwd: root });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Under way: the user's file, the run's lock and its staging directory.
    while (readdirSync(state).length < 3) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    const again = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', state]);
    expect([again.status, again.stderr]).toEqual([0, expect.stringMatching(/^5 articles \(0 from --state\), /u)]);
    expect(readdirSync(state).sort()).toEqual(['results.jsonl', 'results.jsonl.4000001.tmp']);
  }, 60_000);
});

describe('--state larger than a string', () => {
  it('reads a state file over 512 MB a line at a time: its sound entries are used, and the rest is one damage row', () => {
    const dir = tempDir();
    const state = join(dir, 'state');
    expect(runCli(['--input', seedPath, '--output', join(dir, 'first'), '--state', state]).status).toBe(0);
    const path = join(state, 'results.jsonl');
    // Every entry of the first run, then (in place of the end record) 600 MB of NUL bytes, sparse on disk:
    // read whole into one string it stopped the run ("Cannot create a string longer than 0x1fffffe8 characters").
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, lines.slice(0, -2).join('\n') + '\n');
    truncateSync(path, 600 * 2 ** 20);
    const second = runCli(['--input', seedPath, '--output', join(dir, 'second'), '--state', state]);
    expect([second.status, second.stderr.split('\n').at(-2)]).toEqual([0, expect.stringMatching(/^5 articles \(5 from --state\), .* 1 errors → /u)]);
    expect(readFileSync(join(dir, 'second', 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).message)).toEqual([
      `${path}: truncated (no end record); the articles it is missing are processed again`,
    ]);
  }, 60_000);
});
