// Slidev merges this into its own Vite config (build and dev server).
// Performance (issue 6, docs/performance.md): keep what the first slide does not need out of its path.
import { defineConfig } from 'vite'
import { fontSubsets } from './vite-plugins/font-subsets.ts'

export default defineConfig({
  plugins: [
    // only the @font-face rules (and font files) for characters the deck contains; woff2 only
    fontSubsets({ root: import.meta.dirname }),
  ],
})
