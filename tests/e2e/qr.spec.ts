import type { Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { TEST_BASE } from '../../scripts/build-config.mjs'
import { startStaticServer } from '../../scripts/static-server.mjs'
import { EDITION, loadDeck, ROOT, splitTracks, T } from '../deck'
import { deckUrl, waitForSlide } from './fixtures'
import { pngPixels } from './pixels'

// Issue 13, "QR code": the cover and the Q&A slide show a QR code for the hosted deck's address when the
// build has one (VITE_DECK_PUBLIC_URL, or hostedUrl: in the headmatter), and nothing at all when it has
// none. The normal test build has none; this file builds the deck once more with an address.
test.describe.configure({ mode: 'serial' })

const ADDRESS = 'https://example.org/talks/pretraining/'
const BAD = 'ftp://example.org/talks/pretraining/'
const { main, qa } = splitTracks(await loadDeck())
const SLIDES = [
  { name: 'cover', no: main[0]!.no },
  { name: 'Q&A', no: qa!.no },
]

async function open(page: Page, base: string, no: number) {
  await page.goto(`${base}#/${no}`)
  await waitForSlide(page, no)
}

/**
 * Elements of the slide that take room but show nothing: no text, no SVG or image inside, a box of
 * their own (what a left-over QR wrapper would be), ignoring <style> and the source line.
 */
const emptyBoxes = (page: Page, no: number) => page.locator(`.slidev-page-${no} .slidev-layout`).evaluate((layout) => {
  return [...layout.querySelectorAll<HTMLElement>('*')]
    .filter(el => !(el instanceof SVGElement) && !['STYLE', 'SCRIPT', 'BR', 'WBR'].includes(el.tagName))
    .filter((el) => {
      const r = el.getBoundingClientRect()
      return r.width > 1 && r.height > 1 && !el.textContent?.trim() && !el.querySelector('svg, img, canvas')
    })
    .map(el => `<${el.tagName.toLowerCase()} class="${el.className}">`)
})

test.describe('without an address (the normal test build)', () => {
  for (const { name, no } of SLIDES) {
    test(`the ${name} slide has no QR code and no empty box where it would be`, async ({ page }) => {
      const errors: string[] = []
      page.on('console', m => m.type() === 'error' && errors.push(m.text()))
      await open(page, deckUrl(), no)
      const slide = page.locator(`.slidev-page-${no}`)
      await expect(slide.locator('.slidev-layout')).toBeVisible()
      await expect(slide.locator(`.hosted-qr, .cover-qr, [aria-label^="${T.ui.qr.label('').trim()}"]`)).toHaveCount(0)
      expect(await emptyBoxes(page, no)).toEqual([])
      expect(errors).toEqual([])
    })
  }
})

test.describe('with an address', () => {
  let dist: string
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined
  let bad: Awaited<ReturnType<typeof startStaticServer>> | undefined

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    dist = mkdtempSync(join(tmpdir(), 'deck-qr-'))
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--lang', EDITION.flag, '--no-pdf', '--no-check', '--base', TEST_BASE, '--out', join(dist, 'good')], {
      cwd: ROOT,
      env: { ...process.env, VITE_DECK_PUBLIC_URL: ADDRESS, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 200_000,
    })
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0)
    server = await startStaticServer({ dir: join(dist, 'good') })
    // The same site as a build with a bad value, without a second build: Vite writes the variable into
    // the bundle as a string literal (env: `https://…`), so the copy swaps that literal. (Its index.html
    // keeps the prerendered cover of the good build; the checks below look at the mounted slides only.)
    cpSync(join(dist, 'good'), join(dist, 'bad'), { recursive: true })
    const literal = new RegExp(`(["'\`])${ADDRESS.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g')
    let swapped = 0
    for (const f of readdirSync(join(dist, 'bad/assets')).filter(f => f.endsWith('.js'))) {
      const file = join(dist, 'bad/assets', f)
      const code = readFileSync(file, 'utf8')
      const patched = code.replace(literal, (_, q: string) => {
        swapped++
        return `${q}${BAD}${q}`
      })
      if (patched !== code)
        writeFileSync(file, patched)
    }
    expect(swapped, 'the address is in the built code once, as the variable\'s value').toBe(1)
    bad = await startStaticServer({ dir: join(dist, 'bad') })
  })

  test.afterAll(async () => {
    await server?.close()
    await bad?.close()
    rmSync(dist, { recursive: true, force: true })
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`the cover and the Q&A slide draw a code that decodes back to the address (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      for (const { name, no } of SLIDES) {
        await open(page, server!.url, no)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
        const qr = page.locator(`.slidev-page-${no} .hosted-qr`)
        await expect(qr, `${name}: one code`).toHaveCount(1)
        await expect(qr.locator('path.hosted-qr-modules')).toHaveCount(1)
        await expect(qr).toHaveAttribute('role', 'img')
        await expect(qr).toHaveAttribute('aria-label', T.ui.qr.label(ADDRESS))
        await expect(qr.locator('.hosted-qr-url')).toHaveText('example.org/talks/pretraining')

        const geo = await page.evaluate((no) => {
          const frame = document.querySelector<HTMLElement>(`.slidev-page-${no}`)!
          const scale = frame.getBoundingClientRect().width / frame.offsetWidth
          const card = frame.querySelector('.hosted-qr')!
          const box = (el: Element) => {
            const r = el.getBoundingClientRect()
            return { l: r.left, t: r.top, r: r.right, b: r.bottom }
          }
          const c = box(card)
          const f = box(frame)
          // everything else the slide shows: headings, text, the cover's motif
          const others = [...frame.querySelectorAll('.slidev-layout > *')]
            .filter(el => el !== card && !el.contains(card) && !['STYLE', 'SCRIPT'].includes(el.tagName) && el.getBoundingClientRect().width > 0)
            .filter((el) => {
              const o = box(el)
              return o.l < c.r && c.l < o.r && o.t < c.b && c.t < o.b
            })
            .map(el => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`)
          const code = card.querySelector('svg')!.getBoundingClientRect()
          return {
            side: code.width / scale,
            inside: c.l >= f.l && c.t >= f.t && c.r <= f.r + 0.5 && c.b <= f.b + 0.5,
            overlaps: others,
            urlPx: Number.parseFloat(getComputedStyle(card.querySelector('.hosted-qr-url')!).fontSize),
          }
        }, no)
        expect(geo.side, `${name}: big enough to scan from a seat (canvas px)`).toBeGreaterThanOrEqual(150)
        expect(geo.inside, `${name}: inside the slide`).toBe(true)
        expect(geo.overlaps, `${name}: overlaps nothing else on the slide`).toEqual([])
        expect(geo.urlPx, `${name}: the address is readable`).toBeGreaterThanOrEqual(14)

        // what the screen shows, as a phone would see it: a screenshot of the code, decoded in the page
        // into pixels, read by jsQR in Node
        const png = await qr.locator('svg').screenshot()
        const img = await pngPixels(page, png)
        // dark modules on light only: a code that only an inverting reader could read fails
        const decoded = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' })
        expect(decoded?.data, `${name} (${scheme}): the screenshot decodes`).toBe(ADDRESS)
      }
    })
  }

  test('a bad address is left out with one console error naming the variable, and no empty box', async ({ page }) => {
    const errors: string[] = []
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    for (const { name, no } of SLIDES) {
      await open(page, bad!.url, no)
      await expect(page.locator(`.slidev-page-${no} .slidev-layout`)).toBeVisible()
      await expect(page.locator(`.slidev-page-${no} .hosted-qr`), name).toHaveCount(0)
      expect(await emptyBoxes(page, no), name).toEqual([])
    }
    // a console error is what the build's render check and the export's print check fail on
    expect(errors).toEqual([
      `[deck] VITE_DECK_PUBLIC_URL="${BAD}" is not an http(s) URL (its scheme is ftp:): the QR code for the hosted deck is left out. `
      + 'Set it to the deck\'s public address, e.g. https://example.org/talks/pretraining/, or leave it unset.',
    ])
  })
})
