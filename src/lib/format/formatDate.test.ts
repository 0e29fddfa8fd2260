import { describe, expect, it } from "vitest";
import { AS_OF_NOTE, asOfPrefix, dateWord, formatDate } from "./formatDate";

describe("formatDate", () => {
  it("formats in UTC, whatever the local time zone", () => {
    const d = new Date("2026-02-17T00:00:00Z");
    expect([formatDate(d), formatDate(d, "short"), formatDate(d, "iso"), formatDate(d, "month")]).toEqual(["17 February 2026", "17 Feb 2026", "2026-02-17", "February 2026"]);
  });

  it("gives each instant its own text in each style, however often it is asked (the cache keys by style and instant)", () => {
    const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)));
    const first = days.map((d) => [formatDate(d), formatDate(d, "short"), formatDate(d, "iso"), formatDate(d, "month")]);
    // Asked again, in another order, with equal Date objects: the same texts.
    const again = days.map((d) => new Date(d.getTime())).reverse().map((d) => [formatDate(d), formatDate(d, "short"), formatDate(d, "iso"), formatDate(d, "month")]).reverse();
    expect(again).toEqual(first);
    expect(first[0]).toEqual(["1 January 2025", "1 Jan 2025", "2025-01-01", "January 2025"]);
    expect(first[399]).toEqual(["4 February 2026", "4 Feb 2026", "2026-02-04", "February 2026"]);
    // Two instants of one day are two keys, each formatted as its own (UTC) day.
    expect([formatDate(new Date("2026-02-17T23:59:59Z"), "iso"), formatDate(new Date("2026-02-18T00:00:00Z"), "iso")]).toEqual(["2026-02-17", "2026-02-18"]);
  });

  it("still refuses an invalid date, every time", () => {
    const bad = new Date("not a date");
    expect(() => formatDate(bad)).toThrow(RangeError);
    expect(() => formatDate(bad)).toThrow(RangeError);
    expect(() => formatDate(bad, "iso")).toThrow(RangeError);
  });
});

describe("dateWord", () => {
  it("reads a report's own date as reported, the publisher's table's as 'as of'", () => {
    expect(dateWord({})).toBe("reported");
    expect(dateWord({ datedByTable: true })).toBe("as of");
    expect([asOfPrefix({}), asOfPrefix({ datedByTable: true })]).toEqual(["", "as of "]);
    expect(AS_OF_NOTE).toMatch(/^“As of” dates are the date of the publisher's table/);
  });
});
