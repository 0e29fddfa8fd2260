import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dataFilesInMemory } from "../data/dataFiles";
import { loadDataset } from "../data/loadDataset";
import type { RejectedRow } from "./mergeResults";
import { planManyAddedModels, sameDayModel } from "../models/planAddedModels";
import { readCsv } from "../csv/readCsv";
import { stageTwinModel } from "../models/planModelImport";
import { MODEL_REGISTRY_HEADER, modelsToAddCsv, unknownModelAdvice } from "./unknownModelAdvice";

const rejected = (names: string[]): RejectedRow[] => names.map((name, i) => ({ line: i + 2, cells: { Model: name }, reason: "unknown model", unknownModel: name }));

describe("unknownModelAdvice", () => {
  it("suggests a line with one cell per column of the registry's own header", () => {
    const [line] = unknownModelAdvice(rejected(["Acme Nova 2"]), MODEL_REGISTRY_HEADER);
    expect(line).toBe("Acme Nova 2 (1 row): acme-nova-2,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,Acme Nova 2,,,,,,");
    expect(unknownModelAdvice(rejected(["Acme Nova 2"]), ["id", "name", "lab", "released", "open_weights", "aliases"])).toEqual([
      "Acme Nova 2 (1 row): acme-nova-2,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,Acme Nova 2",
    ]);
  });

  it("the line, filled in and appended to the registry, loads (found in review: 6 cells of 11 broke npm run check)", () => {
    const models = "id,name,lab,released,open_weights,aliases,context_window,input_price_per_mtok,output_price_per_mtok,catalog,catalog_date\nalpha,Alpha,Lab A,,false,,,,,,\n";
    const header = models.split("\n")[0].split(",");
    const suggested = unknownModelAdvice(rejected(["Acme, Nova 2", "Acme, Nova 2"]), header)[0];
    expect(suggested.startsWith('Acme, Nova 2 (2 rows): acme-nova-2,')).toBe(true);
    const filled = suggested.replace(/^.*?\): /, "").replace("<name>", "Acme Nova 2").replace("<lab>", "Acme").replace("<released YYYY-MM-DD or empty>", "").replace("<open weights true|false>", "false");
    const dataset = loadDataset(dataFilesInMemory({ "models.csv": `${models}${filled}\n`, "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\n" }));
    expect(dataset.models.find((m) => m.id === "acme-nova-2")).toMatchObject({ name: "Acme Nova 2", lab: "Acme", aliases: ["Acme, Nova 2"] });
  });

  it("advises an alias, not a row, for a name that is a registered model but for its release day (Epoch's grok-4-0709: a row made Grok 4 two pages)", () => {
    const dataset = loadDataset(
      dataFilesInMemory({
        "models.csv": "id,name,lab,released,open_weights,aliases\ngrok-4,Grok 4,xAI,2025-07-09,false,\nkimi-k2,Kimi K2,Moonshot AI,2025-07-11,true,\n",
        "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\n",
      }),
    );
    const released = (id: string) => dataset.models.find((m) => m.id === id)?.released?.toISOString().slice(0, 10);
    const advice = unknownModelAdvice(rejected(["grok-4-0709", "kimi-k2-0905"]), ["id", "name", "lab", "released", "open_weights", "aliases"], (name) => sameDayModel(name, dataset.aliases, released));
    expect(advice).toEqual([
      "grok-4-0709 (1 row): likely grok-4, released 2025-07-09 (0709 is that month and day, as its lab's API dates it): add grok-4-0709 to the aliases cell of grok-4 rather than a row of its own (npm run models -- add refuses it without --force)",
      // Another day is another model (Kimi K2 0905): a row of its own, as before.
      "kimi-k2-0905 (1 row): kimi-k2-0905,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,kimi-k2-0905",
    ]);
  });

  it("knows the sample registry's header", () => {
    const sample = readFileSync(new URL("../../../data/models.csv", import.meta.url), "utf8").split(/\r?\n/)[0];
    expect(sample).toBe(MODEL_REGISTRY_HEADER.join(","));
  });
});

