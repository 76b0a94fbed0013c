/**
 * Effective data under repetition: the data-constrained scaling law of Muennighoff et al. (2023),
 * "Scaling Data-Constrained Language Models" (NeurIPS 2023, arXiv 2305.16264).
 *
 * What was checked, and where:
 * - The form D′ = U_D + U_D · R*_D · (1 − e^(−R_D / R*_D)), with U_D the unique tokens and
 *   R_D = D / U_D − 1 the number of *repeated* epochs (so one epoch means R_D = 0 and D′ = U_D),
 *   as written in the "Parametric Fit" section of the authors' repository README
 *   (github.com/huggingface/datablations), which also sets R_D = max(D / U − 1, 0).
 * - The fitted constant: the same README lists rd_star = 15.387756 (and rn_star = 5.309743 for the
 *   parameter term, not used here), i.e. the R*_D ≈ 15.4 usually quoted.
 * - The headline reading ("up to 4 epochs … negligible changes to loss compared to having unique
 *   data") is from the paper's abstract (Hugging Face papers page for 2305.16264).
 * The research notes of this project only carried a summary of the paper, not the formula.
 */

/** R*_D fitted by Muennighoff et al. (2023) for repeated data (authors' README: 15.387756) */
export const R_STAR_DATA = 15.387756

// #region repetition
/**
 * Effective data after training `epochs` passes over `unique` tokens:
 * D′ = U + U·R*·(1 − e^(−R/R*)),  R = epochs − 1 repeated passes.
 */
export function effectiveData(unique: number, epochs: number, rStar = R_STAR_DATA): number {
  const repeats = Math.max(epochs - 1, 0)
  return unique + unique * rStar * (1 - Math.exp(-repeats / rStar))
}

/** Value of one more pass after `epochs` passes, relative to fresh data: e^(−R/R*) */
export function marginalValue(epochs: number, rStar = R_STAR_DATA): number {
  return Math.exp(-Math.max(epochs - 1, 0) / rStar)
}

/** However long you train, repeated data is worth at most U·(1 + R*) */
export function effectiveDataCeiling(unique: number, rStar = R_STAR_DATA): number {
  return unique * (1 + rStar)
}
// #endregion repetition
