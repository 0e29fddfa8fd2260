import { describe, expect, it } from "vitest";
import { FORBIDDEN_CHARACTERS, findForbiddenCharacter, forbiddenCharacterMessage } from "./text";

describe("forbidden characters", () => {
  it.each([
    ["a\u0000b", "U+0000", 1],
    ["\u0001", "U+0001", 0],
    ["x\u000b", "U+000B", 1],
    ["x\u000c", "U+000C", 1],
    ["x\u001f", "U+001F", 1],
    ["x\u007f", "U+007F", 1],
    ["x\u0085", "U+0085", 1],
    ["x\ufdd0", "U+FDD0", 1],
    ["x\uffff", "U+FFFF", 1],
    ["x\ud83f\udffe", "U+1FFFE", 1],
  ])("finds %j", (text, codePoint, index) => {
    expect(findForbiddenCharacter(text)).toEqual({ index, codePoint });
  });

  it("allows tab, line breaks, right-to-left and zero-width characters, emoji and CJK", () => {
    expect(findForbiddenCharacter("a\tb\nc\r\n\u202eevil\u202c\u200b\u200d🚀株式会社\ufffd")).toBeUndefined();
  });

  it("names the character in the message", () => {
    expect(forbiddenCharacterMessage({ codePoint: "U+0000" })).toContain("a NUL character (U+0000)");
    expect(forbiddenCharacterMessage({ codePoint: "U+001B" })).toContain("the control character U+001B");
    expect(forbiddenCharacterMessage({ codePoint: "U+FFFE" })).toContain("the noncharacter U+FFFE");
  });

  it("strips every one with the global pattern", () => {
    expect("a\u0000b\u0001c\u007fd🚀".replace(FORBIDDEN_CHARACTERS, "")).toBe("abcd🚀");
  });
});
