// Strings of the runway part, English edition: the keys of i18n/zh-CN/runway.ts.
import type { Shape } from '../shape'
import type { runway as zh } from '../zh-CN/runway'

export const runway: Shape<typeof zh> = {
}
