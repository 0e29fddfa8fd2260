import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/readCsv";
import { rejectsFileLoss } from "./rejectsFile";

const table = (text: string) => readCsv(text, "x.csv");

describe("rejectsFileLoss", () => {
  const read = table("Model,Score,Date\nclaude-opus-4-6,55,2026-03-05\nno-such-model,12,2026-03-05\nother-model,13,2026-03-05\n");
  it("loses nothing when every kept row is a row of the table as written, in any order", () => {
    expect(rejectsFileLoss(table("Model,Score,Date\nother-model,13,2026-03-05\nno-such-model,12,2026-03-05\n"), read)).toEqual({ kind: "none" });
  });
  it("counts the rows the editor fixed, or the publisher changed since (found in review)", () => {
    expect(rejectsFileLoss(table("Model,Score,Date\nclaude-sonnet-4-6,12,2026-03-05\nother-model,13.5,2026-03-05\n"), read)).toEqual({ kind: "rows", rows: 2 });
  });
  it("compares a wide table's rejects on their own columns, and loses every row of a column the table lacks", () => {
    const wide = table("date,a,b,c\n20240101,1,2,3\n20240102,4,5,6\n");
    expect(rejectsFileLoss(table("date,b\n20240101,2\n20240102,5\n"), wide)).toEqual({ kind: "none" });
    expect(rejectsFileLoss(table("date,d\n20240101,2\n"), wide)).toEqual({ kind: "rows", rows: 1 });
    expect(rejectsFileLoss(undefined, wide)).toEqual({ kind: "unreadable" });
  });
});
