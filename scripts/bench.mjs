#!/usr/bin/env node
// `npm run bench [-- --runs N] [--quick] [--no-pdf] [--skip-build] [--deck-dist DIR] [--keep-bare]
//                  [--lh-runs N] [--no-lighthouse] [--lighthouse-only]`
// Measures what this deck costs to open, navigate and export, against a bare one-slide Slidev deck
// built from the same node_modules in a temporary folder (see scripts/bench/bare-deck.mjs).
//   1. builds both sites (`slidev build`, no PDF) and times them;
//   2. exports both PDFs with `slidev export` and times them (skipped by --no-pdf and --quick);
//   3. serves both builds on loopback (scripts/static-server.mjs) and runs headless Chromium cold
//      (a fresh context per run), alternating bare/deck, N runs each (default 5; --quick: 3 and a
//      coarser hover grid): first slide drawn, bytes/requests before it and until idle, every
//      slide-to-slide navigation, long tasks while the mouse sweeps each chart;
//   4. Lighthouse, mobile preset (simulated slow 4G, 4× CPU), on both builds served with gzip,
//      alternating, --lh-runs each (default 3; scripts/bench/lighthouse.mjs); --lighthouse-only skips 3.
//   5. prints a Markdown table with ratios against the bare deck and the budgets of issue 6, and writes
//      the figures to bench-results/ (git-ignored).
import { spawn } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { createBareDeck, BARE_DESCRIPTION } from './bench/bare-deck.mjs'
import { coldRun } from './bench/browser-runs.mjs'
import { lighthouseRun, lighthouseVerdicts, summarizeLighthouse } from './bench/lighthouse.mjs'
import { renderLighthouse, renderReport, summarize, verdicts } from './bench/report.mjs'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { startStaticServer } from './static-server.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'bench-results')
const DECK_DIST = 'dist-bench'
// `--deck-dist DIR`: measure an existing build instead (e.g. one made before a change), no deck build

