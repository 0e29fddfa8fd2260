import { describe, expect, it } from "vitest";
import { buildModelMatcher } from "./modelMatcher";
import { buildLabelPages, labelReasonText, type LabelUse } from "./labelPages";

const { matcher } = buildModelMatcher({
  models: [
    { id: "gpt-4o", aliases: [] },
    { id: "gpt-4o-mini", aliases: [] },
    { id: "llama-3-70b-instruct", aliases: [] },
    { id: "llama-3-8b-instruct", aliases: [] },
    { id: "claude-sonnet-4", aliases: [] },
    { id: "claude-4-sonnet-preview", aliases: ["sonnet-claude-4"] },
  ],
  products: [{ id: "chatgpt", aliases: ["chatgpt-plus"] }],
});
const modelIds = new Set(matcher.ids);
const uses = (...pairs: [string, string][]): LabelUse[] => pairs.map(([recapId, label]) => ({ recapId, label }));

describe("buildLabelPages", () => {
  it("gives every unresolved label one page, with its recaps in the order given, and none to a resolved one", () => {
    const { pages, pageOf } = buildLabelPages(uses(["r3", "gpt-4o"], ["r3", "claude-mythos-5"], ["r2", "claude-mythos-5"], ["r1", "Claude Mythos 5"]), matcher.match, { modelIds });
    expect(pages).toEqual([{ slug: "claude-mythos-5", name: "claude-mythos-5", variants: ["Claude Mythos 5", "claude-mythos-5"], recapIds: ["r3", "r2", "r1"], reason: { kind: "unknown", candidates: [] } }]);
    // Spellings that differ in case and punctuation land on the same page; a model label on none.
    expect(pageOf("CLAUDE_MYTHOS_5")?.slug).toBe("claude-mythos-5");
    expect(pageOf("gpt-4o")).toBeUndefined();
  });

  it("states why: a family with its members, a label that fits two models, a product", () => {
    const { pageOf } = buildLabelPages(uses(["r1", "llama-3"], ["r1", "claude-4-sonnet"], ["r1", "ChatGPT"], ["r2", "chatgpt-plus"]), matcher.match, { modelIds });
    expect(pageOf("llama-3")?.reason).toEqual({ kind: "family", family: "llama-3", members: ["llama-3-70b-instruct", "llama-3-8b-instruct"] });
    expect(pageOf("claude-4-sonnet")?.reason).toEqual({ kind: "ambiguous", candidates: ["claude-4-sonnet-preview", "claude-sonnet-4"] });
    // Two spellings of one product share the product's page, named by the product's id.
    const product = pageOf("chatgpt-plus");
    expect(product).toMatchObject({ slug: "chatgpt", variants: ["ChatGPT", "chatgpt-plus"], recapIds: ["r1", "r2"], reason: { kind: "product", id: "chatgpt" } });
    expect(pageOf("ChatGPT")).toBe(product);
    expect(labelReasonText(pageOf("claude-4-sonnet")!.reason)).toBe("ambiguous: it fits 2 models");
    expect(labelReasonText(product!.reason)).toBe("a product, not a model");
  });

  it("never takes a model's id as a slug, and settles a clash the same way whatever the order", () => {
    // `grök-x` and `grok x!` are two keys (the matcher keeps letters as written) that both slugify
    // to `grok-x`, here a model id that the matcher does not know.
    const clash = (order: LabelUse[]) => buildLabelPages(order, matcher.match, { modelIds: new Set([...modelIds, "grok-x"]) });
    const a = clash(uses(["r1", "grök-x"], ["r2", "grok x!"]));
    const b = clash(uses(["r2", "grok x!"], ["r1", "grök-x"]));
    expect(a.pages.map((p) => [p.name, p.slug]).sort()).toEqual([
      ["grok x!", "grok-x-label"],
      ["grök-x", "grok-x-label-2"],
    ]);
    expect(b.pages.map((p) => [p.name, p.slug]).sort()).toEqual(a.pages.map((p) => [p.name, p.slug]).sort());
  });

  it("names a page after its most used spelling and sorts pages by recaps", () => {
    const { pages } = buildLabelPages(uses(["r1", "Foo-1"], ["r2", "foo-1"], ["r3", "foo-1"], ["r3", "bar-2"]), matcher.match, { modelIds });
    expect(pages.map((p) => [p.name, p.recapIds.length])).toEqual([
      ["foo-1", 3],
      ["bar-2", 1],
    ]);
  });
});
