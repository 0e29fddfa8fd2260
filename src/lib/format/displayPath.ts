import { relative, sep } from "node:path";

/**
 * A path as messages show it: relative to `root` (the project or site folder), with `/` on every
 * platform. @example displayPath("/site", "/site/data/models.csv") // "data/models.csv"
 */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
