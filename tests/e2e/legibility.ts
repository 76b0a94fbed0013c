// What tests/e2e/legibility.spec.ts measures on one slide of the built deck, and the rules it applies.
// `measureSlide` runs inside the page (page.evaluate): it must stay self-contained (no imports, no
// helpers from this module). `judge` runs in Node and turns the measurements into failure lines.

/** The legibility rules of issue 9, for main-track slides on the 980×552 canvas at their last click. */
export const RULES = {
  /** canvas px: every visible text… */
  minPx: 14,
  /** …except a source line (`.source-line`, the chart's `figcaption.chart-source`) */
  minSourcePx: 10,
  /** …and a chart's tick labels (SVG text in `.tick`, font-size × the SVG's screen scale) */
  minTickPx: 12,
  /** visible non-whitespace characters, not counting source lines and text inside a chart's SVG */
  maxChars: 250,
  /**
   * the English edition (issue 15) counts words instead, with the same exclusions: English runs about three
   * times as many characters as Chinese for the same text, ~80 words on a slide reads like 250 characters
   */
  maxWords: 90,
  /** balance: the content (without the source line) reaches below this fraction of the height… */
  fillBottom: 0.7,
  /** …or the body (the content below a top title; all of it when there is none) is centred in this band */
  band: [0.4, 0.6] as const,
  /** WCAG 2 AA: normal text, and large text (≥ 24 px, or ≥ 18.66 px at weight ≥ 700) */
  contrast: 4.5,
  contrastLarge: 3,
  largePx: 24,
  largeBoldPx: 18.66,
}

export type TextKind = 'text' | 'source' | 'tick' | 'chart'

export interface TextItem {
  /** short selector of the element holding the text */
  sel: string
  text: string
  kind: TextKind
  /** font size on the canvas, px */
  px: number
  weight: number
  /** non-whitespace characters */
  chars: number
  /** words (runs of letters or digits: “8B”, “2024”, “pre-training” one each), for the English budget */
  words: number
  /** counts towards the character budget */
  counted: boolean
  /** WCAG contrast of the text colour (its alpha and its ancestors' opacity blended in) on the background behind it */
  ratio: number
  fg: string
  bg: string
}

export interface Box { top: number, bottom: number }

export interface SlideMeasure {
  width: number
  height: number
  items: TextItem[]
  /** all visible content except `.source-line`, canvas px from the top */
  content: Box | null
  /** the content without a title at the top (null when the slide has nothing but the title) */
  body: Box | null
  /** the title at the top, as rendered */
  heading: string
}

/**
 * Runs in the page. Measures every visible text node of slide `no` (into open shadow roots, i.e. mermaid),
 * and the vertical extent of the content.
 *
 * - Visible: a non-empty client rect inside the canvas, `visibility: visible`, cumulative opacity ≥ 0.05, not in
 *   SVG <title>/<desc>, <style>, <script>.
 * - Font size on the canvas: for SVG text, the computed font-size × the scale of getScreenCTM(); for HTML,
 *   the computed font-size × every CSS transform scale between it and the slide (through a foreignObject:
 *   that foreignObject's screen scale); both divided by the slide's own screen scale.
 * - Background: the elements under the middle of each line box (elementsFromPoint, with pointer events
 *   forced on while measuring), from the text's element downwards: their background colours, and for SVG
 *   shapes their fill, each with its opacity, composited until opaque; under all of them the slide's
 *   background. The text colour (fill for SVG) is blended with its alpha and its ancestors' opacity. The
 *   lowest contrast over the line boxes counts. Gradients and images under text are not seen.
 */
