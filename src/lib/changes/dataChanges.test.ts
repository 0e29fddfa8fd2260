import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { parseCsv } from "../csv/readCsv";
import { wideToLong } from "../import/wideToLong";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { buildDigests } from "../digests/buildDigests";
import { changeSummary, changeTitle, reportRowText, revisedFromText } from "./changeText";
import { changesByDigest, changeYears, dataChanges, shortHash, type ChangeEntry, type CorrectionEntry, type ReportEntry } from "./dataChanges";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const entries = dataChanges(sample);
const iso = (d: Date) => d.toISOString().slice(0, 10);

const bench: BenchmarkLike = { id: "b", name: "Bench", version: "v1", unit: "points", direction: "higher", source_url: "https://bench.example/" };
const models: ModelLike[] = [
  { id: "m", name: "Model M", lab: "Lab", open_weights: false, released: undefined },
  { id: "n", name: "Model N", lab: "Lab", open_weights: true, released: undefined },
];
let line = 1;
const row = (model: string, date: string, figures: Partial<ResultLike>, source = `https://news.example/${date}`): ResultLike => ({
  benchmark: "b",
  version: "v1",
  model,
  evaluated_at: new Date(date),
  source_url: source,
  file: "data/results/b.csv",
  line: ++line,
  ...figures,
});

