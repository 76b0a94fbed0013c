// Strings of the ui part, Chinese edition. The English twin is i18n/en/ui.ts (same keys).
export const ui = {
} as const
