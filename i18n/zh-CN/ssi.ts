// Strings of the ssi part, Chinese edition. The English twin is i18n/en/ssi.ts (same keys).
export const ssi = {
} as const
