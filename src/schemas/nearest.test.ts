import { describe, expect, it } from "vitest";
import { didYouMean, quotedOrList } from "./nearest";

describe("quotedOrList and didYouMean", () => {
  it("quote names and join them as alternatives", () => {
    expect([quotedOrList(["a"]), quotedOrList(["a", "b"]), quotedOrList(["a", "b", "c"])]).toEqual(['"a"', '"a" or "b"', '"a", "b" or "c"']);
    expect(didYouMean("modle", ["model", "version"])).toBe(' (did you mean "model"?)');
    expect(didYouMean("zzzzzz", ["model"])).toBe("");
  });
});
