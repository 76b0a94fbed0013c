// The deck's own interface (issue 15) in the English edition: the reading view, the phone banner, the
// pacing line and rehearsal record, the slide pieces, mounted with <html lang="en">, show no Chinese; in
// the Chinese edition they show what they always did.
import type { SlideRoute } from '@slidev/types'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { parseCsv } from '../../components/kit/csv'
import ReaderOffer from '../../components/reader/ReaderOffer.vue'
import ReaderPage from '../../components/reader/ReaderPage.vue'
import PillarBadge from '../../components/slide/PillarBadge.vue'
import QuoteCard from '../../components/slide/QuoteCard.vue'
import { aheadText, rehearsalCsv, rehearsalRows, sectionText } from '../../composables/pacing'
import { DICTIONARIES } from '../../i18n/useI18n'
import { englishDocument, expectNoCjk, readerText } from './kit/english'

// Slidev's client is not there in unit tests: what the components read of it
const nav = vi.hoisted(() => ({ slides: [] as unknown[], timer: { status: 'running', startedAt: 0, pausedAt: 0 } }))
vi.mock('../../setup/slidev-internals', async () => {
  const { ref } = await import('vue')
  return {
    useNav: () => ({
      slides: ref(nav.slides),
      currentSlideNo: ref(3),
      isPresenter: ref(false),
      isPrintMode: ref(false),
    }),
    CLICKS_MAX: 999,
    createFixedClicks: () => ({ total: 0 }),
    SlideContainer: { render: () => null },
    SlideWrapper: { render: () => null },
    getSlide: () => undefined,
    PRESENTER_BAR_SELECTOR: '#presenter-bar',
  }
})

const route = (no: number, title: string, frontmatter: Record<string, unknown> = {}, noteHTML = '') =>
  ({ no, meta: { slide: { title, frontmatter, noteHTML } } }) as unknown as SlideRoute
nav.slides = [
  route(1, 'The End of Pre-training?', { layout: 'cover' }, '<p>Welcome.</p>'),
  route(2, 'Opening', { layout: 'section' }),
  route(3, 'We have but one internet', {}, '<p>Data is the fossil fuel of AI.</p>'),
  route(4, 'Questions', { routeAlias: 'qa' }),
  route(5, 'Sources'),
]

function router() {
  const r = createRouter({ history: createMemoryHistory(), routes: [{ path: '/reader', component: { render: () => null } }, { path: '/:no', component: { render: () => null } }] })
  void r.push('/3')
  return r
}

let restore = () => {}
beforeEach(() => {
  globalThis.IntersectionObserver ??= class { observe() {} disconnect() {} } as unknown as typeof IntersectionObserver
  globalThis.ResizeObserver ??= class { observe() {} disconnect() {} } as unknown as typeof ResizeObserver
})
afterEach(() => {
  restore()
  document.body.innerHTML = ''
})

/** everything a reader sees or hears under the body (teleported parts included) */
function bodyText(): string[] {
  const texts = [document.body.textContent ?? '']
  for (const node of document.body.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title'])
      texts.push(node.getAttribute(a) ?? '')
  }
  return texts.filter(Boolean)
}