describe("unknownModelAdvice for a name that ends in a snapshot or a setting", () => {
  it("advises the model without it, which npm run models -- add accepts (helper-79: rows it refuses were proposed)", () => {
    const rows = (names: string[]): RejectedRow[] => names.map((unknownModel, i) => ({ line: i + 2, cells: {}, reason: "unknown model", unknownModel }));
    const header = ["id", "name", "lab", "released", "open_weights", "aliases"];
    const advice = unknownModelAdvice(rows(["gemini-1.5-pro-002", "gemini-1.5-pro-002", "grok-2-mini-2024-08-13", "claude-opus-4_16K"]), header);
    const [snapshot, dated, setting] = ["gemini-1.5-pro-002", "grok-2-mini", "claude-opus-4_16K"].map((name) => advice.find((a) => a.startsWith(name))!);
    expect(snapshot).toBe('gemini-1.5-pro-002 (2 rows): reads as "gemini-1.5-pro" at the snapshot 002; add that model (or the name to the aliases cell of the model it is), not a row of this name: gemini-1-5-pro,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,gemini-1.5-pro');
    expect(dated).toContain('reads as "grok-2-mini" at the snapshot 2024-08-13');
    expect(setting).toContain('reads as "claude-opus-4" at the setting 16K thinking');
  });
});

describe("modelsToAddCsv", () => {
  it("lists each model to add once, most rows first, in the add --from layout, with the rows and a lab to check in its note", () => {
    const rows = (names: string[]): RejectedRow[] => names.map((unknownModel, i) => ({ line: i + 2, cells: {}, reason: "unknown model", unknownModel }));
    const registry = [{ id: "reka-flash", lab: "Reka" }];
    const toAdd = modelsToAddCsv(rows(["vicuna-13b", "reka-core-20240501", "reka-core-20240722", "reka-core-20240722", "grok-4-0709"]), registry, (name) => (name === "grok-4-0709" ? { id: "grok-4" } : undefined))!;
    expect(toAdd.models).toBe(2);
    expect(toAdd.text.split("\r\n")).toEqual([
      "name,lab,open_weights,released,display_name,force,note",
      '"reka-core",,,,,,"3 rows; as reka-core-20240501, reka-core-20240722; lab likely Reka (the lab of the registry\'s reka... models): check it"'.replace('"reka-core"', "reka-core"),
      "vicuna-13b,,,,,,1 row",
      "",
    ]);
    // Nothing to add: no file.
    expect(modelsToAddCsv(rows(["grok-4-0709"]), registry, () => ({ id: "grok-4" }))).toBeUndefined();
  });

  it("proposes a later snapshot of a registered model's release day with force true, which the add then takes (found in review: qwen-plus-0125 proposed, then refused)", () => {
    const rows: RejectedRow[] = [{ line: 2, cells: {}, reason: "unknown model", unknownModel: "qwen-plus-0125", date: "2025-02-14" }];
    const later = (name: string) => (name === "qwen-plus-0125" ? { id: "qwen-plus", released: "2024-01-25", mmdd: "0125", firstRated: "2025-02-14" } : undefined);
    const line = modelsToAddCsv(rows, [], undefined, undefined, later)!.text.split("\r\n")[1]!;
    expect(line.startsWith("qwen-plus-0125,,,,,true,")).toBe(true);
    expect(line).toContain("its 0125 is the month and day qwen-plus was released (2024-01-25), but its rows are rated from 2025-02-14, more than a year later");
  });
});