describe("dataChanges on the sample data", () => {
  it("shows Opus 4.6's output tokens, 58M then 157M, as an update inside the 2026-04-08 report, not a correction (no run id says it is the same run)", () => {
    // The sample's relayed AA figures name no run: a later figure is a new measurement (the
    // newsletter notes it as a conflict with the earlier one), so the sample has no correction.
    expect(entries.filter((e) => e.kind === "correction")).toEqual([]);
    const april = entries.find((e): e is ReportEntry => e.kind === "report" && e.source_url.endsWith("26-04-08-not-much") && e.benchmark.version === "v4.0")!;
    expect(changeTitle(april)).toBe("Artificial Analysis Intelligence Index v4.0: Claude Opus 4.6, GLM-5.1 and 3 more reported by news.smol.ai (1 figure updated)");
    expect(changeSummary(april)).toContain("Claude Opus 4.6: output tokens 157M (was 58M on 2026-02-18)");
  });

  it("has one report per benchmark version, source and day, covering every result row once", () => {
    const reports = entries.filter((e): e is ReportEntry => e.kind === "report");
    const keys = new Set(sample.results.map((r) => [r.benchmark, r.version, iso(r.evaluated_at), r.source_url].join(" ")));
    expect(reports).toHaveLength(keys.size);
    expect(reports.reduce((n, r) => n + r.rows.length, 0)).toBe(sample.results.length);
    const locations = reports.flatMap((r) => r.rows.map((x) => `${x.file}:${x.line}`));
    expect(new Set(locations).size).toBe(sample.results.length);
    // Every entry has a source, and ids are unique.
    for (const e of entries) expect(e.source_url).toMatch(/^https?:\/\//);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("marks the corrected figure inside its report, and first reports as first", () => {
    const april = entries.find((e): e is ReportEntry => e.kind === "report" && e.source_url.endsWith("26-04-08-not-much") && e.benchmark.version === "v4.0")!;
    const opus = april.rows.find((r) => r.model.id === "claude-opus-4-6")!;
    expect(reportRowText(opus, april.benchmark)).toBe("Claude Opus 4.6: output tokens 157M (was 58M on 2026-02-18)");
    const muse = april.rows.find((r) => r.model.id === "muse-spark")!;
    expect(reportRowText(muse, april.benchmark)).toBe("Muse Spark: score 52, output tokens 58M (first report on this version)");
  });

  it("announces each version on its first report day, after the version before it", () => {
    const versions = entries.filter((e) => e.kind === "version");
    expect(versions.map((e) => [e.benchmark.id, e.benchmark.version, iso(e.date)])).toEqual(
      expect.arrayContaining([
        ["aa-intelligence-index", "v4.1", "2026-06-19"],
        ["aa-intelligence-index", "v4.0", "2026-01-08"],
        ["terminal-bench", "v1", "2025-11-30"],
      ]),
    );
    expect(versions).toHaveLength(sample.benchmarks.length);
    const v41 = versions.find((e) => e.benchmark.version === "v4.1")!;
    expect(changeSummary(v41)).toMatch(/^Artificial Analysis Intelligence Index v4\.1 first appears in the data on 2026-06-19, after v4\.0; \d+ rows so far\./);
  });

  it("orders entries newest first, versions before corrections before reports on a day", () => {
    for (let i = 1; i < entries.length; i++) expect(entries[i].date.getTime()).toBeLessThanOrEqual(entries[i - 1].date.getTime());
    const day = entries.filter((e) => iso(e.date) === "2026-06-19").map((e) => e.kind);
    expect(day[0]).toBe("version");
    expect(changeYears(entries)).toEqual([2026, 2025]);
  });
});

describe("a figure the publisher revised for a day it had reported (the row's revised)", () => {
  // The loader folds the rows of one key into the newest revision, the rows it revises in `earlier`.
  const first = row("m", "2026-02-18", { score: 53, output_tokens: 58e6 }, "https://aa.example/");
  const revised: ResultLike = { ...row("m", "2026-02-18", { score: 54, output_tokens: 58e6 }, "https://aa.example/"), revised: "2026-03-02", earlier: [{ line: first.line, source_url: "https://aa.example/", score: 53, output_tokens: 58e6 }] };
  const other = row("n", "2026-02-18", { score: 40 }, "https://aa.example/");
  const changes = dataChanges({ benchmarks: [bench], models, results: [revised, other] });

  it("is a correction on the day of the import, without a run id: the same report restated, old and new figure with their lines", () => {
    const corrections = changes.filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.figure, c.before.value, c.after.value, iso(c.date), iso(c.before.date), iso(c.after.date), c.before.line, c.after.line, c.id])).toEqual([
      ["score", 53, 54, "2026-03-02", "2026-02-18", "2026-02-18", first.line, revised.line, "correction-b-v1-m-default-score-2026-02-18-revised-2026-03-02"],
    ]);
    expect(changeTitle(corrections[0])).toBe("Correction: Model M, score on Bench v1 for 2026-02-18, 53 → 54");
    expect(changeSummary(corrections[0])).toBe("Model M on Bench v1 for 2026-02-18: score 53 → 54, revised in the publisher's table imported on 2026-03-02.");
    // Newest first: the correction of 2026-03-02 heads the changelog, before the report it revises.
    expect(changes.map((e) => `${e.kind} ${iso(e.date)}`)).toEqual(["correction 2026-03-02", "version 2026-02-18", "report 2026-02-18"]);
  });

  it("shows the figure as it stands in its day's report, marked revised with the figure first reported; unchanged figures unmarked", () => {
    const report = changes.find((e): e is ReportEntry => e.kind === "report")!;
    expect(report.rows.map((r) => reportRowText(r, bench))).toEqual([
      "Model M: score 54 (revised on 2026-03-02; first reported as 53), output tokens 58M (first report on this version)",
      "Model N: score 40 (first report on this version)",
    ]);
  });
});

describe("a report revised twice, on two days", () => {
  it("is two corrections, the second from the figure as the first revision gave it, never called the figure first reported", () => {
    const first = row("m", "2026-02-18", { score: 53 }, "https://aa.example/");
    const once = { line: 40, source_url: "https://aa.example/", revised: "2026-03-02", score: 54 };
    const twice: ResultLike = { ...row("m", "2026-02-18", { score: 55 }, "https://aa.example/"), revised: "2026-03-09", earlier: [{ line: first.line, source_url: "https://aa.example/", score: 53 }, once] };
    const corrections = dataChanges({ benchmarks: [bench], models, results: [twice] }).filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.before.value, c.after.value, iso(c.date), c.before.line, revisedFromText(c)])).toEqual([
      [54, 55, "2026-03-09", 40, "as revised on 2026-03-02"],
      [53, 54, "2026-03-02", first.line, "as first reported"],
    ]);
  });
});

