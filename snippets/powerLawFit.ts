import { extent, mean, sum } from 'd3-array'

export interface PowerLawFit {
  /** exponent b in brain = 10^a · body^b (slope in log10–log10 space) */
  slope: number
  /** standard error of the slope (ordinary least squares, n − 2 degrees of freedom; 0 for two points) */
  slopeSE: number
  /** a = log10 of the prefactor */
  intercept: number
  /** coefficient of determination of the log–log fit */
  r2: number
  n: number
  /** smallest and largest x in the data: draw the line over this range only */
  xExtent: [number, number]
}

/** The inputs a log–log fit needs: two or more points, all positive, at two or more different x. */
function checkPoints(points: readonly { x: number, y: number }[]): void {
  if (points.length < 2)
    throw new Error('powerLawFit needs at least two points')
  if (points.some(p => !(p.x > 0 && p.y > 0)))
    throw new Error('powerLawFit needs positive x and y (log scale)')
  if (new Set(points.map(p => p.x)).size < 2)
    throw new Error('powerLawFit needs at least two different x values')
}

/**
 * Ordinary least squares of log10(y) on log10(x). Every x and y must be positive.
 * Pure: the chart and the tests call the same function.
 */
// #region fit
export function powerLawFit(points: readonly { x: number, y: number }[]): PowerLawFit {
  checkPoints(points)
  const lx = points.map(p => Math.log10(p.x))
  const ly = points.map(p => Math.log10(p.y))
  const mx = mean(lx)!
  const my = mean(ly)!
  const sxx = sum(lx, x => (x - mx) ** 2)
  const sxy = sum(lx, (x, i) => (x - mx) * (ly[i]! - my))
  const syy = sum(ly, y => (y - my) ** 2)
  const slope = sxy / sxx // b = cov(x, y) / var(x)
  const intercept = my - slope * mx // a: the line passes through the means
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy)
  const n = points.length
  const rss = sum(lx, (x, i) => (ly[i]! - intercept - slope * x) ** 2)
  const slopeSE = n > 2 ? Math.sqrt(rss / (n - 2) / sxx) : 0 // standard error of b
  const [lo, hi] = extent(points, p => p.x) as [number, number]
  return { slope, slopeSE, intercept, r2, n, xExtent: [lo, hi] }
}

/** the fitted value at x: y = 10^a · x^b */
export const predict = (fit: PowerLawFit, x: number) => 10 ** (fit.intercept + fit.slope * Math.log10(x))
// #endregion fit
