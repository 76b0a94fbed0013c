import { defineMermaidSetup } from '@slidev/types'

// Mermaid follows the deck.
// - Font: the deck's self-hosted stack (no web font fetched by mermaid).
// - Light/dark: Slidev's <Mermaid> passes theme 'dark' when the deck is dark and 'default' otherwise,
//   so no theme is pinned here (this setup runs once, it cannot see later dark-mode switches).
// - Pillar colours: diagrams tag nodes with `class X algo|compute|data`; styles/theme.css colours those
//   classes from the same CSS variables as the charts, so they follow dark mode too.
// - Layout and look are pinned so a mermaid upgrade cannot silently re-lay out the diagrams.
const font = 'Inter, "Noto Sans SC", sans-serif'

export default defineMermaidSetup(() => ({
  fontFamily: font,
  layout: 'dagre',
  look: 'classic',
  themeVariables: {
    fontFamily: font,
    fontSize: '15px',
  },
}))
