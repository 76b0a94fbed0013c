#!/usr/bin/env node
// `npm run build [-- --base /talks/pretraining/] [--out dist] [--lang zh|en] [--no-pdf] [--no-check] [--no-prerender]`
// Both editions (issue 15): the Chinese deck (slides.md) at the base in <out>/, the English one
// (slides.en.md) at `<base>en/` in <out>/en/, each with its own PDF, service worker, title and lang; the
// Chinese worker is then kept out of the English one's way (scripts/sw-editions.mjs). `--lang zh|en` (or
// an entry, `npm run build -- slides.en.md`) builds one edition alone, at the base, into <out>/.
// For each edition:
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
import { existsSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findBrowser } from './browser.mjs'
import { badBase } from './build-config.mjs'
import { checkData } from './check-data.mjs'
import { checkBuiltSlides } from './check-slides.mjs'
import { EDITIONS, editionOfEntry, editionOfFlag } from './editions.mjs'
import { prerenderFirstSlide } from './prerender.mjs'
import { run } from './run.mjs'
import { nestEditionWorkers } from './sw-editions.mjs'

const { values, tokens } = parseArgs({
  strict: false,
  tokens: true,
  options: {
    'base': { type: 'string', default: '/' },
    'out': { type: 'string', default: 'dist' },
    'lang': { type: 'string' },
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
  .filter(t => (t.kind === 'option' && !['base', 'out', 'lang', 'no-pdf', 'no-check', 'no-prerender'].includes(t.name)) || (t.kind === 'positional' && !t.value.endsWith('.md')))
  .flatMap(t => t.kind === 'positional' ? [t.value] : [t.rawName, ...(t.value !== undefined ? [t.value] : [])])

const withCheck = !values['no-check']
const withPdf = !values['no-pdf']
const withPrerender = !values['no-prerender']

/** One edition's build: Slidev, the prerendered cover, the render check, its PDF. */
async function buildEdition(edition, { base, out, browser }) {
  const label = `[build ${edition.flag}]`
  await run('npx', ['slidev', 'build', edition.entry, '--base', base, '--out', out, ...rest])
  if (withPrerender)
    await prerenderFirstSlide({ dir: out, browserPath: browser.path })
  if (withCheck) {
    console.log(`${label} rendering every slide of ${out}/ in ${browser.path}…`)
    const check = await checkBuiltSlides({ dir: out, entry: edition.entry, browserPath: browser.path })
    if (check.problems.length) {
      throw new Error(`✗ build failed: ${check.problems.length} slide(s) of ${edition.entry} do not draw cleanly, so ${out}/ must not be published:\n${check.problems.join('\n')}`)
    }
    console.log(`${label} checked: all ${check.slides} slides draw cleanly (${(check.ms / 1000).toFixed(1)} s)`)
  }
  if (withPdf) {
    // the same export as `npm run export` (browser lookup, blank and error page checks)
    await run(process.execPath, [fileURLToPath(new URL('./export.mjs', import.meta.url)), '--lang', edition.flag, '--output', `${out}/${edition.pdf}`])
  }
}

try {
  const data = await checkData()
  if (data.problems.length)
    throw new Error(`✗ build stopped: ${data.problems.length} data module(s) reject their own rows:\n  ${data.problems.join('\n  ')}`)
  console.log(`[build] ${data.modules.length} data modules validate`)
  const entryArg = tokens.find(t => t.kind === 'positional' && t.value.endsWith('.md'))?.value
  const only = values.lang ? editionOfFlag(values.lang) : entryArg ? editionOfEntry(entryArg) : null
  let browser = null
  if (withPdf || withCheck || withPrerender)
    browser = findBrowser() // fail before a long build, with the how-to message
  // a deck without an English entry (a scratch copy with slides.md alone) builds its Chinese edition alone
  const present = Object.values(EDITIONS).filter(e => existsSync(e.entry))
  if (!only && present.length < Object.keys(EDITIONS).length)
    console.log(`[build] no ${Object.values(EDITIONS).filter(e => !present.includes(e)).map(e => e.entry).join(', ')}: building ${present.map(e => e.entry).join(', ')} only`)
  const editions = only
    ? [{ edition: only, base, out: values.out }]
    : present.map(edition => ({ edition, base: `${base}${edition.subPath}`, out: edition.subPath ? `${values.out}/${edition.subPath.replace(/\/$/, '')}` : values.out }))
  // the Chinese deck first: its build empties <out>/, the English one then goes into <out>/en/
  for (const e of editions)
    await buildEdition(e.edition, { ...e, browser })
  const nested = editions.filter(e => e.edition.subPath && !only).map(e => e.edition.subPath)
  if (nested.length) {
    nestEditionWorkers(values.out, base, nested)
    console.log(`[build] ${values.out}/sw.js leaves ${nested.map(p => `${base}${p}`).join(', ')} to its own service worker`)
  }
  for (const e of editions)
    console.log(`\nBuilt ${e.out}/ (${e.edition.entry}) for base ${e.base}${withPdf ? ` with ${e.edition.pdf}` : ' (no PDF: --no-pdf)'}${withCheck ? '' : ' (slides NOT checked: --no-check)'}.`)
  console.log(`Preview it on loopback: npm run preview -- --dir ${values.out}`)
}
catch (error) {
  console.error(error.message)
  if (error.name === 'BrowserNotFoundError')
    console.error('  - or build without the PDF download, the slide check and the prerendered cover: npm run build -- --no-pdf --no-check --no-prerender')
  process.exit(1)
}
