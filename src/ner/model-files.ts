/**
 * The one load/save pair of the recogniser: everything tagging needs is in `ner.bin`, little-endian:
 *   "GZNER003", uint32 header length, JSON header (padded to 4 bytes), then 4-byte-aligned sections:
 *   cluster word hashes (uint32) and ids (uint16 per granularity); gazetteer phrase hashes and list
 *   masks (uint32), hashes of every proper prefix of multi-word phrases (uint32); per stage the non-zero weight rows: bucket
 *   ids (uint32), 17-bit label masks (uint32), int16 values. Models trained with `--embeddings` also hold
 *   the int8 word vectors (after the gazetteer sections) and per stage float32 vector weights (after its values).
 * `ner-clusters.tsv` (word<TAB>ids) is the training-time cache of the GloVe clustering, also read here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, hashMap, hashSet, type HashIndex } from './hash-table.js';
import { hashString } from './hashing.js';
import { LABEL_COUNT } from './labels.js';
import type { ClusterTable, Gazetteer, Lexicon } from './lexicon.js';
import type { NerModel, StageTable } from './model.js';
import { compactTables, quantizeStage, sparseRows, type SparseRows } from './weight-packing.js';
import { rowStrideOf } from './weights.js';

export const WEIGHTS_FILE = 'ner.bin';
export const CLUSTERS_FILE = 'ner-clusters.tsv';
const MAGIC = 'GZNER003';

interface Header {
  labels: number;
  temperature: number;
  granularities: number[];
  clusterWords: number;
  lists: string[];
  maxTokens: number;
  gazetteerEntries: number;
  phrasePrefixes: number;
  stages: { bits: number; scale: number; rows: number; values: number; dense?: number }[];
  /** Word vectors (int8, after the gazetteer sections) of the first `rows` cluster words; absent in models without them. */
  embeddings?: { rows: number; dimensions: number; window: number; scale: number };
  /** True for models trained with context aggregation; absent otherwise. */
  contextAggregation?: boolean;
}

/**
 * A loaded `ner.bin` as plain data: the file's sections, and the tables built from them at load time
 * (compact weight rows, hash indexes), all over SharedArrayBuffers. A thread that loaded it hands it
 * to worker threads, which view the same memory instead of each reading and building its own copy
 * (≈ 22 MB of arrays a thread, and the time to build them).
 */
export interface SharedNerModel {
  header: Header;
  /** The file after its header: the sections, in file order. */
  body: Uint8Array;
  rowOf: Uint32Array;
  /** Per stage, a view of the one array of interleaved rows (weight-packing.ts `compactTables`), `rowStride` apart. */
  values: Int16Array[];
  rowStride: number;
  /** Indexes of the cluster words, the gazetteer entries and the phrase prefixes. */
  indexes: [HashIndex, HashIndex, HashIndex];
}

/** Zero-filled typed arrays over SharedArrayBuffers. */
const sharedArrays = {
  uint8: (n: number) => new Uint8Array(new SharedArrayBuffer(n)),
  uint32: (n: number) => new Uint32Array(new SharedArrayBuffer(n * 4)),
  int32: (n: number) => new Int32Array(new SharedArrayBuffer(n * 4)),
  int16: (n: number) => new Int16Array(new SharedArrayBuffer(n * 2)),
};

/** Returns the model stored in `dir/ner.bin`; throws naming the file when it is missing or corrupt. */
export function loadNerModel(dir: string): NerModel {
  return viewNerModel(readNerModel(dir));
}

