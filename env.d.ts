/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The hosted deck's public address (http or https), set at build time: the cover and the Q&A slide
   * show a QR code for it (components/slide/HostedQr.vue, composables/hostedQr.ts). Wins over
   * `hostedUrl:` in the headmatter of slides.md; unset and no headmatter value: no QR code.
   */
  readonly VITE_DECK_PUBLIC_URL?: string
}