describe("unknown model names that are a registered model but for a release stage", () => {
  // Epoch's Terminal-Bench names grok-3-beta; the registry has grok-3 (models.dev's). The catalog
  // import reports OpenRouter's grok-3-beta as likely grok-3; the results import proposed a row of
  // its own (found in review), which would give Grok 3 a second page.
  const modelsCsv = "id,name,lab,released,open_weights,aliases\ngrok-3,Grok 3,xAI,2025-02-17,false,\no1,o1,OpenAI,2024-12-05,false,\n";
  const dataset = loadDataset(
    dataFilesInMemory({
      "models.csv": modelsCsv,
      "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\n",
    }),
  );
  const twin = (name: string) => stageTwinModel(name, dataset.aliases);
  const header = ["id", "name", "lab", "released", "open_weights", "aliases"];

  it("names the model it may be, in the advice and in the models-to-add file", () => {
    expect(unknownModelAdvice(rejected(["grok-3-beta", "glaive-swe-v1"]), header, undefined, twin)).toEqual([
      'glaive-swe-v1 (1 row): glaive-swe-v1,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,glaive-swe-v1',
      'grok-3-beta (1 row): may be grok-3 but for the release stage "beta" (a stage can also be another model: o1-preview is not o1): if it is, add grok-3-beta to the aliases cell of grok-3, not a row; if it is a model of its own: grok-3-beta,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,grok-3-beta',
    ]);
    expect(modelsToAddCsv(rejected(["grok-3-beta"]), dataset.models, undefined, twin)!.text.split("\r\n")[1]).toBe(
      'grok-3-beta,,,,,,"1 row; may be grok-3 but for the release stage ""beta"" (a stage can also be another model: o1-preview is not o1): if it is, add grok-3-beta to the aliases cell of grok-3, not a row (then delete this row); lab likely xAI (the lab of the registry\'s grok-3... models): check it"',
    );
  });

  it("says in the models-to-add file what `models -- add --from` would refuse as the file stands, each row seeing those above it (found in review: LMArena's qwen2.5-max and gemini-pro were proposed, then refused)", () => {
    const registryRows = readCsv(modelsCsv, "models.csv").rows.map((r) => ({ ...r.cells }));
    const refusals = (rows: readonly { name: string; force: boolean }[]) =>
      new Map(planManyAddedModels(rows.map((r) => ({ names: [r.name], lab: "xAI", openWeights: false, force: r.force, inFile: true })), { rows: registryRows, matcher: dataset.aliases }, { newLabs: true }).refused.map((r) => [r.name, r.why]));
    const text = modelsToAddCsv(rejected(["qwen2.5-max", "glaive-swe-v1", "grok-3-beta", "grok-9-mini", "grok-9-mini", "grok-9-pro", "grok-9-pro", "grok-9"]), dataset.models, undefined, twin, undefined, refusals)!.text;
    const note = (name: string) => readCsv(text, "x").rows.find((r) => r.cells.name === name)!.cells.note;
    expect(note("qwen2.5-max")).toBe('1 row; models -- add --from refuses this row as it stands: it reads as "qwen2.5" at the setting max; add "qwen2.5" instead, or set its force cell to true if "qwen2.5-max" is itself a model\'s name (as qwen3-max is)');
    expect(note("glaive-swe-v1")).toBe("1 row");
    // A release-stage twin keeps its own note, with the cell to set if it is a model of its own.
    expect(note("grok-3-beta")).toContain("(then delete this row); if it is a model of its own, set its force cell to true (the add refuses it otherwise)");
    // "grok-9", a family once the rows above it are added (grok-9-mini and grok-9-pro, more rows), as the add reads it.
    expect(note("grok-9")).toMatch(/^1 row; models -- add --from refuses this row as it stands: names a family of 2 models \(grok-9-mini, grok-9-pro\); name the model where the name is used, or set its force cell to true/);
    expect(note("grok-9-pro")).toBe("2 rows; lab likely xAI (the lab of the registry's grok... models): check it");
    // The advice printed for each name says so too, before its line (found in review: a line was
    // proposed for a name the models-to-add file said the add refuses).
    const one = (name: string) => refusals([{ name, force: false }]).get(name)?.replace("set its force cell to true", "add --force");
    expect(unknownModelAdvice(rejected(["qwen2.5-max", "glaive-swe-v1"]), header, undefined, twin, one)).toEqual([
      'glaive-swe-v1 (1 row): glaive-swe-v1,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,glaive-swe-v1',
      'qwen2.5-max (1 row): models -- add refuses a row of it as it stands: it reads as "qwen2.5" at the setting max; add "qwen2.5" instead, or add --force if "qwen2.5-max" is itself a model\'s name (as qwen3-max is); if it is a model of its own: qwen2-5-max,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,qwen2.5-max',
    ]);
  });

  it("calls a stage twin rated beside its model on the same days of the table a model of its own, proposed with force (found in review: aliased as advised, LMArena's gemini-2.0-flash-exp made two rows of one model and day)", () => {
    const beside = (name: string) => (twin(name) ? { ...twin(name)!, sameDays: 8 } : undefined);
    expect(unknownModelAdvice(rejected(["grok-3-beta"]), header, undefined, beside)).toEqual([
      "grok-3-beta (1 row): is grok-3 but for the release stage \"beta\", yet the table rates it beside grok-3 on 8 days: two rows of one table, so not another name of grok-3: a model of its own, which models -- add takes only with --force: grok-3-beta,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,grok-3-beta",
    ]);
    const line = modelsToAddCsv(rejected(["grok-3-beta"]), dataset.models, undefined, beside)!.text.split("\r\n")[1]!;
    expect(line.startsWith("grok-3-beta,,,,,true,")).toBe(true);
    expect(line).toContain("two rows of one table, so not another name of grok-3: a model of its own, so force is true for the add to take it");
    expect(line).not.toContain("aliases cell");
  });

  it("leaves a name without a stage as it was, and a stage word that leaves no registered model", () => {
    expect(twin("glaive-swe-v1")).toBeUndefined();
    expect(twin("gemini-9-preview")).toBeUndefined();
    expect(twin("o1-preview")).toEqual({ id: "o1", stages: ["preview"] });
  });
});

