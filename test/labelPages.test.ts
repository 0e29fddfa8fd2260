/**
 * Every label a page (issue 10, part 5), on the built sample site: a `models:` label that names no
 * registry model has a page with its recaps and why it has no scores, the recap links to it, and a
 * `companies:` tag that names a registry lab links to the lab's page, which lists the recap.
 * Expected values come from the content files and the registry through the one matcher (the
 * matcher's own rules are tested in src/lib/models/), never from the site's data layer.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/astro";
import { hrefs, page, readRecaps, sampleData } from "./helpers/sampleContent";
import { labelKey } from "../src/lib/models/labelKey";

const data = sampleData();
const published = readRecaps().filter((r) => !r.draft);
const MYTHOS_RECAP = "/recaps/2026-06-09-claude-fable-5-tops-index/";
const recapLinks = (doc: Document) => hrefs(doc, ".recap-list .title a");

describe("a model label that names no registry model", () => {
  it("claude-mythos-5 (in a sample recap, in no registry) has a page with its recap, saying why it has no scores", () => {
    expect(data.aliases.match("claude-mythos-5").kind).toBe("unresolved");
    const doc = page(DIST, "/models/claude-mythos-5/");
    expect(doc.querySelector("h1")!.textContent).toBe("claude-mythos-5");
    expect(recapLinks(doc)).toEqual([MYTHOS_RECAP]);
    expect(doc.querySelector("[data-label-reason]")!.getAttribute("data-label-reason")).toBe("unknown");
    expect(doc.querySelector(".why")!.textContent).toMatch(/Not in the model registry/);
    // One recap is below TAG_FEED_MIN_RECAPS: no feed of its own, the page points at the site-wide one.
    expect(existsSync(join(DIST, "models/claude-mythos-5/rss.xml"))).toBe(false);
    expect(hrefs(doc, "main .meta a")).toEqual(["/rss.xml"]);
  });

  it("is linked from the recap's models panel, and the recap's registry models still link to theirs", () => {
    const doc = page(DIST, MYTHOS_RECAP);
    expect(hrefs(doc, "aside.models .labels a")).toEqual(["/models/claude-mythos-5/"]);
    expect(hrefs(doc, "aside.models tbody a[data-pagefind-filter=model]")).toContain("/models/claude-fable-5/");
  });

  it("no label is a dead end: every unresolved label of every recap links to a page that lists the recap", () => {
    let checked = 0;
    for (const recap of published) {
      const unresolved = recap.models.filter((l) => data.aliases.match(l).kind !== "model" && labelKey(l) !== "");
      const links = hrefs(page(DIST, `/recaps/${recap.id}/`), "aside.models .labels a");
      expect(links.length, recap.id).toBe(new Set(unresolved.map(labelKey)).size);
      for (const href of links) {
        expect(recapLinks(page(DIST, href)), href).toContain(`/recaps/${recap.id}/`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("is listed on the models index in its own section", () => {
    const doc = page(DIST, "/models/");
    expect(hrefs(doc, "section[aria-labelledby=other-names] a")).toContain("/models/claude-mythos-5/");
  });
});

describe("a companies: tag that names a registry lab", () => {
  it("links to the lab page, which lists the recap even when it mentions none of the lab's models", () => {
    // 2026-02-17 is tagged microsoft and names no Microsoft model.
    const recap = published.find((r) => r.id === "2026-02-17-claude-sonnet-4-6-launch")!;
    expect(recap.companies).toContain("microsoft");
    expect(recap.models.map((l) => data.aliases.resolve(l)?.id).filter((id) => data.models.find((m) => m.id === id)?.lab === "Microsoft")).toEqual([]);
    const links = hrefs(page(DIST, `/recaps/${recap.id}/`), ".tags a[data-pagefind-filter=company]");
    expect(links).toContain("/labs/microsoft/");
    expect(links).toContain("/labs/anthropic/");
    // Not labs: a product's maker tag and a company the registry does not spell as a lab.
    expect(links).toContain("/companies/cursor/");
    expect(recapLinks(page(DIST, "/labs/microsoft/"))).toContain(`/recaps/${recap.id}/`);
    // Its company page stays (older links reach it) and points at the lab.
    expect(hrefs(page(DIST, "/companies/microsoft/"), "main a")).toContain("/labs/microsoft/");
  });

  it("joins a company spelt otherwise to its lab only through a tag alias (the sample's zhipu -> zhipu-ai)", () => {
    const links = hrefs(page(DIST, "/recaps/2026-02-11-glm-5-open-weights-leader/"), ".tags a[data-pagefind-filter=company]");
    // `zhipu` is not how the registry spells Zhipu AI: the matcher does not guess; data/tag-aliases.csv's
    // companies,zhipu,zhipu-ai joins it (docs/editing.md's example), as companies,moonshot,moonshot-ai does.
    expect(links).toContain("/labs/zhipu-ai/");
    expect(links).not.toContain("/companies/zhipu/");
    expect(links).toContain("/labs/moonshot-ai/");
  });
});
