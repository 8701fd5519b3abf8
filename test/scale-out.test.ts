import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardFromEnv } from '../src/shard.js';
import { root, runCli, tempDir } from './helpers.js';
import { findPython, pythonRequired, pythonWith, runPython } from './python.js';

// The recipes of docs/scale-out.md, run as written (with N = 2) on this machine.
const INPUTS = [join(root, 'seeds'), join(root, 'test', 'fixtures', 'malformed'), join(root, 'test', 'fixtures', 'numeric-ids')];
const example = (name: string) => readFileSync(join(root, 'docs', 'examples', name), 'utf8');

/** Returns the one capture of `pattern` in `text`; fails when the example no longer has that shape. */
function one(text: string, pattern: RegExp): string {
  const matches = [...text.matchAll(new RegExp(pattern, 'gmu'))];
  expect(matches.map((m) => m[0])).toHaveLength(1);
  return matches[0]![1]!;
}

/** A directory laid out like a checkout of this repository (a runner's workspace), with the inputs under articles/. */
function workspace(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of ['package.json', 'tsconfig.json', 'node_modules', 'src', 'pipelines']) symlinkSync(join(root, name), join(dir, name));
  INPUTS.forEach((input, i) => cpSync(input, join(dir, 'articles', `${i}-${input.split('/').pop()}`), { recursive: true }));
  return dir;
}

/** Runs a shell command; returns its status and stderr. */
function sh(command: string, cwd: string, env: Record<string, string> = {}): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Expects two output directories to hold the same files, byte for byte. */
function expectSameFiles(actual: string, expected: string): void {
  const files = readdirSync(expected).sort();
  expect(files).toContain('mentions.csv');
  expect(readdirSync(actual).sort()).toEqual(files);
  for (const file of files) expect({ file, bytes: readFileSync(join(actual, file)) }).toEqual({ file, bytes: readFileSync(join(expected, file)) });
}

describe('GitHub Actions recipe (docs/examples/github-actions-shards.yml)', () => {
  it('its shard and merge commands, run as N = 2 jobs with the artifacts moved between them, give the single run byte for byte', async () => {
    const yml = example('github-actions-shards.yml');
    expect(one(yml, /^ {8}shard: \[([\d, ]+)\]/).split(', ').map(Number)).toEqual([1, 2, 3, 4]);
    const shardRun = one(yml, /^ {6}- run: (npm run pipeline -- --input .* --shard .*)$/);
    const mergeRun = one(yml, /^ {6}- run: (npm run pipeline -- merge .*)$/);
    const uploaded = one(yml, /name: "shard-\$\{\{ matrix\.shard \}\}", path: (\S+),/);
    const downloaded = one(yml, /with: \{ pattern: shard-\*, path: (\S+), merge-multiple: true \}/);
    const dir = tempDir();
    const n = 2;
    for (let k = 1; k <= n; k++) {
      const job = workspace(join(dir, `shard-job-${k}`));
      const command = shardRun.replaceAll('${{ matrix.shard }}', String(k)).replaceAll('${{ strategy.job-total }}', String(n));
      expect(command).not.toContain('${{');
      expect(await sh(command, job)).toMatchObject({ status: 0 });
      // upload-artifact of `uploaded`, then download-artifact with merge-multiple into `downloaded`:
      cpSync(join(job, uploaded), join(dir, 'merge-job', downloaded), { recursive: true });
    }
    const merge = workspace(join(dir, 'merge-job'));
    expect(readdirSync(join(merge, downloaded)).sort()).toEqual(['shard-1-of-2.jsonl', 'shard-2-of-2.jsonl']);
    expect(await sh(mergeRun, merge)).toMatchObject({ status: 0 });
    const single = workspace(join(dir, 'single-job'));
    expect(await sh('npm run pipeline -- --input articles/ --output data/', single)).toMatchObject({ status: 0 });
    const output = one(mergeRun, /--output (\S+)/);
    expectSameFiles(join(merge, output), join(single, 'data'));
  }, 120_000);
});

