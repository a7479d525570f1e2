// The part of EJS (https://ejs.co) Folio uses: the download page and catalog templates (templates/publish/).
// EJS ships no types of its own.
declare module "ejs" {
  /** Compiles a template into a function of its data; `<%= %>` escapes for XML. */
  export function compile(
    template: string,
    options?: { filename?: string },
  ): (data: object) => string;
}
