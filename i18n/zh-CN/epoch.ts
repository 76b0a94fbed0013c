// Strings of the epoch part, Chinese edition. The English twin is i18n/en/epoch.ts (same keys).
export const epoch = {
} as const
