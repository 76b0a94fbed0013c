// Strings of the tenLayer part, English edition: the keys of i18n/zh-CN/tenLayer.ts.
import type { Shape } from '../shape'
import type { tenLayer as zh } from '../zh-CN/tenLayer'

export const tenLayer: Shape<typeof zh> = {
}
