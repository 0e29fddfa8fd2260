import { describe, expect, it } from "vitest";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import { panelFigures } from "./recapPanel";

const figure = (value: number, date: string, datedByTable?: true) => ({ value, date: new Date(date), ...(datedByTable && { datedByTable }), source_url: "https://x.example/", file: "f", line: 2 });

describe("panelFigures", () => {
  it("keeps whether each figure's date is the publisher's table's, so that the panel reads 'as of' there", () => {
    const headline = {
      benchmark: { id: "simplebench", name: "SimpleBench", version: "v1", unit: "percent", direction: "higher" },
      entry: { setting: "12K thinking", score: figure(54.3, "2025-11-30", true), output_tokens: figure(1e6, "2026-01-02") },
    } as unknown as HeadlineFigures;
    const p = panelFigures(headline);
    expect(p.score).toEqual({ value: 54.3, date: new Date("2025-11-30"), datedByTable: true });
    expect(p.tokens).toEqual({ value: 1e6, date: new Date("2026-01-02") });
    expect(p.cost).toBeUndefined();
  });
});
