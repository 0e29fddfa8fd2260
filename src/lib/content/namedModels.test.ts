import { describe, expect, it } from "vitest";
import { findableName, modelNameFinder } from "./namedModels";

const registry = [
  { id: "gpt-5", name: "GPT-5" },
  { id: "gpt-5-1", name: "GPT-5.1" },
  { id: "kimi-k2-5", name: "Kimi K2.5" },
  { id: "command-a-plus", name: "Command A+" },
  { id: "command-r", name: "Command R" },
  { id: "grok-4", name: "Grok 4" },
  { id: "gpt-4-1", name: "GPT-4.1", catalog: "models.dev" },
  { id: "gpt-4-1-mini", name: "GPT-4.1 mini", catalog: "models.dev" },
  { id: "nano-banana", name: "Nano Banana", catalog: "models.dev" },
  { id: "muse-glimmer", name: "Muse Glimmer" },
  { id: "claude-opus-4", name: "Claude Opus 4" },
  { id: "claude-opus-4-8", name: "Claude Opus 4.8" },
  { id: "gemini-pro", name: "Gemini Pro" },
  { id: "o3", name: "o3" },
  { id: "inkling", name: "Inkling" },
  { id: "auto", name: "Auto" },
  { id: "mixtral-8x7b", name: "Mixtral 8x7B" },
  { id: "mixtral-8x7b-instruct-v0-1", name: "Mixtral 8x7B" },
];
const finder = modelNameFinder(registry);

describe("modelNameFinder", () => {
  it("finds the models a text names by their full registry name, each once, in order of first appearance", () => {
    expect(finder.find("Meta's Muse Glimmer: 35. Kimi K2.5: 36, Command A+: 37; level with GPT-5.1 (high). Kimi K2.5 again.")).toEqual(["muse-glimmer", "kimi-k2-5", "command-a-plus", "gpt-5-1"]);
  });

  it("counts a name only as a whole: not inside a longer name or word, nor before a number that continues it; the longer of two names wins", () => {
    expect(finder.find("GPT-5-mini, XGPT-5, GPT-5.2, gpt-5 and GPT-5s")).toEqual([]);
    expect(finder.find("GPT-5, then GPT-5.")).toEqual(["gpt-5"]);
    expect(finder.find("Claude Opus 4.8 leads; Claude Opus 4.9 is rumoured")).toEqual(["claude-opus-4-8"]);
    expect(finder.find("Claude Opus 4 (May 2025)")).toEqual(["claude-opus-4"]);
    expect(finder.find("Gemini Pro 1.5 and Gemini Pro")).toEqual(["gemini-pro"]);
    expect(finder.find("[o3](https://example.org/o3) and o3-mini")).toEqual(["o3"]);
    // A word that makes it a variant or another model (found in review on the AINews archive).
    expect(finder.find("Command R Plus, Command R+ 104B, Grok 4 Heavy, o3 mini, o3 Pro, GPT-4.1 Mini, GPT-4.1 nano")).toEqual([]);
    expect(finder.find("Command R is cheap; Grok 4 (high) and GPT-4.1 mini")).toEqual(["command-r", "grok-4", "gpt-4-1-mini"]);
  });

  it("leaves out one-word names without a digit, a catalog's names without one, and names two models share", () => {
    expect(finder.find("Inkling on Auto; Mixtral 8x7B; the Nano Banana series")).toEqual([]);
    expect(["o3", "GPT-5", "Muse Glimmer", "ab1", "Inkling", "Auto", "x", " GPT-5"].map((name) => findableName({ name }))).toEqual([true, true, true, true, false, false, false, false]);
    expect(findableName({ name: "Perplexity Pro", catalog: "models.dev" })).toBe(false);
    expect(finder.size).toBe(13);
    expect(modelNameFinder([]).find("GPT-5")).toEqual([]);
  });

  it("finds names across its expressions as one would: a registry of 2,000 names, the longer name at one place, the first of two that overlap", () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `m-${i}`, name: `${String.fromCharCode(65 + (i % 26))}odel ${i}` }));
    const big = modelNameFinder([...many, ...registry]);
    expect(big.size).toBe(2013);
    expect(big.find("Aodel 0, Xodel 1999 and Claude Opus 4.8; Bodel 1 beside Kimi K2.5")).toEqual(["m-0", "m-1999", "claude-opus-4-8", "m-1", "kimi-k2-5"]);
  });
});
