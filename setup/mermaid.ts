import { defineMermaidSetup } from '@slidev/types'

// Mermaid follows the deck.
// - Font: the deck's self-hosted stack (no web font fetched by mermaid).
// - Light/dark: Slidev's <Mermaid> passes theme 'dark' when the deck is dark and 'default' otherwise,
//   so no theme is pinned here (this setup runs once, it cannot see later dark-mode switches).
// - Pillar colours: diagrams tag nodes with `class X algo|compute|data` (or `plain`). Slidev renders each
//   diagram inside a shadow root, so page CSS (styles/theme.css) cannot reach the nodes; the rules go in
//   `themeCSS`, which mermaid writes into the diagram's own <style>. CSS variables do inherit into the
//   shadow root, so the same --pillar-* variables as the charts apply and follow dark mode.
// - Layout and look are pinned so a mermaid upgrade cannot silently re-lay out the diagrams.
const font = 'Inter, "Noto Sans SC", sans-serif'

const shapes = ['rect', 'polygon', 'circle', 'path']
const nodeRule = (cls: string, stroke: string, width: string) =>
  `${shapes.map(s => `.node${cls} ${s}`).join(', ')} { stroke: ${stroke} !important; stroke-width: ${width} !important; }`
const pillarCSS = [
  `${shapes.map(s => `.node ${s}`).join(', ')} { fill: var(--chart-bg) !important; }`,
  nodeRule('', 'var(--chart-muted)', '1.5px'),
  nodeRule('.algo', 'var(--pillar-algo)', '2.5px'),
  nodeRule('.compute', 'var(--pillar-compute)', '2.5px'),
  nodeRule('.data', 'var(--pillar-data)', '2.5px'),
  // label text in the deck's text colour (AA in both schemes); edge labels sit on the slide background
  // instead of mermaid's grey box
  '.nodeLabel, .edgeLabel, .label { color: var(--chart-fg) !important; }',
  '.edgeLabel, .edgeLabel p, .labelBkg { background-color: var(--chart-bg) !important; }',
  '.edgeLabel rect { fill: var(--chart-bg) !important; }',
].join('\n')

export default defineMermaidSetup(() => ({
  fontFamily: font,
  layout: 'dagre',
  look: 'classic',
  themeCSS: pillarCSS,
  themeVariables: {
    fontFamily: font,
    fontSize: '15px',
  },
}))
