import { describe, expect, it } from "vitest";
import { createRecapSchema } from "../../schemas/recap";
import { formatFinding } from "../check/findings";
import { FUTURE_SLACK_MS, recapRuleFindings } from "./recapRules";
import { validateRecap } from "./validateRecap";
import { newRecap } from "../editor/newRecap";

const schema = createRecapSchema();
const now = new Date("2026-03-01T12:00:00Z");
// Every recap here has a description (appended, so that the other fields keep their lines) unless it sets its own.
const rules = (id: string, given: string, body = "Body.") => {
  const frontmatter = /^description:/m.test(given) ? given : `${given}\ndescription: D`;
  const source = `---\n${frontmatter}\n---\n\n${body}\n`;
  const data = validateRecap(schema, Object.fromEntries(frontmatter.split("\n").map((l) => l.split(/:\s*/)).map(([k, ...v]) => [k, k === "date" ? new Date(v.join(":")) : k === "draft" ? v[0] === "true" : k === "topics" ? JSON.parse(v.join(":")) : v.join(":").replace(/^"|"$/g, "")])), { file: "x.md", source });
  return recapRuleFindings({ id, data, file: "x.md", source }, now).map(formatFinding);
};

describe("recapRuleFindings", () => {
  it("passes an ordinary recap", () => {
    expect(rules("2026-02-17-a", "title: A\ndate: 2026-02-17")).toEqual([]);
  });
  it("allows a date up to a day ahead (time zones), refuses one further ahead unless it is a draft", () => {
    const tomorrow = new Date(now.getTime() + FUTURE_SLACK_MS).toISOString();
    expect(rules("a", `title: A\ndate: ${tomorrow}`)).toEqual([]);
    expect(rules("a", "title: A\ndate: 2099-01-01T00:00:00Z")[0]).toMatch(/^x\.md:3 field "date": the date 2099-01-01 is in the future, and the recap is not a draft/);
    expect(rules("a", "title: A\ndate: 2099-01-01T00:00:00Z\ndraft: true")[0]).toMatch(/^x\.md:3 field "date": warning: /);
  });
  it("refuses an id that is an archive route or too long, naming where the slug comes from", () => {
    expect(rules("2026", 'title: A\ndate: 2026-02-17\nslug: "2026"')[0]).toMatch(/^x\.md:4 field "slug": the URL \/recaps\/2026\/ \(from its slug field\) is where the archive lives/);
    expect(rules("2026/02", "title: A\ndate: 2026-02-17")[0]).toMatch(/^x\.md:1: the URL \/recaps\/2026\/02\/ \(from its file name\)/);
    expect(rules(`2026-02-17-${"x".repeat(90)}`, "title: A\ndate: 2026-02-17")[0]).toMatch(/is 101 characters long; slugs may have at most 100/);
    expect(rules(`2026-02-17-${"x".repeat(89)}`, "title: A\ndate: 2026-02-17")).toEqual([]);
  });
  it("warns when the day its URL starts with is more than a day off its date; a day is a time zone", () => {
    expect(rules("2026-02-13-mismatch", "title: A\ndate: 2025-02-13")).toEqual([
      'x.md:3 field "date": warning: the date 2025-02-13 is 365 days before the 2026-02-13 of its file name: the page\'s URL says one day while the site dates, sorts and feeds it by the other; fix the date, or rename the file (its old URL can stay in redirect_from)',
    ]);
    expect(rules("2026-02-13-a", "title: A\ndate: 2026-02-14T02:10:00Z")).toEqual([]);
    expect(rules("2026-02-13-a", "title: A\ndate: 2026-02-12")).toEqual([]);
    expect(rules("2026-02-30-not-a-day", "title: A\ndate: 2026-02-17")).toEqual([]);
    expect(rules("notes/2026-02-10-a", 'title: A\ndate: 2026-02-17')[0]).toMatch(/7 days after the 2026-02-10 of its file name/);
    expect(rules("2026-02-10-a", 'title: A\ndate: 2026-02-17\nslug: "2026-02-10-a"')[0]).toMatch(/of its slug field: .* rename the slug/);
  });
  it("warns of a published recap with the empty description or the placeholder body `npm run new` wrote; a draft may have either", () => {
    expect(rules("2026-02-17-a", 'title: A\ndate: 2026-02-17\ndescription: ""')).toEqual([
      'x.md:4 field "description": warning: the description is empty: the recap\'s page, the recap lists, feeds, search results and link previews show none; write one or two sentences, or delete the field',
    ]);
    // No description field at all is an editor's choice (imported archives often have none).
    expect(recapRuleFindings({ id: "a", data: { ...validateRecap(schema, { title: "A", date: new Date("2026-02-17") }, { file: "x.md", source: "" }) }, file: "x.md", source: "---\ntitle: A\ndate: 2026-02-17\n---\n\nBody.\n" }, now)).toEqual([]);
    expect(rules("2026-02-17-a", 'title: A\ndate: 2026-02-17\ndescription: ""\ndraft: true')).toEqual([]);
    for (const format of ["md", "mdx"] as const) {
      const made = newRecap({ title: "A", date: "2026-02-17", format, draft: false });
      if (!made.ok) throw new Error("npm run new's template did not build");
      const body = made.text.slice(made.text.indexOf("\n---\n", 4) + 5).trim();
      expect(rules("2026-02-17-a", "title: A\ndate: 2026-02-17", body)).toEqual([
        'x.md:7: warning: the recap is published with the placeholder text `npm run new` wrote ("Write the recap here in Markdown..."); replace it with the recap, or keep "draft: true" until it is written',
      ]);
    }
    expect(rules("2026-02-17-a", "title: A\ndate: 2026-02-17\ndraft: true", "Write the recap here in Markdown; see docs/editing.md.")).toEqual([]);
  });
});
