import type { ClicksContext, RenderContext } from '@slidev/types'
import type { Ref } from 'vue'
import { injectionClicksContext, injectionRenderContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { computed, inject, onMounted, ref } from 'vue'

/**
 * Click-driven steps for a chart.
 *
 * - On a live slide (play or presenter) the step is the slide's current click, so the
 *   presenter and audience windows stay in step. The slide declares `clicks: N` in its frontmatter.
 * - In overview, print and export the clicks context is already at its final value
 *   (or at each step with `export --with-clicks`), so the same rule renders the right state.
 * - Outside Slidev (unit tests, a plain Vue app) there is no clicks context: the final state.
 *
 * `animate` is true only on a live slide and when the reader has not asked for reduced motion.
 * `ready` flips after mount: charts expose it as `data-ready` so the exporter can wait for it.
 */
/**
 * Slidev's print page (PDF/PNG export: `?print=true`, `?print=clicks` with --with-clicks; the export
 * route `#/export`) renders each slide with a fixed nav that has no `isPrintMode`, in render context
 * 'slide'. Without this an export could catch an animation half-way.
 */
export function onPrintPage(): boolean {
  return typeof window !== 'undefined'
    && (new URLSearchParams(window.location.search).has('print') || /^#\/?export\b/.test(window.location.hash))
}

export function useChartSteps(total: number) {
  const clicks = inject(injectionClicksContext, null) as Ref<ClicksContext> | null
  const renderContext = inject(injectionRenderContext, null) as Ref<RenderContext> | null
  const slidev = inject(injectionSlidevContext, null)

  const step = computed(() => {
    if (!clicks)
      return total
    const current = clicks.value.current
    return Math.max(0, Math.min(total, Number.isFinite(current) ? current : total))
  })

  const live = computed(() => {
    // print/export renders with render context 'slide' too, so ask the nav as well; the export's print
    // page gives each slide a fixed nav without `isPrintMode`, so ask the URL the way Slidev does
    if (slidev?.nav?.isPrintMode || onPrintPage())
      return false
    const ctx = renderContext?.value
    return ctx === 'slide' || ctx === 'presenter'
  })

  const reducedMotion = ref(false)
  const ready = ref(false)
  onMounted(() => {
    reducedMotion.value = typeof window !== 'undefined'
      && typeof window.matchMedia === 'function'
      && window.matchMedia('(prefers-reduced-motion: reduce)').matches
    ready.value = true
  })

  const animate = computed(() => live.value && !reducedMotion.value)

  /** true once the chart has reached step `n` */
  const reached = (n: number) => step.value >= n

  return { step, live, animate, ready, reached }
}
