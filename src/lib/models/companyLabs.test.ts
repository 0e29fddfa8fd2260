import { describe, expect, it } from "vitest";
import { buildCompanyLabMatcher, companyPageName } from "./companyLabs";

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

describe("companyPageName", () => {
  it("takes the lab's spelling only for a tag that spells the lab's own name", () => {
    expect(companyPageName("openai", ["OpenAI"])).toBe("OpenAI");
    expect(companyPageName("Open AI", ["OpenAI"])).toBe("OpenAI");
    // Read as the lab by another name (catalogLabs.ts): the tag's page keeps its own name.
    expect(companyPageName("qwen", ["Alibaba"])).toBe("qwen");
    expect(companyPageName("grok", ["xAI"])).toBe("grok");
    expect(companyPageName("meta-ai-fair", [undefined])).toBe("meta-ai-fair");
  });

  it("takes a product's or its maker's spelling after the lab's (found in review: 'Company: cursor' where data/products.csv names Cursor)", () => {
    expect(companyPageName("cursor", [undefined, "ChatGPT", "OpenAI", "Cursor", "Anysphere"])).toBe("Cursor");
    expect(companyPageName("anysphere", [undefined, "Cursor", "Anysphere"])).toBe("Anysphere");
    expect(companyPageName("openai", ["OpenAI", "Openai Inc"])).toBe("OpenAI");
  });
});
