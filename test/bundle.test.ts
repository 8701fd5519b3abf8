import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleModule } from '../src/bundle.mjs';
import { tempDir } from './helpers.js';

/** A small TypeScript tree: an entry that imports a sibling and a package, and reports its own URL. */
function sourceTree(): { source: string; cache: string } {
  const dir = tempDir();
  const source = join(dir, 'src');
  mkdirSync(join(source, 'lib'), { recursive: true });
  writeFileSync(join(source, 'entry.ts'), [
    "import { basename } from 'node:path';",
    "import { greeting } from './lib/greeting.js';",
    'export const message: string = greeting(basename(new URL(import.meta.url).pathname));',
    'export const where: string = import.meta.url;',
  ].join('\n'));
  writeFileSync(join(source, 'lib', 'greeting.ts'), 'export function greeting(name: string): string { return `hello from ${name}`; }\n');
  return { source, cache: join(dir, 'cache') };
}

describe('bundleModule', () => {
  it('bundles a TypeScript entry into one module that runs in plain node, with import.meta.url the source file', async () => {
    const { source, cache } = sourceTree();
    const url = bundleModule('entry.ts', source, cache)!;
    expect(url.href).toMatch(/\/cache\/entry-[0-9a-f]{16}\.mjs$/u);
    expect(readdirSync(cache)).toEqual([url.href.slice(url.href.lastIndexOf('/') + 1)]);
    const module = (await import(url.href)) as { message: string; where: string };
    expect(module.message).toBe('hello from entry.ts');
    expect(module.where).toBe(pathToFileURL(join(source, 'entry.ts')).href);
  });

  it('reuses the bundle while no source changes, and makes a new one when any does', async () => {
    const { source, cache } = sourceTree();
    const first = bundleModule('entry.ts', source, cache)!;
    const written = statSync(first).mtimeMs;
    expect(bundleModule('entry.ts', source, cache)!.href).toBe(first.href);
    expect(statSync(first).mtimeMs).toBe(written);
    writeFileSync(join(source, 'lib', 'greeting.ts'), 'export function greeting(name: string): string { return `bye from ${name}`; }\n');
    const second = bundleModule('entry.ts', source, cache)!;
    expect(second.href).not.toBe(first.href);
    expect(((await import(second.href)) as { message: string }).message).toBe('bye from entry.ts');
    // A file the entry does not import counts too: the key is the whole tree, read without esbuild.
    writeFileSync(join(source, 'notes.md'), 'x');
    const third = bundleModule('entry.ts', source, cache)!;
    expect(third.href).not.toBe(second.href);
    // So does the tsconfig.json beside the source directory, which esbuild reads.
    writeFileSync(join(source, '..', 'tsconfig.json'), '{"compilerOptions": {"target": "ES2022"}}');
    expect(bundleModule('entry.ts', source, cache)!.href).not.toBe(third.href);
  });

  it('gives a copy of the tree in another directory its own bundle, whose paths are the copy\'s, though the cache is shared', async () => {
    const { source, cache } = sourceTree();
    const { source: copy } = sourceTree();
    const first = bundleModule('entry.ts', source, cache)!;
    const second = bundleModule('entry.ts', copy, cache)!;
    // Before: the copy (same bytes) loaded the first tree's bundle, and with it every path made from its location.
    expect(second.href).not.toBe(first.href);
    expect(((await import(second.href)) as { where: string }).where).toBe(pathToFileURL(join(copy, 'entry.ts')).href);
  });

  it('returns undefined for a source that does not compile, and writes nothing', () => {
    const { source, cache } = sourceTree();
    writeFileSync(join(source, 'lib', 'greeting.ts'), 'export function greeting(name: string { return name; }\n');
    expect(bundleModule('entry.ts', source, cache)).toBeUndefined();
    expect(() => readdirSync(cache)).toThrow();
  });
});
