/**
 * Lab colours. Each has at least 3:1 contrast against both the light (`#fdfdfc`) and the dark
 * (`#121417`) page background (palette.test.ts checks it), so points and legend swatches read in
 * both colour schemes; neighbours differ in hue so that the common colour-vision deficiencies
 * still tell them apart by position in the legend order and lightness.
 */
export const LAB_PALETTE = ["#2563eb", "#e8590c", "#2f9e44", "#d6336c", "#8b5cf6", "#0c8599", "#b08800", "#9c6b4e"] as const;

/** The colour of labs beyond the palette, grouped in the legend as `OTHER_LABS`. */
export const OTHER_COLOUR = "#868e96";
/** Legend label of the grouped labs. */
export const OTHER_LABS = "Other labs";

/** Lab → colour for one page or plot, and the legend that explains it. */
export interface LabColours {
  colourOf(lab: string): string;
  /** In legend order: the coloured labs, then `Other labs` when some were grouped. */
  legend: { label: string; colour: string }[];
}

/**
 * Assigns palette colours to the labs with the most points (ties alphabetically); the rest share
 * the grey of `Other labs`. Pass every lab of a page at once so that its plots agree.
 * `preferred`: the site's labs, most ranked first: the first of them (as many as the palette has
 * colours) keep their own colour on every page they are coloured on, so that a lab reads the same
 * from board to board (found in review: OpenAI green on one board, blue on the next); the other
 * labs of a page take the colours left, in its own order.
 * @example labColours(["Google"], ["OpenAI", "Google"]).colourOf("Google") // LAB_PALETTE[1], as on every page
 */
export function labColours(labs: readonly string[], preferred: readonly string[] = []): LabColours {
  const counts = new Map<string, number>();
  for (const lab of labs) counts.set(lab, (counts.get(lab) ?? 0) + 1);
  const ordered = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, "en"));
  const many = ordered.length > LAB_PALETTE.length;
  // With more labs than colours, keep one palette slot's worth of room: the grey "Other labs".
  const coloured = many ? ordered.slice(0, LAB_PALETTE.length) : ordered;
  const slotOf = new Map(preferred.slice(0, LAB_PALETTE.length).map((lab, i) => [lab, i]));
  const taken = new Set(coloured.flatMap((lab) => (slotOf.has(lab) ? [slotOf.get(lab)!] : [])));
  const free = LAB_PALETTE.map((_, i) => i).filter((i) => !taken.has(i));
  const map = new Map<string, string>(coloured.map((lab) => [lab, LAB_PALETTE[slotOf.get(lab) ?? free.shift()!]]));
  const legend: { label: string; colour: string }[] = [...coloured].sort((a, b) => a.localeCompare(b, "en")).map((label) => ({ label, colour: map.get(label)! }));
  if (many) legend.push({ label: OTHER_LABS, colour: OTHER_COLOUR });
  return { colourOf: (lab) => map.get(lab) ?? OTHER_COLOUR, legend };
}

/**
 * A site's labs by how many of their models its boards rank (most first, ties alphabetically): the
 * order `labColours` keeps colours in from board to board.
 * @example labsByRankedModels([{ model: { id: "a", lab: "X" } }, { model: { id: "b", lab: "Y" } }, { model: { id: "c", lab: "Y" } }]) // ["Y", "X"]
 */
export function labsByRankedModels(entries: Iterable<{ model: { id: string; lab: string } }>): string[] {
  const models = new Map<string, Set<string>>();
  for (const { model } of entries) models.set(model.lab, (models.get(model.lab) ?? new Set()).add(model.id));
  return [...models.keys()].sort((a, b) => models.get(b)!.size - models.get(a)!.size || a.localeCompare(b, "en"));
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
