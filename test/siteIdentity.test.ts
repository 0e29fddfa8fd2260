/**
 * A new owner's site: the minimal fixture built with the project's code and a src/config.ts of its
 * own (another title, description, author, lang and tagline, a published URL), but still the
 * sample's subscribe account, as the review that found it left it. The default social image is
 * drawn from that config, the pages' alt text, og:locale and footer follow it, and the build warns
 * of the one sample setting left (src/lib/check/sampleIdentity.ts).
 *
 * The same site's data has a lab's own claim among independent figures (`measured_by`): the claim
 * is kept out of the ranks and listed with its source and badge (the sample's badges are checked in
 * test/measuredBy.test.ts). One build shows both: neither change reaches the pages the other's
 * tests read (the claim is one results row; the owner's settings are the site's identity), and a
 * cold build of the minimal site is about 25 s of CPU.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirrorProjectCode } from "../scripts/lib/siteMirror";
import { renderPlotPng } from "../src/integrations/renderPlotPng";
import { siteCardSvg } from "../src/lib/share/socialCard";
import { astroBuildAsync, copyFixture, DIST, type BuildResult } from "./helpers/astro";
import { page as builtPage } from "./helpers/sampleContent";

const OWNER = {
  title: "Tensor Tidings",
  description: "Weekly notes on tensors, the models that multiply them and what the benchmarks say.",
  author: "Ada Byron",
  tagline: "Tensors, weekly. Every number sourced.",
  url: "https://tidings.example.net",
};

/** The sample's src/config.ts with the owner's settings, each replaced where it stands (a missed one fails here, not silently). */
function ownersConfig(sample: string): string {
  const set = (config: string, pattern: RegExp, line: string) => {
    expect(pattern.test(config), String(pattern)).toBe(true);
    return config.replace(pattern, line);
  };
  let config = sample;
  config = set(config, /^ {2}title: .*$/m, `  title: ${JSON.stringify(OWNER.title)},`);
  config = set(config, /^ {2}description: .*$/m, `  description: ${JSON.stringify(OWNER.description)},`);
  config = set(config, /^ {2}author: .*$/m, `  author: ${JSON.stringify(OWNER.author)},`);
  config = set(config, /^ {2}tagline: .*$/m, `  tagline: ${JSON.stringify(OWNER.tagline)},`);
  config = set(config, /^ {2}lang: .*$/m, `  lang: "en-US",`);
  // No locale of its own: og:locale comes from lang's region.
  config = set(config, /^ {2}locale: .*$/m, `  locale: undefined as string | undefined,`);
  return config;
}

/**
 * Gives the fixture's results a `measured_by` column (its rows measured independently) and adds
 * GPT-5's maker's own figure, higher than anything measured independently.
 */
function addLabClaim(csv: string): void {
  const lines = readFileSync(csv, "utf8").trimEnd().split("\n");
  const measured = ["independent", "independent", "independent", "independent", ""];
  expect(lines.length - 1, `${csv}: the rows measured_by is written for`).toBe(measured.length);
  writeFileSync(
    csv,
    [`${lines[0]},measured_by`, ...lines.slice(1).map((l, i) => `${l},${measured[i]}`), "gpt-5,v4.0,,60,,,,,2026-02-19,https://openai.example/gpt-5-results,the lab's announcement,lab"].join("\n") + "\n",
  );
}

let dir: string;
let build: BuildResult;
/** A page of this site's build, by URL path or file (`/models/gpt-5/`, `404.html`). */
const page = (path: string) => builtPage(build.outDir, path);
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute("content");

