/** Integer hashing used by every feature template; 32-bit, platform independent. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Returns the 32-bit FNV-1a hash of `text.slice(from, to)` without allocating it. */
export function hashRange(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** Returns the 32-bit FNV-1a hash of a whole string. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

/** Returns hashString(prefix + ' ' + text) given hash = hashString(prefix), without building the string. */
export function extendHash(hash: number, text: string): number {
  let h = Math.imul(hash ^ 32, FNV_PRIME);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Returns the murmur3 finaliser of a 32-bit value as a signed 32-bit integer. */
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Returns the murmur3 finaliser of a 32-bit value: a well-spread unsigned 32-bit integer. */
export function finalize(value: number): number {
  return mix(value) >>> 0;
}

/**
 * Returns `combine` as a signed 32-bit integer: the same 32 bits, for hashes written to a Uint32Array.
 * V8 keeps a signed 32-bit result as a small integer, where an unsigned one of 2^31 or more is a heap
 * number whenever the call is not inlined: feature hashing allocated 6 MB per 1,000 articles that way.
 */
export function combineBits(template: number, value: number): number {
  return mix(Math.imul(template, 0x9e3779b1) + Math.imul(value ^ 0x5bd1e995, 0x27d4eb2f));
}

/** Returns the hash of a value under a template (or of a conjunction of two hashes). */
export function combine(template: number, value: number): number {
  return combineBits(template, value) >>> 0;
}

/** Returns a seeded PRNG (mulberry32) yielding floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
