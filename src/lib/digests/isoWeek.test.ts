import { describe, expect, it } from "vitest";
import { isoWeek, parseWeekKey, weekKey, weekRange } from "./isoWeek";

describe("ISO weeks", () => {
  it("numbers weeks from the week holding the first Thursday", () => {
    expect(isoWeek(new Date("2026-02-17"))).toEqual({ year: 2026, week: 8 });
    expect(isoWeek(new Date("2026-01-01"))).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(new Date("2021-01-03"))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(new Date("2024-12-30"))).toEqual({ year: 2025, week: 1 });
    expect(isoWeek(new Date("2026-12-31T23:59:59Z"))).toEqual({ year: 2026, week: 53 });
  });

  it("reads dates in UTC whatever the time of day", () => {
    expect(isoWeek(new Date("2026-02-22T23:30:00Z"))).toEqual({ year: 2026, week: 8 });
    expect(isoWeek(new Date("2026-02-23T00:00:00Z"))).toEqual({ year: 2026, week: 9 });
  });

  it("gives Monday to Sunday as the range, and every day of the range maps back to the week", () => {
    const range = weekRange({ year: 2026, week: 8 });
    expect(range.start.toISOString().slice(0, 10)).toBe("2026-02-16");
    expect(range.end.toISOString().slice(0, 10)).toBe("2026-02-22");
    for (let y = 2019; y <= 2030; y++) {
      for (let d = new Date(Date.UTC(y, 0, 1)); d.getUTCFullYear() === y; d = new Date(d.getTime() + 86_400_000)) {
        const w = isoWeek(d);
        const r = weekRange(w);
        expect(d >= r.start && d <= r.end, d.toISOString()).toBe(true);
      }
    }
  });

  it("formats and parses keys", () => {
    expect(weekKey({ year: 2026, week: 8 })).toBe("2026-w08");
    expect(parseWeekKey("2026-w08")).toEqual({ year: 2026, week: 8 });
    expect(parseWeekKey("2026-w54")).toBeUndefined();
    expect(parseWeekKey("2026-8")).toBeUndefined();
  });
});
