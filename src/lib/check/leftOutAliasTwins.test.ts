import { describe, expect, it } from "vitest";
import type { ModelRef } from "../models/modelMatcher";
import { leftOutAliasTwins } from "./leftOutAliasTwins";

const record = "data/results/lmarena-history.left-out.csv";
const results = "data/results/lmarena-history.csv";
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const leftOut = (line: number, model: string, date: string) => ({ file: record, line, benchmark: "lmarena-history", version: "v1", date: day(date), model });
const result = (line: number, modelAsWritten: string, date: string) => ({ file: results, line, benchmark: "lmarena-history", version: "v1", evaluated_at: day(date), model: "gemini-2-0-flash", modelAsWritten });
const registry = [{ id: "gemini-2-0-flash", line: 315, lab: "Google", aliases: ["gemini-2.0-flash-exp"] }];
const resolve = (label: string): ModelRef | undefined => (["gemini-2.0-flash", "gemini-2.0-flash-exp"].includes(label) ? { id: "gemini-2-0-flash" } : undefined);

describe("leftOutAliasTwins", () => {
  it("warns of a name made an alias of a model the table rates beside it on the same day, and says to register it instead of importing the rejects (found in review: LMArena's gemini-2.0-flash-exp)", () => {
    const { findings, twins } = leftOutAliasTwins(
      [leftOut(7972, "gemini-2.0-flash-exp", "2025-02-06"), leftOut(7980, "gemini-2.0-flash-exp", "2025-02-07"), leftOut(12, "gemini-2.0-flash-exp", "2024-12-20")],
      [result(2506, "gemini-2.0-flash", "2025-02-06"), result(2510, "gemini-2.0-flash", "2025-02-07"), result(1900, "gemini-2.0-flash-exp", "2024-12-11")],
      registry,
      "data/models.csv",
      resolve,
    );
    expect(twins).toEqual([{ file: record, model: "gemini-2.0-flash-exp" }]);
    expect(findings).toHaveLength(1);
    // Only the rows on the twin's days: the 2024-12-20 row has no gemini-2.0-flash rating beside it.
    expect(findings[0]).toMatchObject({ file: record, line: 7972, severity: "warning", code: "left-out-alias-twin", places: [{ file: record, line: 7972 }, { file: record, line: 7980 }] });
    expect(findings[0].message).toMatch(
      /^gemini-2\.0-flash-exp is in the aliases cell of gemini-2-0-flash \(data\/models\.csv:315\), yet the table rates it beside "gemini-2\.0-flash" \(gemini-2-0-flash, data\/results\/lmarena-history\.csv:2506\) on 2 of the same days \(2025-02-06, 2025-02-07\): two rows of one table are two models/,
    );
    // The row already imported under the alias is named: it reads as the new model once registered.
    expect(findings[0].message).toContain("Its row in data/results/lmarena-history.csv (line 1900) is ranked as gemini-2-0-flash's. Its other left-out row would be ranked as gemini-2-0-flash's too if the rejects file were imported as it stands.");
    expect(findings[0].message).toMatch(/take "gemini-2\.0-flash-exp" out of that aliases cell .* npm run models -- add gemini-2\.0-flash-exp --lab Google --open-weights TRUE-OR-FALSE --released YYYY-MM-DD --force$/);
  });

  it("says nothing of a left-out row whose model the table rates under the same name that day (a duplicate of its own), or on a day without it", () => {
    expect(leftOutAliasTwins([leftOut(3, "gemini-2.0-flash", "2025-02-06"), leftOut(4, "gemini-2.0-flash-exp", "2025-03-01")], [result(2506, "gemini-2.0-flash", "2025-02-06")], registry, "data/models.csv", resolve).findings).toEqual([]);
  });
});
