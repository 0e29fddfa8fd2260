import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../lib/errors";
import { createRecapSchema } from "../schemas/recap";
import { recapSyntaxProblems } from "./recapSyntax";

const options = { schema: createRecapSchema({ ignoredKeys: [] }), now: new Date("2026-03-01T00:00:00Z") };

const root = mkdtempSync(join(tmpdir(), "bd-syntax-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("recapSyntaxProblems", () => {
  it("reads every recap, nested ones too, and names YAML and MDX syntax errors, bad fields and unsafe URLs by the file's own line", () => {
    const recaps = join(root, "content/recaps");
    mkdirSync(join(recaps, "2026"), { recursive: true });
    writeFileSync(join(recaps, "2026-02-17-ok.mdx"), "---\ntitle: Fine\ndate: 2026-02-17\n---\n\n<Leaderboard benchmark=\"x\" />\n");
    writeFileSync(join(recaps, "2026-02-18-yaml.md"), "---\ntitle: Broken\nmodels: [a\n---\n\nBody {not MDX}.\n");
    writeFileSync(join(recaps, "2026/02-19-mdx.mdx"), "---\ntitle: Broken\ndate: 2026-02-19\n---\n\nText {unclosed\n");
    writeFileSync(join(recaps, "2026-02-20-field.md"), "---\ntitle: No date\n---\n\nA [link](javascript:alert(1)).\n");
    const problems = recapSyntaxProblems(recaps, root, options).map(formatProblem);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^content\/recaps\/2026-02-18-yaml\.md:\d+: YAML syntax error: /);
    // Fields and the body's URLs too: one build lists every broken recap, before anything renders.
    expect(problems[1]).toBe('content/recaps/2026-02-20-field.md:1 field "date": required: expected a date such as 2026-02-17');
    expect(problems[2]).toMatch(/^content\/recaps\/2026-02-20-field\.md:5: .*javascript:/);
    expect(problems[3]).toMatch(/^content\/recaps\/2026\/02-19-mdx\.mdx:6: MDX syntax error: /);
  });

  it("finds nothing when there is no recaps folder", () => {
    expect(recapSyntaxProblems(join(root, "nowhere"), root, options)).toEqual([]);
  });
});
