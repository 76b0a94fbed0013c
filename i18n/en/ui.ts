// Strings of the ui part, English edition: the keys of i18n/zh-CN/ui.ts.
import type { Shape } from '../shape'
import type { ui as zh } from '../zh-CN/ui'

export const ui: Shape<typeof zh> = {
}
