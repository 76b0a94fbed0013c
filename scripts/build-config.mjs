// Names shared by the build, the export and the tests.
export const PDF_NAME = 'pretraining-will-end.pdf'
export const TEST_BASE = '/talks/pretraining/'
