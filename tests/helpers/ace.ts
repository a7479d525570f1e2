// Ace by DAISY (@daisy/ace-cli), the accessibility checker EPUB publishers use:
// the runner lives with `folio check`'s EPUB checks.
export { ace, type AceReport, type AceViolation } from "../../scripts/check/epub/ace.ts";
