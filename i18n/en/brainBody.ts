// Strings of the brainBody part, English edition: the keys of i18n/zh-CN/brainBody.ts.
import type { Shape } from '../shape'
import type { brainBody as zh } from '../zh-CN/brainBody'

export const brainBody: Shape<typeof zh> = {
}
