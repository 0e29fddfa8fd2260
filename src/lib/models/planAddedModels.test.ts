import { describe, expect, it } from "vitest";
import { buildModelMatcher } from "./modelMatcher";
import { labHint, planAddedModels, planManyAddedModels, sameDayModel, unsureHintText, type AddModelsRegistry } from "./planAddedModels";
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
    const typo = planAddedModels({ names: ["x-1"], lab: "Gogle", openWeights: false }, registry());
    expect(typo.labNote).toContain('did you mean "Google"?');
    expect(typo.labsNear).toEqual(["Google"]);
    expect(planManyAddedModels([{ names: ["x-1"], lab: "Gogle", openWeights: false, line: 2 }], registry()).refused).toEqual([{ name: "x-1", why: typo.labNote, labTypo: true, line: 2 }]);
    expect(planManyAddedModels([{ names: ["x-1"], lab: "Gogle", openWeights: false }], registry(), { newLabs: true }).added.map((r) => r.lab)).toEqual(["Gogle"]);
  });

  it("refuses a name that is already a model, a setting of one, or a product, saying which", () => {
    const plan = planAddedModels({ names: ["GPT-4o", "gpt-4o-high", "ChatGPT"], lab: "OpenAI", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused).toEqual([
      { name: "GPT-4o", why: "already a name of gpt-4o", id: "gpt-4o" },
      { name: "gpt-4o-high", why: "already a name of gpt-4o (at the setting high)", id: "gpt-4o" },
      { name: "ChatGPT", why: "a name of the product chatgpt (data/products.csv)" },
    ]);
  });

  it("adds with --force a name read only as the nearest row for want of its own (a served format, an instruct release)", () => {
    // LMArena's llama-2-7b-chat read as models.dev's llama-2-7b-chat-fp16, a host's copy released
    // 2025-04-03: an editor could not register the model itself (helper-72's review).
    const more = [...rows, row("llama-2-7b-chat-fp16", "Meta"), row("llama-3-70b-instruct", "Meta")];
    const reg = (): AddModelsRegistry => ({ rows: more, products, matcher: buildModelMatcher({ models: more.map((r) => ({ id: r.id, aliases: [] })), products }).matcher });
    const asked = { names: ["llama-2-7b-chat", "llama-3-70b"], lab: "Meta", openWeights: true };
    expect(planAddedModels(asked, reg()).refused).toEqual([
      { name: "llama-2-7b-chat", why: 'read as llama-2-7b-chat-fp16, the registry\'s only row of it, served in one number format; add --force if "llama-2-7b-chat" is a model of its own, which its rows and mentions then name instead', id: "llama-2-7b-chat-fp16" },
      { name: "llama-3-70b", why: 'read as llama-3-70b-instruct, the registry\'s only release of it; add --force if "llama-3-70b" is a model of its own, which its rows and mentions then name instead', id: "llama-3-70b-instruct" },
    ]);
    const forced = planAddedModels({ ...asked, force: true }, reg());
    expect(forced.refused).toEqual([]);
    expect(forced.added.map((r) => r.id)).toEqual(["llama-2-7b-chat", "llama-3-70b"]);
    // Not a name read so only after a host's prefix, a version tag or a setting came off: that is
    // the same model through a host, and --force would make it a second row (helper-73).
    for (const name of ["meta-llama/llama-3-70b", "together/llama-2-7b-chat", "llama-2-7b-chat-latest"]) {
      const refused = planAddedModels({ names: [name], lab: "Meta", openWeights: true, force: true }, reg());
      expect(refused.added, name).toEqual([]);
      expect(refused.refused[0].why, name).toMatch(/^already a name of llama-/);
    }
    // An exact name stays refused, --force or not.
    expect(planAddedModels({ names: ["llama-2-7b-chat-fp16"], lab: "Meta", openWeights: true, force: true }, reg()).refused[0].why).toBe("already a name of llama-2-7b-chat-fp16");
  });

  it("refuses a family name or a near spelling unless the editor says it is a model of its own", () => {
    const plan = planAddedModels({ names: ["gemini-pro", "codex-5.3"], lab: "Google", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused[0].why).toBe("names a family of 2 models (gemini-2-5-pro, gemini-3-pro); name the model where the name is used, or add --force if it is one model of its own");
    expect(plan.refused[1].why).toBe("is near gpt-5-3-codex; fix the name where it is used, or add --force if it is a model of its own");
    const forced = planAddedModels({ names: ["gemini-pro"], lab: "Google", openWeights: false, force: true }, registry());
    expect(forced.added.map((r) => r.id)).toEqual(["gemini-pro"]);
  });

  it("refuses a registered model's name with a family's number written in (AINews's claude-3-opus-4.6) unless forced, and adds Claude 3 Opus beside Claude Opus 4", () => {
    const claudes = [...rows, row("claude-opus-4-6", "Anthropic"), row("claude-opus-4", "Anthropic"), row("claude-sonnet-4-5", "Anthropic")];
    const reg = { rows: claudes, products, matcher: buildModelMatcher({ models: claudes.map((r) => ({ id: r.id, aliases: [] })), products }).matcher };
    const plan = planAddedModels({ names: ["claude-3-opus-4.6", "claude-3-sonnet-4.5", "claude-3-opus"], lab: "Anthropic", openWeights: false }, reg);
    expect(plan.refused).toEqual([
      { name: "claude-3-opus-4.6", id: "claude-opus-4-6", why: 'it is claude-opus-4-6 but for the family number "3" after "claude": likely that model; add "claude-3-opus-4.6" to the aliases of claude-opus-4-6, or add --force if it is a model of its own' },
      { name: "claude-3-sonnet-4.5", id: "claude-sonnet-4-5", why: 'it is claude-sonnet-4-5 but for the family number "3" after "claude": likely that model; add "claude-3-sonnet-4.5" to the aliases of claude-sonnet-4-5, or add --force if it is a model of its own' },
    ]);
    // Claude 3 Opus is a model of its own, no near spelling of Claude Opus 4.
    expect(plan.added.map((r) => r.id)).toEqual(["claude-3-opus"]);
    expect(planAddedModels({ names: ["claude-3-opus-4.6"], lab: "Anthropic", openWeights: false, force: true }, reg).added.map((r) => r.id)).toEqual(["claude-3-opus-4-6"]);
    expect(planAddedModels({ names: ["claude-3-opus-4.6"], lab: "Anthropic", openWeights: false, inFile: true }, reg).refused[0].why).toContain("or set its force cell to true if it is a model of its own");
  });

  it("says how to force a row of a file (add --from), and never advises a family as the model without its setting", () => {
    // A row of a --from file has no --force: its force cell says it (found in review).
    const fromFile = planAddedModels({ names: ["gemini-pro"], lab: "Google", openWeights: false, inFile: true }, registry());
    expect(fromFile.refused[0].why).toBe("names a family of 2 models (gemini-2-5-pro, gemini-3-pro); name the model where the name is used, or set its force cell to true if it is one model of its own");
    // LMArena's mistral-medium read as "mistral" at medium, and "add mistral instead" was then
    // refused in turn: mistral names a family.
    const mistral = [...rows, row("mistral-large-2", "Mistral AI"), row("mistral-small-3", "Mistral AI")];
    const reg: AddModelsRegistry = { rows: mistral, products, matcher: buildModelMatcher({ models: mistral.map((r) => ({ id: r.id, aliases: [] })), products }).matcher };
    expect(planAddedModels({ names: ["mistral-medium"], lab: "Mistral AI", openWeights: false, inFile: true }, reg).refused[0].why).toBe(
      'it reads as the family "mistral" of 2 models (mistral-large-2, mistral-small-3) at the setting medium; set its force cell to true if "mistral-medium" is itself a model\'s name (as qwen3-max is), else name the model where the name is used',
    );
    expect(planAddedModels({ names: ["mistral-medium"], lab: "Mistral AI", openWeights: false, force: true }, reg).added.map((r) => r.id)).toEqual(["mistral-medium"]);
  });

  it("refuses another model's display name, a name ending in a setting, a name that makes no ASCII id and an empty display name", () => {
    const named = [...rows, { ...row("mistral-small-2503", "Mistral AI"), name: "Mistral Small 3.1" }];
    const registryNamed: AddModelsRegistry = { ...registry(), rows: named };
    expect(planAddedModels({ names: ["mistral-small-3.1"], lab: "Mistral AI", openWeights: true }, registryNamed).refused).toEqual([
      { name: "mistral-small-3.1", why: 'the display name of mistral-small-2503 ("Mistral Small 3.1"); add "mistral-small-3.1" to its aliases cell in data/models.csv (npm run models -- link --write does so for a name the recaps already use)' },
    ]);
    const plan = planAddedModels({ names: ["gpt-4.5-high", "gpt-4.5_high", "o9-thinking-16k", "文心一言"], lab: "OpenAI", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused.map((r) => r.why)).toEqual([
      'it reads as "gpt-4.5" at the setting high; add "gpt-4.5" instead, or add --force if "gpt-4.5-high" is itself a model\'s name (as qwen3-max is)',
      'it ends in the setting "high"; add the model without it ("gpt-4.5"), and the name then reads as that model at high',
      'it ends in the setting "16K thinking"; add the model without it ("o9"), and the name then reads as that model at 16K thinking',
      'it makes the id "文心一言", which is not a kebab-case id of ASCII letters and digits; register the model under an ASCII name and add "文心一言" to its aliases in data/models.csv',
    ]);
    // A weak suffix can end a model's own name: --force adds it.
    expect(planAddedModels({ names: ["zeta-max"], lab: "OpenAI", openWeights: false, force: true }, registry()).added.map((r) => r.id)).toEqual(["zeta-max"]);
    expect(planAddedModels({ names: ["zeta-2"], lab: "OpenAI", openWeights: false, displayName: " " }, registry()).refused[0].why).toBe("the display name (--name) is empty");
  });

  it("refuses a name that is a registered model but for the month and day it was released (grok-4-0709), unless --force", () => {
    const dated = [...rows, { ...row("grok-4", "xAI"), released: "2025-07-09" }, { ...row("kimi-k2", "Moonshot AI"), released: "2025-07-11" }];
    const reg: AddModelsRegistry = { rows: dated, products, matcher: buildModelMatcher({ models: dated.map((r) => ({ id: r.id, aliases: [] })), products }).matcher };
    const plan = planAddedModels({ names: ["grok-4-0709", "kimi-k2-0905"], lab: "xAI", openWeights: false }, reg);
    expect(plan.refused).toEqual([
      {
        name: "grok-4-0709",
        why: 'it ends in 0709, the month and day grok-4 was released (2025-07-09, data/models.csv): likely that model as its lab\'s API dates it; add "grok-4-0709" to the aliases of grok-4, or add --force if it is a model of its own',
        id: "grok-4",
      },
    ]);
    // Another day is another release (Kimi K2 0905), added as a model of its own.
    expect(plan.added.map((r) => r.id)).toEqual(["kimi-k2-0905"]);
    expect(planAddedModels({ names: ["grok-4-0709"], lab: "xAI", openWeights: false, force: true }, reg).added.map((r) => r.id)).toEqual(["grok-4-0709"]);
    // Rated within a year of the release: likely the model. Rated first more than a year after it: a later snapshot of that month and day (found in review: qwen-plus-0125, rated from 2025-02-14, read as qwen-plus of 2024-01-25).
    expect(sameDayModel("grok-4-0709", reg.matcher, () => "2025-07-09", "2025-08-01")?.id).toBe("grok-4");
    expect(sameDayModel("grok-4-0709", reg.matcher, () => "2025-07-09", "2026-07-09")?.id).toBe("grok-4");
    expect(sameDayModel("grok-4-0709", reg.matcher, () => "2025-07-09", "2026-07-10")).toBeUndefined();
  });

  it("refuses a name that is a registered model but for a release stage (grok-3-beta beside grok-3), unless --force (found in review: added without a word)", () => {
    const staged = [...rows, row("grok-3", "xAI")];
    const reg: AddModelsRegistry = { rows: staged, products, matcher: buildModelMatcher({ models: staged.map((r) => ({ id: r.id, aliases: [] })), products }).matcher };
    const plan = planAddedModels({ names: ["grok-3-beta", "grok-9-beta"], lab: "xAI", openWeights: false }, reg);
    expect(plan.refused).toEqual([
      {
        name: "grok-3-beta",
        why: 'it is grok-3 but for the release stage "beta": likely that model before its release; add "grok-3-beta" to the aliases of grok-3, or add --force if it is a model of its own (as o1-preview is)',
        id: "grok-3",
      },
    ]);
    // No registered model under the stage: a model of its own.
    expect(plan.added.map((r) => r.id)).toEqual(["grok-9-beta"]);
    expect(planAddedModels({ names: ["grok-3-beta"], lab: "xAI", openWeights: false, force: true }, reg).added.map((r) => r.id)).toEqual(["grok-3-beta"]);
  });

  it("refuses a name ending in a snapshot, naming the model to add instead, which then reads the name at that snapshot", () => {
    const plan = planAddedModels({ names: ["gemini-1.5-pro-002", "grok-2-2024-08-13", "Gemini 1.5 Ultra 001"], lab: "Google", openWeights: false }, registry());
    expect(plan.added).toEqual([]);
    expect(plan.refused.map((r) => r.why)).toEqual([
      'it ends in Google\'s stable version number 002, which the matcher reads as a snapshot of "gemini-1.5-pro", not as part of the model\'s name (each result keeps its snapshot, so two snapshots stay two rows of one model); add the model without it ("gemini-1.5-pro"), and "gemini-1.5-pro-002" then reads as that model at the snapshot 002',
      'it ends in the dated snapshot 2024-08-13, which the matcher reads as a snapshot of "grok-2", not as part of the model\'s name (each result keeps its snapshot, so two snapshots stay two rows of one model); add the model without it ("grok-2"), and "grok-2-2024-08-13" then reads as that model at the snapshot 2024-08-13',
      // Written with spaces the name reads no snapshot, but its id would: the id is named.
      'its id "gemini-1-5-ultra-001" ends in Google\'s stable version number 001, which the matcher reads as a snapshot of "gemini-1-5-ultra", not as part of the model\'s name (each result keeps its snapshot, so two snapshots stay two rows of one model); add the model without it ("gemini-1-5-ultra"), and "gemini-1-5-ultra-001" then reads as that model at the snapshot 001',
    ]);
    // What the refusal says holds: with the model added as told, the names read as it at their snapshots.
    const fixed = planAddedModels({ names: ["gemini-1.5-pro", "grok-2", "gemini-1-5-ultra"], lab: "Google", openWeights: false }, registry());
    expect(fixed.refused).toEqual([]);
    const after = [...rows, ...fixed.added];
    const { matcher } = buildModelMatcher({ models: after.map((r) => ({ id: r.id, aliases: [] })) });
    expect(["gemini-1.5-pro-002", "gemini-1.5-pro-001", "grok-2-2024-08-13", "gemini-1-5-ultra-001"].map((n) => matcher.resolve(n))).toEqual([
      { id: "gemini-1-5-pro", snapshot: "002" },
      { id: "gemini-1-5-pro", snapshot: "001" },
      { id: "grok-2", snapshot: "2024-08-13" },
      { id: "gemini-1-5-ultra", snapshot: "001" },
    ]);
    // Registered, the name is refused as the model's, at its snapshot.
    expect(planAddedModels({ names: ["gemini-1.5-pro-002"], lab: "Google", openWeights: false }, { rows: after, matcher }).refused).toEqual([
      { name: "gemini-1.5-pro-002", why: "already a name of gemini-1-5-pro (at the snapshot 002)", id: "gemini-1-5-pro" },
    ]);
    // Another lab's -00N is part of the model's name: OpenAI's davinci-002 is a model of its own.
    expect(planAddedModels({ names: ["davinci-002"], lab: "OpenAI", openWeights: false }, registry()).added.map((r) => r.id)).toEqual(["davinci-002"]);
  });

  it("says a row of a --from file names the same model as a row above it, and where they differ", () => {
    const many = planManyAddedModels(
      [
        { names: ["llama-2-70b"], lab: "Meta", openWeights: true, line: 2 },
        { names: ["Llama 2 70B"], lab: "Meta", openWeights: false, line: 3 },
      ],
      registry(),
    );
    expect(many.added.map((r) => r.id)).toEqual(["llama-2-70b"]);
    expect(many.refused).toEqual([{ name: "Llama 2 70B", line: 3, id: "llama-2-70b", why: "the same model as a row above (llama-2-70b, which says Meta, open weights true)" }]);
  });

  it("refuses the same model twice in one command", () => {
    const plan = planAddedModels({ names: ["yi-9b", "Yi 9B"], lab: "01.AI", openWeights: true }, registry());
    expect(plan.added.map((r) => r.id)).toEqual(["yi-9b"]);
    expect(plan.refused).toEqual([{ name: "Yi 9B", why: "the same id as yi-9b, named just before" }]);
  });
});

describe("labHint", () => {
  it("names the one lab of the registry's models that share the longest beginning with the name", () => {
    expect(labHint("gemini-1.5-pro", rows)).toEqual({ lab: "Google", prefix: "gemini", unsure: [], unsureLabs: {} });
    expect(labHint("GPT 4.5", rows)).toEqual({ lab: "OpenAI", prefix: "gpt", unsure: [], unsureLabs: {} });
    // Meta's llama-3-1-70b and NVIDIA's llama-3-1-nemotron-ultra-253b: the longer match decides.
    expect(labHint("llama-3.1-nemotron-70b-instruct", rows)).toEqual({ lab: "NVIDIA", prefix: "llama-3-1-nemotron", unsure: [], unsureLabs: {} });
    expect(labHint("llama-3.1-8b", rows)).toBeUndefined(); // both share llama-3-1
    expect(labHint("molmo-72b", rows)).toBeUndefined();
    // A name that goes on with a word none of that lab's names has is often another lab's model built on them (found in review): said, not guessed.
    expect(labHint("gpt-4o-snoozy", rows)).toEqual({ lab: "OpenAI", prefix: "gpt-4o", unsure: ["snoozy"], unsureLabs: {} });
    expect(labHint("gpt-snoozy", rows)).toEqual({ lab: "OpenAI", prefix: "gpt", unsure: [], unsureLabs: {} });
    expect(labHint("gpt4all-13b-snoozy", rows)).toEqual({ lab: "OpenAI", prefix: "gpt", unsure: ["4all"], unsureLabs: {} });
    expect(labHint("gemini-2.5-nemotron-9b", rows)).toEqual({ lab: "Google", prefix: "gemini-2-5", unsure: ["nemotron"], unsureLabs: { nemotron: "NVIDIA" } });
    expect(labHint("gemini-ultra-vision", rows)).toEqual({ lab: "Google", prefix: "gemini", unsure: [], unsureLabs: {} });
    // Versions, quantisations and host words are no sign; a word of one other lab's names is, wherever it comes (found in review).
    for (const name of ["gemini-2.5-pro-v2", "gemini-2p5-pro", "gemini-2.5-flash-6bit", "gemini-2.5-flash-fp8-dynamic", "gemini-2.5-flash-nothinking", "llama-3.1-70b-versatile"]) expect(labHint(name, rows)?.unsure, name).toEqual([]);
    expect(labHint("gemini-nemotron-embed", rows)).toEqual({ lab: "Google", prefix: "gemini", unsure: ["nemotron"], unsureLabs: { nemotron: "NVIDIA" } });
    // The note names the lab whose word it is.
    expect(unsureHintText(labHint("gemini-nemotron-embed", rows)!)).toBe('begins as the registry\'s gemini... models of Google, but goes on with "nemotron" (a word of NVIDIA\'s model names), in none of their names: it may be another lab\'s model built on them');
    expect(unsureHintText(labHint("gpt-4o-snoozy", rows)!)).toBe('begins as the registry\'s gpt-4o... models of OpenAI, but goes on with "snoozy", in none of their names: it may be another lab\'s model built on them');
    expect(labHint("llama-3.1-70b-instruct", rows)).toEqual({ lab: "Meta", prefix: "llama-3-1-70b", unsure: [], unsureLabs: {} });
  });

  it("names the prefix as the registry's ids write it, a number glued to its word kept glued", () => {
    const glued = [row("o3", "OpenAI"), row("o3-deep-research", "OpenAI"), row("hy3-preview", "Tencent"), row("qwen3-5-9b", "Alibaba"), row("qwen3-5-plus", "Alibaba"), row("qwen3-max", "Alibaba")];
    // keyPieces reads `o3` as `o`, `3`: the hint once said "o-3...", no id's beginning.
    expect(labHint("o3-deep-research-2", glued)).toEqual({ lab: "OpenAI", prefix: "o3-deep-research", unsure: [], unsureLabs: {} });
    expect(labHint("o3-ultra", glued)).toEqual({ lab: "OpenAI", prefix: "o3", unsure: [], unsureLabs: {} });
    expect(labHint("hy3-max", glued)).toEqual({ lab: "Tencent", prefix: "hy3", unsure: [], unsureLabs: {} });
    expect(labHint("Qwen 3.5 Omni", glued)).toEqual({ lab: "Alibaba", prefix: "qwen3-5", unsure: [], unsureLabs: {} });
    // The shared beginning ends inside `qwen3`: the word alone, as the ids begin.
    expect(labHint("qwen-coder", glued)).toEqual({ lab: "Alibaba", prefix: "qwen", unsure: [], unsureLabs: {} });
    for (const name of ["o3-ultra", "hy3-max", "Qwen 3.5 Omni", "qwen-coder"]) {
      const { prefix } = labHint(name, glued)!;
      expect(glued.some((r) => r.id.startsWith(prefix)), `${name}: ${prefix}`).toBe(true);
    }
  });

  it("names each way the sharing ids write the prefix, when they write it differently", () => {
    const mixed = [row("qwen3-5-9b", "Alibaba"), row("qwen-3-5-coder", "Alibaba")];
    expect(labHint("qwen3.5-omni", mixed)).toEqual({ lab: "Alibaba", prefix: "qwen-3-5 or qwen3-5", unsure: [], unsureLabs: {} });
  });
});
