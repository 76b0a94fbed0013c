// What a drawn slide must not contain, checked in the browser. One function, self-contained (no
// closure, no import) so that Playwright can run it with page.evaluate() and setup/ code can call it
// in the page: the build's render check (scripts/check-slides.mjs) and the export check
// (setup/print-check.ts) look for the same things.
//   - Slidev's error placeholder (`errorTexts`: the texts of its error layout);
//   - an element the browser does not know: an unresolved component. Vue renders `<NoSuchChart />`,
//     when no component of that name exists, as a bare <nosuchchart> element (HTMLUnknownElement), or,
//     for a hyphenated name, as an undefined custom element; inside an SVG as a plain SVGElement.

/**
 * @param {{ selector: string, errorTexts: string[] }} args
 * @returns {string[]} one line per problem found inside the first element matching `selector`
 */
export function probeSlide({ selector, errorTexts }) {
  const root = document.querySelector(selector)
  if (!root)
    return [`nothing matches ${selector}`]
  const problems = []
  const text = root.textContent || ''
  for (const t of errorTexts) {
    if (text.includes(t))
      problems.push(`shows Slidev's error placeholder: "${t}"`)
  }
  const SVG_NS = 'http://www.w3.org/2000/svg'
  // SVG elements the browser knows each have their own interface (SVGGElement, SVGTextElement, …)
  const unknown = new Set()
  for (const el of root.querySelectorAll('*')) {
    const name = el.localName
    if (el.namespaceURI === SVG_NS) {
      if (Object.getPrototypeOf(el) === SVGElement.prototype)
        unknown.add(name)
    }
    else if (el instanceof HTMLUnknownElement) {
      unknown.add(name)
    }
    else if (name.includes('-') && !customElements.get(name)) {
      unknown.add(name)
    }
  }
  for (const name of unknown)
    problems.push(`contains <${name}>, which is neither an HTML element nor a registered component (a misspelt or missing component?)`)
  return problems
}

/**
 * Whether every element matching `selector` has finished drawing: its slide's code has loaded (it
 * holds a Slidev layout, or the error placeholder, or for `layout: none` any element at all; before a
 * slow slide shows its loading spinner there is an empty gap of 300 ms), nothing in it is still
 * loading, and every chart marked its data-ready.
 * Self-contained, like probeSlide.
 * @param {{ selector: string, errorTexts: string[], loadingClass: string, layoutClass: string, mermaidId: string }} args
 */
export function slidesDrawn({ selector, errorTexts, loadingClass, layoutClass, mermaidId }) {
  const els = [...document.querySelectorAll(selector)]
  if (!els.length)
    return false
  const mermaid = document.getElementById(mermaidId)
  if (mermaid && mermaid.children.length)
    return false
  return els.every((el) => {
    const text = el.textContent || ''
    const loaded = !!el.querySelector(`.${layoutClass}`) || errorTexts.some(t => text.includes(t)) || el.children.length > 0
    return loaded && !el.querySelector(`.${loadingClass}`) && !el.querySelector('[data-chart]:not([data-ready])')
  })
}

/** the faces the deck's text uses (styles/index.ts), as `document.fonts.load` names them */
export const DECK_FACES = ['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"', '400 16px Inter', '600 16px Inter', '700 16px Inter', '400 16px "JetBrains Mono"']

/**
 * Every glyph the page's text needs, loaded, and two frames drawn with them: the fonts ship as
 * unicode-range subsets fetched when a glyph is first drawn, and a subset that arrived late left a line
 * in a fallback face on one export and not the next (the same commit gave two different pages). Run in
 * the page before it prints (setup/print-check.ts, scripts/handout.mjs); self-contained like the above.
 * @param {string[]} faces
 */
export async function glyphsLoaded(faces) {
  const text = document.body.innerText
  await Promise.all(faces.map(f => document.fonts.load(f, text).catch(() => [])))
  await document.fonts.ready
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}
