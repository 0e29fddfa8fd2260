import { describe, expect, it } from "vitest";
import { EXAMPLE_SITE_URL, SITE, SUBSCRIBE } from "../../config";
import { SAMPLE_IDENTITY, sampleIdentityProblems } from "./sampleIdentity";

const owner = { url: "https://tensor-tidings.example.net", title: "Tensor Tidings", author: "Ada Byron", description: "Weekly tensor news.", subscribe: { provider: "buttondown", account: "tensortidings" } } as const;

describe("sampleIdentityProblems", () => {
  it("knows the sample's settings as src/config.ts ships them", () => {
    expect(SUBSCRIBE).toEqual(SAMPLE_IDENTITY.subscribe);
    expect([SITE.title, SITE.author, SITE.description]).toEqual([SAMPLE_IDENTITY.title, SAMPLE_IDENTITY.author, SAMPLE_IDENTITY.description]);
  });

  it("says nothing on the sample itself, at the example URL", () => {
    expect(sampleIdentityProblems({ ...SITE, url: EXAMPLE_SITE_URL, subscribe: SUBSCRIBE }, EXAMPLE_SITE_URL)).toEqual([]);
    expect(sampleIdentityProblems({ ...SITE, url: `${EXAMPLE_SITE_URL}/`, subscribe: SUBSCRIBE }, EXAMPLE_SITE_URL)).toEqual([]);
  });

  it("warns of each sample setting left on a site at another URL, naming the file and the setting", () => {
    const problems = sampleIdentityProblems({ ...owner, title: "benchdigest", author: "benchdigest editors", description: SAMPLE_IDENTITY.description, subscribe: { provider: "buttondown", account: "BenchDigest" } }, EXAMPLE_SITE_URL);
    expect(problems.map((p) => [p.setting, p.severity])).toEqual([
      ["SUBSCRIBE", "warning"],
      ["SITE.title", "warning"],
      ["SITE.author", "warning"],
      ["SITE.description", "warning"],
    ]);
    expect(problems[3].message).toContain("Set description in SITE in src/config.ts");
    expect(problems[0].message).toBe(
      'SUBSCRIBE in src/config.ts is still the sample\'s Buttondown account "benchdigest": the subscribe form in every page\'s footer would send your readers\' email addresses to the sample\'s newsletter, not yours. Set SUBSCRIBE to your own account (docs/email.md), or to undefined for no form',
    );
    expect(problems[1].message).toContain("Set title in SITE in src/config.ts");
    expect(problems[2].message).toContain("Set author in SITE in src/config.ts");
  });

  it("says nothing of the owner's own settings, another service or no form", () => {
    expect(sampleIdentityProblems(owner, EXAMPLE_SITE_URL)).toEqual([]);
    expect(sampleIdentityProblems({ ...owner, subscribe: undefined }, EXAMPLE_SITE_URL)).toEqual([]);
    expect(sampleIdentityProblems({ ...owner, subscribe: { provider: "kit", account: "benchdigest" } }, EXAMPLE_SITE_URL)).toEqual([]);
    expect(sampleIdentityProblems({ ...owner, url: "not a url", subscribe: SAMPLE_IDENTITY.subscribe }, EXAMPLE_SITE_URL).map((p) => p.setting)).toEqual(["SUBSCRIBE"]);
  });
});
