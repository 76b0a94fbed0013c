// The English edition's dictionary: the same keys as i18n/zh-CN (Messages is its shape).
import type { Messages } from '../messages'
import { kit } from './kit'
import { runway } from './runway'
import { epoch } from './epoch'
import { tenLayer } from './tenLayer'
import { depth } from './depth'
import { testTime } from './testTime'
import { brainBody } from './brainBody'
import { ssi } from './ssi'
import { ui } from './ui'

export const en: Messages = { kit, runway, epoch, tenLayer, depth, testTime, brainBody, ssi, ui }
