import { describe, expect, it } from "vitest";
import { CHANGES_FEED_PATHS, archivePath, archiveRouteAt, changePath, changesPath, comparePath, comparePickerPath, downloadIndexPath, downloadPath, emailEditionPath, embedPath, labPath, leaderboardImagePath, leaderboardPath, modelFeedPath, modelImagePath, modelLabelFeedPath, modelLabelPath, recapPath, tagFeedPath, tagPath } from "./paths";

describe("paths", () => {
  it("makes each page's URL with the site's trailing slash", () => {
    expect(recapPath("2026-02-17-sonnet-4-6")).toBe("/recaps/2026-02-17-sonnet-4-6/");
    expect(archivePath()).toBe("/recaps/");
    expect(archivePath({ year: 2026 })).toBe("/recaps/2026/");
    expect(archivePath({ year: 2026, month: "02" })).toBe("/recaps/2026/02/");
    expect(labPath("Moonshot AI")).toBe("/labs/moonshot-ai/");
    expect(modelLabelPath("llama-3")).toBe("/models/llama-3/");
    expect(modelLabelFeedPath("llama-3")).toBe("/models/llama-3/rss.xml");
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

describe("the routes of issue 16", () => {
  it("gives the data changelog a front page, a page per year, and each entry an anchor on its year's page", () => {
    expect(changesPath()).toBe("/changes/");
    expect(changesPath(2026)).toBe("/changes/2026/");
    expect(changePath({ id: "version-gso-bench-v1", date: new Date("2025-11-30") })).toBe("/changes/2025/#version-gso-bench-v1");
    expect(CHANGES_FEED_PATHS).toEqual({ rss: "/changes/rss.xml", atom: "/changes/atom.xml" });
  });
  it("makes comparison pages, the picker with models chosen, and the download index", () => {
    expect(comparePath()).toBe("/compare/");
    expect(comparePath("claude-opus-4-6-vs-gpt-5-4")).toBe("/compare/claude-opus-4-6-vs-gpt-5-4/");
    expect(comparePickerPath("gpt-5")).toBe("/compare/?a=gpt-5");
    expect(comparePickerPath("gpt-5", "o3")).toBe("/compare/?a=gpt-5&b=o3");
    expect(downloadIndexPath()).toBe("/data/index.json");
  });
  it("makes the social images' and the embeds' paths, always with the exact version", () => {
    expect(leaderboardImagePath("aa-intelligence-index", "v4.0")).toBe("/og/leaderboards/aa-intelligence-index-v4.0.png");
    expect(modelImagePath("gpt-5")).toBe("/og/models/gpt-5.png");
    expect(embedPath("gso-bench", "v1")).toBe("/embed/leaderboards/gso-bench/v1/");
    expect(embedPath("gso-bench", "v1", "open-closed")).toBe("/embed/leaderboards/gso-bench/v1/open-closed/");
  });
  it("serves a recap's email edition beside it (in npm run dev)", () => {
    expect(emailEditionPath("2026-02-17-x")).toBe("/recaps/2026-02-17-x/email/");
  });
});
