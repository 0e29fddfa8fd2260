import { describe, expect, it } from "vitest";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import { buildBoard } from "../leaderboard/buildBoard";
import { panelColumns, panelFigures, panelHasFigures, panelRow, recapPanelModels, unmeasuredNote, type PanelFigures } from "./recapPanel";

const figure = (value: number, date: string, datedByTable?: true) => ({ value, date: new Date(date), ...(datedByTable && { datedByTable }), source_url: "https://x.example/", file: "f", line: 2 });

describe("panelFigures", () => {
  it("keeps whether each figure's date is the publisher's table's, so that the panel reads 'as of' there", () => {
    const headline = {
      benchmark: { id: "simplebench", name: "SimpleBench", version: "v1", unit: "percent", direction: "higher" },
      entry: { setting: "12K thinking", score: figure(54.3, "2025-11-30", true), output_tokens: figure(1e6, "2026-01-02") },
    } as unknown as HeadlineFigures;
    const p = panelFigures(headline);
    expect(p.score).toEqual({ value: 54.3, date: new Date("2025-11-30"), datedByTable: true });
    expect(p.tokens).toEqual({ value: 1e6, date: new Date("2026-01-02") });
    expect(p.cost).toBeUndefined();
  });
  it("names the row as the board does, so a model's bare row beside its snapshots is told from them (LMArena's gemini-2.0-flash beside -001)", () => {
    const flash = { id: "gemini-2-0-flash", name: "Gemini 2.0 Flash", lab: "Google", open_weights: false, released: new Date("2024-12-11") };
    const benchmark = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" } as const;
    const at = (date: string, score: number, extra: object, line: number) => ({ benchmark: "arena", version: "v1", model: flash.id, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "f", line, ...extra });
    const board = buildBoard({ benchmark, models: [flash], results: [at("2025-02-06", 1360, { modelAsWritten: "gemini-2.0-flash" }, 2), at("2025-02-27", 1359, { snapshot: "001" }, 3)] });
    const bareEntry = board.entries.find((e) => e.writtenAs)!;
    const [bare, snapshot] = [bareEntry, board.entries.find((e) => e.snapshot)!].map((entry) => panelFigures({ benchmark, entry }));
    expect([bare.row, snapshot.row]).toEqual(["gemini-2.0-flash", "001"]);
    // Same version and setting, another row: the current score is shown beside the day's, even at the same value.
    expect(panelRow(new Date("2025-02-10"), bare, { ...snapshot, score: bare.score }).current).toEqual({ ...snapshot, score: bare.score });
    // The same row at the same value: nothing beside it.
    expect(panelRow(new Date("2025-02-10"), bare, { ...bare }).current).toBeUndefined();
    const alone = buildBoard({ benchmark, models: [flash], results: [at("2025-02-06", 1360, { modelAsWritten: "gemini-2.0-flash" }, 2)] });
    expect(panelFigures({ benchmark, entry: alone.entries[0] }).row).toBeUndefined();
    // A recap named another snapshot, which no board ranks: the row's own is named (or "undated").
    expect(panelFigures({ benchmark, entry: alone.entries[0] }, { nameSnapshot: true }).row).toBe("undated");
    const dated = buildBoard({ benchmark, models: [flash], results: [at("2025-02-27", 1359, { snapshot: "001" }, 3)] });
    expect(dated.entries[0].snapshot).toBeUndefined();
    expect(panelFigures({ benchmark, entry: dated.entries[0] }, { nameSnapshot: true }).row).toBe("001");
    // A bare row the board names as its source wrote it keeps that name, not "undated".
    expect(panelFigures({ benchmark, entry: bareEntry }, { nameSnapshot: true }).row).toBe("gemini-2.0-flash");
  });
});

describe("unmeasuredNote", () => {
  it("names the board that had no score, or says that no headline board is set (not that the models have none)", () => {
    expect(unmeasuredNote({ id: "aa", name: "AA Index" }, 1)).toBe("AA Index: no score for it.");
    expect(unmeasuredNote({ id: "aa", name: "AA Index" }, 3)).toBe("AA Index: no score for any of them.");
    // Said to readers: no word of the site's settings.
    expect(unmeasuredNote(undefined, 3)).toBe("Scores: see each model's page.");
  });
});

describe("recapPanelModels", () => {
  it("gives a model two rows when the recap names it plainly and by a snapshot, and a dropped row's last score", () => {
    const gpt4 = { id: "gpt-4", name: "GPT-4", lab: "OpenAI", open_weights: false };
    const benchmark = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher", listing: "whole" } as const;
    const board = buildBoard({ benchmark, models: [gpt4], results: [{ benchmark: "arena", version: "v1", model: "gpt-4", evaluated_at: new Date("2023-11-16"), score: 1073, source_url: "https://lmarena.ai/", file: "f", line: 2 }] });
    const day = new Date("2024-03-08");
    const rows = recapPanelModels(
      [{ label: "gpt-4", id: "gpt-4" }, { label: "gpt-4-0613", id: "gpt-4", snapshot: "0613" }],
      new Map([["gpt-4", gpt4]]),
      (_id, snapshot) => (snapshot === undefined ? { asOf: day, lastListed: { benchmark, entry: board.entries[0] ?? board.delisted![0] } } : undefined),
    );
    expect(rows.map((m) => [m.label, m.snapshot, m.lastListed?.score.value])).toEqual([
      ["gpt-4", undefined, 1073],
      ["gpt-4-0613", "0613", undefined],
    ]);
    expect(panelHasFigures(rows[0])).toBe(true);
    expect(panelHasFigures(rows[1])).toBe(false);
  });
});

