// The Chinese deck's service worker, rewritten so it leaves the English edition nested in its scope alone
// (scripts/sw-editions.mjs). The e2e proof is tests/e2e/offline-editions.spec.ts; this checks the rewrite.
import { describe, expect, it } from 'vitest'
import { nestWorker, subPathPattern } from '../../scripts/sw-editions.mjs'

/** The tail of a sw.js as vite-plugin-pwa 1.x writes it for Slidev (generateSW, workbox 7). */
const GENERATED = `define(['./workbox-7e5eb42b'], (function (workbox) { 'use strict';
  self.skipWaiting();
  workbox.clientsClaim();
  workbox.precacheAndRoute([{
    "url": "index.html",
    "revision": "0123"
  }], {});
  workbox.cleanupOutdatedCaches();
  workbox.registerRoute(new workbox.NavigationRoute(workbox.createHandlerBoundToURL("index.html"), {
    denylist: [/^\\/(presenter|notes|overview|print|export)/]
  }));
}));
`

describe('the Chinese worker, nested editions kept out', () => {
  const out = nestWorker(GENERATED, '/talks/pretraining/', ['en/'])

  it('does not answer navigations into the English edition with the Chinese index.html', () => {
    const denylist = out.match(/denylist:\s*\[(.*)\]/)![1]!
     
    const patterns = (0, eval)(`[${denylist}]`) as RegExp[]
    const denied = (path: string) => patterns.some(p => p.test(path))
    expect(denied('/talks/pretraining/en/')).toBe(true)
    expect(denied('/talks/pretraining/en/index.html')).toBe(true)
    expect(denied('/talks/pretraining/')).toBe(false)
    expect(denied('/talks/pretraining/english-notes')).toBe(false)
  })

  it('replaces workbox\'s cache cleanup with one that spares the nested editions\' precaches', () => {
    expect(out).not.toContain('workbox.cleanupOutdatedCaches()')
    expect(out).toContain('["/talks/pretraining/en/"]')
    expect(out).toContain('caches.delete')
  })

  it('escapes a base with regex characters', () => {
    expect(subPathPattern('/a.b+c/', 'en/')).toBe('/^\\/a\\.b\\+c\\/en\\//')
  })

  it('refuses a worker whose generated code has changed shape, instead of shipping one that still fights', () => {
    expect(() => nestWorker(GENERATED.replace('NavigationRoute', 'Route'), '/', ['en/'])).toThrow(/NavigationRoute/)
    expect(() => nestWorker(GENERATED.replace('workbox.cleanupOutdatedCaches();', ''), '/', ['en/'])).toThrow(/cleanupOutdatedCaches/)
  })
})
