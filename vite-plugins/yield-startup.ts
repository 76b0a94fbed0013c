// Build only (issue 14): Slidev's entry (@slidev/client/main.ts) evaluates every startup module, creates
// the app, runs the setups and mounts it, all in one task. With the first slide prerendered into
// index.html (scripts/prerender.mjs) that task no longer comes before the first paint but after it, where
// it blocks input: on a phone's CPU one long task of several hundred ms. Here the entry gives the browser
// a turn (a new task) before the setups and, before the mount, waits for a painted frame, so the work comes
// in three shorter tasks, a key press in between is handled, and the cover is on screen before the mount
// (on a busy CPU the mount could otherwise run before the browser ever painted the prerender).
import type { Plugin } from 'vite'

export const SLIDEV_MAIN = `async function main() {
  const app = createApp(App)
  await setupMain(app)
  app.mount('#app')
}`

export const YIELDING_MAIN = `// vite-plugins/yield-startup.ts: a new task before the setups; before the mount, a painted frame (the
// prerendered cover is on screen before the mount's long task), or 100 ms where no frame comes (a tab
// in the background)
const nextTask = () => new Promise<void>(resolve => setTimeout(resolve, 0))
const nextFrame = () => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, 100)
  requestAnimationFrame(() => setTimeout(() => {
    clearTimeout(timer)
    resolve()
  }, 0))
})
async function main() {
  await nextTask()
  const app = createApp(App)
  await setupMain(app)
  await nextFrame()
  app.mount('#app')
}`

/** Slidev's main.ts with the yields; throws when Slidev's code is not the one this was written for. */
export function yieldingMain(code: string): string {
  if (!code.includes(SLIDEV_MAIN))
    throw new Error('deck:yield-startup: @slidev/client/main.ts is not Slidev 52\'s; update vite-plugins/yield-startup.ts')
  return code.replace(SLIDEV_MAIN, YIELDING_MAIN)
}

export function yieldStartupPlugin(): Plugin {
  return {
    name: 'deck:yield-startup',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@slidev[\\/]client[\\/]main\.ts$/.test(id))
        return null
      return { code: yieldingMain(code), map: null }
    },
  }
}
