// The link to the same place in the other edition (issue 15). Pure functions; components/slide/EditionLink.vue
// reads the edition, Vite's base and the route, and draws the link.
//
// Hosting layout: the Chinese deck is built at the base (import.meta.env.BASE_URL, e.g. /talks/pretraining/),
// the English one at `<base>en/` (EDITIONS[lang].subPath in i18n/lang.ts). Both use Slidev's hash router and
// have the same slides in the same order with the same route aliases, clicks and charts, so the place in the
// deck is the whole hash, kept as it is:
//   #/13, #/13?clicks=2 (and a chart's state in the query), #/a-epoch (a route alias), #/reader#slide-12,
//   #/overview — and #/presenter/13: a presenter who switches lands in the other edition's presenter view on
//   the same slide and click (a rehearsal in the other language). The stopwatch and the windows that follow
//   it are that edition's own (Slidev keys its shared state by the deck's title).
import type { Lang } from '../i18n/lang'
import { EDITIONS } from '../i18n/lang'

/** The other edition. */
export const otherEdition = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en')

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`)
/** Vite's relative base (`base: './'` or `''`): the page's own folder */
const isRelative = (base: string) => base === '' || base === './'

/**
 * Where the other edition's index is, from this edition's base URL: zh `/talks/pretraining/` → en
 * `/talks/pretraining/en/`; en `/talks/pretraining/en/` → zh `/talks/pretraining/`. With a relative base the
 * editions are still one folder apart (`./en/`, `../`). Undefined when this base is not where the layout
 * puts this edition (an English build at `/`: where its Chinese twin is cannot be known), so no link.
 */
export function editionBase(lang: Lang, baseUrl: string): string | undefined {
  const sub = EDITIONS[lang].subPath
  const to = EDITIONS[otherEdition(lang)].subPath
  if (isRelative(baseUrl))
    return sub ? '../'.repeat(sub.split('/').filter(Boolean).length) + to : `./${to}`
  const base = withSlash(baseUrl)
  if (!base.endsWith(`/${sub}`))
    return undefined
  return base.slice(0, base.length - sub.length) + to
}

/**
 * The same place in the other edition: `editionHref('zh-CN', '/talks/pretraining/', '#/13')` →
 * `/talks/pretraining/en/#/13`, and back. An empty hash (or `#`, `#/`) goes to the other edition's start.
 */
export function editionHref(lang: Lang, baseUrl: string, hash: string): string | undefined {
  const base = editionBase(lang, baseUrl)
  if (base === undefined)
    return undefined
  const place = hash.replace(/^#/, '')
  return place && place !== '/' ? `${base}#${place.startsWith('/') ? place : `/${place}`}` : base
}

/** Slidev's compile-time flag: true under `slidev` (dev server) and `slidev export`, false in `slidev build` */
declare const __SLIDEV_HAS_SERVER__: boolean | undefined

/**
 * Served by Slidev's dev server (or its export server), where one edition only is served. Not
 * import.meta.env.DEV: this deck's `npm run build` output has DEV true (Vite's mode as Slidev resolves it),
 * so only Slidev's own flag tells. Outside Slidev (unit tests) the flag is not defined: not a dev server,
 * unless a test defines it (vi.stubGlobal).
 */
export function servedByDevServer(): boolean {
  return typeof __SLIDEV_HAS_SERVER__ !== 'undefined' && !!__SLIDEV_HAS_SERVER__
}

/**
 * Whether the link is drawn: not under the dev server (it serves one edition only, the other's address
 * answers nothing), not in print or export (a PDF is one edition), and only where there is an address.
 */
export function editionLinkShown(when: { dev: boolean, print: boolean, href: string | undefined }): boolean {
  return !when.dev && !when.print && !!when.href
}
