import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { InputError } from "../errors";
import { buildBoard } from "./buildBoard";
import { getModelHistory } from "./modelHistory";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const bench: BenchmarkLike = { id: "b", name: "B", version: "v1", unit: "points", direction: "higher" };
const models: ModelLike[] = ["a", "b", "c"].map((id) => ({ id, name: id.toUpperCase(), lab: "L", open_weights: false, released: undefined }));
let line = 1;
const row = (model: string, date: string, score: number, measured_by?: ResultLike["measured_by"]): ResultLike => ({
  benchmark: "b",
  version: "v1",
  model,
  score,
  measured_by,
  evaluated_at: new Date(date),
  source_url: `https://x.example/${model}/${date}`,
  file: "data/results/b.csv",
  line: ++line,
});

describe("lab claims on a board", () => {
  const results = [
    row("a", "2026-01-01", 50, "independent"),
    row("b", "2026-01-02", 70, "lab"), // only its lab's claim
    row("c", "2026-01-01", 40, "newsletter"),
    row("c", "2026-01-03", 65, "lab"), // a newer lab claim does not replace the relayed score
  ];
  it("are kept out of the ranks and listed with the claim, its source and badge", () => {
    const board = buildBoard({ benchmark: bench, results, models });
    expect(board.entries.map((e) => [e.model.id, e.rank, e.score.value, e.score.measured_by])).toEqual([
      ["a", 1, 50, "independent"],
      ["c", 2, 40, "newsletter"],
    ]);
    expect(board.unscored.map((u) => [u.model.id, u.claim?.value, u.claim?.measured_by, u.claim?.source_url])).toEqual([["b", 70, "lab", "https://x.example/b/2026-01-02"]]);
  });
  it("rank when configured (RANK_LAB_CLAIMS)", () => {
    const board = buildBoard({ benchmark: bench, results, models, rankLabClaims: true });
    expect(board.entries.map((e) => [e.model.id, e.score.value, e.score.measured_by])).toEqual([
      ["b", 70, "lab"],
      ["c", 65, "lab"],
      ["a", 50, "independent"],
    ]);
    expect(board.unscored).toEqual([]);
  });
  it("stay on the model's history, each report with who measured it", () => {
    expect(getModelHistory(results, "c")[0].reports.map((r) => [r.figures.score?.value, r.measured_by])).toEqual([
      [40, "newsletter"],
      [65, "lab"],
    ]);
  });
});

describe("the measured_by column", () => {
  const dir = mkdtempSync(join(tmpdir(), "bd-measured-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(import.meta.dirname, "../../../test/fixtures/sites/minimal"), dir, { recursive: true });
  const csv = join(dir, "data/results/aa-index.csv");
  const original = readFileSync(csv, "utf8");
  const withColumn = (values: string[]) =>
    original
      .trimEnd()
      .split("\n")
      .map((l, i) => `${l},${i === 0 ? "measured_by" : (values[i - 1] ?? "")}`)
      .join("\n") + "\n";

  it("is optional and loads into each result", () => {
    writeFileSync(csv, withColumn(["independent", "lab", "", "newsletter"]));
    const data = readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
    expect(data.results.filter((r) => r.benchmark === "aa-index").map((r) => r.measured_by)).toEqual(["independent", "lab", undefined, "newsletter", undefined]);
  });
  it("refuses any other value with the file, line and what was expected", () => {
    writeFileSync(csv, withColumn(["independent", "Lab claim"]));
    try {
      readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
      throw new Error("expected an InputError");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(`data/results/aa-index.csv:3 column "measured_by": expected one of independent, lab, newsletter (or an empty cell), found "Lab claim"`);
    }
  });
});
