import { describe, expect, it } from "vitest";
import { leftOutWithoutRunIds } from "./leftOutWithoutRunIds";

const file = "data/results/terminal-bench.left-out.csv";
const row = (line: number, model: string, run_id?: string, setting = "Terminus 2") => ({ file, line, version: "v1", date: new Date("2025-11-30"), model, setting, ...(run_id !== undefined && { run_id }) });

describe("leftOutWithoutRunIds", () => {
  it("warns of one key on two lines of a record written before the run_id column (Epoch's two gpt-5-mini runs with Terminus 2), at the second line, saying to import the table again", () => {
    const findings = leftOutWithoutRunIds([row(5, "gpt-5-mini-2025-08-07_medium"), row(4, "glaive-swe-v1"), row(6, "gpt-5-mini-2025-08-07_medium")]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file, line: 6, severity: "warning", code: "left-out-without-run-ids", places: [{ file, line: 5 }, { file, line: 6 }] });
    expect(findings[0].message).toMatch(/^gpt-5-mini-2025-08-07_medium \(Terminus 2\) v1 on 2025-11-30 is on lines 5, 6, and this record has no run_id column .*Import the publisher's table again/);
  });

  it("says nothing of runs told apart by their ids, or of one key once", () => {
    expect(leftOutWithoutRunIds([row(5, "gpt-5-mini-2025-08-07_medium", "recKvbUh4oTmehdz6"), row(6, "gpt-5-mini-2025-08-07_medium", "reccP5RKLXt7AfwRD"), row(7, "glaive-swe-v1")])).toEqual([]);
    expect(leftOutWithoutRunIds([row(5, "x", undefined, "A"), row(6, "x", undefined, "B")])).toEqual([]);
  });
});
