// Strings of the depth part, English edition: the keys of i18n/zh-CN/depth.ts.
import type { Shape } from '../shape'
import type { depth as zh } from '../zh-CN/depth'

export const depth: Shape<typeof zh> = {
}
