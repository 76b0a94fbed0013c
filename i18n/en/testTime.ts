// Strings of the testTime part, English edition: the keys of i18n/zh-CN/testTime.ts.
import type { Shape } from '../shape'
import type { testTime as zh } from '../zh-CN/testTime'

export const testTime: Shape<typeof zh> = {
}
