import { describe, expect, it } from "vitest";
import { tocSize, tocTree } from "./tableOfContents";

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

describe("tocTree", () => {
  it("nests the top two levels and leaves deeper ones out", () => {
    const tree = tocTree([h(2, "Twitter"), h(3, "Models"), h(4, "Deep"), h(3, "Agents"), h(2, "Reddit"), h(2, "Discord"), h(3, "LMArena")]);
    expect(tree.map((e) => [e.text, e.children.map((c) => c.text)])).toEqual([
      ["Twitter", ["Models", "Agents"]],
      ["Reddit", []],
      ["Discord", ["LMArena"]],
    ]);
    expect(tocSize(tree)).toBe(6);
  });

  it("takes the smallest depth present as the top level, and lists a stray sub-heading at the top", () => {
    expect(tocTree([h(4, "Early"), h(3, "A"), h(4, "A1")]).map((e) => [e.text, e.children.length])).toEqual([["Early", 0], ["A", 1]]);
    expect(tocTree([h(1, "Title")])).toEqual([]);
  });
});
