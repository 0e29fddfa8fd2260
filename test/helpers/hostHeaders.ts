/**
 * A reader of the `_headers` file as Netlify and Cloudflare Pages apply it, written from their
 * documentation (not from the site's builder), for the tests: a rule is a path, exact or ending
 * in `/*` (everything below, the folder itself included); its headers are the indented
 * `Name: value` lines after it. When several rules match a path, Cloudflare sends every matching
 * rule's headers, joining a repeated header's values with commas; Netlify keeps one value per
 * header (the later rule's).
 */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
      if (!m || rules.length === 0) throw new Error(`_headers: cannot read ${JSON.stringify(line)}`);
      rules.at(-1)!.headers.push([m[1], m[2].trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path matches a request path. */
export function ruleMatches(rule: string, path: string): boolean {
  if (rule.endsWith("/*")) return path.startsWith(rule.slice(0, -1)) || path === rule.slice(0, -2);
  return rule === path;
}

/** The headers a host sends for a path. */
export function headersFor(rules: readonly HeaderRule[], path: string, host: "cloudflare" | "netlify"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = host === "cloudflare" && out[key] !== undefined ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
