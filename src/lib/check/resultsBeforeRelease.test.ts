import { describe, expect, it } from "vitest";
import type { Model } from "../../schemas/model";
import type { Result } from "../../schemas/result";
import { resultsBeforeRelease } from "./resultsBeforeRelease";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const model = { id: "zephyr-7b-beta", name: "Zephyr 7B beta", lab: "Hugging Face", released: day("2023-10-26"), line: 730 } as unknown as Model;
const result = (line: number, date: string, extra: Partial<Result> = {}) =>
  ({ benchmark: "lmarena-history", version: "v1", model: "zephyr-7b-beta", modelAsWritten: "zephyr-7b-beta", evaluated_at: day(date), source_url: "https://lmarena.ai", file: "data/results/lmarena-history.csv", line, ...extra }) as Result;

describe("resultsBeforeRelease", () => {
  it("warns once per file and model, naming the rows, the release date and its line in data/models.csv (found in review: LMArena's 0.0 imported as Elo 0)", () => {
    const findings = resultsBeforeRelease([result(12, "2023-06-19"), result(9, "2023-05-08"), result(40, "2023-10-26"), result(41, "2023-11-02")], [model], "data/models.csv");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: "data/results/lmarena-history.csv", line: 9, severity: "warning", code: "result-before-release", places: [{ line: 9 }, { line: 12 }].map((p) => ({ ...p, file: "data/results/lmarena-history.csv" })) });
    expect(findings[0].message).toMatch(/^zephyr-7b-beta was released 2023-10-26 \(data\/models\.csv:730\), and has 2 results dated before it, the earliest 2023-05-08 \(lines 9, 12\): /);
  });

  it("names LMArena's 0.0 only where an early row's score is 0 (helper-80: said of rows imported with --missing 0.0)", () => {
    const [rated] = resultsBeforeRelease([result(9, "2023-05-08", { score: 1100 })], [model], "data/models.csv");
    expect(rated.message).not.toContain("--missing 0.0");
    expect(rated.message).toContain("Another model's score read as this one, or a late release date?");
    const [zero] = resultsBeforeRelease([result(9, "2023-05-08", { score: 0 })], [model], "data/models.csv");
    expect(zero.message).toContain(`a "no rating" cell read as a score (LMArena's 0.0: import with --missing 0.0)?`);
  });

  it("on a row a catalog imported, says to empty its catalog cell with the date: the next import:models would put the catalog's date back (found with models.dev's gpt-4, dated 2023-11-06)", () => {
    const [own] = resultsBeforeRelease([result(2, "2023-05-08")], [model], "data/models.csv");
    expect(own.message).toMatch(/fix the released cell$/);
    const [imported] = resultsBeforeRelease([result(2, "2023-05-08")], [{ ...model, catalog: "models.dev" }], "data/models.csv");
    expect(imported.message).toMatch(/fix the released cell and empty its catalog cell \(models\.dev\), which makes the row yours: the next npm run import:models would otherwise put the catalog's date back$/);
  });

  it("says nothing for a model without a release date, or results on or after it", () => {
    expect(resultsBeforeRelease([result(2, "2023-05-08")], [{ ...model, released: undefined }], "data/models.csv")).toEqual([]);
    expect(resultsBeforeRelease([result(2, "2023-10-26")], [model], "data/models.csv")).toEqual([]);
  });
});

describe("resultsBeforeRelease, rows that name another model read as this one", () => {
  it("names the label and the command that registers it, when the matcher read it as the nearest row for want of its own (helper-72: LMArena's llama-2-7b-chat as llama-2-7b-chat-fp16)", async () => {
    const { buildModelMatcher } = await import("../models/modelMatcher");
    const fp16 = { id: "llama-2-7b-chat-fp16", name: "Llama 2 7B Chat FP16", lab: "Meta", released: day("2025-04-03"), line: 388, catalog: "models.dev", aliases: [] } as unknown as Model;
    const { matcher } = buildModelMatcher({ models: [{ id: fp16.id, aliases: [] }], products: [] });
    const rows = [result(10, "2023-08-02", { model: fp16.id, modelAsWritten: "llama-2-7b-chat" }), result(13, "2023-09-05", { model: fp16.id, modelAsWritten: "llama-2-7b-chat" })];
    const [finding] = resultsBeforeRelease(rows, [fp16], "data/models.csv", (label) => matcher.match(label));
    expect(finding.message.endsWith(
      `. The rows name it "llama-2-7b-chat", which the site reads as llama-2-7b-chat-fp16 (the registry's only row of it, served in one number format): if that is a model of its own, register it and the rows then name it: npm run models -- add llama-2-7b-chat --lab Meta --open-weights TRUE-OR-FALSE --released YYYY-MM-DD --force`,
    ), finding.message).toBe(true);
    // A host's or a spelling's form of the name: named, quoted for the shell, one command per model;
    // a host's form is no model's own name and gets none (helper-73).
    const spelled = [result(10, "2023-08-02", { model: fp16.id, modelAsWritten: "Llama 2 7B Chat" }), result(11, "2023-08-02", { model: fp16.id, modelAsWritten: "llama-2-7b-chat" }), result(12, "2023-08-02", { model: fp16.id, modelAsWritten: "together/llama-2-7b-chat" })];
    const [several] = resultsBeforeRelease(spelled, [{ ...fp16, lab: "Meta AI" } as Model], "data/models.csv", (label) => matcher.match(label));
    expect(several.message).toContain(`. The rows name it "Llama 2 7B Chat", "llama-2-7b-chat", "together/llama-2-7b-chat", which the site reads as llama-2-7b-chat-fp16 (the registry's only row of it, served in one number format): if that is a model of its own, register it and the rows then name it: npm run models -- add 'Llama 2 7B Chat' --lab 'Meta AI' --open-weights TRUE-OR-FALSE --released YYYY-MM-DD --force`);
    const [hosted] = resultsBeforeRelease([spelled[2]], [fp16], "data/models.csv", (label) => matcher.match(label));
    expect(hosted.message.endsWith(`. The rows name it "together/llama-2-7b-chat", which the site reads as llama-2-7b-chat-fp16 (the registry's only row of it, served in one number format).`), hosted.message).toBe(true);
    // Rows that name the row itself, or a snapshot of it, get no such sentence.
    const [own] = resultsBeforeRelease([result(10, "2023-08-02", { model: fp16.id, modelAsWritten: fp16.id })], [fp16], "data/models.csv", (label) => matcher.match(label));
    expect(own.message).not.toContain("The rows name it");
  });
});
