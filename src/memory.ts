/**
 * A full garbage collection on request. V8 collects when the heap reaches a limit it sets from the
 * live size at the last collection, so memory dropped on purpose (the main thread's copy of the model
 * once workers have their own; everything the per-article phase held once it is over) would otherwise
 * stay allocated while the heap grows on top of it. `Resources.release` collects at those two
 * moments; `heapGuard` below collects during a long run.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Collects garbage now where the runtime allows it (`--expose-gc` set at run time), else does nothing. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * Returns a function to call once per article: every `every` calls it looks at the heap and collects
 * when it holds more than twice what was live after the last collection (plus 64 MB). V8 on its own
 * lets garbage grow much further on a machine with memory to spare; this keeps a long run's memory
 * near what it uses, for about a 40 ms collection every few thousand articles.
 */
export function heapGuard(every = 1000): () => void {
  let calls = 0;
  let live = 0;
  return () => {
    if (++calls % every !== 0) return;
    const used = process.memoryUsage().heapUsed;
    if (used < 2 * live + 64e6) return;
    collectGarbage();
    live = process.memoryUsage().heapUsed;
  };
}
