import { describe, expect, it } from "vitest";
import { repeatedRowLine, repeatedRows, repeatOf } from "./repeatedRows";

describe("repeatedRows and repeatOf", () => {
  it("name each row that repeats an earlier one in every cell, with the first; a row that differs in any cell is none", () => {
    const rows = [
      { line: 2, cells: { id: "r1", model: "alpha", score: "50%" } },
      { line: 3, cells: { id: "r2", model: "alpha", score: "50%" } },
      { line: 4, cells: { model: "alpha", id: "r1", score: "50%" } },
      { line: 5, cells: { id: "r1", model: "alpha", score: "50%" } },
      { line: 6, cells: { id: "r1", model: "alpha", score: "51%" } },
    ];
    const repeats = repeatedRows(rows);
    expect([...repeats].map(([row, twin]) => [row.line, twin.line])).toEqual([
      [4, 2],
      [5, 2],
    ]);
    expect(repeatOf(rows[2], repeats, () => true)).toEqual({ line: 4, twinLine: 2 });
    // A repeat of a row that did not go into the file is read as any row.
    expect(repeatOf(rows[2], repeats, () => false)).toBeUndefined();
    expect(repeatOf(rows[3], repeats, () => true)).toEqual({ line: 5, twinLine: 2 });
    expect(repeatOf(rows[4], repeats, () => true)).toBeUndefined();
    expect(repeatedRowLine("pub.csv", { line: 5, twinLine: 2 })).toBe("= pub.csv:5: the same row as line 2, cell for cell: imported once");
  });

  it("tell rows apart as rows, not lines: a wide table's rows share their date row's line (found in review: a repeated date row dropped the rating that differed in it)", () => {
    const rows = [
      { line: 2, cells: { date: "20250901", model: "alpha", score: "1400" } },
      { line: 2, cells: { date: "20250901", model: "beta", score: "1300" } },
      { line: 3, cells: { date: "20250901", model: "alpha", score: "1410" } },
      { line: 3, cells: { date: "20250901", model: "beta", score: "1300" } },
    ];
    const repeats = repeatedRows(rows);
    expect(repeatOf(rows[2], repeats, () => true)).toBeUndefined();
    expect(repeatOf(rows[3], repeats, () => true)).toEqual({ line: 3, twinLine: 2 });
  });
});
