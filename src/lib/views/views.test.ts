import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { createBoardIndex } from "../leaderboard/boardIndex";
import { headlineFigures } from "../leaderboard/headlineFigures";
import { createHeadlineTimeline } from "../leaderboard/headlineAsOf";
import { labModelsNewestFirst, labPageDescription, labRecaps, namesTellingApart } from "./labPage";
import { familyAsOf, familyMembersByRecaps, familyRecapSpans, labelModelLinks, orSeparator } from "./labelPage";
import { modelPageDescription, modelScoreGroups } from "./modelPage";
import { fallbackBoard, panelBoards, panelHasFigures, panelRow, recapPanel, recapPanelModels } from "./recapPanel";

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
  const timeline = createHeadlineTimeline({ ...sample, headlineId: "aa-intelligence-index", boardOf: boards.board });
  const panelOn = (day: string, mentions: { label: string; id?: string }[]) => recapPanelModels(mentions, modelsById, (id) => timeline.thenAndNow(id, new Date(day)));
  const d = (day: string) => new Date(day);

  it("says of a label read as its model for want of a row of its own how it was read, and of no other", () => {
    const panel = recapPanelModels([{ label: "claude-sonnet", id: "claude-sonnet-4-6", standIn: "release" }, { label: "claude-sonnet-4-6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }], modelsById, (id) => timeline.thenAndNow(id, new Date("2026-08-18")));
    expect(panel.map((m) => m.readAs)).toEqual(["this site lists only this release of the model", undefined, undefined]);
    expect(panel[1]).not.toHaveProperty("readAs");
  });

  it("joins linked mentions to their model and headline figures and keeps plain labels as labels", () => {
    const panel = panelOn("2026-08-18", [{ label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }]);
    expect(panel[0]).toEqual({
      label: "claude-3-sonnet-4.6",
      id: "claude-sonnet-4-6",
      name: "Claude Sonnet 4.6",
      lab: "Anthropic",
      asOf: d("2026-08-18"),
      then: {
        benchmark: "aa-intelligence-index",
        version: "v4.0",
        unit: "points",
        row: "max",
        score: { value: 51, date: d("2026-02-18") },
        tokens: { value: 74e6, date: d("2026-02-18") },
        cost: { value: 2088, date: d("2026-02-18") },
      },
      current: undefined,
      tokens: { then: { value: 74e6, date: d("2026-02-18") } },
      cost: { then: { value: 2088, date: d("2026-02-18") } },
      // v4.0 reports no figure per task.
      taskTokens: {},
      taskCost: {},
    });
    expect(panel[1]).toEqual({ label: "seedance-2", id: undefined, name: undefined, lab: undefined, asOf: undefined, tokens: {}, cost: {}, taskTokens: {}, taskCost: {} });
  });

  it("shows the figure of the recap's day and the current one beside it, never a later figure as the day's", () => {
    const [oss] = panelOn("2026-03-18", [{ label: "gpt-oss-120b", id: "gpt-oss-120b" }]);
    expect(oss.then).toMatchObject({ version: "v4.0", score: { value: 33, date: d("2026-03-11") } });
    expect(oss.current).toMatchObject({ version: "v4.1", score: { value: 24, date: d("2026-07-15") } });
    expect([oss.tokens, oss.cost]).toEqual([{}, {}]);
    // Opus 4.6 on 18 February: its score has not changed since, its token count has (58M, then 157M on 8 April).
    const [opus] = panelOn("2026-02-18", [{ label: "claude-opus-4-6", id: "claude-opus-4-6" }]);
    expect(opus.then).toMatchObject({ score: { value: 53, date: d("2026-02-18") } });
    expect(opus.current).toBeUndefined();
    expect(opus.tokens).toEqual({ then: { value: 58e6, date: d("2026-02-18") }, current: { value: 157e6, date: d("2026-04-08") } });
    // GPT-5.2 had no Index figure on 8 January 2026: nothing then, its later figures as current only.
    const [gpt] = panelOn("2026-01-08", [{ label: "gpt-5-2", id: "gpt-5-2" }]);
    expect(gpt.then).toBeUndefined();
    expect(gpt.current).toMatchObject({ version: "v4.0", row: "xhigh", score: { value: 51, date: d("2026-03-06") } });
    expect(gpt.cost).toEqual({ current: { value: 2304, date: d("2026-02-20") } });
    // Gemini 3.1 Pro Preview on 20 February: no score yet, but its tokens (19 Feb) and cost (20 Feb) were reported: they are the day's.
    const [gemini] = panelOn("2026-02-20", [{ label: "gemini-3-1-pro-preview", id: "gemini-3-1-pro-preview" }]);
    expect(gemini.then).toBeUndefined();
    expect(gemini.current?.score.date).toEqual(d("2026-05-01"));
    expect(gemini.tokens).toEqual({ then: { value: 57e6, date: d("2026-02-19") } });
    expect(gemini.cost).toEqual({ then: { value: 892, date: d("2026-02-20") } });
  });

  it("says a figure the day had is gone when the current row, on another version, lacks it", () => {
    const then = { benchmark: "i", version: "v1", unit: "points" as const, score: { value: 60, date: d("2025-11-01") }, tokens: { value: 1e6, date: d("2025-11-01") } };
    const day = d("2025-11-15");
    expect(panelRow(day, then, { ...then, version: "v2", tokens: undefined })).toMatchObject({ current: { version: "v2" }, tokens: { then: then.tokens, current: null }, cost: {} });
    // A later report of the same score on the same row: the day's figure still stands, nothing beside it.
    expect(panelRow(day, then, { ...then, score: { value: 60, date: d("2025-12-01") } })).toEqual({ then, current: undefined, tokens: { then: then.tokens }, cost: {}, taskTokens: {}, taskCost: {} });
    // A later, different score on the same row is shown beside it.
    expect(panelRow(day, then, { ...then, score: { value: 61, date: d("2025-12-01") } })).toMatchObject({ current: { score: { value: 61 } } });
    expect(panelRow(day, then, undefined)).toEqual({ then, current: undefined, tokens: { then: then.tokens }, cost: {}, taskTokens: {}, taskCost: {} });
  });

  it("compares scores as a reader sees them: an Elo that moved within its rounding is not shown again as current", () => {
    const then = { benchmark: "arena", version: "v1", unit: "elo" as const, score: { value: 1178.75, date: d("2024-08-01") } };
    const day = d("2024-08-07");
    expect(panelRow(day, then, { ...then, score: { value: 1179.11, date: d("2025-02-27") } }).current).toBeUndefined();
    expect(panelRow(day, then, { ...then, score: { value: 1179.6, date: d("2025-02-27") } }).current).toMatchObject({ score: { value: 1179.6 } });
  });
});

describe("a model page", () => {
  it("groups every report by benchmark version with a sparkline when a run has scores on several days", () => {
    const groups = modelScoreGroups(sample.results, sample.benchmarks, "claude-opus-4-6");
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.benchmark).toMatchObject({ id: g.group.benchmark, version: g.group.version });
      const scores = g.group.reports.filter((r) => r.figures.score).length;
      expect(g.sparkline.startsWith("<svg")).toBe(scores > 1);
    }
  });
  it("draws no score over time where no run has one: several settings on one day, or one score per setting", () => {
    const sparklines = (id: string) => new Map(modelScoreGroups(sample.results, sample.benchmarks, id).map((g) => [`${g.benchmark.id} ${g.benchmark.version}`, g.sparkline]));
    // Terminal-Bench's table gives GPT-5 three agents, all as of its one date: no history.
    expect(sparklines("gpt-5").get("terminal-bench v1")).toBe("");
    // Two reports of its one run on the Index v4.1 are.
    expect(sparklines("gpt-5").get("aa-intelligence-index v4.1")).toMatch(/^<svg/);
    // GLM-5.2's run without a setting (June) and its max run (July) on v4.1: one score each.
    expect(sparklines("glm-5-2").get("aa-intelligence-index v4.1")).toBe("");
    // Nemotron 3 Ultra's bf16 and nvfp4 runs, both of one day: one score each.
    expect(modelScoreGroups(sample.results, sample.benchmarks, "nemotron-3-ultra").find((g) => g.benchmark.version === "v4.0")!.group.reports.filter((r) => r.figures.score).length).toBeGreaterThan(1);
  });
  it("describes the model with its headline score and recap count", () => {
    expect(modelPageDescription({ name: "Claude Sonnet 4.6", lab: "Anthropic" }, headline.get("claude-sonnet-4-6"), 1)).toBe(
      "Claude Sonnet 4.6 (Anthropic): 51 on the Artificial Analysis Intelligence Index v4.0 (max), reported 18 February 2026; every reported score with its source, and the 1 recap that mentions it.",
    );
    expect(modelPageDescription({ name: "X", lab: "Y" }, undefined, 2)).toBe("X (Y): every reported score with its source, and the 2 recaps that mention it.");
    // Not "the 0 recaps that mention it" (found in review).
    expect(modelPageDescription({ name: "X", lab: "Y" }, undefined, 0)).toBe("X (Y): every reported score with its source, and no recap mentions it yet.");
  });
  it("describes a lab page with its counts in words that fit them (not \"1 models and the 0 recaps\")", () => {
    expect(labPageDescription("Amazon", 9, 3)).toBe("Amazon: 9 models and the 3 recaps that mention them or Amazon.");
    expect(labPageDescription("Trillion Labs", 1, 1)).toBe("Trillion Labs: 1 model and the 1 recap that mentions it or Trillion Labs.");
    expect(labPageDescription("Amazon", 9, 0)).toBe("Amazon: 9 models; no recap mentions them or Amazon yet.");
  });
});

