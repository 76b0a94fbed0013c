// Slidev merges this into its own Vite config (build and dev server).
// Performance (issue 6, docs/performance.md): keep what the first slide does not need out of its path.
import { defineConfig } from 'vite'
import { fontSubsets } from './vite-plugins/font-subsets.ts'

export default defineConfig({
  plugins: [
    // only the @font-face rules (and font files) for characters the deck contains; woff2 only
    fontSubsets({ root: import.meta.dirname }),
  ],
  optimizeDeps: {
    // The charts' d3 modules are only imported by slides loaded later, so the dev server used to
    // discover them mid-load and re-optimize, which can reload the page while `slidev export` prints.
    include: ['d3-array', 'd3-format', 'd3-scale', 'd3-shape'],
  },
})
