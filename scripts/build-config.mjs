// Names shared by the build, the export and the tests.
export const PDF_NAME = 'pretraining-will-end.pdf'
export const TEST_BASE = '/talks/pretraining/'

/**
 * Why `--base` cannot work, or null. Slidev writes the base into index.html as it is, and a browser
 * then asks for it %-encoded, which the preview server decodes: a space or a non-ASCII letter works.
 * Characters that end or escape a URL path cannot.
 */
export function badBase(base) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    return `--base must start and end with "/", e.g. --base /talks/pretraining/ (got "${base}")`
  const bad = base.match(/[?#%\\"'<>`\t\n\r]/)
  if (bad)
    return `--base "${base}" contains ${JSON.stringify(bad[0])}, which cannot stand in a URL path as it is: use letters, digits, spaces and - _ . ~ / (write a space as a space, not %20)`
  if (base.includes('//') || /\/\.\.?\//.test(base))
    return `--base "${base}" has an empty, "." or ".." segment`
  return null
}

/**
 * Under a dev or export server, a page that finds something wrong with a slide (setup/print-check.ts)
 * POSTs it to this path; vite.config.ts logs it and, when DECK_EXPORT_REPORT names a file (set by
 * scripts/export.mjs), appends it there as one JSON line, so the export fails naming the slide.
 */
export const DECK_CHECK_PATH = '__deck-check'
export const DECK_EXPORT_REPORT_ENV = 'DECK_EXPORT_REPORT'

/** The <html> attribute that says which window this is: "presenter" or "audience". */
export const DECK_WINDOW_ATTR = 'data-deck-window'
