import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { createBoardIndex } from "../leaderboard/boardIndex";
import { headlineFigures } from "../leaderboard/headlineFigures";
import { labModelsNewestFirst, labRecaps } from "./labPage";
import { familyMembersByRecaps, labelModelLinks, orSeparator } from "./labelPage";
import { modelPageDescription, modelScoreGroups } from "./modelPage";
import { recapPanelModels } from "./recapPanel";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const boards = createBoardIndex(sample, { movementDays: 30 });
const headline = headlineFigures(sample.benchmarks, "aa-intelligence-index", boards.board);
const modelsById = new Map(sample.models.map((m) => [m.id, m]));

describe("headline figures", () => {
  it("take each model's row on the newest Index version that ranks it", () => {
    expect(headline.get("claude-sonnet-4-6")).toMatchObject({ benchmark: { version: "v4.0" }, entry: { score: { value: 51 }, setting: "max" } });
    expect(headline.get("claude-opus-5")?.benchmark.version).toBe("v4.1.1");
    expect(headlineFigures(sample.benchmarks, undefined, boards.board).size).toBe(0);
  });
});

describe("a recap's models panel", () => {
  it("joins linked mentions to their model and headline figures and keeps plain labels as labels", () => {
    const panel = recapPanelModels([{ label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }], modelsById, headline);
    expect(panel[0]).toEqual({
      label: "claude-3-sonnet-4.6",
      id: "claude-sonnet-4-6",
      name: "Claude Sonnet 4.6",
      lab: "Anthropic",
      headline: { benchmark: "aa-intelligence-index", version: "v4.0", unit: "points", score: 51, setting: "max", tokens: 74e6, cost: 2088 },
    });
    expect(panel[1]).toEqual({ label: "seedance-2", id: undefined, name: undefined, lab: undefined, headline: undefined });
  });
});

describe("a model page", () => {
  it("groups every report by benchmark version with a sparkline when there are several scores", () => {
    const groups = modelScoreGroups(sample.results, sample.benchmarks, "claude-opus-4-6");
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.benchmark).toMatchObject({ id: g.group.benchmark, version: g.group.version });
      const scores = g.group.reports.filter((r) => r.figures.score).length;
      expect(g.sparkline.startsWith("<svg")).toBe(scores > 1);
    }
  });
  it("describes the model with its headline score and recap count", () => {
    expect(modelPageDescription({ name: "Claude Sonnet 4.6", lab: "Anthropic" }, headline.get("claude-sonnet-4-6"), 1)).toBe(
      "Claude Sonnet 4.6 (Anthropic): 51 on the Artificial Analysis Intelligence Index v4.0; every reported score with its source, and the 1 recap that mentions it.",
    );
    expect(modelPageDescription({ name: "X", lab: "Y" }, undefined, 2)).toBe("X (Y): every reported score with its source, and the 2 recaps that mention it.");
  });
});

describe("a lab page", () => {
  it("lists the lab's models newest first and its recaps once each, in site order", () => {
    const models = labModelsNewestFirst([
      { id: "a", name: "A", released: new Date("2025-01-01") },
      { id: "b", name: "B" },
      { id: "c", name: "C", released: new Date("2026-01-01") },
    ]);
    expect(models.map((m) => m.id)).toEqual(["c", "a", "b"]);
    const recaps = [{ id: "r3" }, { id: "r2" }, { id: "r1" }];
    expect(labRecaps(models, new Map([["a", ["r1", "r3"]], ["c", ["r3"]]]), recaps)).toEqual([{ id: "r3" }, { id: "r1" }]);
    // A recap tagged with the lab as a company joins them, once, in the recaps' order.
    expect(labRecaps(models, new Map([["a", ["r1", "r3"]]]), recaps, ["r2", "r3"])).toEqual([{ id: "r3" }, { id: "r2" }, { id: "r1" }]);
  });
});

describe("a label page", () => {
  it("links the models it names only where they have a page, with their recap counts, members talked about first", () => {
    const modelsById = new Map([
      ["a", { name: "Alpha", lab: "L" }],
      ["b", { name: "Beta", lab: "L" }],
      ["c", { name: "Gamma", lab: "L" }],
    ]);
    const links = labelModelLinks(["a", "b", "c", "unknown"], { modelsById, hasModelPage: (id) => id !== "c", recapIdsByModel: new Map([["b", ["r1", "r2"]], ["a", ["r1"]]]) });
    expect(links).toEqual([
      { id: "a", name: "Alpha", lab: "L", href: "/models/a/", recaps: 1 },
      { id: "b", name: "Beta", lab: "L", href: "/models/b/", recaps: 2 },
      { id: "c", name: "Gamma", lab: "L", href: undefined, recaps: 0 },
    ]);
    expect(familyMembersByRecaps(links).map((l) => l.id)).toEqual(["b", "a", "c"]);
    expect([0, 1, 2].map((i) => orSeparator(i, 3))).toEqual(["", ", ", " or "]);
    expect([0, 1].map((i) => orSeparator(i, 2))).toEqual(["", " or "]);
  });
});
