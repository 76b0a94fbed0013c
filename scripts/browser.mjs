// Finds a Chromium for export, build and tests, in this order:
//   1. CHROME_PATH (an explicit choice; an error if it points nowhere)
//   2. Playwright's own download (node_modules/playwright-chromium; not fetched at install, see package.json)
//   3. a system Chromium (Debian's `chromium` package: /usr/bin/chromium)
// `ensureBrowser({ install: true })` may try to get one: Playwright's installer, then, as root on
// Debian/Ubuntu, `apt-get install -y chromium`. Without a browser it throws one message saying how to get one.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable']

export const HOW_TO_GET_ONE = [
  'No Chromium found for export and tests. Get one of:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - with internet: npx playwright install chromium',
  '  - an existing Chrome/Chromium: export CHROME_PATH=/path/to/chrome',
].join('\n')

export class BrowserNotFoundError extends Error {
  constructor(detail = '') {
    super(detail ? `${detail}\n${HOW_TO_GET_ONE}` : HOW_TO_GET_ONE)
    this.name = 'BrowserNotFoundError'
  }
}

const require = createRequire(import.meta.url)

function playwrightOwn() {
  try {
    const { chromium } = require('playwright-chromium')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  }
  catch {
    return null
  }
}

/** Why `path` cannot be launched as a browser, or null. */
function notAnExecutable(path) {
  if (!existsSync(path))
    return 'no file is there'
  if (statSync(path).isDirectory())
    return 'that is a folder: point it at the browser program inside it (e.g. …/chrome-linux/chrome or /usr/bin/chromium)'
  // (mode bits, not access(X_OK): as root that passes for any file)
  if (process.platform !== 'win32' && (statSync(path).mode & 0o111) === 0)
    return 'that file is not executable'
  return null
}

/** @returns {{ path: string, via: 'CHROME_PATH' | 'playwright' | 'system' }} */
export function findBrowser() {
  const explicit = process.env.CHROME_PATH
  if (explicit) {
    const problem = notAnExecutable(explicit)
    if (problem)
      throw new BrowserNotFoundError(`CHROME_PATH is set to ${explicit}, but ${problem}.`)
    return { path: explicit, via: 'CHROME_PATH' }
  }
  const own = playwrightOwn()
  if (own)
    return { path: own, via: 'playwright' }
  const system = SYSTEM_PATHS.find(p => existsSync(p))
  if (system)
    return { path: system, via: 'system' }
  throw new BrowserNotFoundError()
}

function tryRun(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: 10 * 60_000 })
  return r.status === 0
}

function isDebianLikeRoot() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return false
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' })
    return true
  }
  catch {
    return false
  }
}

export async function ensureBrowser({ install = false } = {}) {
  try {
    return findBrowser()
  }
  catch (error) {
    if (!install || process.env.CHROME_PATH)
      throw error
  }
  console.log('[browser] no Chromium found; trying Playwright\'s installer…')
  tryRun('npx', ['--no-install', 'playwright', 'install', 'chromium'])
  if (!playwrightOwn() && isDebianLikeRoot()) {
    console.log('[browser] trying Debian\'s chromium package…')
    tryRun('apt-get', ['update', '-qq'])
    tryRun('apt-get', ['install', '-y', '-qq', 'chromium'])
  }
  return findBrowser()
}

/** Flags for Chromium on a headless CI box (root, no network beyond loopback). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = await ensureBrowser({ install: process.argv.includes('--install') })
    console.log(`${found.path} (${found.via})`)
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
