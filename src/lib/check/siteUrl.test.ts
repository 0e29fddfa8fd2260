import { describe, expect, it } from "vitest";
import { EXAMPLE_SITE_URL } from "../../config";
import { siteUrlProblem } from "./siteUrl";

describe("siteUrlProblem", () => {
  it("warns while the URL is the example, with or without a path or slash", () => {
    for (const url of [EXAMPLE_SITE_URL, `${EXAMPLE_SITE_URL}/`, `${EXAMPLE_SITE_URL}/news/`]) {
      expect(siteUrlProblem(url, EXAMPLE_SITE_URL)).toEqual({ severity: "warning", message: expect.stringContaining(`the site URL is still the example ${EXAMPLE_SITE_URL}`) });
    }
  });

  it("accepts a real http(s) address and refuses what is not one", () => {
    expect(siteUrlProblem("https://news.example.com", EXAMPLE_SITE_URL)).toBeUndefined();
    expect(siteUrlProblem("http://localhost:4321/", EXAMPLE_SITE_URL)).toBeUndefined();
    expect(siteUrlProblem("news.example.com", EXAMPLE_SITE_URL)?.severity).toBe("error");
    expect(siteUrlProblem("ftp://news.example.com", EXAMPLE_SITE_URL)?.message).toContain("is not an http(s) address");
  });
});
