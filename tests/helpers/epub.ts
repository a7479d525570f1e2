// Reading an EPUB back: the reader lives with `folio check`'s EPUB checks,
// which compare the same parts (package document, navigation, NCX).
export { Epub, type NavEntry, startTags } from "../../scripts/check/epub/read-epub.ts";
