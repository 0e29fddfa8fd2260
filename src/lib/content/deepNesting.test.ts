import { describe, expect, it } from "vitest";
import { deepQuotes, MAX_QUOTE_DEPTH } from "./deepNesting";

const recap = (body: string) => `---\ntitle: T\ndate: 2026-01-01\n---\n\n${body}\n`;

describe("deepQuotes", () => {
  it("refuses a block quote nested deeper than the renderers take, at its line (found in review: 60,000 `>` published the recap empty)", () => {
    const found = deepQuotes(recap(`Intro.\n\n${">".repeat(60_000)} deep`), "content/recaps/x.md");
    expect(found).toEqual([expect.objectContaining({ file: "content/recaps/x.md", line: 8, severity: "error", code: "quote-too-deep" })]);
    expect(found[0].message).toMatch(/^block quotes nested 60000 deep; at most 100:/);
    expect(deepQuotes(recap("> > ".repeat(101) + "x"), "x.md")).toHaveLength(1);
  });
  it("takes quotes up to the limit, and quote markers in code", () => {
    expect(deepQuotes(recap(`${">".repeat(MAX_QUOTE_DEPTH)} deep`), "x.md")).toEqual([]);
    expect(deepQuotes(recap("```\n" + ">".repeat(500) + "\n```"), "x.md")).toEqual([]);
  });
});
