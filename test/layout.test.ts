import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const TRAINING = 'src/train/';
/** Tools that only training, evaluation or benchmarks run: they may read the training code. */
const TRAINING_TOOLS = /^src\/tools\/(train|ner-eval|eval[^/]*|bench[^/]*)\.ts$/u;

// Static imports and re-exports (type-only ones too: a reader still needs the file), bare imports, import('…').
const IMPORTS = [
  /(?:^|\n)\s*(?:import|export)\s[^;'"]*?\sfrom\s*['"]([^'"]+)['"]/gu,
  /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/gu,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu,
];

/** Every source file under src/, as project-relative paths. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs)$/u.test(entry.name) && !entry.name.endsWith('.d.mts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The project file a relative specifier names (`./x.js` is `./x.ts` in the source), or undefined for a package. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(ROOT, dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/u, '.ts'), base.replace(/\.mjs$/u, '.mts')];
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`${from}: cannot resolve '${specifier}'`);
  return relative(ROOT, found).split('\\').join('/');
}

/** Each source file's imports of other files under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    for (const pattern of IMPORTS) {
      for (const match of text.matchAll(pattern)) {
        const target = resolveSpecifier(file, match[1]!);
        if (target?.startsWith('src/')) targets.add(target);
      }
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Returns one import circle per strongly connected group of files, each as `a → b → … → a`. */
function importCircles(graph: Map<string, string[]>): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
}

describe('source layout', () => {
  const graph = importGraph();

  it('finds the imports it checks', () => {
    expect(graph.get('src/pipeline.ts')).toContain('src/article.ts');
    expect(graph.get('src/ner/index.ts')).toContain('src/ner/tagger.ts');
    expect(graph.get('src/tools/train.ts')).toContain('src/train/train-pipeline.ts');
  });

  it('has no import circle in src/', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('keeps the code the pipeline runs apart from the code only training runs', () => {
    const crossings = [...graph].flatMap(([file, targets]) => (file.startsWith(TRAINING) || TRAINING_TOOLS.test(file)
      ? []
      : targets.filter((target) => target.startsWith(TRAINING)).map((target) => `${file} → ${target}`)));
    expect(crossings).toEqual([]);
  });

  it('bundles the command line and each worker without the training code', () => {
    for (const entry of ['src/cli.ts', 'src/pool-worker.ts', 'src/pass2-worker.ts']) {
      const { metafile } = buildSync({
        entryPoints: [entry], absWorkingDir: ROOT, bundle: true, format: 'esm', platform: 'node', packages: 'external', write: false, metafile: true, logLevel: 'silent',
      });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs).toContain(entry);
      if (entry !== 'src/pass2-worker.ts') expect(inputs).toContain('src/ner/tagger.ts');
      expect(inputs.filter((input) => input.startsWith(TRAINING))).toEqual([]);
    }
  });

  it('runs the command with the same node flags from npm run pipeline, the bin\'s #! line and the bench (none today)', async () => {
    const pipeline = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { pipeline: string } }).scripts.pipeline;
    const shebang = readFileSync(join(ROOT, 'src', 'launch.mjs'), 'utf8').split('\n')[0]!;
    expect(pipeline).toBe('node src/launch.mjs');
    expect(shebang).toBe('#!/usr/bin/env node');
    const { commandNodeFlags } = await import('../src/tools/bench-workloads.js');
    expect(commandNodeFlags()).toEqual([]);
  });
});
