import { describe, expect, it } from "vitest";
import { sourceHost } from "./sourceHost";

describe("sourceHost", () => {
  it("names a source by its host", () => {
    expect(sourceHost("https://www.tbench.ai/leaderboard")).toBe("tbench.ai");
    expect(sourceHost("https://news.smol.ai/issues/26-02-18-not-much")).toBe("news.smol.ai");
    expect(sourceHost("not a url")).toBe("not a url");
  });
});
