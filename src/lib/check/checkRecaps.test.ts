import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRecapSchema } from "../../schemas/recap";
import { readDataset } from "../../integrations/readDataset";
import { checkRecaps, type RecapFile } from "./checkRecaps";
import { formatFinding } from "./findings";

const schema = createRecapSchema({ ignoredKeys: ["id", "original_slug"] });
const minimal = resolve(import.meta.dirname, "../../../test/fixtures/sites/minimal");
const dataset = readDataset({ dataDir: resolve(minimal, "data"), displayRoot: minimal });
const now = new Date("2026-03-01T12:00:00Z");

const recap = (name: string, frontmatter: string, body = "Text.\n"): RecapFile => ({
  file: `content/recaps/${name}`,
  pathInRecapsDir: name,
  source: `---\n${frontmatter}\n---\n\n${body}`,
});
const lines = (files: RecapFile[]) => checkRecaps(files, { schema, dataset, now }).findings.map(formatFinding);

describe("checkRecaps", () => {
  it("on a new site's header-only registries (test/fixtures/sites/empty), a recap naming a model is told the registry has none yet", () => {
    const empty = resolve(import.meta.dirname, "../../../test/fixtures/sites/empty");
    const none = readDataset({ dataDir: resolve(empty, "data"), displayRoot: empty });
    expect([none.models.length, none.benchmarks.length, none.results.length]).toEqual([0, 0, 0]);
    const found = checkRecaps([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels:\n  - claude-sonnet-4-6")], { schema, dataset: none, now }).findings.map(formatFinding);
    expect(found).toEqual([
      'content/recaps/2026-02-17-a.md:5 field "models": warning: "claude-sonnet-4-6" matches no model: data/models.csv has no models yet, so it links to a label page of its own, without scores. Add a row for the model to data/models.csv (docs/data-format.md) to link it',
    ]);
  });

  it("warns of a bare tag of an element the recap never closes, which is shown as text (found in review: an unclosed <details>), not in code nor when closed", () => {
    const found = lines([recap("2026-02-17-x.md", "title: T\ndate: 2026-02-17\n", "Intro.\n\n<details>\n<summary>More</summary>\n\nHidden.\n\nA `<pre>` and <s>struck</s>.\n")]);
    expect(found.filter((l) => l.includes("never closed"))).toEqual([
      'content/recaps/2026-02-17-x.md:9: warning: <details> is never closed in this recap, so it is shown as the text "<details>", not as markup: if it is markup, close it with </details>; if it names the element, write it in backticks to say so',
    ]);
  });

  it("passes a valid recap whose models and tags all resolve", () => {
    expect(lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels:\n  - claude-3-sonnet-4.6\ncompanies: [anthropic]")])).toEqual([]);
  });

  it("reports frontmatter fields with the build's own messages and lines", () => {
    expect(lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-30\ntitel: x")])).toEqual([
      'content/recaps/2026-02-17-a.md:3 field "date": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'content/recaps/2026-02-17-a.md:4 field "titel": unknown frontmatter key "titel" (did you mean "title"?); known keys are title, date, description, draft, models, companies, topics, people, slug, image, redirect_from',
    ]);
  });

  it("names where a relative link leads from the recap's page, the slug field's when there is one", () => {
    const [byName, bySlug] = [recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17", "[x](link)\n"), recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18\nslug: launch", "[x](link)\n")];
    expect(lines([byName, bySlug]).filter((l) => l.includes("is relative"))).toEqual([
      "content/recaps/2026-02-17-a.md:6: warning: link \"link\" is relative: on the recap's page it leads to /recaps/2026-02-17-a/link, where there is no page; write the whole address (https://...) or a path from the site's root (/recaps/...)",
      "content/recaps/2026-02-18-b.md:7: warning: link \"link\" is relative: on the recap's page it leads to /recaps/launch/link, where there is no page; write the whole address (https://...) or a path from the site's root (/recaps/...)",
    ]);
  });

  it("names a relative link's page by the file name while the slug field is refused", () => {
    const out = lines([recap("2026-02-19-c.md", "title: C\ndate: 2026-02-19\nslug: Bad Slug/With Space", "[x](link)\n")]);
    expect(out.find((l) => l.includes("is relative"))).toContain("on the recap's page it leads to /recaps/2026-02-19-c/link, where");
    expect(out.some((l) => l.includes('field "slug"'))).toBe(true);
  });

  it("warns about links in bodies to paths of the site where no page will be, with file:line; a recap, a model and a draft by name", () => {
    const body = "A [sib](/recaps/2026-99-99-nope/) and <a href=\"/recaps/nope/\">raw</a>.\n\n[ok](/recaps/2026-02-17-a/#x) [model](/models/claude-sonet-4-6/) [draft](/recaps/2026-02-19-d/) [archive](/recaps/2026/)\n";
    const out = lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17", body), recap("2026-02-19-d.md", "title: D\ndate: 2026-02-19\ndraft: true")]);
    expect(out.filter((l) => l.includes(" leads to "))).toEqual([
      'content/recaps/2026-02-17-a.md:6: warning: link "/recaps/2026-99-99-nope/" leads to /recaps/2026-99-99-nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
      'content/recaps/2026-02-17-a.md:6: warning: <a href="/recaps/nope/"> leads to /recaps/nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
      'content/recaps/2026-02-17-a.md:8: warning: link "/models/claude-sonet-4-6/" leads to /models/claude-sonet-4-6/, where the site has no page; did you mean /models/claude-sonnet-4-6/? Otherwise correct the path (copy it from the address bar of the page you mean), or remove the link',
      'content/recaps/2026-02-17-a.md:8: warning: link "/recaps/2026-02-19-d/" leads to /recaps/2026-02-19-d/, the page of a draft (content/recaps/2026-02-19-d.md), which is not published: publish that recap, or remove the link until it is',
    ]);
  });

  it("reports YAML syntax errors and goes on with the other files", () => {
    const out = lines([recap("2026-02-17-a.md", "title: [A\ndate: 2026-02-17"), recap("2026-02-18-b.md", "date: 2026-02-18")]);
    expect(out[0]).toMatch(/^content\/recaps\/2026-02-17-a\.md:\d+: YAML syntax error: /);
    expect(out[1]).toBe('content/recaps/2026-02-18-b.md:1 field "title": required: expected a title');
  });

  it("reports duplicate slugs from file names (.md and .mdx) and from the slug field", () => {
    const out = lines([
      recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17"),
      recap("2026-02-17-a.mdx", "title: A again\ndate: 2026-02-17"),
      recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18\nslug: 2026-02-17-a"),
    ]);
    expect(out).toEqual([
      'content/recaps/2026-02-17-a.mdx:1: duplicate slug "2026-02-17-a" (from its file name): content/recaps/2026-02-17-a.md already uses it; give one of them another file name or slug',
      'content/recaps/2026-02-18-b.md:4 field "slug": duplicate slug "2026-02-17-a" (from its slug field): content/recaps/2026-02-17-a.md already uses it; give one of them another file name or slug',
    ]);
    // The slug field that makes the clash is named, whichever file comes first (helper-74: it was
    // reported at the other file, line 1).
    expect(
      lines([
        recap("2026-02-16-first.md", "title: First\ndate: 2026-02-20\nslug: 2026-02-20-later"),
        recap("2026-02-20-later.md", "title: Later\ndate: 2026-02-20"),
      ]),
    ).toEqual(['content/recaps/2026-02-16-first.md:4 field "slug": duplicate slug "2026-02-20-later" (from its slug field): content/recaps/2026-02-20-later.md already uses it; give one of them another file name or slug']);
  });

  it("refuses an old path (redirect_from) claimed by two recaps or hiding a recap's page", () => {
    expect(
      lines([
        recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nredirect_from:\n  - /issues/a/"),
        recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18\nredirect_from:\n  - /issues/a\n  - /recaps/2026-02-17-a/"),
      ]),
    ).toEqual([
      'content/recaps/2026-02-18-b.md:5 field "redirect_from": the old path /issues/a is also in the redirect_from of content/recaps/2026-02-17-a.md:5; one old path can lead to one recap only: remove it from one of them',
      'content/recaps/2026-02-18-b.md:6 field "redirect_from": the old path /recaps/2026-02-17-a/ is a page of this site; a redirect there would hide it: remove it from redirect_from',
    ]);
  });

  it("makes a future date an error when published and a warning for a draft; a day of slack for time zones", () => {
    const out = checkRecaps(
      [
        recap("2026-03-02-today-elsewhere.md", "title: A\ndate: 2026-03-02"),
        recap("2026-04-01-b.md", "title: B\ndate: 2026-04-01"),
        recap("2026-04-02-c.md", "title: C\ndate: 2026-04-02\ndraft: true"),
      ],
      { schema, dataset, now },
    ).findings;
    expect(out.map((f) => [f.file, f.line, f.severity, f.code])).toEqual([
      ["content/recaps/2026-04-01-b.md", 3, "error", "future-date"],
      ["content/recaps/2026-04-02-c.md", 3, "warning", "future-date"],
    ]);
    expect(formatFinding(out[0])).toContain("the date 2026-04-01 is in the future, and the recap is not a draft");
  });

  it("warns about model labels that match no model, with the nearest ids", () => {
    const out = checkRecaps([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels:\n  - claude-sonnet-4-6\n  - claude-sonet-4-6\n  - seedance-2")], { schema, dataset, now }).findings;
    expect(out.map(formatFinding)).toEqual([
      'content/recaps/2026-02-17-a.md:6 field "models": warning: "claude-sonet-4-6" matches no model id or alias, so it links to a label page of its own, without scores; nearest model ids: claude-sonnet-4-6. If it is a misspelling, write the model\'s id instead; if it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
      'content/recaps/2026-02-17-a.md:7 field "models": warning: "seedance-2" matches no model id or alias, so it links to a label page of its own, without scores. If it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
    ]);
    expect(out.every((f) => f.severity === "warning")).toBe(true);
    // Suggestions come through aliases too ("claude-3-sonet-4.6" is the alias claude-3-sonnet-4.6
    // misspelt), and never offer another version ("claude-3-sonnet-4.7" is not 4.6).
    expect(lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels: [claude-3-sonet-4.6]")])[0]).toContain("nearest model ids: claude-sonnet-4-6.");
    expect(lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels: [claude-3-sonnet-4.7]")])[0]).not.toContain("nearest model ids");
  });

  it("still checks the model labels of a recap whose other fields fail: a bad date does not hide a typo (found in review)", () => {
    const out = lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-31\nmodels:\n  - claude-sonet-4-6")]);
    expect(out).toEqual([
      expect.stringMatching(/^content\/recaps\/2026-02-17-a\.md:3 field "date": expected a date that exists/),
      expect.stringMatching(/^content\/recaps\/2026-02-17-a\.md:5 field "models": warning: "claude-sonet-4-6" matches no model id or alias/),
    ]);
  });

  it("reports a label used many times once, at its first use, with its count; a family for what it is", () => {
    const out = lines([
      recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels: [seedance-2, claude]"),
      recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18\nmodels: [seedance-2]"),
    ]);
    expect(out).toEqual([
      'content/recaps/2026-02-17-a.md:4 field "models": warning: "seedance-2" matches no model id or alias (in 2 places; the first is here), so it links to a label page of its own, without scores. If it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
      'content/recaps/2026-02-17-a.md:4 field "models": warning: "claude" names a family of 3 models (claude-opus-4-6, claude-sonnet-4-5, claude-sonnet-4-6), not one model, so it links to a label page of its own, without scores. Name the model (an id or alias in data/models.csv) to link it',
    ]);
    const { labels } = checkRecaps([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels: [claude-3-sonnet-4.6, seedance-2, claude-3-sonnet-4.6]")], { schema, dataset, now });
    const sonnet = labels!.find((l) => l.label === "claude-3-sonnet-4.6")!;
    expect(sonnet.resolution).toEqual({ kind: "model", id: "claude-sonnet-4-6", rules: ["alias"] });
    // The results file of the fixture names the model that way too: its uses are counted with the recap's.
    expect(sonnet.uses.filter((u) => u.where === "recap")).toEqual([{ file: "content/recaps/2026-02-17-a.md", line: 4, where: "recap" }, { file: "content/recaps/2026-02-17-a.md", line: 4, where: "recap" }]);
    expect(sonnet.count).toBe(sonnet.uses.length);
    expect(labels!.find((l) => l.label === "seedance-2")).toEqual({ label: "seedance-2", count: 1, uses: [{ file: "content/recaps/2026-02-17-a.md", line: 4, where: "recap" }], resolution: { kind: "unresolved", reason: "unknown", candidates: [] } });
  });

  it("warns about tag spellings on separate pages that differ by punctuation, case, plural or -ing, unless tag-aliases.csv maps them", () => {
    const out = lines([
      recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\ntopics: [token-efficiency, context-window]\ncompanies: [deepseek]"),
      recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18\ntopics: [token-efficiency, context-window]\ncompanies: [deepseek-ai]"),
      // "Token Efficiency" shares the page /topics/token-efficiency/: not a variant.
      recap("2026-02-19-c.md", "title: C\ndate: 2026-02-19\ntopics:\n  - Token Efficiency\n  - context windows"),
      recap("2026-02-20-d.md", "title: D\ndate: 2026-02-20\ntopics:\n  - tokenefficiency"),
    ]);
    expect(out).toEqual([
      'content/recaps/2026-02-20-d.md:5 field "topics": warning: topics tag "tokenefficiency" (1 recap, /topics/tokenefficiency/) and "token-efficiency" (3 recaps, /topics/token-efficiency/) differ only by punctuation or case, and get separate tag pages; use one spelling, or add the line "topics,tokenefficiency,token-efficiency" to data/tag-aliases.csv',
      'content/recaps/2026-02-19-c.md:6 field "topics": warning: topics tag "context windows" (1 recap, /topics/context-windows/) and "context-window" (2 recaps, /topics/context-window/) differ only by plural or -ing form, and get separate tag pages; use one spelling, or add the line "topics,context windows,context-window" to data/tag-aliases.csv',
    ]);
  });

  it("refuses a component in a .md recap, where it would render nothing (but not in code)", () => {
    expect(lines([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17", 'Intro.\n\n<Leaderboard benchmark="aa-index" />\n\n`<ModelScore model="x" />` in code is fine.\n')])).toEqual([
      "content/recaps/2026-02-17-a.md:8: <Leaderboard> works only in .mdx recaps; in a .md file it shows nothing. Rename the file to .mdx (or remove the component)",
    ]);
  });

  it("skips the model and tag checks when the data did not load", () => {
    const out = checkRecaps([recap("2026-02-17-a.md", "title: A\ndate: 2026-02-17\nmodels: [nothing-like-it]")], { schema, dataset: undefined, now }).findings;
    expect(out).toEqual([]);
  });

  it("warns about code in an .mdx recap (imports, expressions), never in a .md one, and not when the MDX does not parse", () => {
    const body = 'import { execSync } from "node:child_process"\n\nBuilt by {execSync("whoami").toString()}.\n';
    const { findings } = checkRecaps(
      [recap("2026-02-17-a.mdx", "title: A\ndate: 2026-02-17", body), recap("2026-02-18-b.md", "title: B\ndate: 2026-02-18", body), recap("2026-02-19-c.mdx", "title: C\ndate: 2026-02-19", "{unclosed\n")],
      { schema, dataset, now },
    );
    expect(findings.filter((f) => f.code === "mdx-code").map((f) => [f.file, f.line, f.severity])).toEqual([
      ["content/recaps/2026-02-17-a.mdx", 6, "warning"],
      ["content/recaps/2026-02-17-a.mdx", 8, "warning"],
    ]);
    expect(findings.find((f) => f.file.endsWith("c.mdx"))?.code).toBe("mdx-syntax");
  });
});
