import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { asUpstreamDashes } from "./commandFlags";
import { remarkSmartypants } from "./remarkSmartypants";
import { generateRecap } from "../../../bench/generate";

// Astro's own pipeline twice: once with its default SmartyPants plugin, once with ours instead.
const upstream = await createMarkdownProcessor({ syntaxHighlight: false });
const ours = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [remarkSmartypants] });
// Ours keeps a command-line option's `--` (commandFlags.ts), the one intended difference.
const asUpstream = async (md: string) => asUpstreamDashes((await ours.render(md)).code);
const body = (text: string) => (text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 4) + 5) : text);

describe("remarkSmartypants", () => {
  it("educates quotes, dashes, ellipses and backticks exactly as remark-smartypants does", async () => {
    const samples = [
      `"Hello," she said -- it's the 'best' model... maybe. . . ''Really''? \`\`Yes''.`,
      `# "Quoted" heading --- with an em dash\n\n| a "b" | c -- d |\n|---|---|\n| 'x' | y... |`,
      `A **"bold quote"** across [a "link"](https://e.org/a--b) and \`code "stays" -- as is\`.`,
      "```js\nconst s = \"no -- change...\";\n```\n\n> 'Quoted' block -- with 80's slang.",
      "Plain text without any of the characters.",
    ];
    for (const md of samples) {
      expect(await asUpstream(md)).toBe((await upstream.render(md)).code);
    }
    expect((await ours.render(`"Hi" -- there...`)).code).toBe("<p>“Hi” — there…</p>");
  });

  it("keeps a command-line option's `--` in prose, where upstream writes an em dash", async () => {
    const md = `Launch with **--xformers --medvram** (or --no-half-vae); "docker run -d --network=host" -- then wait--or not -- Ada. --5 and ---x.`;
    const html = (await ours.render(md)).code;
    expect(html).toBe(
      "<p>Launch with <strong>--xformers --medvram</strong> (or --no-half-vae); “docker run -d --network=host” — then wait—or not — Ada. —5 and ---x.</p>",
    );
    expect((await upstream.render(md)).code).toBe(asUpstreamDashes(html));
    expect((await upstream.render(md)).code).toContain("<strong>—xformers —medvram</strong>");
  });

  it("keeps the quotes of raw code elements as typed, where upstream curls them (found in review: <code>device_map='auto'</code>)", async () => {
    const md = `Use <code>device_map='auto'</code> and "quotes" with <kbd>"x"</kbd>'s key.\n\nAfter <code>open 'q'\n\nthen 'it'.`;
    const html = (await ours.render(md)).code;
    expect(html).toBe("<p>Use <code>device_map='auto'</code> and “quotes” with <kbd>\"x\"</kbd>’s key.</p>\n<p>After <code>open 'q'</code></p><code>\n<p>then ‘it’.</p></code>");
    expect((await upstream.render(md)).code).toContain("<code>device_map=‘auto’</code>");
  });

  it("gives byte-identical HTML on generated newsletter recaps", async () => {
    const models = [{ id: "orca-1-0", name: "Orca 1.0", lab: "Northwind AI", released: "2016-01-01", aliases: ["orca-1.0-20160101"] }];
    const pools = { topics: ["agents"], companies: ["northwind-ai"], people: ["ada"], labels: ["kalo-7b"] };
    for (let i = 0; i < 4; i++) {
      const { text } = generateRecap(i, { format: "md", profile: "default", seed: 3, models, pools });
      expect(await asUpstream(body(text))).toBe((await upstream.render(body(text))).code);
    }
  });

  const fixtures = resolve(import.meta.dirname, "../../../../shared/fixtures/ainews-sample");
  it.skipIf(!existsSync(fixtures))("gives byte-identical HTML on the real AINews issues in ../shared/fixtures (skipped when absent)", async () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".md")).slice(0, 12);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = body(readFileSync(join(fixtures, f), "utf8"));
      expect(await asUpstream(text), f).toBe((await upstream.render(text)).code);
    }
  });
});
