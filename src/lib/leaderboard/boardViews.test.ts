import { describe, expect, it } from "vitest";
import { buildBoard } from "./buildBoard";
import { boardSubsets, subsetPages } from "./boardViews";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const bench: BenchmarkLike = { id: "b", name: "B", version: "v1", unit: "points", direction: "higher" };
const models: ModelLike[] = [
  { id: "a", name: "A", lab: "Lab One", open_weights: false },
  { id: "b", name: "B", lab: "Lab One", open_weights: true },
  { id: "c", name: "C", lab: "Lab Two", open_weights: false },
];
const result = (model: string, score: number, line: number): ResultLike => ({
  benchmark: "b",
  version: "v1",
  model,
  score,
  evaluated_at: new Date("2026-03-01"),
  source_url: `https://example.org/${model}`,
  file: "data/results/b.csv",
  line,
});
const board = buildBoard({ benchmark: bench, results: [result("a", 50, 2), result("b", 40, 3), result("c", 45, 4)], models });

describe("board views", () => {
  it("offers open weights and each lab with at least two ranked models, ranks kept from the whole board", () => {
    const subsets = boardSubsets(board);
    expect(subsets.map((s) => [s.kind, s.slug, s.entries.map((e) => [e.model.id, e.rank])])).toEqual([
      ["open-weights", "open-weights", [["b", 3]]],
      ["lab", "lab-one", [["a", 1], ["b", 3]]],
    ]);
  });
  it("lists one page per view of a kind across boards", () => {
    const views = [{ board }, { board: buildBoard({ benchmark: bench, results: [result("a", 50, 2)], models }) }];
    expect(subsetPages(views, "lab").map((p) => [p.subset.slug, p.subsets.length])).toEqual([["lab-one", 2]]);
    expect(subsetPages(views, "open-weights")).toHaveLength(1);
  });
});
