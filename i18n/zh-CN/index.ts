// The Chinese edition's dictionary: one module per part of the deck (kit, one per chart, ui).
import { kit } from './kit'
import { runway } from './runway'
import { epoch } from './epoch'
import { tenLayer } from './tenLayer'
import { depth } from './depth'
import { testTime } from './testTime'
import { brainBody } from './brainBody'
import { ssi } from './ssi'
import { ui } from './ui'

export const zhCN = { kit, runway, epoch, tenLayer, depth, testTime, brainBody, ssi, ui } as const
