import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { getModelHistory } from "../leaderboard/modelHistory";
import type { ResultLike } from "../leaderboard/types";
import { reportsTableView } from "./reportsTable";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
/** A model's reports on one benchmark version of the sample data, newest first (as the model page lists them). */
const reportsOf = (model: string, benchmark: string, version: string) =>
  getModelHistory(sample.results, model)
    .find((g) => g.benchmark === benchmark && g.version === version)!
    .reports.slice()
    .reverse();

describe("a model page's reports table", () => {
  it("gives a figure per task a column of its own, headed and formatted as on the board (Kimi K3's $0.94 per task on the Index v4.1)", () => {
    const view = reportsTableView(reportsOf("kimi-k3", "aa-intelligence-index", "v4.1"));
    expect(view.columns.map((c) => c.head)).toEqual(["Output tokens", "Cost to run", "Cost per task"]);
    expect(view.rows.map((r) => [r.report.date.toISOString().slice(0, 10), r.cells])).toEqual([
      ["2026-07-17", [{ text: "—" }, { text: "—" }, { text: "—" }]],
      // The run's 132M output tokens stay the run's: not moved, not mixed with the per-task figure.
      ["2026-07-16", [{ text: "132M", value: 132e6 }, { text: "—" }, { text: "$0.94", value: 0.94 }]],
    ]);
  });

  it("shows both per-task figures where a report has them (Grok 4.5: 14k tokens and $0.31 per task)", () => {
    const view = reportsTableView(reportsOf("grok-4-5", "aa-intelligence-index", "v4.1"));
    expect(view.columns.map((c) => c.head)).toEqual(["Output tokens", "Cost to run", "Tokens per task", "Cost per task"]);
    const july8 = view.rows.find((r) => r.report.date.toISOString().startsWith("2026-07-08"))!;
    expect(july8.cells.slice(2)).toEqual([
      { text: "14k", value: 14e3 },
      { text: "$0.31", value: 0.31 },
    ]);
  });

  it("adds no column to a table of whole-run figures", () => {
    const view = reportsTableView(reportsOf("claude-sonnet-4-6", "aa-intelligence-index", "v4.0"));
    expect(view.columns.map((c) => c.figure)).toEqual(["output_tokens", "cost_usd"]);
    expect(view.rows.every((r) => r.cells.length === 2)).toBe(true);
    expect(reportsTableView([]).rows).toEqual([]);
  });

  it("names the later report that replaced a figure, with its own date, in every column alike", () => {
    const at = (date: string, extra: Partial<ResultLike>, line: number): ResultLike => ({
      benchmark: "i",
      version: "v1",
      model: "m",
      evaluated_at: new Date(date),
      source_url: "https://x.example/",
      file: "data/results/i.csv",
      line,
      ...extra,
    });
    const [group] = getModelHistory([at("2026-07-08", { score: 54, cost_usd: 400, output_tokens_per_task: 14e3, cost_per_task_usd: 0.31 }, 2), at("2026-07-09", { cost_usd: 410, output_tokens_per_task: 16e3 }, 3)], "m");
    const view = reportsTableView(group.reports);
    expect(view.rows[0].cells).toEqual([
      { text: "—" },
      // The cost to run read "(later $410)" without the day, where tokens gave theirs (found in review).
      { text: "$400", value: 400, later: "later $410, 9 Jul 2026" },
      { text: "14k", value: 14e3, later: "later 16k, 9 Jul 2026" },
      { text: "$0.31", value: 0.31 },
    ]);
    expect(view.rows[1].cells).toEqual([{ text: "—" }, { text: "$410", value: 410 }, { text: "16k", value: 16e3 }, { text: "—" }]);
  });
});
