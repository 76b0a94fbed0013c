import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { TEST_BASE } from '../../scripts/build-config.mjs'
import { editionOfFlag } from '../../scripts/editions.mjs'
import { startStaticServer } from '../../scripts/static-server.mjs'

// Build the deck the way a host would (a sub-path base, with the PDF), then serve dist-test/ on
// loopback like a plain static host. DECK_SKIP_BUILD=1 reuses an existing dist-test/ while iterating.
// DECK_TEST_DIST picks another folder, so two checkouts' suites (or two people iterating) don't share one.
// The build holds both editions; DECK_LANG=en points the tests at the English one (`<base>en/`).
export const TEST_DIST = process.env.DECK_TEST_DIST || 'dist-test'

export default async function globalSetup() {
  const root = resolve(import.meta.dirname, '../..')
  const dist = resolve(root, TEST_DIST)
  const edition = editionOfFlag(process.env.DECK_LANG || 'zh')
  if (!process.env.DECK_SKIP_BUILD || !existsSync(resolve(dist, 'index.html')) || !existsSync(resolve(dist, 'en', 'index.html'))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--base', TEST_BASE, '--out', TEST_DIST], { cwd: root, stdio: 'inherit' })
    if (r.status !== 0)
      throw new Error(`building the deck failed (exit ${r.status}); see the output above`)
  }
  const server = await startStaticServer({ dir: dist })
  process.env.DECK_URL = `${server.url}${edition.subPath}`
  process.env.DECK_ORIGIN = server.origin
  process.env.DECK_DIST = resolve(dist, edition.subPath)
  /** where the Chinese edition is, for tests that cross from one edition to the other */
  process.env.DECK_ROOT_URL = server.url
  return async () => {
    await server.close()
  }
}
