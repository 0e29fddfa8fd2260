import { describe, expect, it } from "vitest";
import { exposedGc, growthCollector } from "./heapGrowthGc";

describe("growthCollector", () => {
  it("collects when the heap passes the floor, then when it doubles what the collection left", () => {
    let heap = 100;
    let runs = 0;
    const collect = growthCollector({ factor: 2, floorBytes: 300, heapUsed: () => heap, gc: () => {
      runs++;
      heap = 180; // what survives
    } });
    const at = (h: number) => ((heap = h), collect());
    expect([at(200), at(299), at(300)]).toEqual([false, false, true]);
    // Left 180: the next collection comes at 360.
    expect([at(350), at(361)]).toEqual([false, true]);
    expect(runs).toBe(2);
    expect(growthCollector({ factor: 2, floorBytes: 300, gc: undefined })()).toBe(false);
    expect(growthCollector({ factor: 2, floorBytes: 0, heapUsed: () => heap, gc: () => runs++ })()).toBe(false);
  });

  it("uses the gc that --expose-gc gives the process, and none without the flag", () => {
    const gc = () => {};
    expect(exposedGc({ gc })).toBe(gc);
    expect(exposedGc({})).toBeUndefined();
  });
});
