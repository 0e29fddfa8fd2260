import { describe, expect, it } from "vitest";
import { hexBytes, invalidUtf8Runs } from "./invalidUtf8Runs";

const runs = (bytes: number[]) => [...invalidUtf8Runs(Uint8Array.from(bytes))];

describe("invalidUtf8Runs", () => {
  it("finds nothing in UTF-8, and each bad run with its length", () => {
    expect(runs([...new TextEncoder().encode("ok ✓ 🙂 é")])).toEqual([]);
    expect(runs([0x63, 0x61, 0x66, 0xe9])).toEqual([{ at: 3, length: 1 }]);
    // A truncated sequence, an overlong form, a surrogate, past U+10FFFF, a lone continuation byte.
    expect(runs([0x61, 0xe2, 0x9c, 0x61])).toEqual([{ at: 1, length: 2 }]);
    expect(runs([0xc0, 0xaf])).toEqual([
      { at: 0, length: 1 },
      { at: 1, length: 1 },
    ]);
    expect(runs([0xed, 0xa0, 0x80])).toEqual([
      { at: 0, length: 1 },
      { at: 1, length: 1 },
      { at: 2, length: 1 },
    ]);
    expect(runs([0x78, 0xf4, 0x90, 0x80, 0x80])[0]).toEqual({ at: 1, length: 1 });
    expect(runs([0x80])).toEqual([{ at: 0, length: 1 }]);
    expect(runs([0xf0, 0x9f, 0x99])).toEqual([{ at: 0, length: 3 }]);
  });

  it("has one run for each U+FFFD of the lenient TextDecoder, in place (10,000 random byte strings)", () => {
    // The CSV problems find each run in the leniently decoded text by this one-to-one match.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
    // Bytes that make sequences likely: ASCII, leads and continuation bytes.
    const pool = [0x41, 0x2c, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    for (let n = 0; n < 10_000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]);
      let rebuilt = "";
      let from = 0;
      for (const run of invalidUtf8Runs(bytes)) {
        rebuilt += strict.decode(bytes.subarray(from, run.at)) + "\uFFFD";
        from = run.at + run.length;
      }
      rebuilt += strict.decode(bytes.subarray(from));
      expect(rebuilt, hexBytes(bytes)).toBe(lenient.decode(bytes));
    }
  });
});

describe("hexBytes", () => {
  it("writes bytes as 0x.. pairs", () => {
    expect(hexBytes(Uint8Array.from([0xe2, 0x0a]))).toBe("0xE2 0x0A");
  });
});
