// Folio finds a browser itself (see scripts/pdf/find-browser.ts): never let
// puppeteer download one at install time, which fails on machines without
// internet access beyond the npm registry.
module.exports = { skipDownload: true };
