import { describe, expect, it } from "vitest";
import { mdxSyntaxProblems } from "./mdxSyntax";

const recap = (body: string) => `---\ntitle: T\ndate: 2026-02-17\n---\n\n${body}`;

describe("mdxSyntaxProblems", () => {
  it("accepts valid MDX, components and expressions", () => {
    expect(mdxSyntaxProblems(recap('Text with <ModelScore model="x" /> and {1 + 1}.\n\n<div>\n\nblock\n\n</div>\n'), "r.mdx")).toEqual([]);
  });

  it("names the file's own line of an unclosed tag", () => {
    const problems = mdxSyntaxProblems(recap("Line six.\n\n<div>\n\nNever closed.\n"), "content/recaps/r.mdx");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/recaps/r.mdx", line: 8 });
    expect(problems[0].message).toMatch(/^MDX syntax error: Expected a closing tag for `<div>`/);
  });

  it("says how to write a placeholder as text, which a .md recap shows as text and MDX reads as a tag (`<your-api-key>`); the advice it gives parses", () => {
    const [problem] = mdxSyntaxProblems(recap("Set the header to <your-api-key> and run it.\n"), "r.mdx");
    expect(problem.line).toBe(6);
    expect(problem.message).toMatch(/; if <your-api-key> is meant as text, write it in backticks \(`<your-api-key>`\) or as \\<your-api-key>$/);
    expect(mdxSyntaxProblems(recap("Set the header to `<your-api-key>` and run it.\n"), "r.mdx")).toEqual([]);
    expect(mdxSyntaxProblems(recap("Set the header to \\<your-api-key> and run it.\n"), "r.mdx")).toEqual([]);
    // An HTML element left open is markup, not a placeholder: no such advice.
    expect(mdxSyntaxProblems(recap("Line six.\n\n<div>\n\nNever closed.\n"), "r.mdx")[0].message).not.toContain("meant as text");
  });

  it("names the line of an unclosed expression", () => {
    const [problem] = mdxSyntaxProblems(recap("Fine.\n\nScores {are high.\n"), "r.mdx");
    expect(problem.line).toBe(8);
    expect(problem.message).toMatch(/closing brace/);
  });

  it("ignores YAML in the frontmatter", () => {
    expect(mdxSyntaxProblems("---\ntitle: <div> {\ndate: 2026-02-17\n---\n\nok\n", "r.mdx")).toEqual([]);
  });

  it("names an unknown component with a did-you-mean, and accepts imported ones", () => {
    const [problem] = mdxSyntaxProblems(recap('Intro.\n\n<Leaderbord benchmark="x" />\n'), "r.mdx", ["Leaderboard", "ModelScore"]);
    expect(problem).toMatchObject({ file: "r.mdx", line: 8 });
    expect(problem.message).toBe('unknown component <Leaderbord> (did you mean "Leaderboard"?); the components recaps can use are Leaderboard, ModelScore');
    expect(mdxSyntaxProblems(recap('import Chart from "./chart.astro";\n\n<Chart /> and <div>html</div>\n'), "r.mdx", [])).toEqual([]);
  });
});
