import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IGNORED_FRONTMATTER_KEYS } from "../config";
import { sanitizeHtml, setRemoteImagePolicy } from "../lib/html/sanitizeHtml";
import { createMarkdownRenderer } from "../lib/markdown/renderMarkdown";
import { createRecapSchema } from "../schemas/recap";
import { rendererFingerprint } from "./markdownEntryType";
import { MAX_THREADS } from "./threadPool";
import { prerenderKey, recapSyntaxProblems, type PrerenderedBody } from "./recapSyntax";
import { renderedBody } from "../lib/content/renderedBody";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import { scanKey } from "./recapScanCache";
import { RECAP_THREADS_MIN_BYTES, recapThreadCount, startRecapThreads, type RecapThreads } from "./recapThreads";

const ROOT = resolve(import.meta.dirname, "../..");

describe("recapThreadCount", () => {
  it("uses one thread per core (four at most) from 16 MB of Markdown, none below it or on one core", () => {
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES, {}, 2)).toBe(2);
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES - 1, {}, 2)).toBe(0);
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES * 10, {}, 1)).toBe(0);
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES, {}, 16)).toBe(MAX_THREADS);
  });

  it("takes BENCHDIGEST_RECAP_THREADS as set, whatever the size; 0 and 1 mean none; anything else stops", () => {
    expect(recapThreadCount(0, { BENCHDIGEST_RECAP_THREADS: "3" }, 2)).toBe(3);
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES * 10, { BENCHDIGEST_RECAP_THREADS: "0" }, 2)).toBe(0);
    expect(recapThreadCount(RECAP_THREADS_MIN_BYTES * 10, { BENCHDIGEST_RECAP_THREADS: "1" }, 2)).toBe(0);
    expect(recapThreadCount(0, { BENCHDIGEST_RECAP_THREADS: "" }, 2)).toBe(0);
    expect(() => recapThreadCount(0, { BENCHDIGEST_RECAP_THREADS: "two" }, 2)).toThrow('BENCHDIGEST_RECAP_THREADS is "two": expected a whole number of threads (0 for none)');
  });
});

