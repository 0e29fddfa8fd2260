import { describe, expect, it } from "vitest";
import { buildModelMatcher, type MatchableModel } from "./modelMatcher";
import { keyTokens, labelKey, looseKey } from "./labelKey";
import { peelSuffix, stripProviderPrefix } from "./labelRules";
import { peelSetting } from "./settings";

// A registry shaped like the imported one: ids as the labs write them, a few aliases.
const models: MatchableModel[] = [
  { id: "claude-3-5-sonnet", aliases: ["claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022"] },
  { id: "claude-3-5-haiku", aliases: ["claude-3-5-haiku-20241022"] },
  { id: "claude-3-7-sonnet", aliases: ["claude-3-7-sonnet-20250219"] },
  { id: "claude-3-opus", aliases: ["claude-3-opus-20240229"] },
  { id: "claude-opus-4", aliases: ["claude-opus-4-20250514", "claude-opus-4-0"] },
  { id: "claude-sonnet-4", aliases: ["claude-sonnet-4-20250514"] },
  { id: "claude-sonnet-4-5", aliases: ["claude-sonnet-4-5-20250929"] },
  { id: "gpt-4o", aliases: [] },
  { id: "gpt-4o-mini", aliases: [] },
  { id: "gpt-5", aliases: [] },
  { id: "gpt-5-5", aliases: [] },
  { id: "o1", aliases: [] },
  { id: "o1-preview", aliases: [] },
  { id: "o3", aliases: [] },
  { id: "o3-mini", aliases: [] },
  { id: "llama-3-70b-instruct", aliases: [] },
  { id: "llama-3-1-8b-instruct", aliases: [] },
  { id: "llama-3-1-405b-instruct", aliases: [] },
  { id: "gemini-2-5-pro", aliases: ["gemini-2.5-pro-preview-06-05"] },
  { id: "gemini-2-5-flash", aliases: [] },
  { id: "gemini-1-5-pro", aliases: [] },
  { id: "kimi-k2", aliases: ["Kimi-K2-Instruct"] },
  { id: "kimi-k2-thinking", aliases: [] },
  { id: "kimi-k2-6", aliases: [] },
  { id: "qwen3-max", aliases: [] },
  { id: "qwen3-32b", aliases: [] },
  { id: "glm-5-2", aliases: [] },
  { id: "deepseek-v3", aliases: [] },
  { id: "deepseek-v3-0324", aliases: [] },
  { id: "step-2-16k", aliases: [] },
];
const products = [
  { id: "chatgpt", aliases: ["chatgpt-3.5"] },
  { id: "claude-code", aliases: [] },
  { id: "cursor", aliases: [] },
];
const { matcher, conflicts } = buildModelMatcher({ models, products });
const m = (label: string) => matcher.match(label);
/** `id` or `id · setting`, `family: key`, `product: id`, `ambiguous: a|b`, `unknown: a|b`. */
const read = (label: string): string => {
  const r = m(label);
  if (r.kind === "model") return r.setting ? `${r.id} · ${r.setting}` : r.id;
  if (r.kind === "family") return `family: ${r.family}`;
  if (r.kind === "product") return `product: ${r.id}`;
  return `${r.reason}: ${r.candidates.join("|")}`;
};

describe("labelKey and looseKey", () => {
  it("read case and punctuation alike: 3.5 = 3-5 = 3_5", () => {
    expect(labelKey(" Claude_3.5 Sonnet ")).toBe("claude-3-5-sonnet");
    expect(labelKey("claude-3-5-sonnet")).toBe(labelKey("Claude 3.5 Sonnet"));
    expect(labelKey("Command R+")).toBe("command-r-plus");
  });
  it("split a word from a glued number, but never a number from its unit", () => {
    expect(keyTokens("qwen3-coder-30b-a3b")).toEqual({ words: ["qwen", "coder", "a"], numbers: ["3", "30b", "3b"] });
    expect(keyTokens("gpt-4o-mini")).toEqual({ words: ["gpt", "mini"], numbers: ["4o"] });
  });
  it("ignore word order around numbers, never the numbers' order", () => {
    expect(looseKey("claude-4-sonnet")).toBe(looseKey("claude-sonnet-4"));
    expect(looseKey("qwen-2-5")).not.toBe(looseKey("qwen-5-2"));
    expect(looseKey("qwen2-5-72b")).toBe(looseKey("qwen-2-5-72b"));
  });
});

