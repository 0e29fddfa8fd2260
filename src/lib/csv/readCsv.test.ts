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
  /** Text with bytes spliced in: `bytesOf("caf", [0xe9])`. */
  const bytesOf = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

  it("rejects Latin-1 bytes with the line, the column and the character they are at", () => {
    expect(problemsOf(() => decodeUtf8(bytesOf("a,b\n1,2\ncaf", [0xe9], ",2\n"), "data/x.csv"))).toEqual([
      'data/x.csv:3 column "a": expected UTF-8 text, found the byte 0xE9 at character 4 of the line, which is not UTF-8 (save the file as UTF-8)',
    ]);
  });

  it("reports every cell with bad bytes, once each, in one error", () => {
    const bytes = bytesOf("model,note\nna", [0xef], "ve,caf", [0xe9], " cr", [0xe8], "me\nok,fine\nx,", [0xe2, 0x82], "\n");
    expect(problemsOf(() => decodeUtf8(bytes, "data/x.csv"))).toEqual([
      'data/x.csv:2 column "model": expected UTF-8 text, found the byte 0xEF at character 3 of the line, which is not UTF-8 (save the file as UTF-8)',
      'data/x.csv:2 column "note": expected UTF-8 text, found the byte 0xE9 at character 10 of the line, which is not UTF-8 (save the file as UTF-8)',
      'data/x.csv:4 column "note": expected UTF-8 text, found the bytes 0xE2 0x82 at character 3 of the line, which is not UTF-8 (save the file as UTF-8)',
    ]);
  });

  it("follows the CSV's quoting, CRLF, a byte-order mark and blank lines to the right column and line", () => {
    const bytes = bytesOf("\uFEFF\r\nmodel,note,source\r\n\"a, \"\"b\"\"\r\nc\",\"\u{1F642}", [0xe9], "\",x\r\n");
    expect(problemsOf(() => decodeUtf8(bytes, "data/x.csv"))).toEqual([
      'data/x.csv:4 column "note": expected UTF-8 text, found the byte 0xE9 at character 6 of the line, which is not UTF-8 (save the file as UTF-8)',
    ]);
  });

  it("names a header cell by its number, and a cell past the header's by its own", () => {
    expect(problemsOf(() => decodeUtf8(bytesOf("model,sco", [0xe9], "re\na,1,", [0xe9], "\n"), "data/x.csv"))).toEqual([
      "data/x.csv:1: header cell 2: expected UTF-8 text, found the byte 0xE9 at character 10 of the line, which is not UTF-8 (save the file as UTF-8)",
      "data/x.csv:2: cell 3 (the header has 2): expected UTF-8 text, found the byte 0xE9 at character 5 of the line, which is not UTF-8 (save the file as UTF-8)",
    ]);
  });
});
