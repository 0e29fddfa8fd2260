/**
 * Claimed or independent, on the sample site: every ranked score's badge and every model-page
 * report's badge says what the CSV row's `measured_by` says (the row found from the figure's own
 * date and source, not from the site's code). A lab's own claim on a built fixture site (kept out
 * of the ranks, listed with its source and badge) is checked in test/siteIdentity.test.ts, on the
 * minimal site that file builds anyway: one build of the minimal fixture for both.
 */
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/astro";
import { page, sampleData } from "./helpers/sampleContent";

const data = sampleData();
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("badges on the sample site", () => {
  it("each ranked score on every Intelligence Index board carries its row's measured_by", () => {
    let badges = 0;
    for (const b of data.benchmarks.filter((x) => x.id === "aa-intelligence-index")) {
      const doc = page(DIST, `/leaderboards/${b.id}/${b.version}/`);
      const head = [...doc.querySelectorAll("table.leaderboard thead th")].map((th) => th.textContent!.trim());
      const scoreAt = head.indexOf("Score");
      for (const tr of doc.querySelectorAll("table.leaderboard tbody tr")) {
        const model = tr.getAttribute("data-model")!;
        const title = tr.children[scoreAt].getAttribute("title")!;
        const [, date, source] = /reported (\d{4}-\d{2}-\d{2}) · (\S+)/.exec(title)!;
        const rows = data.results.filter((r) => r.benchmark === b.id && r.version === b.version && r.model === model && iso(r.evaluated_at) === date && r.source_url === source && r.score !== undefined);
        expect(rows.length, `${model} ${date}`).toBeGreaterThan(0);
        const expected = rows[0].measured_by;
        const badge = tr.querySelector("th.model [data-measured-by]");
        expect(badge?.getAttribute("data-measured-by"), `${b.version} ${model}`).toBe(expected);
        if (badge) badges++;
      }
    }
    expect(badges).toBeGreaterThan(50);
  });

  it("each report on a model page carries its row's badge, by its source", () => {
    let checked = 0;
    for (const id of ["claude-opus-4-8", "gpt-5-6-sol", "qwen3-6-27b", "claude-sonnet-4-5"]) {
      const doc = page(DIST, `/models/${id}/`);
      for (const group of doc.querySelectorAll("section.group")) {
        const [bench, version] = group.getAttribute("data-benchmark")!.split("/");
        // Newest first on the page, as getModelHistory orders them (date, setting, line), reversed.
        const rows = data.results
          .filter((r) => r.model === id && r.benchmark === bench && r.version === version)
          .sort((a, b) => a.evaluated_at.getTime() - b.evaluated_at.getTime() || (a.setting ?? "").localeCompare(b.setting ?? "") || a.line - b.line)
          .reverse();
        const trs = [...group.querySelectorAll("tbody tr")];
        expect(trs.length, `${id} ${bench} ${version}`).toBe(rows.length);
        trs.forEach((tr, i) => {
          expect(tr.querySelector("a")!.getAttribute("href")).toBe(rows[i].source_url);
          expect(tr.querySelector("[data-measured-by]")?.getAttribute("data-measured-by"), `${id} ${rows[i].file}:${rows[i].line}`).toBe(rows[i].measured_by);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