describe("the rules, one at a time", () => {
  it("ids and aliases, as written or in any case and punctuation", () => {
    expect(m("claude-3-5-sonnet")).toMatchObject({ kind: "model", id: "claude-3-5-sonnet", rules: ["id"] });
    expect(m("Kimi-K2-Instruct")).toMatchObject({ kind: "model", id: "kimi-k2", rules: ["alias"] });
    expect(m("claude-3.5-sonnet")).toMatchObject({ kind: "model", id: "claude-3-5-sonnet", rules: ["case-punctuation"] });
    expect(m("Claude 3.5 Sonnet")).toMatchObject({ id: "claude-3-5-sonnet", rules: ["case-punctuation"] });
  });

  it("provider prefixes: anthropic/, openrouter/, us.anthropic., chutes/, fireworks/", () => {
    expect(stripProviderPrefix("us.anthropic.claude-sonnet-4-5-20250929-v1:0")).toBe("claude-sonnet-4-5-20250929");
    expect(m("anthropic/claude-sonnet-4.5")).toMatchObject({ id: "claude-sonnet-4-5", rules: ["provider-prefix", "case-punctuation"] });
    expect(m("openrouter/anthropic/claude-3.7-sonnet")).toMatchObject({ id: "claude-3-7-sonnet", rules: ["provider-prefix", "case-punctuation"] });
    expect(m("us.anthropic.claude-sonnet-4-5-20250929-v1:0")).toMatchObject({ id: "claude-sonnet-4-5", rules: ["provider-prefix", "alias"] });
    expect(m("chutes/moonshotai/Kimi-K2.6-TEE")).toMatchObject({ id: "kimi-k2-6", rules: ["provider-prefix", "version-tag", "case-punctuation"] });
    expect(m("accounts/fireworks/models/kimi-k2p6")).toMatchObject({ id: "kimi-k2-6", rules: ["provider-prefix", "case-punctuation"] });
    expect(m("fireworks/glm-5p2")).toMatchObject({ id: "glm-5-2" });
    // A lab's name glued before its own brand.
    expect(stripProviderPrefix("Meta-Llama-3-70B-Instruct")).toBe("Llama-3-70B-Instruct");
    expect(read("Meta-Llama-3-70B-Instruct")).toBe("llama-3-70b-instruct");
    expect(stripProviderPrefix("meta-ai")).toBeUndefined();
    // Not a provider prefix: a slash between two names in prose.
    expect(stripProviderPrefix("GPT-4o / o1")).toBeUndefined();
  });

  it("dated snapshots: -20250219, -2024-08-06, @20250929; the date is kept", () => {
    expect(peelSuffix("gpt-4o-2024-08-06")).toEqual({ rest: "gpt-4o", rule: "snapshot", snapshot: "2024-08-06" });
    expect(m("claude-3-7-sonnet-20250219")).toMatchObject({ id: "claude-3-7-sonnet", snapshot: "2025-02-19", rules: ["alias"] });
    expect(m("claude-3-opus-20240307")).toMatchObject({ id: "claude-3-opus", snapshot: "2024-03-07", rules: ["snapshot", "id"] });
    expect(m("gpt-4o-2024-08-06")).toMatchObject({ id: "gpt-4o", snapshot: "2024-08-06", rules: ["snapshot", "id"] });
    expect(m("claude-sonnet-4-5@20250929")).toMatchObject({ id: "claude-sonnet-4-5", snapshot: "2025-09-29" });
    // A date that does not exist is no snapshot.
    expect(peelSuffix("gpt-4o-2024-13-06")).toBeUndefined();
  });

  it("Google's stable versions -001, -002 are two snapshots of one model, kept as numbers (no date guessed)", () => {
    // gemini-1.5-flash-002 (September 2024) is a later release than -001 (May 2024), with its own Elo.
    expect(peelSuffix("gemini-1.5-flash-002")).toEqual({ rest: "gemini-1.5-flash", rule: "snapshot", snapshot: "002" });
    expect(m("gemini-1.5-pro-001")).toMatchObject({ id: "gemini-1-5-pro", snapshot: "001", rules: ["snapshot", "case-punctuation"] });
    expect(m("gemini-1.5-pro-002")).toMatchObject({ id: "gemini-1-5-pro", snapshot: "002", rules: ["snapshot", "case-punctuation"] });
    // Behind a prefix and before a router's tag, as a dated snapshot is.
    expect(m("google/gemini-1.5-pro-002:free")).toMatchObject({ id: "gemini-1-5-pro", snapshot: "002", rules: ["provider-prefix", "version-tag", "snapshot", "case-punctuation"] });
    // A registered alias with the number still names its snapshot, as a dated alias does.
    const { matcher: aliased } = buildModelMatcher({ models: [{ id: "gemini-2-0-flash", aliases: ["gemini-2.0-flash-001"] }] });
    expect(aliased.match("gemini-2.0-flash-001")).toMatchObject({ kind: "model", id: "gemini-2-0-flash", snapshot: "001", rules: ["alias"] });
    expect(aliased.match("gemini-2.0-flash")).toMatchObject({ kind: "model", id: "gemini-2-0-flash", snapshot: undefined });
    // Only two zeros and a digit: `-0324` is a name of its own (below), `-010` no stable version.
    expect(peelSuffix("gemini-1.5-flash-010")).toBeUndefined();
  });

  it("-00N is a snapshot of Google's models only; another lab's number names no snapshot (text-embedding-ada-002, davinci-002)", () => {
    // Google's text embeddings are versioned the same way (text-embedding-004, -005).
    expect(peelSuffix("text-embedding-005")).toEqual({ rest: "text-embedding", rule: "snapshot", snapshot: "005" });
    expect(peelSuffix("text-multilingual-embedding-002")).toEqual({ rest: "text-multilingual-embedding", rule: "snapshot", snapshot: "002" });
    expect(peelSuffix("imagen-4.0-generate-001")).toMatchObject({ rest: "imagen-4.0-generate", snapshot: "001" });
    // OpenAI's number is part of the name: no snapshot "002" for a reader, and no version tag either.
    for (const name of ["text-embedding-ada-002", "davinci-002", "babbage-002", "code-davinci-002", "text-davinci-003"]) {
      expect(peelSuffix(name), name).toBeUndefined();
    }
    const { matcher: openai } = buildModelMatcher({
      models: [
        { id: "text-embedding-ada-002", aliases: [] },
        { id: "davinci-002", aliases: [] },
        { id: "babbage-002", aliases: [] },
      ],
    });
    expect(openai.match("text-embedding-ada-002")).toMatchObject({ kind: "model", id: "text-embedding-ada-002", snapshot: undefined });
    expect(openai.match("openai/text-embedding-ada-002")).toMatchObject({ kind: "model", id: "text-embedding-ada-002", snapshot: undefined });
    expect(openai.match("davinci-002")).toMatchObject({ kind: "model", id: "davinci-002", snapshot: undefined });
    expect(openai.match("openai/babbage-002")).toMatchObject({ kind: "model", id: "babbage-002", snapshot: undefined });
    expect(openai.match("davinci-002:free")).toMatchObject({ kind: "model", id: "davinci-002", rules: ["version-tag", "id"] });
  });

  it("another lab's -00N never joins the model without it: davinci-002 (2023) is not GPT-3's davinci (2020)", () => {
    // Registry rows of the older models only: the numbered labels name models the registry lacks.
    const { matcher: older } = buildModelMatcher({
      models: [
        { id: "davinci", aliases: [] },
        { id: "babbage", aliases: [] },
        { id: "text-embedding-ada", aliases: [] },
      ],
    });
    for (const label of ["davinci-002", "openai/davinci-002", "davinci-002:free", "babbage-002", "text-embedding-ada-002", "openai/text-embedding-ada-002"]) {
      expect(older.match(label), label).toMatchObject({ kind: "unresolved" });
    }
    // The bare names still name their rows.
    expect(older.match("davinci")).toMatchObject({ kind: "model", id: "davinci" });
    // Both registered: each label its own row.
    const { matcher: both } = buildModelMatcher({ models: [{ id: "davinci", aliases: [] }, { id: "davinci-002", aliases: [] }] });
    expect([both.match("davinci-002"), both.match("davinci")].map((m) => (m.kind === "model" ? m.id : m.kind))).toEqual(["davinci-002", "davinci"]);
    // Google's numbered versions are still snapshots of their model.
    const { matcher: google } = buildModelMatcher({ models: [{ id: "gemini-1-5-flash", aliases: [] }] });
    expect(google.match("gemini-1.5-flash-002")).toMatchObject({ kind: "model", id: "gemini-1-5-flash", snapshot: "002" });
  });

  it("a four-digit suffix is a model of its own, never a snapshot (deepseek-v3-0324)", () => {
    expect(read("deepseek-v3-0324")).toBe("deepseek-v3-0324");
    expect(read("deepseek-r1-0528")).toBe("unknown: ");
  });

  it("version tags: -v1:0, -latest, :free, -TEE", () => {
    expect(m("anthropic.claude-3-5-haiku-20241022-v1:0")).toMatchObject({ id: "claude-3-5-haiku", rules: ["provider-prefix", "alias"] });
    expect(m("claude-3-5-sonnet-latest")).toMatchObject({ id: "claude-3-5-sonnet", rules: ["version-tag", "id"] });
    expect(m("openai/gpt-4o:free")).toMatchObject({ id: "gpt-4o", rules: ["provider-prefix", "version-tag", "id"] });
    // `-v3` is part of a name, not a version tag.
    expect(read("deepseek-v3")).toBe("deepseek-v3");
  });

  it("a release word: the only registered release of the named model (llama-3-70b is llama-3-70b-instruct)", () => {
    const { matcher: rel } = buildModelMatcher({
      models: [
        { id: "llama-3-70b-instruct", aliases: [] },
        { id: "gemma-2-27b-it", aliases: [] },
        { id: "yi-34b-chat", aliases: [] },
        { id: "yi-34b-instruct", aliases: [] },
        { id: "qwen3-vl-instruct", aliases: [] },
        { id: "qwen3-vl-235b-a22b", aliases: [] },
        { id: "qwen3-vl-30b-a3b", aliases: [] },
      ],
    });
    expect(rel.match("Llama-3-70B")).toMatchObject({ kind: "model", id: "llama-3-70b-instruct", rules: ["release"] });
    expect(rel.match("Gemma 2 27B")).toMatchObject({ kind: "model", id: "gemma-2-27b-it", rules: ["release"] });
    // Two releases: ambiguous. A label that leaves out a size its relatives state: a family.
    expect(rel.match("yi-34b")).toEqual({ kind: "unresolved", label: "yi-34b", reason: "ambiguous", candidates: ["yi-34b-chat", "yi-34b-instruct"] });
    expect(rel.match("qwen3-vl")).toMatchObject({ kind: "family" });
    // No number, no release rule: `llama` is no model.
    expect(rel.match("llama")).not.toMatchObject({ kind: "model" });
  });

  it("word order: claude-4-sonnet = claude-sonnet-4, qwen-3-32b = qwen3-32b", () => {
    expect(m("claude-4-sonnet")).toMatchObject({ id: "claude-sonnet-4", rules: ["word-order"] });
    expect(m("claude-4.5-sonnet")).toMatchObject({ id: "claude-sonnet-4-5", rules: ["word-order"] });
    expect(read("qwen-3-32b")).toBe("qwen3-32b");
  });
});

