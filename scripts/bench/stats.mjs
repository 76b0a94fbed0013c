// Small summary statistics for the benchmark (no dependencies).

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values, p) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (xs.length === 0)
    return Number.NaN
  const rank = Math.ceil((p / 100) * xs.length)
  return xs[Math.min(xs.length, Math.max(1, rank)) - 1]
}

/** Median with the usual midpoint for even counts. */
export function median(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (xs.length === 0)
    return Number.NaN
  const mid = xs.length >> 1
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2
}

/** { median, min, max, n } of a list of numbers. */
export function summary(values) {
  const xs = values.filter(Number.isFinite)
  return {
    median: median(xs),
    min: xs.length ? Math.min(...xs) : Number.NaN,
    max: xs.length ? Math.max(...xs) : Number.NaN,
    n: xs.length,
  }
}
