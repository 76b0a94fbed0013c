// The link to the same place in the other edition (issue 15): its address for the hosting layout (the
// Chinese deck at the base, the English one at <base>en/), and when it is drawn.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import EditionLink from '../../components/slide/EditionLink.vue'
import { editionBase, editionHref, editionLinkShown, otherEdition } from '../../composables/edition'
import { englishDocument, expectNoCjk, readerText } from './kit/english'

const print = vi.hoisted(() => ({ on: false }))
vi.mock('../../setup/slidev-internals', async () => {
  const { computed } = await import('vue')
  return { useNav: () => ({ isPrintMode: computed(() => print.on) }) }
})

describe('editionHref', () => {
  it('goes from the Chinese edition to the English one at <base>en/, and back', () => {
    expect(editionHref('zh-CN', '/talks/pretraining/', '#/13')).toBe('/talks/pretraining/en/#/13')
    expect(editionHref('en', '/talks/pretraining/en/', '#/13')).toBe('/talks/pretraining/#/13')
    expect(editionHref('zh-CN', '/', '#/13')).toBe('/en/#/13')
    expect(editionHref('en', '/en/', '#/13')).toBe('/#/13')
  })

  it.each(['/', '/talks/pretraining/', '/talks/pretraining', 'https://example.org/deck/', './'])('round-trips zh → en → zh on the same place (base %s)', (base) => {
    for (const hash of ['#/1', '#/13', '#/13?clicks=2', '#/a-epoch', '#/reader#slide-12', '#/presenter/7?clicks=1', '#/overview']) {
      const en = editionHref('zh-CN', base, hash)!
      const enBase = editionBase('zh-CN', base)!
      expect(en).toBe(`${enBase}${hash}`)
      // a relative build's base is './' in both editions; the English page sits one folder down
      const back = editionHref('en', base === './' ? './' : enBase, hash)!
      const zhBase = base === './' ? '../' : base.endsWith('/') ? base : `${base}/`
      expect(back).toBe(`${zhBase}${hash}`)
    }
  })

  it('keeps the slide, the clicks, the chart state in the query and the reading view\'s anchor', () => {
    expect(editionHref('zh-CN', '/t/', '#/13?clicks=2&runway-year=2030')).toBe('/t/en/#/13?clicks=2&runway-year=2030')
    expect(editionHref('en', '/t/en/', '#/reader#slide-12')).toBe('/t/#/reader#slide-12')
    expect(editionHref('en', '/t/en/', '#/presenter/13')).toBe('/t/#/presenter/13')
  })

  it('goes to the other edition\'s start from no place', () => {
    expect(editionHref('zh-CN', '/t/', '')).toBe('/t/en/')
    expect(editionHref('zh-CN', '/t/', '#/')).toBe('/t/en/')
  })

  it('has no address where the English edition is not at <base>en/ (its Chinese twin is nowhere known)', () => {
    expect(editionHref('en', '/', '#/3')).toBeUndefined()
    expect(editionHref('en', '/talks/pretraining/', '#/3')).toBeUndefined()
  })

  it('knows the other edition', () => {
    expect(otherEdition('zh-CN')).toBe('en')
    expect(otherEdition('en')).toBe('zh-CN')
  })

  it('is drawn only outside the dev server and print, where there is an address', () => {
    expect(editionLinkShown({ dev: false, print: false, href: '/en/#/1' })).toBe(true)
    expect(editionLinkShown({ dev: true, print: false, href: '/en/#/1' })).toBe(false)
    expect(editionLinkShown({ dev: false, print: true, href: '/en/#/1' })).toBe(false)
    expect(editionLinkShown({ dev: false, print: false, href: undefined })).toBe(false)
  })
})

describe('<EditionLink>', () => {
  let restore = () => {}
  afterEach(() => {
    restore()
    restore = () => {}
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
    print.on = false
  })

  async function at(path: string, props: Record<string, unknown> = {}) {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
    await router.push(path)
    await router.isReady()
    return { router, w: mount(EditionLink, { props, global: { plugins: [router] } }) }
  }

  it('is hidden under the dev server (one edition is served there)', async () => {
    vi.stubGlobal('__SLIDEV_HAS_SERVER__', true)
    const { w } = await at('/13')
    expect(w.find('a').exists()).toBe(false)
    vi.stubGlobal('__SLIDEV_HAS_SERVER__', false)
    expect((await at('/13')).w.find('a').exists()).toBe(true)
  })

  it('is hidden in print and export', async () => {
    print.on = true
    const { w } = await at('/13')
    expect(w.find('a').exists()).toBe(false)
  })

  it('in the Chinese nav bar: "English", to the same slide, and follows the slide', async () => {
    const { router, w } = await at('/13', { nav: true })
    const a = w.find('a')
    expect(a.attributes('href')).toBe('/en/#/13')
    expect(a.attributes('hreflang')).toBe('en')
    expect(a.find('.edition-link-label').text()).toBe('English')
    expect(a.find('.edition-link-label').attributes('lang')).toBe('en')
    expect(a.text()).toBe('English：本页的英文版')
    expect(a.find('svg').exists()).toBe(false)
    await router.push('/14?clicks=1')
    expect(w.find('a').attributes('href')).toBe('/en/#/14?clicks=1')
  })

  it('in the English nav bar: "中文" in Chinese, described in English', async () => {
    vi.stubEnv('BASE_URL', '/talks/pretraining/en/')
    restore = englishDocument()
    const { w } = await at('/reader#slide-12', { nav: true })
    const a = w.find('a')
    expect(a.attributes('href')).toBe('/talks/pretraining/#/reader#slide-12')
    expect(a.attributes('hreflang')).toBe('zh-CN')
    expect(a.find('.edition-link-label').text()).toBe('中文')
    expect(a.find('.edition-link-label').attributes('lang')).toBe('zh-CN')
    // drawn as outlines (no CJK font is loaded for it), the word itself hidden text for screen readers
    expect(a.find('svg.edition-link-glyphs').attributes('aria-hidden')).toBe('true')
    expect(a.findAll('svg path')).toHaveLength(2)
    expect(a.find('.edition-link-label').classes()).toContain('deck-sr-only')
    expect(a.attributes('title')).toBe('Chinese edition of this slide')
    expect(a.findAll('.deck-sr-only').map(s => s.text())).toEqual(['中文', ': Chinese edition of this slide'])
  })

  it('on the English cover: no CJK at all ("Chinese edition")', async () => {
    vi.stubEnv('BASE_URL', '/talks/pretraining/en/')
    restore = englishDocument()
    const { w } = await at('/1')
    expect(w.find('a').text()).toBe('Chinese edition')
    expect(w.find('a').attributes('hreflang')).toBe('zh-CN')
    expect(w.find('.edition-link-label').attributes('lang')).toBe('en')
    expectNoCjk(readerText(w))
  })

  it('on the Chinese cover: "English edition"', async () => {
    const { w } = await at('/1')
    expect(w.find('a').text()).toBe('English edition')
    expect(w.find('a').attributes('href')).toBe('/en/#/1')
    expect(w.find('a').attributes('title')).toBe('本页的英文版')
  })
})
