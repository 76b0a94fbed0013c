// Mermaid lays a diagram out by measuring its labels. Noto Sans SC ships as unicode-range subsets that the
// browser fetches only when a glyph is first drawn, so a label whose subset had not arrived yet was
// measured in a fallback font: the same commit exported twice gave two different boxes on a diagram
// slide. Here the faces for the diagram's own characters are loaded first, then mermaid (the same module
// and the same options as Slidev's own path, setup/mermaid.ts) renders it.
import type { MermaidConfig } from 'mermaid'
import { defineMermaidRendererSetup } from '@slidev/types'
import mermaid from 'mermaid/dist/mermaid.esm.mjs'
import deckMermaid from './mermaid'

/** the weights diagram labels use (regular text, bold class labels) */
export const LABEL_WEIGHTS = ['400', '700'] as const
let next = 0

export default defineMermaidRendererSetup(() => async (code: string, options: Record<string, unknown>) => {
  await Promise.all(LABEL_WEIGHTS.map(w => document.fonts.load(`${w} 16px "Noto Sans SC"`, code).catch(() => [])))
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined))
  mermaid.initialize({ startOnLoad: false, ...((await deckMermaid()) ?? {}), ...given } as MermaidConfig)
  const container = document.getElementById('mermaid-rendering-container') ?? undefined
  const { svg } = await mermaid.render(`deck-mermaid-${next++}`, code, container)
  return svg
})
