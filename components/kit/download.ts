import type { Lang } from '../../i18n/lang'

/**
 * A chart taken away as a file, made in the browser with no server (so it works offline): the drawing as
 * a self-contained SVG with its title and source line, the same as a PNG, and the data as CSV.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'
/** the styles a drawing needs once it leaves the page's style sheets (and its CSS variables) */
const INLINE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const
/** fonts a reader's machine is likely to have, after the deck's own (which an SVG file does not carry) */
const FALLBACK_FONTS: Record<Lang, string> = {
  'zh-CN': `'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`,
  'en': 'sans-serif',
}
/** the deck's Chinese face: an English file neither names nor embeds it (nor fetches any of its subsets) */
export const CJK_FAMILIES = ['Noto Sans SC'] as const

/** a font-family value without the faces this edition's files leave out (Chinese: unchanged) */
function fileFontFamily(fontFamily: string, lang: Lang): string {
  if (lang === 'zh-CN')
    return fontFamily
  return fileFamilies(fontFamily, lang).map(f => (/[^\w-]/.test(f) ? `"${f}"` : f)).join(', ')
}

/** the font families a file in this edition uses, from the drawing's computed font-family */
export function fileFamilies(fontFamily: string, lang: Lang): string[] {
  const families = fontFamily.split(',').map(f => f.replace(/["']/g, '').trim()).filter(Boolean)
  return lang === 'zh-CN' ? families : families.filter(f => !(CJK_FAMILIES as readonly string[]).includes(f))
}

export interface Caption {
  title: string
  /** one line per source, then the as-of line */
  source: string[]
}

/** a rough width in px: CJK and full-width characters one em, others about half */
export function textWidth(text: string, size: number): number {
  return [...text].reduce((w, c) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(c) ? 1 : 0.56) * size, 0)
}
/** `head` and `tail` on one line when they fit in `width`, else the tail on a line of its own after `indent` */
export function fitLines(head: string, tail: string, width: number, size: number, indent = '\u3000\u3000\u3000'): string[] {
  return textWidth(head + tail, size) <= width ? [head + tail] : [head, `${indent}${tail.trimStart()}`]
}

export const TITLE_SIZE = 18
export const SOURCE_SIZE = 11
const PAD = 12

/** inherited values are written once, where they change; `opacity` (not inherited) wherever it is not 1 */
function copyStyles(from: Element, to: Element, parent?: CSSStyleDeclaration) {
  const cs = getComputedStyle(from)
  const style = INLINE
    .filter(p => !parent || (p === 'opacity' ? cs.getPropertyValue(p) !== '1' : cs.getPropertyValue(p) !== parent.getPropertyValue(p)))
    .map(p => `${p}:${cs.getPropertyValue(p)}`)
    .join(';')
  if (style)
    to.setAttribute('style', style)
  else
    to.removeAttribute('style')
  // presentation attributes that name the page's CSS variables mean nothing outside it: the style has the value
  for (const a of [...to.attributes]) {
    if (a.value.includes('var(--'))
      to.removeAttribute(a.name)
  }
  const kids = [...from.children]
  const copies = [...to.children]
  kids.forEach((kid, i) => {
    const copy = copies[i]
    if (!copy)
      return
    // a hidden series (v-show) or anything else not drawn is left out of the file
    if (getComputedStyle(kid).display === 'none' || kid.getAttribute('aria-hidden') === 'true' && kid.classList.contains('mark'))
      copy.remove()
    else
      copyStyles(kid, copy, cs)
  })
}

/** the chart's SVG as a standalone document: styles inlined, a background, the title above, the source below */
export function chartSvg(svg: SVGSVGElement, caption: Caption, background: string, foreground: string, lang: Lang = 'zh-CN'): { markup: string, width: number, height: number } {
  const vb = svg.viewBox.baseVal
  const head = TITLE_SIZE + PAD * 2
  const foot = caption.source.length * (SOURCE_SIZE + 4) + PAD
  const width = vb.width
  const height = vb.height + head + foot
  const clone = svg.cloneNode(true) as SVGSVGElement
  copyStyles(svg, clone)
  for (const a of ['role', 'aria-labelledby', 'aria-describedby', 'aria-roledescription', 'class', 'preserveAspectRatio', 'tabindex'])
    clone.removeAttribute(a)
  clone.querySelectorAll('[tabindex]').forEach(e => e.removeAttribute('tabindex'))

  const out = document.createElementNS(SVG_NS, 'svg')
  out.setAttribute('xmlns', SVG_NS)
  out.setAttribute('width', String(width))
  out.setAttribute('height', String(height))
  out.setAttribute('viewBox', `0 0 ${width} ${height}`)
  out.setAttribute('style', `font-family: ${fileFontFamily(getComputedStyle(svg).fontFamily, lang)}, ${FALLBACK_FONTS[lang]}`)
  if (lang !== 'zh-CN') {
    // the inlined styles name the page's stack, CJK face included: an English file names none
    for (const e of [clone, ...clone.querySelectorAll<SVGElement>('[style]')]) {
      if (e.style.fontFamily)
        e.style.fontFamily = fileFontFamily(e.style.fontFamily, lang)
    }
  }
  const bg = document.createElementNS(SVG_NS, 'rect')
  Object.entries({ width: '100%', height: '100%', fill: background }).forEach(([k, v]) => bg.setAttribute(k, v))
  out.append(bg)
  const text = (content: string, y: number, size: number, weight: number, cls: string) => {
    const t = document.createElementNS(SVG_NS, 'text')
    Object.entries({ 'x': String(PAD), 'y': String(y), 'font-size': String(size), 'font-weight': String(weight), 'fill': foreground, 'class': cls })
      .forEach(([k, v]) => t.setAttribute(k, v))
    t.textContent = content
    out.append(t)
  }
  text(caption.title, PAD + TITLE_SIZE, TITLE_SIZE, 700, 'export-title')
  const body = document.createElementNS(SVG_NS, 'g')
  body.setAttribute('transform', `translate(0,${head})`)
  const inner = clone
  inner.setAttribute('x', '0')
  inner.setAttribute('y', '0')
  inner.setAttribute('width', String(vb.width))
  inner.setAttribute('height', String(vb.height))
  inner.setAttribute('overflow', 'visible')
  body.append(inner)
  out.append(body)
  caption.source.forEach((line, i) => text(line, head + vb.height + PAD / 2 + (i + 1) * (SOURCE_SIZE + 4), SOURCE_SIZE, 400, 'export-source'))
  return { markup: new XMLSerializer().serializeToString(out), width, height }
}

// --- fonts for the PNG: an SVG drawn as an image cannot use the page's fonts, so it carries the faces it uses

function parseRanges(range: string): [number, number][] {
  return range.split(',').map(r => r.trim().replace(/^U\+/i, '')).filter(Boolean).map((r) => {
    const [a, b] = r.split('-')
    const lo = Number.parseInt(a!.replace(/\?/g, '0'), 16)
    const hi = b ? Number.parseInt(b, 16) : Number.parseInt(a!.replace(/\?/g, 'F'), 16)
    return [lo, hi] as [number, number]
  })
}

async function embeddedFonts(families: string[], text: string): Promise<string> {
  const codes = [...new Set([...text].map(c => c.codePointAt(0)!))]
  const faces: { family: string, weight: string, url: string }[] = []
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    }
    catch {
      continue
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule))
        continue
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim()
      if (!families.includes(family))
        continue
      const range = rule.style.getPropertyValue('unicode-range')
      if (range && !parseRanges(range).some(([lo, hi]) => codes.some(c => c >= lo && c <= hi)))
        continue
      const src = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1]
      if (src)
        faces.push({ family, weight: rule.style.getPropertyValue('font-weight') || '400', url: new URL(src, sheet.href ?? location.href).href })
    }
  }
  const css = await Promise.all(faces.map(async (f) => {
    try {
      const buf = new Uint8Array(await (await fetch(f.url)).arrayBuffer())
      let bin = ''
      for (let i = 0; i < buf.length; i += 0x8000)
        bin += String.fromCharCode(...buf.subarray(i, i + 0x8000))
      return `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(data:font/woff2;base64,${btoa(bin)}) format("woff2")}`
    }
    catch {
      // not reachable (offline before the font was cached): the PNG falls back to the system's fonts
      return ''
    }
  }))
  return css.join('')
}

