import { describe, expect, it } from "vitest";
import { buildModelMatcher } from "./modelMatcher";
import { standInLabels, standInReading } from "./standInLabels";

describe("standInLabels", () => {
  const { matcher } = buildModelMatcher({ models: ["llama-2-7b-chat-fp16", "llama-3-70b-instruct", "gpt-4o"].map((id) => ({ id, aliases: [] })), products: [] });
  const row = (model: string, modelAsWritten: string, benchmark: string) => ({ model, modelAsWritten, benchmark });

  it("gives each model the names its results give it that the matcher read as it for want of their own row, with the benchmarks", () => {
    const found = standInLabels(
      [
        row("llama-2-7b-chat-fp16", "llama-2-7b-chat", "lmarena-history"),
        row("llama-2-7b-chat-fp16", "llama-2-7b-chat", "lmarena-history"),
        row("llama-2-7b-chat-fp16", "llama-2-7b-chat", "mmlu"),
        row("llama-3-70b-instruct", "llama-3-70b", "lmarena-history"),
        // The row's own name, a snapshot and a spelling are the source's word: not listed.
        row("llama-2-7b-chat-fp16", "llama-2-7b-chat-fp16", "mmlu"),
        row("gpt-4o", "gpt-4o-2024-05-13", "lmarena-history"),
        row("gpt-4o", "GPT 4o", "mmlu"),
      ],
      matcher.match,
    );
    expect([...found]).toEqual([
      ["llama-2-7b-chat-fp16", [{ label: "llama-2-7b-chat", rule: "served-format", benchmarks: ["lmarena-history", "mmlu"] }]],
      ["llama-3-70b-instruct", [{ label: "llama-3-70b", rule: "release", benchmarks: ["lmarena-history"] }]],
    ]);
  });

  it("gives readers' words for a label read by a stand-in rule, and none for a label that names its row", () => {
    expect(standInReading(matcher.match("llama-3-70b"))).toBe("this site lists only this release of the model");
    expect(standInReading(matcher.match("llama-2-7b-chat"))).toBe("this site lists the model only as served in one number format");
    expect(standInReading(matcher.match("llama-3-70b-instruct"))).toBeUndefined();
    expect(standInReading(matcher.match("gpt-4o-2024-05-13"))).toBeUndefined();
  });
});
