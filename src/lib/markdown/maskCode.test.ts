import { describe, expect, it } from "vitest";
import { maskCode } from "./maskCode";

describe("maskCode", () => {
  it("blanks fenced blocks and code spans, keeping every offset and line break", () => {
    const text = "a `{{ x }}` b\r\n```liquid\r\n{% if %}\r\n```\r\n~~~~\n```\n~~~\n~~~~\nc {{ y }}\rd";
    const masked = maskCode(text);
    expect(masked.length).toBe(text.length);
    expect(masked.replace(/[^\r\n]/g, "")).toBe(text.replace(/[^\r\n]/g, ""));
    // A fence closes only on its own character, at least as long: ``` and ~~~ inside ~~~~ stay code.
    expect(masked.split(/\r\n|\r|\n/).map((l) => l.trim())).toEqual(["a           b", "", "", "", "", "", "", "", "c {{ y }}", "d"]);
  });
});
