// Strings of the kit part, Chinese edition. The English twin is i18n/en/kit.ts (same keys).
export const kit = {
} as const
