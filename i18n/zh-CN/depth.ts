// Strings of the depth part, Chinese edition. The English twin is i18n/en/depth.ts (same keys).
export const depth = {
} as const
