// Self-hosted fonts (fonts.provider: none): nothing is fetched from a font CDN at runtime.
// Noto Sans SC ships as unicode-range subsets, so a slide only downloads the CJK glyph blocks it uses.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/jetbrains-mono/400.css'
import './theme.css'
import './chart-kit.css'
import './slidev-contrast.css'
import './print.css'
import './a11y.css'
import './reader.css'
