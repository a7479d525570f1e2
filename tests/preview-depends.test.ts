// Which saves make the preview lay a publication out again: its manuscript, a
// book's every file (a new chapter too), Folio's templates; not its neighbours.
// The files a build read (authors, images) are tested in preview.test.ts.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import type { PagedPages } from "../scripts/pdf/paged-pages.ts";
import { PreviewedPublication } from "../scripts/preview/publication.ts";
import { templatePath } from "../scripts/templates.ts";

// Never built here: no pages are needed.
const context = { cwd: "/work", pages: {} as PagedPages };

test("should depend on an article's manuscript and the templates, not on its neighbours", () => {
  const article = new PreviewedPublication("essay", "/work/manuscript/essay.md", context);
  assert.equal(article.dependsOn("/work/manuscript/essay.md"), true);
  assert.equal(article.dependsOn(templatePath("print.css")), true);
  assert.equal(article.dependsOn(templatePath("handout.css")), true);
  assert.equal(article.dependsOn("/work/manuscript/other.md"), false);
  assert.equal(article.dependsOn("/work/manuscript/essay.md.swp"), false);
});

test("should depend on every file in a book's folder, a new chapter and book.yaml too", () => {
  const folder = "/work/manuscript/sampler";
  const book = new PreviewedPublication("sampler", folder, context);
  for (const name of ["book.yaml", "01-new-chapter.md", "images/map.png"]) {
    assert.equal(book.dependsOn(join(folder, name)), true, name);
  }
  assert.equal(book.dependsOn("/work/manuscript/sampler-notes.md"), false);
  assert.equal(book.dependsOn("/work/manuscript/essay.md"), false);
});
