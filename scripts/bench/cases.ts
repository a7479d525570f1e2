// What the benchmark measures (issue 6's table): each measurement is one or
// more commands timed together, and each target a ratio of two medians.
import { execFileSync } from "node:child_process";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { queueCases } from "./queue-cases.ts";
import {
  chromiumPrint,
  folio,
  installed,
  type Measurement,
  pagedjs,
  pandocEpub,
  previewSave,
  type Target,
} from "./tools.ts";

const ARTICLE = new URL("../../manuscript/", import.meta.url).pathname;
const SLUG = "kazakhstan-military-expansion";

/** Whether pandoc runs here: the peers' measurements need it (their HTML is pandoc's). */
export const hasPandoc = () => installed("pandoc");

/**
 * Writes the inputs into `work` and returns what to measure; `tiny` is the
 * bundled article alone. Without pandoc, only Folio's own measurements: the
 * targets they cannot be compared with are returned apart, as `cannot`.
 */
export async function prepare(work: string, corpus: string, browser: string, tiny: boolean) {
  const { measurements, targets } = await everything(work, corpus, browser, tiny);
  if (hasPandoc()) return { measurements, targets, cannot: [] as Target[] };
  // Folio's own (ids "folio-…"); every other runs pandoc or reads the HTML it writes.
  const mine = measurements.filter((m) => m.id.startsWith("folio-"));
  const measured = new Set(mine.map((m) => m.id));
  const comparable = (t: Target) => t.ratio.every((id) => measured.has(id));
  return {
    measurements: mine,
    targets: targets.filter(comparable),
    cannot: targets.filter((t) => !comparable(t)),
  };
}

