import type { Browser, Page } from '@playwright/test'
import type { PlantedDeck } from '../fixtures/planted-deck'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { freePort } from '../../scripts/free-port.mjs'
import { plantDeck, ROOT } from '../fixtures/planted-deck'

// Issue 13, "phone as remote": `npm run dev -- --remote <password>` (Slidev 52.20.1) listens on every
// interface; a phone on the same network opens the presenter view with `?password=` and drives the
// talk, the audience window on the laptop follows through the dev server. A phone without the password
// gets the audience view, which moves only itself. A scratch copy of the deck, `slidev --remote` on a
// free port (without --open: no browser window on the machine running the tests).
test.describe.configure({ mode: 'serial', timeout: 240_000 })

const PASSWORD = 'lectern42'
const SLIDES = [
  '# 二\n\n<v-clicks>\n\n- 第 1 点\n- 第 2 点\n\n</v-clicks>\n\n<!--\n第二页的备注。\n[click] 一\n[click] 二\n-->\n',
  '# 三\n\n<!--\n第三页的备注。\n-->\n',
].join('\n---\n\n')
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

let deck: PlantedDeck
let server: Awaited<ReturnType<PlantedDeck['start']>>
let port: number
/** the laptop's own address (the audience window, on the projector) */
let laptop: string
/** the address a phone on the same network uses: the LAN address Slidev prints */
let lan: string

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000)
  deck = plantDeck(SLIDES)
  port = await freePort()
  // the same CLI `npm run dev` runs (`slidev --open`), with the flag npm passes through after `--`
  server = await deck.start(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', '--port', String(port), '--remote', PASSWORD], /shortcuts/, 180_000)
  laptop = `http://localhost:${port}/`
  // Slidev prints one "remote control" line per non-loopback IPv4 interface; a machine without one
  // (a bare CI container) still tests an untrusted origin through 127.0.0.2 (Slidev trusts only
  // localhost and 127.0.0.1 to drive without the presenter view)
  const printed = server.output().match(/remote control\s+>\s+http:\/\/([\d.]+):/)?.[1]
  lan = `http://${printed ?? '127.0.0.2'}:${port}/`
  if (!printed)
    test.info().annotations.push({ type: 'no LAN address', description: 'the phone is simulated on 127.0.0.2' })
  // the first visits compile the client and pre-bundle its dependencies, which can reload a page once
  const page = await browser.newPage()
  for (const url of [`${laptop}#/1`, `${lan}#/presenter/1?password=${PASSWORD}`, `${lan}#/notes?password=${PASSWORD}`, `${lan}#/2`]) {
    await page.goto(url)
    await page.waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0, undefined, { timeout: 120_000 })
    await page.waitForLoadState('networkidle')
  }
  await page.close()
})

test.afterAll(async () => {
  await server?.stop()
  deck?.remove()
})

/** slide.click of a window, from its URL (`#/3?clicks=2`, `#/presenter/3?clicks=2&password=…`) */
function position(page: Page) {
  const m = new URL(page.url()).hash.match(/^#\/(?:presenter\/)?(\d+)(?:\?(.*))?$/)
  return m ? `${m[1]}.${Number(new URLSearchParams(m[2] ?? '').get('clicks') ?? 0)}` : new URL(page.url()).hash
}

async function audienceWindow(browser: Browser) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
  await page.goto(`${laptop}#/1`)
  await expect(page.locator('.slidev-page-1')).toBeVisible({ timeout: 60_000 })
  await page.waitForTimeout(500) // it sends its position (a trusted origin): let that settle
  return page
}

async function phone(browser: Browser, path: string) {
  const page = await (await browser.newContext(PHONE)).newPage()
  const prompts: string[] = []
  // Slidev asks with prompt() when the password is missing; a viewer who does not know it cancels
  page.on('dialog', (d) => {
    prompts.push(d.message())
    void d.dismiss()
  })
  await page.goto(`${lan}${path}`)
  return { page, prompts }
}

test('npm run dev passes --remote to slidev, which prints the presenter and remote URLs with the password', async () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  expect(pkg.scripts.dev, 'npm run dev -- --remote <pw> ends up as slidev --open --remote <pw>').toBe('slidev --open')
  const out = server.output()
  expect(out).toContain(`presenter mode      > http://localhost:${port}/#/presenter/?password=${PASSWORD}`)
  if (!lan.includes('127.0.0.2'))
    expect(out).toContain(`remote control      > ${lan}#/entry?password=${PASSWORD}/`)
})