describe("recap threads", () => {
  const root = mkdtempSync(join(tmpdir(), "bd-threads-"));
  const recaps = join(root, "content/recaps");
  const now = new Date("2026-11-01T00:00:00Z");
  let threads: RecapThreads;

  beforeAll(() => {
    // The sample site's recaps, and broken ones: YAML, a field, an unsafe URL, MDX syntax.
    mkdirSync(join(recaps, "2026"), { recursive: true });
    for (const name of readdirSync(join(ROOT, "content/recaps"))) copyFileSync(join(ROOT, "content/recaps", name), join(recaps, name));
    writeFileSync(join(recaps, "2026-02-18-yaml.md"), "---\ntitle: Broken\nmodels: [a\n---\n\nBody.\n");
    writeFileSync(join(recaps, "2026/02-19-mdx.mdx"), "---\ntitle: Broken\ndate: 2026-02-19\n---\n\nText {unclosed\n");
    writeFileSync(join(recaps, "2026-02-20-field.md"), "---\ntitle: No date\n---\n\nA [link](javascript:alert(1)).\n");
    threads = startRecapThreads(2);
  });
  afterAll(async () => {
    await threads?.close();
    setRemoteImagePolicy({ mode: "load" });
    rmSync(root, { recursive: true, force: true });
  });

  it("find the problems the main thread finds, in its order", async () => {
    const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
    const expected = recapSyntaxProblems(recaps, root, { schema, now });
    expect(expected.map((p) => p.file)).toEqual(["content/recaps/2026-02-18-yaml.md", "content/recaps/2026-02-20-field.md", "content/recaps/2026-02-20-field.md", "content/recaps/2026/02-19-mdx.mdx"]);
    expect(await threads.prescan(recaps, root, now)).toEqual(expected);
  });

  it("find the same problems with bodies known clean (recapScanCache.ts), and the same clean bodies", async () => {
    const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
    const onMain = { clean: new Set<string>(), found: [] as string[] };
    const expected = recapSyntaxProblems(recaps, root, { schema, now, scans: onMain });
    const inThreads = { clean: new Set<string>(), found: [] as string[] };
    expect(await threads.prescan(recaps, root, now, inThreads)).toEqual(expected);
    expect(inThreads.found.sort()).toEqual(onMain.found.sort());
    // Every sample recap, and the two broken files whose body has no error, are clean; the unsafe link's is not.
    const field = scanKey("2026-02-20-field.md", readFileSync(join(recaps, "2026-02-20-field.md"), "utf8"));
    expect(inThreads.found).not.toContain(field);
    // Given every clean key, the threads scan none of those bodies again and still find every problem.
    const again = { clean: new Set(inThreads.found), found: [] as string[] };
    expect(await threads.prescan(recaps, root, now, again)).toEqual(expected);
    expect(again.found.sort()).toEqual(inThreads.found);
    // A clean key given for the unsafe body (no build writes one) is trusted: what the threads were given counts.
    const trusted = { clean: new Set([...inThreads.found, field]), found: [] as string[] };
    expect((await threads.prescan(recaps, root, now, trusted)).filter((p) => /javascript:/.test(p.message))).toEqual([]);
  });

  it("render every .md body as the main thread does, with the remote-image policy it has set", async () => {
    const bodies = readdirSync(recaps)
      .filter((name) => name.endsWith(".md"))
      .map((name) => readFileSync(join(recaps, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
    bodies.push('An image ![chart](https://cdn.example.org/chart.png) and <img src="https://cdn.example.org/b.png" alt="b">.');
    expect(bodies.length).toBeGreaterThan(10);
    for (const policy of [{ mode: "load" as const }, { mode: "block" as const, siteOrigin: "https://bench.example.org" }]) {
      setRemoteImagePolicy(policy);
      const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
      const inThreads = await Promise.all(bodies.map((body) => threads.render(body)));
      expect(inThreads).toEqual(bodies.map((body) => render(body)));
      expect(await threads.fingerprint()).toBe(rendererFingerprint({ sanitize: sanitizeHtml }));
    }
    // The two policies render the image differently: the threads followed the change.
    setRemoteImagePolicy({ mode: "load" });
    const loaded = (await threads.render(bodies.at(-1) ?? "")).html;
    setRemoteImagePolicy({ mode: "block" });
    expect((await threads.render(bodies.at(-1) ?? "")).html).not.toBe(loaded);
  });

  it("render in the first read, on the threads as on the main thread, what the render function would: Astro's body, by its hash, the HTML in its file", async () => {
    const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
    // A body whose first line is indented: Astro trims it, and so does the first read.
    writeFileSync(join(recaps, "2026-02-21-indented.md"), "---\ntitle: Indented\ndate: 2026-02-21\n---\n    A paragraph on the page, with a [link](https://example.org/a&b).\n");
    for (const policy of [{ mode: "load" as const }, { mode: "block" as const, siteOrigin: "https://bench.example.org" }]) {
      setRemoteImagePolicy(policy);
      const onMain = { htmlDir: join(root, "html-main"), bodies: new Map<string, PrerenderedBody>() };
      const inThreads = { htmlDir: join(root, "html-threads"), bodies: new Map<string, PrerenderedBody>() };
      const expected = recapSyntaxProblems(recaps, root, { schema, now, prerender: onMain });
      expect(await threads.prescan(recaps, root, now, undefined, inThreads)).toEqual(expected);
      const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
      const md = readdirSync(recaps).filter((name) => name.endsWith(".md"));
      let rendered = 0;
      for (const name of md) {
        const source = readFileSync(join(recaps, name), "utf8");
        const body = renderedBody(source).body;
        const main = onMain.bodies.get(prerenderKey(body));
        // Not kept: the YAML error's file is not scanned, the unsafe link's body is refused.
        if (name === "2026-02-18-yaml.md" || name === "2026-02-20-field.md") {
          expect(main, name).toBeUndefined();
          continue;
        }
        const { html, ...rest } = render(body);
        expect(main, name).toMatchObject(rest);
        expect(readFileSync(main!.htmlFile, "utf8"), name).toBe(html);
        expect(main!.readingMinutes, name).toBe(readingMinutesOfHtml(html));
        const threaded = inThreads.bodies.get(prerenderKey(body));
        expect({ ...threaded, htmlFile: undefined }, name).toEqual({ ...main, htmlFile: undefined });
        expect(readFileSync(threaded!.htmlFile, "utf8"), name).toBe(html);
        rendered++;
      }
      expect(rendered).toBe(md.length - 2);
      expect(onMain.bodies.size).toBe(rendered);
      expect(inThreads.bodies.size).toBe(rendered);
    }
    const indented = renderedBody(readFileSync(join(recaps, "2026-02-21-indented.md"), "utf8")).body;
    expect(readFileSync((await firstReadOf(indented))!, "utf8")).toBe('<p>A paragraph on the page, with a <a href="https://example.org/a&amp;b">link</a>.</p>');
    rmSync(join(recaps, "2026-02-21-indented.md"));

    async function firstReadOf(body: string): Promise<string | undefined> {
      const prerender = { htmlDir: join(root, "html-one"), bodies: new Map<string, PrerenderedBody>() };
      await threads.prescan(recaps, root, now, undefined, prerender);
      return prerender.bodies.get(prerenderKey(body))?.htmlFile;
    }
  });
});
