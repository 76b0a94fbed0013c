// Lighthouse (issue 14): the mobile preset (simulated slow 4G, 4× CPU slowdown, Moto G-sized screen), run
// programmatically on the build's Chromium, headless, one fresh browser per run (Lighthouse also
// resets the origin's storage, cache and service workers). Both decks are served with compression by
// scripts/static-server.mjs, as a host would.
import { writeFileSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { median } from './stats.mjs'

export const LH_BUDGETS = {
  score: 95,
  lcpMs: 2500,
  tbtMs: 200,
  cls: 0,
}

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
  ttiMs: 'interactive',
}

/** The figures of one Lighthouse result (lhr) that the bench keeps. */
export function pickLighthouse(lhr) {
  const out = { score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100) }
  for (const [key, id] of Object.entries(METRICS))
    out[key] = lhr.audits[id]?.numericValue ?? Number.NaN
  const items = lhr.audits['network-requests']?.details?.items ?? []
  out.bytes = items.reduce((s, r) => s + (r.transferSize ?? 0), 0)
  out.requests = items.length
  const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details
  out.lcpElement = JSON.stringify(lcpDetails ?? null).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1]?.replace(/\\"/g, '"') ?? null
  out.longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map(t => ({ url: t.url, ms: Math.round(t.duration) }))
  out.warnings = lhr.runWarnings ?? []
  out.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null
  return out
}

/** One Lighthouse mobile run of `url` in a new headless Chromium at `chromePath`. */
export async function lighthouseRun(url, { chromePath, chromeFlags = [], saveTo = null }) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeFlags],
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    if (!result?.lhr)
      throw new Error(`Lighthouse returned no result for ${url}`)
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
    if (saveTo)
      writeFileSync(saveTo, JSON.stringify(result.lhr))
    return pickLighthouse(result.lhr)
  }
  finally {
    await chrome.kill()
  }
}

/** Medians over runs, per figure. */
export function summarizeLighthouse(runs) {
  const out = { runs: runs.length }
  for (const key of ['score', ...Object.keys(METRICS), 'bytes', 'requests'])
    out[key] = { median: median(runs.map(r => r[key])), min: Math.min(...runs.map(r => r[key])), max: Math.max(...runs.map(r => r[key])) }
  out.lcpElement = runs.map(r => r.lcpElement).find(Boolean) ?? null
  return out
}

/** Budget verdicts of issue 14 for the Lighthouse medians (and the loopback first-slide ratio, when given). */
export function lighthouseVerdicts(deck, bare, firstSlideRatio) {
  const v = [
    { budget: `Lighthouse mobile score ≥ ${LH_BUDGETS.score} and ≥ bare`, value: `${deck.score.median} (bare ${bare.score.median})`, ok: deck.score.median >= LH_BUDGETS.score && deck.score.median >= bare.score.median },
    { budget: `LCP ≤ ${LH_BUDGETS.lcpMs / 1000} s`, value: `${(deck.lcpMs.median / 1000).toFixed(2)} s`, ok: deck.lcpMs.median <= LH_BUDGETS.lcpMs },
    { budget: `TBT ≤ ${LH_BUDGETS.tbtMs} ms`, value: `${Math.round(deck.tbtMs.median)} ms`, ok: deck.tbtMs.median <= LH_BUDGETS.tbtMs },
    { budget: 'CLS 0', value: deck.cls.median.toFixed(3), ok: deck.cls.median <= LH_BUDGETS.cls },
  ]
  if (Number.isFinite(firstSlideRatio))
    v.push({ budget: 'loopback desktop first slide ≤ 1.0× bare', value: `×${firstSlideRatio.toFixed(2)}`, ok: firstSlideRatio <= 1.0 })
  return v
}
