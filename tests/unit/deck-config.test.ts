import { describe, expect, it } from 'vitest'
import { loadHeadmatter } from '../deck'

// The headmatter settings that the three uses (present, export, host offline) depend on.
const head = await loadHeadmatter()

describe('slides.md headmatter', () => {
  it('fetches no web font at runtime and names the self-hosted faces', () => {
    const fonts = head.fonts as Record<string, string>
    expect(fonts.provider).toBe('none')
    expect(fonts.sans).toMatch(/Noto Sans SC/)
  })
  it('uses a local favicon that resolves under any base path', () => {
    expect(head.favicon).toBe('./favicon.svg')
  })
  it('uses the hash router, so deep links survive a refresh on any static host', () => {
    expect(head.routerMode).toBe('hash')
  })
  it('offers the PDF the build writes, and works offline once built', () => {
    expect(head.download).toBe('pretraining-will-end.pdf')
    expect(head.exportFilename).toBe('pretraining-will-end')
    expect(head.pwa).toBe('build')
  })
  it('is a Simplified Chinese deck sized for a 25-minute talk', () => {
    expect((head.htmlAttrs as Record<string, string>).lang).toBe('zh-CN')
    expect(head.duration).toBe('25min')
  })
})
