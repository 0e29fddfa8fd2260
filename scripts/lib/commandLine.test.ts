import { afterEach, describe, expect, it, vi } from "vitest";
import { wholeNumberArg } from "./commandLine";

describe("wholeNumberArg", () => {
  afterEach(() => vi.restoreAllMocks());

  /** Runs `f`, turning the exit it asks for into a thrown error with what it printed. */
  function refusal(f: () => unknown): string {
    vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const printed: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation(((text: string) => printed.push(text)) as never);
    expect(f).toThrow("exit 2");
    return printed.join("");
  }

  it("reads a whole number, or the fallback when absent", () => {
    expect(wholeNumberArg("--n", "250", 1, "usage")).toBe(250);
    expect(wholeNumberArg("--n", undefined, 7, "usage")).toBe(7);
    expect(wholeNumberArg("seed", "-3", 1, "usage", -10)).toBe(-3);
  });

  it("refuses what is not a whole number of at least min, with the usage", () => {
    for (const raw of ["", "1e6", "10x", "2.5", "0x10", "NaN", "99999999999999999999"]) {
      expect(refusal(() => wholeNumberArg("--bytes", raw, 1, "usage: x --bytes N"))).toBe(`--bytes: expected a whole number of at least 1, found ${JSON.stringify(raw)}\nusage: x --bytes N\n`);
    }
    expect(refusal(() => wholeNumberArg("--bundles", "1", 2, "u", 2))).toContain("--bundles: expected a whole number of at least 2, found \"1\"");
  });
});