describe('the reading view', () => {
  it('is English in the English edition', async () => {
    restore = englishDocument()
    const r = router()
    await r.isReady()
    const w = mount(ReaderPage, { global: { plugins: [r] }, attachTo: document.body })
    await nextTick()
    const text = readerText(w)
    expect(text.join(' ')).toContain('Reading view · 5 slides')
    expect(text.join(' ')).toContain('Part 1')
    expect(text.join(' ')).toContain('1 slide of background and sources')
    expect(w.find('.reader-slide-open').text()).toBe('Open in the slides: slide 1')
    expect(w.find('[data-reader-back]').text()).toBe('Slide view: slide 1')
    expect(w.find('.deck-reader').attributes('lang')).toBe('en')
    expect(document.title).toBe('Reading view · The End of Pre-training?')
    expectNoCjk(text)
    w.unmount()
  })

  it('is as before in the Chinese edition', async () => {
    const r = router()
    await r.isReady()
    const w = mount(ReaderPage, { global: { plugins: [r] } })
    const text = w.text()
    expect(text).toContain('阅读版 · 共 5 页')
    expect(text).toContain('第一部分')
    expect(text).toContain('1 页补充材料与来源')
    expect(text).toContain('回到幻灯片视图')
    expect(w.find('.reader-slide-open').text()).toBe('在幻灯片中打开：第 1 页')
    w.unmount()
  })

  it('offers itself on a phone in English', async () => {
    restore = englishDocument()
    window.matchMedia = (() => ({ matches: true, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia
    localStorage.clear()
    const r = router()
    await r.isReady()
    const w = mount(ReaderOffer, { global: { plugins: [r] }, attachTo: document.body })
    // the banner waits for its faces (document.fonts.load) before it comes up
    await vi.waitFor(() => expect(document.querySelector('[data-reader-banner]')).not.toBeNull())
    const banner = document.querySelector('[data-reader-banner]')!
    expect(banner.textContent).toContain('On a phone? The reading view lays out every slide')
    expect(banner.querySelector('[data-reader-banner-close]')!.textContent).toBe('No thanks, close this offer')
    expectNoCjk(bodyText())
    w.unmount()
  })
})

describe('the presenter\'s pacing line and rehearsal record', () => {
  const plan = { slides: [{ no: 1, title: 'Cover', seconds: 30, start: 0, end: 30, section: 0 }], sections: [{ title: 'Opening', first: 1, last: 1, start: 0, end: 30 }], total: 30 }
  vi.doMock('../../setup/pacing', async () => {
    const { PACING } = await import('../../setup/pacing-ids')
    return {
      PACING,
      pacingState: reactive({ now: 0, record: { 1: 40 }, anchor: 0 }),
      clearRecord: () => {},
      usePacing: () => ({
        plan: ref(plan),
        status: ref('running'),
        elapsed: ref(50),
        state: ref({ plannedStart: 0, plannedEnd: 30, ahead: -20, section: plan.sections[0], sectionLeft: -20 }),
        currentSlideNo: ref(1),
        titleOf: () => '',
      }),
    }
  })

  it('speaks English in the English edition', async () => {
    restore = englishDocument()
    const bar = document.createElement('div')
    bar.id = 'presenter-bar'
    document.body.append(bar)
    const { default: PacingPanel } = await import('../../components/presenter/PacingPanel.vue')
    const w = mount(defineComponent({ render: () => h(PacingPanel) }), { attachTo: document.body })
    await nextTick()
    await nextTick()
    const panel = bar.querySelector('.deck-pacing')!
    expect(panel.getAttribute('aria-label')).toBe('Pacing (against the plan)')
    expect(panel.textContent).toContain('Behind 0:20')
    expect(panel.textContent).toContain('Section over by 0:20')
    expect(panel.textContent).toContain('Rehearsal record')
    const dialog = document.querySelector('dialog')!
    expect(dialog.querySelector('tfoot')!.textContent).toContain('Total')
    expect([...dialog.querySelectorAll('thead th')].map(th => th.textContent!.trim())).toEqual(['Slide', 'Title', 'Planned', 'Actual', 'Difference'])
    expectNoCjk(bodyText())
    w.unmount()
  })

  it('words, CSV included, in both editions', () => {
    const en = DICTIONARIES.en.ui
    expect(aheadText(40, en.pacing)).toEqual({ kind: 'ahead', text: 'Ahead 0:40' })
    expect(aheadText(0.2, en.pacing).text).toBe('On plan')
    expect(sectionText(190, en.pacing)).toBe('Section: 3:10 left')
    const table = rehearsalRows(plan, { 1: 40 })
    const csv = parseCsv(rehearsalCsv(table, en.rehearsal))
    expect(csv[0]).toEqual(['Slide', 'Title', 'Planned (s)', 'Actual (s)', 'Difference (s)'])
    expect(csv.at(-1)).toEqual(['Total', '', '30', '40', '10'])
    expect(parseCsv(rehearsalCsv(table)).at(-1)![0]).toBe('合计')
  })
})

describe('the slide pieces', () => {
  it('quote without a translation line in English, with the English dash', async () => {
    restore = englishDocument()
    const w = mount(QuoteCard, { props: { en: 'Pre-training as we know it will unquestionably end.', cite: 'Ilya Sutskever, NeurIPS 2024' } })
    expect(w.find('blockquote').attributes('lang')).toBe('en')
    expect(w.find('.quote-zh').exists()).toBe(false)
    expect(w.find('.quote-cite').text()).toBe('— Ilya Sutskever, NeurIPS 2024')
    expectNoCjk(readerText(w))
  })

  it('quote as before in Chinese', async () => {
    const w = mount(QuoteCard, { props: { en: 'We have but one internet.', zh: '我们只有一个互联网。', cite: 'Ilya' } })
    expect(w.find('.quote-zh').text()).toBe('我们只有一个互联网。')
    expect(w.find('.quote-zh').attributes('lang')).toBe('zh-CN')
    expect(w.find('.quote-cite').text()).toBe('—— Ilya')
  })

  it('name the pillars in the edition\'s words', async () => {
    expect(mount(PillarBadge, { props: { pillar: 'compute' } }).text()).toBe('算力')
    restore = englishDocument()
    expect(mount(PillarBadge, { props: { pillar: 'algo' } }).text()).toBe('Algorithms')
    expect(mount(PillarBadge, { props: { pillar: 'data', label: 'Data (text)' } }).text()).toBe('Data (text)')
  })
})
