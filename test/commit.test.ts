import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBatchedFile } from '../src/io/output.js';
import { root, runCli, runCliWithFault, seedPath, seedText, tempDir } from './helpers.js';

const DATASET = ['aliases.csv', 'articles.csv', 'articles.jsonl', 'datapackage.json', 'dataset.json', 'entities.csv', 'errors.jsonl', 'mentions.csv', 'report.html', 'topics.csv'];

/** Every file of a directory with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'latin1')]));
}

/** A temporary directory with the seed's dataset in out/: the directory, the output and the output's bytes. */
function seededOutput(): { dir: string; out: string; previous: Record<string, string> } {
  const dir = tempDir();
  const out = join(dir, 'out');
  expect(runCli(['--input', seedPath, '--output', out]).status).toBe(0);
  return { dir, out, previous: snapshot(out) };
}

/** A JSONL input of `count` seed paragraphs, so that a run lasts a few seconds. */
function bigInput(dir: string, count: number): string {
  const paragraphs = seedText.split('\n').filter((l) => l.length > 80);
  const path = join(dir, 'big.jsonl');
  writeFileSync(path, Array.from({ length: count }, (_, i) => JSON.stringify({ id: `b-${i}`, text: paragraphs[i % paragraphs.length] })).join('\n') + '\n');
  return path;
}

