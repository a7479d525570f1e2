// Layers without cycles: no file of scripts/ imports, however indirectly, a
// file that imports it back, and no folder a folder that imports it back (a
// file at the top of scripts/ is a layer of its own). Type imports count: a
// cycle of types is still two modules that can't be read one before the other.
// madge reads the imports; the folders' graph is made from its files' graph.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import madge from "madge";

const root = new URL("../", import.meta.url).pathname;
let graph: Awaited<ReturnType<typeof madge>>;
before(async () => {
  const tsConfig = `${root}tsconfig.json`;
  graph = await madge(`${root}scripts`, { fileExtensions: ["ts"], tsConfig });
});

/** `scripts/html/x.ts` → `html`; a file at the top is its own layer. */
const layerOf = (file: string) => file.split("/")[0];

/** Each cycle of a graph, once, as the path that closes it (`a → b → a`). */
function cycles(edges: Record<string, Iterable<string>>): string[] {
  const found = new Set<string>();
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) return void found.add([...path.slice(at), node].join(" → "));
    if (done.has(node)) return;
    for (const next of edges[node] ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of Object.keys(edges).sort()) walk(node, []);
  return [...found];
}

test("should read every import of scripts/", () => {
  assert.ok(Object.keys(graph.obj()).length > 200, "the graph has the files");
  assert.deepEqual(graph.warnings().skipped, []);
});

test("should find no import cycle between the files of scripts/", () => {
  assert.deepEqual(graph.circular(), []);
});

test("should find no import cycle between the folders of scripts/", () => {
  const layers: Record<string, Set<string>> = {};
  for (const [file, imports] of Object.entries(graph.obj())) {
    const from = layerOf(file);
    for (const to of imports.map(layerOf)) if (to !== from) (layers[from] ??= new Set()).add(to);
  }
  assert.deepEqual(cycles(layers), []);
});

test("should find a cycle when there is one (the check itself)", () => {
  assert.deepEqual(cycles({ html: ["model.ts"], manuscript: ["html"], "model.ts": [] }), []);
  const cyclic = { html: ["manuscript"], manuscript: ["pipeline.ts"], "pipeline.ts": ["html"] };
  assert.deepEqual(cycles(cyclic), ["html → manuscript → pipeline.ts → html"]);
});

test("should keep model.ts to types, importing nothing of Folio's", () => {
  assert.deepEqual(graph.obj()["model.ts"], []);
  const text = readFileSync(`${root}scripts/model.ts`, "utf8");
  assert.doesNotMatch(text, /^export (?!interface|type)/m, "only interfaces and types");
  assert.doesNotMatch(text, /^import (?!type)/m, "only type imports");
});
