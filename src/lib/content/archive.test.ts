import { describe, expect, it } from "vitest";
import { recapMonths, recapsIn, recapYears } from "./archive";

const recap = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
const recaps = [recap("d", "2026-02-20"), recap("c", "2026-02-01T23:30:00Z"), recap("b", "2026-01-31"), recap("a", "2025-12-31T23:59:59Z")];

describe("archive", () => {
  it("counts recaps per year and per month, newest first, in UTC", () => {
    expect(recapYears(recaps)).toEqual([
      { year: "2026", count: 3 },
      { year: "2025", count: 1 },
    ]);
    expect(recapMonths(recaps)).toEqual([
      { year: "2026", month: "02", count: 2 },
      { year: "2026", month: "01", count: 1 },
      { year: "2025", month: "12", count: 1 },
    ]);
  });

  it("selects a year or a month, keeping the order", () => {
    expect(recapsIn(recaps, "2026").map((r) => r.id)).toEqual(["d", "c", "b"]);
    expect(recapsIn(recaps, "2026", "02").map((r) => r.id)).toEqual(["d", "c"]);
    expect(recapsIn(recaps, "2024")).toEqual([]);
  });
});
