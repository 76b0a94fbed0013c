// `--range` for `npm run export`: Slidev's syntax, read strictly, with a message for what it cannot read.

/**
 * The slide numbers `--range` names (Slidev's syntax: `13-16`, `1,3,5-7`, `40-`), or an error that says
 * what is wrong. Stricter than Slidev's parser, which silently drops what it cannot read.
 * @returns {{ pages: number[] } | { error: string }}
 */
export function parseRange(range, total) {
  const example = `e.g. --range 13-16, --range 1,3,5-7 or --range 40- (the deck has ${total} slides)`
  if (range === undefined)
    return { pages: Array.from({ length: total }, (_, i) => i + 1) }
  if (typeof range !== 'string' || !range.trim())
    return { error: `--range needs slide numbers, ${example}` }
  const pages = new Set()
  for (const raw of range.split(/[,;]/)) {
    const part = raw.trim()
    const m = part.match(/^(\d+)(?:\s*(-)\s*(\d*))?$/)
    if (!m)
      return { error: `--range "${range}": "${part}" is not a slide number or a from-to range; ${example}` }
    const from = Number(m[1])
    const to = m[2] ? (m[3] ? Number(m[3]) : total) : from
    if (from < 1 || to < from)
      return { error: `--range "${range}": "${part}" is empty (slides are numbered from 1, a range goes from low to high); ${example}` }
    if (to > total)
      return { error: `--range "${range}": "${part}" goes past the last slide, ${total}` }
    for (let i = from; i <= to; i++)
      pages.add(i)
  }
  return { pages: [...pages].sort((a, b) => a - b) }
}
