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
    // Half of a character (a YAML escape "\ud800"), and a directional override left open or a pop with nothing to close (found in review).
    ["Lone \ud800 surrogate", "U+D800", 5],
    ["end \udc00", "U+DC00", 4],
    ["Ids \u202eevil end", "U+202E", 4],
    ["a \u2067b\u2069 \u2069", "U+2069", 6],
    // A closer of the other kind closes nothing.
    ["a\u2066b\u202cc", "U+202C", 3],
    ["a\u202eb\u2069c", "U+2069", 3],
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
    expect(forbiddenCharacterMessage({ codePoint: "U+D800" })).toContain("half of a character (the lone surrogate U+D800)");
    expect(forbiddenCharacterMessage({ codePoint: "U+202E" })).toContain("the directional formatting character U+202E without its pair");
  });

  it("strips every one with the global pattern", () => {
    expect("a\u0000b\u0001c\u007fd🚀".replace(FORBIDDEN_CHARACTERS, "")).toBe("abcd🚀");
  });
});