describe('the dataset is committed as a whole', () => {
  it('keeps files that are not gazette\'s (a .gitkeep, a user\'s notes.123.tmp) and drops a previous run\'s report.html the new run does not write', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.gitkeep'), '');
    writeFileSync(join(out, 'notes.4000001.tmp'), 'my own notes');
    expect(runCli(['--input', seedPath, '--output', out]).status).toBe(0);
    expect(runCli(['--input', seedPath, '--output', out, '--no-report']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.gitkeep', ...DATASET.filter((f) => f !== 'report.html'), 'notes.4000001.tmp'].sort());
    expect(readFileSync(join(out, 'notes.4000001.tmp'), 'utf8')).toBe('my own notes');
    // Nothing of the run is left beside the output either.
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('refuses an output or a --state that is a symbolic link to nothing, naming the link and where it points', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone', 'deeper'), join(dir, 'out'));
    const run = runCli(['--input', seedPath, '--output', join(dir, 'out')]);
    expect([run.status, run.stderr]).toEqual([2, `gazette: ${join(dir, 'out')}/ is a symbolic link to ${join(dir, 'gone', 'deeper')}, which does not exist; create that directory or remove the link\n`]);
    const state = runCli(['--input', seedPath, '--output', join(dir, 'real'), '--state', join(dir, 'out')]);
    expect([state.status, state.stderr]).toEqual([2, `gazette: ${join(dir, 'out')}/ (--state) is a symbolic link to ${join(dir, 'gone', 'deeper')}, which does not exist; create that directory or remove the link\n`]);
    expect(readdirSync(dir).sort()).toEqual(['out']);
  });

  it('refuses a --state that is a regular file as not a directory, exit 2, writing nothing (p132)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state'), '');
    const run = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', join(dir, 'state')]);
    expect([run.status, run.stderr]).toEqual([2, `gazette: ${join(dir, 'state')} (--state) is not a directory\n`]);
    expect(readdirSync(dir)).toEqual(['state']);
  });

  it('refuses an output directory that holds a directory of someone else\'s, before writing anything', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out', 'photos'), { recursive: true });
    const run = runCli(['--input', seedPath, '--output', join(dir, 'out')]);
    expect([run.status, run.stderr]).toEqual([2, `gazette: ${join(dir, 'out')}/ holds photos/, which gazette did not write; choose an empty or gazette output directory\n`]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['photos']);
    expect(readdirSync(dir)).toEqual(['out']);
    // Named like a dataset file too: a Spark or pandas "mentions.parquet/" dataset (it had been deleted, exit 0).
    const spark = join(dir, 'spark');
    mkdirSync(join(spark, 'mentions.parquet', 'year=2024'), { recursive: true });
    writeFileSync(join(spark, 'mentions.parquet', 'year=2024', 'part-0000.parquet'), 'data');
    const again = runCli(['--input', seedPath, '--output', spark]);
    expect([again.status, again.stderr]).toEqual([2, `gazette: ${spark}/ holds mentions.parquet/, which gazette did not write; choose an empty or gazette output directory\n`]);
    expect(readFileSync(join(spark, 'mentions.parquet', 'year=2024', 'part-0000.parquet'), 'utf8')).toBe('data');
    // The working directory (`-o ''`) is named "./", and "/" once (p60: "/" and "//").
    const here = runCli(['--input', seedPath, '--output', '']);
    expect([here.status, here.stderr]).toMatchObject([2, expect.stringMatching(/^gazette: \.\/ holds [^/]+\/, which gazette did not write/u)]);
    const top = runCli(['--input', seedPath, '--output', '/']);
    expect([top.status, top.stderr]).toMatchObject([2, expect.stringMatching(/^gazette: \/ holds [^/]+\/, which gazette did not write/u)]);
  });

  it('replaces an output that is a symlink where it points (the link stays), and refuses a --state inside the output', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    symlinkSync(join(dir, 'data'), join(dir, 'out'));
    expect(runCli(['--input', seedPath, '--output', join(dir, 'out')]).status).toBe(0);
    expect(runCli(['--input', seedPath, '--output', join(dir, 'out'), '--no-report']).status).toBe(0);
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(DATASET.filter((f) => f !== 'report.html'));
    const state = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--state', join(dir, 'out', 'state')]);
    expect([state.status, state.stderr]).toEqual([2,
      `gazette: --state ${join(dir, 'out', 'state')} and --output ${join(dir, 'out')} overlap; the output directory is replaced as a whole, so keep the state apart from it\n`]);
    expect(readdirSync(dir).sort()).toEqual(['data', 'out']);
  });

  it('a run killed between the two renames of its commit is undone by the next run, from the journal in its lock', () => {
    const { dir, out, previous } = seededOutput();
    // What a kill leaves after renaming the old output aside, before renaming the new one in.
    const staging = join(dir, '.out.gazette-killed');
    mkdirSync(staging);
    writeFileSync(join(staging, '.gazette-staging'), JSON.stringify({ gazette: 'staging', owner: out, pid: 4000001 }));
    writeFileSync(join(staging, 'articles.csv'), 'half');
    renameSync(out, `${staging}.previous`);
    // A journal naming a path that is not beside the output with its prefix is not followed there.
    const bystander = join(dir, 'bystander');
    mkdirSync(bystander);
    writeFileSync(join(dir, '.out.gazette-lock'), JSON.stringify({ gazette: 'lock', owner: out, pid: 4000001, staging: bystander, previous: `${staging}.previous` }) + '\n');
    // The next run fails (disk full) after taking the lock: the previous dataset is back, nothing else is left.
    const run = runCliWithFault(['--input', seedPath, '--output', out], 'ENOSPC', 'mentions.csv');
    expect(run.status).toBe(2);
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(dir).sort()).toEqual(['bystander', 'out']);
  });

  it('removes what a run killed while making its staging directory left: an empty one, or one with an unwritten marker, and nothing else', () => {
    const { dir, out, previous } = seededOutput();
    mkdirSync(join(dir, '.out.gazette-empty'));
    mkdirSync(join(dir, '.out.gazette-nomark'));
    writeFileSync(join(dir, '.out.gazette-nomark', '.gazette-staging'), '');
    // A directory with the prefix that holds something else is not ours to remove.
    mkdirSync(join(dir, '.out.gazette-kept'));
    writeFileSync(join(dir, '.out.gazette-kept', 'notes.txt'), 'keep me');
    const run = runCli(['--input', seedPath, '--output', out]);
    expect(run.status).toBe(0);
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(dir).sort()).toEqual(['.out.gazette-kept', 'out']);
  });

  it('a second run into the same output fails at once with a clear message while the first one goes on', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const input = bigInput(dir, 1500);
    const first = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', input, '--output', out], { cwd: root });
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
    // The run is under way once it has made its lock beside the output.
    while (!readdirSync(dir).some((f) => f.includes('lock'))) await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    const second = runCli(['--input', seedPath, '--output', out]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^gazette: ${out}/ is being written by another gazette run \\(pid ${first.pid}\\); try again when it has finished\\n$`, 'u'));
    // At once: before loading the pipeline (the first run lasts far longer on any machine).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await exited).toBe(0);
    expect(readFileSync(join(out, 'articles.csv'), 'utf8').split('\r\n')).toHaveLength(1502);
    expect(readdirSync(dir).sort()).toEqual(['big.jsonl', 'out']);
  }, 60_000);
});

describe('I/O failures', () => {
  it('disk full: exit 2, one line naming the path and the cause, temporaries removed, the previous dataset untouched', () => {
    const { dir, out, previous } = seededOutput();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'x', text: 'President William Lai met Premier Cho Jung-tai in Taipei.' }) + '\n');
    const run = runCliWithFault(['--input', input, '--output', out], 'ENOSPC', 'mentions.csv');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^gazette: cannot write ${dir}/\\S+/mentions\\.csv: no space left on device \\(ENOSPC\\); ${out}/ keeps its previous files\\n$`, 'u'));
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out']);
  });

  it('disk full for real (a 600 KB tmpfs, where this runs as root): the spill fails, exit 2, the tmpfs holds only the previous dataset', (context) => {
    const dir = tempDir();
    const small = join(dir, 'small');
    mkdirSync(small);
    if (process.getuid?.() !== 0 || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', small]).status !== 0) {
      context.skip('cannot mount a tmpfs here (needs root and mount rights); the injected ENOSPC above covers the same path');
    }
    try {
      const out = join(small, 'out');
      expect(runCli(['--input', seedPath, '--output', out]).status).toBe(0);
      const previous = snapshot(out);
      const used = statfsSync(small).bfree;
      const run = runCli(['--input', bigInput(dir, 1500), '--output', out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^gazette: cannot write ${small}/\\S+: no space left on device \\(ENOSPC\\); ${out}/ keeps its previous files\\n$`, 'u'));
      expect(snapshot(out)).toEqual(previous);
      expect(readdirSync(small)).toEqual(['out']);
      expect(statfsSync(small).bfree).toBe(used);
    } finally {
      spawnSync('umount', [small]);
    }
  }, 60_000);

  it('a destroyed file is closed when destroy resolves: no file appears in the staging directory after', async () => {
    const dir = tempDir();
    for (let round = 0; round < 10; round++) {
      const files = Array.from({ length: 8 }, (_, i) => openBatchedFile(join(dir, `f${round}-${i}.csv`)));
      await Promise.all(files.map((file) => file.destroy()));
      const names = readdirSync(dir).sort();
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Before, destroy returned at once and the opens still running created files after it (ENOTEMPTY when the run removed its staging).
      expect(readdirSync(dir).sort()).toEqual(names);
    }
  });

  it('permission denied on a file of the run: exit 2, one line, nothing left behind', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const run = runCliWithFault(['--input', seedPath, '--output', out], 'EACCES', 'entities.csv');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^gazette: cannot write ${dir}/\\S+/entities\\.csv: permission denied \\(EACCES\\)\\n$`, 'u'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an output path under a regular file: exit 2 with one line naming it (works as root too)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a directory');
    const run = runCli(['--input', seedPath, '--output', join(dir, 'file', 'out')]);
    expect([run.status, run.stderr]).toEqual([2, `gazette: cannot create ${join(dir, 'file')}/: not a directory (ENOTDIR)\n`]);
    expect(readdirSync(dir)).toEqual(['file']);
    expect(existsSync(join(dir, 'file', 'out'))).toBe(false);
  });
});
