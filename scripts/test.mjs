#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find.
//   1. a browser (CHROME_PATH, Playwright's, system Chromium; tries to install one when missing)
//   2. lint  3. type check  4. unit tests (vitest)
//   5. e2e on the built deck + the real PDF export (playwright; builds dist-test/ itself)
// Stops at the first failing step and names it.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { ensureBrowser } from './browser.mjs'

const steps = [
  ['lint', ['npx', 'eslint', '.']],
  ['typecheck', ['npx', 'vue-tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['e2e + export tests', ['npx', 'playwright', 'test']],
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
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.some(o => name.startsWith(o)))
    continue
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
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
