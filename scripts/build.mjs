#!/usr/bin/env node
// `npm run build [-- --base /talks/pretraining/] [--out dist] [--no-pdf] [--no-check] [--no-prerender]`
// 1. checks the data modules (scripts/check-data.mjs): a malformed row stops the build, naming it;
// 2. `slidev build` to a static site (hash router: deep links survive a refresh on any static host),
//    then writes the first slide, as the build draws it, into index.html (scripts/prerender.mjs, issue 14:
//    the cover paints before any script runs; --no-prerender skips it);
// 3. renders every slide of that site in headless Chromium (scripts/check-slides.mjs) and fails,
//    naming the slide and the cause, on a runtime error, a slide whose code failed to load, Slidev's
//    error placeholder or an unresolved component; --no-check skips this;
// 4. the PDF the deck's download button points at (`download:` in slides.md), exported with the
//    browser scripts/browser.mjs finds, into the same folder. --no-pdf skips it.
// With --no-pdf, --no-check and --no-prerender no browser is needed. Other arguments go to `slidev build` unchanged.
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findBrowser } from './browser.mjs'
import { badBase, PDF_NAME } from './build-config.mjs'
import { checkData } from './check-data.mjs'
import { checkBuiltSlides } from './check-slides.mjs'
import { prerenderFirstSlide } from './prerender.mjs'
import { run } from './run.mjs'

const { values, tokens } = parseArgs({
  strict: false,
  tokens: true,
  options: {
    'base': { type: 'string', default: '/' },
    'out': { type: 'string', default: 'dist' },
    'no-pdf': { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
    'no-prerender': { type: 'boolean', default: false },
  },
})

const base = values.base
const invalid = badBase(base)
if (invalid) {
  console.error(invalid)
  process.exit(1)
}

const rest = tokens
  .filter(t => (t.kind === 'option' && !['base', 'out', 'no-pdf', 'no-check', 'no-prerender'].includes(t.name)) || t.kind === 'positional')
  .flatMap(t => t.kind === 'positional' ? [t.value] : [t.rawName, ...(t.value !== undefined ? [t.value] : [])])

const withCheck = !values['no-check']
const withPdf = !values['no-pdf']
const withPrerender = !values['no-prerender']

try {
  const data = await checkData()
  if (data.problems.length)
    throw new Error(`✗ build stopped: ${data.problems.length} data module(s) reject their own rows:\n  ${data.problems.join('\n  ')}`)
  console.log(`[build] ${data.modules.length} data modules validate`)
  let browser = null
  if (withPdf || withCheck || withPrerender)
    browser = findBrowser() // fail before a long build, with the how-to message
  await run('npx', ['slidev', 'build', '--base', base, '--out', values.out, ...rest])
  if (withPrerender)
    await prerenderFirstSlide({ dir: values.out, browserPath: browser.path })
  if (withCheck) {
    console.log(`[build] rendering every slide of ${values.out}/ in ${browser.path}…`)
    const check = await checkBuiltSlides({ dir: values.out, browserPath: browser.path })
    if (check.problems.length) {
      throw new Error(`✗ build failed: ${check.problems.length} slide(s) do not draw cleanly, so ${values.out}/ must not be published:\n${check.problems.join('\n')}`)
    }
    console.log(`[build] checked: all ${check.slides} slides draw cleanly (${(check.ms / 1000).toFixed(1)} s)`)
  }
  if (withPdf) {
    // the same export as `npm run export` (browser lookup, blank and error page checks)
    await run(process.execPath, [fileURLToPath(new URL('./export.mjs', import.meta.url)), '--output', `${values.out}/${PDF_NAME}`])
  }
  console.log(`\nBuilt ${values.out}/ for base ${base}${withPdf ? ` with ${PDF_NAME}` : ' (no PDF: --no-pdf)'}${withCheck ? '' : ' (slides NOT checked: --no-check)'}.`)
  console.log(`Preview it on loopback: npm run preview -- --dir ${values.out}`)
}
catch (error) {
  console.error(error.message)
  if (error.name === 'BrowserNotFoundError')
    console.error('  - or build without the PDF download, the slide check and the prerendered cover: npm run build -- --no-pdf --no-check --no-prerender')
  process.exit(1)
}
