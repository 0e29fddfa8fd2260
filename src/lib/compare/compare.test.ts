import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { boardDownloadRows } from "../downloads/leaderboardDownload";
import { boardKey, buildBoard, type Board } from "../leaderboard/buildBoard";
import { compareVersions } from "../leaderboard/versions";
import type { BenchmarkLike, ModelLike } from "../leaderboard/types";
import { comparePairs, compareSlug, pairsOfModel } from "./comparePairs";
import { boardRows, compareSections, compareTable, downloadRows, leadText, orderedBenchmarks, sideOfEntry, type CompareSection } from "./compareView";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const ordered = orderedBenchmarks(sample.benchmarks, compareVersions);
const boards = ordered.map((benchmark) => buildBoard({ benchmark, results: sample.results, models: sample.models }));

/** A board with the given ids ranked in that order (scores descending). */
function board(id: string, ids: string[]): Board {
  const benchmark: BenchmarkLike = { id, name: id, version: "v1", unit: "points", direction: "higher" };
  const model = (m: string): ModelLike => ({ id: m, name: m.toUpperCase(), lab: "L", open_weights: false, released: undefined });
  const figure = (value: number) => ({ value, date: new Date("2026-01-01"), source_url: "https://x.example/", file: "f", line: 2 });
  return { benchmark, entries: ids.map((m, i) => ({ rank: i + 1, key: boardKey({ model: m }), model: model(m), score: figure(100 - i), firstReported: new Date("2026-01-01") })), unscored: [] };
}