describe("settings stay settings, never another model", () => {
  it("thinking budgets: _16K, _12K, -thinking-16k, (16K thinking)", () => {
    expect(peelSetting("claude-opus-4-20250514_12K")).toEqual({ rest: "claude-opus-4-20250514", setting: "12K thinking", strength: "strong" });
    expect(m("claude-opus-4-20250514_12K")).toMatchObject({ kind: "model", id: "claude-opus-4", setting: "12K thinking", rules: ["setting", "alias"] });
    expect(m("claude-3-7-sonnet-20250219_16K")).toMatchObject({ id: "claude-3-7-sonnet", setting: "16K thinking" });
    expect(read("claude-opus-4-thinking-16k")).toBe("claude-opus-4 · 16K thinking");
    expect(read("Claude Opus 4 (16K thinking)")).toBe("claude-opus-4 · 16K thinking");
  });

  it("effort: _medium, (high), -xhigh, -max, and an effort after a snapshot", () => {
    expect(m("o3-2025-04-16_high")).toMatchObject({ id: "o3", setting: "high", snapshot: "2025-04-16", rules: ["setting", "snapshot", "id"] });
    expect(read("gpt-5_medium")).toBe("gpt-5 · medium");
    expect(read("Claude Opus 4 (high)")).toBe("claude-opus-4 · high");
    expect(read("gpt-5.5-xhigh")).toBe("gpt-5-5 · xhigh");
    expect(read("glm-5.2-max")).toBe("glm-5-2 · max");
    expect(read("o3-mini-high")).toBe("o3-mini · high");
  });

  it("thinking on and off, and the weights' number format", () => {
    expect(read("anthropic/claude-3.7-sonnet:thinking")).toBe("claude-3-7-sonnet · thinking");
    expect(read("Claude 3.7 Sonnet (no thinking)")).toBe("claude-3-7-sonnet · no thinking");
    expect(read("llama-3.1-405b-instruct-fp8")).toBe("llama-3-1-405b-instruct · fp8");
    // `-thinking` names models of its own (kimi-k2-thinking): never read as a setting of a sibling.
    expect(read("claude-3-7-sonnet-thinking")).toBe("unknown: ");
    expect(read("kimi-k2-6-thinking")).toBe("unknown: ");
  });

  it("a model the registry holds only as a host serves it (`-fp16`) is reached by its own name; two formats are ambiguous", () => {
    const served = buildModelMatcher({
      models: [
        { id: "llama-2-7b-chat-fp16", aliases: [] },
        { id: "qwen3-4b-fp8", aliases: [] },
        { id: "qwen3-4b-thinking-2507", aliases: [] },
        { id: "mixtral-8x7b-fp8", aliases: [] },
        { id: "mixtral-8x7b-bf16", aliases: [] },
        { id: "llama-4-scout-fp8", aliases: [] },
        { id: "llama-4-scout", aliases: [] },
      ],
    }).matcher;
    expect(served.match("llama-2-7b-chat")).toMatchObject({ kind: "model", id: "llama-2-7b-chat-fp16", rules: ["served-format"] });
    expect(served.match("meta-llama/Llama-2-7b-chat-20240101")).toMatchObject({ id: "llama-2-7b-chat-fp16", snapshot: "2024-01-01", rules: ["provider-prefix", "snapshot", "served-format"] });
    // Its own format named: the row; another format: the row, with that format kept as the setting.
    expect(served.match("qwen3-4b-fp8")).toMatchObject({ id: "qwen3-4b-fp8", rules: ["id"] });
    expect(served.match("qwen3-4b")).toMatchObject({ id: "qwen3-4b-fp8", rules: ["served-format"] });
    // Not through a suffix that may be a name's own (`-max`, `-high`, a format: weak suffixes).
    for (const label of ["qwen3-4b-max", "qwen3-4b-high", "llama-2-7b-chat-int4"]) expect(served.match(label).kind, label).not.toBe("model");
    // Not the later release beside it, and never a guess between two formats.
    expect(served.match("qwen3-4b-thinking-2507")).toMatchObject({ id: "qwen3-4b-thinking-2507" });
    expect(served.match("mixtral-8x7b")).toEqual({ kind: "unresolved", label: "mixtral-8x7b", reason: "ambiguous", candidates: ["mixtral-8x7b-bf16", "mixtral-8x7b-fp8"] });
    // A model with a row of its own keeps it.
    expect(served.match("llama-4-scout")).toMatchObject({ id: "llama-4-scout", rules: ["id"] });
  });

  it("Cohere's month snapshots and a lab's name before its brand", () => {
    const { matcher: cohere } = buildModelMatcher({ models: [{ id: "command-r-plus", aliases: [] }, { id: "aya-expanse-32b", aliases: [] }, { id: "mistral-7b", aliases: [] }] });
    expect(cohere.match("c4ai-command-r-plus-08-2024")).toMatchObject({ kind: "model", id: "command-r-plus", snapshot: "2024-08", rules: ["provider-prefix", "snapshot", "id"] });
    expect(cohere.match("c4ai-aya-expanse-32b")).toMatchObject({ kind: "model", id: "aya-expanse-32b" });
    expect(cohere.match("open-mistral-7b")).toMatchObject({ kind: "model", id: "mistral-7b" });
  });

  it("a month written out with its year is a snapshot (phi-3-mini-4k-instruct-june-2024); a month alone is not", () => {
    const { matcher: phi } = buildModelMatcher({ models: [{ id: "phi-3-mini-4k-instruct", aliases: [] }] });
    expect(phi.match("phi-3-mini-4k-instruct-june-2024")).toMatchObject({ kind: "model", id: "phi-3-mini-4k-instruct", snapshot: "2024-06", rules: ["snapshot", "id"] });
    expect(phi.match("Phi-3-mini-4k-instruct_May_2025")).toMatchObject({ kind: "model", id: "phi-3-mini-4k-instruct", snapshot: "2025-05" });
    expect(phi.match("phi-3-mini-4k-instruct-june")).toMatchObject({ kind: "unresolved" });
  });

  it("a registered model whose name ends like a setting is that model: kimi-k2-thinking, qwen3-max, step-2-16k", () => {
    expect(read("kimi-k2-thinking")).toBe("kimi-k2-thinking");
    expect(read("qwen3-max")).toBe("qwen3-max");
    expect(read("step-2-16k")).toBe("step-2-16k");
  });

  it("a word that may be a tier is not read as a setting when a registered name continues with it", () => {
    const { matcher: mm } = buildModelMatcher({ models: [{ id: "qwen3", aliases: [] }, { id: "qwen3-max-preview", aliases: [] }] });
    expect(mm.match("qwen3-max")).toEqual({ kind: "unresolved", label: "qwen3-max", reason: "unknown", candidates: [] });
    expect(mm.match("qwen3-high")).toMatchObject({ kind: "model", id: "qwen3", setting: "high" });
    // Nor is such a label read as the family of what is left.
    const { matcher: qwen } = buildModelMatcher({ models: [{ id: "qwen2-5-7b-instruct", aliases: [] }, { id: "qwen2-5-72b-instruct", aliases: [] }] });
    expect(qwen.match("qwen2.5-max")).toMatchObject({ kind: "unresolved", reason: "unknown" });
    expect(qwen.match("qwen2.5")).toMatchObject({ kind: "family" });
  });
});

