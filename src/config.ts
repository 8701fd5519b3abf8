import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './io/validation.js';

/** What each stage reads and adds; the pipeline file is checked against this at start-up. */
export const stageContracts = {
  segment: { requires: [], provides: ['article'] },
  analyze: { requires: ['article'], provides: ['tokens'] },
  extract: { requires: ['tokens'], provides: ['mentions'] },
  topics: { requires: ['tokens'], provides: ['topics'] },
  resolve: { requires: ['mentions'], provides: ['entities'] },
  write: { requires: ['entities'], provides: [] },
} as const;

type StageName = keyof typeof stageContracts;

const stageSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('segment'), options: z.object({ splitDecks: z.boolean().default(true) }).strict().default({ splitDecks: true }) }),
  z.object({ stage: z.literal('analyze'), options: z.object({}).strict().default({}) }),
  z.object({
    stage: z.literal('extract'),
    options: z.object({ lexicon: z.string().default('lexicon.json'), model: z.string().optional() }).strict().default({ lexicon: 'lexicon.json' }),
  }),
  z.object({
    stage: z.literal('topics'),
    options: z.object({ taxonomy: z.string().default('topics.json'), calibration: z.string().optional() }).strict().default({ taxonomy: 'topics.json' }),
  }),
  z.object({ stage: z.literal('resolve'), options: z.object({ gazetteer: z.string().default('gazetteer') }).strict().default({ gazetteer: 'gazetteer' }) }),
  z.object({ stage: z.literal('write'), options: z.object({}).strict().default({}) }),
]);

const pipelineSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  stages: z.array(stageSchema).min(1),
});

/** A validated pipeline with resource paths made absolute. */
export interface PipelineConfig {
  name: string;
  path: string;
  splitDecks: boolean;
  lexiconPath: string;
  /** Directory of the trained NER model; undefined runs the compromise baseline. */
  modelPath?: string;
  /** Directory of the offline place gazetteer the resolve stage reads. */
  gazetteerPath: string;
  /** Undefined when the pipeline has no topics stage. */
  taxonomyPath?: string;
  /** Learned term specificities and fitted thresholds for the taxonomy (`npm run fit-topics`); optional. */
  topicCalibrationPath?: string;
}

/** Throws when a stage runs before what it reads has been provided (or a stage appears twice). */
function checkOrder(path: string, names: StageName[]): void {
  const available = new Set<string>();
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) throw new Error(`${path}: stages.${i}: stage "${name}" appears twice`);
    for (const need of stageContracts[name].requires) {
      if (!available.has(need)) throw new Error(`${path}: stages.${i}: stage "${name}" needs "${need}", which no earlier stage provides`);
    }
    for (const provided of stageContracts[name].provides) available.add(provided);
  });
  for (const required of ['segment', 'analyze', 'extract', 'resolve', 'write'] as const) {
    if (!names.includes(required)) throw new Error(`${path}: stages: the "${required}" stage is required`);
  }
}

/** Reads and checks a pipeline file; throws an Error naming the file and the bad field. */
export function loadPipelineConfig(path: string): PipelineConfig {
  const file = readJsonFile(path, pipelineSchema);
  checkOrder(path, file.stages.map((s) => s.stage));
  const base = dirname(resolve(path));
  const config: PipelineConfig = {
    name: file.name, path, splitDecks: true, lexiconPath: resolve(base, 'lexicon.json'), gazetteerPath: resolve(base, 'gazetteer'),
  };
  for (const stage of file.stages) {
    if (stage.stage === 'segment') config.splitDecks = stage.options.splitDecks;
    if (stage.stage === 'extract') {
      config.lexiconPath = resolve(base, stage.options.lexicon);
      if (stage.options.model) config.modelPath = resolve(base, stage.options.model);
    }
    if (stage.stage === 'topics') {
      config.taxonomyPath = resolve(base, stage.options.taxonomy);
      if (stage.options.calibration) config.topicCalibrationPath = resolve(base, stage.options.calibration);
    }
    if (stage.stage === 'resolve') config.gazetteerPath = resolve(base, stage.options.gazetteer);
  }
  return config;
}
