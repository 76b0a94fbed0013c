// Code colours that pass WCAG AA on the code background (issue 12: axe color-contrast on the code slides).
// Slidev's default Vitesse themes draw comments and punctuation at about 2:1 (#a0ada0 on #f5f5f5); the
// VS Code "Light+" / "Dark+" themes reach 4.5:1 for every token colour a TypeScript snippet uses, on the
// white / #1b1b1b code background styles/theme.css sets.
import { defineShikiSetup } from '@slidev/types'

export default defineShikiSetup(() => ({
  themes: {
    light: 'light-plus',
    dark: 'dark-plus',
  },
}))