const { values } = parseArgs({
  options: {
    'runs': { type: 'string' },
    'quick': { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'keep-bare': { type: 'boolean', default: false },
    'deck-dist': { type: 'string' },
    'lh-runs': { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
  },
})
const lhRuns = Number(values['lh-runs'] ?? 3)
if (!Number.isInteger(lhRuns) || lhRuns < 1) {
  console.error(`--lh-runs must be a positive integer (got ${values['lh-runs']})`)
  process.exit(1)
}
const withLighthouse = !values['no-lighthouse']
const withLoopback = !values['lighthouse-only']
const runs = Number(values.runs ?? (values.quick ? 3 : 5))
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer (got ${values.runs})`)
  process.exit(1)
}
const withPdf = !values['no-pdf'] && !values.quick && withLoopback
const grid = values.quick ? { cols: 6, rows: 4 } : { cols: 10, rows: 6 }

const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s`
const log = msg => console.log(`[bench ${elapsed()}] ${msg}`)

mkdirSync(OUT, { recursive: true })
const logFile = join(OUT, 'last-run.log')
const logStream = createWriteStream(logFile)

const SLIDEV = join(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
const LH_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version

/** Runs a command with its output going to bench-results/last-run.log; resolves with the wall time. */
function timed(label, cmd, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    logStream.write(`\n$ (${cwd}) ${cmd} ${args.join(' ')}\n`)
    const start = Date.now()
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    child.stdout.pipe(logStream, { end: false })
    child.stderr.pipe(logStream, { end: false })
    const tick = setInterval(() => log(`  … ${label} (${((Date.now() - start) / 1000).toFixed(0)} s)`), 15_000)
    child.on('error', (e) => { clearInterval(tick); reject(e) })
    child.on('exit', (code) => {
      clearInterval(tick)
      if (code === 0)
        resolvePromise(Date.now() - start)
      else
        reject(new Error(`${label} failed (exit ${code}); see ${logFile}`))
    })
  })
}

async function deckSlides(entry) {
  const { load } = await import('@slidev/parser/fs')
  const dir = resolve(entry, '..')
  const data = await load({ roots: [dir], userRoot: dir }, entry)
  return data.slides
    .filter(s => !s.frontmatter?.hide && !s.frontmatter?.disabled)
    .map((s, i) => ({ no: i + 1, clicks: typeof s.frontmatter?.clicks === 'number' ? s.frontmatter.clicks : 0 }))
}

async function pdfPages(file) {
  const { PDFDocument } = await import('pdf-lib')
  return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount()
}

function precacheSize(dist) {
  const sw = join(dist, 'sw.js')
  if (!existsSync(sw))
    return null
  const urls = [...readFileSync(sw, 'utf8').matchAll(/"?url"?:\s*"([^"]+)"/g)].map(m => m[1])
  let bytes = 0
  for (const u of urls) {
    const f = join(dist, u)
    if (existsSync(f))
      bytes += statSync(f).size
  }
  return { files: urls.length, bytes }
}

function machine(browserVersion) {
  let slidev
  try {
    slidev = JSON.parse(readFileSync(join(ROOT, 'node_modules/@slidev/cli/package.json'), 'utf8')).version
  }
  catch {
    slidev = 'unknown'
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
    slidev,
    platform: `${process.platform} ${process.arch}`,
    loadAvg: loadavg().map(x => x.toFixed(2)).join(' '),
  }
}

async function main() {
  const browserPath = findBrowser().path
  const bare = createBareDeck(ROOT)
  log(`bare deck in ${bare.dir}`)
  const result = { date: new Date().toISOString(), runsEach: runs, quick: values.quick, bareDescription: BARE_DESCRIPTION, build: {}, pdf: null }
  let servers = []
  let browser
  try {
    // 1. site builds
    const deckDist = resolve(ROOT, values['deck-dist'] ?? DECK_DIST)
    if ((values['skip-build'] || values['deck-dist']) && existsSync(join(deckDist, 'index.html'))) {
      log(`reusing ${values['deck-dist'] ?? DECK_DIST}/ (--skip-build / --deck-dist): no build time`)
      result.build.deck = { ms: Number.NaN }
    }
    else {
      // --no-check: the build's render check (issue 10) is not part of what `slidev build` costs, and the
      // figures stay comparable with the runs before it
      log('building the deck (node scripts/build.mjs --no-pdf --no-check)…')
      result.build.deck = { ms: await timed('deck build', process.execPath, ['scripts/build.mjs', '--no-pdf', '--no-check', '--out', DECK_DIST], ROOT) }
      log(`deck built in ${(result.build.deck.ms / 1000).toFixed(1)} s`)
    }
    log('building the bare deck…')
    result.build.bare = { ms: await timed('bare build', process.execPath, [SLIDEV, 'build', '--out', 'dist', '--base', '/'], bare.dir) }
    log(`bare deck built in ${(result.build.bare.ms / 1000).toFixed(1)} s`)

    // 2. PDF exports
    if (withPdf) {
      result.pdf = {}
      for (const [name, cwd, entry] of [['bare', bare.dir, bare.entry], ['deck', ROOT, join(ROOT, 'slides.md')]]) {
        const slides = (await deckSlides(entry)).length
        const file = join(bare.dir, `${name}.pdf`)
        log(`exporting the ${name} PDF (${slides} slide${slides > 1 ? 's' : ''})…`)
        const ms = await timed(`${name} PDF export`, process.execPath, [SLIDEV, 'export', entry, '--format', 'pdf', '--output', file, '--executable-path', browserPath], cwd)
        const pages = await pdfPages(file)
        result.pdf[name] = { ms, slides, pages, perSlideMs: ms / slides, bytes: statSync(file).size }
        log(`${name} PDF: ${(ms / 1000).toFixed(1)} s, ${pages} pages, ${(statSync(file).size / 1024).toFixed(0)} KB`)
      }
      result.pdf.deck.marginalPerSlideMs = (result.pdf.deck.ms - result.pdf.bare.ms) / Math.max(1, result.pdf.deck.slides - 1)
    }
    else {
      log('PDF export skipped (--no-pdf or --quick)')
    }
    result.precache = precacheSize(deckDist)

    // 3. browser runs
    const slides = await deckSlides(join(ROOT, 'slides.md'))
    const deckServer = await startStaticServer({ dir: deckDist, base: '/' })
    const bareServer = await startStaticServer({ dir: join(bare.dir, 'dist'), base: '/' })
    servers = [deckServer, bareServer]
    const { chromium } = await import('playwright-chromium')
    browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
    result.machine = machine(browser.version())
    if (withLoopback) {
      log(`Chromium ${browser.version()}; ${slides.length} slides; ${runs} cold runs of each deck, alternating`)
      log('warm-up run (not counted)…')
      await coldRun(browser, { url: bareServer.url, slides: [{ no: 1 }], navigate: false, hover: false })
      const raw = { bare: [], deck: [] }
      for (let i = 1; i <= runs; i++) {
        const b = await coldRun(browser, { url: bareServer.url, slides: [{ no: 1 }], navigate: false, hover: false })
        raw.bare.push(b)
        log(`run ${i}/${runs} bare: first slide ${Math.round(b.firstSlideMs)} ms, ${(b.before.bytes / 1024).toFixed(0)} KB in ${b.before.requests} requests`)
        const d = await coldRun(browser, { url: deckServer.url, slides, navigate: true, hover: true, grid })
        raw.deck.push(d)
        const navs = d.nav.map(n => n.ms).sort((x, y) => x - y)
        const worstHover = Math.max(0, ...d.hovers.map(h => h.maxLongTaskMs))
        log(`run ${i}/${runs} deck: first slide ${Math.round(d.firstSlideMs)} ms, ${(d.before.bytes / 1024).toFixed(0)} KB in ${d.before.requests} requests; `
          + `${navs.length} navigations, worst ${Math.round(navs.at(-1) ?? 0)} ms; hover max long task ${Math.round(worstHover)} ms`)
      }
      result.bare = summarize(raw.bare)
      result.deck = summarize(raw.deck)
      result.verdicts = verdicts(result)
      result.raw = raw
    }
    await browser.close()
    browser = undefined

    // 4. Lighthouse, mobile, both decks served with gzip, alternating
    if (withLighthouse) {
      const gzDeck = await startStaticServer({ dir: deckDist, base: '/', compress: 'gzip' })
      const gzBare = await startStaticServer({ dir: join(bare.dir, 'dist'), base: '/', compress: 'gzip' })
      servers.push(gzDeck, gzBare)
      const opts = { chromePath: browserPath, chromeFlags: CHROMIUM_ARGS }
      mkdirSync(join(OUT, 'lighthouse'), { recursive: true }) // each run's full report (lhr JSON), for a look
      log(`Lighthouse ${LH_VERSION}, mobile preset (simulated throttling): ${lhRuns} runs of each deck, alternating, gzip`)
      log('Lighthouse warm-up run (not counted)…')
      await lighthouseRun(`${gzBare.url}#/1`, opts)
      const lh = { bare: [], deck: [] }
      for (let i = 1; i <= lhRuns; i++) {
        for (const [name, srv] of [['bare', gzBare], ['deck', gzDeck]]) {
          const load = loadavg()[0]
          const saveTo = join(OUT, 'lighthouse', `${name}-${i}.json`)
          const r = { ...(await lighthouseRun(`${srv.url}#/1`, { ...opts, saveTo })), loadBefore: load, loadAfter: loadavg()[0] }
          lh[name].push(r)
          log(`Lighthouse ${i}/${lhRuns} ${name}: score ${r.score}, FCP ${Math.round(r.fcpMs)} ms, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}, ${(r.bytes / 1024).toFixed(0)} KB; load avg ${load.toFixed(2)}→${r.loadAfter.toFixed(2)}`)
        }
      }
      const ratio = result.deck && result.bare ? result.deck.firstSlideMs.median / result.bare.firstSlideMs.median : Number.NaN
      result.lighthouse = {
        version: LH_VERSION,
        preset: 'mobile (default config: simulated slow 4G, 4× CPU slowdown), gzip',
        bare: summarizeLighthouse(lh.bare),
        deck: summarizeLighthouse(lh.deck),
        raw: lh,
      }
      result.lighthouse.verdicts = lighthouseVerdicts(result.lighthouse.deck, result.lighthouse.bare, ratio)
    }

    // 4. report
    const report = [withLoopback ? renderReport(result) : '', result.lighthouse ? renderLighthouse(result.lighthouse) : ''].filter(Boolean).join('\n\n')
    const m = result.machine
    const header = `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}; load average ${m.loadAvg}; Node ${m.node}; Chromium ${m.chromium}; Slidev ${m.slidev}. Date: ${result.date.slice(0, 10)}. Wall time of the bench: ${elapsed().trim()}.`
    result.report = `${header}\n\n${report}`
    const stamp = result.date.replace(/[:.]/g, '-')
    writeFileSync(join(OUT, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`)
    writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
    writeFileSync(join(OUT, 'latest.md'), `${result.report}\n`)
    console.log(`\n${result.report}\n`)
    log(`figures written to bench-results/bench-${stamp}.json (and latest.json, latest.md)`)
  }
  finally {
    await browser?.close()
    for (const s of servers)
      await s.close()
    if (values['keep-bare'])
      log(`bare deck kept in ${bare.dir}`)
    else
      bare.remove()
    logStream.end()
  }
}

main().catch((error) => {
  console.error(`[bench] ${error.stack ?? error.message}`)
  process.exit(1)
})
