import jsQR from 'jsqr'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { ui as enUi } from '../../i18n/en/ui'
import { HOSTED_URL_ENV, MAX_URL_LENGTH, parseHostedUrl, qrLabel, qrPath, QUIET_ZONE, resolveHostedUrl, shortUrl, urlSegments } from '../../composables/hostedQr'

const URL_OK = 'https://example.org/talks/pretraining/'

/** the path's dark modules back on a grid (the path format qrPath writes: `M x y h n v1 h-n z` per run) */
function rasterize(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false))
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)]
  expect(runs.map(m => m[0]).join(''), 'the path is nothing but runs').toBe(d)
  for (const [, x, y, n, back] of runs) {
    expect(back).toBe(n)
    for (let i = 0; i < Number(n); i++) {
      expect(grid[Number(y)]![Number(x) + i], `module ${Number(x) + i},${y} drawn twice`).toBe(false)
      grid[Number(y)]![Number(x) + i] = true
    }
  }
  return grid
}

/** the grid as RGBA pixels, `scale` px a module, dark = black on white */
function pixels(grid: boolean[][], scale: number) {
  const side = grid.length * scale
  const data = new Uint8ClampedArray(side * side * 4)
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const v = grid[Math.floor(py / scale)]![Math.floor(px / scale)] ? 0 : 255
      data.set([v, v, v, 255], (py * side + px) * 4)
    }
  }
  return { data, side }
}

describe('the hosted address', () => {
  it('is not configured when neither the variable nor the headmatter field is set, or when they are blank', () => {
    expect(resolveHostedUrl({ env: undefined, headmatter: undefined })).toEqual({ url: null })
    expect(resolveHostedUrl({ env: undefined, headmatter: null })).toEqual({ url: null })
    expect(resolveHostedUrl({ env: '  ', headmatter: undefined })).toEqual({ url: null })
    expect(resolveHostedUrl({ env: undefined, headmatter: '' })).toEqual({ url: null })
  })

  it('takes an http(s) URL from the environment variable, over the headmatter field', () => {
    expect(resolveHostedUrl({ env: URL_OK, headmatter: undefined }).url)
      .toEqual({ href: URL_OK, short: 'example.org/talks/pretraining', source: HOSTED_URL_ENV })
    expect(resolveHostedUrl({ env: undefined, headmatter: 'http://10.0.0.5:8080/deck/' }).url)
      .toMatchObject({ href: 'http://10.0.0.5:8080/deck/', short: 'http://10.0.0.5:8080/deck', source: 'hostedUrl (headmatter of slides.md)' })
    expect(resolveHostedUrl({ env: URL_OK, headmatter: 'https://elsewhere.example/' }).url?.href).toBe(URL_OK)
    // an empty variable switches a headmatter address off for that build
    expect(resolveHostedUrl({ env: '', headmatter: 'https://elsewhere.example/' })).toEqual({ url: null })
    // the variable decides even when it is the bad one
    expect(resolveHostedUrl({ env: 'ftp://x.example/', headmatter: URL_OK }).problem).toContain(HOSTED_URL_ENV)
  })

  it('encodes the address as the URL parser writes it, trimmed', () => {
    expect(parseHostedUrl(' HTTPS://Example.ORG/Talks/ ', 'X').url).toMatchObject({ href: 'https://example.org/Talks/', short: 'example.org/Talks' })
    expect(parseHostedUrl('https://example.org', 'X').url).toMatchObject({ href: 'https://example.org/', short: 'example.org' })
    expect(parseHostedUrl('https://example.org/deck/?lang=zh#/1', 'X').url?.short).toBe('example.org/deck?lang=zh#/1')
  })

  it.each([
    ['ftp://example.org/deck/', 'is not an http(s) URL (its scheme is ftp:)'],
    ['javascript:alert(1)', 'is not an http(s) URL (its scheme is javascript:)'],
    ['example.org/talks/pretraining/', 'is not an absolute URL'],
    ['/talks/pretraining/', 'is not an absolute URL'],
    ['https://exa mple.org/', 'contains white space'],
    ['https://user:secret@example.org/', 'contains a user name or password'],
    [`https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`, `is ${MAX_URL_LENGTH + 20} characters long, more than the ${MAX_URL_LENGTH}`],
    [42, 'is not a string'],
  ])('rejects %s, naming where it came from', (raw, why) => {
    const r = parseHostedUrl(raw, HOSTED_URL_ENV)
    expect(r.url).toBeNull()
    expect(r.problem).toContain(`${HOSTED_URL_ENV}=${JSON.stringify(raw)} ${why}`)
    expect(r.problem).toContain('the QR code for the hosted deck is left out')
  })

  it('is cut after each slash for the caption', () => {
    expect(urlSegments('example.org/talks/pretraining')).toEqual(['example.org/', 'talks/', 'pretraining'])
    expect(urlSegments('example.org')).toEqual(['example.org'])
    expect(shortUrl(new URL('http://example.org/'))).toBe('http://example.org')
  })

  it('has an accessible name saying what the code does', () => {
    expect(qrLabel(URL_OK)).toBe(`扫码打开在线版：${URL_OK}`)
    expect(qrLabel(URL_OK, enUi.qr)).toBe(`Scan to open the deck online: ${URL_OK}`)
  })
})

describe('qrPath', () => {
  it('draws each horizontal run of dark modules as one rectangle, offset by the quiet zone', () => {
    const m = [
      [true, true, false],
      [false, true, false],
      [true, false, true],
    ]
    expect(qrPath(m, 1)).toEqual({ size: 5, d: 'M1 1h2v1h-2zM2 2h1v1h-1zM1 3h1v1h-1zM3 3h1v1h-1z', dark: 5 })
    expect(qrPath(m).size).toBe(3 + 2 * QUIET_ZONE)
    expect(qrPath([[false]], 4)).toEqual({ size: 9, d: '', dark: 0 })
    expect(() => qrPath([[true, false], [true]])).toThrow(/square/)
  })

  it('draws exactly uqr\'s matrix, which decodes back to the address', () => {
    const { data } = encode(URL_OK, { ecc: 'M', border: 0 })
    const geo = qrPath(data)
    const grid = rasterize(geo.d, geo.size)
    // the quiet zone is empty, the inside is the matrix
    expect(grid.slice(0, QUIET_ZONE).flat().some(Boolean)).toBe(false)
    expect(grid.map(row => row.slice(QUIET_ZONE, QUIET_ZONE + data.length)).slice(QUIET_ZONE, QUIET_ZONE + data.length)).toEqual(data)
    expect(geo.dark).toBe(data.flat().filter(Boolean).length)
    const { data: rgba, side } = pixels(grid, 4)
    expect(jsQR(rgba, side, side)?.data).toBe(URL_OK)
    // without the quiet zone a reader may not find it: the zone is part of the drawing, not of the page around it
    expect(geo.size - data.length).toBe(2 * QUIET_ZONE)
  })
})
