/**
 * A helper thread for pass 2: resolves the spill's second range into temporary files while the main
 * thread resolves the first (see pass2.ts), then hands back its tally and counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openRangeFiles, readSpill, resolveRange, type Pass2File } from './pass2.js';
import { loadGazetteer } from './stages/gazetteer.js';
import { createTally } from './stages/resolve.js';
import type { ResolvedNames, ResolveEvidence } from './stages/resolve-evidence.js';

/** What the main thread sends: the range, pass 1's evidence without its gazetteer, and where to write. */
export interface Pass2Job {
  spillPath: string;
  start: number;
  end: number;
  gazetteerPath: string;
  evidence: Omit<ResolveEvidence, 'gazetteer'>;
  names: ResolvedNames;
  report: boolean;
  paths: Record<Pass2File, string>;
}

const job = workerData as Pass2Job;
const evidence: ResolveEvidence = { ...job.evidence, gazetteer: loadGazetteer(job.gazetteerPath) };
const files = openRangeFiles(job.paths);
const range = await resolveRange(readSpill(job.spillPath, job.start, job.end), evidence, job.names, createTally(), files.sinks, { report: job.report });
await files.close();
parentPort!.postMessage(range);
