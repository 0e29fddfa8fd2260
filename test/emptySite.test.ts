import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuildAsync, copyFixture, type BuildResult } from "./helpers/astro";

/**
 * A new site owner's site: test/fixtures/sites/empty has no recaps and header-only registries
 * (docs/editing.md, "Starting from an empty site"). And the way an owner gets there from the
 * sample: a site built once with a recap, then built again, with the same cache, after the recaps
 * folder was emptied (Astro's glob loader kept the old entries, and the build failed on them).
 */
const temps: string[] = [];
afterAll(() => {
  if (process.env.BD_KEEP_EMPTY_SITE !== "1") temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const RECAP = ["---", 'title: "Hello, world"', "date: 2026-02-17", "models: [claude-sonnet-4-6]", "---", "", "The first recap.", ""].join("\n");

describe("an empty site", () => {
  let empty: BuildResult;
  let first: BuildResult;
  let emptied: BuildResult;
  let emptiedSite: string;
  beforeAll(async () => {
    const [site, owner] = [copyFixture("empty"), copyFixture("empty")];
    temps.push(site, owner);
    emptiedSite = owner;
    writeFileSync(join(owner, "content/recaps/2026-02-17-hello.md"), RECAP);
    [empty, first] = await Promise.all([astroBuildAsync(site, join(site, "out")), astroBuildAsync(owner, join(owner, "out"))]);
    unlinkSync(join(owner, "content/recaps/2026-02-17-hello.md"));
    emptied = await astroBuildAsync(owner, join(owner, "out"));
    if (process.env.BD_KEEP_EMPTY_SITE === "1") console.log(`[empty site] ${site}/out`);
  });
  const page = (path: string) => readFileSync(join(empty.outDir, path, "index.html"), "utf8");
  /** A page's text, tags dropped and white space collapsed. */
  const text = (path: string) => page(path).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  it("a site emptied after a build builds again with the same cache: no page of the removed recap, and a line that says why", () => {
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(emptiedSite, "out/recaps/2026-02-17-hello/index.html"))).toBe(false);
    expect(existsSync(join(first.outDir, "recaps/2026-02-17-hello/index.html"))).toBe(false);
    expect(emptied.status, emptied.output).toBe(0);
    expect(readdirSync(join(emptiedSite, "out/recaps"))).not.toContain("2026-02-17-hello");
    expect(readFileSync(join(emptiedSite, "out/rss.xml"), "utf8")).not.toContain("Hello, world");
    expect(readFileSync(join(emptiedSite, "out/index.html"), "utf8")).not.toContain("Hello, world");
    expect(emptied.output).toContain("no recaps in content/recaps/: the site is built without any");
    expect(emptied.output).not.toMatch(/does not exist or is empty/);
    // The recap named a model of an empty registry: a label of its own, not an error.
    expect(first.output).not.toMatch(/header but no data rows/);
  });

  it("builds with no recaps and header-only registries, without Astro's misleading warning", () => {
    expect(empty.status, empty.output).toBe(0);
    expect(empty.output).toContain("no recaps in content/recaps/: the site is built without any");
    expect(empty.output).not.toMatch(/does not exist or is empty/);
  });
});
