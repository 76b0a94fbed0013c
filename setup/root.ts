// Root setup: runs inside Slidev's App component in every window, after Slidev's own navigation state.
import { parseRangeString } from '@slidev/parser/utils'
import { defineRootSetup } from '@slidev/types'
import { watch } from 'vue'
import { useRouter } from 'vue-router'
import { setupA11y } from './a11y'
import { keepPresenterOnJoin } from './late-window'
import { setupPacing } from './pacing'
import { PRINT_RANGE_PARAM, sharedState, useNav } from './slidev-internals'
import { keepWindowsInStep } from './windows-in-step'

/**
 * `slidev export --range 13-16` with the hash router opens `…/?print=true&range=13-16#print`, and
 * Slidev's client reads `range` from the router's query (after the #) only, so every slide was printed.
 * Read it from the search part too.
 */
function printOnlyTheRange() {
  const { isPrintMode, printRange, total } = useNav()
  if (!isPrintMode.value)
    return
  const hashQuery = new URLSearchParams(location.hash.split('?')[1] ?? '')
  const range = new URLSearchParams(location.search).get(PRINT_RANGE_PARAM) ?? hashQuery.get(PRINT_RANGE_PARAM)
  if (range)
    printRange.value = parseRangeString(total.value, range)
}

/**
 * The presenter's stopwatch (`timer: stopwatch`) starts by itself on the first move of the talk
 * (a slide or a click), instead of showing -:-- until someone hovers it and presses play. Once per
 * window: after a manual reset it waits for play again.
 */
function startStopwatchOnFirstMove() {
  const { isPresenter, isPrintMode, currentSlideNo, clicks } = useNav()
  // the window's first route (e.g. /presenter/12 after a reload) is not a move
  void useRouter().isReady().then(() => {
    const stop = watch([currentSlideNo, clicks], () => {
      if (!isPresenter.value || isPrintMode.value)
        return
      stop()
      const timer = sharedState.timer
      if (timer.status === 'stopped') {
        timer.status = 'running'
        timer.startedAt = Date.now()
      }
    })
  })
}

export default defineRootSetup(() => {
  printOnlyTheRange()
  startStopwatchOnFirstMove()
  keepWindowsInStep()
  keepPresenterOnJoin()
  setupA11y()
  setupPacing()
})
