/**
 * A registry fact its catalog gives two ways (`catalog_disputes`, written by npm run import:models)
 * is said to be disputed where a page shows it, with what the other listings give; never shown as
 * settled (found in review: DeepSeek-V3 "Open weights: no", GPT-4 released November 2023). Checked
 * on the sample's lab pages, against the sample registry's own cells.
 */
import { describe, expect, it } from "vitest";
import { slugify } from "../src/lib/content/slugify";
import { DIST } from "./helpers/astro";
import { builtPages, page, sampleData } from "./helpers/sampleContent";

const models = sampleData().models;

describe("facts a catalog gives two ways, on the built pages", () => {
  it("marks each disputed release date and open-weights flag in its lab page's row, and no other", () => {
    const disputed = models.filter((m) => m.catalog && (m.catalog_disputes?.released.length || m.catalog_disputes?.open_weights !== undefined));
    expect(disputed.length, "the sample registry (imported from models.dev) has disputed rows").toBeGreaterThan(20);
    let checked = 0;
    for (const lab of new Set(disputed.map((m) => m.lab))) {
      const doc = page(DIST, `/labs/${slugify(lab)}/`);
      const rows = [...doc.querySelectorAll("section[aria-labelledby=models] tbody tr")];
      for (const m of models.filter((x) => x.lab === lab)) {
        // Rows are found by name; two models of one name (a lab's two Qwen3 235B rows) are left out.
        const named = rows.filter((r) => r.querySelector("th")?.textContent?.trim() === m.name);
        if (named.length !== 1) continue;
        const row = named[0];
        const [released, open] = [...row.querySelectorAll("td")].map((td) => td.textContent!.replace(/\s+/g, " ").trim());
        const others = m.catalog_disputes?.released ?? [];
        if (others.length && m.released) expect(released, `${m.id} released`).toMatch(/ \(disputed: (?:of its \d+ listings in models\.dev dating the model itself \(not a dated snapshot\), \d+ gives?|(?:all \d+ of its listings|its one listing) in models\.dev dating the model itself \(not a dated snapshot\) gives?) \d{1,2} \w+ \d{4}/);
        else expect(released, `${m.id} released`).not.toContain("disputed");
        if (m.catalog_disputes?.open_weights?.value === true && !m.open_weights) expect(open, `${m.id} open weights`).toMatch(/^no \(disputed: of its \d+ listings in models\.dev, \d+ says? its weights are open\)$/);
        else expect(open, `${m.id} open weights`).not.toContain("disputed");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("an open-weights view of a board", () => {
  it("names the board's models its registry rows call closed while other listings call them open, and no others", () => {
    const byId = new Map(models.map((m) => [m.id, m]));
    const views = builtPages(DIST).filter((p) => /^\/leaderboards\/[^/]+\/[^/]+\/open-weights\/$/.test(p));
    expect(views.length).toBeGreaterThan(0);
    for (const path of views) {
      const doc = page(DIST, path);
      const whole = page(DIST, path.replace(/open-weights\/$/, ""));
      const expected = [...new Set([...whole.querySelectorAll("tbody tr[data-model]")].map((r) => r.getAttribute("data-model")!))].filter((id) => {
        const m = byId.get(id);
        return m?.catalog && !m.open_weights && m.catalog_disputes?.open_weights?.value === true;
      });
      const named = [...doc.querySelectorAll(".disputed-note a")].map((a) => a.getAttribute("href")!.split("/")[2]);
      expect(named, path).toEqual(expected);
    }
  });
});