describe("a lab page", () => {
  it("names a model by its id too where two of the list share its name", () => {
    expect(namesTellingApart([{ id: "gpt-4o", name: "GPT-4o" }, { id: "openai-gpt-4o", name: "GPT 4o" }, { id: "gpt-5", name: "GPT-5" }])).toEqual(["GPT-4o (gpt-4o)", "GPT 4o (openai-gpt-4o)", "GPT-5"]);
  });

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
    // Two models of one name are told apart by their ids; a release date comes along.
    const twins = new Map([
      ["x-instruct", { name: "X Instruct", lab: "L", released: new Date("2024-07-23") }],
      ["x", { name: "X Instruct", lab: "L" }],
    ]);
    expect(labelModelLinks(["x-instruct", "x"], { modelsById: twins, hasModelPage: () => false, recapIdsByModel: new Map() })).toEqual([
      { id: "x-instruct", name: "X Instruct (x-instruct)", lab: "L", href: undefined, recaps: 0, released: new Date("2024-07-23") },
      { id: "x", name: "X Instruct (x)", lab: "L", href: undefined, recaps: 0 },
    ]);
    expect([0, 1, 2].map((i) => orSeparator(i, 3))).toEqual(["", ", ", " or "]);
    expect([0, 1].map((i) => orSeparator(i, 2))).toEqual(["", " or "]);
  });
  it("lists as a family's members those released by its newest recap's day (or undated), the later ones apart", () => {
    const models = [
      { id: "gemini-1-0-pro", released: new Date("2023-12-06T00:00:00Z") },
      { id: "gemini-2-5-pro", released: new Date("2025-03-25T00:00:00Z") },
      { id: "gemini-pro-vision" },
    ];
    const members = ["gemini-2-5-pro", "gemini-1-0-pro", "gemini-pro-vision"];
    // The same day counts as released by then (a launch issue names the day's model).
    expect(familyAsOf(members, models, new Date("2023-12-06T22:22:18Z"))).toEqual({ released: ["gemini-1-0-pro"], undated: ["gemini-pro-vision"], later: ["gemini-2-5-pro"] });
    expect(familyAsOf(members, models, new Date("2025-03-25T00:00:00Z"))).toEqual({ released: ["gemini-2-5-pro", "gemini-1-0-pro"], undated: ["gemini-pro-vision"], later: [] });
    // Each recap by its own day: runs of recaps whose days have the same members released (found in
    // review: a December 2023 issue was shown Gemini 2.5 Pro, released by the newest recap only).
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(familyRecapSpans(members, models, [day("2025-05-15"), day("2023-12-06"), day("2024-01-10"), day("2025-03-25")])).toEqual([
      { from: day("2023-12-06"), to: day("2024-01-10"), recaps: 2, released: ["gemini-1-0-pro"] },
      { from: day("2025-03-25"), to: day("2025-05-15"), recaps: 2, released: ["gemini-2-5-pro", "gemini-1-0-pro"] },
    ]);
    expect(familyRecapSpans(members, models, [day("2023-01-01")])).toEqual([{ from: day("2023-01-01"), to: day("2023-01-01"), recaps: 1, released: [] }]);
  });
});