test('the "remote control" URL Slidev prints loses the password to its trailing slash; without the slash it opens the menu', async ({ browser }) => {
  const printed = await phone(browser, `#/entry?password=${PASSWORD}/`)
  await expect(printed.page.locator('.slidev-page-1')).toBeVisible({ timeout: 60_000 })
  expect(new URL(printed.page.url()).hash, 'the password read as "lectern42/" is wrong: back to the audience view').toBe('#/1')
  const fixed = await phone(browser, `#/entry?password=${PASSWORD}`)
  for (const link of ['Slides', 'Presenter', 'Notes', 'Overview'])
    await expect(fixed.page.getByRole('link', { name: link })).toBeVisible({ timeout: 60_000 })
  expect(fixed.prompts).toEqual([])
})

test('a phone with the password drives the talk from the presenter view at 390×844; the audience window follows', async ({ browser }) => {
  const audience = await audienceWindow(browser)
  const { page, prompts } = await phone(browser, `#/presenter/1?password=${PASSWORD}`)
  await expect(page.locator('.slidev-page-1').first()).toBeVisible({ timeout: 60_000 })
  expect(prompts).toEqual([])
  await expect(page.getByText('封面。'), 'the notes of the current slide').toBeVisible()
  const next = page.locator('[title="Go to next slide"]').first()
  await expect(next).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('phone-presenter-390x844.png') })
  for (const expected of ['2.0', '2.1', '2.2', '3.0']) {
    await next.tap()
    await expect.poll(() => position(page), { timeout: 5000 }).toBe(expected)
    await expect.poll(() => position(audience), { timeout: 5000, message: `the audience follows the phone to ${expected}` }).toBe(expected)
  }
  await expect(page.getByText('第三页的备注。')).toBeVisible()
})

test('without the password a phone gets the audience view, and moving it moves nobody else', async ({ browser }) => {
  const audience = await audienceWindow(browser)
  const asked = await phone(browser, '#/presenter/1')
  await expect.poll(() => asked.prompts, { timeout: 60_000 }).toEqual(['Enter password'])
  await expect.poll(() => new URL(asked.page.url()).hash, { timeout: 10_000 }).toBe('#/1')
  const wrong = await phone(browser, '#/presenter/1?password=wrong')
  await expect.poll(() => new URL(wrong.page.url()).hash, { timeout: 60_000 }).toBe('#/1')
  expect(wrong.prompts, 'a wrong password is not asked again').toEqual([])
  const viewer = wrong.page
  await expect(viewer.locator('.slidev-page-1')).toBeVisible({ timeout: 60_000 })
  await viewer.waitForTimeout(1000)
  for (let i = 0; i < 3; i++) {
    await viewer.keyboard.press('ArrowRight')
    await viewer.waitForTimeout(200)
  }
  expect(position(viewer), 'the phone moved itself').not.toBe('1.0')
  await viewer.waitForTimeout(2000)
  expect(position(audience), 'the audience window stayed').toBe('1.0')
})

test('the notes view on a phone follows the presenter and cannot drive', async ({ browser }) => {
  const { page } = await phone(browser, `#/notes?password=${PASSWORD}`)
  const presenter = await (await browser.newContext()).newPage()
  await presenter.goto(`${laptop}#/presenter/2?password=${PASSWORD}`)
  await expect(presenter.locator('.slidev-page-2').first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText('第二页的备注。')).toBeVisible({ timeout: 10_000 })
  await presenter.keyboard.press('ArrowRight')
  await presenter.keyboard.press('ArrowRight')
  await presenter.keyboard.press('ArrowRight')
  await expect(page.getByText('第三页的备注。')).toBeVisible({ timeout: 10_000 })
  await expect(page.locator('[title="Go to next slide"]')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('phone-notes-390x844.png') })
})

test('the password is no secret: every window that loads the deck receives it with the configuration', async ({ request }) => {
  const configs = await (await request.get(`${lan}@slidev/configs`)).text()
  expect(configs).toContain(`"remote":"${PASSWORD}"`)
})