// --- PNG text chunks: the title and source travel inside the file too

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++)
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
export function crc32(bytes: Uint8Array): number {
  let c = 0xFFFFFFFF
  for (const b of bytes)
    c = CRC_TABLE[(c ^ b) & 0xFF]! ^ (c >>> 8)
  return (c ^ 0xFFFFFFFF) >>> 0
}

/** a PNG iTXt chunk (UTF-8 text, uncompressed) */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder()
  const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)])
  const body = new Uint8Array([...enc.encode('iTXt'), ...data])
  const out = new Uint8Array(8 + data.length + 4)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(body, 4)
  view.setUint32(8 + data.length, crc32(body))
  return out
}

/** the text chunks of a PNG, keyword → text (what a test or an image viewer reads back) */
export function pngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const dec = new TextDecoder()
  const out: Record<string, string> = {}
  for (let at = 8; at + 8 <= png.length;) {
    const len = view.getUint32(at)
    const type = dec.decode(png.subarray(at + 4, at + 8))
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + len)
      const zero = data.indexOf(0)
      let p = zero + 3
      p = data.indexOf(0, p) + 1 // language tag
      p = data.indexOf(0, p) + 1 // translated keyword
      out[dec.decode(data.subarray(0, zero))] = dec.decode(data.subarray(p))
    }
    at += 12 + len
  }
  return out
}

