#!/usr/bin/env -S node --max-semi-space-size=32
// The command line (`npm run pipeline`, the `gazette` bin): src/cli.ts as one bundled JavaScript module
// (bundle.mjs), so a run starts in plain node, without tsx. Through tsx when it cannot be bundled.
// Node runs it with a young generation of 2 × 32 MB semi-spaces (`npm run pipeline`, this file's #! line):
// the tagger's short-lived arrays then die young instead of being copied to the old generation, which
// made a single-threaded run about 10% faster (docs/performance.md). The flag changes no output.
import { bundled } from './bundle.mjs';

const script = bundled('cli.ts');
if (script) {
  await import(script.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
