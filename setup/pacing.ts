// Pacing in the presenter view (issue 13). setup/root.ts calls setupPacing() inside Slidev's App, in every
// window; only a presenter window (route `presenter`, not print mode) does anything:
//   - it mounts components/presenter/PacingPanel.vue (into a container of its own on <body>, with the
//     App's context so the component sees the router and Slidev's state); the panel teleports its line
//     into the presenter's bottom bar, next to the stopwatch. The audience window (`#/N`), the print page
//     and the reading view never mount it.
//   - while the stopwatch runs, it records the seconds spent on each slide in localStorage
//     (`deck:rehearsal`, nothing is sent anywhere).
// The arithmetic is in composables/pacing.ts; every Slidev name comes through setup/slidev-internals.ts.
import type { RehearsalRecord } from '../composables/pacing'
import { computed, getCurrentInstance, h, reactive, render, watch } from 'vue'
import PacingPanel from '../components/presenter/PacingPanel.vue'
import { buildPlan, pacing, parseRecord, plannedWindow, sample, serializeRecord, stopwatchSeconds } from '../composables/pacing'
import { slideTitle } from './a11y'
import { PACING, REHEARSAL_KEY } from './pacing-ids'
import { sharedState, slides, useNav } from './slidev-internals'

/** how often the presenter window samples the stopwatch (Slidev's own display ticks every 100 ms) */
export const TICK_MS = 250
export { PACING, REHEARSAL_KEY }

function loadRecord(): RehearsalRecord {
  try {
    return parseRecord(localStorage.getItem(REHEARSAL_KEY))
  }
  catch {
    return {}
  }
}

function saveRecord(record: RehearsalRecord) {
  try {
    if (Object.keys(record).length)
      localStorage.setItem(REHEARSAL_KEY, serializeRecord(record, new Date()))
    else
      localStorage.removeItem(REHEARSAL_KEY)
  }
  catch {
    // storage full or blocked: the record lives on in this window only
  }
}

/** What the presenter panel shows, filled by setupPacing() (one presenter window: one state). */
export const pacingState = reactive({
  now: Date.now(),
  record: {} as RehearsalRecord,
  /** planned time the stopwatch's zero stands for (see composables/pacing.ts `pacing`) */
  anchor: 0,
})

export function clearRecord() {
  pacingState.record = {}
  saveRecord({})
}

/** The plan, the stopwatch and the slide, as the panel reads them. */
export function usePacing() {
  const { currentSlideNo } = useNav()
  // each route's meta.slide carries the slide's frontmatter (@slidev/cli's /@slidev/slides/N/frontmatter module)
  const plan = computed(() => buildPlan(slides.value.map(r => ({
    no: r.no,
    title: slideTitle(r),
    frontmatter: (r.meta.slide as { frontmatter?: Record<string, unknown> }).frontmatter ?? {},
  }))))
  const status = computed(() => sharedState.timer.status)
  const elapsed = computed(() => stopwatchSeconds(sharedState.timer, pacingState.now))
  const state = computed(() => pacing(plan.value, currentSlideNo.value, elapsed.value, pacingState.anchor))
  const titleOf = (no: number) => slideTitle(slides.value.find(r => r.no === no))
  return { plan, status, elapsed, state, currentSlideNo, titleOf }
}

function recordWhileRunning(active: () => boolean) {
  const { plan, elapsed, currentSlideNo } = usePacing()
  pacingState.record = loadRecord()
  let last: { no: number, elapsed: number } | undefined
  let timer: ReturnType<typeof setInterval> | undefined

  const step = (no = currentSlideNo.value) => {
    pacingState.now = Date.now()
    const now = { no, elapsed: elapsed.value }
    if (sharedState.timer.status === 'running') {
      const next = sample(pacingState.record, last, now)
      if (next !== pacingState.record) {
        pacingState.record = next
        saveRecord(next)
      }
    }
    last = now
  }

  watch(() => active(), (on) => {
    clearInterval(timer)
    last = undefined
    if (on) {
      step()
      timer = setInterval(step, TICK_MS)
    }
  }, { immediate: true })
  // the time up to a move belongs to the slide being left
  watch(currentSlideNo, (no, from) => {
    if (!active())
      return
    step(from)
    last = { no, elapsed: elapsed.value }
  }, { flush: 'sync' })
  // where the stopwatch's zero sits in the plan: the planned start of the slide it started on
  watch(() => sharedState.timer.status, (status, from) => {
    if (status === 'running' && from === 'stopped')
      pacingState.anchor = plannedWindow(plan.value, currentSlideNo.value).start
    if (status === 'stopped')
      pacingState.anchor = 0
    pacingState.now = Date.now()
  })
}

export function setupPacing() {
  const { isPresenter, isPrintMode } = useNav()
  const app = getCurrentInstance()?.appContext
  const active = computed(() => isPresenter.value && !isPrintMode.value)
  recordWhileRunning(() => active.value)

  let container: HTMLElement | undefined
  watch(active, (on) => {
    if (on && !container) {
      container = document.createElement('div')
      container.id = PACING.rootId
      document.body.append(container)
      const vnode = h(PacingPanel)
      vnode.appContext = app ?? null
      render(vnode, container)
    }
    else if (!on && container) {
      render(null, container)
      container.remove()
      container = undefined
    }
  }, { immediate: true })
}
