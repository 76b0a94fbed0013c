#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find.
//   1. a browser (CHROME_PATH, Playwright's, system Chromium; tries to install one when missing)
//   2. lint  3. type check  4. unit tests (vitest)
//   5. e2e on the built deck + the real PDF export (playwright; builds dist-test/ itself, both editions)
//   6. the same e2e suite on the English edition (issue 15: DECK_LANG=en, the build of step 5): the
//      projects that test the deck itself (slides, charts, hosting, offline, PDF), not the tooling ones
//      (export commands, dev server, planted faults), which do not depend on the edition
// Stops at the first failing step and names it.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { ensureBrowser } from './browser.mjs'

/**
 * The Playwright projects that run again on the English edition: every spec of the light project (slides,
 * charts, hosting, reader, a11y, legibility, pacing, prerender…), offline and the PDF exports. The dark
 * project's specs are colour checks of the same components (≈ 7 min more on two cores): run them with
 * `DECK_LANG=en DECK_SKIP_BUILD=1 npx playwright test --project=dark`.
 */
const EN_PROJECTS = ['light', 'offline', 'export']

const steps = [
  ['lint', ['npx', 'eslint', '.']],
  ['typecheck', ['npx', 'vue-tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['e2e + export tests', ['npx', 'playwright', 'test']],
  ['e2e on the English edition', ['npx', 'playwright', 'test', ...EN_PROJECTS.map(p => `--project=${p}`)], { DECK_LANG: 'en', DECK_SKIP_BUILD: '1' }],
]

let browser
try {
  browser = await ensureBrowser({ install: true })
}
catch (error) {
  console.error(`\n✗ npm test needs a browser.\n${error.message}`)
  process.exit(1)
}
console.log(`[test] browser: ${browser.path} (${browser.via})`)
const env = { ...process.env, CHROME_PATH: browser.path }

const only = process.argv.slice(2)
let passed = 0
for (const [name, [cmd, ...args], extraEnv] of steps) {
  if (only.length && !only.some(o => name.startsWith(o)))
    continue
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`)
  const started = Date.now()
  if (extraEnv)
    console.log(`   with ${Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`).join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status}, ${secs}s)`)
    console.log(`test steps: ${passed} passed, 1 failed`)
    process.exit(1)
  }
  console.log(`✓ ${name} (${secs}s)`)
  passed++
}
console.log(`\ntest steps: ${passed} passed, 0 failed`)
