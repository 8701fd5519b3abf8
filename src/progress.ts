import { stat } from 'node:fs/promises';
import { expandInputs } from './io/inputs.js';

/** A progress display for long runs: a bar on a terminal, nothing otherwise (CI logs get the summary line). */
export interface Progress {
  update(progress: { articles: number; textBytes: number }): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/**
 * Returns a progress bar on stderr when it is a terminal: articles done, rate, and an ETA from the
 * bytes of text processed against the size of the input files (approximate: JSONL adds its markup).
 */
export async function createProgress(inputs: string[], enabled: boolean): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY || inputs.includes('-')) return SILENT;
  // cli-progress is loaded only for a bar to show: most runs (CI, pipes) never draw one.
  const { SingleBar } = await import('cli-progress');
  const { files } = await expandInputs(inputs, 'txt');
  const sizes = await Promise.all(files.map(async (f) => (await stat(f.path)).size));
  const total = Math.max(1, sizes.reduce((a, b) => a + b, 0));
  const started = performance.now();
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'gazette {bar} {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
  });
  bar.start(total, 0, { articles: 0, rate: 0 });
  return {
    update({ articles, textBytes }) {
      const rate = Math.round(articles / Math.max(0.001, (performance.now() - started) / 1000));
      bar.update(Math.min(textBytes, total - 1), { articles, rate });
    },
    stop() {
      bar.stop();
    },
  };
}
