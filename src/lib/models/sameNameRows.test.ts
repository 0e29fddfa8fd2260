import { describe, expect, it } from "vitest";
import { aliasesNamingOtherRows, nameKey, sameNameRows, type NamedRow } from "./sameNameRows";
import { aliasNameFindings, sameNameFindings } from "../check/checkSite";

const row = (id: string, name: string, lab: string, line: number): NamedRow => ({ id, name, lab, line });

describe("registry rows a reader cannot tell apart", () => {
  it("groups the rows of one lab under one display name, ignoring case, spaces, hyphens and underscores", () => {
    const rows = [
      row("qwen3-235b-a22b-instruct-2507", "Qwen3 235B A22B Instruct 2507", "Alibaba", 9),
      row("qwen3-30b-a3b", "Qwen3-30B-A3B", "Alibaba", 3),
      row("qwen3-235b-a22b-2507", "Qwen3 235B A22B Instruct 2507", "Alibaba", 5),
      row("qwen-3-30b", "qwen3 30b_a3b", "Alibaba", 2),
      row("claude-opus-4", "Claude Opus 4", "Anthropic", 4),
    ];
    expect(sameNameRows(rows)).toEqual([
      { lab: "Alibaba", name: "qwen3 30b_a3b", rows: [rows[3], rows[1]] },
      { lab: "Alibaba", name: "Qwen3 235B A22B Instruct 2507", rows: [rows[2], rows[0]] },
    ]);
  });

  it("keeps apart names that differ by any other character, and one name at two labs", () => {
    expect(nameKey("Command R")).not.toBe(nameKey("Command R+"));
    expect(nameKey("Qwen3.5 Flash")).not.toBe(nameKey("Qwen3 5 Flash"));
    expect(nameKey("Imagen-4")).toBe(nameKey("imagen 4"));
    const rows = [row("command-r", "Command R", "Cohere", 2), row("command-r-plus", "Command R+", "Cohere", 3), row("m-1", "Model 1", "Lab A", 4), row("m-1-b", "Model 1", "Lab B", 5)];
    expect(sameNameRows(rows)).toEqual([]);
  });

  it("takes brackets, commas and colons for the spaces a reader reads them as (the sample registry's Grok 4.20 rows before 9ec97cc)", () => {
    expect(nameKey("Grok 4.20 (Reasoning)")).toBe(nameKey("Grok 4.20 Reasoning"));
    expect(nameKey("Qwen3 235B A22B Instruct (2507)")).toBe(nameKey("Qwen3 235B A22B Instruct 2507"));
    expect(nameKey("(Model) 1")).toBe("model 1");
    expect(nameKey("Grok 4.20 (Reasoning)")).not.toBe(nameKey("Grok 4.20 (Non-Reasoning)"));
    const rows = [row("grok-4-20-0309-reasoning", "Grok 4.20 (Reasoning)", "xAI", 717), row("grok-4-20-reasoning", "Grok 4.20 Reasoning", "xAI", 724)];
    expect(sameNameRows(rows)).toEqual([{ lab: "xAI", name: "Grok 4.20 (Reasoning)", rows }]);
  });

  it("says that a catalog's row takes its name from the catalog, so renaming it means making it the editor's row", () => {
    const imported = [
      { ...row("minimax-m1", "MiniMax M1", "MiniMax", 435), catalog: "models.dev" },
      { ...row("minimax-m1-80k", "MiniMax M1", "MiniMax", 436), catalog: "models.dev" },
    ];
    const [finding] = sameNameFindings(imported, "data/models.csv");
    expect(finding).toMatchObject({ file: "data/models.csv", line: 436, severity: "warning", code: "model-same-name" });
    expect(finding.message).toContain(`give them names that tell them apart ("minimax-m1" and "minimax-m1-80k" take their names from their catalogs at each import: to rename one, make it your row first by emptying its catalog cell)`);
    const mixed = sameNameFindings([{ ...imported[0], catalog: "" }, imported[1]], "data/models.csv");
    expect(mixed[0].message).toContain(`("minimax-m1-80k" takes its name from its catalog at each import`);
    const editors = sameNameFindings([{ ...imported[0], catalog: "" }, { ...imported[1], catalog: undefined }], "data/models.csv");
    expect(editors[0].message).toMatch(/give them names that tell them apart$/);
  });
});

describe("an alias that is another row's display name (found in review)", () => {
  const rows = [
    { ...row("gemini-2-5-pro", "Gemini 2.5 Pro", "Google", 30), aliases: ["gemini-2.5-pro-preview-06-05", "gemini-2.5-pro-preview-05-06"] },
    { ...row("gemini-2-5-pro-preview", "Gemini 2.5 Pro Preview 06-05", "Google", 323), catalog: "models.dev", aliases: [] },
    { ...row("claude-opus-4", "Claude Opus 4", "Anthropic", 4), aliases: ["claude-opus-4-20250514", "Claude Opus 4"] },
  ];
  it("finds the alias, in any case or punctuation, and never a row's own name", () => {
    expect(aliasesNamingOtherRows(rows).map((f) => [f.row.id, f.alias, f.other.id])).toEqual([["gemini-2-5-pro", "gemini-2.5-pro-preview-06-05", "gemini-2-5-pro-preview"]]);
  });
  it("is a check warning at the alias's row that names both rows", () => {
    const [f] = aliasNameFindings(rows, "data/models.csv");
    expect(f).toMatchObject({ file: "data/models.csv", line: 30, column: "aliases", severity: "warning", code: "alias-names-other-model" });
    expect(f.message).toContain(`alias "gemini-2.5-pro-preview-06-05" of "gemini-2-5-pro" is the name of another model, "gemini-2-5-pro-preview" ("Gemini 2.5 Pro Preview 06-05", line 323): results under that name are credited to gemini-2-5-pro`);
  });
});
