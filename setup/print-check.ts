// In print mode under a dev or export server (`slidev export` prints from one), report what is wrong
// with the printed slides to the server (vite.config.ts logs it; scripts/export.mjs fails on it):
//   - a Vue error in a slide or a component, an uncaught error, a console error (e.g. Slidev's
//     "slide failed to load" with the real cause);
//   - once every slide is drawn, what scripts/slide-probe.mjs finds on each printed slide: Slidev's
//     error placeholder, an unresolved component.
// This is what makes a PNG or PPTX export fail on a broken slide, not only a PDF (whose text is checked).
import type { App, ComponentPublicInstance } from 'vue'
import { DECK_CHECK_PATH } from '../scripts/build-config.mjs'
import { DECK_FACES, glyphsLoaded, probeSlide, slidesDrawn } from '../scripts/slide-probe.mjs'
import { EXPORT_WAITFOR_ATTR, MERMAID_CONTAINER_ID, PRINT_SLIDE_CLASS, SLIDE_ERROR_TEXTS, SLIDE_LAYOUT_CLASS, SLIDE_LOADING_CLASS, SLIDE_NAME_PATTERN, SLIDE_NO_ATTR } from './slidev-internals'

interface Problem { slide?: number, problem: string }
/** sent once the printed slides were probed: scripts/export.mjs fails when it never comes (the check did not run) */
interface Done {
  done: true
  slides: number
  /** the printed pages' ids (`<no>-<click>`), in print order: scripts/export.mjs places the PDF's bookmarks by them */
  pages: string[]
}

/** how long the page may take to draw every slide before that itself is reported */
const DRAW_TIMEOUT_MS = 60_000
/** appears inside the gate once the report has reached the server */
const CHECKED_CLASS = 'deck-print-checked'

const describe = (e: unknown) => e instanceof Error ? `${e.name}: ${e.message}` : String(e)
/** the slide a component name or a module URL names */
const slideIn = (text: string) => Number(text.match(SLIDE_NAME_PATTERN)?.slice(1).find(Boolean)) || undefined

export function setupPrintCheck(app: App) {
  if (!import.meta.hot || !new URLSearchParams(location.search).has('print'))
    return
  const url = `${import.meta.env.BASE_URL}${DECK_CHECK_PATH}`
  const send = (problems: (Problem | Done)[]) => problems.length
    ? fetch(url, { method: 'POST', body: JSON.stringify(problems), keepalive: true }).then(() => {}, () => {})
    : Promise.resolve()

  // A gate `slidev export` waits for before it prints (its [data-waitfor] hook): it opens once this
  // check has reached the server, so the export cannot end before the check. 1 px, transparent, out of
  // the flow in the first page's corner: no ink, no extra page (position: fixed printed a blank one).
  const gate = document.createElement('div')
  gate.setAttribute(EXPORT_WAITFOR_ATTR, `.${CHECKED_CLASS}`)
  gate.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;opacity:0;pointer-events:none'
  document.body.prepend(gate)
  const open = () => {
    const done = document.createElement('div')
    done.className = CHECKED_CLASS
    done.style.cssText = 'width:1px;height:1px'
    gate.append(done)
  }

  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    original(...args)
    send([{ slide: slideIn(args.map(a => (a instanceof Error ? a.stack ?? '' : String(a))).join(' ')), problem: `console error: ${args.map(describe).join(' ')}` }])
  }
  app.config.errorHandler = (err, instance, info) => {
    let slide: number | undefined
    for (let i: ComponentPublicInstance | null = instance; i && !slide; i = i.$parent)
      slide = slideIn(String(i.$options.__name ?? i.$options.name ?? ''))
    send([{ slide, problem: `error in a component (${info}): ${describe(err)}` }])
    original(err)
  }
  addEventListener('error', (e) => {
    // Chromium reports a ResizeObserver callback that changed layout again as an "error" event without
    // an error: it is a notice, nothing failed (charts resize themselves in print)
    if (!e.error && /^ResizeObserver loop/.test(e.message))
      return
    send([{ problem: `uncaught error: ${describe(e.error ?? e.message)}` }])
  })
  addEventListener('unhandledrejection', e => send([{ problem: `unhandled rejection: ${describe(e.reason)}` }]))

  const started = Date.now()
  const probe = () => {
    const printed = [...document.querySelectorAll<HTMLElement>(`.${PRINT_SLIDE_CLASS}`)]
    // each printed slide's wrapper holds the slide once its code has loaded
    const busy = !slidesDrawn({ selector: `.${PRINT_SLIDE_CLASS} [${SLIDE_NO_ATTR}]`, errorTexts: SLIDE_ERROR_TEXTS, loadingClass: SLIDE_LOADING_CLASS, layoutClass: SLIDE_LAYOUT_CLASS, mermaidId: MERMAID_CONTAINER_ID })
    if (busy && Date.now() - started < DRAW_TIMEOUT_MS) {
      setTimeout(probe, 100)
      return
    }
    const problems: Problem[] = []
    if (busy) {
      // which slides, and what they were still waiting for
      for (const el of document.querySelectorAll<HTMLElement>(`.${PRINT_SLIDE_CLASS} [${SLIDE_NO_ATTR}]`)) {
        const waiting = el.querySelector(`.${SLIDE_LOADING_CLASS}`)
          ? 'still loading'
          : el.querySelector('[data-chart]:not([data-ready])')
            ? 'a chart never marked itself ready'
            : !el.querySelector(`.${SLIDE_LAYOUT_CLASS}`) && !el.children.length ? 'its code never loaded' : ''
        if (waiting)
          problems.push({ slide: Number(el.getAttribute(SLIDE_NO_ATTR)), problem: `not drawn after ${DRAW_TIMEOUT_MS / 1000} s: ${waiting}` })
      }
      if (!problems.length)
        problems.push({ problem: `the print page had not drawn every slide after ${DRAW_TIMEOUT_MS / 1000} s (mermaid still rendering?)` })
    }
    const seen = new Set<string>()
    for (const el of printed) {
      const slide = Number(el.id.split('-')[0]) // id: <no>-<click>, e.g. 012-01
      for (const problem of probeSlide({ selector: `#${CSS.escape(el.id)}`, errorTexts: SLIDE_ERROR_TEXTS })) {
        if (!seen.has(`${slide} ${problem}`))
          problems.push({ slide, problem })
        seen.add(`${slide} ${problem}`)
      }
    }
    void send([...problems, { done: true, slides: printed.length, pages: printed.map(el => el.id) }]).then(() => glyphsLoaded(DECK_FACES)).then(open)
  }
  setTimeout(probe, 100)
}
