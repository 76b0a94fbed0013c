#!/usr/bin/env node
// `npm run export[:dark|:png|:pptx|:notes]`: runs the real `slidev export` with the browser that
// scripts/browser.mjs finds, writing into exports/. Extra arguments go straight to slidev, e.g.
//   npm run export -- --with-clicks        npm run export -- --range 1-5
// --notes exports the speaker notes (presenter print view) to a PDF with the same browser.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { freePort } from './free-port.mjs'
import { blankPages } from './pdf-check.mjs'
import { run } from './run.mjs'

const BASENAME = 'pretraining-will-end'
const OUT_DIR = resolve(process.cwd(), 'exports')

const { values, tokens } = parseArgs({
  allowPositionals: true,
  strict: false,
  tokens: true,
  options: {
    dark: { type: 'boolean' },
    notes: { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
})

function passthrough() {
  // everything we don't consume ourselves goes to slidev as-is
  const mine = new Set(['dark', 'notes', 'format', 'output'])
  const out = []
  for (const t of tokens) {
    if (t.kind === 'positional')
      out.push(t.value)
    else if (t.kind === 'option' && !mine.has(t.name))
      out.push(...(t.inlineValue ? [`${t.rawName}=${t.value}`] : [t.rawName, ...(t.value !== undefined ? [t.value] : [])]))
  }
  return out
}

async function exportNotes(browserPath, output) {
  // Same pipeline as `slidev export-notes` (a server in export mode, whose /presenter/print route
  // lists every slide's notes), but with the browser we found: export-notes cannot take one.
  const { chromium } = await import('playwright-chromium')
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: 'slides.md' }, 'export')
  const port = await freePort()
  const server = await createServer(options, { server: { port, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen(port)
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    const route = options.data.config.routerMode === 'hash' ? '#/presenter/print' : 'presenter/print'
    await page.goto(`http://127.0.0.1:${port}/${route}`, { waitUntil: 'networkidle', timeout: 60_000 })
    await page.waitForSelector('#page-root', { timeout: 30_000 })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  let browser
  try {
    browser = findBrowser()
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
  mkdirSync(OUT_DIR, { recursive: true })
  const format = values.format ?? 'pdf'
  const suffix = values.dark ? '-dark' : ''
  if (values.notes) {
    const output = values.output ?? resolve(OUT_DIR, `${BASENAME}-notes.pdf`)
    await exportNotes(browser.path, output)
    console.log(`notes exported to ${output}`)
    return
  }
  const output = values.output ?? (format === 'png'
    ? resolve(OUT_DIR, `png${suffix}`)
    : resolve(OUT_DIR, `${BASENAME}${suffix}.${format}`))
  const args = [
    'slidev',
    'export',
    '--format',
    format,
    '--output',
    output,
    '--executable-path',
    browser.path,
    ...(values.dark ? ['--dark'] : []),
    ...passthrough(),
  ]
  console.log(`[export] ${format}${values.dark ? ' (dark)' : ''} with ${browser.path} (${browser.via}) → ${output}`)
  await run('npx', args)
  if (format !== 'pdf')
    return
  // A PDF that exists is no proof: Slidev's exporter has printed blank pages when the page was still
  // (re)loading. Check every page has text; export once more if not, then give up loudly.
  let check = await blankPages(output)
  if (check.blank.length) {
    console.warn(`[export] pages ${check.blank.join(', ')} of ${check.pages} came out blank; exporting again`)
    await run('npx', args)
    check = await blankPages(output)
  }
  if (check.blank.length)
    throw new Error(`[export] ${output}: pages ${check.blank.join(', ')} of ${check.pages} are blank`)
  console.log(`[export] checked: ${check.pages} pages, none blank`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
