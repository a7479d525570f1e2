// The part of madge (https://github.com/pahen/madge) the layers test uses:
// the import graph of a folder and its cycles. madge ships no types of its own.
declare module "madge" {
  interface MadgeResult {
    /** Each file, relative to the folder, and the files it imports. */
    obj(): Record<string, string[]>;
    /** Each import cycle, as the files in it. */
    circular(): string[][];
    /** Imports it could not resolve. */
    warnings(): { skipped: string[] };
  }
  interface MadgeConfig {
    fileExtensions: string[];
    tsConfig: string;
  }
  export default function madge(path: string, config: MadgeConfig): Promise<MadgeResult>;
}
