// papaparse's published types (@types/papaparse) start with `/// <reference types="node" />`. Importing
// 'papaparse' from shared/ would pull Node's globals into the whole pure program and `tsc -p
// shared/tsconfig.json` would stop catching a stray Buffer. So shared/ imports the library's own file
// under this name and declares the one function it uses. Tests may import 'papaparse' normally.
declare module 'papaparse/papaparse.js' {
  interface UnparseConfig {
    delimiter?: string
    newline?: string
    quotes?: boolean
    /** Fields matching it get a leading `'` (and quotes), so spreadsheets don't run them as formulas. */
    escapeFormulae?: boolean | RegExp
    header?: boolean
  }
  const Papa: {
    unparse(data: { fields: string[]; data: Array<Array<string | number>> }, config?: UnparseConfig): string
  }
  export default Papa
}
