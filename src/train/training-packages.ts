/** Training-only npm packages (embeddings, name lists): installed on demand, never project dependencies. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the path of `file` inside training-only packages installed (on first use) into
 * node_modules/.cache/<cacheName>, outside package.json and the lock file.
 */
export function ensureTrainingPackages(projectRoot: string, cacheName: string, packages: readonly string[], file: string, log: (line: string) => void): string {
  const cache = join(projectRoot, 'node_modules', '.cache', cacheName);
  const path = join(cache, 'node_modules', file);
  if (existsSync(path)) return path;
  log(`installing ${packages.join(' ')} into ${cache} (training only)`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', cache, ...packages], { stdio: 'inherit' });
  if (!existsSync(path)) throw new Error(`npm install of ${packages.join(' ')} did not produce ${path}`);
  return path;
}
