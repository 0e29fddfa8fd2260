import { describe, expect, it } from "vitest";
import { parseAmountCell, parseBoolCell, parseDateCell, parseDayCell, parseIntervalCell, parseListCell, parseNumberCell, parseUrlCell, magnitudeSuffix } from "./cells";

describe("parseNumberCell", () => {
  it.each([
    ["51", 51],
    ["57.3", 57.3],
    ["60.3%", 60.3],
    ["1,234", 1234],
    ["$2,088", 2088],
    ["$ 892", 892],
    ["74M", 74_000_000],
    ["1.2B", 1_200_000_000],
    ["43k", 43_000],
    ["157m", 157_000_000],
    ["1e6", 1_000_000],
    ["1.5E+3", 1500],
    [" 42 ", 42],
    ["0", 0],
    [".5", 0.5],
  ])("accepts %j as %d", (raw, value) => {
    expect(parseNumberCell(raw)).toEqual({ ok: true, value });
  });

  it.each(["", "n/a", "NaN", "Infinity", "-", "-3", "1,23", "12abc", "0x10", "1.2.3", "M", "$", "%"])("rejects %j", (raw) => {
    const result = parseNumberCell(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.expected).toBe("a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M");
  });
});

describe("magnitudeSuffix", () => {
  it("names the k, M, B or T parseNumberCell reads a number by, and nothing else", () => {
    expect(magnitudeSuffix("12m")).toEqual({ suffix: "m", reads: "millions" });
    expect(magnitudeSuffix(" 1.2 K ")).toEqual({ suffix: "K", reads: "thousands" });
    expect(parseNumberCell("1.2 K")).toEqual({ ok: true, value: 1200 });
    for (const raw of ["12", "60.3%", "$2,088", "12x", "m", "12 min", "1e3"]) expect(magnitudeSuffix(raw), raw).toBeUndefined();
    // Before a %, and in an interval's parts (found in review: 12m% and +4k/-3k passed).
    expect(magnitudeSuffix("12m%")).toEqual({ suffix: "m", reads: "millions" });
    expect(magnitudeSuffix("+4k/-3k")).toEqual({ suffix: "k", reads: "thousands" });
  });
});

describe("parseNumberCell bounds (src/schemas/limits.ts)", () => {
  it.each([
    ["1.7976931348623157e308", "too large"],
    ["1e999", "too large"],
    ["1e16", "too large"],
    ["1001T", "too large"],
    ["1e-400", "too small"],
    ["1e-10", "too small"],
    ["0.0000000001", "too small"],
  ])("refuses %j as %s, with a message", (raw, why) => {
    const result = parseNumberCell(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.expected).toContain(why);
  });

  it.each([
    ["1e15", 1e15],
    ["999T", 999e12],
    ["1e-9", 1e-9],
    ["0", 0],
    ["0e5", 0],
    ["0.000", 0],
  ])("accepts %j at the edge", (raw, value) => {
    expect(parseNumberCell(raw)).toEqual({ ok: true, value });
  });
});

describe("parseDayCell", () => {
  it("accepts a day as UTC midnight", () => {
    expect(parseDayCell(" 2026-12-02 ")).toEqual({ ok: true, value: new Date("2026-12-02T00:00:00Z") });
  });
  it.each(["2026-12-02T10:00:00Z", "2026-12-02T01:00+05:00", "2026-12-02 10:00", "02/12/2026", "2026-12-2"])("refuses %j, which is not a day alone, saying what is expected", (raw) => {
    expect(parseDayCell(raw)).toEqual({ ok: false, expected: "a day such as 2026-12-02 (YYYY-MM-DD, without a time)" });
  });
  it("refuses a day that does not exist", () => {
    expect(parseDayCell("2026-02-30")).toEqual({ ok: false, expected: "a date that exists (YYYY-MM-DD)" });
  });
});

