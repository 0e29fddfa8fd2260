import { describe, expect, it } from "vitest";
import { buildCompanyLabMatcher } from "./companyLabs";

describe("buildCompanyLabMatcher", () => {
  const labs = buildCompanyLabMatcher(["OpenAI", "Alibaba", "Mistral AI", "xAI", "Google"]);
  it("reads a company as a lab by its name in any case or punctuation, or by a catalog organisation name", () => {
    expect(labs.labOf("openai")).toBe("OpenAI");
    expect(labs.labOf("mistral-ai")).toBe("Mistral AI");
    expect(labs.labOf("x-ai")).toBe("xAI");
    expect(labs.labOf("qwen")).toBe("Alibaba");
    expect(labs.labOf("not-a-lab", "OpenAI")).toBe("OpenAI");
  });
  it("never reads a related company as the lab, nor a lab the registry lacks", () => {
    expect(labs.labOf("google-deepmind")).toBeUndefined();
    expect(labs.labOf("anthropic")).toBeUndefined();
    expect(labs.labOf("cursor")).toBeUndefined();
  });
});
