/**
 * Markdown with its code blanked out, character for character, so that offsets and line breaks
 * stay where they were: fenced code blocks (``` or ~~~, closed by a fence of the same character at
 * least as long) and inline code spans become spaces. What searches a body for syntax that code
 * may show as written (template placeholders, MDX components) reads this instead.
 * @example maskCode("a `{{ x }}` b") // "a           b"
 */
export function maskCode(text: string): string {
  let fence: string | undefined;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(part)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return " ".repeat(part.length);
      }
      if (marker) {
        fence = marker;
        return " ".repeat(part.length);
      }
      return part.includes("`") ? part.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length)) : part;
    })
    .join("");
}
