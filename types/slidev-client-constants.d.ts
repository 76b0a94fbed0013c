// Type-only view of `@slidev/client/constants.ts` (imported with its extension: Slidev aliases the
// package to its source folder, and the production build does not add the extension for us).
// The real module is TypeScript source that pulls in the whole Slidev client, whose sources do not
// type-check outside Slidev's own build; tsconfig `paths` points the type checker here instead,
// while Vite still bundles the real constants at runtime.
import type { ClicksContext, RenderContext } from '@slidev/types'
import type { InjectionKey, Ref } from 'vue'

export declare const injectionClicksContext: InjectionKey<Ref<ClicksContext>>
export declare const injectionRenderContext: InjectionKey<Ref<RenderContext>>
export declare const injectionSlidevContext: InjectionKey<{
  nav?: { isPrintMode?: boolean }
  /** the deck's headmatter as Slidev resolved it (only `htmlAttrs.lang` is read here: i18n/useI18n.ts) */
  configs?: { htmlAttrs?: { lang?: string } }
}>
/** the slide a component is on (only `no` is read here) */
export declare const injectionRoute: InjectionKey<{ no: number }>
