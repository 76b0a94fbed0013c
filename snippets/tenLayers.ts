/**
 * The arithmetic behind the slow-neuron argument: each layer must wait for the one before it, so the
 * number of layers a signal can pass through in a reaction-time budget is capped by the budget divided by
 * one neuron's delay. With 1–10 ms per step, 0.1 s allows 10–100 serial steps: FEW steps, which is the
 * argument's point. It does not pick the number 10 (that was the depth trainable in 2014).
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

// 100 ms budget: 10 steps at 10 ms per neuron step, 100 steps at 1 ms — a few serial steps either way
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
