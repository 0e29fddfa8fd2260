import { describe, expect, it } from "vitest";
import { latestDate } from "./latestDate";
import type { BoardEntry } from "./buildBoard";

const entry = (date: string, datedByTable?: true) => ({ score: { value: 1, date: new Date(date), ...(datedByTable && { datedByTable }), source_url: "https://x.example/", file: "f", line: 2 } }) as unknown as BoardEntry;

describe("latestDate", () => {
  it("is 'as of' when the newest date is the publisher's table's, 'newest report' otherwise", () => {
    expect(latestDate({ entries: [entry("2025-11-30", true)], latest: new Date("2025-11-30") })).toEqual({ date: new Date("2025-11-30"), word: "as of" });
    expect(latestDate({ entries: [entry("2026-01-02")], latest: new Date("2026-01-02") })?.word).toBe("newest report");
    // A report newer than the table's date: the newest date is that report's.
    expect(latestDate({ entries: [entry("2025-11-30", true), entry("2026-01-02")], latest: new Date("2026-01-02") })?.word).toBe("newest report");
    expect(latestDate({ entries: [], latest: undefined })).toBeUndefined();
  });
});
