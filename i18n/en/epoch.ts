// Strings of the epoch part, English edition: the keys of i18n/zh-CN/epoch.ts.
import type { Shape } from '../shape'
import type { epoch as zh } from '../zh-CN/epoch'

export const epoch: Shape<typeof zh> = {
}
