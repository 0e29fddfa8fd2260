import { describe, expect, it } from "vitest";
import { sparklineSvg } from "./sparkline";

describe("sparklineSvg with several settings", () => {
  it("draws one line per setting, never joining two settings' scores of one day", () => {
    const svg = sparklineSvg([
      { date: new Date("2026-02-18"), value: 51, setting: "max" },
      { date: new Date("2026-02-18"), value: 45, setting: "high" },
      { date: new Date("2026-04-17"), value: 57, setting: "max" },
      { date: new Date("2026-04-17"), value: 48, setting: "high" },
    ]);
    const lines = [...svg.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1].split(" "));
    expect(lines).toHaveLength(2);
    // Each line runs left to right: no two points of one line share an x.
    for (const points of lines) expect(new Set(points.map((p) => p.split(",")[0])).size).toBe(points.length);
    expect(svg).toContain('aria-label="Score history: high 45 (2026-02-18) → 48 (2026-04-17); max 51 (2026-02-18) → 57 (2026-04-17)"');
  });
});
