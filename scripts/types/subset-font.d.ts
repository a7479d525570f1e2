// The part of subset-font (HarfBuzz's hb-subset, compiled to WebAssembly) Folio
// uses: scripts/fonts/subset.ts. It ships no types of its own.
declare module "subset-font" {
  interface SubsetOptions {
    /** "sfnt" writes TrueType or OpenType, as the font came. */
    targetFormat?: "sfnt" | "woff" | "woff2";
    /** Pins each axis named at its value: a variable font becomes a static instance. */
    variationAxes?: Record<string, number>;
  }
  /** A copy of `font` (TrueType, OpenType, WOFF or WOFF2) with the glyphs of `text`, and those its layout features reach. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Buffer>;
}
