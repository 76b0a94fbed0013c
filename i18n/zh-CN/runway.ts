// Strings of the runway part, Chinese edition. The English twin is i18n/en/runway.ts (same keys).
export const runway = {
} as const
