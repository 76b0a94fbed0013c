// The offline cache, later (issue 14). Slidev registers its service worker (vite-plugin-pwa, `pwa: build`)
// as soon as the app has set up, and the worker then precaches the whole built deck (≈6.5 MB) while the
// first slide is still loading: on a phone most of the bytes of the first visit, competing with the first
// paint for the network and the CPU. vite-plugins/defer-sw.ts points Slidev's `import('virtual:pwa-register')`
// at this module instead; `registerSW` here waits until the page has loaded, Slidev's own "preload every
// slide" (3 s after start) has had its turn, and the browser is idle, then loads the real module
// (workbox-window, no longer before the first slide) and registers with the same options.
// Offline after the first visit still works: the worker installs a few seconds after the deck opened.

/** The options Slidev passes (vite-plugin-pwa's RegisterSWOptions, the part used here). */
export interface RegisterSWOptions {
  immediate?: boolean
  onNeedReload?: () => void
  onNeedRefresh?: () => void
  onOfflineReady?: () => void
  onRegistered?: (registration: ServiceWorkerRegistration | undefined) => void
  onRegisteredSW?: (swScriptUrl: string, registration: ServiceWorkerRegistration | undefined) => void
  onRegisterError?: (error: unknown) => void
}
type RegisterSW = (options?: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>

/** ms after `load` before the registration: past Slidev's preload of every slide, 3 s after it starts */
export const SW_DELAY_AFTER_LOAD_MS = 3500
/** the longest the idle wait may take once the delay is over */
export const SW_IDLE_TIMEOUT_MS = 5000

let registering: Promise<void> | undefined
let resolveRegistering: (() => void) | undefined
const registeringPromise = new Promise<void>(resolve => (resolveRegistering = resolve))

/** Resolves once the worker's registration has been asked for (offline-status.ts waits for it). */
export function whenRegistering(): Promise<void> {
  return registeringPromise
}

/** Resolves after `load`, then `delayMs`, then an idle period (or `idleTimeoutMs`). */
export function whenLoadedAndIdle(delayMs = SW_DELAY_AFTER_LOAD_MS, idleTimeoutMs = SW_IDLE_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if ('requestIdleCallback' in window)
        requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs })
      else
        setTimeout(resolve, 0)
    }
    const afterLoad = () => setTimeout(idle, delayMs)
    if (document.readyState === 'complete')
      afterLoad()
    else
      addEventListener('load', afterLoad, { once: true })
  })
}

/** Same signature as vite-plugin-pwa's registerSW: registers later, returns its update function. */
export function registerSW(options: RegisterSWOptions = {}): (reloadPage?: boolean) => Promise<void> {
  let update: ((reloadPage?: boolean) => Promise<void>) | undefined
  registering ??= whenLoadedAndIdle().then(async () => {
    // vite-plugin-pwa's own module: defer-sw.ts lets this one import through
    // @ts-expect-error a virtual module of vite-plugin-pwa (typed by RegisterSW here)
    const real = (await import('virtual:pwa-register')) as { registerSW: RegisterSW }
    update = real.registerSW(options)
    resolveRegistering?.()
  })
  return async (reloadPage?: boolean) => {
    await registering
    await update?.(reloadPage)
  }
}
