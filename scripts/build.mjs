#!/usr/bin/env node
// `npm run build [-- --base /talks/pretraining/] [--out dist] [--no-pdf]`
// 1. `slidev build` to a static site (hash router: deep links survive a refresh on any static host);
// 2. the PDF the deck's download button points at (`download:` in slides.md), exported with the
//    browser scripts/browser.mjs finds, into the same folder. --no-pdf skips it (no browser needed).
// Other arguments go to `slidev build` unchanged.
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findBrowser } from './browser.mjs'
import { run } from './run.mjs'

import { PDF_NAME } from './build-config.mjs'

const { values, tokens } = parseArgs({
  strict: false,
  tokens: true,
  options: {
    'base': { type: 'string', default: '/' },
    'out': { type: 'string', default: 'dist' },
    'no-pdf': { type: 'boolean', default: false },
  },
})

const base = values.base
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`--base must start and end with "/", e.g. --base /talks/pretraining/ (got "${base}")`)
  process.exit(1)
}

const rest = tokens
  .filter(t => (t.kind === 'option' && !['base', 'out', 'no-pdf'].includes(t.name)) || t.kind === 'positional')
  .flatMap(t => t.kind === 'positional' ? [t.value] : [t.rawName, ...(t.value !== undefined ? [t.value] : [])])

try {
  let browser = null
  if (!values['no-pdf'])
    browser = findBrowser() // fail before a long build, with the how-to message
  await run('npx', ['slidev', 'build', '--base', base, '--out', values.out, ...rest])
  if (browser) {
    // the same export as `npm run export` (browser lookup, blank-page check)
    await run(process.execPath, [fileURLToPath(new URL('./export.mjs', import.meta.url)), '--output', `${values.out}/${PDF_NAME}`])
  }
  console.log(`\nBuilt ${values.out}/ for base ${base}${browser ? ` with ${PDF_NAME}` : ' (no PDF: --no-pdf)'}.`)
  console.log(`Preview it on loopback: npm run preview -- --dir ${values.out}`)
}
catch (error) {
  console.error(error.message)
  if (error.name === 'BrowserNotFoundError')
    console.error('  - or build without the PDF download: npm run build -- --no-pdf')
  process.exit(1)
}
