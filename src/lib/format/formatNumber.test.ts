import { describe, expect, it } from "vitest";
import { formatApart, formatApartDifference, formatInterval, formatMinutes, formatScore, formatScoreChange, formatScoreDifference, formatTokens, formatUsd, MISSING } from "./formatNumber";
import { formatDate } from "./formatDate";

describe("the one number formatter", () => {
  it("formats tokens", () => {
    expect([74e6, 157e6, 25e6, 1.2e9, 43_000, 950, 12_500_000].map(formatTokens)).toEqual(["74M", "157M", "25M", "1.2B", "43k", "950", "12.5M"]);
  });
  it("moves tokens up a unit where the rounding reaches a thousand of one (found in review: 999,950 read \"1000k\")", () => {
    expect([999.6, 999_950, 999_999_999, 999_400, 99_960, 0.4].map(formatTokens)).toEqual(["1k", "1M", "1B", "999k", "100k", "0"]);
  });
  it("writes an interval the score's precision rounds away with the digit that shows it, never ±0 (found in review)", () => {
    expect(formatInterval(1200, 1199.6, 1200.4, "elo")).toBe("±0.4");
    expect(formatInterval(64.5, 64.48, 64.52, "percent")).toBe("±0.02%");
    expect(formatInterval(1200, 1195.6, 1204.4, "elo")).toBe("±4");
    expect(formatInterval(1200, 1200, 1200, "elo")).toBe("±0");
  });
  it("writes how far apart two close values are in the digits that tell them apart", () => {
    expect(formatApartDifference(1209.4, 1208.6, "elo")).toBe("0.8");
    expect(formatApartDifference(64.53, 64.5, "percent")).toBe("0.03 pts");
    expect(formatApartDifference(1300, 1200, "elo")).toBe("100");
    expect(formatApartDifference(30, 90, "minutes")).toBe("1 h 0 min");
    // Never coarser than formatScore, and never a gap of zero (found in review: "65% against 64% (+0 pts)").
    expect(formatApart(64.54, 64.46, "percent")).toEqual(["64.54%", "64.46%"]);
    expect(formatApartDifference(64.54, 64.46, "percent")).toBe("0.08 pts");
    expect(formatApart(64.504, 64.496, "percent")).toEqual(["64.504%", "64.496%"]);
    expect(formatApartDifference(64.5049, 64.4951, "percent")).toBe("0.010 pts");
    expect(formatApartDifference(1209.46, 1209.44, "elo")).toBe("0.02");
  });
  it("formats dollars", () => {
    expect([2088, 892, 2486.4, 1.8, 0.31, 12.5, 12, 0.5, 0.031, 1.005, 0, 1e-7, -1.8].map(formatUsd)).toEqual(["$2,088", "$892", "$2,486", "$1.80", "$0.31", "$12.50", "$12.00", "$0.50", "$0.031", "$1.00", "$0.00", "$0.0000001", "−$1.80"]);
  });
  it("formats scores by unit", () => {
    expect(formatScore(51, "points")).toBe("51");
    expect(formatScore(57.3, "points")).toBe("57.3");
    expect(formatScore(60.3, "percent")).toBe("60.3%");
    expect(formatScore(720, "minutes")).toBe("12 h 0 min");
    expect(formatScore(1633, "elo")).toBe("1,633");
  });
  it("signs a change of score; between two percentages it is in percentage points", () => {
    expect(formatScoreChange(-1.5, "points")).toBe("−1.5");
    expect(formatScoreChange(0, "points")).toBe("±0");
    // A change the score's precision rounds away keeps its digits, never "−0" (LMArena's movement cells, found in review).
    expect(formatScoreChange(-0.3, "elo")).toBe("−0.3");
    expect(formatScoreChange(0.04, "points")).toBe("+0.04");
    expect(formatScoreChange(0.02, "percent")).toBe("+0.02 pts");
    expect(formatScoreChange(-4.6, "elo")).toBe("−5");
    // Under a minute in seconds: METR's GPT-2 XL (0.0398 min) read "0 min +0.1 min/−0 min".
    expect(formatMinutes(0.0398)).toBe("2.4 s");
    expect(formatMinutes(0.6)).toBe("36 s");
    expect(formatScoreChange(0.02, "minutes")).toBe("+1.2 s");
    expect(formatScoreChange(24, "minutes")).toBe("+24 min");
    expect(formatScoreChange(64.5 - 52.5, "percent")).toBe("+12 pts");
    expect(formatScoreChange(-2.43, "percent")).toBe("−2.4 pts");
    expect(formatScoreChange(1, "percent")).toBe("+1 pt");
  });
  it("formats minutes", () => {
    expect([45, 137, 720, 2.5].map(formatMinutes)).toEqual(["45 min", "2 h 17 min", "12 h 0 min", "2.5 min"]);
    // Just under a minute rounds to one: "1 min", not "60 s" (found in review).
    expect([0.999, 0.99, 0.98].map(formatMinutes)).toEqual(["1 min", "59 s", "59 s"]);
  });
  it("shows a dash for missing values, never NaN or undefined", () => {
    for (const f of [formatTokens, formatUsd, formatMinutes, (v: number | undefined) => formatScore(v)]) {
      expect(f(undefined)).toBe(MISSING);
      expect(f(Number.NaN)).toBe(MISSING);
    }
  });
});

describe("formatApart", () => {
  it("keeps the usual form when two values read apart, or are equal", () => {
    expect(formatApart(53, 57, "points")).toEqual(["53", "57"]);
    expect(formatApart(1205, 1209, "elo")).toEqual(["1,205", "1,209"]);
    expect(formatApart(1209.4, 1209.4, "elo")).toEqual(["1,209", "1,209"]);
  });
  it("adds the fewest decimals that tell apart two values written alike, in their unit", () => {
    expect(formatApart(1208.6, 1209.4, "elo")).toEqual(["1,208.6", "1,209.4"]);
    expect(formatApart(1209.41, 1209.44, "elo")).toEqual(["1,209.41", "1,209.44"]);
    expect(formatApart(60.31, 60.34, "percent")).toEqual(["60.31%", "60.34%"]);
    expect(formatApart(58e6, 58.04e6, "tokens")).toEqual(["58,000,000", "58,040,000"]);
    expect(formatApart(2486.2, 2486.4, "usd")).toEqual(["$2,486.2", "$2,486.4"]);
    expect(formatApart(720.2, 720.4, "minutes")).toEqual(["720.2 min", "720.4 min"]);
  });
});

describe("formatDate", () => {
  it("formats in UTC whatever the machine's zone", () => {
    const d = new Date("2026-02-17T23:30:00Z");
    expect(formatDate(d)).toBe("17 February 2026");
    expect(formatDate(d, "iso")).toBe("2026-02-17");
    expect(formatDate(d, "short")).toBe("17 Feb 2026");
    expect(formatDate(d, "month")).toBe("February 2026");
  });
});

describe("formatScoreDifference", () => {
  it("writes how far apart two scores are without a sign, percentages in percentage points", () => {
    expect(formatScoreDifference(72 - 61, "percent")).toBe("11 pts");
    expect(formatScoreDifference(1, "percent")).toBe("1 pt");
    expect(formatScoreDifference(10.9, "points")).toBe("10.9");
    expect(formatScoreDifference(0.3, "elo")).toBe("0.3");
    expect(formatScoreDifference(-4, "points")).toBe("4");
  });
});
