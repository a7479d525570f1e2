// The checks of each print edition, in the order the report lists them.
import { runChecks } from "../run-checks.ts";
import type { Expectations } from "../expectations.ts";
import type { Check, CheckResult } from "../types.ts";
import { bioCheck } from "./bio.ts";
import { blankPagesCheck } from "./blank-pages.ts";
import { colourCheck } from "./colour.ts";
import type { PrintEdition } from "../../model.ts";
import { pdfContext, type PdfContext } from "./context.ts";
import { evenPagesCheck } from "./even-pages.ts";
import { fontsCheck } from "./fonts.ts";
import { metadataCheck } from "./metadata.ts";
import { notesCheck } from "./notes.ts";
import { outlineCheck } from "./outline.ts";
import { pageSizeCheck } from "./page-size.ts";
import { structureCheck } from "./structure.ts";
import { taggedCheck } from "./tagged.ts";
import { textFlowCheck } from "./text-flow.ts";
import { textInsideCheck } from "./text-inside.ts";

const COMMON: Check<PdfContext>[] = [
  structureCheck,
  fontsCheck,
  metadataCheck,
  taggedCheck,
  outlineCheck,
  pageSizeCheck,
  blankPagesCheck,
  textInsideCheck,
  textFlowCheck,
  notesCheck,
  bioCheck,
];

export const PDF_CHECKS: Record<PrintEdition, Check<PdfContext>[]> = {
  pdf: COMMON,
  handout: [...COMMON, evenPagesCheck, colourCheck],
};

export async function checkPdf(
  path: string,
  edition: PrintEdition,
  expect?: Expectations,
): Promise<CheckResult[]> {
  const context = pdfContext(path, edition, expect);
  try {
    return await runChecks(PDF_CHECKS[edition], context);
  } finally {
    await context.close();
  }
}
