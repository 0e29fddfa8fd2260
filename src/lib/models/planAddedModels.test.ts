import { describe, expect, it } from "vitest";
import { buildModelMatcher } from "./modelMatcher";
import { labHint, planAddedModels, type AddModelsRegistry } from "./planAddedModels";
import type { ModelCells } from "./planModelImport";

const row = (id: string, lab: string, aliases = ""): ModelCells => ({ id, name: id, lab, released: "", open_weights: "false", aliases, context_window: "", input_price_per_mtok: "", output_price_per_mtok: "", catalog: "", catalog_date: "" });
const rows = [
  row("gemini-2-5-pro", "Google"),
  row("gemini-2-5-flash", "Google"),
  row("gemini-3-pro", "Google"),
  row("gpt-4o", "OpenAI"),
  row("gpt-5-3-codex", "OpenAI"),
  row("llama-3-1-70b", "Meta"),
  row("llama-3-1-nemotron-ultra-253b", "NVIDIA"),
];
const products = [{ id: "chatgpt", aliases: [] }];
const registry = (): AddModelsRegistry => ({
  rows,
  products,
  matcher: buildModelMatcher({ models: rows.map((r) => ({ id: r.id, aliases: r.aliases ? r.aliases.split("|") : [] })), products }).matcher,
});

describe("planAddedModels", () => {
  it("adds each name as an editor row: its id the name's key, its display name the name as written, the lab as the registry spells it", () => {
    const plan = planAddedModels({ names: ["gemini-1.5-pro", "Gemini Ultra"], lab: "google", openWeights: false }, registry());
    expect(plan.refused).toEqual([]);
    expect(plan.labNote).toBeUndefined();
    expect(plan.added.map((r) => [r.id, r.name, r.lab, r.released, r.open_weights, r.catalog])).toEqual([
      ["gemini-1-5-pro", "gemini-1.5-pro", "Google", "", "false", ""],
      ["gemini-ultra", "Gemini Ultra", "Google", "", "false", ""],
    ]);
  });

  it("keeps the editor's display name and release date, and says when the lab is new", () => {
    const plan = planAddedModels({ names: ["yi-34b"], lab: "01.AI", openWeights: true, released: "2023-11-02", displayName: "Yi 34B" }, registry());
    expect(plan.added[0]).toMatchObject({ id: "yi-34b", name: "Yi 34B", lab: "01.AI", released: "2023-11-02", open_weights: "true" });
    expect(plan.labNote).toBe('"01.AI" is a new lab: no model of the registry has it');
    // A lab one letter off a registry lab is named as the likely typo.
    expect(planAddedModels({ names: ["x-1"], lab: "Gogle", openWeights: false }, registry()).labNote).toContain('did you mean "Google"?');
  });

  it("refuses a name that is already a model, a setting of one, or a product, saying which", () => {
    const plan = planAddedModels({ names: ["GPT-4o", "gpt-4o-high", "ChatGPT"], lab: "OpenAI", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused).toEqual([
      { name: "GPT-4o", why: "already a name of gpt-4o" },
      { name: "gpt-4o-high", why: "already a name of gpt-4o (at the setting high)" },
      { name: "ChatGPT", why: "a name of the product chatgpt (data/products.csv)" },
    ]);
  });

  it("refuses a family name or a near spelling unless the editor says it is a model of its own", () => {
    const plan = planAddedModels({ names: ["gemini-pro", "codex-5.3"], lab: "Google", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused[0].why).toBe("names a family of 2 models (gemini-2-5-pro, gemini-3-pro); name the model in the recap, or add --force if it is one model of its own");
    expect(plan.refused[1].why).toBe("is near gpt-5-3-codex; fix the name where it is used, or add --force if it is a model of its own");
    const forced = planAddedModels({ names: ["gemini-pro"], lab: "Google", openWeights: false, force: true }, registry());
    expect(forced.added.map((r) => r.id)).toEqual(["gemini-pro"]);
  });

  it("refuses the same model twice in one command", () => {
    const plan = planAddedModels({ names: ["yi-9b", "Yi 9B"], lab: "01.AI", openWeights: true }, registry());
    expect(plan.added.map((r) => r.id)).toEqual(["yi-9b"]);
    expect(plan.refused).toEqual([{ name: "Yi 9B", why: "the same id as yi-9b, named just before" }]);
  });
});

describe("labHint", () => {
  it("names the one lab of the registry's models that begin with the same word, and none when they have several", () => {
    expect(labHint("gemini-1.5-pro", rows)).toBe("Google");
    expect(labHint("GPT 4.5", rows)).toBe("OpenAI");
    expect(labHint("llama-2-70b", rows)).toBeUndefined(); // Meta and NVIDIA both name models llama-...
    expect(labHint("molmo-72b", rows)).toBeUndefined();
  });
});
