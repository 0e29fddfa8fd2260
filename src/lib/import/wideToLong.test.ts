import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/readCsv";
import { sameColumnOnce, sameMessageOnce, wideColumnName, wideReason, wideRejects, wideToLong } from "./wideToLong";

// LMArena's history shape: an unnamed date column, one column per model, 0.0 for "no rating".
const { table } = parseCsv(",gpt-4-0314,claude-1\n20230508,1224.7,0.0\n20230522,1195.2,1153.4\n", "history.csv", { emptyFirstHeader: "date" });

describe("wideToLong", () => {
  it("makes one row per rated (date, model) cell, each on its date row's line, and counts the rest", () => {
    const long = wideToLong(table!, ["0.0"]);
    expect(long.table.header).toEqual(["model", "score", "evaluated_at"]);
    expect(long.table.rows).toEqual([
      { line: 2, cells: { model: "gpt-4-0314", score: "1224.7", evaluated_at: "20230508" } },
      { line: 3, cells: { model: "gpt-4-0314", score: "1195.2", evaluated_at: "20230522" } },
      { line: 3, cells: { model: "claude-1", score: "1153.4", evaluated_at: "20230522" } },
    ]);
    expect(long.skipped).toBe(1);
  });
  it("takes a numeric marker for its number however a cell writes it: 0 and 0.00 are no rating with --missing 0.0, not Elo 0", () => {
    const { table: spelt } = parseCsv(",gpt-4-0314,claude-1\n20230508,1224.7,0\n20230522,0.00,1153.4\n20230601,1190,n/a\n", "history.csv", { emptyFirstHeader: "date" });
    const long = wideToLong(spelt!, ["0.0", "n/a"]);
    expect(long.table.rows.map((r) => [r.line, r.cells.model, r.cells.score])).toEqual([
      [2, "gpt-4-0314", "1224.7"],
      [3, "claude-1", "1153.4"],
      [4, "gpt-4-0314", "1190"],
    ]);
    expect(long.skipped).toBe(3);
    // A rating that only begins like the marker is a rating.
    expect(wideToLong(parseCsv(",m\n20230508,0.05\n", "h.csv", { emptyFirstHeader: "date" }).table!, ["0.0"]).table.rows).toHaveLength(1);
  });
  it("saves rejected models' whole columns in the publisher's shape, its date column unnamed again", () => {
    expect(wideRejects(table!, new Set(["claude-1"]), "")).toEqual({
      header: ["", "claude-1"],
      rows: [
        { "": "20230508", "claude-1": "0.0" },
        { "": "20230522", "claude-1": "1153.4" },
      ],
    });
  });
  it("names a rejected cell by the wide file's own columns: its model's, and the dates' (unnamed in LMArena's file)", () => {
    const reason = 'column "score": expected a number, found "abc"; column "model": unknown model "mystery"; column "evaluated_at": expected a date written YYYYMMDD, found "20240631"';
    expect(wideReason(reason, "claude-1", "")).toBe('column "claude-1": expected a number, found "abc"; column "claude-1": unknown model "mystery"; column 1 (the dates): expected a date written YYYYMMDD, found "20240631"');
    expect(wideReason('column "evaluated_at": x', "m", "Date")).toBe('column "Date": x');
    // Reasons without a column (a duplicate row) are left as they are.
    expect(wideReason("duplicate row: m v1 on 2024-06-01 is already on line 2", "m", "")).toBe("duplicate row: m v1 on 2024-06-01 is already on line 2");
  });

  it("names the long shape's columns by the wide file's own: its first column for the dates, unnamed or not", () => {
    expect(wideColumnName("evaluated_at", "")).toBe("column 1");
    expect(wideColumnName("evaluated_at", " Date ")).toBe("Date");
    expect(wideColumnName("model", "")).toBe("the header (one column per model)");
    expect(wideColumnName("source_url", "")).toBe("source_url");
  });

  it("says a message shared by the cells of one row (its bad date) once, with the models whose ratings it rejects", () => {
    const date = 'h.csv:6: column 1 (the dates): expected a date written YYYYMMDD, such as 20251130, found "20240631"';
    expect(
      sameMessageOnce([
        { text: date, model: "gpt-4" },
        { text: 'h.csv:6: column "mystery": unknown model "mystery"', model: "mystery" },
        { text: date, model: "claude-1" },
      ]),
    ).toEqual([
      { text: date, models: ["gpt-4", "claude-1"] },
      { text: 'h.csv:6: column "mystery": unknown model "mystery"', models: ["mystery"] },
    ]);
  });

  it("says a column's cells rejected in the same words once, at its first line, with how many ratings and lines (found in review: one line per rating, about 200 of them)", () => {
    const unknown = (line: number, model: string) => ({ text: `h.csv:${line}: column "${model}": unknown model "${model}"; add it`, models: [model] });
    const date = { text: "h.csv:6: column 1 (the dates): bad date", models: ["a", "b"] };
    expect(sameColumnOnce([unknown(2, "m"), unknown(3, "n"), date, unknown(4, "m"), unknown(9, "m")])).toEqual([
      { text: 'h.csv:2: column "m" (3 ratings: lines 2, 4 and 9): unknown model "m"; add it', models: ["m"], rows: 3 },
      { text: 'h.csv:3: column "n": unknown model "n"; add it', models: ["n"], rows: 1 },
      { ...date, rows: 2 },
    ]);
    expect(sameColumnOnce([2, 5, 7, 30].map((l) => unknown(l, "m")))[0]!.text).toBe('h.csv:2: column "m" (4 ratings between lines 2 and 30): unknown model "m"; add it');
  });
});
