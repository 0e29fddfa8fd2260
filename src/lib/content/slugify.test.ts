import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify, the one slug function", () => {
  it("folds Latin text to kebab-case ASCII", () => {
    expect(slugify("Thinking Machines")).toBe("thinking-machines");
    expect(slugify("GPT-5.2 (xhigh)")).toBe("gpt-5-2-xhigh");
    expect(slugify("Mistral AI & Co")).toBe("mistral-ai-and-co");
    expect(slugify("Zürich Lab")).toBe("zurich-lab");
  });
  it("spells Latin letters that have no accent to strip instead of dropping them (npm run new gave stra-e for Straße)", () => {
    expect(slugify("Ünïcödé Straße")).toBe("unicode-strasse");
    expect(slugify("Łukasz Kaiser")).toBe("lukasz-kaiser");
    expect(slugify("Søren Æbelø")).toBe("soren-aebelo");
    expect(slugify("Œuvre Þór Đorđe İstanbul")).toBe("oeuvre-thor-dorde-istanbul");
  });
  it("gives text in other scripts its code points (a lab named 株式会社 failed the build)", () => {
    expect(slugify("株式会社")).toBe("u682a-u5f0f-u4f1a-u793e");
    expect(slugify("智谱 AI")).toBe("ai");
    expect(slugify(" 🚀 ")).toBe("u1f680");
  });
  it("slugs only blank text to the empty string", () => {
    expect(slugify("")).toBe("");
    expect(slugify("  \t")).toBe("");
  });
});