describe("parseDateCell", () => {
  it("accepts a calendar date as UTC midnight", () => {
    expect(parseDateCell("2026-02-17")).toEqual({ ok: true, value: new Date("2026-02-17T00:00:00Z") });
  });
  it("accepts an ISO datetime with fraction and zone", () => {
    const r = parseDateCell("2026-02-17T05:44:39.731046Z");
    expect(r.ok && r.value.toISOString()).toBe("2026-02-17T05:44:39.731Z");
  });
  it("reads a time without a zone as UTC whatever the machine's zone, so a file builds the same everywhere (found in review: 18 February in Los Angeles)", () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ["America/Los_Angeles", "Asia/Kolkata", "UTC"]) {
        process.env.TZ = tz;
        expect(new Date(2026, 1, 17, 20, 30).getTimezoneOffset(), tz).toBe(tz === "UTC" ? 0 : tz === "Asia/Kolkata" ? -330 : 480);
        for (const raw of ["2026-02-17 20:30", "2026-02-17T20:30:00"]) {
          const r = parseDateCell(raw);
          expect(r.ok && r.value.toISOString(), `${raw} in ${tz}`).toBe("2026-02-17T20:30:00.000Z");
        }
        const zoned = parseDateCell("2026-02-17T20:30:00-08:00");
        expect(zoned.ok && zoned.value.toISOString()).toBe("2026-02-18T04:30:00.000Z");
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10"])("rejects the impossible date %j", (raw) => {
    expect(parseDateCell(raw)).toEqual({ ok: false, expected: "a date that exists (YYYY-MM-DD)" });
  });
  it.each(["17/02/2026", "2026-2-17", "yesterday", "", "2026-02-17T25:00"])("rejects %j", (raw) => {
    expect(parseDateCell(raw).ok).toBe(false);
  });
  it("accepts 29 February in a leap year", () => {
    expect(parseDateCell("2024-02-29").ok).toBe(true);
  });
});

describe("parseUrlCell", () => {
  it.each(["https://artificialanalysis.ai/", "http://example.org/a?b=c#d"])("accepts %j", (raw) => {
    expect(parseUrlCell(raw)).toEqual({ ok: true, value: raw });
  });
  it.each(["javascript:alert(1)", "data:text/html,hi", "ftp://x.org/", "/relative", "example.org", "https://"])("rejects %j", (raw) => {
    expect(parseUrlCell(raw)).toEqual({ ok: false, expected: "an http(s) URL" });
  });
});

describe("parseBoolCell and parseListCell", () => {
  it("reads booleans", () => {
    expect(parseBoolCell("TRUE")).toEqual({ ok: true, value: true });
    expect(parseBoolCell("no")).toEqual({ ok: true, value: false });
    expect(parseBoolCell("maybe")).toEqual({ ok: false, expected: "true or false" });
  });
  it("splits lists on | and drops empty parts", () => {
    expect(parseListCell(" a | b||c ")).toEqual(["a", "b", "c"]);
    expect(parseListCell("")).toEqual([]);
  });
});

describe("parseIntervalCell", () => {
  it("reads LMArena's +a/-b and symmetric intervals", () => {
    expect(parseIntervalCell("+4/-3")).toEqual({ ok: true, value: { plus: 4, minus: 3 } });
    expect(parseIntervalCell("-3/+4")).toEqual({ ok: true, value: { plus: 4, minus: 3 } });
    expect(parseIntervalCell("±2.5")).toEqual({ ok: true, value: { plus: 2.5, minus: 2.5 } });
    expect(parseIntervalCell("0.6%")).toEqual({ ok: true, value: { plus: 0.6, minus: 0.6 } });
  });
  it("refuses two signs alike and text", () => {
    expect(parseIntervalCell("+4/+3").ok).toBe(false);
    expect(parseIntervalCell("wide").ok).toBe(false);
  });
});

describe("parseAmountCell", () => {
  it("reads counts and amounts as parseNumberCell does, and refuses a percentage", () => {
    expect(["74M", "$2,088", "1,234", "200k"].map(parseAmountCell)).toEqual([74e6, 2088, 1234, 200e3].map((value) => ({ ok: true, value })));
    for (const raw of ["12%", " 9.5 % ", "$3%"]) expect(parseAmountCell(raw), raw).toEqual({ ok: false, expected: "a count or an amount such as 74M, 1,234 or $2,088, not a percentage" });
    expect(parseAmountCell("n/a").ok).toBe(false);
  });
});
