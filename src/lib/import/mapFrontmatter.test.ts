import { describe, expect, it } from "vitest";
import { mapFrontmatter } from "./mapFrontmatter";

const keep = ["id", "original_slug"];

describe("mapFrontmatter", () => {
  it("leaves our own frontmatter alone, text included", () => {
    const yaml = "id: x\ntitle: A\ndate: '2023-12-06T22:22:18.156000Z'\ndescription: >-\n  folded\n  text\nmodels:\n  - gpt-4\n";
    expect(mapFrontmatter(yaml, keep)).toEqual({
      yaml,
      data: { id: "x", title: "A", date: "2023-12-06T22:22:18.156000Z", description: "folded text", models: ["gpt-4"] },
      changes: [],
      day: "2023-12-06",
    });
  });

  it("takes the first date-like key and drops the others", () => {
    const r = mapFrontmatter("title: A\ndate: 2024-01-02\npubDate: 2024-01-03\nupdated: 2024-02-01\n", keep)!;
    expect(r.day).toBe("2024-01-02");
    expect(r.changes).toEqual(["dropped pubDate (the date is taken from date)", 'dropped updated: "2024-02-01T00:00:00.000Z"']);
    expect(r.data).toEqual({ title: "A", date: new Date("2024-01-02T00:00:00Z") });
  });

  it("reads published: true as a flag (dropped); the day is the one the site shows (UTC), quoted or not, and the date keeps the author's text (found in review)", () => {
    const r = mapFrontmatter("title: A\npublished: true\npubDate: '2024-01-02T23:30:00-05:00'\n", keep)!;
    // 04:30 UTC on the 3rd: the page says 3 January, so the file is named by it too.
    expect(r.day).toBe("2024-01-03");
    expect(r.changes).toEqual(["dropped published: true", "pubDate → date"]);
    const unquoted = mapFrontmatter("title: A\npubDate: 2024-01-02T23:30:00-05:00\n", keep)!;
    expect(unquoted.day).toBe("2024-01-03");
    // Renamed, the value is not written again in UTC without its offset.
    expect(unquoted.yaml).toBe('title: A\ndate: "2024-01-02T23:30:00-05:00"\n');
    // A YAML timestamp the site would not read as written is written as its ISO value (found in review).
    const yamlOnly = mapFrontmatter("title: A\npubDate: 2001-12-14 21:59:43.10 -5\n", keep)!;
    expect(yamlOnly.yaml).toBe("title: A\ndate: 2001-12-15T02:59:43.100Z\n");
  });

  it("splits comma-separated lists and merges topic-like keys without duplicates", () => {
    const r = mapFrontmatter("title: A\ndate: 2024-01-02\nkeywords: 'evals, agents'\ntags: [agents, rl]\npeople: karpathy, swyx\n", keep)!;
    expect(r.data.topics).toEqual(["agents", "rl", "evals"]);
    expect(r.data.people).toEqual(["karpathy", "swyx"]);
    expect(r.changes).toEqual(["tags, keywords → topics", 'people "karpathy, swyx" → list']);
  });

  it("maps summary/excerpt and cover only when they are text, and drops the rest, saying so", () => {
    const r = mapFrontmatter("title: A\ndate: 2024-01-02\nexcerpt: Short.\ncover:\n  src: /a.png\n", keep)!;
    expect(r.data).toEqual({ title: "A", date: new Date("2024-01-02T00:00:00Z"), description: "Short." });
    expect(r.changes).toEqual(["excerpt → description", 'dropped cover: {"src":"/a.png"}']);
  });

  it("gives no day for a date it cannot read, and undefined for YAML that does not parse", () => {
    expect(mapFrontmatter("title: A\ndate: yesterday\n", keep)?.day).toBeUndefined();
    expect(mapFrontmatter("title: [A\n", keep)).toBeUndefined();
    expect(mapFrontmatter("- a list\n", keep)).toBeUndefined();
  });
});
