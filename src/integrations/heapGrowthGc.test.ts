import { describe, expect, it } from "vitest";
import { exposeGc, growthCollector } from "./heapGrowthGc";

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

  it("gets a working gc from V8 at run time, which frees unreachable memory", () => {
    const gc = exposeGc();
    expect(typeof gc).toBe("function");
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () => new Array(10_000).fill(1));
    const held = process.memoryUsage().heapUsed;
    garbage = undefined;
    gc!();
    expect(garbage).toBeUndefined();
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 5_000_000);
  });
});
