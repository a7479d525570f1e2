// The files in templates/: stylesheets and the like, never code.
import { readFile } from "node:fs/promises";
import { fromRoot } from "./root.ts";

export function templatePath(name: string): string {
  return fromRoot("templates", name);
}

export function readTemplate(name: string): Promise<string> {
  return readFile(templatePath(name), "utf8");
}
