import { describe, expect, it } from "vitest";
import { repeatedLines, repeatedRowLine } from "./repeatedRows";

describe("repeatedLines", () => {
  it("names each line that repeats an earlier one in every cell, with the first; a line that differs in any cell is not one", () => {
    const rows = [
      { line: 2, cells: { id: "r1", model: "alpha", score: "50%" } },
      { line: 3, cells: { id: "r2", model: "alpha", score: "50%" } },
      { line: 4, cells: { model: "alpha", id: "r1", score: "50%" } },
      { line: 5, cells: { id: "r1", model: "alpha", score: "50%" } },
      { line: 6, cells: { id: "r1", model: "alpha", score: "51%" } },
    ];
    expect([...repeatedLines(rows)]).toEqual([
      [4, 2],
      [5, 2],
    ]);
    expect(repeatedRowLine("pub.csv", { line: 5, twinLine: 2 })).toBe("= pub.csv:5: the same row as line 2, cell for cell: imported once");
  });
});