/** Reads `dir/ner.bin` and builds its tables, as shared data (see `SharedNerModel`); throws as `loadNerModel`. */
export function readNerModel(dir: string): SharedNerModel {
  const path = join(dir, WEIGHTS_FILE);
  const file = readFileSync(path);
  if (file.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${path}: not a gazette NER model (bad magic)`);
  const headerLength = file.readUInt32LE(8);
  const header = JSON.parse(file.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.labels !== LABEL_COUNT) throw new Error(`${path}: model has ${header.labels} labels, this code expects ${LABEL_COUNT}`);
  const bits = header.stages[0]?.bits ?? 1;
  if (header.stages.some((info) => info.bits !== bits)) throw new Error(`${path}: stages with different hash sizes are not supported`);
  const body = sharedArrays.uint8(file.length - 12 - headerLength);
  body.set(file.subarray(12 + headerLength));
  const sections = readSections(header, body);
  const { rowOf, values, rowStride } = compactTables(bits, sections.sparse, sharedArrays);
  const indexes = [sections.wordHashes, sections.entryHashes, sections.prefixes].map((keys) => buildIndex(keys, sharedArrays.int32));
  return { header, body, rowOf, values, rowStride, indexes: indexes as SharedNerModel['indexes'] };
}

/** Returns the model over a `SharedNerModel`'s arrays (read here or sent by another thread), copying none of them. */
export function viewNerModel(shared: SharedNerModel): NerModel {
  const { header, rowOf, values, rowStride, indexes: [rowIndex, entryIndex, prefixIndex] } = shared;
  const sections = readSections(header, shared.body);
  const gazetteer: Gazetteer = {
    lists: header.lists,
    entries: hashMap(sections.entryHashes, sections.entryMasks, entryIndex),
    phrasePrefixes: hashSet(sections.prefixes, prefixIndex),
    maxTokens: header.maxTokens,
  };
  // Read-only tables over the file's own arrays (hash-table.ts), not a Map and a Set rebuilt per thread.
  const lexicon: Lexicon = { clusters: { granularities: header.granularities, rows: hashMap(sections.wordHashes, undefined, rowIndex), ids: sections.clusterIds }, gazetteer };
  if (sections.embeddings) lexicon.embeddings = sections.embeddings;
  const bits = header.stages[0]?.bits ?? 1;
  const stages = header.stages.map((info, k) => ({ bits, scale: info.scale, rowOf, rowStride, values: values[k]!, ...(info.dense && { dense: sections.sparse[k]!.dense }) }));
  const model: NerModel = { lexicon, stages, temperature: header.temperature };
  if (header.contextAggregation === true) model.contextAggregation = true;
  return model;
}

/** Writes `dir/ner.bin` (dir created if needed); the same model gives the same bytes. */
export function saveNerModel(model: NerModel, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, WEIGHTS_FILE), encodeModel(model));
}

/** Returns a reader of consecutive 4-byte-aligned typed-array sections of a buffer, from byte `start`. */
function sectionReader(buffer: ArrayBufferLike, start = 0): {
  uint32: (n: number) => Uint32Array;
  uint16: (n: number) => Uint16Array;
  int16: (n: number) => Int16Array;
  int8: (n: number) => Int8Array;
  float32: (n: number) => Float32Array;
} {
  let offset = start;
  const take = (bytes: number): number => {
    const at = offset;
    offset += Math.ceil(bytes / 4) * 4;
    return at;
  };
  return {
    uint32: (n) => new Uint32Array(buffer, take(n * 4), n),
    uint16: (n) => new Uint16Array(buffer, take(n * 2), n),
    int16: (n) => new Int16Array(buffer, take(n * 2), n),
    int8: (n) => new Int8Array(buffer, take(n), n),
    float32: (n) => new Float32Array(buffer, take(n * 4), n),
  };
}

/** The typed arrays over each section of a model's body, in file order. */
function readSections(header: Header, body: Uint8Array) {
  const reader = sectionReader(body.buffer, body.byteOffset);
  const wordHashes = reader.uint32(header.clusterWords);
  const clusterIds = reader.uint16(header.clusterWords * header.granularities.length);
  const entryHashes = reader.uint32(header.gazetteerEntries);
  const entryMasks = reader.uint32(header.gazetteerEntries);
  const prefixes = reader.uint32(header.phrasePrefixes);
  const embeddings = header.embeddings && { ...header.embeddings, values: reader.int8(header.embeddings.rows * header.embeddings.dimensions) };
  const sparse = header.stages.map((info) => ({ ids: reader.uint32(info.rows), masks: reader.uint32(info.rows), values: reader.int16(info.values), dense: reader.float32(info.dense ?? 0) }));
  return { wordHashes, clusterIds, entryHashes, entryMasks, prefixes, embeddings, sparse };
}

/** Returns the bytes of one typed array padded to a multiple of 4. */
function section(array: Uint32Array | Uint16Array | Int16Array | Int8Array | Float32Array): Buffer {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
}

/** Returns the lexicon sections: cluster rows in row order, gazetteer entries sorted by hash. */
function lexiconSections(lexicon: Lexicon): Buffer[] {
  const { clusters, gazetteer } = lexicon;
  const wordHashes = new Uint32Array(clusters.rows.size);
  for (const [hash, row] of clusters.rows) wordHashes[row] = hash;
  const entryHashes = Uint32Array.from([...gazetteer.entries.keys()].sort((a, b) => a - b));
  const entryMasks = entryHashes.map((h) => gazetteer.entries.get(h)!);
  const prefixes = Uint32Array.from([...gazetteer.phrasePrefixes].sort((a, b) => a - b));
  const sections = [section(wordHashes), section(clusters.ids.subarray(0, clusters.rows.size * clusters.granularities.length)), section(entryHashes), section(entryMasks), section(prefixes)];
  if (lexicon.embeddings !== undefined) sections.push(section(lexicon.embeddings.values));
  return sections;
}

/** Returns the bytes of a model file. */
function encodeModel(model: NerModel): Buffer {
  const { clusters, gazetteer } = model.lexicon;
  const header: Header = {
    labels: LABEL_COUNT,
    temperature: model.temperature,
    granularities: clusters.granularities,
    clusterWords: clusters.rows.size,
    lists: gazetteer.lists,
    maxTokens: gazetteer.maxTokens,
    gazetteerEntries: gazetteer.entries.size,
    phrasePrefixes: gazetteer.phrasePrefixes.size,
    stages: [],
  };
  const embeddings = model.lexicon.embeddings;
  if (embeddings !== undefined) header.embeddings = { rows: embeddings.rows, dimensions: embeddings.dimensions, window: embeddings.window, scale: embeddings.scale };
  if (model.contextAggregation === true) header.contextAggregation = true;
  const parts = lexiconSections(model.lexicon);
  for (const stage of model.stages) {
    const table = stage.values instanceof Float64Array ? quantizeStage(stage.bits, stage.values) : stage;
    const sparse = table.rowOf === undefined ? sparseRows(table.values as Int16Array) : compactToSparse(table.rowOf, table.values as Int16Array, rowStrideOf(table));
    header.stages.push({ bits: table.bits, scale: table.scale, rows: sparse.ids.length, values: sparse.values.length, ...(table.dense && { dense: table.dense.length }) });
    parts.push(section(sparse.ids), section(sparse.masks), section(sparse.values));
    if (table.dense) parts.push(section(table.dense));
  }
  const json = Buffer.from(JSON.stringify(header));
  const padded = Buffer.concat([json, Buffer.alloc((4 - ((json.length + 12) % 4)) % 4, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(padded.length);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, padded, ...parts]);
}

/** Returns the sparse rows of a compact table (rows `stride` apart), in bucket order. */
function compactToSparse(rowOf: Uint32Array, values: Int16Array, stride: number): SparseRows {
  const dense = new Int16Array(rowOf.length * LABEL_COUNT);
  rowOf.forEach((row, bucket) => {
    if (row !== 0) dense.set(values.subarray(row * stride, row * stride + LABEL_COUNT), bucket * LABEL_COUNT);
  });
  return sparseRows(dense);
}

/** Returns the cluster table of the text of a clusters file (`#granularities k1 k2 …` then `word<TAB>id id …`). */
export function parseClusterTable(text: string): ClusterTable {
  const lines = text.split('\n');
  const granularities = lines[0]!.replace('#granularities', '').trim().split(' ').filter(Boolean).map(Number);
  const g = granularities.length;
  const rows = new Map<number, number>();
  const ids = new Uint16Array((lines.length - 1) * g);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const hash = hashString(line.slice(0, tab));
    if (rows.has(hash)) continue;
    const row = rows.size;
    line.slice(tab + 1).split(' ').forEach((id, k) => (ids[row * g + k] = Number(id)));
    rows.set(hash, row);
  }
  return { granularities, rows, ids: ids.slice(0, rows.size * g) };
}
