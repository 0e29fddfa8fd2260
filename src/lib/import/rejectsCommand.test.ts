import { describe, expect, it } from "vitest";
import { fixAdvice, rejectCauses, rejectsCommand } from "./rejectsCommand";
import { shellWord } from "../format/shellWord";

describe("rejectsCommand", () => {
  it("repeats every option the saved rows need, --partial first (found in review: --missing 0.0 was left out)", () => {
    expect(rejectsCommand({ file: "h.rejected.csv", benchmark: "lmarena-history", wide: true, missing: ["0.0", "n/a"] })).toBe(
      "npm run import:results -- h.rejected.csv --benchmark lmarena-history --partial --wide --missing 0.0 --missing n/a",
    );
    expect(rejectsCommand({ file: "x.rejected.csv", benchmark: "tb", version: "v2", map: "model=Model; score=Score", asOf: "2025-11-30", rejected: "out/x.csv", root: "../my site" })).toBe(
      "npm run import:results -- x.rejected.csv --benchmark tb --partial --version v2 --map 'model=Model; score=Score' --as-of 2025-11-30 --rejected out/x.csv --root '../my site'",
    );
    // Rows of unknown models wait for their models: those not added stay in the file (helper-80).
    expect(rejectsCommand({ file: "h.rejected.csv", benchmark: "arena", skipUnmapped: true })).toBe("npm run import:results -- h.rejected.csv --benchmark arena --partial --skip-unmapped");
  });

  it("quotes a word only when a shell would read it otherwise", () => {
    expect(shellWord("2025-11-30")).toBe("2025-11-30");
    expect(shellWord("")).toBe("''");
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });
});

describe("fixAdvice", () => {
  const row = (reason: string, unknownModel?: string) => ({ line: 2, cells: {}, reason, ...(unknownModel ? { unknownModel } : {}) });
  it("names only the causes present: no models to add for a bad cell and a duplicate (found in review)", () => {
    const causes = rejectCauses([row('column "Score": expected a number'), row("duplicate row: x v1 on 2025-01-01 is already on line 2")]);
    expect(causes).toEqual({ unknownModels: 0, duplicates: 1, other: 1 });
    const advice = fixAdvice(causes, "pub.csv");
    expect(advice).not.toContain("models.csv");
    expect(advice).toBe(`fix the row with a bad cell or another problem in pub.csv (its reason is above) and keep one row of the duplicate (its line and its twin's are above), or map the column that tells them apart (--map "run_id=<column>")`);
    expect(fixAdvice(rejectCauses([row("unknown model", "m"), row("unknown model", "n")]), "pub.csv")).toBe("add the models of the 2 rows with an unknown model to data/models.csv (as ids, or as aliases of models there)");
  });
});
