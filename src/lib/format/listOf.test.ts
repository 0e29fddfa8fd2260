import { describe, expect, it } from "vitest";
import { listOf } from "./listOf";

describe("listOf", () => {
  it("joins names as a sentence does", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["A"])).toBe("A");
    expect(listOf(["A", "B"])).toBe("A and B");
    expect(listOf(["A", "B", "C"])).toBe("A, B and C");
  });
});
