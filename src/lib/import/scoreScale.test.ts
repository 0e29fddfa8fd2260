import { describe, expect, it } from "vitest";
import { fractionExample, percentCell, scoreValues } from "./scoreScale";

const cells = (...texts: string[]) => texts.map((text, i) => ({ line: i + 2, text }));

describe("scoreScale", () => {
  it("finds the first cell written as a percentage", () => {
    expect(percentCell(cells("51", "64.5%", "70%"))).toEqual({ line: 3, text: "64.5%" });
    expect(percentCell(cells("51", "64.5"))).toBeUndefined();
  });

  it("reads fractions of 1 from three scores on, none above 1 and some strictly between 0 and 1; cells that are no number do not decide", () => {
    expect(fractionExample(scoreValues(cells("1", "0.645", "0.5")))).toEqual({ line: 3, text: "0.645", value: 0.645 });
    expect(fractionExample(scoreValues(cells("0.645", "0.5")))).toBeUndefined();
    expect(fractionExample(scoreValues(cells("0.645", "0.5", "64.5")))).toBeUndefined();
    // Pass/fail is not a scale.
    expect(fractionExample(scoreValues(cells("0", "1", "1")))).toBeUndefined();
    expect(scoreValues(cells("n/a", "0.5"))).toEqual([{ line: 3, text: "0.5", value: 0.5 }]);
  });
});