beforeAll(async () => {
  dir = mirrorProjectCode(copyFixture("minimal"));
  const configFile = join(dir, "src/config.ts");
  writeFileSync(configFile, ownersConfig(readFileSync(configFile, "utf8")));
  addLabClaim(join(dir, "data/results/aa-index.csv"));
  build = await astroBuildAsync(dir, join(dir, "dist"), { SITE_URL: OWNER.url });
  expect(build.status, build.output.slice(-4000)).toBe(0);
}, 240_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("a site with its own config but the sample's subscribe account", () => {
  it("warns in the build that SUBSCRIBE in src/config.ts is still the sample's account, and of nothing else the owner changed", () => {
    expect(build.output).toContain(
      `[WARN] [benchdigest-sample-identity] SUBSCRIBE in src/config.ts is still the sample's Buttondown account "benchdigest": the subscribe form in every page's footer would send your readers' email addresses to the sample's newsletter, not yours. Set SUBSCRIBE to your own account (docs/email.md), or to undefined for no form`,
    );
    expect(build.output).not.toContain("the site's title is still the sample's");
    expect(build.output).not.toContain("the site's author is still the sample's");
    expect(build.output).not.toContain("the site's description is still the sample's");
    expect(build.output).not.toContain("the site URL is still the example");
  });

  it("draws the default social image from its title and description: a 1200×630 PNG, not the sample's", () => {
    const png = readFileSync(join(build.outDir, "og-default.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const svg = siteCardSvg({ title: OWNER.title, description: OWNER.description, host: new URL(OWNER.url).host });
    expect(svg).toContain(`>${OWNER.title}</text>`);
    // The very card of that SVG, drawn as the build draws it.
    expect(png.equals(Buffer.from(renderPlotPng(svg)))).toBe(true);
    expect(png.equals(readFileSync(join(DIST, "og-default.png")))).toBe(false);
  });

  it("points every page without an image of its own at it, with alt text, og:locale and footer from its config", () => {
    for (const path of ["index.html", "recaps/index.html", "recaps/2026-02-17-sonnet-lands/index.html", "search/index.html", "404.html"]) {
      const doc = page(path);
      expect(meta(doc, "og:image"), path).toBe(`${OWNER.url}/og-default.png`);
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute("content"), path).toBe(`${OWNER.url}/og-default.png`);
      expect([meta(doc, "og:image:width"), meta(doc, "og:image:height")], path).toEqual(["1200", "630"]);
      expect(meta(doc, "og:image:alt"), path).toBe(`${OWNER.title}: ${OWNER.description}`);
      expect(meta(doc, "og:locale"), path).toBe("en_US");
      expect(doc.documentElement.getAttribute("lang"), path).toBe("en-US");
      expect(doc.querySelector("footer.site-footer > p")?.textContent, path).toBe(`${OWNER.title}: ${OWNER.tagline}`);
    }
  });
});

describe("a lab's own claim on the same site", () => {
  it("keeps the claim out of the ranks and lists it under the board with its badge and source", () => {
    const doc = page("/leaderboards/aa-index/");
    const ranked = [...doc.querySelectorAll("table.leaderboard tbody tr")].map((tr) => tr.getAttribute("data-model"));
    expect(ranked).not.toContain("gpt-5");
    expect(ranked[0]).toBe("claude-opus-4-6");
    const listed = [...doc.querySelectorAll(".unscored li")].find((li) => li.querySelector('a[href="/models/gpt-5/"]'))!;
    expect(listed.textContent!.replace(/\s+/g, " ")).toMatch(/GPT-5 · claims 60 lab's claim \(2026-02-19\), not ranked \(note: the lab's announcement\)/);
    expect(listed.querySelector('[data-measured-by="lab"]')).not.toBeNull();
    expect(listed.querySelector('a[href="https://openai.example/gpt-5-results"]')).not.toBeNull();
    const download = JSON.parse(readFileSync(join(build.outDir, "data/aa-index-v4.0.json"), "utf8")) as { rows: { model: string }[] };
    expect(download.rows.map((r) => r.model)).not.toContain("gpt-5");
  });

  it("shows the claim on the model's page with its badge", () => {
    const doc = page("/models/gpt-5/");
    const group = doc.querySelector('section.group[data-benchmark="aa-index/v4.0"]')!;
    expect(group.querySelector('[data-measured-by="lab"]')!.textContent).toBe("lab's claim");
  });
});
