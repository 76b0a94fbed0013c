// The one place the deck's setup code reaches into Slidev 52.20.1's client. These modules are not
// Slidev's public API: tests/unit/slidev-internals.test.ts checks every path and name below (and the
// DOM classes and texts in scripts/slidev-internals.mjs) against the installed sources, so an upgrade
// that moves one fails there first. Types: setup/slidev-internal-modules.d.ts; alias: vite.config.ts.
import { createFixedClicks } from 'slidev-internal:composables/useClicks.ts'
import SlideContainer from 'slidev-internal:internals/SlideContainer.vue'
import SlideWrapper from 'slidev-internal:internals/SlideWrapper.vue'

export { CLICKS_MAX, TRUST_ORIGINS } from 'slidev-internal:constants.ts'
export { useNav } from 'slidev-internal:composables/useNav.ts'
export { getSlide } from 'slidev-internal:logic/slides.ts'
export { pwaCaching, pwaReady } from 'slidev-internal:setup/pwa.ts'
export { sharedState } from 'slidev-internal:state/shared.ts'
export { syncDirections } from 'slidev-internal:state/storage.ts'
export type { SharedState } from 'slidev-internal:state/shared.ts'
export * from '../scripts/slidev-internals.mjs'

// The reading view (components/reader/, issue 12) draws every slide the way Slidev's overview page does:
// SlideWrapper in a SlideContainer, with a fixed clicks context at the last click (CLICKS_MAX).
export { createFixedClicks, SlideContainer, SlideWrapper }

/** Route names from @slidev/client/setup/routes.ts */
export const PRESENTER_ROUTE = 'presenter'


/**
 * Under the dev server, sharedState is a vite-plugin-vue-server-ref object (`server-reactive:nav`):
 * every change is POSTed to the server unless this flag, a property the plugin defines on it, is false.
 */
export const SERVER_REF_SYNC_UP = '$syncUp'

// ── Assistive technology (issue 12, setup/a11y.ts) ───────────────────────────────────────────────────
// the headmatter (titleTemplate), every slide's route (its title), Slidev's own switch for slide
// transitions (its snapshot tool turns it on and off), and the head manager Slidev sets the title with
export { configs } from 'slidev-internal:env.ts'
export { slides } from 'slidev-internal:logic/slides.ts'
export { disableTransition } from 'slidev-internal:state/storage.ts'
export { useHead } from '@unhead/vue'
