/**
 * When do training sets catch up with the stock of human text?
 *
 * A deliberately simple model, so it fits on a slide:
 * - the largest training set grows by a fixed factor `growth` per year from a known start
 *   (default in the chart: Llama 3.1-405B, 15.6T tokens, July 2024, and Epoch's ~3×/yr);
 * - the stock of usable human text grows by `stockGrowth` per year from Epoch's estimate
 *   (300T tokens in 2024, ~7%/yr; 300T·1.07⁴ ≈ 3.9e14 in 2028, matching the "≈4e14 tokens" that
 *   Epoch's Fig. 1 gives at its median crossing);
 * - overtraining a model k× (k times more tokens per parameter than compute-optimal) at the same
 *   compute C ≈ 6·N·D needs √k times more data, so it multiplies the dataset by √k.
 *
 * With those defaults the crossing comes out at ≈2027.4, not Epoch's median 2028: Epoch fits a trend
 * to many models and simulates its uncertainty, while this straight line starts at the largest known
 * dataset. `growthForCrossing` says which growth rate would give 2028 (≈2.5×/yr).
 */

export interface DatasetTrend {
  /** fractional year of the starting point */
  startYear: number
  /** tokens in the starting dataset */
  startTokens: number
  /** multiplication factor per year, > 1 */
  growth: number
  /** overtraining factor k ≥ 1 relative to the starting regime (dataset × √k) */
  overtrain?: number
}

export interface StockTrend {
  stockYear: number
  stockTokens: number
  /** multiplication factor per year, e.g. 1.07 */
  stockGrowth: number
}

// #region exhaustion
/** Largest training set in `year`: start · √overtrain · growth^(year − startYear) */
export function datasetTokens(year: number, d: DatasetTrend): number {
  return d.startTokens * Math.sqrt(d.overtrain ?? 1) * d.growth ** (year - d.startYear)
}

/** Stock of usable human text in `year`, growing slowly */
export function stockTokens(year: number, s: StockTrend): number {
  return s.stockTokens * s.stockGrowth ** (year - s.stockYear)
}

/**
 * Year where the two meet: take logs of  D₀·√k·g^(y−y₀) = S₀·s^(y−yₛ)  and solve for y.
 * Infinity if the datasets grow no faster than the stock.
 */
export function crossingYear(d: DatasetTrend, s: StockTrend): number {
  const lnG = Math.log(d.growth)
  const lnS = Math.log(s.stockGrowth)
  if (lnG <= lnS)
    return Number.POSITIVE_INFINITY
  const lnD0 = Math.log(d.startTokens * Math.sqrt(d.overtrain ?? 1))
  const lnS0 = Math.log(s.stockTokens)
  return (lnS0 - lnD0 + d.startYear * lnG - s.stockYear * lnS) / (lnG - lnS)
}
// #endregion exhaustion

/** The yearly growth factor that would make the datasets reach the stock in `targetYear`. */
export function growthForCrossing(targetYear: number, d: Omit<DatasetTrend, 'growth'>, s: StockTrend): number {
  if (targetYear <= d.startYear)
    throw new RangeError(`target year ${targetYear} must be after the start year ${d.startYear}`)
  const lnStockThen = Math.log(stockTokens(targetYear, s))
  const lnD0 = Math.log(d.startTokens * Math.sqrt(d.overtrain ?? 1))
  return Math.exp((lnStockThen - lnD0) / (targetYear - d.startYear))
}