describe("what counts as a correction", () => {
  it("a changed figure of the same run (its run id) on a later day; not a repeat, not another run id, not the same day", () => {
    const results = [
      row("m", "2026-01-01", { score: 50, output_tokens: 10e6, run_id: "r1" }),
      row("m", "2026-01-02", { score: 50, run_id: "r1" }), // a confirmation
      row("m", "2026-01-03", { score: 52, setting: "max", run_id: "r2" }), // another run: a new row key
      row("m", "2026-01-04", { score: 51, run_id: "r1" }), // corrected from 50
      row("m", "2026-01-05", { output_tokens: 12e6, run_id: "r1" }, "https://other.example/"),
    ];
    const changes = dataChanges({ benchmarks: [bench], results, models });
    const corrections = changes.filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.figure, c.before.value, c.after.value, iso(c.date), c.source_url])).toEqual([
      ["output_tokens", 10e6, 12e6, "2026-01-05", "https://other.example/"],
      ["score", 50, 51, "2026-01-04", "https://news.example/2026-01-04"],
    ]);
    expect(changes.filter((e) => e.kind === "report")).toHaveLength(5);
  });
  it("names the run a correction is of where another run has the same name (Epoch's two gpt-5-mini runs with Terminus 2: the board ranks the better, 30.8%), and only there (found in review)", () => {
    const results = [
      row("m", "2025-11-30", { score: 30.8, setting: "Terminus 2", run_id: "recA" }),
      row("m", "2025-11-30", { score: 30, setting: "Terminus 2", run_id: "recB" }),
      row("m", "2025-11-30", { score: 40, setting: "Other", run_id: "recC" }),
      row("m", "2026-01-15", { score: 29.5, setting: "Terminus 2", run_id: "recB" }),
      row("m", "2026-01-15", { score: 41, setting: "Other", run_id: "recC" }),
    ];
    const corrections = dataChanges({ benchmarks: [bench], results, models }).filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(new Map(corrections.map((c) => [c.setting, c.runId]))).toEqual(new Map([["Terminus 2", "recB"], ["Other", undefined]]));
    expect(corrections.map(changeTitle).find((t) => t.includes("Terminus 2"))).toMatch(/^Correction: .* \(Terminus 2\), run recB, score on .*, 30.* → 29\.5/);
    expect(corrections.map(changeTitle).find((t) => t.includes("Other"))).not.toContain("run recC");
  });
  it("follows a run (its run id) across a new name: one run renamed, its figures compared with the old name's, the rename noted (Epoch's rec2, gpt-5-2025-08-07_medium then gpt-5-2025-11-13_medium)", () => {
    const results = [
      row("m", "2025-11-30", { score: 64.5, setting: "medium", snapshot: "2025-08-07", run_id: "rec2" }, "https://epoch.example/"),
      row("m", "2026-01-15", { score: 64.5, setting: "medium", snapshot: "2025-11-13", run_id: "rec2" }, "https://epoch.example/"), // renamed, same figure: no change
      row("m", "2026-02-01", { score: 66, setting: "medium", snapshot: "2025-11-13", run_id: "rec2" }, "https://epoch.example/"), // rescored under its new name: a correction
    ];
    const changes = dataChanges({ benchmarks: [bench], results, models });
    const reports = changes.filter((e): e is ReportEntry => e.kind === "report").reverse();
    expect(reports.map((r) => r.rows.map((x) => [x.renamedFrom, x.figures.map((f) => f.was?.value)]))).toEqual([
      [[undefined, [undefined]]],
      [[{ runId: "rec2", setting: "medium", snapshot: "2025-08-07" }, [undefined]]],
      [[undefined, [64.5]]],
    ]);
    expect(reportRowText(reports[1].rows[0], bench)).toMatch(/^Model M.* \(run rec2, listed before as medium, snapshot 2025-08-07\): score 64\.5$/);
    const corrections = changes.filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.before.value, c.after.value, iso(c.date)])).toEqual([[64.5, 66, "2026-02-01"]]);
    // Renamed and rescored in one report: the correction says which name the figure was under.
    const both = dataChanges({ benchmarks: [bench], results: [results[0], { ...results[1], score: 66 }], models }).filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(both.map((c) => [c.before.value, c.after.value, c.renamedFrom?.snapshot])).toEqual([[64.5, 66, "2025-08-07"]]);
    expect(changeSummary(both[0])).toContain("in the report of 2025-11-30 (run rec2, listed before as medium, snapshot 2025-08-07) and is 66");
  });
  it("a run's report revised later (its revised) is one correction, on the import's day: the report's own day compares what it first said (Epoch's rec2 renamed at 64.5, then revised to 66)", () => {
    const epoch = "https://epoch.example/";
    const old = row("m", "2025-11-30", { score: 64.5, setting: "medium", snapshot: "2025-08-07", run_id: "rec2" }, epoch);
    const renamed = row("m", "2026-01-15", { score: 64.5, setting: "medium", snapshot: "2025-11-13", run_id: "rec2" }, epoch);
    const revised: ResultLike = { ...row("m", "2026-01-15", { score: 66, setting: "medium", snapshot: "2025-11-13", run_id: "rec2" }, epoch), revised: "2026-12-02", earlier: [{ line: renamed.line, source_url: epoch, score: 64.5 }] };
    const corrections = (results: ResultLike[]) => dataChanges({ benchmarks: [bench], results, models }).filter((e): e is CorrectionEntry => e.kind === "correction");
    // Without this, a second correction dated 2026-01-15 said 64.5 → 66 "in the report of 2026-01-15", which that day's table never gave.
    expect(corrections([old, revised]).map((c) => [c.before.value, c.after.value, iso(c.date), c.after.line])).toEqual([[64.5, 66, "2026-12-02", revised.line]]);
    // First reported otherwise (65), then revised: the report's day corrects 64.5 → 65 at the line that said it; the import's day 65 → 66.
    const otherwise: ResultLike = { ...revised, earlier: [{ line: renamed.line, source_url: epoch, score: 65 }] };
    expect(corrections([old, otherwise]).map((c) => [c.before.value, c.after.value, iso(c.date), c.after.line])).toEqual([
      [65, 66, "2026-12-02", revised.line],
      [64.5, 65, "2026-01-15", renamed.line],
    ]);
    // A later report follows the figure as it stood on its day: revised (66) by then, no change.
    const later = row("m", "2026-12-05", { score: 66, setting: "medium", snapshot: "2025-11-13", run_id: "rec2" }, epoch);
    expect(corrections([old, revised, later]).map((c) => iso(c.date))).toEqual(["2026-12-02"]);
    // The old name's report revised after the rename (to 43): the rename's day still compares 64.5
    // with what that day's table gave (64.5), no correction then; the revision is one, on its day.
    const oldRevised: ResultLike = { ...old, line: 900, score: 43, revised: "2026-12-02", earlier: [{ line: old.line, source_url: epoch, score: 64.5 }] };
    expect(corrections([oldRevised, renamed]).map((c) => [c.before.value, c.after.value, iso(c.date)])).toEqual([[64.5, 43, "2026-12-02"]]);
  });
  it("a revision that no longer gives a figure is a correction that withdraws it, and the digest of the week before links to it (found in review: neither said so, and the link led nowhere)", () => {
    const first = row("m", "2026-02-10", { score: 50, output_tokens: 10e6 });
    const withdrawn: ResultLike = { ...row("m", "2026-02-10", { output_tokens: 10e6 }), revised: "2026-03-02", earlier: [{ line: first.line, source_url: first.source_url, score: 50, output_tokens: 10e6 }] };
    const other = row("n", "2026-02-10", { score: 48 });
    const changes = dataChanges({ benchmarks: [bench], results: [withdrawn, other], models });
    const corrections = changes.filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.figure, c.before.value, c.after.value, iso(c.date)])).toEqual([["score", 50, undefined, "2026-03-02"]]);
    expect(changeSummary(corrections[0])).toContain("50 → withdrawn (no longer given)");
    const digests = buildDigests({ recaps: [{ id: "r2", data: { date: new Date("2026-03-03") } }, { id: "r1", data: { date: new Date("2026-02-11") } }], benchmarks: [bench], results: [withdrawn, other], models });
    const link = digests.find((d) => d.key === "2026-w07")!.changes[0]!.revisedLater![0]!.correction.id;
    expect(changes.map((e) => e.id)).toContain(link);
  });
  it("a later, different figure of a model without a run id is an update inside its day's report, never a correction (LMArena's Elo of each day)", () => {
    const results = [
      row("m", "2024-11-20", { score: 1205.2 }, "https://arena.example/"),
      row("m", "2024-11-27", { score: 1205.2 }, "https://arena.example/"), // the same rating: no change
      row("m", "2024-12-04", { score: 1208.6 }, "https://arena.example/"),
      row("m", "2024-12-11", { score: 1209.4 }, "https://arena.example/"),
    ];
    const changes = dataChanges({ benchmarks: [bench], results, models });
    expect(changes.filter((e) => e.kind === "correction")).toEqual([]);
    const reports = changes.filter((e): e is ReportEntry => e.kind === "report");
    expect(reports.map((r) => changeTitle(r))).toEqual([
      "Bench v1: Model M reported by arena.example (1 figure updated)",
      "Bench v1: Model M reported by arena.example (1 figure updated)",
      "Bench v1: Model M reported by arena.example",
      "Bench v1: Model M reported by arena.example",
    ]);
    expect(reports.map((r) => changeSummary(r))).toEqual([
      "Model M: score 1209.4 (was 1208.6 on 2024-12-04).",
      "Model M: score 1208.6 (was 1205.2 on 2024-11-27).", // the last report of that value
      "Model M: score 1205.2.",
      "Model M: score 1205.2 (first report on this version).",
    ]);
  });
  it("writes two different figures that would read alike with the decimals that tell them apart (Elo 1,208.6 → 1,209.4, not 1,209 → 1,209)", () => {
    const elo: BenchmarkLike = { ...bench, unit: "elo" };
    const results = [row("m", "2024-12-04", { score: 1208.6, run_id: "r" }), row("m", "2024-12-11", { score: 1209.4, run_id: "r" }), row("n", "2024-12-04", { score: 1187.2 }), row("n", "2024-12-11", { score: 1187.3 })];
    const changes = dataChanges({ benchmarks: [elo], results, models });
    const correction = changes.find((e): e is CorrectionEntry => e.kind === "correction")!;
    expect(changeTitle(correction)).toBe("Correction: Model M, score on Bench v1, 1,208.6 → 1,209.4");
    expect(changeSummary(correction)).toBe("Model M's score on Bench v1 was 1,208.6 in the report of 2024-12-04 and is 1,209.4 in the report of 2024-12-11.");
    const later = changes.find((e): e is ReportEntry => e.kind === "report" && iso(e.date) === "2024-12-11")!;
    expect(later.rows.map((r) => reportRowText(r, elo))).toEqual(["Model M: score 1,209.4 (was 1,208.6 on 2024-12-04)", "Model N: score 1,187.3 (was 1,187.2 on 2024-12-04)"]);
    // Values that read apart keep the site's usual form.
    const first = changes.find((e): e is ReportEntry => e.kind === "report" && iso(e.date) === "2024-12-04")!;
    expect(first.rows.map((r) => reportRowText(r, elo))).toEqual(["Model M: score 1,209 (first report on this version)", "Model N: score 1,187 (first report on this version)"]);
  });
  it("another snapshot's figure is another run, never a correction; two snapshots in one report are named apart (LMArena's gpt-4o-2024-05-13 and -08-06, gemini-2.0-flash and -001)", () => {
    const results = [
      row("m", "2024-09-04", { score: 1285, snapshot: "2024-05-13" }, "https://arena.example/"),
      row("m", "2024-09-04", { score: 1265, snapshot: "2024-08-06", run_id: "r1" }, "https://arena.example/"),
      row("m", "2024-09-15", { score: 1263, snapshot: "2024-08-06", run_id: "r1" }, "https://arena.example/"), // corrects its own snapshot's run
      row("n", "2025-02-06", { score: 1356.7, modelAsWritten: "model-n" }, "https://arena.example/"), // the bare name, one day
      row("n", "2025-02-27", { score: 1359, snapshot: "001" }, "https://arena.example/"), // not a correction of it
    ];
    const changes = dataChanges({ benchmarks: [bench], results, models });
    const corrections = changes.filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.model.id, c.snapshot, c.before.value, c.after.value])).toEqual([["m", "2024-08-06", 1265, 1263]]);
    expect(changeTitle(corrections[0])).toBe("Correction: Model M (2024-08-06), score on Bench v1, 1265 → 1263");
    expect(corrections[0].id).toBe("correction-b-v1-m-default-2024-08-06-r1-score-2024-09-15");
    const day1 = changes.find((e): e is ReportEntry => e.kind === "report" && iso(e.date) === "2024-09-04")!;
    expect(day1.rows.map((r) => reportRowText(r, bench))).toEqual(["Model M (2024-05-13): score 1285 (first report on this version)", "Model M (2024-08-06): score 1265 (first report on this version)"]);
    // Named as the board names them: the bare row by the name its source wrote, beside the snapshot.
    const bare = changes.find((e): e is ReportEntry => e.kind === "report" && iso(e.date) === "2025-02-06")!;
    expect(bare.rows.map((r) => reportRowText(r, bench))).toEqual(["Model N (model-n): score 1356.7 (first report on this version)"]);
    // A lone snapshot the board does not name (no release date to be later than) is not named here either.
    const lone = dataChanges({ benchmarks: [bench], results: [row("m", "2025-03-01", { score: 60, snapshot: "2025-02-19" })], models });
    expect(lone.filter((e): e is ReportEntry => e.kind === "report").flatMap((e) => e.rows.map((r) => reportRowText(r, bench)))).toEqual(["Model M: score 60 (first report on this version)"]);
  });
  it("another run (the publisher's run id) is never a correction; the same run's new figure is (Terminal-Bench's two Apex2 runs on one model, one first seen in a later table)", () => {
    const results = [
      row("m", "2025-11-30", { score: 64.5, setting: "Apex2", run_id: "recA" }, "https://tbench.example/"),
      row("m", "2026-01-15", { score: 49.3, setting: "Apex2", run_id: "recB" }, "https://tbench.example/"), // another run: new, not a correction
      row("m", "2026-02-01", { score: 50.1, setting: "Apex2", run_id: "recB" }, "https://tbench.example/"), // that run rescored: a correction
    ];
    const corrections = dataChanges({ benchmarks: [bench], results, models }).filter((e): e is CorrectionEntry => e.kind === "correction");
    expect(corrections.map((c) => [c.before.value, c.after.value, iso(c.date)])).toEqual([[49.3, 50.1, "2026-02-01"]]);
  });
  it("groups two sources of one day apart, with ids that tell them apart", () => {
    const results = [row("m", "2026-01-01", { score: 50 }, "https://a.example/"), row("n", "2026-01-01", { score: 40 }, "https://b.example/")];
    const reports = dataChanges({ benchmarks: [bench], results, models }).filter((e) => e.kind === "report");
    expect(reports.map((r) => r.id).sort()).toEqual([`report-b-v1-2026-01-01-${shortHash("https://a.example/")}`, `report-b-v1-2026-01-01-${shortHash("https://b.example/")}`].sort());
    expect(shortHash("https://a.example/")).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash("x")).toBe(shortHash("x"));
  });
  it("refuses a row of an unregistered version or unknown model (the loader's job; reaching here is a bug)", () => {
    expect(() => dataChanges({ benchmarks: [bench], results: [{ ...row("m", "2026-01-01", { score: 1 }), version: "v9" }], models })).toThrow(/unregistered b v9/);
    expect(() => dataChanges({ benchmarks: [bench], results: [row("zz", "2026-01-01", { score: 1 })], models })).toThrow(/unknown model "zz"/);
  });
});

