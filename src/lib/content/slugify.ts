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
/**
 * Latin letters that Unicode does not decompose into a letter and an accent, so that stripping
 * accents would drop them (`Straße` gave `stra-e`, `Łukasz` gave `ukasz`): spelled as German,
 * Danish, Polish and Icelandic write them in ASCII.
 */
const LATIN_LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export function slugify(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_LETTERS[c])
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii) return ascii;
  return [...text.trim()].filter((c) => !/\s/u.test(c)).map((c) => `u${c.codePointAt(0)!.toString(16)}`).join("-");
}
