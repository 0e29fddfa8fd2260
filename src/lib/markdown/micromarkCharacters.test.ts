import { expect, it } from "vitest";
import { asciiControl, unicodePunctuation, unicodeWhitespace, whitespaceOrEnd } from "./micromarkCharacters";

it("classifies code units as micromark does", () => {
  expect(unicodePunctuation("$".charCodeAt(0))).toBe(true); // symbols count (CommonMark 0.31)
  expect(unicodePunctuation("🚀".charCodeAt(0))).toBe(false); // a surrogate is neither
  expect(unicodeWhitespace(0xa0)).toBe(true);
  expect(whitespaceOrEnd(undefined)).toBe(true);
  expect(asciiControl(9)).toBe(true);
});
