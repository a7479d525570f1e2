// The part of EJS (https://ejs.co) Folio uses: its templates under templates/epub/.
// EJS ships no types of its own.
declare module "ejs" {
  /** Compiles a template into a function of its data; `<%= %>` escapes for XML. */
  export function compile(template: string, options?: { filename?: string }): (data: object) => string;
}
