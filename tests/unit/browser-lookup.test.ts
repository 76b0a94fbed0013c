// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// CHROME_PATH pointing at a folder used to pass the lookup (the path exists) and fail later in
// Playwright's launch with a raw dump; it now gets the same clear message as a missing file.
const ROOT = resolve(import.meta.dirname, '../..')
const lookup = (chromePath: string, script = 'scripts/browser.mjs', args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromePath }, timeout: 60_000 })

describe('CHROME_PATH', () => {
  it('pointing at a folder: one clear message, exit 1', () => {
    const r = lookup(ROOT)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`CHROME_PATH is set to ${ROOT}, but that is a folder`)
    expect(r.stderr).toContain('export CHROME_PATH=/path/to/chrome')
    expect(r.stderr).not.toMatch(/at .*\.m?js:\d+/) // no stack trace
  })
  it('pointing nowhere: the message it always gave', () => {
    const r = lookup('/nonexistent/chrome')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('CHROME_PATH is set to /nonexistent/chrome, but no file is there.')
  })
  it('the export says the same before doing anything', () => {
    const r = lookup(ROOT, 'scripts/export.mjs', ['--range', '1'])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('but that is a folder')
    expect(r.stderr).not.toMatch(/browserType\.launch|at .*\.m?js:\d+/)
  })
})
