// The hosted deck's address, for the QR code on the cover and the Q&A slide (issue 13). Pure functions:
// components/slide/HostedQr.vue reads the configuration, encodes the address (uqr) and draws the SVG.
//
// Where the address comes from, at build time (`npm run build`, `npm run dev`, `npm run export`):
//   1. the environment variable VITE_DECK_PUBLIC_URL (Vite passes VITE_* variables to the client), which
//      wins, even when empty (an empty value leaves the code out of that build);
//   2. otherwise `hostedUrl:` in the headmatter of slides.md (Slidev keeps unknown keys in its configs).
// Neither set: no QR code at all. A bad value is left out with a console error naming where it came
// from; the build's render check (scripts/check-slides.mjs) and the export's print check fail on it.

import type { Messages } from '../i18n/messages'
import { ui as zhUi } from '../i18n/zh-CN/ui'

/** the environment variable (Vite exposes only VITE_* variables to client code) */
export const HOSTED_URL_ENV = 'VITE_DECK_PUBLIC_URL'
/** the headmatter key in slides.md */
export const HOSTED_URL_FIELD = 'hostedUrl'
/**
 * Longer addresses make a denser code that a phone no longer reads from the back of the room at the
 * size the slides give it (at error correction M, 100 bytes still fit version 6, 41 modules).
 */
export const MAX_URL_LENGTH = 100
/** light modules around the code, as the QR standard asks (ISO/IEC 18004: four modules) */
export const QUIET_ZONE = 4

export interface HostedUrl {
  /** what the code encodes: the address as the URL parser writes it (scheme and host lower case, IDN in punycode) */
  href: string
  /** the address to read and type: without `https://` and the trailing slash, `/` as break points */
  short: string
  /** where it came from, for messages */
  source: string
}

export interface HostedUrlConfig {
  /** import.meta.env.VITE_DECK_PUBLIC_URL (undefined when the variable is not set) */
  env: unknown
  /** the headmatter value (Slidev's configs.hostedUrl) */
  headmatter: unknown
}

export type HostedUrlResult =
  | { url: HostedUrl, problem?: undefined }
  | { url: null, problem?: string }

const ENV_SOURCE = HOSTED_URL_ENV
const FIELD_SOURCE = `${HOSTED_URL_FIELD} (headmatter of slides.md)`

/** Validates one configured value. `null`, `undefined` and blank strings mean "not configured". */
export function parseHostedUrl(raw: unknown, source: string): HostedUrlResult {
  if (raw === undefined || raw === null)
    return { url: null }
  const bad = (why: string): HostedUrlResult => ({
    url: null,
    problem: `[deck] ${source}=${JSON.stringify(raw)} ${why}: the QR code for the hosted deck is left out. `
      + `Set it to the deck's public address, e.g. https://example.org/talks/pretraining/, or leave it unset.`,
  })
  if (typeof raw !== 'string')
    return bad('is not a string')
  const text = raw.trim()
  if (!text)
    return { url: null }
  if (/\s/.test(text))
    return bad('contains white space')
  let url: URL
  try {
    url = new URL(text)
  }
  catch {
    return bad('is not an absolute URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return bad(`is not an http(s) URL (its scheme is ${url.protocol})`)
  if (!url.hostname)
    return bad('has no host name')
  if (url.username || url.password)
    return bad('contains a user name or password, which the QR code would show to the whole room')
  if (url.href.length > MAX_URL_LENGTH)
    return bad(`is ${url.href.length} characters long, more than the ${MAX_URL_LENGTH} a QR code readable from the back row can hold`)
  return { url: { href: url.href, short: shortUrl(url), source } }
}

/** The environment variable wins over the headmatter field, even when set to an empty value. */
export function resolveHostedUrl({ env, headmatter }: HostedUrlConfig): HostedUrlResult {
  return env !== undefined ? parseHostedUrl(env, ENV_SOURCE) : parseHostedUrl(headmatter, FIELD_SOURCE)
}

/** `https://example.org/talks/pretraining/` → `example.org/talks/pretraining`; `http://` stays. */
export function shortUrl(url: URL): string {
  const scheme = url.protocol === 'https:' ? '' : `${url.protocol}//`
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')
  return `${scheme}${url.host}${path}${url.search}${url.hash}`
}

/** the short address cut after each `/`, so a narrow caption breaks it there and not mid-word */
export function urlSegments(short: string): string[] {
  return short.split(/(?<=\/)/).filter(Boolean)
}

export interface QrGeometry {
  /** side of the SVG's viewBox in modules, quiet zone included */
  size: number
  /** one path of all dark modules, one `M x y h n v1 h-n z` per horizontal run */
  d: string
  /** dark modules drawn (for tests) */
  dark: number
}

/**
 * The module matrix (rows of `true` = dark, as uqr's encode(…).data with border 0) as one SVG path,
 * offset by the quiet zone. Adjacent dark modules of a row are one rectangle.
 */
export function qrPath(matrix: readonly (readonly boolean[])[], quiet = QUIET_ZONE): QrGeometry {
  const n = matrix.length
  if (matrix.some(row => row.length !== n))
    throw new Error(`a QR matrix is square: ${n} rows of lengths ${[...new Set(matrix.map(r => r.length))].join(', ')}`)
  const parts: string[] = []
  let dark = 0
  matrix.forEach((row, y) => {
    for (let x = 0; x < n;) {
      if (!row[x]) {
        x++
        continue
      }
      let run = 1
      while (row[x + run])
        run++
      parts.push(`M${x + quiet} ${y + quiet}h${run}v1h-${run}z`)
      dark += run
      x += run
    }
  })
  return { size: n + 2 * quiet, d: parts.join(''), dark }
}

/** The accessible name of the code: what it does and the full address (the ui dictionary's words; without them, Chinese). */
export const qrLabel = (href: string, words: Messages['ui']['qr'] = zhUi.qr) => words.label(href)
