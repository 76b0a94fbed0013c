// The internals of Slidev 52.20.1 (and of Vite, which it runs on) that this project's scripts and
// setup code rely on: DOM classes, texts, query parameters, module paths. They are not public API and
// may change in any Slidev release, so they are named here, in this one file, and
// tests/unit/slidev-internals.test.ts checks each of them against the installed @slidev/* sources: an
// upgrade that renames one fails that test instead of silently switching a check off.
// (The client-side imports of Slidev modules go through setup/slidev-internals.ts, checked by the same test.)

/** The exact @slidev/cli version these internals were read from. */
export const SLIDEV_VERSION = '52.20.1'

/**
 * Slidev's error layout (@slidev/client/layouts/error.vue) renders one of these texts in place of a
 * slide whose code failed to load: the first under a dev/export server, the second in a build.
 */
export const SLIDE_ERROR_TEXTS = [
  'An error occurred on this slide. Check the terminal for more information.',
  'Failed to fetch this slide. Please check your network connection.',
]

/** What Slidev's slide loader logs (console.error) with the real cause when a slide's code fails to load. */
export const SLIDE_LOAD_ERROR_LOG = 'slide failed to load'

/**
 * Slidev's slide loaders (@slidev/cli, virtual module /@slidev/slides:
 * `componentsCache[${idx}] ??= await import('/@slidev/slides/${no}/md')`) as they come out of the
 * production build, minified: `I[4]??=await P(()=>import(\`./md-E3MX_CVX.js\`)…`. Group 1 is the
 * slide's index (slide number − 1), group 2 its chunk file.
 */
