// Types for the Slidev 52.20.1 client modules that setup/slidev-internals.ts imports through the
// `slidev-internal:` alias (vite.config.ts). Only what this deck uses is declared; the names and paths
// are checked against the installed sources by tests/unit/slidev-internals.test.ts.
/** Slidev's compile-time flag: the `pwa` option is on for this build (vite `define`). */
declare const __SLIDEV_FEATURE_PWA__: boolean

declare module 'slidev-internal:setup/pwa.ts' {
  import type { Ref } from 'vue'
  /** true from service-worker registration until Slidev's onOfflineReady (first install only) */
  export const pwaCaching: Ref<boolean>
  /** true for 4 s after onOfflineReady */
  export const pwaReady: Ref<boolean>
}

declare module 'slidev-internal:state/shared.ts' {
  /** The state presenter and audience windows share (dev: through the server; build: BroadcastChannel). */
  export interface SharedState {
    page: number
    clicks: number
    clicksTotal: number
    timer: { status: 'stopped' | 'running' | 'paused', slides: Record<number, { start?: number, end?: number }>, startedAt: number, pausedAt: number }
    lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  }
  export const sharedState: SharedState
}

declare module 'slidev-internal:composables/useNav.ts' {
  import type { SlideRoute } from '@slidev/types'
  import type { ComputedRef, Ref } from 'vue'
  export function useNav(): {
    /** every slide of the deck, in order (hidden and disabled ones left out) */
    slides: Ref<SlideRoute[]>
    currentSlideNo: ComputedRef<number>
    clicks: ComputedRef<number>
    total: ComputedRef<number>
    isPresenter: ComputedRef<boolean>
    isPrintMode: ComputedRef<boolean>
    /** the slides print/export mode renders */
    printRange: Ref<number[]>
  }
}

declare module 'slidev-internal:logic/slides.ts' {
  /** the slide a route parameter names: its number or its `routeAlias` */
  export function getSlide(no: number | string): { no: number } | undefined
}

declare module 'slidev-internal:state/storage.ts' {
  import type { Ref } from 'vue'
  /** the presenter's sync toggles (localStorage `slidev-sync-directions`) */
  export const syncDirections: Ref<{ viewerSend: boolean, viewerReceive: boolean, presenterSend: boolean, presenterReceive: boolean }>
}

declare module 'slidev-internal:constants.ts' {
  /** the click count Slidev's overview and print pages use for "the slide's last click" */
  export const CLICKS_MAX: number
  /** hosts whose audience window may drive the others (Slidev: a viewer elsewhere only follows) */
  export const TRUST_ORIGINS: string[]
}

declare module 'slidev-internal:composables/useClicks.ts' {
  import type { ClicksContext, SlideRoute } from '@slidev/types'
  import type { MaybeRefOrGetter } from 'vue'
  /** a slide's own clicks context, fixed at `current` (the overview and print pages pass CLICKS_MAX) */
  export function createFixedClicks(route?: SlideRoute, current?: MaybeRefOrGetter<number>): ClicksContext
}

declare module 'slidev-internal:internals/SlideContainer.vue' {
  import type { DefineComponent } from 'vue'
  /** scales its slot (the 980-wide canvas) to its own box, or to `width` */
  const SlideContainer: DefineComponent<{ width?: number, isMain?: boolean }>
  export default SlideContainer
}

declare module 'slidev-internal:internals/SlideWrapper.vue' {
  import type { ClicksContext, RenderContext, SlideRoute } from '@slidev/types'
  import type { DefineComponent } from 'vue'
  /** one slide, with its route, clicks and render context provided to everything inside it */
  const SlideWrapper: DefineComponent<{ clicksContext: ClicksContext, renderContext?: RenderContext, route: SlideRoute }>
  export default SlideWrapper
}

// ── Assistive technology (issue 12, setup/a11y.ts) ───────────────────────────────────────────────────
declare module 'slidev-internal:env.ts' {
  /** the headmatter as Slidev resolved it (#slidev/configs) */
  export const configs: { title: string, titleTemplate: string, slidesTitle: string }
}

declare module 'slidev-internal:logic/slides.ts' {
  import type { Ref } from 'vue'
  /** every slide's route, in order (as far as the deck reads it: `meta.slide.title` is its title, from frontmatter or first heading) */
  export const slides: Ref<{ no: number, meta: { slide: { title?: string } } }[]>
}

declare module 'slidev-internal:state/storage.ts' {
  import type { Ref } from 'vue'
  /** true: SlidesShow renders slide changes without a transition */
  export const disableTransition: Ref<boolean>
}
