// The handler bundle's entry point: each module registers its handler with
// Paged.js when it runs, in this order (which is the order their hooks run in,
// after Paged.js's own).
import "./page-tasks.ts";
import "./finished-pages.ts"; // first: its afterRendered puts the pages back before the others read them
import "./first-letters.ts";
import "./stable-refs.ts";
import "./source-index.ts";
import "./break-tokens.ts";
import "./empty-footnotes.ts";
import "./off-page.ts";
import "./text-breaks.ts";
import "./keep-together.ts";
import "./table-headers.ts";
import "./note-numbers.ts";
import "./note-continuations.ts";
import "./notes-with-calls.ts";
import "./note-links.ts";
import "./hyphen-runs.ts";
import "./split-alignment.ts";
import "./line-end-hyphens.ts";
import "./whole-sheets.ts"; // last: the blank page it may add comes after every other handler is done
