import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "../leaderboard/buildBoard";
import { compareVersions } from "../leaderboard/versions";
import { orderedBenchmarks } from "../compare/compareView";
import { downloadIndex } from "./downloadIndex";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const boards = orderedBenchmarks(sample.benchmarks, compareVersions).map((benchmark) => buildBoard({ benchmark, results: sample.results, models: sample.models }));

describe("downloadIndex", () => {
  it("lists every board with its files and ranked models, the models some board ranks, and the compare pages", () => {
    const index = downloadIndex({
      boards,
      models: sample.models,
      pairs: [{ a: "x", b: "y", slug: "x-vs-y" }],
      downloadPath: (b, v, ext) => `/data/${b}-${v}.${ext}`,
      comparePath: (slug) => `/compare/${slug}/`,
    });
    expect(index.boards).toHaveLength(sample.benchmarks.length);
    expect(index.boards[0]).toMatchObject({ benchmark: "aa-intelligence-index", version: "v4.1.1", json: "/data/aa-intelligence-index-v4.1.1.json", csv: "/data/aa-intelligence-index-v4.1.1.csv" });
    expect(index.boards[0].models).toContain("claude-opus-5");
    const ranked = new Set(boards.flatMap((b) => b.entries.map((e) => e.model.id)));
    expect(index.models.map((m) => m.id).sort()).toEqual([...ranked].sort());
    expect(index.comparePages).toEqual([{ a: "x", b: "y", path: "/compare/x-vs-y/" }]);
  });

  it("names each model a board ranks once, however many rows (settings, snapshots) it has there", () => {
    const index = downloadIndex({ boards, models: sample.models, pairs: [], downloadPath: (b, v, ext) => `/data/${b}-${v}.${ext}`, comparePath: (slug) => `/compare/${slug}/` });
    // The sample ranks Nemotron 3 Ultra three times on v4.0 (bf16, nvfp4 and without a setting).
    const v4 = boards.findIndex((b) => b.benchmark.id === "aa-intelligence-index" && b.benchmark.version === "v4.0");
    expect(boards[v4].entries.filter((e) => e.model.id === "nemotron-3-ultra").length).toBeGreaterThan(1);
    expect(index.boards[v4].models.filter((id) => id === "nemotron-3-ultra")).toEqual(["nemotron-3-ultra"]);
    for (const [i, b] of index.boards.entries()) expect(b.models, b.csv).toEqual([...new Set(boards[i].entries.map((e) => e.model.id))]);
  });
});