describe("panelHasFigures", () => {
  const none = { tokens: {}, cost: {}, taskTokens: {}, taskCost: {} };
  const figure = { benchmark: "b", version: "v1", unit: "percent" as const, score: { value: 50, date: new Date("2026-01-01") } };
  it("is true for any score, token count or cost, of the day or current, and false for none", () => {
    expect(panelHasFigures(none)).toBe(false);
    expect(panelHasFigures({ ...none, then: figure })).toBe(true);
    expect(panelHasFigures({ ...none, current: figure })).toBe(true);
    expect(panelHasFigures({ ...none, tokens: { then: { value: 1e6, date: new Date("2026-01-01") } } })).toBe(true);
    // A current figure the row lacks ("latest: not reported on v4.1") is still a cell with something to say.
    expect(panelHasFigures({ ...none, cost: { current: null } })).toBe(true);
    // A figure per task alone (DeepSeek V4 Pro's 37k tokens per task on v4.1, no score) is a figure too.
    expect(panelHasFigures({ ...none, taskTokens: { then: { value: 37e3, date: new Date("2026-07-15") } } })).toBe(true);
  });
});

describe("panelBoards", () => {
  it("lists each benchmark once, with its first row's name, in the registry's order", () => {
    const rows = [
      { id: "a", name: "A", version: "v1" },
      { id: "b", name: "B", version: "v1" },
      { id: "a", name: "A (renamed)", version: "v2" },
    ];
    expect(panelBoards(rows)).toEqual([
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ]);
  });
});

