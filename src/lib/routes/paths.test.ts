import { describe, expect, it } from "vitest";
import { archivePath, archiveRouteAt, downloadPath, labPath, leaderboardPath, modelFeedPath, recapPath, tagFeedPath, tagPath } from "./paths";

describe("paths", () => {
  it("makes each page's URL with the site's trailing slash", () => {
    expect(recapPath("2026-02-17-sonnet-4-6")).toBe("/recaps/2026-02-17-sonnet-4-6/");
    expect(archivePath()).toBe("/recaps/");
    expect(archivePath({ year: 2026 })).toBe("/recaps/2026/");
    expect(archivePath({ year: 2026, month: "02" })).toBe("/recaps/2026/02/");
    expect(labPath("Moonshot AI")).toBe("/labs/moonshot-ai/");
    expect(tagPath("topics", "agents")).toBe("/topics/agents/");
    expect(tagFeedPath("people", "karpathy")).toBe("/people/karpathy/rss.xml");
    expect(modelFeedPath("gpt-5")).toBe("/models/gpt-5/rss.xml");
    expect(downloadPath("gso-bench", "v1", "json")).toBe("/data/gso-bench-v1.json");
  });

  it("links a benchmark's newest version to its stable page and older versions to their own", () => {
    expect(leaderboardPath("aa-intelligence-index")).toBe("/leaderboards/aa-intelligence-index/");
    expect(leaderboardPath("aa-intelligence-index", "v4.1.1", "v4.1.1")).toBe("/leaderboards/aa-intelligence-index/");
    expect(leaderboardPath("aa-intelligence-index", "v4.0", "v4.1.1")).toBe("/leaderboards/aa-intelligence-index/v4.0/");
    expect(leaderboardPath("aa-intelligence-index", "v4.0")).toBe("/leaderboards/aa-intelligence-index/v4.0/");
  });

  it("reserves the recap ids the archive's routes would take, and only those", () => {
    expect(archiveRouteAt("2026")).toBe("/recaps/2026/ (the archive of a year, or one of its later pages)");
    expect(archiveRouteAt("2")).toBe("/recaps/2/ (the archive of a year, or one of its later pages)");
    expect(archiveRouteAt("2026/02")).toBe("/recaps/2026/02/ (the archive of a month)");
    for (const fine of ["2026-02-17-sonnet", "2026/02-17-sonnet", "2026/02/17", "v2", "2026x"]) expect(archiveRouteAt(fine)).toBeUndefined();
  });
});