async function everything(work: string, corpus: string, browser: string, tiny: boolean) {
  const out = (name: string) => join(work, "out", name);
  await mkdir(join(work, "out"), { recursive: true });
  await cp(ARTICLE, join(work, "article"), { recursive: true });
  const article = join(work, "article", `${SLUG}.md`);
  const articleHtml = html(article, work);
  const measurements: Measurement[] = [
    {
      id: "folio-article",
      label: "Folio, the bundled article, 3 editions",
      runs: [folio([article], out("folio-article"))],
    },
    {
      id: "peers-article",
      label: "pandoc → EPUB + pagedjs-cli → PDF",
      runs: [pandocEpub(article, out("a.epub")), pagedjs(articleHtml, out("a.pdf"), browser)],
    },
  ];
  const targets: Target[] = [
    {
      label: "article, all editions ≤ 0.8 × pandoc + pagedjs-cli",
      ratio: ["folio-article", "peers-article"],
      limit: 0.8,
    },
  ];
  if (tiny) return { measurements, targets };

  const manual = join(corpus, "pandoc-manual.md");
  const manualHtml = html(manual, work);
  const text = await readFile(manual, "utf8");
  const [, front, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
  const fourfold = join(work, "manual-x4", "pandoc-manual-x4.md");
  await mkdir(join(work, "manual-x4"));
  await writeFile(fourfold, front + body.repeat(4));
  // The preview saves edits into its manuscripts: copies of their own, never the corpus.
  await cp(join(work, "article"), join(work, "preview-article"), { recursive: true });
  const previewedArticle = join(work, "preview-article", `${SLUG}.md`);
  await mkdir(join(work, "preview-manual"));
  const previewedManual = join(work, "preview-manual", "pandoc-manual.md");
  await cp(manual, previewedManual);
  const many = join(work, "articles");
  await mkdir(many);
  await cp(join(ARTICLE, "authors"), join(many, "authors"), { recursive: true });
  for (let i = 1; i <= 100; i++)
    await cp(article, join(many, `article-${String(i).padStart(3, "0")}.md`));

  measurements.push(
    {
      id: "folio-manual-pdf",
      label: "Folio, the Pandoc manual, download PDF",
      runs: [folio([manual], out("fm"), ["pdf"])],
    },
    {
      id: "pagedjs-manual",
      label: "pagedjs-cli, the Pandoc manual",
      runs: [pagedjs(manualHtml, out("pm.pdf"), browser)],
    },
    {
      id: "chromium-manual",
      label: "Chromium --print-to-pdf, the Pandoc manual",
      runs: [chromiumPrint(manualHtml, out("cm.pdf"), browser)],
    },
    // The preview, showing the download PDF, lays out that edition on each save:
    // compared with a cold build of the same edition (the manual's is folio-manual-pdf).
    {
      id: "folio-article-pdf",
      label: "Folio, the bundled article, download PDF",
      runs: [folio([article], out("fap"), ["pdf"])],
    },
    {
      id: "folio-preview-article",
      label: "Folio preview, the bundled article, save to updated page",
      runs: [previewSave(previewedArticle)],
    },
    {
      id: "folio-preview-manual",
      label: "Folio preview, the Pandoc manual, save to updated page",
      runs: [previewSave(previewedManual)],
    },
    {
      id: "folio-manual-epub",
      label: "Folio, the Pandoc manual, EPUB",
      runs: [folio([manual], out("fe"), ["epub"])],
    },
    {
      id: "pandoc-manual-epub",
      label: "pandoc, the Pandoc manual, EPUB",
      runs: [pandocEpub(manual, out("pe.epub"))],
    },
    {
      id: "folio-manual-x4",
      label: "Folio, the manual four times over, PDF",
      runs: [folio([fourfold], out("f4"), ["pdf"])],
    },
    {
      id: "folio-100",
      label: "Folio, 100 articles, 3 editions each",
      runs: [folio([many], out("f100"))],
    },
    {
      id: "peers-100",
      label: "pandoc + pagedjs-cli per article (10 timed, × 10)",
      runs: Array.from({ length: 10 }, (_, i) => [
        pandocEpub(article, out(`p${i}.epub`)),
        pagedjs(articleHtml, out(`p${i}.pdf`), browser),
      ]).flat(),
      scale: 10,
    },
  );
  targets.push(
    {
      label: "manual PDF ≤ 0.5 × pagedjs-cli",
      ratio: ["folio-manual-pdf", "pagedjs-manual"],
      limit: 0.5,
    },
    {
      label: "manual PDF ≤ 3 × Chromium's own printing",
      ratio: ["folio-manual-pdf", "chromium-manual"],
      limit: 3,
    },
    // Issue 16: under 0.5 s (article) and 3 s (manual), as ratios to cold builds of about 2 s and 7.5 s on a quiet machine.
    {
      label: "article, preview save to update ≤ 0.25 × a cold build of its PDF",
      ratio: ["folio-preview-article", "folio-article-pdf"],
      limit: 0.25,
    },
    {
      label: "manual, preview save to update ≤ 0.4 × a cold build of its PDF",
      ratio: ["folio-preview-manual", "folio-manual-pdf"],
      limit: 0.4,
    },
    {
      label: "manual EPUB ≤ 1.0 × pandoc",
      ratio: ["folio-manual-epub", "pandoc-manual-epub"],
      limit: 1,
    },
    {
      label: "manual × 4 ≤ 4.4 × manual × 1 (linear paging)",
      ratio: ["folio-manual-x4", "folio-manual-pdf"],
      limit: 4.4,
    },
    {
      label: "100 articles: ≥ 5 × the throughput of pandoc + pagedjs-cli",
      ratio: ["peers-100", "folio-100"],
      limit: 5,
      atLeast: true,
    },
  );
  if (installed("redis-server")) {
    const queue = await queueCases(many, out);
    measurements.push(...queue.measurements);
    targets.push(...queue.targets);
  }
  return { measurements, targets };
}

/** The standalone HTML Pandoc writes for a manuscript: what pagedjs-cli and Chromium are given (none without pandoc). */
function html(markdown: string, work: string): string {
  const path = join(work, `${markdown.split("/").pop()}.html`);
  if (hasPandoc()) execFileSync("pandoc", ["-s", markdown, "-o", path]);
  return path;
}
