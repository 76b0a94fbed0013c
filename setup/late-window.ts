// A window opened mid-talk must not move the talk (issue 13: the pacing reads the stopwatch).
//
// In the built deck, Slidev 52.20.1 syncs windows through a BroadcastChannel, and a window on a trusted
// origin (localhost, 127.0.0.1) sends its whole shared state on its first navigation: slide 1 if it was
// opened at #/1, and a stopwatch that never ran. The presenter window followed both: it jumped back to
// the new window's slide and its stopwatch read -:-- again (and the pacing with it).
//
// So in the presenter window: an update from an audience window that would stop a running stopwatch
// is that window joining, not a move of the talk. Every window that has been open a while has the
// presenter's stopwatch (it arrives with each of the presenter's moves), so a press in an audience
// window that was already open still moves the presenter, as before. The presenter keeps its slide,
// click and stopwatch, then sends them, and the new window follows.
//
// The decision is made while Slidev applies the update: it assigns the keys one by one (page, clicks,
// clicksTotal, timer, then lastUpdate, last because it is the last key a window adds), and these
// watchers run as each is assigned, before Slidev's own reaction (a router move) is scheduled.
import type { SharedState } from './slidev-internals'
import { watch } from 'vue'
import { sharedState, useNav } from './slidev-internals'

type Timer = SharedState['timer']

/** how long after restoring the presenter waits before sending (Slidev marks an update applied for a tick) */
export const RESEND_MS = 20

/** a stopwatch as a window that never saw one running has it */
export function neverStarted(t: Timer | undefined): boolean {
  return !t || (t.status === 'stopped' && !t.startedAt)
}

/** whether an update from another window, bringing `incoming` over `before`, is a window joining */
export function isJoin(before: Timer | undefined, incoming: Timer | undefined, from: 'presenter' | 'viewer' | undefined): boolean {
  return from === 'viewer' && !!before && before.status !== 'stopped' && neverStarted(incoming)
}

export function keepPresenterOnJoin() {
  const nav = useNav()
  if (import.meta.hot || nav.isPrintMode.value)
    return
  // The shared values as they were before the update being applied, taken when its first changed key
  // is assigned (keys assigned later still hold their old values then), dropped after the tick.
  type Before = Pick<SharedState, 'page' | 'clicks' | 'timer'>
  let before: Before | undefined
  const changed = <K extends keyof Before>(key: K) => (_now: Before[K], old: Before[K]) => {
    if (!nav.isPresenter.value || before)
      return
    before = { page: sharedState.page, clicks: sharedState.clicks, timer: sharedState.timer, [key]: old }
    queueMicrotask(() => (before = undefined))
  }
  watch(() => sharedState.page, changed('page'), { flush: 'sync' })
  watch(() => sharedState.clicks, changed('clicks'), { flush: 'sync' })
  watch(() => sharedState.timer, changed('timer'), { flush: 'sync' })
  watch(() => sharedState.lastUpdate, (update) => {
    if (!nav.isPresenter.value || !before || !isJoin(before.timer, sharedState.timer, update?.type))
      return
    // the presenter's slide and click are still its route's: Slidev has not followed the update yet
    sharedState.page = nav.currentSlideNo.value
    sharedState.clicks = nav.clicks.value
    sharedState.timer = before.timer
    before = undefined
    setTimeout(() => {
      sharedState.lastUpdate = { id: 'deck-presenter', type: 'presenter', time: Date.now() }
    }, RESEND_MS)
  }, { flush: 'sync' })
}
