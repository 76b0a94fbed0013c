import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit tests run the components and pure modules without Slidev: plain Vue + happy-dom.
export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
  },
})
