import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { readDataset } from "../src/integrations/readDataset";
import { ROOT, DIST } from "./helpers/astro";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const data = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const recapDir = join(ROOT, "content/recaps");
const recaps = readdirSync(recapDir)
  .filter((f) => /\.mdx?$/.test(f))
  .map((file) => {
    const text = readFileSync(join(recapDir, file), "utf8");
    const front = parseYaml(text.split(/^---$/m)[1]) as Record<string, unknown>;
    return { file, id: file.replace(/\.mdx?$/, ""), front };
  });

describe("the bundled sample data", () => {
  it("has at least 30 models from at least 8 labs and at least three benchmarks", () => {
    expect(data.models.length).toBeGreaterThanOrEqual(30);
    expect(new Set(data.models.map((m) => m.lab)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(data.benchmarks.map((b) => b.id)).size).toBeGreaterThanOrEqual(3);
  });

  it("keeps four Intelligence Index versions apart", () => {
    const versions = data.benchmarks.filter((b) => b.id === "aa-intelligence-index").map((b) => b.version);
    expect(versions).toEqual(["v3.0", "v4.0", "v4.1", "v4.1.1"]);
  });

  it("carries the seed figures exactly", () => {
    const v4 = data.results.filter((r) => r.benchmark === "aa-intelligence-index" && r.version === "v4.0");
    const on = (model: string, day: string) => v4.filter((r) => r.model === model && r.evaluated_at.toISOString().startsWith(day));
    expect(on("claude-opus-4-6", "2026-02-18")).toMatchObject([{ score: 53, output_tokens: 58_000_000 }]);
    expect(on("claude-sonnet-4-6", "2026-02-18")).toMatchObject([{ score: 51, output_tokens: 74_000_000, cost_usd: 2088, setting: "max" }]);
    expect(on("claude-sonnet-4-5", "2026-02-18")).toMatchObject([{ score: 43, output_tokens: 25_000_000 }]);
    expect(on("claude-opus-4-6", "2026-04-08")).toMatchObject([{ output_tokens: 157_000_000 }]);
  });

  it("gives every result a source URL and a date", () => {
    for (const r of data.results) {
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.evaluated_at).toBeInstanceOf(Date);
    }
  });
});

describe("the bundled sample recaps", () => {
  it("has at least 12 recaps over at least four months, in both .md and .mdx", () => {
    expect(recaps.length).toBeGreaterThanOrEqual(12);
    expect(new Set(recaps.map((r) => r.id.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    expect(recaps.some((r) => r.file.endsWith(".md"))).toBe(true);
    expect(recaps.some((r) => r.file.endsWith(".mdx"))).toBe(true);
  });

  it("has a draft and a recap that names a model through an alias", () => {
    expect(recaps.filter((r) => r.front.draft === true).length).toBeGreaterThanOrEqual(1);
    const viaAlias = recaps.filter((r) =>
      ((r.front.models as string[] | undefined) ?? []).some((m) => {
        const ref = data.aliases.resolve(m);
        return ref !== undefined && ref.id !== m;
      }),
    );
    expect(viaAlias.length).toBeGreaterThanOrEqual(1);
  });

  it("builds a page for every published recap and none for drafts", () => {
    for (const r of recaps) {
      const page = join(DIST, "recaps", r.id, "index.html");
      expect(existsSync(page), page).toBe(r.front.draft !== true);
      if (r.front.draft !== true) expect(readFileSync(page, "utf8")).toContain(`>${escapeHtml(String(r.front.title))}</h1>`);
    }
  });
});

describe("a model page's release date beside the recaps that name the model", () => {
  it("says when recaps name the model before the date its row gives (Seedance 2: models.dev's 2026-04-01, a recap of 2026-02-17), and only then", async () => {
    const { parseHTML } = await import("linkedom");
    let said = 0;
    for (const id of readdirSync(join(DIST, "models"))) {
      const file = join(DIST, "models", id, "index.html");
      if (!existsSync(file)) continue;
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const dd = [...document.querySelectorAll(".facts div")].find((d) => d.querySelector("dt")?.textContent === "Released")?.querySelector("dd");
      const released = dd?.querySelector("time")?.getAttribute("datetime");
      if (!dd || !released) continue;
      const recapDays = [...document.querySelectorAll("section[aria-labelledby=recaps] .recap-list time")].map((t) => t.getAttribute("datetime")!).sort();
      const before = recapDays[0] !== undefined && recapDays[0] < released;
      expect(dd.textContent!.includes("name it from"), id).toBe(before);
      if (before) {
        said++;
        expect(dd.querySelectorAll("time")[dd.querySelectorAll("time").length - 1]!.getAttribute("datetime"), id).toBe(recapDays[0]);
      }
    }
    expect(said).toBeGreaterThan(0);
    expect(readFileSync(join(DIST, "models/seedance-2/index.html"), "utf8").replace(/<[^>]+>/g, "")).toContain("recaps here name it from 17 February 2026, before that date");
  });
});
