// The deck's two editions. Which one a page shows comes from the deck's own headmatter
// (`htmlAttrs.lang` in slides.md / slides.en.md), never from a global switch.

export const LANGS = ['zh-CN', 'en'] as const
export type Lang = typeof LANGS[number]

/** What differs between the editions outside the dictionaries: Intl locale, where each is hosted. */
export const EDITIONS: Record<Lang, { entry: string, locale: string, subPath: string, name: string }> = {
  'zh-CN': { entry: 'slides.md', locale: 'zh-CN', subPath: '', name: '中文' },
  'en': { entry: 'slides.en.md', locale: 'en-US', subPath: 'en/', name: 'English' },
}

/** A BCP 47 tag from `htmlAttrs.lang` (or <html lang>) to an edition: "en", "en-GB" → en; anything else → zh-CN. */
export function langOf(tag: string | null | undefined): Lang {
  return /^en(?:-|$)/i.test(tag ?? '') ? 'en' : 'zh-CN'
}

/** A text in both editions (data labels that belong beside their row, not in a dictionary). */
export type Localized = Readonly<Record<Lang, string>>

export function localized(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en }
}

/** A text that reads the same in both editions (a paper's English title, a name), or one per edition. */
export type Text = string | Localized

export function textIn(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang]
}
