/**
 * Scores the pipeline on the public eval data in ../shared/eval (read at run time, never copied here):
 * NER on CoNLL-2003, entity resolution on AIDA CoNLL-YAGO, topics on the news dev set and Reuters-21578 + BBC News, and
 * everything at once on the labelled modern news of ../shared/eval/news.
 * Prints markdown tables.
 *
 *   npm run eval [-- --split dev|test] [--task ner|resolve|topics|news|all] [--pipeline pipelines/news.json]
 *
 * Tune on dev; test is for reporting (see ../shared/eval/README.md). Output is deterministic apart from timings.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources, type Resources } from '../pipeline.js';
import { evaluateNer, evaluateOntoNotes, formatBaselineComparison, formatNerReport, formatOntoNotesReport } from './eval-ner.js';
import { evaluateResolve, formatResolveReport } from './eval-resolve.js';
import { secondsSince } from './eval-score.js';
import { evaluateNews, formatNewsReport } from './eval-news.js';
import { evaluateNewsTopics, evaluateTopics, formatNewsTopicReport, formatTopicReport } from './eval-topics.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const dataDir = resolve(projectRoot, '..', 'shared', 'eval');

const SPLITS = ['dev', 'test'] as const;
const TASKS = ['ner', 'resolve', 'topics', 'news', 'all'] as const;
const USAGE = 'usage: npm run eval [-- --split dev|test] [--task ner|resolve|topics|news|all] [--pipeline pipelines/news.json]';

interface EvalOptions {
  split: (typeof SPLITS)[number];
  task: (typeof TASKS)[number];
  pipelinePath: string;
}

/** Returns `value` when it is one of `allowed`; otherwise exits with a message naming the option. */
function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  console.error(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}\n${USAGE}`);
  process.exit(2);
}

/** Returns the validated command-line options; exits with the usage line on unknown or bad options. */
function readOptions(argv: string[]): EvalOptions {
  let values: { split: string; task: string; pipeline: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        split: { type: 'string', default: 'dev' },
        task: { type: 'string', default: 'all' },
        pipeline: { type: 'string', default: 'pipelines/news.json' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  return {
    split: oneOf('split', values.split, SPLITS),
    task: oneOf('task', values.task, TASKS),
    pipelinePath: resolve(projectRoot, values.pipeline),
  };
}

/** Returns the markdown sections of the tasks asked for, in a fixed order (ner, resolve, topics, news). */
function runTasks(options: EvalOptions, resources: Resources): string[] {
  const wants = (task: EvalOptions['task']) => options.task === task || options.task === 'all';
  const sections: string[] = [];
  if (wants('ner')) {
    const report = evaluateNer(dataDir, options.split, resources);
    sections.push(formatNerReport(report));
    if (resources.model) {
      const baseline = loadResources(resolve(projectRoot, 'pipelines', 'baseline.json'));
      sections.push(formatBaselineComparison(report, evaluateNer(dataDir, options.split, baseline)));
    }
    sections.push(formatOntoNotesReport(evaluateOntoNotes(dataDir, options.split, resources)));
  }
  if (wants('resolve')) sections.push(formatResolveReport(evaluateResolve(dataDir, options.split, resources)));
  if (wants('topics')) {
    sections.push(formatNewsTopicReport(evaluateNewsTopics(dataDir, resources)));
    sections.push(formatTopicReport(evaluateTopics(dataDir, options.split, resources)));
  }
  // The news set is a development set only (its held-out twin is private): it is scored whatever the split.
  if (wants('news')) sections.push(formatNewsReport(evaluateNews(dataDir, resources)));
  return sections;
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  try {
    const resources = loadResources(options.pipelinePath);
    const loadSeconds = secondsSince(started);
    console.log(`# gazette eval — ${options.split} split, task ${options.task}, pipeline ${resources.config.name} ` +
      `(${relative(projectRoot, options.pipelinePath)})\n`);
    console.log(`Data: ${dataDir}. Resources loaded in ${loadSeconds.toFixed(1)} s.\n`);
    for (const section of runTasks(options, resources)) console.log(`${section}\n`);
    console.log(`Total wall time ${secondsSince(started).toFixed(1)} s.`);
  } catch (error) {
    console.error(`eval failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

main();