describe("never a guess", () => {
  it("gpt-4o and gpt-4o-mini are two models, and neither is the other", () => {
    expect(read("gpt-4o")).toBe("gpt-4o");
    expect(read("gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(read("gpt-4o-mini-2024-07-18")).toBe("gpt-4o-mini");
    const { matcher: onlyMini } = buildModelMatcher({ models: [{ id: "gpt-4o-mini", aliases: [] }] });
    expect(onlyMini.match("gpt-4o")).not.toMatchObject({ kind: "model" });
  });

  it("o1 and o1-preview; o3-mini is not o3", () => {
    expect(read("o1")).toBe("o1");
    expect(read("o1-preview")).toBe("o1-preview");
    expect(read("o1-preview-2024-09-12")).toBe("o1-preview");
    expect(read("o1-2024-12-17_high")).toBe("o1 · high");
    const { matcher: onlyO3 } = buildModelMatcher({ models: [{ id: "o3", aliases: [] }] });
    expect(onlyO3.match("o3-mini")).toEqual({ kind: "unresolved", label: "o3-mini", reason: "unknown", candidates: [] });
  });

  it("claude-3.5-sonnet is not claude-3-5-haiku, and suggests no other Claude", () => {
    expect(read("claude-3.5-sonnet")).toBe("claude-3-5-sonnet");
    expect(read("claude-3.5-haiku")).toBe("claude-3-5-haiku");
    const { matcher: noSonnet } = buildModelMatcher({ models: models.filter((x) => x.id !== "claude-3-5-sonnet") });
    expect(noSonnet.match("claude-3.5-sonnet")).toEqual({ kind: "unresolved", label: "claude-3.5-sonnet", reason: "unknown", candidates: [] });
  });

  it("suggests, never links, a model's name with a family's number written in; a model's own numbers are never read so", () => {
    const { matcher: claudes } = buildModelMatcher({ models: ["claude-opus-4-6", "claude-opus-4", "claude-sonnet-4-5", "gpt-4", "llama-3-1-70b", "llama-3-70b"].map((id) => ({ id, aliases: [] })) });
    expect(claudes.match("claude-3-opus-4.6")).toEqual({ kind: "unresolved", label: "claude-3-opus-4.6", reason: "unknown", candidates: ["claude-opus-4-6"] });
    expect(claudes.suggest("Claude 3 Sonnet 4.5")).toBe(' (did you mean "claude-sonnet-4-5"?)');
    // False friends: Claude 3 Opus, GPT-4o, Llama 3.3 70B are other models.
    for (const label of ["claude-3-opus", "gpt-4o", "llama-3.3-70b"]) expect(claudes.match(label)).toEqual({ kind: "unresolved", label, reason: "unknown", candidates: [] });
  });

  it("families stay families, with their members: llama-3, claude-3, gemini, claude-3.5", () => {
    expect(m("llama-3")).toEqual({ kind: "family", label: "llama-3", family: "llama-3", members: ["llama-3-1-405b-instruct", "llama-3-1-8b-instruct", "llama-3-70b-instruct"] });
    expect(m("claude-3")).toMatchObject({ kind: "family", members: ["claude-3-5-haiku", "claude-3-5-sonnet", "claude-3-7-sonnet", "claude-3-opus"] });
    expect(m("claude-3.5")).toMatchObject({ kind: "family", members: ["claude-3-5-haiku", "claude-3-5-sonnet"] });
    expect(m("gemini")).toMatchObject({ kind: "family", members: ["gemini-1-5-pro", "gemini-2-5-flash", "gemini-2-5-pro"] });
    expect(read("claude")).toBe("family: claude");
    expect(matcher.resolve("llama-3")).toBeUndefined();
  });

  it("a family's members are the models whose ids begin with it when there are two or more: llama-2 is not llama-prompt-guard-2's", () => {
    const { matcher: llamas } = buildModelMatcher({
      models: ["llama-2-70b", "llama-2-7b-chat", "llama-prompt-guard-2-86m", "llama-guard-3-8b", "llama-3-70b-instruct", "llama-3-1-8b-instruct", "claude-opus-4", "claude-sonnet-4"].map((id) => ({ id, aliases: [] })),
    });
    expect(llamas.match("llama-2")).toMatchObject({ kind: "family", members: ["llama-2-70b", "llama-2-7b-chat"] });
    expect(llamas.match("llama-3")).toMatchObject({ kind: "family", members: ["llama-3-1-8b-instruct", "llama-3-70b-instruct"] });
    // No id begins with claude-4: the family is read loosely, as before.
    expect(llamas.match("claude-4")).toMatchObject({ kind: "family", members: ["claude-opus-4", "claude-sonnet-4"] });
    // With one id beginning so, the loose members stand: gemini-1.5 is gemini-1-5-pro's and gemini-flash-1-5's.
    const { matcher: gem } = buildModelMatcher({ models: ["gemini-1-5-pro", "gemini-flash-1-5", "gemini-2-5-pro"].map((id) => ({ id, aliases: [] })) });
    expect(gem.match("gemini-1.5")).toMatchObject({ kind: "family", members: ["gemini-1-5-pro", "gemini-flash-1-5"] });
  });

  it("a model found only loosely joins a family by its size, tier or release, never from another line: llama-prompt-guard-2 is not llama-2's", () => {
    const { matcher: reg } = buildModelMatcher({
      models: [
        "llama-2-70b",
        "llama-prompt-guard-2-86m",
        "llama-prompt-guard-2-22m",
        "qwen3-4b",
        "qwen3-embedding-4b",
        "qwen3-reranker-4b",
        "qwen3-30b-a3b-instruct-2507",
        "qwen3-vl-30b-a3b-instruct",
        "qwen3-coder-30b-a3b-instruct",
        "gemini-flash-1-5",
        "gemini-2-5-flash",
        "gemini-2-5-flash-lite",
        "gemini-3-flash-preview",
        "gemini-2-5-flash-image",
      ].map((id) => ({ id, aliases: [] })),
    });
    // With one llama-2 model registered, the guard models do not make "llama-2" a family of three.
    expect(reg.match("llama-2")).toMatchObject({ kind: "unresolved" });
    expect(reg.match("llama-2")).not.toMatchObject({ candidates: expect.arrayContaining(["llama-prompt-guard-2-86m"]) });
    // An embedding and a reranker model are not Qwen3 4B, nor a vision or coding model Qwen3 30B-A3B.
    expect(reg.match("qwen3-4b")).toMatchObject({ kind: "model", id: "qwen3-4b" });
    expect(reg.match("qwen3-30b-a3b-instruct")).not.toMatchObject({ kind: "family" });
    // A label naming a tier takes no model of another: gemini-flash is Flash, not Flash-Lite or Flash Image.
    expect(reg.match("gemini-flash")).toMatchObject({ kind: "family", members: ["gemini-2-5-flash", "gemini-3-flash-preview", "gemini-flash-1-5"] });
  });

  it("models of another kind are no family's members, even when their ids begin with its name: gpt-oss is not gpt-oss-safeguard's", () => {
    const { matcher: reg } = buildModelMatcher({
      models: [
        "gpt-oss-120b",
        "gpt-oss-20b",
        "gpt-oss-safeguard-20b",
        "qwen3-32b",
        "qwen3-235b-a22b",
        "qwen3-coder-480b-a35b",
        "qwen3-embedding-8b",
        "qwen3-vl-embedding-8b",
        "qwen3-asr-flash",
        "gemini-3-1-flash-preview",
        "gemini-3-1-flash-preview-thinking",
        "gemini-3-1-flash-lite",
        "gemini-3-1-flash-image",
        "phi-3-5-mini-instruct",
        "phi-3-5-moe-instruct",
        "phi-3-5-vision-instruct",
        "claude-opus-4-6-thinking-low",
        "claude-opus-4-6-thinking-max",
        "claude-sonnet-4",
      ].map((id) => ({ id, aliases: [] })),
    });
    expect(reg.match("gpt-oss")).toMatchObject({ kind: "family", members: ["gpt-oss-120b", "gpt-oss-20b"] });
    // The same generation's coding model stays (its date tells the family page whether a recap could mean it).
    expect(reg.match("qwen3")).toMatchObject({ kind: "family", members: ["qwen3-235b-a22b", "qwen3-32b", "qwen3-coder-480b-a35b"] });
    expect(reg.match("gemini-3.1-flash")).toMatchObject({ kind: "family", members: ["gemini-3-1-flash-preview", "gemini-3-1-flash-preview-thinking"] });
    // A release's sizes and kinds of the same model line: Phi-3.5 mini, MoE and vision.
    expect(reg.match("phi-3.5")).toMatchObject({ kind: "family", members: ["phi-3-5-mini-instruct", "phi-3-5-moe-instruct", "phi-3-5-vision-instruct"] });
    // A run's effort in a catalog's id (low as well as max) keeps the model in its family, a tier's family too.
    expect(reg.match("claude-4")).toMatchObject({ kind: "family", members: ["claude-opus-4-6-thinking-low", "claude-opus-4-6-thinking-max", "claude-sonnet-4"] });
    expect(reg.match("claude-opus")).toMatchObject({ kind: "family", members: ["claude-opus-4-6-thinking-low", "claude-opus-4-6-thinking-max"] });
  });

  it("products are products, never a model: chatgpt, claude-code, cursor", () => {
    expect(m("chatgpt")).toEqual({ kind: "product", label: "chatgpt", id: "chatgpt", rules: ["id"] });
    expect(read("ChatGPT-3.5")).toBe("product: chatgpt");
    expect(read("Claude Code")).toBe("product: claude-code");
    expect(read("cursor")).toBe("product: cursor");
    expect(matcher.resolve("chatgpt")).toBeUndefined();
    // A setting on a product's name does not make it a product.
    expect(read("cursor-high")).toBe("unknown: ");
  });

  it("a label that fits two models is ambiguous, with both as candidates", () => {
    const { matcher: two } = buildModelMatcher({ models: [{ id: "claude-sonnet-4", aliases: [] }, { id: "claude-4-sonnet-preview", aliases: ["sonnet-claude-4"] }] });
    expect(two.match("claude-4-sonnet")).toEqual({ kind: "unresolved", label: "claude-4-sonnet", reason: "ambiguous", candidates: ["claude-4-sonnet-preview", "claude-sonnet-4"] });
    expect(two.resolve("claude-4-sonnet")).toBeUndefined();
  });
});

describe("did-you-mean never proposes another version or size", () => {
  const { matcher: few } = buildModelMatcher({
    models: [
      { id: "gpt-5", aliases: [] },
      { id: "gpt-4o-mini", aliases: [] },
      { id: "claude-3-7-sonnet", aliases: [] },
      { id: "claude-sonnet-4-6", aliases: [] },
      { id: "claude-opus-4-6", aliases: [] },
      { id: "o3", aliases: [] },
      { id: "glm-5-turbo", aliases: [] },
      { id: "gemini-2.5-pro", aliases: [] },
      { id: "gemini-2.5-flash", aliases: [] },
    ],
  });
  it.each([
    ["gpt-4o", []],
    ["claude-3-5-sonnet", []],
    ["o3-mini", []],
    ["gpt-4-turbo", []],
    ["claude-sonet-4-6", ["claude-sonnet-4-6"]],
    ["opus-4.6", ["claude-opus-4-6"]],
    // Two letters swapped is one slip, even in a short word; a swap that changes the version is not a typo.
    ["gtp-5", ["gpt-5"]],
    ["claude-sonnte-4-6", ["claude-sonnet-4-6"]],
    ["gtp-4o", []],
    ["glm-5-trubo", ["glm-5-turbo"]],
    // One letter struck for another in a three-letter word, after its first (helper-74's
    // `gemini 2.5 pri`); not its first letter, not one left out, and never another size word.
    ["gemini 2.5 pri", ["gemini-2.5-pro"]],
    ["gemini-2.5-pr", []],
    ["gemini-2.5-xro", []],
    ["gemini-2.5-max", []],
    ["gemini-2.5-flsh", ["gemini-2.5-flash"]],
    ["claude-sonnet-4-6-20260217_high", []],
  ])("%s -> %j", (label, expected) => {
    const r = few.match(label);
    if (label === "claude-sonnet-4-6-20260217_high") {
      expect(r).toMatchObject({ kind: "model", id: "claude-sonnet-4-6", setting: "high", snapshot: "2026-02-17" });
      return;
    }
    expect(r).toMatchObject({ kind: "unresolved", reason: "unknown", candidates: expected });
  });
  it("says so in words for messages", () => {
    expect(few.suggest("claude-sonet-4-6")).toBe(' (did you mean "claude-sonnet-4-6"?)');
    expect(few.suggest("gpt-4o")).toBe("");
    expect(few.suggest("claude")).toBe('; it names the family of 3 models such as "claude-3-7-sonnet", "claude-opus-4-6" or "claude-sonnet-4-6"');
  });
});

describe("the registry's conflicts", () => {
  it("none in a clean registry; a name claimed by a model and a product is one", () => {
    expect(conflicts).toEqual([]);
    const { conflicts: clash } = buildModelMatcher({ models: [{ id: "codex", aliases: [], line: 2 }], products: [{ id: "codex", aliases: [], line: 3 }] });
    expect(clash).toEqual([{ file: "products", line: 3, message: 'id "codex" of product "codex" also names model "codex" (data/models.csv line 2); a name must point at one model or product: keep it in one of the two files' }]);
  });
});

describe("aliases that carry a setting", () => {
  it("are refused: a run at a setting is never the model itself", () => {
    const registry: MatchableModel[] = [{ id: "claude-opus-4", aliases: ["claude-opus-4-20250514", "claude-opus-4-20250514_12K", "Claude Opus 4 (20250514)"], line: 2 }];
    const built = buildModelMatcher({ models: registry });
    expect(built.conflicts.map((c) => [c.line, c.message])).toEqual([
      [2, 'alias "claude-opus-4-20250514_12K" of model "claude-opus-4" ends in the setting "12K thinking": a run at a setting is never the model itself; remove it from the aliases (results naming "claude-opus-4-20250514_12K" then read as claude-opus-4 at 12K thinking, if "claude-opus-4-20250514" names it)'],
    ]);
    // Without the alias, the run reads as the model at its setting.
    expect(built.matcher.match("claude-opus-4-20250514_12K")).toMatchObject({ kind: "model", id: "claude-opus-4", setting: "12K thinking" });
  });
  it("a date in parentheses is a snapshot's, not a thinking budget; a budget has four to six digits", () => {
    expect(peelSetting("claude 3.5 sonnet (20241022)")).toBeUndefined();
    expect(peelSetting("claude 3.7 sonnet (16000)")).toMatchObject({ setting: "16K thinking" });
  });
});
