/** Deterministic spherical k-means over unit vectors (cosine similarity), used to cluster word embeddings. */
import { seededRandom } from '../ner/hashing.js';

/** Row-major unit vectors: `data[row * dimensions + d]`. */
export interface VectorSet {
  data: Float32Array;
  rows: number;
  dimensions: number;
}

/** Returns the index of the centroid with the largest dot product with row `row`. */
function nearestCentroid(vectors: VectorSet, row: number, centroids: Float32Array, k: number): number {
  const { data, dimensions } = vectors;
  const base = row * dimensions;
  let best = 0;
  let bestDot = -Infinity;
  for (let c = 0; c < k; c++) {
    const cb = c * dimensions;
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += data[base + d]! * centroids[cb + d]!;
    if (dot > bestDot) {
      bestDot = dot;
      best = c;
    }
  }
  return best;
}

/** Returns k initial centroids: distinct rows drawn with a seeded generator from the first `poolSize` rows. */
function initialCentroids(vectors: VectorSet, k: number, poolSize: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * Math.min(poolSize, vectors.rows)));
  const centroids = new Float32Array(k * vectors.dimensions);
  [...chosen].forEach((row, c) => centroids.set(vectors.data.subarray(row * vectors.dimensions, (row + 1) * vectors.dimensions), c * vectors.dimensions));
  return centroids;
}

/** Replaces each centroid by the normalised mean of its members (keeps the old one when it has none). */
function updateCentroids(vectors: VectorSet, fitRows: number, assignment: Int32Array, centroids: Float32Array, k: number): void {
  const { data, dimensions } = vectors;
  const sums = new Float64Array(k * dimensions);
  const counts = new Int32Array(k);
  for (let row = 0; row < fitRows; row++) {
    const c = assignment[row]!;
    counts[c]!++;
    for (let d = 0; d < dimensions; d++) sums[c * dimensions + d]! += data[row * dimensions + d]!;
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) continue;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += sums[c * dimensions + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] = sums[c * dimensions + d]! / norm;
  }
}

/**
 * Returns the cluster of every row: centroids are fitted on the first `fitRows` rows for
 * `iterations` Lloyd steps, then every row is assigned to its nearest centroid.
 */
export function sphericalKMeans(vectors: VectorSet, k: number, fitRows: number, iterations: number, seed: number): Int32Array {
  const centroids = initialCentroids(vectors, k, Math.min(fitRows, 20 * k), seed);
  const assignment = new Int32Array(vectors.rows);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let row = 0; row < fitRows; row++) assignment[row] = nearestCentroid(vectors, row, centroids, k);
    updateCentroids(vectors, fitRows, assignment, centroids, k);
  }
  for (let row = 0; row < vectors.rows; row++) assignment[row] = nearestCentroid(vectors, row, centroids, k);
  return assignment;
}
