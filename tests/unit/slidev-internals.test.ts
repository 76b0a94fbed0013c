// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as internals from '../../scripts/slidev-internals.mjs'

// Every Slidev (and Vite) internal the deck's scripts and setup code rely on, checked against the
// installed sources: an upgrade that renames one fails here, naming it, instead of silently turning a
// check off (a render check that no longer sees the error placeholder, a badge that is back on the
// projector). The names live in scripts/slidev-internals.mjs and setup/slidev-internals.ts.
const ROOT = resolve(import.meta.dirname, '../..')
const NM = join(ROOT, 'node_modules')
const client = (file: string) => readFileSync(join(NM, '@slidev/client', file), 'utf8')
const cliDist = readdirSync(join(NM, '@slidev/cli/dist')).filter(f => f.endsWith('.mjs')).map(f => readFileSync(join(NM, '@slidev/cli/dist', f), 'utf8')).join('\n')
const setupIndex = readFileSync(join(ROOT, 'setup/slidev-internals.ts'), 'utf8')
const setupTypes = readFileSync(join(ROOT, 'setup/slidev-internal-modules.d.ts'), 'utf8')

describe('Slidev internals this deck relies on', () => {
  it(`are read from @slidev/cli ${internals.SLIDEV_VERSION} exactly`, () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.dependencies['@slidev/cli']).toBe(internals.SLIDEV_VERSION)
    for (const name of ['cli', 'client', 'parser'])
      expect(JSON.parse(readFileSync(join(NM, '@slidev', name, 'package.json'), 'utf8')).version, `@slidev/${name}`).toBe(internals.SLIDEV_VERSION)
  })

  it('the error placeholder texts are those of Slidev\'s error layout', () => {
    const layout = client('layouts/error.vue')
    for (const text of internals.SLIDE_ERROR_TEXTS)
      expect(layout, text).toContain(text)
    expect(cliDist, 'the slide loader falls back to the error layout').toMatch(/catch \(e\) \{ console\.error\('slide failed to load', e\); return SlideError \}/)
    expect(cliDist).toContain(`console.error('${internals.SLIDE_LOAD_ERROR_LOG}', e)`)
  })

  it('the slide loaders are still `componentsCache[idx] ??= await import(…)`, which the render check maps chunks to slides with', () => {
    expect(cliDist).toContain("`  try { return componentsCache[${idx}] ??= await import('${VIRTUAL_SLIDE_PREFIX}${no}/md') }`")
    // the same line as Vite's production build writes it
    const built = 'Jn=async()=>{try{return I[4]??=await P(()=>import(`./md-E3MX_CVX.js`),__vite__mapDeps([10,1,2,3,7]))}catch(e){return console.error(`slide failed to load`,e),F}}'
    expect([...built.matchAll(internals.SLIDE_LOADER_BUILT)].map(m => [m[1], m[2]])).toEqual([['4', 'md-E3MX_CVX.js']])
  })

  it('the DOM classes exist where the checks look for them', () => {
    expect(client('internals/SlideLoading.vue')).toContain(internals.SLIDE_LOADING_CLASS)
    expect(client('internals/PwaIndicator.vue')).toContain(`class="${internals.PWA_INDICATOR_CLASS}"`)
    expect(client('internals/PrintSlideClick.vue')).toContain(`class="${internals.PRINT_SLIDE_CLASS}"`)
    expect(cliDist).toContain(`page.locator(".${internals.PRINT_SLIDE_CLASS}")`)
    expect(readFileSync(join(NM, 'vite/dist/client/client.mjs'), 'utf8')).toContain(`const overlayId = "${internals.VITE_OVERLAY_TAG}"`)
  })

  it('slides are still named, wrapped and laid out the way the checks find them', () => {
    expect(cliDist).toContain('ids[type].push(`${data.slides[i].source.filepath}__slidev_${i + 1}.${type}`)')
    expect('pages/06-brain-body.md__slidev_22'.match(internals.SLIDE_NAME_PATTERN)?.[1]).toBe('22')
    expect('http://localhost:1/@slidev/slides/9/md'.match(internals.SLIDE_NAME_PATTERN)?.[2]).toBe('9')
    expect(cliDist).toContain('const VIRTUAL_SLIDE_PREFIX = "/@slidev/slides/"')
    expect(client('internals/SlideWrapper.vue')).toContain(`:${internals.SLIDE_NO_ATTR}="props.route.no"`)
    expect(client('utils.ts')).toContain(`classes.push(\`${internals.SLIDE_PAGE_CLASS_PREFIX}\${no}\`)`)
    expect(client('utils.ts')).toContain(`const classes = ['${internals.SLIDE_PAGE_CLASS}', extra]`)
    // every layout a slide can use marks its root (the render check waits for it), `none` and the error page aside
    const layouts = [
      ...readdirSync(join(NM, '@slidev/client/layouts')).map(f => join(NM, '@slidev/client/layouts', f)),
      ...readdirSync(join(NM, '@slidev/theme-default/layouts')).map(f => join(NM, '@slidev/theme-default/layouts', f)),
      ...readdirSync(join(ROOT, 'layouts')).filter(f => f.endsWith('.vue')).map(f => join(ROOT, 'layouts', f)),
    ].filter(f => !/\/(?:404|error|none)\.vue$/.test(f))
    const unmarked = layouts.filter(f => !new RegExp(`class="${internals.SLIDE_LAYOUT_CLASS}\\b`).test(readFileSync(f, 'utf8')))
    expect(unmarked.map(f => f.replace(`${ROOT}/`, '')), `layouts whose root lacks class="${internals.SLIDE_LAYOUT_CLASS} …"`).toEqual([])
    expect(client('index.html')).toContain(`<div id="${internals.MERMAID_CONTAINER_ID}"></div>`)
    expect(client('internals/PrintSlideClick.vue')).toContain("`${route.value.no.toString().padStart(3, '0')}-${(nav.clicks.value + 1).toString().padStart(2, '0')}`")
  })

  it('`slidev export` still waits for [data-waitfor] elements on the print page, and fails when one times out', () => {
    expect(cliDist).toContain(`const elements = slide.locator("[${internals.EXPORT_WAITFOR_ATTR}]");`)
    expect(cliDist).toContain(`const attribute = await element.getAttribute("${internals.EXPORT_WAITFOR_ATTR}");`)
    expect(cliDist).toMatch(/waitFor\(\{ state: "visible" \}\)\.catch\(\(e\) => \{\s+console\.error\(e\);\s+process\.exitCode = 1;/)
    expect(cliDist).toContain('const slide = no === "print" ? page.locator("body") : page.locator(`[data-slidev-no="${no}"]`);')
  })

  it('`slidev export` still puts `range` before the hash with the hash router, and the client still reads it after', () => {
    expect(cliDist).toContain(`if (range) query.set("${internals.PRINT_RANGE_PARAM}", range);`)
    expect(cliDist).toContain('routerMode === "hash" ? `http://localhost:${port}${base}?${query}#${no}`')
    expect(client('composables/useNav.ts')).toContain(`parseRangeString(slides.value.length, currentRoute?.query?.${internals.PRINT_RANGE_PARAM} as string | undefined)`)
  })

  it('every client module setup/slidev-internals.ts imports (import or export … from) is kept out of pre-bundling', () => {
    const specs = [...setupIndex.matchAll(/(?:import|export)\b[^'\n]*\bfrom '([^']+)'/g)].map(m => m[1]!)
      .filter(s => s.startsWith(internals.CLIENT_MODULE_PREFIX))
    expect(specs.length).toBeGreaterThan(0)
    for (const spec of specs)
      expect(internals.CLIENT_MODULES, `${spec} is listed in CLIENT_MODULES`).toContain(spec.slice(internals.CLIENT_MODULE_PREFIX.length))
  })

  it('every client module setup/slidev-internals.ts imports exists, exports what it takes, and has its types declared', () => {
    const imported = [...setupIndex.matchAll(/export (?:type )?\{ ([^}]+) \} from '([^']+)'/g)]
      .filter(m => m[2]!.startsWith(internals.CLIENT_MODULE_PREFIX))
    expect(imported.length).toBeGreaterThanOrEqual(internals.CLIENT_MODULES.length)
    for (const [, names, spec] of imported) {
      const path = spec!.slice(internals.CLIENT_MODULE_PREFIX.length)
      expect(internals.CLIENT_MODULES, `${path} is listed in CLIENT_MODULES (kept out of pre-bundling)`).toContain(path)
      expect(setupTypes, `types declared for ${spec}`).toContain(`declare module '${spec}'`)
      const source = client(path)
      for (const name of names!.split(',').map(n => n.trim())) {
        const exported = new RegExp(`export (?:const|function|async function|interface) ${name}\\b|\\bas ${name}\\b|export \\{[^}]*\\b${name}\\b`).test(source)
        expect(exported, `${path} exports ${name}`).toBe(true)
      }
    }
  })

  it('the names the setup code reads on those modules are still there', () => {
    expect(client('setup/routes.ts')).toContain(`name: '${'presenter'}',\n        path: '/presenter/:no'`)
    expect(setupIndex).toContain(`export const PRESENTER_ROUTE = 'presenter'`)
    // the PWA flags Slidev's badge shows, and when it sets them
    expect(client('internals/PwaIndicator.vue')).toContain('v-if="pwaCaching || pwaReady"')
    expect(client('App.vue')).toContain('<PwaIndicator v-if="__SLIDEV_FEATURE_PWA__" />')
    // the dev server's sync object and its send switch
    expect(client('state/shared.ts')).toContain(`import serverState from 'server-reactive:nav'`)
    expect(readFileSync(join(NM, 'vite-plugin-vue-server-ref/dist/index.mjs'), 'utf8')).toContain(`define(data, '$syncUp', true)`)
    expect(setupIndex).toContain(`export const SERVER_REF_SYNC_UP = '$syncUp'`)
    // root setups run before Slidev registers its own afterEach (windows-in-step.ts relies on that order)
    const root = client('setup/root.ts')
    expect(root.indexOf('for (const setup of setups)')).toBeLessThan(root.indexOf('router.afterEach(updateSharedState)'))
    // the timer the stopwatch start writes into
    expect(client('composables/useTimer.ts')).toContain(`state.value.status = 'running'\n      state.value.startedAt = Date.now()`)
  })
})

// Issue 12, assistive technology (setup/a11y.ts, styles/a11y.css): what the live region, the title,
// the landmarks and skip links, the v-click hiding, reduced motion and the nested-button fix rely on.
describe('Slidev internals the assistive-technology setup relies on', () => {
  it('the slide view is the `play` route, and its canvas and nav bar are where the skip links look', () => {
    expect(client('setup/routes.ts')).toContain(`name: '${internals.PLAY_ROUTE}',`)
    expect(client('composables/useNav.ts')).toContain(`const isPlaying = computed(() => currentRoute.name === '${internals.PLAY_ROUTE}')`)
    const container = client('internals/SlideContainer.vue')
    expect(container).toContain(`:id="isMain ? '${internals.SLIDE_CONTENT_ID}' : undefined"`)
    expect(container).toContain(`:id="isMain ? '${internals.SLIDE_NAV_SELECTOR.split(' ')[0]!.slice(1)}' : undefined"`)
    expect(container, 'the controls slot sits beside the canvas, outside it').toMatch(/<slot \/>\s*<\/div>\s*<slot name="controls" \/>/)
    const play = client('pages/play.vue')
    expect(play).toContain('<template #controls>')
    expect(play).toMatch(/<template #controls>[\s\S]*<NavControls :persist="persistNav" \/>[\s\S]*<\/template>/)
    expect(client('internals/NavControls.vue')).toContain('<nav ref="root" class="flex flex-col">')
  })

  it('a menu button still wraps an icon button in a button of its own (the nested-interactive fix), which has no click handler of its own', () => {
    const menu = client('internals/MenuButton.vue')
    expect(menu).toMatch(/<button :class="\{ disabled \}" @click="value = !value">\s*<slot name="button"/)
    const icon = client('internals/IconButton.vue')
    expect(icon).toContain(`class="${internals.ICON_BUTTON_CLASS}"`)
    expect(icon).toContain(`<span class="sr-only">{{ title }}</span>`)
    expect(icon).toContain(`props.as || (props.to ? 'router-link' : 'button')`)
    // the icon buttons Slidev puts in a menu button's `button` slot have a title and no @click
    for (const file of ['internals/NavControls.vue', 'internals/SyncControls.vue']) {
      const slots = [...client(file).matchAll(/<template #button[^>]*>([\s\S]*?)<\/template>/g)].map(m => m[1]!)
      expect(slots.length, file).toBeGreaterThan(0)
      for (const slot of slots) {
        expect(slot, file).toMatch(/<IconButton title="[^"]+"/)
        expect(slot, file).not.toContain('@click')
      }
    }
    expect(internals.NESTED_ICON_BUTTON).toBe(`nav button > button.${internals.ICON_BUTTON_CLASS}`)
  })

  it('v-click hides with the classes styles/a11y.css adds visibility to, with opacity only, and its targets transition `all`', () => {
    const constants = client('constants.ts')
    expect(constants).toContain(`export const CLASS_VCLICK_HIDDEN = '${internals.VCLICK_HIDDEN_CLASS}'`)
    expect(constants).toContain(`export const CLASS_VCLICK_TARGET = '${internals.VCLICK_TARGET_CLASS}'`)
    expect(constants).toContain(`export const CLASS_VCLICK_ANIMATION_PREFIX = '${internals.VCLICK_FADE_CLASS.replace(/fade$/, '')}'`)
    const css = client('styles/vclick.css')
    expect(css).toContain(`.${internals.VCLICK_TARGET_CLASS} {\n  transition: all 0.1s ease;`)
    expect(css).toContain(`.${internals.VCLICK_HIDDEN_CLASS} {\n  opacity: 0 !important;`)
    expect(css).toContain(`&.${internals.VCLICK_FADE_CLASS} {\n    opacity: 0.5 !important;`)
    expect(css, 'Slidev now hides with visibility itself: drop the rule in styles/a11y.css').not.toMatch(/visibility|inert/)
  })

  it('every Slidev class styles/a11y.css names is listed, and exists in Slidev\'s sources', () => {
    const sheet = readFileSync(join(ROOT, 'styles/a11y.css'), 'utf8')
    const used = new Set([...sheet.matchAll(/\.(slidev-[\w-]+)/g)].map(m => m[1]!))
    expect([...used].sort()).toEqual([...internals.A11Y_CSS_CLASSES].sort())
    const sources = ['styles/vclick.css', 'styles/index.css', 'constants.ts'].map(client).join('\n')
    for (const name of internals.A11Y_CSS_CLASSES)
      expect(sources, name).toContain(name)
    // the nav bar's slide count, by Slidev's utility classes
    expect(sheet).toContain(`${internals.NAV_TOTAL_SELECTOR} {`)
    expect(client('internals/NavControls.vue')).toContain('<span class="opacity-50 text-sm"> / {{ total }}</span>')
    expect(internals.NAV_TOTAL_SELECTOR).toBe('nav .opacity-50.text-sm')
  })

  it('the title, the transition switch and the head manager are Slidev\'s', () => {
    expect(client('env.ts')).toContain('export { configs }')
    expect(client('env.ts')).toContain('export const slidesTitle = configs.slidesTitle')
    expect(cliDist).toContain('const slideTitle = data.config.titleTemplate.replace("%s", title);')
    expect(client('logic/slides.ts')).toContain('export { slides }')
    // Slidev's own title: the deck's, at normal priority (setup/a11y.ts outranks it with `tagPriority: 'high'`)
    const root = client('setup/root.ts')
    expect(root).toContain(`import { useHead } from '@unhead/vue'`)
    expect(root).toContain('useHead({\n    title: slidesTitle,\n    htmlAttrs: configs.htmlAttrs,\n  })')
    expect(setupIndex).toContain(`export { useHead } from '@unhead/vue'`)
    // one @unhead/vue: the project's import is the copy Slidev's client uses (the same head instance)
    const clientPkg = JSON.parse(client('package.json'))
    expect(clientPkg.dependencies['@unhead/vue'], '@slidev/client depends on @unhead/vue').toBeDefined()
    const unhead = JSON.parse(readFileSync(join(NM, '@unhead/vue/package.json'), 'utf8'))
    expect(clientPkg.dependencies['@unhead/vue'].replace(/^[\^~]/, '').split('.')[0]).toBe(unhead.version.split('.')[0])
    expect(() => readFileSync(join(NM, '@slidev/client/node_modules/@unhead/vue/package.json')), 'a second @unhead/vue under @slidev/client').toThrow()
    // the switch SlidesShow reads before it renders a transition
    expect(client('state/storage.ts')).toContain('export const disableTransition = ref(false)')
    expect(client('internals/SlidesShow.vue')).toContain(`v-bind="(hmrSkipTransition || disableTransition || isPrintMode) ? {} : currentTransition"`)
  })
})

// Issue 12, the reading view (components/reader/, setup/routes.ts): it draws every slide the way Slidev's
// overview page does. Its imports are `import X from 'slidev-internal:…'` then `export { X }` (a .vue
// module's default export cannot go through the `export { … } from` check above).
describe('Slidev internals the reading view relies on', () => {
  const imports = [...setupIndex.matchAll(/^import (\{ [^}]+ \}|\w+) from '(slidev-internal:[^']+)'/gm)]

  it('every module imported (not re-exported) from setup/slidev-internals.ts exists, has what is taken, is exported and typed', () => {
    expect(imports.map(m => m[2]).sort()).toEqual([
      'slidev-internal:composables/useClicks.ts',
      'slidev-internal:internals/SlideContainer.vue',
      'slidev-internal:internals/SlideWrapper.vue',
    ])
    for (const [, what, spec] of imports) {
      const path = spec!.slice(internals.CLIENT_MODULE_PREFIX.length)
      const source = client(path)
      expect(setupTypes, `types declared for ${spec}`).toContain(`declare module '${spec}'`)
      const names = what!.startsWith('{') ? what!.slice(1, -1).split(',').map(n => n.trim()) : [what!]
      for (const name of names) {
        if (what!.startsWith('{'))
          expect(source, `${path} exports ${name}`).toMatch(new RegExp(`export (?:const|function) ${name}\\b`))
        else
          expect(source, `${path} is a single-file component (default export)`).toMatch(/<script setup lang="ts">/)
        expect(setupIndex, `setup/slidev-internals.ts exports ${name}`).toMatch(new RegExp(`^export \\{[^}]*\\b${name}\\b[^}]*\\}$`, 'm'))
      }
    }
  })

  it('the overview page still draws a slide as SlideWrapper (render context `overview`) in a SlideContainer, at CLICKS_MAX', () => {
    const overview = client('pages/overview.vue')
    expect(overview).toContain('createFixedClicks(route, CLICKS_MAX)')
    expect(overview).toMatch(/<SlideContainer[\s\S]*?<SlideWrapper\s+:clicks-context="getClicksContext\(route\)"\s+:route="route"\s+render-context="overview"/)
    expect(client('composables/useClicks.ts')).toMatch(/export function createFixedClicks\(\s+route\?: SlideRoute \| undefined,\s+currentInit: MaybeRefOrGetter<number> = 0,\s+\): ClicksContext/)
    expect(client('constants.ts')).toContain('export const CLICKS_MAX = 999999')
    // the props the reading view passes
    const wrapper = client('internals/SlideWrapper.vue')
    for (const prop of ['clicksContext', 'renderContext', 'route'])
      expect(wrapper, `SlideWrapper takes ${prop}`).toMatch(new RegExp(`\\b${prop}: \\{\\s+type:`))
    const container = client('internals/SlideContainer.vue')
    expect(container).toMatch(/width: \{\s+type: Number,\s+\}/)
    expect(container, 'a width gives the container its height from the deck\'s aspect ratio').toContain('height: `${props.width / slideAspect.value}px`')
  })

  it('the route meta the reading view reads: title, frontmatter and Slidev\'s rendered notes (kept in a build)', () => {
    expect(cliDist).toContain('noteHTML: renderNote(data?.note)')
    expect(cliDist).toContain('return `<span class="slidev-note-click-mark" data-clicks="${clickCount}"></span>`;')
    expect(cliDist).toMatch(/\.\.\.mode === "build" \? \{\s+raw: "",\s+content: "",\s+note: ""\s+\} : \{\}/)
    expect(cliDist).toContain('`    frontmatter,`')
  })

  it('a route setup can add `/reader`: Slidev adds its own routes first, then hands them to setup/routes.ts', () => {
    const routes = client('setup/routes.ts')
    expect(routes).toContain(`import setups from '#slidev/setups/routes'`)
    expect(routes).toContain('return setups.reduce((routes, setup) => setup(routes), routes)')
    // `/reader` is static: it outranks `/:no`, and clashes with none of Slidev's own paths
    for (const path of [...routes.matchAll(/path: '([^']+)'/g)].map(m => m[1]))
      expect(path).not.toMatch(/^\/reader\b/)
    expect(routes).toContain(`path: '/:no',`)
    // the global custom nav controls (custom-nav-controls.vue) are drawn in the nav bar
    expect(client('internals/NavControls.vue')).toContain('<CustomNavControls />')
    expect(cliDist).toContain('return [join(root, "custom-nav-controls.vue"), join(root, "CustomNavControls.vue")];')
  })
})
