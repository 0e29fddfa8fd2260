/**
 * docs/editing.md stays true: every fenced block marked `example=...` is checked against the
 * code the build runs, and every `npm run` command it mentions exists.
 * - `example=recap file=x`: a whole recap; its frontmatter passes the build's schema, and an .mdx
 *   body parses with no unknown component or id.
 * - `example=new`: exactly what the `npm run new` command in the ```sh block before it writes.
 * - `example=components`: MDX that parses, whose component ids all exist in the sample data.
 * - `example=excerpt file=x`: every line is a line of that real file (the first is its header).
 * - `example=broken file=x` then `example=check-output`: with that file written into a copy of
 *   the minimal fixture site, `npm run check` prints each of those lines.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { checkSiteFolder } from "../src/integrations/readSiteFiles";
import { formatFinding } from "../src/lib/check/findings";
import { readFrontmatter } from "../src/lib/check/readFrontmatter";
import { checkComponentRef } from "../src/lib/content/checkComponentRef";
import { findComponentRefs } from "../src/lib/content/componentRefs";
import { mdxSyntaxProblems } from "../src/lib/content/mdxSyntax";
import { validateRecap } from "../src/lib/content/validateRecap";
import { readDataset } from "../src/integrations/readDataset";
import { newRecap, splitList } from "../src/lib/editor/newRecap";
import { formatProblem } from "../src/lib/errors";
import { unknownModelAdvice } from "../src/lib/import/unknownModelAdvice";
import { createRecapSchema } from "../src/schemas/recap";
import { copyFixture, ROOT } from "./helpers/astro";

const guide = readFileSync(join(ROOT, "docs/editing.md"), "utf8");
interface Block {
  lang: string;
  attrs: Record<string, string>;
  text: string;
  line: number;
}
const blocks: Block[] = [];
for (const m of guide.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)) {
  const attrs = Object.fromEntries([...m[2].matchAll(/(\w+)=(\S+)/g)].map((a) => [a[1], a[2]]));
  blocks.push({ lang: m[1], attrs, text: m[3], line: guide.slice(0, m.index).split("\n").length });
}
const examples = (kind: string) => blocks.filter((b) => b.attrs.example === kind);
const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
const dataset = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const sites: string[] = [];
afterAll(() => sites.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("docs/editing.md", () => {
  it("has examples of every kind", () => {
    for (const kind of ["recap", "new", "components", "excerpt", "broken", "check-output"]) expect(examples(kind).length, kind).toBeGreaterThan(0);
  });

  it("recap examples pass the build's schema (and MDX checks)", () => {
    for (const b of [...examples("recap"), ...examples("new")]) {
      const file = `docs/editing.md:${b.line} (${b.attrs.file})`;
      const fm = readFrontmatter(b.text, file);
      if (!fm.ok) throw new Error(fm.problems.map(formatProblem).join("\n"));
      validateRecap(schema, fm.data, { file, source: b.text });
      if (b.attrs.file.endsWith(".mdx")) expect(mdxSyntaxProblems(b.text, file).map(formatProblem)).toEqual([]);
    }
  });

  it("the `npm run new` example is what the command writes", () => {
    for (const b of examples("new")) {
      const command = blocks.filter((c) => c.lang === "sh" && c.line < b.line).at(-1)!.text;
      const title = /npm run new -- "([^"]+)"/.exec(command)![1];
      const opt = (name: string) => new RegExp(`--${name} (\\S+)`).exec(command)?.[1];
      const made = newRecap({ title, date: opt("date")!, format: command.includes("--md") ? "md" : "mdx", models: splitList(opt("models")), topics: splitList(opt("topics")) });
      expect(made).toEqual({ ok: true, fileName: b.attrs.file, text: b.text });
    }
  });

  it("component examples parse and name benchmarks, versions and models that exist", () => {
    for (const b of examples("components")) {
      const source = b.text;
      expect(mdxSyntaxProblems(source, "example.mdx").map(formatProblem)).toEqual([]);
      const refs = findComponentRefs(source);
      expect(refs.map((r) => r.component).sort()).toEqual(["EfficiencyPlot", "Leaderboard", "ModelScore"]);
      expect(refs.flatMap((r) => checkComponentRef(r, dataset, "example.mdx")).map(formatProblem)).toEqual([]);
    }
  });

  it("CSV excerpts are lines of the real files, starting with their header", () => {
    for (const b of examples("excerpt")) {
      const real = readFileSync(join(ROOT, b.attrs.file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
      const lines = b.text.trimEnd().split("\n");
      expect(lines[0], b.attrs.file).toBe(real[0]);
      for (const line of lines.slice(1)) expect(real, `${b.attrs.file}: ${line}`).toContain(line);
    }
  });

  it("the check output shown for each broken example is what `npm run check` prints", () => {
    for (const b of examples("broken")) {
      const output = blocks.find((o) => o.attrs.example === "check-output" && o.line > b.line)!;
      const site = copyFixture("minimal");
      sites.push(site);
      writeFileSync(join(site, b.attrs.file), b.text);
      const printed = checkSiteFolder(site, { ignoredKeys: IGNORED_FRONTMATTER_KEYS }).findings.map(formatFinding);
      for (const line of output.text.trimEnd().split("\n")) expect(printed, b.attrs.file).toContain(line);
    }
  });

  it("the registry line shown for an unknown model is what import:results prints for data/models.csv's header", () => {
    const shown = guide.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("llama-4-maverick-17b-128e-instruct,"));
    expect(shown).toHaveLength(1);
    const header = readFileSync(join(ROOT, "data/models.csv"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0].split(",");
    const name = "Llama-4-Maverick-17B-128E-Instruct";
    const [advice] = unknownModelAdvice([{ line: 2, cells: {}, reason: "unknown model", unknownModel: name }], header);
    expect(`${name} (1 row): ${shown[0]}`).toBe(advice);
    expect(shown[0].split(",")).toHaveLength(header.length);
  });

  it("every `npm run` command it mentions exists", () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts);
    const used = new Set([...guide.matchAll(/npm run (?:-s |--silent )?([\w:-]+)/g)].map((m) => m[1]));
    for (const name of used) expect(scripts, name).toContain(name);
  });
});
