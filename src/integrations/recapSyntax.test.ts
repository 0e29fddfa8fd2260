import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../lib/errors";
import { recapSyntaxProblems } from "./recapSyntax";

const root = mkdtempSync(join(tmpdir(), "bd-syntax-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("recapSyntaxProblems", () => {
  it("reads every recap, nested ones too, and names YAML and MDX syntax errors by the file's own line", () => {
    const recaps = join(root, "content/recaps");
    mkdirSync(join(recaps, "2026"), { recursive: true });
    writeFileSync(join(recaps, "2026-02-17-ok.mdx"), "---\ntitle: Fine\ndate: 2026-02-17\n---\n\n<Leaderboard benchmark=\"x\" />\n");
    writeFileSync(join(recaps, "2026-02-18-yaml.md"), "---\ntitle: Broken\nmodels: [a\n---\n\nBody {not MDX}.\n");
    writeFileSync(join(recaps, "2026/02-19-mdx.mdx"), "---\ntitle: Broken\n---\n\nText {unclosed\n");
    const problems = recapSyntaxProblems(recaps, root).map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/recaps\/2026-02-18-yaml\.md:\d+: YAML syntax error: /);
    expect(problems[1]).toMatch(/^content\/recaps\/2026\/02-19-mdx\.mdx:5: MDX syntax error: /);
  });

  it("finds nothing when there is no recaps folder", () => {
    expect(recapSyntaxProblems(join(root, "nowhere"), root)).toEqual([]);
  });
});
