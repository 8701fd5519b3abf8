#!/usr/bin/env node
// The command line (`npm run pipeline`, the `gazette` bin): src/cli.ts as one bundled JavaScript module
// (bundle.mjs), so a run starts in plain node, without tsx. Through tsx when it cannot be bundled.
import { bundled } from './bundle.mjs';
import { delayOptimization } from './tiering.mjs';

delayOptimization();
const script = bundled('cli.ts');
if (script) {
  await import(script.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
