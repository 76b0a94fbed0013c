// Routes the deck adds to Slidev's own (issue 12): the reading view at `#/reader`, every slide in order
// with its notes (components/reader/). A static path: it outranks Slidev's `/:no` and names no slide.
import { defineRoutesSetup } from '@slidev/types'
import { READER_PATH, READER_ROUTE } from '../components/reader/reader'

export default defineRoutesSetup(routes => [
  ...routes,
  { name: READER_ROUTE, path: READER_PATH, component: () => import('../components/reader/ReaderPage.vue') },
])
