import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { root, runCli, seedText, tempDir } from './helpers.js';

const CSVS = ['aliases.csv', 'articles.csv', 'entities.csv', 'mentions.csv', 'topics.csv'];
const DATASET = ['aliases.csv', 'articles.csv', 'articles.jsonl', 'datapackage.json', 'dataset.json', 'entities.csv', 'errors.jsonl', 'mentions.csv', 'report.html', 'topics.csv'];

/** A JSONL input of `count` copies of the seed's paragraphs, so a run lasts a few seconds. */
function bigInput(dir: string, count: number, tag: string): string {
  const paragraphs = seedText.split('\n').filter((l) => l.length > 80);
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `${tag}-${i}`, text: paragraphs[i % paragraphs.length] }));
  const path = join(dir, `${tag}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(CSVS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Starts the CLI, waits until its lock beside `out` shows the run is under way, then sends `signal`. */
function runAndSignal(args: string[], out: string, signal: NodeJS.Signals, extraDelayMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const poll = setInterval(() => {
      if (!existsSync(join(dirname(out), `.${basename(out)}.gazette-lock`))) return;
      clearInterval(poll);
      setTimeout(() => child.kill(signal), extraDelayMs);
    }, 20);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stderr });
    });
  });
}

describe('atomic output', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const before = bigInput(dir, 40, 'before');
  const after = bigInput(dir, 1500, 'after');
  runCli(['--input', before, '--output', out]);
  const previous = snapshot(out);

  it('SIGKILL at any point leaves the previous complete files, never a truncated CSV', async () => {
    const complete = join(dir, 'complete');
    runCli(['--input', after, '--output', complete]);
    const next = snapshot(complete);
    for (const delay of [0, 400, 1500, 3000]) {
      const result = await runAndSignal(['--input', after, '--output', out], out, 'SIGKILL', delay);
      expect(result.signal === 'SIGKILL' || result.code === 0).toBe(true);
      for (const file of CSVS) {
        const text = readFileSync(join(out, file), 'utf8');
        expect([previous[file], next[file]]).toContain(text);
        expect(() => parse(text, { columns: true })).not.toThrow();
      }
    }
    runCli(['--input', before, '--output', out]);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(DATASET);
    expect(snapshot(out)).toEqual(previous);
  }, 120_000);

  // SIGTERM (p120) had left no line, the staging folder and the lock behind.
  it.each([
    { signal: 'SIGINT', code: 130, said: 'interrupted', folder: 'fresh' },
    { signal: 'SIGTERM', code: 143, said: 'terminated', folder: 'termed' },
  ] as const)('$signal stops cleanly with a message and status $code, leaving the files as they were', async ({ signal, code, said, folder }) => {
    const output = join(dir, folder);
    runCli(['--input', before, '--output', output]);
    const result = await runAndSignal(['--input', after, '--output', output], output, signal, 200);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(`gazette: ${said}; nothing written, ${output}/ keeps its previous files\n`);
    expect(snapshot(output)).toEqual(previous);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(output).sort()).toEqual(DATASET);
    expect(existsSync(join(output, 'errors.jsonl'))).toBe(true);
  }, 60_000);

  it('SIGINT stops a run waiting for more standard input (a pipe left open) with status 130, leaving nothing behind', async () => {
    const piped = join(dir, 'piped');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', '-', '--output', piped], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      // Some text, and the pipe stays open: the run waits for more.
      child.stdin.write('TRADE: Taiwan said tariffs rose on Monday.\n');
      const poll = setInterval(() => {
        if (!existsSync(join(dir, '.piped.gazette-lock'))) return;
        clearInterval(poll);
        setTimeout(() => child.kill('SIGINT'), 500);
      }, 20);
      child.on('exit', (code) => {
        clearInterval(poll);
        child.stdin.destroy();
        resolve({ code, stderr });
      });
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe(`gazette: interrupted; nothing written, ${piped}/ keeps its previous files\n`);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 60_000);
});
