import { describe, expect, it } from "vitest";
import { findTagVariants, tagVariantKey, type TagUse } from "./tagVariants";

const use = (tag: string, file: string, type: TagUse["type"] = "companies"): TagUse => ({ type, tag, file, line: 3 });

describe("tag variants", () => {
  it("compares letters and digits only, case-insensitively", () => {
    expect(tagVariantKey("X-AI")).toBe("xai");
    expect(tagVariantKey("x.ai")).toBe("xai");
    expect(tagVariantKey("Hugging Face")).toBe("huggingface");
  });

  it("reports the less used spelling against the usual one, once, at its first use", () => {
    const found = findTagVariants([use("xai", "a.md"), use("xai", "b.md"), use("xai", "b2.md"), use("x-ai", "c.md"), use("x-ai", "d.md"), use("XAI", "e.md")], []);
    expect(found).toEqual([
      { type: "companies", variant: "x-ai", usual: "xai", variantCount: 2, usualCount: 3, file: "c.md", line: 3 },
      { type: "companies", variant: "XAI", usual: "xai", variantCount: 1, usualCount: 3, file: "e.md", line: 3 },
    ]);
  });

  it("breaks a tie between spellings alphabetically", () => {
    expect(findTagVariants([use("xai", "a.md"), use("x-ai", "b.md")], [])[0]).toMatchObject({ variant: "xai", usual: "x-ai" });
  });

  it("is silenced by a tag alias, and keeps tag types apart", () => {
    expect(findTagVariants([use("xai", "a.md"), use("x-ai", "b.md")], [{ type: "companies", alias: "x-ai", canonical: "xai" }])).toEqual([]);
    expect(findTagVariants([use("xai", "a.md", "companies"), use("x-ai", "b.md", "topics")], [])).toEqual([]);
  });

  it("does not report tags that differ by more than punctuation or case", () => {
    expect(findTagVariants([use("deepseek", "a.md"), use("deepseek-ai", "b.md")], [])).toEqual([]);
  });
});
