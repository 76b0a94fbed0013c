// Strings of the ssi part, English edition: the keys of i18n/zh-CN/ssi.ts.
import type { Shape } from '../shape'
import type { ssi as zh } from '../zh-CN/ssi'

export const ssi: Shape<typeof zh> = {
}
