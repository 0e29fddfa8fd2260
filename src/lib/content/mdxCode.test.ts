import { describe, expect, it } from "vitest";
import { mdxCodeProblems } from "./mdxCode";

const recap = (body: string) => `---\ntitle: T\ndate: 2026-02-17\n---\n\n${body}`;

describe("mdxCodeProblems", () => {
  it("accepts Markdown, HTML with literal attributes, comments and our components with literal props", () => {
    const body = '# Hello\n\n<div class="note">Text</div>\n\n{/* an editor\'s note */}\n\n<Leaderboard benchmark="aa-intelligence-index" top={5} />\n\nInline <ModelScore model="glm-5" benchmark="x" />.\n';
    expect(mdxCodeProblems(recap(body), "r.mdx")).toEqual([]);
  });

  it("names import and export statements with the file's own line", () => {
    const problems = mdxCodeProblems(recap('import Chart from "../chart.js"\n\nText.\n\nexport const data = fetch("https://x")\n'), "a/r.mdx");
    expect(problems).toEqual([
      { file: "a/r.mdx", line: 6, message: 'runs code at build time: an import statement (import Chart from "../chart.js")' },
      { file: "a/r.mdx", line: 10, message: 'runs code at build time: an export statement (export const data = fetch("https://x"))' },
    ]);
  });

  it("names expressions in text and in attributes, spreads, and computed props of our components", () => {
    const body = "Sum: {1 + 1}.\n\n{process.env.SECRET}\n\n<div style={{ color: 'red' }} {...props}>x</div>\n\n<Leaderboard benchmark=\"a\" top={n * 2} />\n";
    expect(mdxCodeProblems(recap(body), "r.mdx").map((p) => [p.line, p.message])).toEqual([
      [6, "runs code at build time: the expression {1 + 1}"],
      [8, "runs code at build time: the expression {process.env.SECRET}"],
      [10, "runs code at build time: the attribute style={{ color: 'red' }} on <div>"],
      [10, "runs code at build time: the spread attribute {...props} on <div>"],
      [12, "runs code at build time: the attribute top={n * 2} on <Leaderboard> (our components take literal values such as top={5})"],
    ]);
  });

  it("leaves a file that does not parse to mdxSyntaxProblems", () => {
    expect(mdxCodeProblems(recap("Unclosed {brace\n"), "r.mdx")).toEqual([]);
  });
});
