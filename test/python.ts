import { spawnSync } from 'node:child_process';

/**
 * Tests that run Python (the README's pandas snippet, PyYAML on the recipes) skip where no python3
 * has the modules they need, and fail instead when GAZETTE_REQUIRE_PYTHON=1 (.ci/run sets it and
 * installs Debian's python3-pandas and python3-yaml, which only Debian's /usr/bin/python3 sees).
 */
export const pythonRequired = process.env.GAZETTE_REQUIRE_PYTHON === '1';

const CANDIDATES = [process.env.GAZETTE_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p));

/** Returns the first python (GAZETTE_PYTHON, python3 on PATH, /usr/bin/python3) that imports every module, or undefined. */
export function findPython(modules: string[]): string | undefined {
  return CANDIDATES.find((python) => spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' }).status === 0);
}

/** Returns the python to use, or throws when it is required and missing (the caller skips when it is neither). */
export function pythonWith(modules: string[]): string {
  const python = findPython(modules);
  if (!python) throw new Error(`GAZETTE_REQUIRE_PYTHON=1 but no python3 imports ${modules.join(', ')} (tried ${CANDIDATES.join(', ')}); on Debian: apt-get install python3-pandas python3-yaml`);
  return python;
}

/** Runs a Python program with arguments (sys.argv[1:]); returns status, stdout and stderr. */
export function runPython(python: string, program: string, cwd: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(python, ['-c', program, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