export const SLIDE_LOADER_BUILT = /\[(\d+)\]\?\?=await [\w$]+\(\(\)=>import\([`'"]\.\/([\w.-]+\.js)[`'"]\)/g

/** The root class of every Slidev layout (its own and the theme's): a slide whose code has loaded. */
export const SLIDE_LAYOUT_CLASS = 'slidev-layout'

/** Each slide's wrapper carries `slidev-page` and `slidev-page-<no>` (@slidev/client/utils.ts getSlideClass)… */
export const SLIDE_PAGE_CLASS = 'slidev-page'
export const SLIDE_PAGE_CLASS_PREFIX = 'slidev-page-'
/** …and this attribute (@slidev/client/internals/SlideWrapper.vue), in play and in print mode. */
export const SLIDE_NO_ATTR = 'data-slidev-no'

/** Mermaid renders into this element, which is empty when it is done (@slidev/client/index.html). */
export const MERMAID_CONTAINER_ID = 'mermaid-rendering-container'

/**
 * A slide's component and module are named after its source, `<file>.md__slidev_<no>` (@slidev/cli), and
 * under a dev server it loads from `/@slidev/slides/<no>/md`: group 1 or 2 is the slide number.
 */
export const SLIDE_NAME_PATTERN = /__slidev_(\d+)|\/@slidev\/slides\/(\d+)\//

/** A slide that is still loading (@slidev/client/internals/SlideLoading.vue). */
export const SLIDE_LOADING_CLASS = 'slidev-slide-loading'

/**
 * `slidev export`, after the print page reached network idle, waits (up to Playwright's 30 s) for every
 * `[data-waitfor="<selector>"]` element on the page to hold a visible match of its selector
 * (@slidev/cli export: `slide.locator("[data-waitfor]")`); a timeout makes the export exit 1.
 */
export const EXPORT_WAITFOR_ATTR = 'data-waitfor'

/** Slidev's "Caching for offline…" / "Ready offline" badge (@slidev/client/internals/PwaIndicator.vue). */
export const PWA_INDICATOR_CLASS = 'slidev-pwa-indicator'

/** One printed slide in print/export mode (@slidev/client/internals/PrintSlide*.vue); its id is `<no>-<click>`, e.g. `012-01`. */
export const PRINT_SLIDE_CLASS = 'print-slide-container'

/**
 * `slidev export` with the hash router puts `?print&range=…` before the hash
 * (@slidev/cli export: `${base}?${query}#${no}`), while the client reads `range` from the router's
 * query, i.e. after the hash. setup/root.ts reads it from the search part too.
 */
export const PRINT_RANGE_PARAM = 'range'

/** The custom element of Vite's error overlay (vite/dist/client/client.mjs). */
export const VITE_OVERLAY_TAG = 'vite-error-overlay'

/**
 * Slidev client modules setup/slidev-internals.ts imports, as `slidev-internal:<path>` (vite.config.ts
 * aliases that prefix to @slidev/client and keeps these out of dependency pre-bundling, like Slidev does
 * for its own client).
 */
export const CLIENT_MODULES = [
  'constants.ts',
  'env.ts',
  'composables/useClicks.ts',
  'composables/useNav.ts',
  'internals/SlideContainer.vue',
  'internals/SlideWrapper.vue',
  'logic/slides.ts',
  'setup/pwa.ts',
  'state/shared.ts',
  'state/storage.ts',
]
export const CLIENT_MODULE_PREFIX = 'slidev-internal:'

// ── Assistive technology (issue 12, setup/a11y.ts and styles/a11y.css) ─────────────────────────────────

/** The route of the slide view, `/:no` (@slidev/client/setup/routes.ts): the one that announces slides. */
export const PLAY_ROUTE = 'play'

/** The scaled slide canvas in the slide view and the presenter's current pane (internals/SlideContainer.vue, `is-main`). */
export const SLIDE_CONTENT_ID = 'slide-content'

/**
 * The slide view's navigation bar (internals/NavControls.vue, a <nav>), which pages/play.vue puts in the
 * `controls` slot of the main SlideContainer, `#slide-container`, next to the slide canvas.
 */
export const SLIDE_NAV_SELECTOR = '#slide-container nav'

/** Slidev's icon button (internals/IconButton.vue): a <button> (or link) with a `sr-only` copy of its title. */
export const ICON_BUTTON_CLASS = 'slidev-icon-btn'

/**
 * Slidev's menu button (internals/MenuButton.vue) wraps its `button` slot, an IconButton, in a <button>
 * of its own: a button inside a button (axe nested-interactive). This finds the inner one.
 */
export const NESTED_ICON_BUTTON = `nav button > button.${ICON_BUTTON_CLASS}`

/**
 * What v-click / v-clicks / v-after put on an element not yet revealed (@slidev/client/constants.ts
 * CLASS_VCLICK_HIDDEN; styles/vclick.css hides it with opacity only), on every click target
 * (CLASS_VCLICK_TARGET: `transition: all`, which also carries `visibility`), and the "fade" animation,
 * which leaves a hidden item visible at half opacity.
 */
export const VCLICK_HIDDEN_CLASS = 'slidev-vclick-hidden'
export const VCLICK_TARGET_CLASS = 'slidev-vclick-target'
export const VCLICK_FADE_CLASS = 'slidev-vclick-anim-fade'

/**
 * The nav bar's slide count, " / 55" (internals/NavControls.vue: `<span class="opacity-50 text-sm">`): at
 * 50 % opacity it falls under 4.5:1 (axe color-contrast) once the bar shows, e.g. when a skip link focuses it.
 */
export const NAV_TOTAL_SELECTOR = 'nav .opacity-50.text-sm'

/** Every Slidev class styles/a11y.css names (the unit test holds the stylesheet to this list). */
export const A11Y_CSS_CLASSES = [ICON_BUTTON_CLASS, VCLICK_HIDDEN_CLASS, VCLICK_FADE_CLASS]

// ── Pacing (issue 13, setup/pacing.ts and components/presenter/) ────────────────────────────────────

/**
 * The presenter view's bottom bar (pages/presenter.vue: `<div class="bg-main h-full slidev-presenter …">`,
 * then `<div ref="bottomSection" class="grid-section bottom flex">` holding NavControls and the
 * stopwatch, TimerInlined): the pacing line is teleported into it, after the stopwatch. Only the
 * presenter page draws it, so the audience window, the print page and the reading view never get it.
 */
export const PRESENTER_BAR_SELECTOR = '.slidev-presenter .grid-section.bottom'
