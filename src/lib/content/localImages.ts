/**
 * Local images a recap names that are not there: `![Chart](./missing-chart.png)`. Astro's pipeline,
 * which renders a recap with a local image (recapPipeline.ts), stops the build with its own
 * `ImageNotFound` and a stack trace, without the recap's name or line; `npm run check` said
 * nothing (found in review). Both now say which recap, which line and where the file was looked
 * for. Pure: the caller says which files exist.
 */
import { posix } from "node:path";
import type { Finding } from "../check/findings";
import { maskCode } from "../markdown/maskCode";
import { DEFINITION, IMAGE_BY_REFERENCE, INLINE_IMAGE, isLocalImageAddress, localImageIn, referenceLabel } from "./recapPipeline";
import { localImagePath } from "../markdown/renderMarkdown";

/** An address Astro's pipeline reads as a file beside the recap (`isLocalImageAddress`), not an empty one or a fragment. */
const isLocal = (address: string) => address !== "" && !address.startsWith("#") && !address.startsWith("?") && isLocalImageAddress(address);

/**
 * An error for each local image of `source` (a recap file's text, shown as `file`, a path from the
 * site root) that `exists` does not find, read from the recap's folder as Astro reads it. Images in
 * code are not images; an image by reference counts by its definition's line.
 * @example missingLocalImages("---\ntitle: T\n---\n![c](./c.png)\n", "content/recaps/x.md", () => false)[0].message
 * // 'image "./c.png" not found: expected the file content/recaps/c.png (a local image is read from the recap\'s folder)'
 */
export function missingLocalImages(source: string, file: string, exists: (pathFromRoot: string) => boolean): Finding[] {
  // Most recaps have no local image: the text is masked (about 4 ms a MB) only when one may be there.
  if (localImageIn(source, isLocal) === undefined) return [];
  const text = maskCode(source);
  const lineAt = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const check = (address: string, offset: number) => {
    if (!isLocal(address)) return;
    const local = localImagePath(address)!;
    const path = posix.normalize(posix.join(posix.dirname(file), local.split(/[?#]/)[0]!));
    const line = lineAt(offset);
    if (exists(path) || seen.has(`${line}\u0000${path}`)) return;
    seen.add(`${line}\u0000${path}`);
    findings.push({
      file,
      line,
      severity: "error",
      code: "image-not-found",
      message: `image "${address}" not found: expected the file ${path} (a local image is read from the recap's folder)`,
    });
  };
  for (const m of text.matchAll(INLINE_IMAGE)) check(m[1]!, m.index!);
  const labels = new Set([...text.matchAll(IMAGE_BY_REFERENCE)].map((m) => referenceLabel(m[2] || m[1]!)));
  if (labels.size > 0) for (const m of text.matchAll(DEFINITION)) if (labels.has(referenceLabel(m[1]!))) check(m[2]!, m.index!);
  return findings;
}