export function measureSlide(no: number): SlideMeasure {
  const found = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!found)
    throw new Error(`slide element .slidev-page-${no} not found`)
  const frame: HTMLElement = found
  const fr = frame.getBoundingClientRect()
  const canvasScale = fr.width / frame.offsetWidth
  const W = frame.offsetWidth
  const H = frame.offsetHeight
  const toCanvas = (y: number) => (y - fr.top) / canvasScale

  // --- colours -------------------------------------------------------------------------------------
  const cv = document.createElement('canvas')
  cv.width = 1
  cv.height = 1
  const ctx = cv.getContext('2d', { willReadFrequently: true })!
  const rgbaCache = new Map<string, [number, number, number, number]>()
  function rgba(css: string): [number, number, number, number] {
    const hit = rgbaCache.get(css)
    if (hit)
      return hit
    let out: [number, number, number, number] = [0, 0, 0, 0]
    const m = css.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/)
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4])
      out = [Number(m[1]), Number(m[2]), Number(m[3]), a]
    }
    else if (css && css !== 'none' && css !== 'transparent' && !css.startsWith('url(')) {
      // color(srgb …), oklch(…), color-mix results: let the canvas convert to sRGB
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = '#000'
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const d = ctx.getImageData(0, 0, 1, 1).data
      out = [d[0]!, d[1]!, d[2]!, d[3]! / 255]
    }
    rgbaCache.set(css, out)
    return out
  }
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  const lum = (c: number[]) => 0.2126 * lin(c[0]!) + 0.7152 * lin(c[1]!) + 0.0722 * lin(c[2]!)
  const over = (top: number[], a: number, under: number[]) => [0, 1, 2].map(i => top[i]! * a + under[i]! * (1 - a))
  const hex = (c: number[]) => `#${c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`

  // --- tree helpers (through open shadow roots) ------------------------------------------------------
  const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)
  function opacityOf(el: Element): number {
    let o = 1
    for (let a: Element | null = el; a && a !== frame.parentElement; a = up(a))
      o *= Number(getComputedStyle(a).opacity)
    return o
  }
  function ctmScale(el: SVGGraphicsElement): number {
    const m = el.getScreenCTM()
    return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) / canvasScale : 1
  }
  function transformScale(el: Element): number {
    const cs = getComputedStyle(el)
    let s = Number(cs.zoom) || 1
    if (cs.transform && cs.transform !== 'none') {
      const m = new DOMMatrix(cs.transform)
      s *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
    }
    if (cs.scale && cs.scale !== 'none') {
      const [sx = 1, sy = sx] = cs.scale.split(/\s+/).map(Number)
      s *= Math.sqrt(Math.abs(sx * sy))
    }
    return s
  }
  function screenPx(el: Element): number {
    const fs = Number.parseFloat(getComputedStyle(el).fontSize)
    if (el instanceof SVGGraphicsElement)
      return fs * ctmScale(el)
    let s = 1
    for (let a: Element | null = el; a && a !== frame; a = up(a)) {
      if (a instanceof SVGGraphicsElement) {
        s *= ctmScale(a)
        break
      }
      s *= transformScale(a)
    }
    return fs * s
  }
  function describe(el: Element): string {
    const parts: string[] = []
    for (let a: Element | null = el; a && a !== frame && parts.length < 3; a = up(a)) {
      const cls = (a.getAttribute('class') ?? '').trim().split(/\s+/).filter(c => c && !c.startsWith('slidev-vclick') && !c.startsWith('data-v')).slice(0, 2)
      parts.unshift(a.tagName.toLowerCase() + cls.map(c => `.${c}`).join(''))
    }
    return parts.join(' > ')
  }

  // pointer events on everywhere, so elementsFromPoint sees bands and shapes that ignore the mouse
  const roots: (Document | ShadowRoot)[] = [document]
  for (const el of frame.querySelectorAll('*')) {
    if (el.shadowRoot)
      roots.push(el.shadowRoot)
  }
  const forced: HTMLStyleElement[] = []
  for (const r of roots) {
    const st = document.createElement('style')
    st.textContent = '* { pointer-events: auto !important; }'
    if (r instanceof Document)
      r.head.append(st)
    else
      r.append(st)
    forced.push(st)
  }

  const slideBg = (() => {
    for (let a: Element | null = frame; a; a = up(a)) {
      const c = rgba(getComputedStyle(a).backgroundColor)
      if (c[3] >= 0.99)
        return c.slice(0, 3)
    }
    return document.documentElement.classList.contains('dark') ? [18, 18, 18] : [255, 255, 255]
  })()
  const shapes = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon'])
  function backgroundAt(el: Element, x: number, y: number): number[] {
    const root = el.getRootNode() as Document | ShadowRoot
    const stack = root.elementsFromPoint(x, y)
    let i = stack.findIndex(e => e === el || e.contains(el))
    if (i < 0)
      i = 0
    const layers: { c: number[], a: number }[] = []
    for (const e of stack.slice(i)) {
      if (!frame.contains(e) && !(e.getRootNode() as ShadowRoot).host)
        break
      const cs = getComputedStyle(e)
      const op = opacityOf(e)
      const bgc = rgba(cs.backgroundColor)
      if (bgc[3] > 0)
        layers.push({ c: bgc, a: bgc[3] * op })
      if (e instanceof SVGElement && shapes.has(e.tagName.toLowerCase()) && e !== el) {
        const f = rgba(cs.fill)
        if (f[3] > 0)
          layers.push({ c: f, a: f[3] * Number(cs.fillOpacity) * op })
      }
      if (layers.length && layers[layers.length - 1]!.a >= 0.99)
        break
    }
    let c = slideBg
    for (const l of layers.reverse())
      c = over(l.c, l.a, c)
    return c
  }

  // --- text ------------------------------------------------------------------------------------------
  const items: TextItem[] = []
  const boxes: { top: number, bottom: number, inTitle: boolean }[] = []
  const titleEl = [...frame.querySelectorAll('h1, h2')].find(h => toCanvas(h.getBoundingClientRect().top) < 0.2 * H) ?? null
  const inCanvas = (r: DOMRect) => r.width > 0.5 && r.height > 0.5 && r.right > fr.left && r.left < fr.right && r.bottom > fr.top && r.top < fr.bottom
  const skipTags = new Set(['title', 'desc', 'style', 'script', 'noscript', 'template'])

  function visitText(node: Text) {
    const text = node.data.replace(/\s+/g, ' ').trim()
    if (!text)
      return
    const el = node.parentElement
    if (!el || skipTags.has(el.tagName.toLowerCase()) || el.closest('title, desc, defs, clipPath, mask'))
      return
    const cs = getComputedStyle(el)
    if (cs.visibility !== 'visible' || cs.display === 'none')
      return
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter(inCanvas)
    if (!rects.length)
      return
    const op = opacityOf(el)
    if (op < 0.05)
      return
    const isSvgText = el instanceof SVGElement
    const chartSvg = el.closest('.chart-svg')
    const kind: TextKind = el.closest('.source-line, figcaption.chart-source')
      ? 'source'
      : chartSvg && el.closest('.tick') ? 'tick' : chartSvg ? 'chart' : 'text'
    const fgc = rgba(isSvgText ? cs.fill : cs.color)
    const fgA = fgc[3] * (isSvgText ? Number(cs.fillOpacity) : 1) * op
    let ratio = Infinity
    let fg = ''
    let bg = ''
    for (const r of rects.slice(0, 4)) {
      const b = backgroundAt(el, r.left + r.width / 2, r.top + r.height / 2)
      const f = over(fgc, fgA, b)
      const l1 = lum(f)
      const l2 = lum(b)
      const q = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
      if (q < ratio) {
        ratio = q
        fg = hex(f)
        bg = hex(b)
      }
    }
    const chars = text.replace(/\s/g, '').length
    items.push({
      sel: describe(el),
      text: text.slice(0, 40),
      kind,
      px: Math.round(screenPx(el) * 100) / 100,
      weight: Number(cs.fontWeight) || 400,
      chars,
      words: text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length,
      counted: kind !== 'source' && !chartSvg,
      ratio: Math.round(ratio * 100) / 100,
      fg,
      bg,
    })
    if (!el.closest('.source-line')) {
      const inTitle = !!titleEl && titleEl.contains(el)
      for (const r of rects)
        boxes.push({ top: toCanvas(r.top), bottom: toCanvas(r.bottom), inTitle })
    }
  }

  function visit(root: Node) {
    for (const child of root.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        visitText(child as Text)
        continue
      }
      if (!(child instanceof Element))
        continue
      const cs = getComputedStyle(child)
      if (cs.display === 'none')
        continue
      if (!child.closest('.source-line') && cs.visibility === 'visible' && opacityOf(child) >= 0.05) {
        // boxes that show without text: drawings, images, cards (a background or a border)
        const tag = child.tagName.toLowerCase()
        const boxed = ['svg', 'img', 'canvas', 'video', 'iframe'].includes(tag)
          || (!(child instanceof SVGElement) && (rgba(cs.backgroundColor)[3] > 0.02 || Number.parseFloat(cs.borderTopWidth) > 0 || Number.parseFloat(cs.borderLeftWidth) > 0))
        if (boxed && !child.classList.contains('slidev-layout') && !(child instanceof SVGElement && tag !== 'svg')) {
          const r = child.getBoundingClientRect()
          if (inCanvas(r))
            boxes.push({ top: Math.max(0, toCanvas(r.top)), bottom: Math.min(H, toCanvas(r.bottom)), inTitle: !!titleEl && titleEl.contains(child) })
        }
      }
      if (child.shadowRoot)
        visit(child.shadowRoot)
      visit(child)
    }
  }
  try {
    visit(frame)
  }
  finally {
    for (const st of forced)
      st.remove()
  }

  const union = (bs: typeof boxes): Box | null => bs.length
    ? { top: Math.round(Math.min(...bs.map(b => b.top))), bottom: Math.round(Math.max(...bs.map(b => b.bottom))) }
    : null
  return {
    width: W,
    height: H,
    items,
    content: union(boxes),
    body: union(boxes.filter(b => !b.inTitle)),
    heading: titleEl ? (titleEl.textContent ?? '').trim().slice(0, 40) : '',
  }
}

