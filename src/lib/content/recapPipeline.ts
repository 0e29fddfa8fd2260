import { isPlainMdxFile } from "./plainMdx";
import { localImagePath } from "../markdown/renderMarkdown";

/** An image's address written inline, `![alt](address`, and a link reference definition's, `[label]: address`. */
export const INLINE_IMAGE = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^\s)>]*)/g;
export const IMAGE_BY_REFERENCE = /!\[((?:[^\]\\\n]|\\.)*)\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?!\()/g;
export const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.)+)\]:[ \t]*<?([^\s>]*)/gm;
/** A reference label as CommonMark matches them: case and runs of white space do not count. */
export const referenceLabel = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** An address the renderer leaves to Astro's pipeline as a local image (`localImagePath`). */
export const isLocalImageAddress = (address: string) => localImagePath(address) !== undefined;

/**
 * Whether `source` has a local image, read from its text on the cautious side (see
 * `pipelineReason`): `inline` (`![chart](./chart.png)`), `reference` (an image by reference whose
 * label has a definition with a local address), or undefined. `isLocal` reads an address.
 */
export function localImageIn(source: string, isLocal: (address: string) => boolean = isLocalImageAddress): "inline" | "reference" | undefined {
  if ([...source.matchAll(INLINE_IMAGE)].some((m) => isLocal(m[1]!))) return "inline";
  const imageLabels = new Set([...source.matchAll(IMAGE_BY_REFERENCE)].map((m) => referenceLabel(m[2] || m[1]!)));
  if (imageLabels.size > 0 && [...source.matchAll(DEFINITION)].some((m) => imageLabels.has(referenceLabel(m[1]!)) && isLocal(m[2]!))) return "reference";
  return undefined;
}

/**
 * Why a recap is rendered by Astro's unified pipeline rather than by the site's Markdown renderer
 * (src/lib/markdown/renderMarkdown.ts), or undefined when it is not. The pipeline holds a document
 * many times over in memory (an `.mdx` recap with a component and a 1 MiB table: 1.85 GB;
 * docs/performance.md, "Large recaps"), so a recap it renders has a smaller size limit
 * (`MAX_PIPELINE_RECAP_BYTES`, src/schemas/limits.ts).
 *
 * A Markdown body goes there when it has a local image (`![chart](./chart.png)`: Astro optimises
 * it as an asset). That is read from the text, on the cautious side: an image by reference counts
 * when a definition of its label has a local address, even where the parse would not read it so.
 * @example pipelineReason("a.mdx", "---\ntitle: A\n---\n<ModelScore model=\"x\" benchmark=\"y\" />", true) // "it is MDX that uses components, expressions or HTML"
 */
export function pipelineReason(name: string, source: string, fastMarkdown: boolean): string | undefined {
  if (!fastMarkdown) return "BENCHDIGEST_FAST_MARKDOWN=0 renders every recap there";
  if (name.endsWith(".mdx") && !isPlainMdxFile(source)) return "it is MDX that uses components, expressions or HTML";
  const image = localImageIn(source);
  if (image === "inline") return "it has a local image, which Astro optimises";
  if (image === "reference") return "it may have a local image (an image by reference to a local address), which Astro optimises";
  return undefined;
}
