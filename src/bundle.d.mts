/** The bundle of `entry` (a file in `sourceDir`) as a module in `cacheDir`, rebuilt when any file in `sourceDir` changes; undefined when it cannot be built. */
export function bundleModule(entry: string, sourceDir: string, cacheDir: string): URL | undefined;

/** The bundle of `entry`, a file in src/, from this project's cache (made at most once a process). */
export function bundled(entry: string): URL | undefined;
