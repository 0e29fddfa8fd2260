import { describe, expect, it } from "vitest";
import { asUpstreamDashes, educateAroundOptions, optionDashes } from "./commandFlags";

const dash = (s: string) => s.replaceAll("--", "—");

describe("optionDashes", () => {
  it("finds the `--` of options where a word starts, before a lower-case letter", () => {
    expect(optionDashes("--fast", "")).toEqual([0]);
    expect(optionDashes("--fast", " ")).toEqual([0]);
    expect(optionDashes("--fast", "x")).toEqual([]);
    expect(optionDashes("run --a (--b) [--c] '--d' \"--e\" “--f", "")).toEqual([4, 9, 15, 21, 27, 33]);
    expect(optionDashes("word--word word -- word --Ada --5 ---x", " ")).toEqual([]);
  });
});

describe("educateAroundOptions", () => {
  it("educates the text around each option and keeps the option's `--`", () => {
    expect(educateAroundOptions("run --fast -- now", " ", dash)).toBe("run --fast — now");
    expect(educateAroundOptions("a--b", " ", dash)).toBe("a—b");
    expect(educateAroundOptions("--x--y", "", dash)).toBe("--x—y");
    expect(educateAroundOptions("no dashes", " ", (s) => `[${s}]`)).toBe("[no dashes]");
  });
});

describe("asUpstreamDashes", () => {
  it("writes the options' `--` as upstream's em dash, and nothing else", () => {
    expect(asUpstreamDashes("<p><strong>--x --y</strong> (--z) a--b</p>")).toBe("<p><strong>—x —y</strong> (—z) a--b</p>");
  });
});
