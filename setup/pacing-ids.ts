// What the pacing code puts on the page and in storage (issue 13), apart from the Vue code so that the
// e2e test can import it.

/** localStorage key of the rehearsal record (nothing is sent anywhere) */
export const REHEARSAL_KEY = 'deck:rehearsal'

/** Ids and classes the e2e test finds the pacing elements by. */
export const PACING = {
  rootId: 'deck-pacing-root',
  panelClass: 'deck-pacing',
  statusClass: 'deck-pacing-status',
  sectionClass: 'deck-pacing-section',
  recordButtonClass: 'deck-pacing-record-btn',
  dialogId: 'deck-rehearsal-dialog',
} as const
