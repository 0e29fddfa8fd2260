import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { decodeUtf8, readCsv } from "./readCsv";

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.message.split("\n").slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readCsv", () => {
  it("reads a plain file with line numbers (header is line 1)", () => {
    const t = readCsv("a,b\n1,2\n3,4\n", "x.csv");
    expect(t.header).toEqual(["a", "b"]);
    expect(t.rows).toEqual([
      { line: 2, cells: { a: "1", b: "2" } },
      { line: 3, cells: { a: "3", b: "4" } },
    ]);
  });

  it("strips a UTF-8 byte-order mark and accepts CRLF", () => {
    const t = readCsv("\uFEFFid,Model version\r\nx,claude\r\n", "x.csv");
    expect(t.header).toEqual(["id", "Model version"]);
    expect(t.rows[0]).toEqual({ line: 2, cells: { id: "x", "Model version": "claude" } });
  });

  it("keeps quoted commas, quotes and newlines, and counts lines across them", () => {
    const t = readCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,row\n', "x.csv");
    expect(t.rows.map((r) => r.cells)).toEqual([
      { a: "x, y", b: 'say "hi"' },
      { a: "multi\nline", b: "z" },
      { a: "last", b: "row" },
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("skips blank lines (trailing and in between) without shifting line numbers", () => {
    const t = readCsv("a,b\n1,2\n\n3,4\n\n\n", "x.csv");
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("never coerces cells", () => {
    const t = readCsv("a,b\n007,1e3\n", "x.csv");
    expect(t.rows[0].cells).toEqual({ a: "007", b: "1e3" });
  });

  it("rejects an empty file", () => {
    expect(problemsOf(() => readCsv("", "data/x.csv"))).toEqual(["data/x.csv:1: the file is empty; expected a header line"]);
    expect(problemsOf(() => readCsv("\n\n", "data/x.csv"))).toEqual(["data/x.csv:1: the file is empty; expected a header line"]);
  });

  it("rejects an unterminated quote", () => {
    expect(problemsOf(() => readCsv('a,b\n1,2\n"open,3\n', "data/x.csv"))).toEqual([
      'data/x.csv:3: unterminated quoted field (a " opens a cell that never closes)',
    ]);
  });

  it("rejects rows with the wrong number of cells, every one of them", () => {
    expect(problemsOf(() => readCsv("a,b\n1\n1,2\n1,2,3\n", "data/x.csv"))).toEqual([
      "data/x.csv:2: expected 2 cells as in the header, found 1",
      "data/x.csv:4: expected 2 cells as in the header, found 3",
    ]);
  });

  it("rejects duplicate and empty header names", () => {
    expect(problemsOf(() => readCsv("a,a,\n1,2,3\n", "data/x.csv"))).toEqual([
      'data/x.csv:1 column "a": this column name appears twice in the header',
      "data/x.csv:1: header cell 3 is empty; every column needs a name",
    ]);
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8, including emoji", () => {
    expect(decodeUtf8(new TextEncoder().encode("a,b\n🙂,é\n"), "x.csv")).toBe("a,b\n🙂,é\n");
  });
  it("rejects Latin-1 bytes with the line they are on", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("a,b\n1,2\ncaf"), 0xe9, 0x0a]);
    expect(problemsOf(() => decodeUtf8(bytes, "data/x.csv"))).toEqual([
      "data/x.csv:3: expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)",
    ]);
  });
});
