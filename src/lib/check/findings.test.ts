import { describe, expect, it } from "vitest";
import { exitCodeFor, formatFinding, sortFindings, type Finding } from "./findings";

const error: Finding = { file: "data/models.csv", line: 4, column: "id", message: "bad id", severity: "error", code: "data" };
const warning: Finding = { file: "content/recaps/a.md", line: 7, field: "models", message: "no model", severity: "warning", code: "unknown-model-label" };

describe("findings", () => {
  it("formats errors exactly as the build does and marks warnings after the location", () => {
    expect(formatFinding(error)).toBe('data/models.csv:4 column "id": bad id');
    expect(formatFinding(warning)).toBe('content/recaps/a.md:7 field "models": warning: no model');
  });

  it("exits 1 on any error, 0 on warnings only unless strict", () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([warning])).toBe(0);
    expect(exitCodeFor([warning], { strict: true })).toBe(1);
    expect(exitCodeFor([warning, error])).toBe(1);
  });

  it("sorts by file, then line, errors first", () => {
    const sameLine: Finding = { ...warning, severity: "error", message: "z" };
    expect(sortFindings([error, warning, sameLine]).map((f) => f.message)).toEqual(["z", "no model", "bad id"]);
  });
});
