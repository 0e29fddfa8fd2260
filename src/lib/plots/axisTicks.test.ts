import { describe, expect, it } from "vitest";
import { formatScore, formatUsd } from "../format/formatNumber";
import { logTicks, minuteAxis, scoreAxisMargin, timeTicks } from "./axisTicks";
import { textWidth } from "./renderPlot";

/** Whether any two neighbouring labels, centred at their ticks, would touch. */
function touching(positions: number[], labels: string[]): boolean {
  return positions.some((p, i) => i > 0 && p - positions[i - 1] < (textWidth(labels[i]) + textWidth(labels[i - 1])) / 2);
}

describe("logTicks with room to fit", () => {
  it("thins a cost axis from two cents to thousands of dollars until no label touches (WeirdML: $0.02$0.03)", () => {
    const length = 440;
    const ticks = logTicks(0.02, 3000, { length, format: formatUsd });
    const at = (t: number) => ((Math.log(t) - Math.log(0.02)) / (Math.log(3000) - Math.log(0.02))) * length;
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(touching(ticks.map(at), ticks.map(formatUsd))).toBe(false);
    expect(ticks).not.toContain(0.03);
    // Without the fit, every 1, 2, 3 and 5 is a tick: 23 labels on 440 units.
    expect(logTicks(0.02, 3000).length).toBeGreaterThan(20);
  });
  it("keeps 1, 2, 3, 5 when there is room", () => {
    expect(logTicks(95, 2486, { length: 440, format: formatUsd })).toEqual([100, 200, 300, 500, 1000, 2000]);
  });
});

describe("timeTicks", () => {
  const label = (min: string, max: string, length = 440) => {
    const { ticks, format } = timeTicks(new Date(min), new Date(max), length);
    return ticks.map(format);
  };
  it("uses years across years, months across months, days across days; neighbours always differ", () => {
    expect(label("2023-05-08", "2025-02-27")).toEqual(["Jul 2023", "Jan 2024", "Jul 2024", "Jan 2025"]);
    expect(label("2019-01-01", "2026-06-01")).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(label("2026-02-10", "2026-02-20")).toEqual(["10 Feb 2026", "12 Feb", "14 Feb", "16 Feb", "18 Feb", "20 Feb"]);
    // Days across a new year name both years; a plot of one week says which year it is.
    expect(label("2025-12-27", "2026-01-04", 600)).toEqual(["27 Dec 2025", "29 Dec", "31 Dec", "2 Jan 2026", "4 Jan"]);
    expect(label("2025-08-05", "2025-08-07")).toEqual(["5 Aug 2025", "6 Aug", "7 Aug"]);
    for (const [a, b] of [["2026-02-10", "2026-02-20"], ["2025-11-01", "2026-03-01"], ["2023-05-08", "2025-02-27"]]) {
      const labels = label(a, b, 200);
      expect(new Set(labels).size, labels.join(" ")).toBe(labels.length);
    }
  });
});

describe("scoreAxisMargin", () => {
  it("leaves room for long score labels such as METR's minutes, and 48 for short ones", async () => {
    expect(scoreAxisMargin([0.04, 235], (v) => formatScore(v, "minutes"))).toBeGreaterThan(textWidth("3 h 55 min"));
    expect(scoreAxisMargin([34, 58], (v) => formatScore(v, "points"))).toBe(48);
  });
});

describe("minuteAxis", () => {
  it("puts a score axis in minutes past two hours on whole hours, at most eight steps (found in review: 1 h 40 min, 4 h 10 min)", () => {
    const axis = minuteAxis([12, 290], "minutes")!;
    expect([axis.domain, axis.ticks, axis.ticks.map(axis.tickFormat)]).toEqual([[0, 300], [0, 60, 120, 180, 240, 300], ["0 h", "1 h", "2 h", "3 h", "4 h", "5 h"]]);
    const long = minuteAxis([0.5, 1500], "minutes")!;
    expect(long.ticks.length).toBeLessThanOrEqual(9);
    expect(long.ticks.every((t) => t % 60 === 0)).toBe(true);
    expect(long.domain[1]).toBeGreaterThanOrEqual(1500);
    for (const t of long.ticks) expect(long.tickFormat(t), String(t)).toMatch(/^\d+ h$/);
    // Shorter axes and other units keep Plot's own ticks.
    expect(minuteAxis([5, 110], "minutes")).toBeUndefined();
    expect(minuteAxis([12, 290], "percent")).toBeUndefined();
    expect(minuteAxis([], "minutes")).toBeUndefined();
  });
});
