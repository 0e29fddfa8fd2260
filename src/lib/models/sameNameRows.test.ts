import { describe, expect, it } from "vitest";
import { nameKey, sameNameRows, type NamedRow } from "./sameNameRows";
import { sameNameFindings } from "../check/checkSite";

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
