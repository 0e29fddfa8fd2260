import { describe, expect, it } from "vitest";
import { familyMembers, isFamilyOf } from "./familyMembers";
import { keyTokens } from "./labelKey";

const registry = (ids: string[]) => ids.map((id) => ({ id, tokens: keyTokens(id) }));

describe("familyMembers", () => {
  it("takes the models whose ids begin with the name, less those of another kind", () => {
    expect(familyMembers("gpt-oss", registry(["gpt-oss-120b", "gpt-oss-20b", "gpt-oss-safeguard-20b"]))).toEqual(["gpt-oss-120b", "gpt-oss-20b"]);
    expect(familyMembers("qwen3", registry(["qwen3-32b", "qwen3-coder-480b-a35b", "qwen3-embedding-8b", "qwen3-asr-flash"]))).toEqual(["qwen3-32b", "qwen3-coder-480b-a35b"]);
  });

  it("takes models found loosely only by their tier, size, release or run words", () => {
    expect(familyMembers("claude-4", registry(["claude-opus-4", "claude-sonnet-4", "claude-opus-4-6-thinking-low"]))).toEqual(["claude-opus-4", "claude-sonnet-4", "claude-opus-4-6-thinking-low"]);
    expect(familyMembers("llama-2", registry(["llama-2-70b", "llama-prompt-guard-2-86m"]))).toEqual(["llama-2-70b"]);
  });

  it("gives a tier's name no model of another tier, but keeps its runs at an effort or speed", () => {
    expect(familyMembers("gemini-flash", registry(["gemini-2-5-flash", "gemini-2-5-flash-lite", "gemini-3-flash-preview"]))).toEqual(["gemini-2-5-flash", "gemini-3-flash-preview"]);
    expect(familyMembers("claude-opus", registry(["claude-opus-4", "claude-opus-4-6-thinking-max", "claude-opus-4-7-fast"]))).toEqual(["claude-opus-4", "claude-opus-4-6-thinking-max", "claude-opus-4-7-fast"]);
  });

  it("reads a family by words and leading numbers: sonnet-4 is not claude-sonnet-4-5's", () => {
    expect(isFamilyOf(keyTokens("llama-3"), keyTokens("llama-3-1-70b"))).toBe(true);
    expect(isFamilyOf(keyTokens("sonnet-4"), keyTokens("claude-sonnet-4-5"))).toBe(false);
    expect(isFamilyOf(keyTokens("llama-3"), keyTokens("llama-3"))).toBe(false);
  });
});
