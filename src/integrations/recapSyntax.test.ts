import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../lib/errors";
import { createRecapSchema } from "../schemas/recap";
import { recapSyntaxProblems } from "./recapSyntax";
import { scanKey } from "./recapScanCache";

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

describe("the first read with bodies found clean before (recapScanCache.ts)", () => {
  const recaps = join(root, "memo/content/recaps");
  mkdirSync(recaps, { recursive: true });
  const clean = "---\ntitle: Fine\ndate: 2026-02-17\n---\n\nA [link](https://example.org/).\n";
  const unsafe = "---\ntitle: Unsafe\ndate: 2026-02-18\n---\n\nA [link](javascript:alert(1)).\n";
  writeFileSync(join(recaps, "2026-02-17-clean.md"), clean);
  writeFileSync(join(recaps, "2026-02-18-unsafe.md"), unsafe);

  it("keeps the key of a clean body, never of one with an error, which is reported", () => {
    const scans = { clean: new Set<string>(), found: [] as string[] };
    const problems = recapSyntaxProblems(recaps, root, { ...options, scans }).map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^memo\/content\/recaps\/2026-02-18-unsafe\.md:6: .*javascript:/)]);
    expect(scans.found).toEqual([scanKey("2026-02-17-clean.md", clean)]);
  });

  it("does not scan a body again whose key it was given: only a clean body's key may be kept", () => {
    // Given the unsafe body's key as clean (which no build writes), the scan is skipped: the memo
    // is trusted, so the key must cover the whole text (an edit is another key).
    const scans = { clean: new Set([scanKey("2026-02-18-unsafe.md", unsafe)]), found: [] as string[] };
    expect(recapSyntaxProblems(recaps, root, { ...options, scans })).toEqual([]);
    expect(scans.found.sort()).toEqual([scanKey("2026-02-17-clean.md", clean), scanKey("2026-02-18-unsafe.md", unsafe)].sort());
    // One character more, and the body is scanned, and refused, again.
    writeFileSync(join(recaps, "2026-02-18-unsafe.md"), `${unsafe}\n`);
    try {
      expect(recapSyntaxProblems(recaps, root, { ...options, scans: { ...scans, found: [] } }).map(formatProblem)).toEqual([expect.stringMatching(/2026-02-18-unsafe\.md:6: .*javascript:/)]);
    } finally {
      writeFileSync(join(recaps, "2026-02-18-unsafe.md"), unsafe);
    }
  });

  it("still reads every file's frontmatter: a bad field is reported whatever the body", () => {
    const bad = "---\ntitle: No date\n---\n\nFine body.\n";
    writeFileSync(join(recaps, "2026-02-19-nodate.md"), bad);
    try {
      const scans = { clean: new Set([scanKey("2026-02-19-nodate.md", bad), scanKey("2026-02-18-unsafe.md", unsafe)]), found: [] as string[] };
      expect(recapSyntaxProblems(recaps, root, { ...options, scans }).map(formatProblem)).toEqual(['memo/content/recaps/2026-02-19-nodate.md:1 field "date": required: expected a date such as 2026-02-17']);
    } finally {
      rmSync(join(recaps, "2026-02-19-nodate.md"));
    }
  });
});
