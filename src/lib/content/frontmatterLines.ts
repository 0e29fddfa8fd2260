/**
 * Finds the line of a frontmatter field in a Markdown file, so that schema errors can say
 * `content/recaps/x.md:4`. Lines count from the top of the file (the opening `---` is line 1).
 * Only top-level keys and block-list items are located; anything else falls back to the key.
 */
export function frontmatterLine(source: string, path: readonly (string | number)[]): number {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== "---") return 1;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  const last = end === -1 ? lines.length : end;
  const [key, index] = path;
  if (typeof key !== "string") return 1;
  const keyRe = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
  const keyLine = lines.findIndex((l, i) => i > 0 && i < last && keyRe.test(l));
  if (keyLine === -1) return 1;
  if (typeof index === "number") {
    let seen = -1;
    for (let i = keyLine + 1; i < last; i++) {
      if (/^\S/.test(lines[i])) break;
      if (/^\s*-\s/.test(lines[i]) && ++seen === index) return i + 1;
    }
  }
  return keyLine + 1;
}

/**
 * The raw text of a top-level scalar field as written (quotes removed), or undefined. YAML
 * parsers turn `date: 2026-02-30` into 2 March without complaint; checking the raw text is how
 * an impossible date is caught.
 */
export function frontmatterScalar(source: string, key: string): string | undefined {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== "---") return undefined;
  for (let i = 1; i < lines.length && lines[i].trim() !== "---"; i++) {
    const m = new RegExp(`^${key}\\s*:\\s*(.*?)\\s*$`).exec(lines[i]);
    if (m) return m[1].replace(/^(['"])(.*)\1$/, "$2").replace(/\s+#.*$/, "");
  }
  return undefined;
}
