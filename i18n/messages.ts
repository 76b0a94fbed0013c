import type { Lang } from './lang'
import type { Shape } from './shape'
import type { zhCN } from './zh-CN'

/** Every string the components show, by part of the deck (kit, charts, ui). */
export type Messages = Shape<typeof zhCN>
export type { Lang }
