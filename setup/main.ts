// App setup (runs once per window, before the deck mounts).
import { defineAppSetup } from '@slidev/types'
import { DECK_WINDOW_ATTR } from '../scripts/build-config.mjs'
import { setupChartSync } from './chart-sync'
import { setupOfflineStatus } from './offline-status'
import { setupPrintCheck } from './print-check'
import { PRESENTER_ROUTE } from './slidev-internals'

export default defineAppSetup(({ app, router }) => {
  // <html data-deck-window="presenter|audience">: the inline script vite.config.ts adds under the dev
  // server sets it at load; keep it right when the router moves (pushState fires no event)
  router.afterEach((to) => {
    document.documentElement.setAttribute(DECK_WINDOW_ATTR, to.name === PRESENTER_ROUTE ? 'presenter' : 'audience')
  })
  setupOfflineStatus(router)
  setupPrintCheck(app)
  setupChartSync(app, router)
})