describe("fallbackBoard", () => {
  const on = (byBoard: Record<string, string[]>) => (id: string) => new Map((byBoard[id] ?? []).map((m) => [m, true]));
  it("picks the board with a figure of the day for the most of the models", () => {
    expect(fallbackBoard(["a", "b", "c"], ["x", "y", "z"], on({ x: ["a"], y: ["a", "b"], z: ["c"] }))).toEqual({ id: "y", measured: 2 });
  });
  it("breaks a tie by the registry's order: the earlier candidate", () => {
    expect(fallbackBoard(["a", "b"], ["x", "y"], on({ x: ["b"], y: ["a"] }))).toEqual({ id: "x", measured: 1 });
    expect(fallbackBoard(["a", "b"], ["y", "x"], on({ x: ["b"], y: ["a"] }))).toEqual({ id: "y", measured: 1 });
  });
  it("counts a model named twice once, ignores figures of other models, and gives nothing when no board has any", () => {
    expect(fallbackBoard(["a", "a", "b"], ["x", "y"], on({ x: ["a"], y: ["b", "c", "d"] }))).toEqual({ id: "x", measured: 1 });
    expect(fallbackBoard(["a"], ["x", "y"], on({ x: ["b"] }))).toBeUndefined();
    expect(fallbackBoard([], ["x"], on({ x: ["b"] }))).toBeUndefined();
  });
});

