// The part of citation-js the citation tests use to parse citations back (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string)
    data: Record<string, unknown>[]
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
