import { describe, expect, it } from "vitest";
import { parseMdxBody } from "./mdxTree";
import { mdxSyntaxProblems } from "./mdxSyntax";
import { scanMdxBody } from "../html/scanBody";

const file = (body: string) => `---\ntitle: A recap\ndate: 2026-01-02\n---\n${body}`;

describe("parseMdxBody", () => {
  it("parses a file's body once for the two checks of the first read, and again for another file", () => {
    const source = file("Some [link](https://example.org/) and <Leaderboard benchmark=\"x\" />\n");
    const first = parseMdxBody(source);
    expect(parseMdxBody(source)).toBe(first);
    expect(first.tree?.children.map((c) => c.type)).toEqual(["paragraph"]);
    expect(first.tree?.children[0].position?.start.line).toBe(5);
    const other = parseMdxBody(file("Another body\n"));
    expect(other).not.toBe(first);
    // Both checks read the same tree, and answer as they did with a parse each.
    const bad = file("A [link](javascript:alert(1)) and <Leaderbord />\n");
    expect(mdxSyntaxProblems(bad, "r.mdx").map((p) => [p.line, p.message.slice(0, 30)])).toEqual([[5, "unknown component <Leaderbord>"]]);
    expect(scanMdxBody(bad, "r.mdx").filter((f) => f.severity === "error").map((f) => f.line)).toEqual([5]);
  });

  it("keeps the error of a body that does not parse, with its place", () => {
    const parse = parseMdxBody(file("An unclosed {expression\n"));
    expect(parse.tree).toBeUndefined();
    expect(String((parse.error as Error).message)).toMatch(/expression/i);
    expect(mdxSyntaxProblems(file("An unclosed {expression\n"), "r.mdx")[0].message).toMatch(/^MDX syntax error: /);
    expect(scanMdxBody(file("An unclosed {expression\n"), "r.mdx")).toEqual([]);
  });
});
