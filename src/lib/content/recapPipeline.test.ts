import { describe, expect, it } from "vitest";
import { pipelineReason } from "./recapPipeline";

const fm = "---\ntitle: T\ndate: 2026-01-01\n---\n\n";

describe("pipelineReason: which recaps Astro's unified pipeline renders", () => {
  it("names MDX with a component, expression or HTML, and a local image", () => {
    expect(pipelineReason("a.mdx", `${fm}<ModelScore model="x" benchmark="y" />\n`, true)).toBe("it is MDX that uses components, expressions or HTML");
    expect(pipelineReason("a.mdx", `${fm}Total {1 + 1}.\n`, true)).toBe("it is MDX that uses components, expressions or HTML");
    expect(pipelineReason("a.md", `${fm}![chart](./chart.png)\n`, true)).toBe("it has a local image, which Astro optimises");
    expect(pipelineReason("a.md", `${fm}![chart](<img/a chart.png> "t")\n`, true)).toBe("it has a local image, which Astro optimises");
    // An empty address too: the renderer leaves it to Astro's pipeline as a local image (localImagePath).
    expect(pipelineReason("a.md", `${fm}![chart]()\n`, true)).toBe("it has a local image, which Astro optimises");
    expect(pipelineReason("a.md", `${fm}![chart][c]\n\n[c]: charts/c.png\n`, true)).toMatch(/^it may have a local image/);
    expect(pipelineReason("a.md", `${fm}![The  Chart]\n\n[the chart]: c.png\n`, true)).toMatch(/^it may have a local image/);
    expect(pipelineReason("a.md", `${fm}Anything.\n`, false)).toBe("BENCHDIGEST_FAST_MARKDOWN=0 renders every recap there");
  });

  it("leaves to the site's renderer Markdown, plain MDX, and images by URL or site path", () => {
    expect(pipelineReason("a.md", `${fm}# Prose\n\nwith <b>raw HTML</b> and a [link](./page/).\n`, true)).toBeUndefined();
    expect(pipelineReason("a.mdx", `${fm}# Prose\n\nNo component.\n`, true)).toBeUndefined();
    expect(pipelineReason("a.md", `${fm}![a](https://cdn.example/a.png) ![b](/b.png) ![c][c]\n\n[c]: https://cdn.example/c.png\n[page]: ./page/\n`, true)).toBeUndefined();
  });
});