describe("recapPanel: the board a recap's panel shows", () => {
  const HEADLINE = { id: "aa-intelligence-index", name: "Artificial Analysis Intelligence Index" };
  const ids = panelBoards(sample.benchmarks);
  const timelines = new Map<string, ReturnType<typeof createHeadlineTimeline>>();
  const timelineOf = (id: string) => timelines.get(id) ?? timelines.set(id, createHeadlineTimeline({ ...sample, headlineId: id, boardOf: boards.board })).get(id)!;
  const panelOn = (day: string, modelIds: string[]) =>
    recapPanel({ mentions: modelIds.map((id) => ({ label: id, id })), modelsById, day: new Date(day), headline: HEADLINE, boards: ids, timelineOf });

  it("stays on the headline board when some model has a figure of the recap's day there", () => {
    const panel = panelOn("2026-03-18", ["gpt-oss-120b", "claude-sonnet-4-5"]);
    expect(panel.board).toEqual(HEADLINE);
    expect(panel.fallback).toBeUndefined();
    expect(panel.headlineNow).toEqual([]);
    expect(panel.models[0].then).toMatchObject({ benchmark: HEADLINE.id, version: "v4.0", score: { value: 33 } });
  });

  it("falls back, on the sample's 17 February 2026 recap, to Terminal-Bench: first in the registry of the boards that had Sonnet 4.5 that day", () => {
    // The recap's models: the Index first scored them on 18 February. Terminal-Bench, METR, SimpleBench and GSO
    // each rank Sonnet 4.5 as of their table (30 November 2025) and none of the others: a four-way tie of 1.
    const models = ["claude-sonnet-4-6", "claude-sonnet-4-5", "claude-opus-4-6", "seedance-2"];
    for (const id of ["terminal-bench", "metr-time-horizon", "simplebench", "gso-bench"]) {
      expect([...timelineOf(id).asOf(new Date("2026-02-17")).keys()].filter((m) => models.includes(m)), id).toEqual(["claude-sonnet-4-5"]);
    }
    const panel = panelOn("2026-02-17", models);
    expect(panel.board).toEqual({ id: "terminal-bench", name: "Terminal-Bench" });
    expect(panel.fallback).toEqual({ headline: HEADLINE, asOf: new Date("2026-02-17"), measured: 1, linked: 4 });
    const sonnet = panel.models.find((m) => m.id === "claude-sonnet-4-5")!;
    expect(sonnet.then).toMatchObject({ benchmark: "terminal-bench", version: "v1", unit: "percent", row: "Apex2", score: { value: 64.5, date: new Date("2025-11-30"), datedByTable: true } });
    expect(panel.models.filter((m) => m.then || m.current).map((m) => m.id)).toEqual(["claude-sonnet-4-5"]);
    // The Index's figures, all from the day after: kept, as current only.
    expect(panel.headlineNow.map((h) => [h.id, h.figures.score.value, h.figures.score.date.toISOString().slice(0, 10)])).toEqual([
      ["claude-sonnet-4-6", 51, "2026-02-18"],
      ["claude-sonnet-4-5", 43, "2026-02-18"],
      ["claude-opus-4-6", 53, "2026-02-18"],
    ]);
  });

  it("never shows a figure reported after the recap's day as the day's, on the fallback board either", () => {
    // Before Epoch's tables (30 November 2025), no board had Sonnet 4.5: the headline panel, with its current figure.
    const before = panelOn("2025-11-29", ["claude-sonnet-4-5"]);
    expect(before.fallback).toBeUndefined();
    expect(before.models[0].then).toBeUndefined();
    expect(before.models[0].current?.benchmark).toBe(HEADLINE.id);
    const onTheDay = panelOn("2025-11-30", ["claude-sonnet-4-5"]);
    expect(onTheDay.board?.id).toBe("terminal-bench");
  });

  it("has no fallback without a headline board or without linked models", () => {
    const mentions = [{ label: "claude-sonnet-4-5", id: "claude-sonnet-4-5" }];
    const plain = recapPanel({ mentions, modelsById, day: new Date("2026-02-17"), boards: ids, timelineOf });
    expect([plain.board, plain.fallback, plain.models[0].then, plain.models[0].current]).toEqual([undefined, undefined, undefined, undefined]);
    expect(recapPanel({ mentions: [{ label: "seedance-3" }], modelsById, day: new Date("2026-02-17"), headline: HEADLINE, boards: ids, timelineOf }).fallback).toBeUndefined();
  });
});
