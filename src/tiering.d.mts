/** Bytecode a function runs before V8 optimizes it: 8 × V8's default (67,584). */
export const INTERRUPT_BUDGET: number;

/** Sets V8's interrupt budget to INTERRUPT_BUDGET for this process, unless the command line or NODE_OPTIONS sets one. */
export function delayOptimization(): void;