const pct = (v: number, h: number) => `${Math.round((v / h) * 100)} %`

/** Failure lines for one slide, all of them (empty when the slide passes). */
export function judge(m: SlideMeasure, rules = RULES, count: 'chars' | 'words' = 'chars'): string[] {
  const out: string[] = []
  const show = (t: TextItem) => `${t.sel} "${t.text}"`
  // font size
  for (const t of m.items) {
    const min = t.kind === 'source' ? rules.minSourcePx : t.kind === 'tick' ? rules.minTickPx : rules.minPx
    if (t.px < min - 0.01)
      out.push(`size: ${show(t)} is ${t.px} px < ${min} px (${t.kind === 'source' ? 'source line' : t.kind === 'tick' ? 'chart tick label' : t.kind === 'chart' ? 'chart SVG text' : 'text'})`)
  }
  // characters
  const counted = m.items.filter(t => t.counted)
  const wordCount = counted.reduce((s, t) => s + t.words, 0)
  if (count === 'words' && wordCount > rules.maxWords) {
    const biggest = [...counted].sort((a, b) => b.words - a.words).slice(0, 3).map(t => `${t.sel} ${t.words}`).join(', ')
    out.push(`words: ${wordCount} visible > ${rules.maxWords} (largest: ${biggest})`)
  }
  const chars = counted.reduce((s, t) => s + t.chars, 0)
  if (count === 'chars' && chars > rules.maxChars) {
    const biggest = m.items.filter(t => t.counted).sort((a, b) => b.chars - a.chars).slice(0, 3)
      .map(t => `${t.sel} ${t.chars}`).join(', ')
    out.push(`characters: ${chars} visible > ${rules.maxChars} (largest: ${biggest})`)
  }
  // contrast
  for (const t of m.items) {
    const large = t.px >= rules.largePx || (t.px >= rules.largeBoldPx && t.weight >= 700)
    const min = large ? rules.contrastLarge : rules.contrast
    if (t.ratio < min - 0.005)
      out.push(`contrast: ${show(t)} ${t.fg} on ${t.bg} is ${t.ratio}:1 < ${min}:1 (${t.px} px${large ? ', large' : ''})`)
  }
  // vertical balance
  if (m.content) {
    const body = m.body ?? m.content
    const centre = (body.top + body.bottom) / 2
    const fills = m.content.bottom >= rules.fillBottom * m.height
    const centred = centre >= rules.band[0] * m.height && centre <= rules.band[1] * m.height
    if (!fills && !centred) {
      out.push(`balance: content ends at ${pct(m.content.bottom, m.height)} of the height (< ${pct(rules.fillBottom * m.height, m.height)}) `
        + `and its body (${body.top}–${body.bottom} px) is centred at ${pct(centre, m.height)}, outside ${rules.band.map(b => `${b * 100} %`).join('–')}`)
    }
  }
  return out
}

/** Figures for the summary line of a slide. */
export function summary(m: SlideMeasure): string {
  const chars = m.items.filter(t => t.counted).reduce((s, t) => s + t.chars, 0)
  const small = m.items.filter(t => t.kind === 'text' && t.px < RULES.minPx).length
  const minPx = Math.min(...m.items.filter(t => t.kind === 'text').map(t => t.px))
  return `${chars} chars, smallest text ${Number.isFinite(minPx) ? minPx : '-'} px (${small} under ${RULES.minPx}), content ${m.content?.top ?? '-'}–${m.content?.bottom ?? '-'} px`
}
