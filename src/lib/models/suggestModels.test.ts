import { describe, expect, it } from "vitest";
import { insertedFamilyNumber, suggestModels } from "./suggestModels";

const names = (...ids: string[]) => ids.map((id) => ({ key: id, id }));

describe("suggestModels", () => {
  it("suggests a model for a typo or a brand left out, never another version or size", () => {
    expect(suggestModels(["claude-sonet-4-6"], names("claude-sonnet-4-6", "claude-sonnet-4-5"))).toEqual(["claude-sonnet-4-6"]);
    expect(suggestModels(["opus-4-6"], names("claude-opus-4-6", "claude-opus-4-5"))).toEqual(["claude-opus-4-6"]);
    expect(suggestModels(["gpt-4o"], names("gpt-5", "gpt-4o-mini", "gpt-4"))).toEqual([]);
  });

  it("suggests the model for a family's number written before its name and version (AINews's claude-3-opus-4.6)", () => {
    const registry = names("claude-opus-4-6", "claude-opus-4-5", "claude-sonnet-4-6", "claude-sonnet-4-5", "claude-3-opus", "claude-opus-4");
    expect(suggestModels(["claude-3-opus-4-6"], registry)).toEqual(["claude-opus-4-6"]);
    expect(suggestModels(["claude-3-sonnet-4-5"], registry)).toEqual(["claude-sonnet-4-5"]);
    // Glued to the brand, the same.
    expect(suggestModels(["claude3-opus-4-5"], registry)).toEqual(["claude-opus-4-5"]);
  });

  it("never reads a model's own numbers as a family's: claude-3-opus, llama-3-70b, llama-3-3-70b, gpt-4o, qwen2-vl-72b", () => {
    // Claude 3 Opus is a model of its own, not Claude Opus 4 nor 4.6.
    expect(suggestModels(["claude-3-opus"], names("claude-opus-4", "claude-opus-4-6"))).toEqual([]);
    expect(suggestModels(["claude-3-sonnet"], names("claude-sonnet-4", "claude-sonnet-4-5"))).toEqual([]);
    // Llama 3 70B is not Llama 3.1 70B, and Llama 3.3 70B not Llama 3 70B.
    expect(suggestModels(["llama-3-70b"], names("llama-3-1-70b"))).toEqual([]);
    expect(suggestModels(["llama-3-3-70b"], names("llama-3-70b"))).toEqual([]);
    expect(suggestModels(["llama-3-1-70b"], names("llama-3-70b"))).toEqual([]);
    expect(suggestModels(["gpt-4o"], names("gpt-4"))).toEqual([]);
    // A size is no version: Qwen2-VL 72B is not Qwen-VL 72B.
    expect(suggestModels(["qwen2-vl-72b"], names("qwen-vl-72b"))).toEqual([]);
    // The number goes after the brand, before a word; elsewhere it is a version.
    expect(suggestModels(["claude-opus-3-4-6"], names("claude-opus-4-6"))).toEqual([]);
    expect(suggestModels(["claude-opus-4-6-3"], names("claude-opus-4-6"))).toEqual([]);
  });
});

describe("insertedFamilyNumber", () => {
  it("names the number and the word it follows", () => {
    expect(insertedFamilyNumber("claude-3-opus-4-6", "claude-opus-4-6")).toEqual({ number: "3", after: "claude" });
    expect(insertedFamilyNumber("claude-3-opus", "claude-opus-4")).toBeUndefined();
    expect(insertedFamilyNumber("claude-opus-4-6", "claude-opus-4-6")).toBeUndefined();
    // Amazon's Nova 2 Pro is no Nova Pro v1 with a family's number written in (found in review),
    // nor is a later family's number before an earlier model's version.
    expect(insertedFamilyNumber("nova-2-pro-v1", "nova-pro-v1")).toBeUndefined();
    expect(insertedFamilyNumber("nova-2-lite-v1", "nova-lite-v1")).toBeUndefined();
    expect(insertedFamilyNumber("claude-4-opus-3", "claude-opus-3")).toBeUndefined();
  });
});
