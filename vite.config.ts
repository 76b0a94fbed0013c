// Slidev merges this into its own Vite config (build and dev server).
// Performance (issue 6, docs/performance.md): keep what the first slide does not need out of its path.
// Presenting and exporting (issue 10): `deckDevServer` below keeps Vite's error overlay off the
// audience window and collects what export pages find wrong with a slide.
import type { Plugin } from 'vite'
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { DECK_CHECK_PATH, DECK_EXPORT_REPORT_ENV, DECK_WINDOW_ATTR } from './scripts/build-config.mjs'
import { currentEntry, editionOfEntry } from './scripts/editions.mjs'
import { CLIENT_MODULE_PREFIX, CLIENT_MODULES, VITE_OVERLAY_TAG } from './scripts/slidev-internals.mjs'
import { deferServiceWorker } from './vite-plugins/defer-sw.ts'
import { fontSubsets } from './vite-plugins/font-subsets.ts'
import { gentlePreloadPlugin } from './vite-plugins/gentle-preload.ts'
import { yieldStartupPlugin } from './vite-plugins/yield-startup.ts'

// setup/slidev-internals.ts imports Slidev's client modules as `slidev-internal:<path>`: this alias
// finds the real file, while vue-tsc, unable to resolve the name, uses the types declared in
// setup/slidev-internal-modules.d.ts instead of type-checking Slidev's sources (which only compile inside
// Slidev's own build).
const slidevClient = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))

/**
 * Marks <html> with the window it is (presenter or audience) before anything else runs, and hides
 * Vite's error overlay (a compile error's stack and file paths, full screen) everywhere but in the
 * presenter window: the audience keeps the last good slide, the presenter and the terminal see the
 * error. setup/main.ts keeps the mark up to date when the router moves (pushState fires no event).
 */
const windowMark = `(function () {
  function mark() {
    var presenter = /^#\\/presenter(\\/|\\?|$)/.test(location.hash) || /\\/presenter(\\/|$)/.test(location.pathname)
    document.documentElement.setAttribute('${DECK_WINDOW_ATTR}', presenter ? 'presenter' : 'audience')
  }
  mark()
  addEventListener('hashchange', mark)
  addEventListener('popstate', mark)
})()`

function deckDevServer(): Plugin {
  return {
    name: 'deck:dev-server',
    apply: 'serve',
    configureServer(server) {
      // Slidev's dev server sends its own index.html (no transformIndexHtml): add the tags as it goes out
      const tags = `<script>${windowMark}</script><style>html:not([${DECK_WINDOW_ATTR}="presenter"]) ${VITE_OVERLAY_TAG} { display: none !important; }</style>`
      server.middlewares.use((req, res, next) => {
        if (req.method === 'GET' && req.headers.accept?.includes('text/html')) {
          const end = res.end.bind(res) as (...args: unknown[]) => typeof res
          res.end = ((chunk: unknown, ...rest: unknown[]) => {
            if (typeof chunk === 'string' && chunk.includes('slidev:version') && !chunk.includes(DECK_WINDOW_ATTR))
              chunk = chunk.replace('<head>', `<head>${tags}`)
            return end(chunk, ...rest)
          }) as typeof res.end
        }
        next()
      })
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'POST' || !req.url?.split('?')[0]!.endsWith(`/${DECK_CHECK_PATH}`))
          return next()
        let body = ''
        req.on('data', (chunk: Buffer) => (body += chunk.toString()))
        req.on('end', () => {
          try {
            const items = JSON.parse(body) as ({ slide?: number, problem: string } | { done: true, slides: number })[]
            const report = process.env[DECK_EXPORT_REPORT_ENV]
            for (const item of items) {
              if ('problem' in item)
                server.config.logger.error(`[deck] ${item.slide ? `slide ${item.slide}: ` : ''}${item.problem}`)
              if (report)
                appendFileSync(report, `${JSON.stringify(item)}\n`)
            }
          }
          catch (error) {
            server.config.logger.error(`[deck] unreadable slide report: ${String(error)}`)
          }
          res.statusCode = 204
          res.end()
        })
      })
    },
  }
}

/** The entry this Slidev runs on (slides.md or slides.en.md, issue 15): the font subsets depend on it. */
const entry = currentEntry()
const edition = editionOfEntry(entry)

export default defineConfig({
  plugins: [
    // only the @font-face rules (and font files) for characters the deck contains; woff2 only
    fontSubsets({ root: import.meta.dirname, entry, lang: edition.lang }),
    // the service worker registers once the first slide is up and the page idle (setup/sw-deferral.ts)
    deferServiceWorker({ root: import.meta.dirname }),
    // Slidev's "mount every slide 3 s after start": after load, one slide per idle period
    gentlePreloadPlugin(),
    // Slidev's start-up in three tasks instead of one (after the prerendered cover has painted)
    yieldStartupPlugin(),
    deckDevServer(),
  ],
  resolve: {
    alias: [{ find: new RegExp(`^${CLIENT_MODULE_PREFIX}(.*)$`), replacement: `/@fs${slidevClient}/$1` }],
  },
  optimizeDeps: {
    exclude: CLIENT_MODULES.map(m => `${CLIENT_MODULE_PREFIX}${m}`),
    // The charts' d3 modules are only imported by slides loaded later, so the dev server used to
    // discover them mid-load and re-optimize, which can reload the page while `slidev export` prints.
    include: ['d3-array', 'd3-format', 'd3-quadtree', 'd3-scale', 'd3-shape', 'uqr'],
  },
})
