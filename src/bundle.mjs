// Our TypeScript as plain JavaScript: one module per entry point, bundled by esbuild (the compiler tsx
// runs on) and kept under node_modules/.cache/gazette/, so neither the command line nor a worker thread
// starts tsx's loader (a second V8 isolate, ≈ 30 MB, and about 0.6 s of compiling at each start).
// Plain JavaScript itself, because it is what loads before any TypeScript can.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Every file under `dir`, as sorted paths relative to it (the order a hash of their contents needs). */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The bundle of `entry` (a file in `sourceDir`) as a module in `cacheDir`, named by a hash of every file
 * in `sourceDir`, the tsconfig.json beside it, esbuild's version, the entry and `sourceDir`'s path: an unchanged tree is a
 * file lookup (reading ≈ 0.6 MB of source takes a few milliseconds; esbuild is not even loaded), an
 * edited one gets a new bundle. Packages stay imports, resolved from `cacheDir` as from the source
 * when it lies inside the project's node_modules. `import.meta.url` is the entry's own URL in every
 * bundled module, so paths made from it (another entry beside it, a package to require) are the
 * source's. Written to a temporary name and renamed, so runs that build at once never load half a
 * file. Undefined when it cannot be built or written; the caller then loads the TypeScript through tsx.
 */
export function bundleModule(entry, sourceDir, cacheDir) {
  try {
    // The source directory too: the bundle's paths are the source's (`import.meta.url`), so a second checkout whose
    // node_modules is this one's (a git worktree beside it) must not load this checkout's bundle, nor its workers.
    const hash = createHash('sha256').update(`${require('esbuild/package.json').version}\0${entry}\0${sourceDir}\0`);
    for (const file of listFiles(sourceDir)) hash.update(`${file}\0`).update(readFileSync(join(sourceDir, file))).update('\0');
    // esbuild reads the project's tsconfig.json (beside the source directory) too.
    const tsconfig = join(sourceDir, '..', 'tsconfig.json');
    if (existsSync(tsconfig)) hash.update(readFileSync(tsconfig));
    const path = join(cacheDir, `${entry.replace(/\.[cm]?[jt]s$/u, '')}-${hash.digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(path)) {
      const { buildSync } = require('esbuild');
      const source = join(sourceDir, entry);
      const { outputFiles } = buildSync({
        entryPoints: [source], bundle: true, format: 'esm', platform: 'node', target: 'es2024', packages: 'external',
        define: { 'import.meta.url': JSON.stringify(pathToFileURL(source).href) }, write: false, logLevel: 'silent',
      });
      mkdirSync(cacheDir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, outputFiles[0].text);
      renameSync(temporary, path);
    }
    return pathToFileURL(path);
  } catch {
    return undefined;
  }
}

const built = new Map();

/** The bundle of `entry`, a file in src/, from this project's cache (made at most once a process). */
export function bundled(entry) {
  if (!built.has(entry)) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    built.set(entry, bundleModule(entry, join(root, 'src'), join(root, 'node_modules', '.cache', 'gazette')));
  }
  return built.get(entry);
}