const ARENA = join(ROOT, "../shared/fixtures/arena/lmarena-history-elo.csv");
describe.skipIf(!existsSync(ARENA))("on LMArena's real Elo history (../shared/fixtures/arena)", () => {
  // Every cell of the wide file as a row, each column id its own model, as `import:results --wide
  // --missing 0.0` reads it (no registry: the change rules do not depend on names).
  const long = wideToLong(parseCsv(readFileSync(ARENA, "utf8"), "lmarena-history-elo.csv", { emptyFirstHeader: "date" }).table!, ["0.0"]);
  const arena: BenchmarkLike = { id: "lmarena-history", name: "LMArena Text (history)", version: "v1", unit: "elo", direction: "higher" };
  const ymd = (s: string) => new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  const results: ResultLike[] = long.table.rows.map((r) => ({ benchmark: arena.id, version: "v1", model: r.cells.model, score: Number(r.cells.score), evaluated_at: ymd(r.cells.evaluated_at), source_url: "https://lmarena.ai/leaderboard/text", file: "data/results/lmarena-history.csv", line: r.line }));
  const ids = [...new Set(results.map((r) => r.model))];
  const changes = dataChanges({ benchmarks: [arena], results, models: ids.map((id) => ({ id, name: id, lab: "", open_weights: false })) });
  const dates = new Set(long.table.rows.map((r) => r.cells.evaluated_at));

  it("is one report per published date and one new version: a day's new ratings are updates in its report, not thousands of corrections", () => {
    expect(results.length).toBeGreaterThan(10_000);
    expect(changes.filter((e) => e.kind === "correction")).toEqual([]);
    expect(changes.filter((e) => e.kind === "report")).toHaveLength(dates.size);
    expect(changes).toHaveLength(dates.size + 1);
    const updated = changes.flatMap((e) => (e.kind === "report" ? e.rows.flatMap((r) => r.figures.filter((f) => f.was)) : []));
    expect(updated.length).toBeGreaterThan(5_000);
  });

  it("never writes an update as two equal numbers", () => {
    const texts = changes.flatMap((e) => (e.kind === "report" ? e.rows.filter((r) => r.figures.some((f) => f.was)).map((r) => reportRowText(r, arena)) : []));
    const alike = texts.filter((t) => /score ([\d,.]+) \(was \1 on/.test(t));
    expect(alike).toEqual([]);
    // Some did read alike at whole Elo points, and now show a decimal.
    expect(texts.filter((t) => /score [\d,]+\.\d+ \(was [\d,]+\.\d+ on/.test(t)).length).toBeGreaterThan(0);
  });
});

describe("changesByDigest", () => {
  it("puts each change in the first digest whose week ends on or after it; nothing after the newest digest", () => {
    const results = ["2026-01-01", "2026-01-06", "2026-01-20", "2026-02-20"].map((d) => row("m", d, { output_tokens: Number(d.slice(5, 7) + d.slice(-2)) * 1e6, run_id: "r" }));
    const changes = dataChanges({ benchmarks: [bench], results, models });
    const windows = [
      { key: "2026-w03", end: new Date("2026-01-25") },
      { key: "2026-w01", end: new Date("2026-01-04") },
    ];
    const by = changesByDigest(windows, changes);
    const days = (k: string) => by.get(k)!.map((e) => `${e.kind} ${iso(e.date)}`);
    expect(days("2026-w01")).toEqual(["version 2026-01-01", "report 2026-01-01"]);
    expect(days("2026-w03")).toEqual(["correction 2026-01-20", "report 2026-01-20", "correction 2026-01-06", "report 2026-01-06"]);
    expect([...by.values()].flat()).toHaveLength(changes.length - 2);
  });
  it("puts a change on a week's last day in that week, over a year of weekly digests in any order", () => {
    const sunday = (i: number) => new Date(Date.UTC(2026, 0, 4 + 7 * i, 23, 59));
    const windows = Array.from({ length: 52 }, (_, i) => ({ key: `w${i}`, end: sunday(i) })).reverse();
    // One change at noon on every day of the year and a week past the last digest.
    const entries = Array.from({ length: 372 }, (_, i) => ({ kind: "report", date: new Date(Date.UTC(2026, 0, 1 + i, 12)) }) as unknown as ChangeEntry);
    const by = changesByDigest(windows, entries);
    for (let i = 0; i < 52; i++) {
      const days = by.get(`w${i}`)!.map((e) => iso(e.date));
      expect(days.at(-1), `w${i} ends on its Sunday`).toBe(iso(sunday(i)));
      expect(days, `w${i}`).toHaveLength(i === 0 ? 4 : 7);
    }
    expect([...by.values()].flat()).toHaveLength(4 + 51 * 7);
  });
});
