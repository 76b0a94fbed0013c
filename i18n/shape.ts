// The type every edition's dictionary must have: the Chinese dictionary's shape with its literal strings
// widened, so the English one is checked key for key (a missing or extra key is a type error, and
// tests/unit/i18n.test.ts checks the same at run time).

export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Shape<E>[]
      : { readonly [K in keyof T]: Shape<T[K]> }
