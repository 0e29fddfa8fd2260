import { describe, expect, it } from "vitest";
import { buildModelMatcher } from "./modelMatcher";
import { standInLabels } from "./standInLabels";
import { STANDS_IN } from "./labelRules";
import { resolveModelMentions } from "../content/modelMentions";

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

  it("marks a recap's mention read by a stand-in rule with the rule, and no mention that names its row", () => {
    // One label at a time: two labels of one model are one mention.
    const mentions = ["llama-3-70b", "llama-2-7b-chat", "llama-3-70b-instruct", "gpt-4o-2024-05-13"].map((label) => resolveModelMentions([label], matcher)[0]);
    expect(mentions.map((m) => (m.id ? STANDS_IN.get(m.standIn!)?.readers : undefined))).toEqual([
      "this site lists only this release of the model",
      "this site lists the model only as served in one number format",
      undefined,
      undefined,
    ]);
    expect(mentions[2]).not.toHaveProperty("standIn");
  });
});
