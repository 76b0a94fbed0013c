/**
 * The arithmetic behind "ten layers in a fraction of a second".
 * Each layer must wait for the one before it, so the number of layers a signal can pass through
 * in a reaction-time budget is capped by the budget divided by one neuron's delay.
 */

// #region steps
/** How many sequential neuron steps fit into a time budget (both in milliseconds). */
export function stepsThatFit(budgetMs: number, delayMs: number): number {
  if (!Number.isFinite(budgetMs) || budgetMs < 0)
    throw new RangeError(`budgetMs must be a finite number ≥ 0, got ${budgetMs}`)
  if (!Number.isFinite(delayMs) || delayMs <= 0)
    throw new RangeError(`delayMs must be a finite number > 0, got ${delayMs}`)
  // a tiny tolerance so that e.g. 0.3 / 0.1 (= 2.999…) still counts as 3 whole steps
  return Math.floor(budgetMs / delayMs + 1e-9)
}

// 100 ms budget, 10 ms per neuron step → 10 steps: a "ten-layer" network
// #endregion steps

/** Time (ms) at which the signal leaves layer `layer` (1-based). */
export function arrivalMs(layer: number, delayMs: number): number {
  return layer * delayMs
}

/** For layers 1…n: does the signal get through that layer within the budget? */
export function layersWithinBudget(layers: number, budgetMs: number, delayMs: number): boolean[] {
  const fit = stepsThatFit(budgetMs, delayMs)
  return Array.from({ length: Math.max(0, Math.floor(layers)) }, (_, i) => i + 1 <= fit)
}
