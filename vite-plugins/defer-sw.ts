// Build only: Slidev's `import('virtual:pwa-register')` (its setup/pwa.ts) resolves to setup/sw-deferral.ts,
// which registers the service worker once the first slide is up and the page idle (issue 14). That
// module's own import of 'virtual:pwa-register' goes through to vite-plugin-pwa.
import type { Plugin } from 'vite'
import { join, normalize } from 'node:path'

export const PWA_REGISTER_ID = 'virtual:pwa-register'

/** Whether an import of `virtual:pwa-register` from `importer` goes to the deferral module instead. */
export function redirectsPwaRegister(id: string, importer: string | undefined, deferral: string): boolean {
  if (id !== PWA_REGISTER_ID || !importer)
    return false
  return normalize(importer.replace(/[?#].*$/, '')) !== normalize(deferral)
}

export function deferServiceWorker(options: { root: string }): Plugin {
  const deferral = join(options.root, 'setup/sw-deferral.ts')
  return {
    name: 'deck:defer-sw',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      return redirectsPwaRegister(id, importer, deferral) ? deferral : null
    },
  }
}
