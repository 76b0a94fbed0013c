// Build-time trimming of the self-hosted font CSS (@fontsource/*).
//
// Noto Sans SC ships ~100 unicode-range subsets per weight, Inter and JetBrains Mono a few each, every one
// as woff2 *and* woff. The browser only downloads the subsets a page uses, but the @font-face rules
// themselves are all in the deck's CSS (≈250 KB before the first slide) and every file is emitted to
// dist/ and precached by the service worker (≈16 MB). This plugin keeps only the @font-face rules whose
// unicode-range meets a character the deck's sources contain, and drops the woff fallback (every
// browser that runs Slidev reads woff2). A character missing from the scan (none should be: the scan
// reads every Markdown, Vue, TS and CSS file of the deck) would fall back to the next font in the stack.
import type { Plugin } from 'vite'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, relative, sep } from 'node:path'
import subsetFont from 'subset-font'

/** Code point ranges [from, to] (inclusive) of a CSS unicode-range value like "U+0000-00ff,U+4e00". */
export function parseUnicodeRange(value: string): [number, number][] {
  const out: [number, number][] = []
  for (const raw of value.split(',')) {
    const part = raw.trim().replace(/^u\+/i, '')
    if (!part)
      continue
    if (part.includes('?')) {
      out.push([Number.parseInt(part.replace(/\?/g, '0'), 16), Number.parseInt(part.replace(/\?/g, 'f'), 16)])
      continue
    }
    const [a, b] = part.split('-')
    const from = Number.parseInt(a ?? '', 16)
    const to = b === undefined ? from : Number.parseInt(b, 16)
    if (Number.isFinite(from) && Number.isFinite(to))
      out.push([from, to])
  }
  return out
}

/** Sorted, de-duplicated code points of a text. */
export function codePoints(text: string): number[] {
  const set = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0x20) // no control characters (newlines, tabs)
      set.add(cp)
  }
  return [...set].sort((x, y) => x - y)
}

/** Index of the first sorted code point ≥ cp (binary search). */
function lowerBound(sorted: number[], cp: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? 0) < cp)
      lo = mid + 1
    else
      hi = mid
  }
  return lo
}

/** The sorted code points that fall in one of the ranges. */
export function pointsInRanges(ranges: [number, number][], sorted: number[]): number[] {
  const out = new Set<number>()
  for (const [from, to] of ranges) {
    for (let i = lowerBound(sorted, from); i < sorted.length && (sorted[i] ?? 0) <= to; i++)
      out.add(sorted[i] ?? 0)
  }
  return [...out].sort((x, y) => x - y)
}

