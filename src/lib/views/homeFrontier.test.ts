import { describe, expect, it } from "vitest";
import type { FrontierPlots } from "../plots/frontierPlots";
import { homeFrontierVersions } from "./homeFrontier";

const bundle = (svg: string) => ({ svg, caption: "", table: { head: [], rows: [] }, points: svg ? 1 : 0 });
const plots = (openClosed: string, costToReach: string): FrontierPlots => ({ openClosed: bundle(openClosed), costToReach: bundle(costToReach), notes: { openClosed: "", costToReach: "" } });

describe("homeFrontierVersions", () => {
  it("takes, per plot, the newest version that has something to draw", () => {
    const byVersion: Record<string, FrontierPlots> = { "v3": plots("<svg/>", "<svg/>"), "v2": plots("<svg/>", "<svg/>"), "v1": plots("", "") };
    expect(homeFrontierVersions(["v3", "v2", "v1"], (v) => byVersion[v])).toEqual({ openClosed: "v3", costToReach: "v3" });
    byVersion.v3 = plots("<svg/>", "");
    expect(homeFrontierVersions(["v3", "v2", "v1"], (v) => byVersion[v])).toEqual({ openClosed: "v3", costToReach: "v2" });
    expect(homeFrontierVersions(["v1"], (v) => byVersion[v])).toEqual({ openClosed: undefined, costToReach: undefined });
  });
});
