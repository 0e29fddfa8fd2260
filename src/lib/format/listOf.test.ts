import { describe, expect, it } from "vitest";
import { firstOf, listOf } from "./listOf";

describe("listOf", () => {
  it("joins names as a sentence does", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["A"])).toBe("A");
    expect(listOf(["A", "B"])).toBe("A and B");
    expect(listOf(["A", "B", "C"])).toBe("A, B and C");
  });
  it("lists the first few of many, and says how many more", () => {
    expect(firstOf([2, 4, 6], 2)).toBe("2, 4 and 1 more");
    expect(firstOf([2, 4], 8)).toBe("2, 4");
    expect(firstOf(Array.from({ length: 10 }, (_, i) => i + 1))).toBe("1, 2, 3, 4, 5, 6, 7, 8 and 2 more");
  });
});
