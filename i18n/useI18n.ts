// The edition a component is in and its dictionary. The language is the deck's own headmatter
// (`htmlAttrs.lang`, which Slidev provides to every component of the app); outside Slidev (unit tests,
// a component mounted by its own app) it is <html lang>, which Slidev sets from the same headmatter.
import type { Lang } from './lang'
import type { Messages } from './messages'
import { injectionSlidevContext } from '@slidev/client/constants.ts'
import { inject } from 'vue'
import { DICTIONARIES } from './dictionaries'
import { langOf } from './lang'

export { DICTIONARIES }

/** The edition from a headmatter lang tag, else the document's. */
export function deckLang(tag?: string | null): Lang {
  if (tag)
    return langOf(tag)
  return langOf(typeof document === 'undefined' ? undefined : document.documentElement.lang)
}

/** In a component's setup: the edition and its strings. */
export function useI18n(): { lang: Lang, t: Messages } {
  const slidev = inject(injectionSlidevContext, null)
  const lang = deckLang(slidev?.configs?.htmlAttrs?.lang)
  return { lang, t: DICTIONARIES[lang] }
}

/** Outside a component (setup/ modules, plain functions): the document's edition and its strings. */
export function documentMessages(): { lang: Lang, t: Messages } {
  const lang = deckLang()
  return { lang, t: DICTIONARIES[lang] }
}
