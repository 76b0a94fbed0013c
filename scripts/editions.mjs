// The deck's two editions as the build, the export and the tests see them (issue 15). The components'
// side of the same facts is i18n/lang.ts (tests/unit/editions.test.ts keeps the two in step).
// - Chinese: slides.md, built at the base;
// - English: slides.en.md, built at `<base>en/`, its own PDF, service worker and og/meta.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'

/** @typedef {'zh-CN' | 'en'} Lang */

export const EDITIONS = /** @type {const} */ ({
  'zh-CN': {
    lang: 'zh-CN',
    flag: 'zh',
    entry: 'slides.md',
    subPath: '',
    /** the PDF next to index.html (`download:` in the entry's headmatter) */
    pdf: 'pretraining-will-end.pdf',
    appendix: '附录',
    /** the bookmark of a slide without a title */
    untitled: no => `第 ${no} 页`,
    notesKind: '讲稿',
    /** how a chart's source line starts (the kit's label), as a PDF's text shows it */
    sourceWord: '来源',
    handoutKind: '讲义',
    keywords: ['Ilya Sutskever', 'NeurIPS 2024', 'Test of Time', '预训练', 'scaling', '合成数据', '推理时计算', '超级智能', 'SSI'],
  },
  'en': {
    lang: 'en',
    flag: 'en',
    entry: 'slides.en.md',
    subPath: 'en/',
    pdf: 'pretraining-will-end-en.pdf',
    appendix: 'Appendix',
    untitled: no => `Slide ${no}`,
    notesKind: 'Speaker notes',
    sourceWord: 'Source',
    handoutKind: 'Handout',
    keywords: ['Ilya Sutskever', 'NeurIPS 2024', 'Test of Time', 'pre-training', 'scaling', 'synthetic data', 'inference-time compute', 'superintelligence', 'SSI'],
  },
})

/** `--lang zh|zh-CN|en` → the edition; anything else is an error that lists the choices. */
export function editionOfFlag(flag) {
  const hit = Object.values(EDITIONS).find(e => e.flag === flag || e.lang === flag)
  if (!hit)
    throw new Error(`--lang ${flag}: unknown edition; use --lang zh (slides.md, the default) or --lang en (slides.en.md)`)
  return hit
}

/** The edition of an entry file, from its headmatter's `htmlAttrs.lang` (the same field the components read). */
export function editionOfEntry(entry) {
  const text = readFileSync(resolve(entry), 'utf8')
  const head = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? ''
  const lang = head.match(/^htmlAttrs:\s*\n(?:[ \t]+.*\n)*?[ \t]+lang:\s*['"]?([\w-]+)/m)?.[1]
  return /^en(?:-|$)/i.test(lang ?? '') ? EDITIONS.en : EDITIONS['zh-CN']
}

/**
 * The entry Slidev is running on, for Vite plugins that depend on the edition (font subsets): DECK_ENTRY
 * when a script sets it (scripts/export.mjs, which starts Slidev in-process), else the `.md` argument of
 * the command line (`slidev build slides.en.md`, `slidev slides.en.md`), else slides.md.
 */
export function currentEntry(argv = process.argv, env = process.env) {
  if (env.DECK_ENTRY)
    return env.DECK_ENTRY
  return argv.slice(2).find(a => a.endsWith('.md') && !a.startsWith('-')) ?? EDITIONS['zh-CN'].entry
}