describe('Kubernetes Indexed Job (docs/examples/k8s-indexed-job.yaml) and --shard auto', () => {
  const [shardJob, mergeJob] = example('k8s-indexed-job.yaml').split(/^---$/mu) as [string, string];

  it('two pods with JOB_COMPLETION_INDEX 0 and 1 and GAZETTE_SHARDS=2, then the merge Job, give the single run byte for byte', async () => {
    expect(one(shardJob, /^ {2}completionMode: (\w+)/)).toBe('Indexed');
    // The manifest passes N twice (Kubernetes gives a pod its index, not the count): the two must agree.
    expect(one(shardJob, /- \{ name: GAZETTE_SHARDS, value: "(\d+)" \}/)).toBe(one(shardJob, /^ {2}completions: (\d+)/));
    const command = JSON.parse(one(shardJob, /^ {10}command: (\[.*\])$/)) as string[];
    const args = JSON.parse(one(shardJob, /^ {10}args: (\[.*\])$/)) as string[];
    const mergeScript = (JSON.parse(one(mergeJob, /^ {10}args: (\[.*\])$/)) as string[]).join(' ');
    expect([command, one(mergeJob, /^ {10}command: (\[.*\])$/)]).toEqual([['node', 'src/launch.mjs'], '["sh", "-c"]']);
    const data = tempDir();
    INPUTS.forEach((input, i) => cpSync(input, join(data, 'articles', `${i}-${input.split('/').pop()}`), { recursive: true }));
    const pod = (index: number) => {
      const podArgs = args.map((a) => a.replaceAll('/data', data).replaceAll('$(JOB_COMPLETION_INDEX)', String(index)));
      return sh(['node', ...command.slice(1), ...podArgs].map((a) => `'${a}'`).join(' '), root, { JOB_COMPLETION_INDEX: String(index), GAZETTE_SHARDS: '2' });
    };
    const pods = await Promise.all([pod(0), pod(1)]);
    expect(pods.map((p) => p.status)).toEqual([0, 0]);
    expect([readdirSync(join(data, 'shards', '0')), readdirSync(join(data, 'shards', '1'))]).toEqual([['shard-1-of-2.jsonl'], ['shard-2-of-2.jsonl']]);
    expect(await sh(mergeScript.replaceAll('/data', data), root)).toMatchObject({ status: 0 });
    expect(runCli(['--input', join(data, 'articles'), '--output', join(data, 'single')]).status).toBe(0);
    expectSameFiles(join(data, 'output'), join(data, 'single'));
  }, 120_000);

  it('says which variable is missing or wrong, and exits 2 (a usage error)', () => {
    const need = '--shard auto needs JOB_COMPLETION_INDEX (0-based; a Kubernetes Indexed Job sets it) and GAZETTE_SHARDS (the number of shards, the Job\'s completions): ';
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0', GAZETTE_SHARDS: '3' })).toEqual({ k: 1, n: 3 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '2', GAZETTE_SHARDS: '3' })).toEqual({ k: 3, n: 3 });
    const cases: [Record<string, string>, string][] = [
      [{ GAZETTE_SHARDS: '2' }, 'JOB_COMPLETION_INDEX is not set'],
      [{ JOB_COMPLETION_INDEX: '0' }, 'GAZETTE_SHARDS is not set'],
      [{ JOB_COMPLETION_INDEX: '0', GAZETTE_SHARDS: '' }, 'GAZETTE_SHARDS is not set'],
      [{ JOB_COMPLETION_INDEX: '-1', GAZETTE_SHARDS: '2' }, 'JOB_COMPLETION_INDEX="-1" is not a whole number'],
      [{ JOB_COMPLETION_INDEX: '0', GAZETTE_SHARDS: '0' }, 'GAZETTE_SHARDS="0" is not a whole number of at least 1'],
      [{ JOB_COMPLETION_INDEX: '0', GAZETTE_SHARDS: 'four' }, 'GAZETTE_SHARDS="four" is not a whole number of at least 1'],
      [{ JOB_COMPLETION_INDEX: '2', GAZETTE_SHARDS: '2' }, 'JOB_COMPLETION_INDEX=2 is not below GAZETTE_SHARDS=2'],
    ];
    for (const [env, reason] of cases) expect(() => shardFromEnv(env)).toThrow(need + reason);
    const run = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', join(root, 'seeds'), '--output', join(tempDir(), 'out'), '--shard', 'auto'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, JOB_COMPLETION_INDEX: '0', GAZETTE_SHARDS: 'four' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`argument 'auto' is invalid. ${need}GAZETTE_SHARDS="four" is not a whole number of at least 1\n`);
  });
});

// The tests above read the examples with patterns; a YAML parser checks they say what those read.
describe.skipIf(!findPython(['yaml']) && !pythonRequired)('the recipes parsed as YAML (PyYAML; skipped where no python3 has it, required with GAZETTE_REQUIRE_PYTHON=1)', () => {
  it('are valid YAML with the structure the tests rely on', () => {
    const python = pythonWith(['yaml']);
    const parsed = runPython(python, 'import json, sys, yaml; print(json.dumps([list(yaml.safe_load_all(open(p))) for p in sys.argv[1:]]))',
      join(root, 'docs', 'examples'), ['github-actions-shards.yml', 'k8s-indexed-job.yaml']);
    expect(parsed.stderr).toBe('');
    const [[workflow], [shards, merge]] = JSON.parse(parsed.stdout) as [[any], [any, any]];
    expect(workflow.jobs.shard.strategy.matrix).toEqual({ shard: [1, 2, 3, 4] });
    const steps = (job: any) => job.steps.map((step: any) => step.run ?? `${step.uses} ${JSON.stringify(step.with ?? {})}`);
    expect(steps(workflow.jobs.shard).slice(2)).toEqual([
      'npm ci',
      'npm run pipeline -- --input articles/ --output shard/ --shard ${{ matrix.shard }}/${{ strategy.job-total }}',
      'actions/upload-artifact@v4 {"name":"shard-${{ matrix.shard }}","path":"shard/","if-no-files-found":"error","retention-days":1}',
    ]);
    expect(workflow.jobs.merge.needs).toBe('shard');
    expect(steps(workflow.jobs.merge).slice(2)).toEqual([
      'npm ci',
      'actions/download-artifact@v4 {"pattern":"shard-*","path":"shards/","merge-multiple":true}',
      'npm run pipeline -- merge --input shards/ --output data/',
      'actions/upload-artifact@v4 {"name":"gazette-data","path":"data/"}',
    ]);
    expect([shards.kind, shards.spec.completionMode, shards.spec.completions, merge.kind]).toEqual(['Job', 'Indexed', 4, 'Job']);
    const [container] = shards.spec.template.spec.containers;
    expect(container.env).toEqual([{ name: 'GAZETTE_SHARDS', value: '4' }]);
    expect(container.args).toEqual(['--input', '/data/articles', '--output', '/data/shards/$(JOB_COMPLETION_INDEX)', '--shard', 'auto', '--workers', '2']);
    expect(merge.spec.template.spec.containers[0].args).toEqual(['node src/launch.mjs merge --input /data/shards/*/ --output /data/output']);
  });
});
