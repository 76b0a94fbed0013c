import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GENTLE_PRELOAD_ALL, gentlePreload, SLIDEV_PRELOAD_ALL } from '../../vite-plugins/gentle-preload'
import { SLIDEV_MAIN, YIELDING_MAIN, yieldingMain } from '../../vite-plugins/yield-startup'

const client = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))

describe('gentle preload (vite-plugins/gentle-preload.ts)', () => {
  it('finds Slidev\'s "preload all slides after 3s" in the installed SlidesShow.vue and replaces it', () => {
    const code = readFileSync(join(client, 'internals/SlidesShow.vue'), 'utf8')
    const out = gentlePreload(code)
    expect(out).not.toContain('routes.forEach(preloadRoute)')
    expect(out).toContain(GENTLE_PRELOAD_ALL)
    expect(out.replace(GENTLE_PRELOAD_ALL, SLIDEV_PRELOAD_ALL)).toBe(code)
  })
  it('fails loudly when Slidev\'s code changed', () => {
    expect(() => gentlePreload('<script setup>setTimeout(() => preloadAll(), 3000)</script>')).toThrow(/update vite-plugins\/gentle-preload\.ts/)
  })
})

describe('start-up yields (vite-plugins/yield-startup.ts)', () => {
  it('applies to the installed @slidev/client/main.ts', () => {
    const code = readFileSync(join(client, 'main.ts'), 'utf8')
    const out = yieldingMain(code)
    expect(out).toContain(YIELDING_MAIN)
    expect(out.replace(YIELDING_MAIN, SLIDEV_MAIN)).toBe(code)
    expect(() => yieldingMain('main()')).toThrow(/update vite-plugins\/yield-startup\.ts/)
  })
})
