// Strings of the brainBody part, Chinese edition. The English twin is i18n/en/brainBody.ts (same keys).
export const brainBody = {
} as const
