import { describe, expect, it } from 'vitest'
import { APP_TEMPLATE_ID, holdApp, injectPrerender, PRERENDER_ID, removePrerender, showsFirstSlide } from '../../scripts/prerender-html.mjs'
import { compareBoxes } from '../../scripts/prerender.mjs'
import { pickEncoding } from '../../scripts/static-server.mjs'
import { redirectsPwaRegister } from '../../vite-plugins/defer-sw'

const INDEX = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>t</title>
  <script type="module" crossorigin src="/talks/x/assets/index-1.js"></script>
  <link rel="modulepreload" crossorigin href="/talks/x/assets/vue-1.js">
  <link rel="stylesheet" crossorigin href="/talks/x/assets/index-1.css">
  <link rel="preload" as="font" type="font/woff2" crossorigin="" href="/talks/x/assets/a.woff2">
</head>
<body>
  <div id="app"></div>
</body>
</html>`

const frame = { container: 'rgb(0, 0, 0)', slide: 'rgb(255, 255, 255)', page: 'rgba(0, 0, 0, 0)', text: { 'font-family': 'Inter', 'color': 'rgb(0, 0, 0)' } }
const opts = {
  light: '<div class="deck-pr-page"><div class="slidev-layout cover"><h1>预训练的终结？</h1></div></div>',
  dark: null,
  frame: { light: frame, dark: { ...frame, slide: 'rgb(18, 18, 18)' } },
  size: { width: 980, height: 551.25 },
  fonts: ['/talks/x/assets/a.woff2', '/talks/x/assets/b.woff2', { href: '/talks/x/assets/ui.woff2', low: true }],
  css: '.cover-motif[data-v-1]{position:absolute}',
}

describe('showsFirstSlide: the prerender only on the first slide\'s play view', () => {
  it.each(['', '#', '#/', '#/1', '#/1?clicks=0', '#/?x=1'])('shows on %j', (hash) => {
    expect(showsFirstSlide(hash, '')).toBe(true)
  })
  it.each(['#/13', '#/10', '#/2', '#/reader', '#/presenter/1', '#/overview', '#/qa', '#/print', '#/1x'])('not on %j', (hash) => {
    expect(showsFirstSlide(hash, '')).toBe(false)
  })
  it('not when printing or embedded', () => {
    expect(showsFirstSlide('', '?print')).toBe(false)
    expect(showsFirstSlide('#/1', '?print=true&range=1')).toBe(false)
    expect(showsFirstSlide('#/1', '?embedded=true')).toBe(false)
    expect(showsFirstSlide('#/1', '?printer=x')).toBe(true)
  })
})

describe('injectPrerender', () => {
  const html = injectPrerender(INDEX, opts)
  it('puts the slide at the top of <body>, the style and boot script in <head> after the viewport meta', () => {
    const body = html.slice(html.indexOf('<body>'))
    expect(body.indexOf(`<div id="${PRERENDER_ID}">`)).toBeLessThan(body.indexOf('<div id="app">'))
    expect(body).toContain('<h1>预训练的终结？</h1>')
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head.indexOf('<style>')).toBeGreaterThan(head.indexOf('name="viewport"'))
    expect(head.indexOf('<script>')).toBeLessThan(head.indexOf('index-1.css'))
    expect(head).toContain('.cover-motif[data-v-1]{position:absolute}')
    expect(head).toContain('slidev-color-schema')
  })
  it('preloads fonts slide 1 loaded that were not preloaded yet, once', () => {
    expect(html.match(/href="\/talks\/x\/assets\/a\.woff2"/g)).toHaveLength(1)
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin="" href="/talks/x/assets/b.woff2">')
  })
  it('holds Slidev\'s entry script and module preloads in the template, with the mounted page\'s fonts; stylesheets stay', () => {
    const template = html.match(new RegExp(`<template id="${APP_TEMPLATE_ID}">([\\s\\S]*?)</template>`))?.[1] ?? ''
    for (const tag of ['src="/talks/x/assets/index-1.js"', 'href="/talks/x/assets/vue-1.js"', 'fetchpriority="low" href="/talks/x/assets/ui.woff2"'])
      expect(template).toContain(tag)
    const outside = html.replace(template, '')
    expect(outside).not.toContain('index-1.js')
    expect(outside).toContain('<link rel="stylesheet" crossorigin href="/talks/x/assets/index-1.css">')
    expect(outside).not.toContain('ui.woff2')
    // the cover's own font preloads stay in <head>, outside the template
    expect(outside).toContain('href="/talks/x/assets/b.woff2"')
  })
  it('an index.html without Slidev\'s entry script is refused, naming what is missing', () => {
    expect(() => holdApp('<html><head><title>t</title></head><body></body></html>')).toThrow(/script type="module"/)
  })
  it('can run twice on one build, and be taken out again', () => {
    expect(injectPrerender(html, opts)).toBe(html)
    expect(removePrerender(html)).toBe(INDEX)
  })
  it('the boot script is valid JavaScript on its own', () => {
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? ''
    expect(() => new Function(script)).not.toThrow()
  })
  it('a dark DOM, when it differs, is written beside the light one', () => {
    const both = injectPrerender(INDEX, { ...opts, dark: '<div class="deck-pr-page">dark</div>' })
    expect(both).toContain('deck-pr-light deck-pr-has-dark')
    expect(both).toContain('<div class="deck-pr-dark"><div class="deck-pr-page">dark</div></div>')
  })
})

describe('compareBoxes', () => {
  const box = { tag: 'h1', text: 'a', x: 10, y: 20, w: 100, h: 30 }
  it('passes within a pixel, names the element otherwise', () => {
    expect(compareBoxes([box], [{ ...box, x: 10.8 }])).toEqual([])
    expect(compareBoxes([box], [{ ...box, y: 40 }])[0]).toMatch(/element 0 <h1> "a"/)
    expect(compareBoxes([box], [{ ...box, text: 'b' }])[0]).toMatch(/is <h1> "b"/)
    expect(compareBoxes([box], [])[0]).toMatch(/0 elements/)
  })
})

describe('pickEncoding (the bench server compresses like a host)', () => {
  it('answers with the configured encoding only when the browser accepts it', () => {
    expect(pickEncoding('gzip', 'gzip, deflate, br')).toBe('gzip')
    expect(pickEncoding('br', 'gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('auto', 'gzip, deflate, br')).toBe('br')
    expect(pickEncoding('auto', 'gzip;q=1.0')).toBe('gzip')
    expect(pickEncoding('br', 'gzip')).toBe(null)
    expect(pickEncoding(null, 'gzip')).toBe(null)
  })
})

describe('redirectsPwaRegister', () => {
  const deferral = '/deck/setup/sw-deferral.ts'
  it('sends Slidev\'s import of virtual:pwa-register to the deferral module, not the module\'s own', () => {
    expect(redirectsPwaRegister('virtual:pwa-register', '/deck/node_modules/@slidev/client/setup/pwa.ts', deferral)).toBe(true)
    expect(redirectsPwaRegister('virtual:pwa-register', `${deferral}?v=1`, deferral)).toBe(false)
    expect(redirectsPwaRegister('virtual:pwa-register', undefined, deferral)).toBe(false)
    expect(redirectsPwaRegister('vue', '/x.ts', deferral)).toBe(false)
  })
})
