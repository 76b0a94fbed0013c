// Turns the raw runs into the summary figures and the table `npm run bench` prints.
import { percentile, summary } from './stats.mjs'

export const BUDGETS = {
  // issue 14: the first slide no later than the bare deck's (issue 6 had 1.25)
  firstSlideRatio: 1.0,
  bytesRatio: 1.25,
  navP95Ms: 100,
  hoverLongTaskMs: 50,
  pdfPerSlideMs: 1500,
  pdfBytes: 10 * 1024 * 1024,
}

const kb = b => `${(b / 1024).toFixed(0)} KB`
const mb = b => `${(b / 1024 / 1024).toFixed(2)} MB`
const ms = x => Number.isFinite(x) ? `${Math.round(x)} ms` : '–'
const s = x => Number.isFinite(x) ? `${(x / 1000).toFixed(1)} s` : '–'

function fmt(sum, unit) {
  if (!sum || !Number.isFinite(sum.median))
    return '–'
  if (sum.n <= 1 || sum.min === sum.max)
    return unit(sum.median)
  return `${unit(sum.median)} (${unit(sum.min)}–${unit(sum.max)})`
}

/** Summaries of one deck's runs. */
export function summarize(runs) {
  const pick = f => summary(runs.map(f))
  const navRuns = runs.filter(r => r.nav.length > 0)
  const bySlide = new Map()
  for (const r of navRuns) {
    for (const n of r.nav) {
      const e = bySlide.get(n.to) ?? { slide: n.to, charts: n.charts, mermaid: n.mermaid, ms: [] }
      e.ms.push(n.ms)
      bySlide.set(n.to, e)
    }
  }
  const hoverBy = new Map()
  for (const r of runs) {
    for (const h of r.hovers) {
      const key = `${h.slide}:${h.chart}`
      const e = hoverBy.get(key) ?? { slide: h.slide, chart: h.chart, maxLongTaskMs: [], longTasks: [], maxHandlerMs: [] }
      e.maxLongTaskMs.push(h.maxLongTaskMs)
      e.longTasks.push(h.longTasks)
      e.maxHandlerMs.push(h.maxHandlerMs ?? 0)
      hoverBy.set(key, e)
    }
  }
  return {
    runs: runs.length,
    firstSlideMs: pick(r => r.firstSlideMs),
    appSlideMs: pick(r => r.appSlideMs ?? Number.NaN),
    fcpMs: pick(r => r.fcpMs ?? Number.NaN),
    bytesBeforeFirst: pick(r => r.before.bytes),
    requestsBeforeFirst: pick(r => r.before.requests),
    fontBytesBeforeFirst: pick(r => r.before.byKind.font?.bytes ?? 0),
    jsBytesBeforeFirst: pick(r => r.before.byKind.js?.bytes ?? 0),
    cssBytesBeforeFirst: pick(r => r.before.byKind.css?.bytes ?? 0),
    bytesUntilIdle: pick(r => r.total.bytes),
    requestsUntilIdle: pick(r => r.total.requests),
    maxLongTaskBeforeFirstMs: pick(r => Math.max(0, ...r.longTasksBeforeFirst)),
    navP50Ms: navRuns.length ? summary(navRuns.map(r => percentile(r.nav.map(n => n.ms), 50))) : null,
    navP95Ms: navRuns.length ? summary(navRuns.map(r => percentile(r.nav.map(n => n.ms), 95))) : null,
    navBySlide: [...bySlide.values()].map(e => ({ slide: e.slide, charts: e.charts, mermaid: e.mermaid, ...summary(e.ms) })),
    hover: [...hoverBy.values()].map(e => ({
      slide: e.slide,
      chart: e.chart,
      sweeps: e.maxLongTaskMs.length,
      maxLongTaskMs: Math.max(...e.maxLongTaskMs),
      sweepsOver50: e.maxLongTaskMs.filter(x => x > BUDGETS.hoverLongTaskMs).length,
      maxHandlerMs: Math.max(...e.maxHandlerMs),
    })),
    errors: [...new Set(runs.flatMap(r => r.errors))],
  }
}

function ratio(a, b) {
  return Number.isFinite(a?.median) && Number.isFinite(b?.median) && b.median > 0 ? a.median / b.median : Number.NaN
}

/** The ratio of two summaries' medians as the tables print it: ×1.23, or – when there is none. */
function ratioText(a, b) {
  const r = ratio(a, b)
  return Number.isFinite(r) ? `×${r.toFixed(2)}` : '–'
}