/** A CSS unicode-range value for sorted code points, consecutive ones merged ("U+20-7e,U+4e00"). */
export function formatUnicodeRange(sorted: number[]): string {
  const parts: string[] = []
  let i = 0
  while (i < sorted.length) {
    const start = sorted[i] ?? 0
    let end = start
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) {
      i += 1
      end += 1
    }
    parts.push(end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`)
    i += 1
  }
  return parts.join(',')
}

// Always kept whatever the scan finds: ASCII/Latin-1 and general punctuation (numbers formatted at
// runtime, the minus sign d3-format writes, Slidev's own UI).
const ALWAYS = codePoints(`${Array.from({ length: 0x100 - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('')}\u2212\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00D7`)

export interface TrimResult { css: string, kept: number, dropped: number }

/**
 * Keeps the @font-face rules of `css` whose unicode-range meets `used` (sorted code points) or that have
 * no unicode-range, narrows each kept unicode-range to the characters actually used (the rule then
 * weighs a few hundred bytes instead of a few kilobytes; the font file is the same), and removes
 * `url(….woff) format('woff')` fallbacks from their src.
 */
export function trimFontFaces(css: string, used: number[]): TrimResult {
  const all = [...new Set([...used, ...ALWAYS])].sort((x, y) => x - y)
  let kept = 0
  let dropped = 0
  const out = css.replace(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g, (rule) => {
    let out = rule.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '')
    const range = rule.match(/unicode-range\s*:\s*([^;}]+)/i)
    if (range) {
      const points = pointsInRanges(parseUnicodeRange(range[1] ?? ''), all)
      if (points.length === 0) {
        dropped += 1
        return ''
      }
      out = out.replace(/unicode-range\s*:\s*[^;}]+/i, `unicode-range: ${formatUnicodeRange(points)}`)
    }
    kept += 1
    return out
  })
  return { css: out, kept, dropped }
}

const SOURCE_EXT = new Set(['.md', '.vue', '.ts', '.css', '.html', '.json'])
const SKIP_DIRS = new Set(['node_modules', 'tests', 'scripts', 'vite-plugins', 'exports', 'tmp', 'test-results', 'bench-results', 'playwright-report', 'public', 'docs'])

/** Which edition a source file belongs to (issue 15), or null for the shared components, data and styles. */
export function editionOfFile(rel: string): 'zh-CN' | 'en' | null {
  const path = rel.split(sep).join('/')
  if (path === 'slides.en.md' || path.startsWith('pages/en/') || path.startsWith('i18n/en/'))
    return 'en'
  if (path === 'slides.md' || path.startsWith('pages/') || path.startsWith('i18n/zh-CN/'))
    return 'zh-CN'
  return null
}

/** CJK ideographs, kana, full-width forms and CJK punctuation: what only Noto Sans SC draws. */
export const isCjk = (cp: number) => cp >= 0x2E80

/**
 * Every character an edition's pages can show: its own files (entry, pages, dictionary) and the shared ones
 * (components, data, styles; not tests, builds, tooling), the other edition's files left out. The English
 * edition takes CJK characters only from its own files: the shared components show it the English side of
 * every dictionary and data label, so the Chinese ones in shared sources (Chinese data labels, comments)
 * would only add CJK subsets it never draws.
 */
export function scanDeckText(root: string, lang: 'zh-CN' | 'en' = 'zh-CN'): number[] {
  let own = ''
  let shared = ''
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || (depth === 0 && (SKIP_DIRS.has(name) || name.startsWith('dist'))))
        continue
      const path = join(dir, name)
      const st = statSync(path)
      if (st.isDirectory()) {
        walk(path, depth + 1)
        continue
      }
      if (!SOURCE_EXT.has(extname(name)) || name === 'package-lock.json')
        continue
      const edition = editionOfFile(relative(root, path))
      if (edition === null)
        shared += readFileSync(path, 'utf8')
      else if (edition === lang)
        own += readFileSync(path, 'utf8')
    }
  }
  walk(root, 0)
  const sharedPoints = codePoints(shared)
  return codePoints(own + String.fromCodePoint(...(lang === 'en' ? sharedPoints.filter(cp => !isCjk(cp)) : sharedPoints)))
}

// After the page has loaded and the app has mounted, and 3 s more, fetch the remaining (already trimmed)
// font subsets in idle time, so moving to a slide with new characters does not wait for a font file. It
// waits for the app (issue 14): on a phone the app starts only on a first touch or idle moment after the
// prerendered cover (scripts/prerender-html.mjs), and the fonts come after it, not before.
const WARM_FONTS = `addEventListener('load',()=>{const go=()=>document.fonts.forEach(f=>{if(f.status==='unloaded')f.load().catch(()=>{})});const idle=()=>'requestIdleCallback' in window?requestIdleCallback(go,{timeout:2000}):go();const wait=()=>document.querySelector('#app > *')?setTimeout(idle,3000):setTimeout(wait,500);wait()})`

/** The CJK characters (and full-width punctuation) of the cover: the entry's first slide, after the headmatter. */
export function coverCjk(slidesMd: string): number[] {
  const body = slidesMd.replace(/^---\n[\s\S]*?\n---\n/, '')
  const cover = body.split(/\n---\n/)[0] ?? ''
  return codePoints(cover.replace(/<!--[\s\S]*?-->/g, '')).filter(cp => cp >= 0x2E80)
}

/**
 * One small Noto Sans SC file per weight holding just the cover's characters, cut from fontsource's full
 * `chinese-simplified` face with harfbuzz (subset-font). Declared after fontsource's rules with the same
 * family and weight, so for those characters the browser tries it first (CSS Fonts: the last-defined
 * face wins where unicode-ranges overlap) and the first slide needs one ~5 KB file instead of the
 * several ~30 KB frequency subsets its characters are spread over.
 */
export async function coverFontFaces(root: string, cssDir: string, weights: readonly number[], entry = 'slides.md'): Promise<string> {
  const chars = coverCjk(readFileSync(join(root, entry), 'utf8'))
  if (chars.length === 0)
    return ''
  const text = String.fromCodePoint(...chars)
  const outDir = join(root, 'node_modules', '.cache', 'deck-fonts')
  mkdirSync(outDir, { recursive: true })
  let css = ''
  for (const weight of weights) {
    const full = readFileSync(join(root, 'node_modules/@fontsource/noto-sans-sc/files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`))
    const file = join(outDir, `noto-sans-sc-cover-${weight}.woff2`)
    writeFileSync(file, await subsetFont(full, text, { targetFormat: 'woff2' }))
    css += `\n/* cover characters only (vite-plugins/font-subsets.ts) */\n@font-face {\n  font-family: 'Noto Sans SC';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url(${relative(cssDir, file)}) format('woff2');\n  unicode-range: ${formatUnicodeRange(chars)};\n}\n`
  }
  return css
}

/** Vite plugin (build only: the dev server keeps every subset, so new text never waits for a restart). */
export function fontSubsets(options: { root: string, entry?: string, lang?: 'zh-CN' | 'en' }): Plugin {
  let used: number[] = []
  let base = '/'
  return {
    name: 'deck:font-subsets',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildStart() {
      used = scanDeckText(options.root, options.lang)
    },
    async transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]*\.css(?:$|\?)/.test(id))
        return null
      let css = trimFontFaces(code, used).css
      const noto = id.match(/[\\/]@fontsource[\\/]noto-sans-sc[\\/](\d{3})\.css/)
      if (noto)
        css += await coverFontFaces(options.root, dirname(id.replace(/\?.*$/, '')), [Number(noto[1])], options.entry)
      return { code: css, map: null }
    },
    transformIndexHtml(_html, ctx) {
      // Preload what every first slide draws with: the cover's CJK file and Inter's Latin face (regular).
      // Without it the fonts are requested only once CSS and JS are in and the text is laid out.
      const preload = Object.values(ctx.bundle ?? {})
        .filter(a => a.type === 'asset' && /(?:noto-sans-sc-cover-400|inter-latin-400-normal)-[\w-]+\.woff2$/.test(a.fileName))
        .map(a => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${a.fileName}` }, injectTo: 'head' as const }))
      return [...preload, { tag: 'script', children: WARM_FONTS, injectTo: 'body' as const }]
    },
  }
}
