import { describe, expect, it } from "vitest";
import { findableName, modelNameFinder } from "./namedModels";

const registry = [
  { id: "gpt-5", name: "GPT-5" },
  { id: "gpt-5-1", name: "GPT-5.1" },
  { id: "kimi-k2-5", name: "Kimi K2.5" },
  { id: "command-a-plus", name: "Command A+" },
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
  });

  it("leaves out one-word names without a digit and names two models share", () => {
    expect(finder.find("Inkling on Auto; Mixtral 8x7B")).toEqual([]);
    expect(["o3", "GPT-5", "Muse Glimmer", "ab1", "Inkling", "Auto", "x", " GPT-5"].map(findableName)).toEqual([true, true, true, true, false, false, false, false]);
    expect(finder.size).toBe(9);
    expect(modelNameFinder([]).find("GPT-5")).toEqual([]);
  });
});
