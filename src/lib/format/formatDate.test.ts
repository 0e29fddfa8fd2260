import { describe, expect, it } from "vitest";
import { AS_OF_NOTE, asOfPrefix, dateWord, formatDate } from "./formatDate";

describe("formatDate", () => {
  it("formats in UTC, whatever the local time zone", () => {
    const d = new Date("2026-02-17T00:00:00Z");
    expect([formatDate(d), formatDate(d, "short"), formatDate(d, "iso"), formatDate(d, "month")]).toEqual(["17 February 2026", "17 Feb 2026", "2026-02-17", "February 2026"]);
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
