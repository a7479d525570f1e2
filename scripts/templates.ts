// The files in templates/: stylesheets and the like, never code.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const TEMPLATES = fileURLToPath(new URL("../templates/", import.meta.url));

export function templatePath(name: string): string {
  return TEMPLATES + name;
}

export function readTemplate(name: string): Promise<string> {
  return readFile(templatePath(name), "utf8");
}
