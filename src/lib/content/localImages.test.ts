import { describe, expect, it } from "vitest";
import { missingLocalImages } from "./localImages";

const recap = (body: string) => `---\ntitle: T\ndate: 2026-02-17\n---\n\n${body}`;
const files = new Set(["content/recaps/chart.png", "content/img/b c.png"]);
const exists = (path: string) => files.has(path);

describe("missingLocalImages", () => {
  it("names each local image that is not there, with its line and the file looked for (found in review: the check passed and the build failed without naming the recap)", () => {
    const found = missingLocalImages(recap("![Chart](./chart.png)\n\n![Missing](./missing-chart.png)\n\n![Up](../img/b%20c.png) ![Gone](../img/gone.png)\n"), "content/recaps/x.md", exists);
    expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([
      [8, "error", 'image "./missing-chart.png" not found: expected the file content/recaps/missing-chart.png (a local image is read from the recap\'s folder)'],
      [10, "error", 'image "../img/gone.png" not found: expected the file content/img/gone.png (a local image is read from the recap\'s folder)'],
    ]);
  });

  it("reads an image by reference at its definition, and leaves remote images, site paths, code and links alone", () => {
    expect(missingLocalImages(recap("![Chart][c]\n\n[c]: ./nope.png\n"), "content/recaps/x.md", exists).map((f) => f.line)).toEqual([8]);
    const none = recap("![r](https://x.org/a.png) ![s](/images/a.png) [link](./nope.png)\n\n`![c](./nope.png)`\n\n```\n![c](./nope.png)\n```\n\n[d]: ./nope.png\n");
    expect(missingLocalImages(none, "content/recaps/x.md", exists)).toEqual([]);
  });
});