describe("comparePairs", () => {
  it("finds pairs named together in recaps and neighbours in a top ten, keeps those a board ranks both on, and ranks them", () => {
    const { pairs, candidates } = comparePairs({
      recapModels: [
        { recapId: "r2", modelIds: ["b", "a", "z"] },
        { recapId: "r1", modelIds: ["a", "b", "a"] },
      ],
      boards: [board("x", ["a", "c", "b"]), board("y", ["b", "c"])],
      limit: 10,
    });
    // a+z and b+z: no board ranks z, so no page.
    expect(candidates).toBe(3);
    expect(pairs.map((p) => [p.slug, p.recapIds, p.neighbourOn, p.sharedBoards])).toEqual([
      // Two each; b and c share two boards.
      ["b-vs-c", [], ["x v1", "y v1"], 2],
      ["a-vs-b", ["r2", "r1"], [], 1],
      ["a-vs-c", [], ["x v1"], 1],
    ]);
    expect(comparePairs({ recapModels: [], boards: [board("x", ["a", "c", "b"])], limit: 1 }).pairs.map((p) => p.slug)).toEqual(["a-vs-c"]);
    expect(pairsOfModel(pairs, "c").map((p) => p.other)).toEqual(["b", "a"]);
  });
  it("names a pair one way round, and refuses two pairs with one URL", () => {
    expect(compareSlug("gpt-5-4", "claude-opus-4-6")).toBe("claude-opus-4-6-vs-gpt-5-4");
    expect(() => comparePairs({ recapModels: [], boards: [board("x", ["a-vs-b", "c", "a", "b-vs-c"])], limit: 9 })).toThrow(/would share the URL \/compare\/a-vs-b-vs-c\//);
  });
  it("on the sample, keeps the limit and puts the pairs named most often first", () => {
    const recapModels = [
      { recapId: "1", modelIds: ["gemini-3-1-pro-preview", "gpt-5-4", "claude-opus-4-7"] },
      { recapId: "2", modelIds: ["gemini-3-1-pro-preview", "gpt-5-4"] },
    ];
    const { pairs } = comparePairs({ recapModels, boards, limit: 5 });
    expect(pairs).toHaveLength(5);
    expect(pairs[0]).toMatchObject({ slug: "gemini-3-1-pro-preview-vs-gpt-5-4", recapIds: ["1", "2"], neighbourOn: ["aa-intelligence-index v4.0"] });
  });
});

describe("a comparison reads the same from the boards and from the downloads", () => {
  it("gives identical tables for every pair of neighbours on every sample board, whichever path built them", () => {
    let checked = 0;
    for (const b of boards) {
      const fromEntries = boardRows(b.entries);
      const fromDownload = downloadRows(boardDownloadRows(b) as never);
      const benchmark = b.benchmark;
      for (let i = 0; i + 1 < b.entries.length; i++) {
        const [x, y] = [b.entries[i].model.id, b.entries[i + 1].model.id];
        const table = (rows: Map<string, ReturnType<typeof sideOfEntry>>) => compareTable({ benchmark, a: rows.get(x)!, b: rows.get(y)! }, ["A", "B"]);
        expect(table(fromDownload), `${benchmark.id} ${benchmark.version} ${x} ${y}`).toEqual(table(fromEntries));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("leaves out a download's delisted rows (empty rank), as the board's own rows do", () => {
    const b = boards[0];
    const rows = boardDownloadRows(b) as { rank: number | null; model: string }[];
    const delisted = { ...rows[0], rank: null, model: "a-delisted-model" };
    const read = downloadRows([...rows, delisted] as never);
    expect(read.has("a-delisted-model")).toBe(false);
    expect([...read.keys()]).toEqual([...boardRows(b.entries).keys()]);
  });
});

describe("compareTable", () => {
  const sections = compareSections("gemini-3-1-pro-preview", "gpt-5-4", boards, (board) => board.benchmark, (board) => boardRows(board.entries));
  it("lists the boards that rank both, newest version first", () => {
    expect(sections.map((s) => `${s.benchmark.id} ${s.benchmark.version}`)).toEqual(["aa-intelligence-index v4.0"]);
    expect(orderedBenchmarks(sample.benchmarks, compareVersions).slice(0, 4).map((b) => b.version)).toEqual(["v4.1.1", "v4.1", "v4.0", "v3.0"]);
  });
  it("sets the two side by side with dates where a figure is older than the score, and sources", () => {
    const table = compareTable(sections[0], ["Gemini 3.1 Pro Preview", "GPT-5.4"]);
    const row = (label: string) => table.rows.find((r) => r.label === label)!.cells.map((c) => c.text);
    // GPT-5.4 is compared at its xhigh run, its newest report (56.8); its output tokens are of an earlier day, and say which.
    expect(row("Score")).toEqual(["57", "56.8"]);
    expect(row("Setting")).toEqual(["—", "xhigh"]);
    expect(row("Reported")).toEqual(["2026-05-01", "2026-04-17"]);
    expect(row("Output tokens to run")).toEqual(["57M (2026-02-19)", "120M (2026-04-08)"]);
    expect(row("Cost to run")).toEqual(["$892 (2026-02-20)", "—"]);
    expect(row("Cost per point")).toEqual(["$15.65", "—"]);
    expect(table.rows.find((r) => r.label === "Source of the score")!.cells[0]).toEqual({ text: "news.smol.ai", href: "https://news.smol.ai/issues/26-05-01-not-much" });
    expect(table.lead).toBe("Gemini 3.1 Pro Preview is ahead: 57 against 56.8 with xhigh (+0.2), rank 4 against 6.");
    expect(table.rows.map((r) => r.label)).not.toContain("Cost per task");
  });
  it("reads who is ahead the benchmark's way round, and ties", () => {
    const s = (a: number, b: number, direction: "higher" | "lower"): CompareSection => ({
      benchmark: { id: "x", name: "X", version: "v1", unit: "minutes", direction },
      a: { rank: 1, score: { value: a, date: "2026-01-01" } },
      b: { rank: 2, score: { value: b, date: "2026-01-01" } },
    });
    expect(leadText(s(30, 90, "lower"), ["A", "B"])).toBe("A is ahead: 30 min against 1 h 30 min (+1 h 0 min), rank 1 against 2.");
    expect(leadText(s(30, 90, "higher"), ["A", "B"])).toBe("B is ahead: 1 h 30 min against 30 min (+1 h 0 min), rank 2 against 1.");
    expect(leadText(s(5, 5, "higher"), ["A", "B"])).toBe("Tied at 5 min (rank 1).");
    // Scores that round alike are written with the digits that tell them apart (found in review: "1,209 against 1,209").
    const elo: CompareSection = { ...s(1209.4, 1208.6, "higher"), benchmark: { id: "e", name: "E", version: "v1", unit: "elo", direction: "higher" } };
    expect(leadText(elo, ["A", "B"])).toBe("A is ahead: 1,209.4 against 1,208.6 (+0.8), rank 1 against 2.");
    const close: CompareSection = { ...s(64.53, 64.5, "higher"), benchmark: { id: "p", name: "P", version: "v1", unit: "percent", direction: "higher" } };
    expect(leadText(close, ["A", "B"])).toBe("A is ahead: 64.53% against 64.50% (+0.03 pts), rank 1 against 2.");
    // Each side's setting goes with its score: the runs compared, not the models' plain runs.
    const runs: CompareSection = { ...s(64.5, 52.5, "higher"), benchmark: { id: "t", name: "T", version: "v2.0", unit: "percent", direction: "higher" } };
    runs.a.setting = "Apex2";
    runs.b.setting = "Droid, medium";
    expect(leadText(runs, ["A", "B"])).toBe("A is ahead: 64.5% with Apex2 against 52.5% with Droid, medium (+12 pts), rank 1 against 2.");
  });
  it("compares like for like where the best rows differ in setting and a pair shares one, naming the best rows too, from the board and the download alike (found in review: GPT-5 with Droid called ahead of GPT-5.1 with Terminus 2)", () => {
    const runs = board("tb", ["gpt-5", "gpt-5-1", "gpt-5", "claude"]);
    const settings = ["Droid, medium", "Terminus 2, medium", "Terminus 2, medium", "Claude Code"];
    const scores = [52.5, 47.6, 41.3, 40];
    runs.benchmark.unit = "percent";
    runs.entries.forEach((e, i) => {
      e.setting = settings[i];
      e.key = boardKey({ model: e.model.id, setting: settings[i] });
      e.score = { ...e.score, value: scores[i]! };
    });
    const [fromBoard] = compareSections("gpt-5", "gpt-5-1", [runs], (b) => b.benchmark, (b) => boardRows(b.entries));
    expect(leadText(fromBoard!, ["GPT-5", "GPT-5.1"])).toBe(
      "With the same setting (Terminus 2, medium), GPT-5.1 is ahead: 47.6% with Terminus 2, medium against 41.3% with Terminus 2, medium (+6.3 pts), rank 2 against 3. Each model's best-ranked row: GPT-5 52.5% with Droid, medium, rank 1; GPT-5.1 47.6% with Terminus 2, medium, rank 2.",
    );
    const [fromDownload] = compareSections("gpt-5", "gpt-5-1", [runs], (b) => b.benchmark, (b) => downloadRows(boardDownloadRows(b) as never));
    expect(compareTable(fromDownload!, ["GPT-5", "GPT-5.1"])).toEqual(compareTable(fromBoard!, ["GPT-5", "GPT-5.1"]));
    // A setting one side's holds all of is shared (GPT-5's "Droid, medium", Claude's "Droid"), and a
    // pair of another setting that puts the other model ahead is said too (found in review).
    const agents = board("tb2", ["claude", "gpt-5", "claude", "claude", "gpt-5"]);
    agents.benchmark.unit = "percent";
    const agentRows: [string, number][] = [["Ante", 54.8], ["Droid, medium", 52.5], ["Droid", 50.5], ["Terminus 2", 45], ["Terminus 2, medium", 41.3]];
    agents.entries.forEach((e, i) => {
      e.setting = agentRows[i]![0];
      e.key = boardKey({ model: e.model.id, setting: e.setting });
      e.score = { ...e.score, value: agentRows[i]![1] };
    });
    const [shared] = compareSections("claude", "gpt-5", [agents], (b) => b.benchmark, (b) => boardRows(b.entries));
    expect(leadText(shared!, ["Claude", "GPT-5"])).toBe(
      "With the setting they share (Droid), GPT-5 is ahead: 52.5% with Droid, medium against 50.5% with Droid (+2 pts), rank 2 against 3. With Terminus 2, Claude is ahead: 45% with Terminus 2, rank 4 against 41.3% with Terminus 2, medium, rank 5. Each model's best-ranked row: Claude 54.8% with Ante, rank 1; GPT-5 52.5% with Droid, medium, rank 2.",
    );
    // No pair shares a setting: the best rows, each with its own, as before.
    const [apart] = compareSections("gpt-5", "claude", [runs], (b) => b.benchmark, (b) => boardRows(b.entries));
    expect(apart!.best).toBeUndefined();
    expect(leadText(apart!, ["GPT-5", "Claude"])).toBe("GPT-5 is ahead: 52.5% with Droid, medium against 40% with Claude Code (+12.5 pts), rank 1 against 4.");
  });

  it("qualifies a rank that a left-out row (a model not in the registry) outranks on the board's day, as the digest does", () => {
    const sides = compareSections("gemini-3-1-pro-preview", "claude-opus-4-7", boards, (board) => board.benchmark, (board) => boardRows(board.entries, { score: 57.5, direction: "higher" })).find((s) => s.benchmark.version === "v4.0")!;
    expect(sides.a.outranked && sides.b.outranked).toBe(true);
    const table = compareTable(sides, ["A", "B"]);
    expect(table.rows.find((r) => r.label === "Rank")!.cells.map((c) => c.text)).toEqual(["4 among the models registered here", "4 among the models registered here"]);
    expect(table.lead).toBe("Tied at 57 (rank 4 among the models registered here).");
    // Between the two: the lower one's rank alone; above both: both.
    const s = (outA: boolean, outB: boolean): CompareSection => ({
      benchmark: { id: "x", name: "X", version: "v1", unit: "points", direction: "higher" },
      a: { rank: 2, score: { value: 60, date: "2026-01-01" }, ...(outA && { outranked: true as const }) },
      b: { rank: 5, score: { value: 50, date: "2026-01-01" }, ...(outB && { outranked: true as const }) },
    });
    expect(leadText(s(false, true), ["A", "B"])).toBe("A is ahead: 60 against 50 (+10), rank 2 against rank 5 among the models registered here.");
    expect(leadText(s(true, true), ["A", "B"])).toBe("A is ahead: 60 against 50 (+10), rank 2 against 5, both among the models registered here.");
    // A left-out row below both, or none: unqualified.
    const below = compareSections("gemini-3-1-pro-preview", "claude-opus-4-7", boards, (board) => board.benchmark, (board) => boardRows(board.entries, { score: 1, direction: "higher" })).find((s) => s.benchmark.version === "v4.0")!;
    expect(compareTable(below, ["A", "B"]).rows[0].cells.map((c) => c.text)).toEqual(["4", "4"]);
  });
  it("qualifies the same ranks from a board's download as from the board, so that the in-browser picker says what the pre-built pages say", () => {
    for (const best of [{ score: 57.5 }, { score: 1 }, undefined]) {
      const fromBoard = compareSections("gemini-3-1-pro-preview", "gpt-5-4", boards, (b) => b.benchmark, (b) => boardRows(b.entries, best && { ...best, direction: b.benchmark.direction }));
      const fromDownload = compareSections("gemini-3-1-pro-preview", "gpt-5-4", boards, (b) => b.benchmark, (b) => downloadRows(boardDownloadRows(b, best) as never));
      expect(fromDownload.map((s) => compareTable(s, ["A", "B"]))).toEqual(fromBoard.map((s) => compareTable(s, ["A", "B"])));
    }
    const first = boardDownloadRows(boards[0], { score: 57.5 });
    // Above 57.5 the publisher's rank stands; below it, the rank is among the registered models.
    expect(first.map((r) => [r.score as number > 57.5, r.rank_among_registered_only])).toEqual(first.map((r) => [r.score as number > 57.5, !(r.score as number > 57.5)]));
    expect(boardDownloadRows(boards[0]).every((r) => r.rank_among_registered_only === false)).toBe(true);
    // A download published before the column: unqualified, as before.
    const older = boardDownloadRows(boards[0], { score: 57.5 }).map(({ rank_among_registered_only: _, ...rest }) => rest);
    expect([...downloadRows(older as never).values()].some((side) => side.outranked)).toBe(false);
  });
  it("says when two Elo ratings are of different days (found in review: LMArena's gpt-4, last rated 2023-11-16, 'behind' by 211 a rating of 2025), and not for a percent score", () => {
    const arena = (unit: "elo" | "percent"): CompareSection => ({
      benchmark: { id: "arena", name: "Arena", version: "v1", unit, direction: "higher" },
      a: { rank: 3, score: { value: 1284, date: "2025-02-09" } },
      b: { rank: 60, score: { value: 1073, date: "2023-11-16" } },
    });
    expect(leadText(arena("elo"), ["Claude Sonnet 3.5", "GPT-4"])).toBe(
      "Claude Sonnet 3.5 is ahead: 1,284 against 1,073 (+211), rank 3 against 60. The ratings are of different days (Claude Sonnet 3.5's 2025-02-09, GPT-4's 2023-11-16): an Elo rating is relative to the models rated beside it that day.",
    );
    const sameDay = arena("elo");
    sameDay.b.score.date = "2025-02-09";
    expect(leadText(sameDay, ["A", "B"])).toBe("A is ahead: 1,284 against 1,073 (+211), rank 3 against 60.");
    const tied = arena("elo");
    tied.b.score.value = 1284;
    expect(leadText(tied, ["A", "B"])).toBe("Tied at 1,284 (rank 3). The ratings are of different days (A's 2025-02-09, B's 2023-11-16): an Elo rating is relative to the models rated beside it that day.");
    // The publisher's table's date reads "as of", as in the table's Reported row.
    const asOf = arena("elo");
    asOf.b.score.datedByTable = true;
    expect(leadText(asOf, ["A", "B"])).toContain("(A's 2025-02-09, B's as of 2023-11-16)");
    expect(leadText(arena("percent"), ["A", "B"])).toBe("A is ahead: 1284% against 1073% (+211 pts), rank 3 against 60.");
  });
  it("names the snapshot each side is compared at, where a board ranks two snapshots of a model, from the board and the download alike", () => {
    // LMArena's history: GPT-4o ranked as gpt-4o-2024-05-13 (1,285) and -08-06 (1,265), Claude Sonnet 3.5 as -20241022 (1,283).
    const benchmark: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
    const models: ModelLike[] = [
      { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") },
      { id: "claude-3-5-sonnet", name: "Claude Sonnet 3.5", lab: "Anthropic", open_weights: false, released: new Date("2024-06-20") },
    ];
    const row = (model: string, score: number, snapshot: string, line: number) => ({ benchmark: "arena", version: "v1", model, score, snapshot, evaluated_at: new Date("2025-02-27"), source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line });
    const arena = buildBoard({ benchmark, models, results: [row("gpt-4o", 1285, "2024-05-13", 2), row("gpt-4o", 1265, "2024-08-06", 3), row("claude-3-5-sonnet", 1283, "2024-10-22", 4)] });
    for (const rows of [boardRows(arena.entries), downloadRows(boardDownloadRows(arena) as never)]) {
      const table = compareTable({ benchmark, a: rows.get("claude-3-5-sonnet")!, b: rows.get("gpt-4o")! }, ["Claude Sonnet 3.5", "GPT-4o"]);
      expect(table.rows.find((r) => r.label === "Snapshot")!.cells.map((c) => c.text)).toEqual(["2024-10-22", "2024-05-13"]);
      // Claude Sonnet 3.5's lone snapshot is named too: dated after the model's release, it is a later model.
      expect(table.lead).toBe("GPT-4o is ahead: 1,285 (snapshot 2024-05-13) against 1,283 (snapshot 2024-10-22) (+2), rank 1 against 2.");
    }
  });
  it("names a side's row as the board does when it is the model as the source wrote it, beside the model's snapshots, from the board and the download alike", () => {
    // LMArena's history: a one-day bare gemini-2.0-flash column beside gemini-2.0-flash-001, both Gemini 2.0 Flash.
    const benchmark: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
    const models: ModelLike[] = [
      { id: "gemini-2-0-flash", name: "Gemini 2.0 Flash", lab: "Google", open_weights: false, released: new Date("2024-12-11") },
      { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") },
    ];
    const row = (model: string, score: number, extra: object, line: number) => ({ benchmark: "arena", version: "v1", model, score, evaluated_at: new Date("2025-02-27"), source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line, ...extra });
    const arena = buildBoard({
      benchmark,
      models,
      results: [
        row("gemini-2-0-flash", 1360, { modelAsWritten: "gemini-2.0-flash" }, 2),
        row("gemini-2-0-flash", 1356, { snapshot: "001", modelAsWritten: "gemini-2.0-flash-001" }, 3),
        row("gpt-4o", 1285, { modelAsWritten: "gpt-4o" }, 4),
      ],
    });
    for (const rows of [boardRows(arena.entries), downloadRows(boardDownloadRows(arena) as never)]) {
      // Gemini 2.0 Flash is compared at its best-ranked row: the bare column, which the table names.
      expect(rows.get("gemini-2-0-flash")).toMatchObject({ writtenAs: "gemini-2.0-flash", score: { value: 1360 } });
      expect(rows.get("gemini-2-0-flash")!.snapshot).toBeUndefined();
      const table = compareTable({ benchmark, a: rows.get("gemini-2-0-flash")!, b: rows.get("gpt-4o")! }, ["Gemini 2.0 Flash", "GPT-4o"]);
      const named = table.rows.find((r) => r.label === "Snapshot, or the source's name")!;
      expect(named.cells.map((c) => c.text)).toEqual(["gemini-2.0-flash", "—"]);
      expect(named.cells[0].title).toBe("the model as the source names it, beside its snapshots");
      expect(table.rows.some((r) => r.label === "Snapshot")).toBe(false);
      expect(table.lead).toBe("Gemini 2.0 Flash is ahead: 1,360 (as the source names it: gemini-2.0-flash) against 1,285 (+75), rank 1 against 3.");
    }
    // Without the column (a download published before it), the side is the model's plain row, as it was.
    const old = boardDownloadRows(arena).map(({ written_as: _, ...r }) => r);
    expect(downloadRows(old as never).get("gemini-2-0-flash")!.writtenAs).toBeUndefined();
  });
  it("builds a side from a board entry", () => {
    const opus = boards.find((b) => b.benchmark.version === "v4.0")!.entries.find((e) => e.model.id === "claude-opus-4-6")!;
    // Opus 4.6's $2,486 was its max run's cost, which has no score: not on the plain run's side.
    expect(sideOfEntry(opus)).toMatchObject({ score: { value: 53, date: "2026-02-18" }, tokens: { value: 157e6, date: "2026-04-08" } });
    expect(sideOfEntry(opus).cost).toBeUndefined();
  });
});

describe("a date of the publisher's table (as_of)", () => {
  const tb = boards.find((b) => b.benchmark.id === "terminal-bench")!;
  const [x, y] = [tb.entries[0], tb.entries.find((e) => e.model.id !== tb.entries[0].model.id)!];
  it("reads 'as of' in the Reported row and the table carries the note, from the board and from the download alike", () => {
    for (const rows of [boardRows(tb.entries), downloadRows(boardDownloadRows(tb) as never)]) {
      const table = compareTable({ benchmark: tb.benchmark, a: rows.get(x.model.id)!, b: rows.get(y.model.id)! }, ["A", "B"]);
      expect(table.rows.find((r) => r.label === "Reported")!.cells.map((c) => c.text)).toEqual(["as of 2025-11-30", "as of 2025-11-30"]);
      expect(table.note).toContain("date of the publisher's table");
    }
  });
  it("a download published before the columns existed reads as a report's date, with no note", () => {
    const old = boardDownloadRows(tb).map(({ score_date_is_as_of: _s, output_tokens_date_is_as_of: _t, cost_usd_date_is_as_of: _c, ...rest }) => rest);
    const rows = downloadRows(old as never);
    const table = compareTable({ benchmark: tb.benchmark, a: rows.get(x.model.id)!, b: rows.get(y.model.id)! }, ["A", "B"]);
    expect(table.rows.find((r) => r.label === "Reported")!.cells.map((c) => c.text)).toEqual(["2025-11-30", "2025-11-30"]);
    expect(table.note).toBeUndefined();
  });
  it("a board of reports' own dates has neither", () => {
    const v4 = boards.find((b) => b.benchmark.version === "v4.0")!;
    const rows = boardRows(v4.entries);
    const table = compareTable({ benchmark: v4.benchmark, a: rows.get(v4.entries[0].model.id)!, b: rows.get(v4.entries[1].model.id)! }, ["A", "B"]);
    expect(table.rows.find((r) => r.label === "Reported")!.cells.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.text))).toBe(true);
    expect(table.note).toBeUndefined();
  });
});