function withText(png: Uint8Array, chunks: Uint8Array[]): Uint8Array {
  const ihdrEnd = 8 + 12 + new DataView(png.buffer).getUint32(8)
  const total = png.length + chunks.reduce((s, c) => s + c.length, 0)
  const out = new Uint8Array(total)
  out.set(png.subarray(0, ihdrEnd))
  let at = ihdrEnd
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  out.set(png.subarray(ihdrEnd), at)
  return out
}

export const PNG_SCALE = 2
/** time for an SVG image's embedded fonts to become usable before it is drawn */
export const FONT_SETTLE_MS = 120

/** the drawing as a PNG, carrying the faces its text uses (in English never the CJK face: not fetched, not embedded) */
export async function chartPng(svg: { markup: string, width: number, height: number }, caption: Caption, fontFamilies: string[], text: string, lang: Lang = 'zh-CN'): Promise<Blob> {
  const fonts = await embeddedFonts(fileFamilies(fontFamilies.join(','), lang), text)
  const markup = fonts ? svg.markup.replace(/^(<svg[^>]*>)/, `$1<style>${fonts}</style>`) : svg.markup
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    // the faces inside the SVG load after the image does; text waits for them (drawn too soon, it is blank)
    for (let i = 0; i < 2; i++)
      await new Promise(resolve => setTimeout(resolve, FONT_SETTLE_MS))
    const canvas = document.createElement('canvas')
    canvas.width = svg.width * PNG_SCALE
    canvas.height = svg.height * PNG_SCALE
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'))
    const png = withText(new Uint8Array(await blob.arrayBuffer()), [itxtChunk('Title', caption.title), itxtChunk('Source', caption.source.join('\n'))])
    return new Blob([png.buffer as ArrayBuffer], { type: 'image/png' })
  }
  finally {
    URL.revokeObjectURL(url)
  }
}

export function saveFile(name: string, blob: Blob) {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(a.href), 1000)
}
