// Strings of the testTime part, Chinese edition. The English twin is i18n/en/testTime.ts (same keys).
export const testTime = {
} as const
