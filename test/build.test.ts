import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuild, copyFixture, DIST } from "./helpers/astro";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};

describe("building fixture sites", () => {
  it("builds the minimal fixture site: a page per published recap, drafts left out", () => {
    const site = copyFixture("minimal");
    temps.push(site);
    const out = tmp("bd-out-");
    const result = astroBuild(site, out);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(out, "recaps/2026-02-17-sonnet-lands/index.html"))).toBe(true);
    expect(existsSync(join(out, "recaps/2026-02-18-token-bill/index.html"))).toBe(true);
    expect(existsSync(join(out, "recaps/2026-02-19-draft/index.html"))).toBe(false);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toContain("The token bill");
    // The lean Markdown path rides on Astro's private entry types: an Astro update that drops them
    // shows here as "0 of 2" (src/integrations/leanEntryTypes.ts).
    expect(result.output).toMatch(/\b2 of 2 \.md recaps rendered by the lean Markdown pipeline/);
    expect(home).not.toContain("A draft");
  });

  it("stops with exit 1 and file:line when one CSV cell is broken", () => {
    const site = copyFixture("minimal");
    temps.push(site);
    const file = join(site, "data/results/aa-index.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("claude-sonnet-4-5,v4.0,,43,", "claude-sonnet-4-5,v4.0,,n/a,"));
    const result = astroBuild(site, tmp("bd-out-"));
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'data/results/aa-index.csv:4 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
    );
  });

  it("stops with file:line for bad frontmatter, listing every broken recap", () => {
    const site = copyFixture("minimal");
    temps.push(site);
    const a = join(site, "content/recaps/2026-02-17-sonnet-lands.mdx");
    writeFileSync(a, readFileSync(a, "utf8").replace("models: [", "modles: ["));
    const b = join(site, "content/recaps/2026-02-19-draft.md");
    writeFileSync(b, readFileSync(b, "utf8").replace("date: 2026-02-19", "date: 2026-02-30"));
    const result = astroBuild(site, tmp("bd-out-"));
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/recaps/2026-02-17-sonnet-lands.mdx:5 field "modles": unknown frontmatter key "modles" (did you mean "models"?)');
    expect(result.output).toContain('content/recaps/2026-02-19-draft.md:3 field "date": expected a date that exists (YYYY-MM-DD), found "2026-02-30"');
  });
});

describe("the sample site build (dist/)", () => {
  it("has a home page, a 404 and a page for every published recap", () => {
    expect(existsSync(join(DIST, "index.html"))).toBe(true);
    expect(existsSync(join(DIST, "404.html"))).toBe(true);
  });
});
