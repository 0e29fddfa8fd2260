import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { checkSiteFolder } from "../src/integrations/readSiteFiles";
import { exitCodeFor, formatFinding } from "../src/lib/check/findings";
import { badInputCases, materialise } from "./helpers/badInputCorpus";
import { refusals } from "./helpers/buildStages";

/**
 * The bad-input corpus (test/fixtures/bad/, see its README), in-process: every malformed input is
 * refused by the build's own code at the stage where the build meets it, with the expected
 * `file:line` messages, and by `npm run check`'s code (checkSite) with the same messages and exit
 * status 1. test/badInputBuilds.test.ts then builds one case of each stage for real.
 */

const cases = badInputCases();
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the bad-input corpus", () => {
  it("has at least 40 cases, each with an expected message", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(c.lines.length, `${c.name}/expected.txt`).toBeGreaterThan(0);
    console.log(`[bad input] ${cases.length} cases`);
  });

  describe.each(cases)("$name", ({ name, description, lines, stage }) => {
    it(`is refused at the build's ${stage} stage and by the check, with file:line (${description})`, async () => {
      const site = materialise(name);
      temps.push(site);

      const refused = await refusals(site);
      expect(stage, `${name}/expected.txt names its stage (add the line "# stage: ${refused[0]?.stage ?? "render"}")`).toBeDefined();
      if (stage === "render") {
        // Refused only while pages render: the real build of test/badInputBuilds.test.ts shows it.
        expect(refused, `${name}: expected the build to get as far as rendering pages`).toEqual([]);
      } else {
        expect(refused.map((r) => r.stage), `${name}: the build stages that refuse it`).toEqual([stage]);
        for (const line of lines) {
          if (typeof line === "string") expect(refused[0].message, `build (${refused[0].stage} stage) output for ${name}`).toContain(line);
          else expect(refused[0].message, `build (${refused[0].stage} stage) output for ${name}`).toMatch(line);
        }
      }

      const findings = checkSiteFolder(site, { ignoredKeys: IGNORED_FRONTMATTER_KEYS }).findings;
      const printed = findings.map(formatFinding).join("\n");
      expect(exitCodeFor(findings), `npm run check exit status for ${name}:\n${printed}`).toBe(1);
      for (const line of lines) {
        if (typeof line === "string") expect(printed, `npm run check output for ${name}`).toContain(line);
        else expect(printed, `npm run check output for ${name}`).toMatch(line);
      }
    });
  });
});
