/**
 * Rebuilds pipelines/topics-calibration.json: learns each taxonomy term's specificity from train text and
 * fits each topic's threshold on dev (news dev + the topic eval dev split). Deterministic: the same data and
 * taxonomy give the same bytes. Never reads a test split. Prints the fit and a half-split check.
 *
 *   npm run fit-topics -- --reuters DIR --bbc DIR [--taxonomy pipelines/topics.json] [--out pipelines/topics-calibration.json]
 *
 * DIR are the original collections the topic eval set was built from (../shared/eval/topics/README.md,
 * "Reproduce"): the Reuters-21578 `sgm-data` folder and the BBC `bbc` folder.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileTaxonomy, loadTaxonomy, type Taxonomy, type TopicCalibration } from '../stages/taxonomy.js';
import { integer, percent, scoresOf, secondsSince, sumCounts, type Counts } from './eval-score.js';
import { readNewsTopics } from './eval-topics.js';
import { readTopicSplit, readTopicTrain } from './topic-corpora.js';
import { countTopics, fitThresholds, learnSpecificity, scoreTexts, type ScoredText } from './topic-fitting.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const dataDir = resolve(projectRoot, '..', 'shared', 'eval');
const USAGE = 'usage: npm run fit-topics -- --reuters DIR --bbc DIR [--taxonomy pipelines/topics.json] [--out pipelines/topics-calibration.json]';

function readOptions(): { reuters: string; bbc: string; taxonomy: string; out: string } {
  try {
    const { values } = parseArgs({
      options: {
        reuters: { type: 'string' }, bbc: { type: 'string' },
        taxonomy: { type: 'string', default: 'pipelines/topics.json' }, out: { type: 'string', default: 'pipelines/topics-calibration.json' },
      },
    });
    if (!values.reuters || !values.bbc) throw new Error('--reuters and --bbc are required');
    return { reuters: resolve(values.reuters), bbc: resolve(values.bbc), taxonomy: resolve(projectRoot, values.taxonomy), out: resolve(projectRoot, values.out) };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** Returns "P / R / F1" of some counts. */
function scoreLine(counts: Counts): string {
  const s = scoresOf(counts);
  return `P ${percent(s.precision)} R ${percent(s.recall)} F1 ${percent(s.f1)}`;
}

/** The records of a list at even (h = 0) or odd (h = 1) positions. */
function half<T>(list: T[], h: number): T[] {
  return list.filter((_, i) => i % 2 === h);
}

/** Returns "P / R / F1" of the news texts under some thresholds. */
function newsLine(news: ScoredText[], taxonomy: Taxonomy, thresholds: Record<string, number>): string {
  return scoreLine(countTopics(news, taxonomy, taxonomy.topics.map((t) => thresholds[t.id]!)));
}

/** Fits on odd-numbered news articles and scores the even ones, then the other way round; returns the summed scores. */
function halfSplitLine(labelled: ScoredText[], news: ScoredText[], taxonomy: Taxonomy): string {
  const counts = [0, 1].map((h) => {
    const thresholds = fitThresholds(labelled, half(news, h), taxonomy);
    return countTopics(half(news, 1 - h), taxonomy, taxonomy.topics.map((t) => thresholds[t.id]!));
  });
  return scoreLine(sumCounts(counts));
}

/**
 * Fits on the odd-numbered records of the topic eval dev split (and odd news articles) and scores the even ones, then the
 * other way round; returns F1 (P / R) per labelled topic, summed over both halves.
 */
function labelledHalfSplitLine(labelled: ScoredText[], news: ScoredText[], taxonomy: Taxonomy): string {
  const topics = [...new Set(labelled.flatMap((s) => s.text.scope))].sort();
  const counts = [0, 1].map((h) => {
    const thresholds = fitThresholds(half(labelled, h), half(news, h), taxonomy);
    const values = taxonomy.topics.map((t) => thresholds[t.id]!);
    return topics.map((topic) => countTopics(half(labelled, 1 - h), taxonomy, values, new Set([topic])));
  });
  return topics.map((topic, k) => {
    const s = scoresOf(sumCounts([counts[0]![k]!, counts[1]![k]!]));
    return `${topic} ${percent(s.f1)} (${percent(s.precision)} / ${percent(s.recall)})`;
  }).join(', ');
}

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const plain = loadTaxonomy(options.taxonomy);
  const train = await readTopicTrain(dataDir, options.reuters, options.bbc);
  const specificity = learnSpecificity(train, plain);
  console.log(`train: ${integer(train.length)} texts (${integer(train.filter((t) => t.scope.length > 0).length)} labelled); ` +
    `specificity below 1 for ${integer(Object.values(specificity).reduce((n, t) => n + Object.keys(t).length, 0))} terms`);
  const taxonomy = compileTaxonomy(plain.file, { version: 1, specificity, thresholds: {} });
  const labelled = scoreTexts(readTopicSplit(dataDir, 'dev'), taxonomy);
  const news = scoreTexts(readNewsTopics(dataDir), taxonomy);
  const thresholds = fitThresholds(labelled, news, taxonomy);
  const calibration: TopicCalibration = {
    $comment: `Generated by \`npm run fit-topics\` (src/tools/fit-topics.ts) from ${relative(projectRoot, options.taxonomy)}: ` +
      'specificity = the share of a term\'s weight it keeps, learned from train text; thresholds fitted on dev. ' +
      'Do not edit by hand: change topics.json (a threshold set there wins) and run it again. See docs/topics.md.',
    version: 1, specificity, thresholds,
  };
  writeFileSync(options.out, `${JSON.stringify(calibration, null, 1)}\n`);
  console.log(`thresholds: ${Object.entries(thresholds).map(([t, v]) => `${t} ${v}`).join(', ')}`);
  console.log(`news dev, fitted on all of it: ${newsLine(news, taxonomy, thresholds)}`);
  console.log(`news dev, half-split (fit on one half, score the other, both ways): ${halfSplitLine(labelled, news, taxonomy)}`);
  console.log(`topic eval dev, half-split, F1 (P / R): ${labelledHalfSplitLine(labelled, news, taxonomy)}`);
  console.log(`wrote ${relative(projectRoot, options.out)} in ${secondsSince(started).toFixed(1)} s`);
}

await main();
