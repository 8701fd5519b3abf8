// When V8 optimizes gazette's code. TurboFan compiles a function once it has run its interrupt budget of bytecode
// (66 KB by default). The rules have many rare branches: code optimized that early soon meets a path it has no type
// feedback for, is thrown away and compiled again, on a helper thread whose CPU the run pays for. With a budget 8 times
// as large a function has seen more text first: over 1.5 MB of the bench corpus 211 compilations and 30 deopts instead of
// 641 and 201 (`--trace-opt --trace-deopt`), and end to end about a tenth less CPU (docs/performance.md). It changes
// when code is compiled, never what it computes. Set in the process before gazette's code loads; worker threads share it.
import { setFlagsFromString } from 'node:v8';

/** Bytecode a function runs before V8 optimizes it: 8 × V8's default (67,584). */
export const INTERRUPT_BUDGET = 8 * 67_584;

/** Sets V8's interrupt budget to INTERRUPT_BUDGET for this process, unless the command line or NODE_OPTIONS sets one. */
export function delayOptimization() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/u)];
  if (given.some((flag) => flag.startsWith('--interrupt-budget=') || flag.startsWith('--interrupt_budget='))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
