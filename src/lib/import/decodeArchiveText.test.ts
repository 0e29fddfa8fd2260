import { describe, expect, it } from "vitest";
import { decodeArchiveBytes, decodeArchiveName, firstInvalidUtf8 } from "./decodeArchiveText";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("decodeArchiveBytes", () => {
  it("reads UTF-8 as it is and drops a byte-order mark", () => {
    expect(decodeArchiveBytes(bytes("café ✓ 😀"))).toEqual({ ok: true, text: "café ✓ 😀" });
    expect(decodeArchiveBytes(bytes([0xef, 0xbb, 0xbf], "x"))).toEqual({ ok: true, text: "x" });
    // A replacement character written in the file is text like any other.
    expect(decodeArchiveBytes(bytes("a\uFFFDb"))).toEqual({ ok: true, text: "a\uFFFDb" });
  });

  it("refuses Latin-1 with the line and column of the first bad byte, never U+FFFD", () => {
    const r = decodeArchiveBytes(bytes("---\ntitle: x\n---\n\nLe caf", [0xe9], " est ferm", [0xe9], ".\n"));
    expect(r).toMatchObject({ ok: false, line: 5, column: 7 });
    expect(!r.ok && r.message).toBe(
      'not UTF-8: byte 0xE9 at column 7 is not valid UTF-8 (read as Windows-1252 the line starts "Le café est fermé."); save the file as UTF-8, or import with --encoding windows-1252 (or the encoding it was written in) to convert it',
    );
  });

  it("decodes with the encoding the editor names, and says so", () => {
    expect(decodeArchiveBytes(bytes("caf", [0xe9, 0x80]), "windows-1252")).toEqual({ ok: true, text: "café€", decodedFrom: "windows-1252" });
    // Valid UTF-8 stays UTF-8 even then.
    expect(decodeArchiveBytes(bytes("café"), "windows-1252")).toEqual({ ok: true, text: "café" });
  });

  it("names UTF-16 by its byte-order mark", () => {
    const r = decodeArchiveBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(!r.ok && r.message).toContain("the file is UTF-16 (its byte-order mark says utf-16le), not UTF-8");
    expect(decodeArchiveBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "utf-16le")).toEqual({ ok: true, text: "a", decodedFrom: "utf-16le" });
  });
});

describe("firstInvalidUtf8", () => {
  it("finds truncated, overlong and surrogate sequences", () => {
    expect(firstInvalidUtf8(bytes("ok ✓"))).toBe(-1);
    expect(firstInvalidUtf8(bytes("ab", [0xe2, 0x9c]))).toBe(2);
    expect(firstInvalidUtf8(bytes("a", [0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes("x", [0xf4, 0x90, 0x80, 0x80]))).toBe(1);
  });
});

describe("decodeArchiveName", () => {
  it("shows a Latin-1 name with its byte escaped and refuses it", () => {
    const r = decodeArchiveName(bytes("24-03-01-caf", [0xe9], ".md"));
    expect(r).toMatchObject({ ok: false, shown: "24-03-01-caf\\xE9.md" });
    expect(!r.ok && r.message).toBe(
      'the file name "24-03-01-caf\\\\xE9.md" is not UTF-8 (byte 0xE9 at position 13); rename the file, or import with --encoding windows-1252 (or the encoding the name was written in)',
    );
    expect(decodeArchiveName(bytes("24-03-01-caf", [0xe9], ".md"), "windows-1252")).toMatchObject({ ok: true, text: "24-03-01-café.md", decodedFrom: "windows-1252" });
  });
});
