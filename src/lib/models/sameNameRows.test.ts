import { describe, expect, it } from "vitest";
import { nameKey, sameNameRows, type NamedRow } from "./sameNameRows";

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
});
