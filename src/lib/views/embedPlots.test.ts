import { describe, expect, it } from "vitest";
import { embedPlots, iframeSnippet } from "./embedPlots";

const bundle = (svg: string) => ({ svg, caption: "c", table: { head: [], rows: [] }, points: svg ? 1 : 0 });

describe("embedPlots", () => {
  it("offers the plots that draw something, in the page's order, with their anchors", () => {
    const plots = embedPlots(
      { tokens: bundle("<svg/>"), cost: bundle(""), tokensPerTask: bundle(""), costPerTask: bundle("<svg/>"), history: bundle("<svg/>") },
      { openClosed: bundle(""), costToReach: bundle("<svg/>"), notes: { openClosed: "", costToReach: "" } },
    );
    expect(plots.map((p) => [p.plot, p.anchor])).toEqual([
      ["tokens", "plot-tokens"],
      ["cost-per-task", "plot-cost-per-task"],
      ["history", "plot-history"],
      ["cost-to-reach", "plot-cost-to-reach"],
    ]);
  });
  it("writes an iframe snippet with a title, escaped", () => {
    expect(iframeSnippet("https://x.example/embed/a/", 'A "quoted" <title> & more', 500)).toBe(
      '<iframe src="https://x.example/embed/a/" title="A &quot;quoted&quot; &lt;title> &amp; more" width="100%" height="500" loading="lazy" style="border:0"></iframe>',
    );
  });
});
