/**
 * The one slug function: lower-case ASCII words joined by `-`, for the URLs of recaps, tags, labs
 * and new files. The display name is kept elsewhere; only URLs use the slug.
 *
 * Text written only in a script that does not fold to ASCII (Chinese, Japanese, Arabic...) would
 * slug to nothing: it gets its code points instead, so that it still has a stable page of its own
 * (a lab named `株式会社` failed the build with "Missing parameter: slug"). Only blank text slugs
 * to the empty string.
 * @example slugify("Thinking Machines") // "thinking-machines"
 * @example slugify("GPT-5.2 (xhigh)") // "gpt-5-2-xhigh"
 * @example slugify("智谱") // "u667a-u8c31"
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii) return ascii;
  return [...text.trim()].filter((c) => !/\s/u.test(c)).map((c) => `u${c.codePointAt(0)!.toString(16)}`).join("-");
}
