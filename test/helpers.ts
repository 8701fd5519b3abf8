import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadResources, processArticle, type Resources } from '../src/pipeline.js';
import { segmentText } from '../src/stages/segment.js';
import type { Article, ArticleResult } from '../src/model/index.js';

export const root = resolve(import.meta.dirname, '..');
export const seedPath = join(root, 'seeds', 'news-sample.txt');
export const seedText = readFileSync(seedPath, 'utf8');

let resources: Resources | undefined;
/** The default pipeline's resources, loaded once per test file. */
export function defaultResources(): Resources {
  resources ??= loadResources(join(root, 'pipelines', 'news.json'));
  return resources;
}

/** The seed's five articles. */
export function seedArticles(): Article[] {
  return segmentText(seedText, 'news-sample.txt').flatMap((s) => ('article' in s ? [s.article] : []));
}

/** The per-article results of the seed. */
export function seedResults(): ArticleResult[] {
  return seedArticles().map((a) => processArticle(a, defaultResources()));
}

/** A new empty directory inside the test run's temporary directory (test/global-setup.ts removes it at the end). */
export function tempDir(): string {
  return mkdtempSync(join(process.env.GAZETTE_TEST_TMP ?? tmpdir(), 'gazette-test-'));
}

/** Runs the CLI in the project root; returns status, stdout and stderr. */
export function runCli(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  return runCliWith(args, { ...(input !== undefined && { input }) });
}

/** Runs the CLI with extra environment variables and node flags (e.g. `--import` of a fault injector). */
export function runCliWith(
  args: string[], options: { input?: string | Buffer; env?: Record<string, string>; nodeArgs?: string[] },
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(root, 'src', 'launch.mjs'), ...args], {
    cwd: root, input: options.input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI with file-system calls on paths containing `path` failing with `code` (see test/fixtures/faults/inject.mjs). */
export function runCliWithFault(args: string[], code: 'ENOSPC' | 'EACCES', path: string): { status: number | null; stdout: string; stderr: string } {
  const injector = pathToFileURL(join(root, 'test', 'fixtures', 'faults', 'inject.mjs')).href;
  return runCliWith(args, { nodeArgs: ['--import', injector], env: { GAZETTE_TEST_FAULT: code, GAZETTE_TEST_FAULT_PATH: path } });
}
