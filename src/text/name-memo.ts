/**
 * Bounded memos of pure functions of a name: the rules and resolve ask for the same names at every
 * mention, in both passes, and a run names the same few thousand names again and again.
 */

/** The most names a memo keeps before it starts again (a run's distinct names are unbounded). */
const MEMO_LIMIT = 50_000;

/** What a memo keeps for an undefined answer. */
const NO_ANSWER: unique symbol = Symbol('no answer');

/**
 * Returns `compute` with each name's answer kept (the same value, object or array, for the same name:
 * callers only read it). A key is kept as a copy of the name: a name sliced from an article (`text.slice`)
 * is a view that would keep the whole article in memory for as long as the memo holds it.
 */
export function memoizeByName<T>(compute: (name: string) => T): (name: string) => T {
  // An undefined answer is kept as NO_ANSWER, so that every name known is one lookup: names without an answer
  // had cost a second one (`has`), and the memos' own time was ≈ 1.4% of a run.
  const answers = new Map<string, T | typeof NO_ANSWER>();
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined) return known === NO_ANSWER ? (undefined as T) : known;
    const answer = compute(name);
    if (answers.size >= MEMO_LIMIT) answers.clear();
    answers.set(ownCopy(name), answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}

/** The same characters in a string of their own (V8 flattens the joined string, so the slice no longer refers to `name`'s text). */
function ownCopy(name: string): string {
  return ` ${name}`.slice(1);
}
