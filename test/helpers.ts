import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gazette-test-'));
}

/** Runs the CLI in the project root; returns status, stdout and stderr. */
export function runCli(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), ...args], {
    cwd: root, input, encoding: 'utf8', timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