/** Budget verdicts from the summaries. */
export function verdicts(result) {
  const { deck, bare, pdf } = result
  const v = []
  const r1 = ratio(deck.firstSlideMs, bare.firstSlideMs)
  const r2 = ratio(deck.bytesBeforeFirst, bare.bytesBeforeFirst)
  v.push({ budget: `first slide time ≤ ${BUDGETS.firstSlideRatio}× bare`, value: `×${r1.toFixed(2)}`, ok: r1 <= BUDGETS.firstSlideRatio })
  v.push({ budget: `bytes before first slide ≤ ${BUDGETS.bytesRatio}× bare`, value: `×${r2.toFixed(2)}`, ok: r2 <= BUDGETS.bytesRatio })
  if (deck.navP95Ms)
    v.push({ budget: `navigation p95 ≤ ${BUDGETS.navP95Ms} ms`, value: ms(deck.navP95Ms.median), ok: deck.navP95Ms.median <= BUDGETS.navP95Ms })
  if (deck.hover.length) {
    const worst = Math.max(...deck.hover.map(h => h.maxLongTaskMs))
    const over = deck.hover.reduce((n, h) => n + h.sweepsOver50, 0)
    const sweeps = deck.hover.reduce((n, h) => n + h.sweeps, 0)
    const handler = Math.max(...deck.hover.map(h => h.maxHandlerMs))
    v.push({ budget: `no long task > ${BUDGETS.hoverLongTaskMs} ms while hovering a chart`, value: `max ${ms(worst)}; ${over} of ${sweeps} sweeps over; handlers ≤ ${ms(handler)}`, ok: worst <= BUDGETS.hoverLongTaskMs })
  }
  if (pdf?.deck) {
    v.push({ budget: `PDF export ≤ ${BUDGETS.pdfPerSlideMs / 1000} s per slide`, value: s(pdf.deck.perSlideMs), ok: pdf.deck.perSlideMs <= BUDGETS.pdfPerSlideMs })
    v.push({ budget: `PDF ≤ ${mb(BUDGETS.pdfBytes)}`, value: mb(pdf.deck.bytes), ok: pdf.deck.bytes <= BUDGETS.pdfBytes })
  }
  return v
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)))
  const line = r => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  return [line(rows[0]), `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n')
}

/** The Markdown report (tables are Markdown so the same text goes into docs/performance.md). */
export function renderReport(result) {
  const { deck, bare, build, pdf } = result
  const rows = [
    ['measure', 'bare deck', 'this deck', 'ratio'],
    ['first slide drawn', fmt(bare.firstSlideMs, ms), fmt(deck.firstSlideMs, ms), ratioText(deck.firstSlideMs, bare.firstSlideMs)],
    ['  Slidev\'s slide 1 mounted (keys work)', fmt(bare.appSlideMs, ms), fmt(deck.appSlideMs, ms), ratioText(deck.appSlideMs, bare.appSlideMs)],
    ['first contentful paint', fmt(bare.fcpMs, ms), fmt(deck.fcpMs, ms), ratioText(deck.fcpMs, bare.fcpMs)],
    ['bytes before first slide', fmt(bare.bytesBeforeFirst, kb), fmt(deck.bytesBeforeFirst, kb), ratioText(deck.bytesBeforeFirst, bare.bytesBeforeFirst)],
    ['  of which JS / CSS / fonts', `${kb(bare.jsBytesBeforeFirst.median)} / ${kb(bare.cssBytesBeforeFirst.median)} / ${kb(bare.fontBytesBeforeFirst.median)}`, `${kb(deck.jsBytesBeforeFirst.median)} / ${kb(deck.cssBytesBeforeFirst.median)} / ${kb(deck.fontBytesBeforeFirst.median)}`, ''],
    ['requests before first slide', fmt(bare.requestsBeforeFirst, String), fmt(deck.requestsBeforeFirst, String), ratioText(deck.requestsBeforeFirst, bare.requestsBeforeFirst)],
    ['longest task before first slide', fmt(bare.maxLongTaskBeforeFirstMs, ms), fmt(deck.maxLongTaskBeforeFirstMs, ms), ''],
    ['bytes until idle', fmt(bare.bytesUntilIdle, kb), fmt(deck.bytesUntilIdle, kb), ratioText(deck.bytesUntilIdle, bare.bytesUntilIdle)],
    ['requests until idle', fmt(bare.requestsUntilIdle, String), fmt(deck.requestsUntilIdle, String), ratioText(deck.requestsUntilIdle, bare.requestsUntilIdle)],
    ['slide-to-slide p50', '–', fmt(deck.navP50Ms, ms), ''],
    ['slide-to-slide p95', '–', fmt(deck.navP95Ms, ms), ''],
    ['site build (no PDF)', s(build.bare.ms), s(build.deck.ms), ratioText({ median: build.deck.ms }, { median: build.bare.ms })],
  ]
  if (pdf?.deck) {
    rows.push(['PDF export, total', `${s(pdf.bare.ms)} (1 slide)`, `${s(pdf.deck.ms)} (${pdf.deck.slides} slides)`, ''])
    rows.push(['PDF export per slide', s(pdf.bare.perSlideMs), s(pdf.deck.perSlideMs), `marginal ${s(pdf.deck.marginalPerSlideMs)}/slide`])
    rows.push(['PDF size', kb(pdf.bare.bytes), mb(pdf.deck.bytes), ''])
  }
  if (result.precache)
    rows.push(['PWA precache (service worker, after load)', '–', `${mb(result.precache.bytes)} in ${result.precache.files} files`, ''])

  const charted = deck.navBySlide.filter(n => n.charts.length || n.mermaid)
  const slowest = [...deck.navBySlide].sort((a, b) => b.median - a.median).slice(0, 5)
  const navRows = [['slide', 'contents', 'navigation to it (median, min–max)', 'hover: longest task (sweeps > 50 ms)', 'hover: longest handler']]
  for (const n of charted) {
    const hover = deck.hover.filter(h => h.slide === n.slide)
    navRows.push([
      n.slide,
      [...n.charts, ...(n.mermaid ? [`mermaid ×${n.mermaid}`] : [])].join(', '),
      fmt(n, ms),
      hover.length ? hover.map(h => `${ms(h.maxLongTaskMs)} (${h.sweepsOver50}/${h.sweeps})`).join(', ') : '–',
      hover.length ? hover.map(h => ms(h.maxHandlerMs)).join(', ') : '–',
    ])
  }
  const out = [
    `Runs: ${deck.runs} cold runs of each deck, alternating; median (min–max).`,
    `Bare deck: ${result.bareDescription}.`,
    '',
    table(rows),
    '',
    'Chart and diagram slides:',
    '',
    table(navRows),
    '',
    `Slowest transitions: ${slowest.map(n => `→${n.slide} ${ms(n.median)}`).join(', ')}`,
    '',
    'Budgets:',
    '',
    table([['budget', 'measured', 'holds'], ...verdicts(result).map(v => [v.budget, v.value, v.ok ? 'yes' : 'NO'])]),
  ]
  if (deck.errors.length || bare.errors.length)
    out.push('', `Page errors: ${[...deck.errors, ...bare.errors].join(' | ')}`)
  return out.join('\n')
}

/** The Lighthouse section: medians (min–max) of both decks, ratios, the budgets of issue 14. */
export function renderLighthouse(lh) {
  const { deck, bare } = lh
  const num = x => String(Math.round(x))
  const sec = x => Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '–'
  const cls = x => Number.isFinite(x) ? x.toFixed(3) : '–'
  const rows = [
    ['Lighthouse mobile', 'bare deck', 'this deck', 'ratio'],
    ['performance score', fmt(bare.score, num), fmt(deck.score, num), ratioText(deck.score, bare.score)],
    ['First Contentful Paint', fmt(bare.fcpMs, sec), fmt(deck.fcpMs, sec), ratioText(deck.fcpMs, bare.fcpMs)],
    ['Largest Contentful Paint', fmt(bare.lcpMs, sec), fmt(deck.lcpMs, sec), ratioText(deck.lcpMs, bare.lcpMs)],
    ['Total Blocking Time', fmt(bare.tbtMs, ms), fmt(deck.tbtMs, ms), ratioText(deck.tbtMs, bare.tbtMs)],
    ['Cumulative Layout Shift', fmt(bare.cls, cls), fmt(deck.cls, cls), ''],
    ['Speed Index', fmt(bare.siMs, sec), fmt(deck.siMs, sec), ratioText(deck.siMs, bare.siMs)],
    ['Time to Interactive', fmt(bare.ttiMs, sec), fmt(deck.ttiMs, sec), ratioText(deck.ttiMs, bare.ttiMs)],
    ['bytes transferred (whole run)', fmt(bare.bytes, kb), fmt(deck.bytes, kb), ratioText(deck.bytes, bare.bytes)],
    ['requests (whole run)', fmt(bare.requests, String), fmt(deck.requests, String), ratioText(deck.requests, bare.requests)],
  ]
  const loads = ['bare', 'deck'].flatMap(k => lh.raw[k].map(x => x.loadBefore)).filter(Number.isFinite)
  return [
    `Lighthouse ${lh.version}, ${lh.preset}; ${deck.runs} runs of each deck, alternating; median (min–max). `
    + `Load average (1 min) at the start of the runs: ${loads.length ? `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}` : '–'}.`,
    deck.lcpElement
      ? `Largest contentful element (this deck): \`${deck.lcpElement.replace(/`/g, "'").slice(0, 120)}\``
      : 'Largest contentful element: not reported (Lighthouse 12.2.3\'s TraceElements gatherer fails on this Chromium; the metrics come from the trace and are unaffected).',
    '',
    table(rows),
    '',
    'Budgets (issue 14):',
    '',
    table([['budget', 'measured', 'holds'], ...lh.verdicts.map(v => [v.budget, v.value, v.ok ? 'yes' : 'NO'])]),
  ].join('\n')
}
