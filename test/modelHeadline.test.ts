/**
 * A model page's headline figure ("70 on v3.0, rank 2") carries the date of the figure, as the
 * board row it stands for does: a board's newest day can be long past (a retired index version,
 * LMArena's history ending in 2025), and a bare rank reads as today's. Expected values come from
 * the built board pages, the row of the model at the rank the model page gives.
 */
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/astro";
import { builtPages, page, sampleData } from "./helpers/sampleContent";

const modelPages = builtPages(DIST).filter((p) => /^\/models\/[^/]+\/$/.test(p));
/** The headline benchmark's name, as the registry gives it (the sample's: its `headline` row). */
const HEADLINE = sampleData().benchmarks.find((b) => b.headline)!.name;

describe("the headline figure on a model page", () => {
  it("gives the date of the board row it stands for, with the row's own word (reported / as of)", () => {
    let checked = 0;
    for (const path of modelPages) {
      const doc = page(DIST, path);
      const facts = [...doc.querySelectorAll("dl.facts > div")].find((d) => /, rank \d+/.test(d.querySelector("dd a")?.textContent ?? ""));
      if (!facts) continue;
      const link = facts.querySelector("dd a")!;
      const rank = /, rank (\d+)/.exec(link.textContent!)![1];
      const id = path.split("/")[2];
      const board = page(DIST, link.getAttribute("href")!);
      const row = board.querySelector(`tr[data-model="${id}"][data-rank="${rank}"]`);
      expect(row, `${path}: no row of ${id} at rank ${rank} on ${link.getAttribute("href")}`).not.toBeNull();
      // A row with a setting (GPT-5.4 at xhigh) is named by it, as on the board.
      const setting = row!.getAttribute("data-setting");
      if (setting) expect(link.textContent, path).toContain(`(${setting})`);
      // The source link's words, "2025-11-25" or "as of 2025-11-30".
      const source = row!.querySelector('a[aria-label^="Source of"]')!.textContent!.replace(/\s+/g, " ").trim();
      const [, asOf, day] = /^(as of )?(\d{4}-\d{2}-\d{2})$/.exec(source) ?? [];
      expect(day, `${path}: the board's source cell reads ${JSON.stringify(source)}`).toBeDefined();
      const time = facts.querySelector("dd .date time");
      expect(time?.getAttribute("datetime"), `${path}: the headline figure's date`).toBe(day);
      // Read as one phrase: "70 on v3.0, rank 2, reported 25 November 2025" (no space before the comma).
      expect(facts.querySelector("dd")!.textContent!.replace(/\s+/g, " ").trim()).toMatch(new RegExp(`, rank ${rank}, ${asOf ? "as of" : "reported"} \\d{1,2} [A-Z][a-z]+ \\d{4}$`));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each([["the models index", "/models/"], ["a lab's page", "/labs/anthropic/"]])("on %s, gives each headline figure with its version and date, those of the model's page, under the benchmark's name", (_, path) => {
    const doc = page(DIST, path);
    let checked = 0;
    for (const row of doc.querySelectorAll("table tbody tr")) {
      const table = row.closest("table")!;
      const column = [...table.querySelectorAll("thead th")].findIndex((th) => th.textContent === HEADLINE);
      if (column === -1) continue;
      const cell = row.children[column];
      const href = row.querySelector("th a")?.getAttribute("href");
      if (!cell || !href || cell.textContent!.trim() === "—") continue;
      const model = page(DIST, href);
      const facts = [...model.querySelectorAll("dl.facts > div")].find((d) => /, rank \d+/.test(d.querySelector("dd a")?.textContent ?? ""));
      expect(facts, `${href}: a headline figure on the index, none on its page`).toBeDefined();
      // "v4.0" or "v4.0, xhigh": the version and the row, as the model's page gives them ("on v4.0 (xhigh), rank 4").
      const [, v, rowText] = / on (\S+?)(?: \((.+?)\))?, rank/.exec(facts!.querySelector("dd a")!.textContent!)!;
      const version = rowText ? `${v}, ${rowText}` : v;
      const day = facts!.querySelector("dd .date time")!.getAttribute("datetime");
      expect(cell.querySelector("time")?.getAttribute("datetime"), href).toBe(day);
      expect(cell.textContent!.replace(/\s+/g, " ").trim(), href).toMatch(new RegExp(`^\\S+ \\(${version.replace(/[.()]/g, "\\$&")}, (as of )?\\d{1,2} [A-Z][a-z]{2} \\d{4}\\)$`));
      checked++;
    }
    expect(checked).toBeGreaterThan(path === "/models/" ? 5 : 1);
  });
});
