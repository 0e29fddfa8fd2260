import { describe, expect, it } from "vitest";
import type { ModelRef } from "../models/modelMatcher";
import { leftOutRegistered } from "./leftOutRegistered";

const file = "data/results/lmarena-history.left-out.csv";
const row = (line: number, model: string, cause: "unknown-model" | "other" = "unknown-model") => ({ file, line, model, cause });
const registry = [{ id: "early-grok-3", line: 730 }];
const resolve = (label: string): ModelRef | undefined => (label === "early-grok-3" ? { id: "early-grok-3" } : undefined);

describe("leftOutRegistered", () => {
  it("warns once per record and name whose rows are recorded as left out for a model the registry now has (found in review: the board said early-grok-3 was not in the registry after npm run models -- add)", () => {
    const findings = leftOutRegistered([row(9, "early-grok-3"), row(4, "early-grok-3"), row(5, "gemini-exp-1121")], registry, "data/models.csv", resolve);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file, line: 4, severity: "warning", code: "left-out-registered", places: [{ file, line: 4 }, { file, line: 9 }] });
    expect(findings[0].message).toMatch(/^early-grok-3 is in the model registry now \(early-grok-3, data\/models\.csv:730\), but its 2 rows are still recorded as left out \(lines 4, 9\) for want of it: /);
    expect(findings[0].message).toContain("Import the rejects file with the command the import printed for it");
  });

  it("says nothing of rows left out for another cause, or of names the registry still lacks", () => {
    expect(leftOutRegistered([row(2, "early-grok-3", "other"), row(3, "gemini-exp-1121")], registry, "data/models.csv", resolve)).toEqual([]);
  });
});
