/**
 * Claimed or independent, on built sites: on the sample, every ranked score's badge and every
 * model-page report's badge says what the CSV row's `measured_by` says (the row found from the
 * figure's own date and source, not from the site's code); on a copy of the minimal fixture with a
 * lab's claim added, the claim is kept out of the ranks and listed with its source and badge.
 */
import { rmSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyFixture, DIST } from "./helpers/astro";
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

describe("a lab's own claim on a built fixture site", () => {
  let site = "";
  let out = "";
  beforeAll(() => {
    site = copyFixture("minimal");
    out = join(tmpdir(), `bd-claims-${process.pid}`);
    const csv = join(site, "data/results/aa-index.csv");
    const lines = readFileSync(csv, "utf8").trimEnd().split("\n");
    const measured = ["independent", "independent", "independent", "independent", ""];
    writeFileSync(
      csv,
      [
        `${lines[0]},measured_by`,
        ...lines.slice(1).map((l, i) => `${l},${measured[i]}`),
        // GPT-5's maker's own figure, higher than anything measured independently.
        "gpt-5,v4.0,,60,,,,,2026-02-19,https://openai.example/gpt-5-results,the lab's announcement,lab",
      ].join("\n") + "\n",
    );
    const result = astroBuild(site, out);
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output.slice(-4000)}`);
  }, 600_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    if (site) {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("keeps the claim out of the ranks and lists it under the board with its badge and source", () => {
    const doc = page(out, "/leaderboards/aa-index/");
    const ranked = [...doc.querySelectorAll("table.leaderboard tbody tr")].map((tr) => tr.getAttribute("data-model"));
    expect(ranked).not.toContain("gpt-5");
    expect(ranked[0]).toBe("claude-opus-4-6");
    const listed = [...doc.querySelectorAll(".unscored li")].find((li) => li.querySelector('a[href="/models/gpt-5/"]'))!;
    expect(listed.textContent!.replace(/\s+/g, " ")).toMatch(/GPT-5 · claims 60 lab's claim \(2026-02-19\), not ranked/);
    expect(listed.querySelector('[data-measured-by="lab"]')).not.toBeNull();
    expect(listed.querySelector('a[href="https://openai.example/gpt-5-results"]')).not.toBeNull();
    const download = JSON.parse(readFileSync(join(out, "data/aa-index-v4.0.json"), "utf8")) as { rows: { model: string }[] };
    expect(download.rows.map((r) => r.model)).not.toContain("gpt-5");
  });

  it("shows the claim on the model's page with its badge", () => {
    const doc = page(out, "/models/gpt-5/");
    const group = doc.querySelector('section.group[data-benchmark="aa-index/v4.0"]')!;
    expect(group.querySelector('[data-measured-by="lab"]')!.textContent).toBe("lab's claim");
  });
});
