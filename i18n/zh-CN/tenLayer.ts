// Strings of the tenLayer part, Chinese edition. The English twin is i18n/en/tenLayer.ts (same keys).
export const tenLayer = {
} as const
