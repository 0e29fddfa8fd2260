import { describe, expect, it } from "vitest";
import { mdxCodeProblems } from "./mdxCode";

const recap = (body: string) => `---\ntitle: A recap\ndate: 2026-02-17\n---\n\n${body}\n`;
const found = (body: string) => mdxCodeProblems(recap(body), "content/recaps/x.mdx").map((p) => `${p.line}: ${p.message.split(". An .mdx recap")[0]}`);

describe("mdxCodeProblems", () => {
  it("names each import and export on its own line, with the code", () => {
    expect(found('import { execSync } from "node:child_process"\nexport const owner = execSync("id").toString()\n\nText.')).toEqual([
      '6: an import runs as code when the site builds: "import { execSync } from \\"node:child_process\\""',
      '7: an export runs as code when the site builds: "export const owner = execSync(\\"id\\").toString()"',
    ]);
  });

  it("names expressions in the text, spreads and expression props, anywhere", () => {
    expect(found("Built in {new Date().getFullYear()}.\n\n{1 + 1}\n\n<Leaderboard benchmark=\"aa\" top={n} {...rest} />\n\n<div title={t}>x</div>")).toEqual([
      '6: an {expression} runs as code when the site builds: "{new Date().getFullYear()}"',
      '8: an {expression} runs as code when the site builds: "{1 + 1}"',
      '10: the prop top of <Leaderboard> runs as code when the site builds: "top={n}"',
      '10: a {...spread} in <Leaderboard> runs as code when the site builds: "{...rest}"',
      '12: the prop title of <div> runs as code when the site builds: "title={t}"',
    ]);
  });

  it("leaves alone what runs nothing: Markdown, our components with literal props, HTML, comments, code samples", () => {
    const body = [
      "A **recap** with a [link](https://example.org) and `{inline code}`.",
      "",
      '<Leaderboard benchmark="aa-intelligence-index" version="v4.0" top={5} />',
      "",
      'On the board: <ModelScore model="glm-5" benchmark="aa-intelligence-index" />.',
      "",
      '<div className={"note"} title="t">A note {/* an editor\'s comment */} and {"a literal"}.</div>',
      "",
      "```js",
      "import fs from 'node:fs'; {fs.readFileSync('/etc/passwd')}",
      "```",
    ].join("\n");
    expect(found(body)).toEqual([]);
  });

  it("says why and what to do, and leaves a body that does not parse to the syntax check", () => {
    const [problem] = mdxCodeProblems(recap("{process.env.HOME}"), "content/recaps/x.mdx");
    expect(problem).toEqual({ file: "content/recaps/x.mdx", line: 6, message: expect.stringContaining('see "MDX is code" in docs/editing.md') });
    expect(problem.message).toContain("runs with the editor's rights on the machine that builds the site");
    expect(mdxCodeProblems(recap("{unclosed"), "content/recaps/x.mdx")).toEqual([]);
  });
});
