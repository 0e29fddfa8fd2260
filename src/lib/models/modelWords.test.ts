import { describe, expect, it } from "vitest";
import { withoutReleaseStage } from "./modelWords";

describe("withoutReleaseStage", () => {
  it("takes off the release-stage words real catalogs write, as whole words, wherever they stand", () => {
    expect(withoutReleaseStage("grok-3-beta")).toEqual({ rest: "grok-3", stages: ["beta"] });
    expect(withoutReleaseStage("Grok 3 Mini Beta")).toEqual({ rest: "grok-3-mini", stages: ["beta"] });
    expect(withoutReleaseStage("Body Builder (beta)")).toEqual({ rest: "body-builder", stages: ["beta"] });
    expect(withoutReleaseStage("qwen3-max-preview")).toEqual({ rest: "qwen3-max", stages: ["preview"] });
    expect(withoutReleaseStage("Gemini 3 Flash (Preview)")).toEqual({ rest: "gemini-3-flash", stages: ["preview"] });
    expect(withoutReleaseStage("deepseek-v3.2-exp")).toEqual({ rest: "deepseek-v3-2", stages: ["exp"] });
    expect(withoutReleaseStage("Gemini 2.5 Pro Experimental 0325")).toEqual({ rest: "gemini-2-5-pro-0325", stages: ["experimental"] });
    expect(withoutReleaseStage("grok-4.20-beta-0309-reasoning")).toEqual({ rest: "grok-4-20-0309-reasoning", stages: ["beta"] });
  });

  it("leaves a name without one, a word that only begins like one, and a name that is nothing else", () => {
    expect(withoutReleaseStage("grok-3")).toBeUndefined();
    expect(withoutReleaseStage("c4ai-aya-expanse-32b")).toBeUndefined();
    expect(withoutReleaseStage("Owl Alpha")).toBeUndefined();
    expect(withoutReleaseStage("preview")).toBeUndefined();
  });
});
