/**
 * Markdown renderer throughput: the recap bodies of `../shared/fixtures` (the 41 AINews issues and
 * the 30 full-size ones) and of the sample site, rendered with Astro's Markdown processor (the
 * site's options, as `astro build` renders a `.md` recap) and with renderMarkdown.ts, in one
 * process, one after the other.
 *
 * `npx tsx bench/markdown.ts [--runs 5] [--astro-runs 1] [--sanitize]` prints MB/s and total time
 * per renderer. `--sanitize` also times sanitize-html (its default allowlist plus the tags and
 * attributes our Markdown writes) over markdown-it's output, as a stand-in for issue 11's
 * sanitiser. Each renderer renders the whole set once untimed first (JIT warm-up).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type sanitizeHtmlType from "sanitize-html";
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";

const USAGE = "usage: npx tsx bench/markdown.ts [--runs 5] [--astro-runs 1] [--sanitize]";
const { values } = parseCommandLine(USAGE, { runs: { type: "string" }, "astro-runs": { type: "string" }, sanitize: { type: "boolean" } }, { positionals: false });
const runs = wholeNumberArg("--runs", values.runs, 5, USAGE);
const astroRuns = wholeNumberArg("--astro-runs", values["astro-runs"], 1, USAGE);
// Imported once the options are read, so that a wrong one is refused at once (test/benchPlan.test.ts).
const { createMarkdownProcessor, parseFrontmatter } = await import("@astrojs/markdown-remark");
const { default: sanitizeHtml } = await import("sanitize-html");
const { markdownOptions } = await import("../src/lib/markdown/markdownOptions");
const { createMarkdownRenderer } = await import("../src/lib/markdown/renderMarkdown");

const root = resolve(import.meta.dirname, "..");
const folders = [join(root, "content/recaps"), join(root, "../shared/fixtures/ainews-sample"), join(root, "../shared/fixtures/ainews-full-sample")];
const bodies: string[] = [];
for (const dir of folders) {
  if (!existsSync(dir)) {
    console.log(`(skipped, absent: ${dir})`);
    continue;
  }
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) bodies.push(parseFrontmatter(readFileSync(join(dir, f), "utf8")).content);
}
const megabytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / 1e6;
console.log(`${bodies.length} bodies, ${megabytes.toFixed(2)} MB of Markdown`);

async function time(name: string, n: number, renderAll: () => Promise<void> | void): Promise<void> {
  await renderAll();
  const start = performance.now();
  for (let i = 0; i < n; i++) await renderAll();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${name.padEnd(44)} ${n} x ${megabytes.toFixed(2)} MB in ${seconds.toFixed(2)} s: ${((megabytes * n) / seconds).toFixed(2)} MB/s`);
}

const render = createMarkdownRenderer({ sanitize: (html) => html });
await time("markdown-it (renderMarkdown.ts)", runs, () => {
  for (const body of bodies) render(body);
});

if (values.sanitize) {
  const options: sanitizeHtmlType.IOptions = {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "del", "input", "details", "summary", "section", "sup", "sub"],
    allowedAttributes: { "*": ["id", "class", "aria-*", "data-*"], a: ["href", "title"], img: ["src", "alt", "title"], input: ["type", "checked", "disabled"], ol: ["start"] },
    allowedSchemes: ["http", "https", "mailto"],
  };
  const html = bodies.map((b) => render(b).html);
  await time("sanitize-html over that HTML", runs, () => {
    for (const h of html) sanitizeHtml(h, options);
  });
  const sanitised = createMarkdownRenderer({ sanitize: (h) => sanitizeHtml(h, options) });
  await time("markdown-it + sanitize-html", runs, () => {
    for (const body of bodies) sanitised(body);
  });
}

const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };
const astro = await createMarkdownProcessor(options);
await time("Astro's processor (createMarkdownProcessor)", astroRuns, async () => {
  for (const body of bodies) await astro.render(body, { frontmatter: {} } as Parameters<typeof astro.render>[1]);
});
