// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { badBase } from '../../scripts/build-config.mjs'
import { startStaticServer } from '../../scripts/static-server.mjs'

// `npm run build -- --base "/a b/"` then `npm run preview`: Slidev writes the base into index.html as it
// is (`src="/a b/assets/…"`), the browser asks for `/a%20b/assets/…`; the preview server used to compare
// that encoded path with the raw base and answer 404 to every request.
describe('the preview server, for a build whose base has a space', () => {
  let dir: string
  let srv: Awaited<ReturnType<typeof startStaticServer>>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-base-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/a b/assets/index-x.js"></script>')
    writeFileSync(join(dir, 'assets', 'index-x.js'), 'export {}')
    srv = await startStaticServer({ dir })
  })
  afterAll(async () => {
    await srv.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the page and its assets under the encoded path', async () => {
    expect(srv.url).toMatch(/\/a%20b\/$/)
    for (const path of ['/a%20b/', '/a%20b/index.html', '/a%20b/assets/index-x.js'])
      expect((await fetch(srv.origin + path)).status, path).toBe(200)
  })
  it('redirects / to the base, and still 404s outside it', async () => {
    const root = await fetch(`${srv.origin}/`, { redirect: 'manual' })
    expect(root.status).toBe(302)
    expect(root.headers.get('location')).toBe('/a%20b/')
    expect((await fetch(`${srv.origin}/ab/index.html`)).status).toBe(404)
    expect((await fetch(`${srv.origin}/a%20b/%E0%A4%A`)).status).toBe(400)
  })
})

describe('--base', () => {
  it.each(['/', '/talks/pretraining/', '/a b/', '/演讲/'])('accepts %j', (base) => {
    expect(badBase(base)).toBeNull()
  })
  it.each([
    ['talks/', /start and end with "\/"/],
    ['/a?b/', /contains "\?"/],
    ['/a#b/', /contains "#"/],
    ['/a%20b/', /not %20/],
    ['/a//b/', /empty/],
    ['/../', /"\.\."/],
  ])('refuses %j, saying why', (base, message) => {
    expect(badBase(base)).toMatch(message)
  })
})
