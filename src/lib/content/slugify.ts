/**
 * The one slug function: lower-case ASCII words joined by `-`, for URLs of tags, labs and recaps.
 * The display name is kept elsewhere; only URLs use the slug.
 * @example slugify("Thinking Machines") // "thinking-machines"
 * @example slugify("GPT-5.2 (xhigh)") // "gpt-5-2-xhigh"
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
