/**
 * Read-only tables keyed by 32-bit hashes, over the typed arrays a model file holds. A loaded model
 * used to rebuild them as a Map and a Set (200,000 cluster words, 71,000 gazetteer entries and their
 * prefixes): about 100 ms of start-up and 10–15 MB of heap in every thread that loads it, and objects
 * every full garbage collection marks again. Open addressing over an index array costs 4 bytes a slot.
 */

/** What tagging reads of a hash → value table; a `Map<number, number>` (as training builds it) is one. */
export interface HashMapView {
  readonly size: number;
  get(key: number): number | undefined;
  keys(): IterableIterator<number>;
  [Symbol.iterator](): IterableIterator<[number, number]>;
}

/** What tagging reads of a set of hashes; a `Set<number>` is one. */
export interface HashSetView {
  readonly size: number;
  has(key: number): boolean;
  [Symbol.iterator](): IterableIterator<number>;
}

/** Returns the first table position to probe for `key` in a table of 2^(32 − shift) positions (Fibonacci hashing). */
function home(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** The index of a table: slot of entry k + 1 per table position (0: empty); plain data, so a thread can send it to another. */
export interface HashIndex {
  index: Int32Array;
  shift: number;
  /** Distinct keys. */
  size: number;
}

/** Returns the index of `keys`, at most half full, probed linearly; `allocate` makes its array (a shared one, say). */
export function buildIndex(keys: Uint32Array, allocate: (length: number) => Int32Array = (n) => new Int32Array(n)): HashIndex {
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const index = allocate(1 << bits);
  const mask = index.length - 1;
  const shift = 32 - bits;
  let size = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    let slot = home(key, shift);
    // A repeated key takes the later entry, as Map.set would.
    while (index[slot] !== 0 && keys[index[slot]! - 1] !== key) slot = (slot + 1) & mask;
    if (index[slot] === 0) size++;
    index[slot] = k + 1;
  }
  return { index, shift, size };
}

/** Returns the entry number of `key` in `keys`, or -1. */
function find(keys: Uint32Array, index: Int32Array, shift: number, key: number): number {
  const mask = index.length - 1;
  for (let slot = home(key, shift); ; slot = (slot + 1) & mask) {
    const entry = index[slot]!;
    if (entry === 0) return -1;
    if (keys[entry - 1] === key) return entry - 1;
  }
}

/**
 * A table from `keys[k]` to `values[k]` (to k when `values` is absent), over `built` (the index of
 * `keys`, built here when not given); it iterates in table order, not insertion order.
 */
export function hashMap(keys: Uint32Array, values?: ArrayLike<number>, built: HashIndex = buildIndex(keys)): HashMapView {
  const { index, shift, size } = built;
  const valueOf = (k: number) => (values === undefined ? k : values[k]!);
  const table: HashMapView = {
    size,
    get(key) {
      const k = find(keys, index, shift, key);
      return k === -1 ? undefined : valueOf(k);
    },
    *keys() {
      for (const [key] of table) yield key;
    },
    *[Symbol.iterator]() {
      for (let slot = 0; slot < index.length; slot++) {
        const entry = index[slot]!;
        if (entry !== 0) yield [keys[entry - 1]!, valueOf(entry - 1)] as [number, number];
      }
    },
  };
  return table;
}

/** A set of the hashes in `keys` (over `built`, as `hashMap`). */
export function hashSet(keys: Uint32Array, built?: HashIndex): HashSetView {
  const map = hashMap(keys, undefined, built);
  return {
    size: map.size,
    has: (key) => map.get(key) !== undefined,
    [Symbol.iterator]: () => map.keys(),
  };
}