describe("a panel row whose current figure names its snapshot", () => {
  it("names the day's figure by its snapshot too when it is of the same row (helper-80: read as two runs)", () => {
    const gpt4o = { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") };
    const benchmark = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" } as const;
    const at = (date: string, score: number, snapshot: string, line: number) => ({ benchmark: "arena", version: "v1", model: "gpt-4o", snapshot, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "f", line });
    const results = [at("2024-08-06", 1286, "2024-05-13", 2), at("2025-02-27", 1285, "2024-05-13", 3), at("2025-02-27", 1265, "2024-08-06", 4)];
    const day = new Date("2024-08-07");
    const figuresOn = (asOf?: Date) => {
      const board = buildBoard({ benchmark, models: [gpt4o], results, asOf });
      const rows = board.entries.filter((e) => e.model.id === "gpt-4o");
      return { benchmark, entry: rows[0], rows };
    };
    const then = figuresOn(day);
    const current = figuresOn();
    expect(then.entry.snapshot).toBeUndefined();
    expect(current.entry.snapshot).toBe("2024-05-13");
    const [row] = recapPanelModels([{ label: "gpt-4o", id: "gpt-4o" }], new Map([["gpt-4o", gpt4o]]), () => ({ asOf: day, then, current }));
    expect([row.then?.row, row.current?.row]).toEqual(["2024-05-13", "2024-05-13"]);
  });
});

describe("figures per task in a panel", () => {
  const d = (day: string) => new Date(day);
  // Kimi K3 on the Index v4.1 (data/results/aa-intelligence-index.csv, 16 July 2026): 57, 132M output tokens to run, $0.94 per task.
  const kimi: PanelFigures = { benchmark: "aa", version: "v4.1", unit: "points", score: { value: 57, date: d("2026-07-16") }, tokens: { value: 132e6, date: d("2026-07-16") }, taskCost: { value: 0.94, date: d("2026-07-16") } };

  it("takes a board row's per-task figures apart from its whole-run ones, each with its own date", () => {
    const benchmark = { id: "aa", name: "AA", version: "v4.1", unit: "points", direction: "higher" } as const;
    const entry = { score: figure(57, "2026-07-16"), output_tokens: figure(132e6, "2026-07-16"), cost_per_task_usd: figure(0.94, "2026-07-16"), output_tokens_per_task: figure(14e3, "2026-07-08") };
    const p = panelFigures({ benchmark, entry } as unknown as HeadlineFigures);
    expect([p.tokens, p.cost, p.taskTokens, p.taskCost]).toEqual([{ value: 132e6, date: d("2026-07-16") }, undefined, { value: 14e3, date: d("2026-07-08") }, { value: 0.94, date: d("2026-07-16") }]);
  });

  it("reads each per-task figure by the day-then-latest rule of its own, never in a whole-run column", () => {
    const row = panelRow(d("2026-07-16"), kimi, undefined);
    expect([row.tokens, row.cost, row.taskTokens, row.taskCost]).toEqual([{ then: kimi.tokens }, {}, {}, { then: kimi.taskCost }]);
    // A later version that reports no cost per task: said in words, as for a whole-run figure.
    const later = panelRow(d("2026-07-16"), kimi, { ...kimi, version: "v4.1.1", tokens: undefined, taskCost: undefined, score: { value: 58, date: d("2026-08-10") } });
    expect(later.taskCost).toEqual({ then: kimi.taskCost, current: null });
    // A per-task figure first reported after the recap is the latest, never the day's.
    const cheaper = panelRow(d("2026-07-16"), kimi, { ...kimi, taskCost: { value: 0.8, date: d("2026-07-20") } });
    expect(cheaper.taskCost).toEqual({ then: kimi.taskCost, current: { value: 0.8, date: d("2026-07-20") } });
    expect(cheaper.cost).toEqual({});
  });

  it("shows a per-task column, headed and formatted as on the board, only where some row has such a figure", () => {
    const none = { tokens: {}, cost: {}, taskTokens: {}, taskCost: {} };
    const row = { ...none, ...panelRow(d("2026-07-16"), kimi, undefined) };
    const columns = panelColumns([row, none]);
    expect(columns.map((c) => c.label)).toEqual(["Output tokens", "Cost per task"]);
    expect(columns.map((c) => c.format(c.key === "tokens" ? 132e6 : 0.94))).toEqual(["132M", "$0.94"]);
    expect(panelColumns([none])).toEqual([]);
    // A per-task figure only as the latest still has its column (the day's cell then reads "—").
    expect(panelColumns([{ ...none, taskTokens: { current: { value: 14e3, date: d("2026-07-08") } } }]).map((c) => c.label)).toEqual(["Tokens per task"]);
    expect(panelColumns([{ tokens: { then: kimi.tokens! }, cost: { then: { value: 2088, date: d("2026-02-18") } }, taskTokens: { then: { value: 14e3, date: d("2026-07-08") } }, taskCost: { then: kimi.taskCost! } }]).map((c) => c.label)).toEqual([
      "Output tokens",
      "Cost to run",
      "Tokens per task",
      "Cost per task",
    ]);
  });
});
