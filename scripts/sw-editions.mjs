// Two service workers, one inside the other's scope (issue 15): the Chinese deck's worker controls
// `<base>`, the English deck's `<base>en/`. Left as vite-plugin-pwa writes them, they fight:
//   1. the Chinese worker answers every navigation in its scope with its own index.html (workbox's
//      navigateFallback), so `<base>en/` would open the Chinese deck until the English worker is installed,
//      and offline it always would;
//   2. its cleanupOutdatedCaches() deletes any `-precache-` cache whose name contains its scope URL and is
//      not its own: the English worker's cache name (`workbox-precache-v2-<base>en/`) contains it, so
//      installing the Chinese deck would throw away the English deck's offline copy.
// Slidev does not let a deck pass workbox options, so after the build this rewrites the Chinese sw.js:
// the English sub-path joins the navigation fallback's denylist, and the cache cleanup keeps to caches
// that are not a nested edition's. Each rewrite fails loudly if the generated code no longer has the shape
// it expects (a Slidev or vite-plugin-pwa upgrade), instead of shipping a worker that still fights.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const FALLBACK = /(new workbox\.NavigationRoute\(workbox\.createHandlerBoundToURL\("index\.html"\),\s*\{\s*denylist:\s*\[)/
const CLEANUP = /workbox\.cleanupOutdatedCaches\(\);/

/** A JS regex literal matching paths under `<base><subPath>`. */
export function subPathPattern(base, subPath) {
  return `/^${`${base}${subPath}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`
}

/**
 * The Chinese worker's code with the nested editions kept out of it.
 * @param {string} code sw.js as vite-plugin-pwa wrote it
 * @param {string} base the Chinese deck's base, e.g. /talks/pretraining/
 * @param {string[]} subPaths the nested editions, e.g. ['en/']
 */
export function nestWorker(code, base, subPaths) {
  if (!FALLBACK.test(code))
    throw new Error('sw.js: no workbox NavigationRoute with a denylist to keep the English edition out of (has vite-plugin-pwa changed?)')
  if (!CLEANUP.test(code))
    throw new Error('sw.js: no workbox.cleanupOutdatedCaches() call to scope (has vite-plugin-pwa changed?)')
  const patterns = subPaths.map(p => subPathPattern(base, p))
  const nested = JSON.stringify(subPaths.map(p => new URL(`${base}${p}`, 'https://x').pathname))
  const cleanup = `/* deck (scripts/sw-editions.mjs): workbox's cleanupOutdatedCaches, minus the nested editions' caches */
  self.addEventListener('activate', (event) => {
    // workbox-core's name for this worker's precache: prefix, id and the scope as suffix (cacheNames.ts)
    const current = 'workbox-precache-v2-' + self.registration.scope
    const nested = ${nested}.map(p => new URL(p, self.registration.scope).href)
    event.waitUntil(caches.keys().then(names => Promise.all(names
      .filter(n => n.includes('-precache-') && n.includes(self.registration.scope) && n !== current && !nested.some(s => n.includes(s)))
      .map(n => caches.delete(n)))))
  });`
  return code
    .replace(FALLBACK, `$1${patterns.join(', ')}, `)
    .replace(CLEANUP, cleanup)
}

/** Rewrite `<dir>/sw.js` in place (the Chinese deck's worker). */
export function nestEditionWorkers(dir, base, subPaths) {
  const file = join(dir, 'sw.js')
  writeFileSync(file, nestWorker(readFileSync(file, 'utf8'), base, subPaths))
}
