// Regenerates test/golden/seed/*.csv from the current pipeline: run only on purpose (`npm run golden`), then review the diff.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline } from '../src/pipeline.js';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'gazette-golden-'));
await runPipeline({ inputs: [join(root, 'seeds')], outputDir: out, pipelinePath: join(root, 'pipelines', 'news.json') });
for (const file of readdirSync(out).filter((f) => f.endsWith('.csv'))) {
  copyFileSync(join(out, file), join(root, 'test', 'golden', 'seed', file));
  console.log(`test/golden/seed/${file}`);
}
rmSync(out, { recursive: true, force: true });
