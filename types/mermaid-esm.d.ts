// Slidev's client imports mermaid's ESM bundle by path; setup/mermaid-renderer.ts uses the same module.
declare module 'mermaid/dist/mermaid.esm.mjs' {
  import mermaid from 'mermaid'

  export default mermaid
}
