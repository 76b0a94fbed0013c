// Strings of the kit part, English edition: the keys of i18n/zh-CN/kit.ts.
import type { Shape } from '../shape'
import type { kit as zh } from '../zh-CN/kit'

export const kit: Shape<typeof zh> = {
}
