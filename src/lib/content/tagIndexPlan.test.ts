import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TAG_FEED_MIN_RECAPS, TAG_INDEX_INLINE_REST_LIMIT, TAG_INDEX_MAIN_LIMIT, TAG_INDEX_MIN_RECAPS } from "../../config";
import { TAG_TYPES } from "../../schemas/tagAlias";
import { readFrontmatter } from "../check/readFrontmatter";
import { hasOwnFeed, planTagIndex, tagLetter, tagsWithFeeds } from "./tagIndexPlan";
import { buildTagResolver, collectTags } from "./tags";

const tag = (name: string, n: number) => ({ name, slug: name.toLowerCase(), recapIds: Array.from({ length: n }, (_, i) => `r${i}`) });

describe("planTagIndex", () => {
  const tags = [tag("benchmarking", 13), tag("agents", 3), tag("zeta", 1), tag("Alpha", 1), tag("evals", 5), tag("rlhf", 2), tag("_underscore", 1), tag("4o", 1), tag("智谱", 1), tag("Émile", 1)];

  it("leads with the tags that group recaps, by count, and lists the rest A to Z by initial", () => {
    const plan = planTagIndex(tags, { minRecaps: 3, mainLimit: 100, inlineRestLimit: 100 });
    expect(plan.main.map((t) => t.name)).toEqual(["benchmarking", "evals", "agents"]);
    expect(plan.rest.map((g) => [g.label, g.tags.map((t) => t.name)])).toEqual([
      ["A", ["Alpha"]],
      ["E", ["Émile"]],
      ["R", ["rlhf"]],
      ["U", ["_underscore"]],
      ["Z", ["zeta"]],
      ["0-9 and other", ["4o", "智谱"]],
    ]);
    expect(plan).toMatchObject({ restCount: 7, restLayout: "inline" });
  });

  it("caps the main list, and sends a long rest to one page per letter", () => {
    const plan = planTagIndex(tags, { minRecaps: 2, mainLimit: 2, inlineRestLimit: 5 });
    expect(plan.main.map((t) => t.name)).toEqual(["benchmarking", "evals"]);
    expect(plan.restCount).toBe(8);
    expect(plan.restLayout).toBe("letter-pages");
    expect(plan.rest.flatMap((g) => g.tags).length).toBe(8);
  });

  it("never loses or repeats a tag", () => {
    const plan = planTagIndex(tags, { minRecaps: 1, mainLimit: 4, inlineRestLimit: 0 });
    const all = [...plan.main, ...plan.rest.flatMap((g) => g.tags)].map((t) => t.slug).sort();
    expect(all).toEqual(tags.map((t) => t.slug).sort());
  });

  it("tagLetter reads the first letter or digit of the name", () => {
    expect(tagLetter({ name: "OpenAI" })).toBe("o");
    expect(tagLetter({ name: "_philschmid" })).toBe("p");
    expect(tagLetter({ name: "3d" })).toBe("other");
  });
});

describe("per-tag feeds", () => {
  it("only for tags with enough recaps", () => {
    expect(hasOwnFeed(tag("a", 5), 5)).toBe(true);
    expect(hasOwnFeed(tag("a", 4), 5)).toBe(false);
    expect(tagsWithFeeds([tag("a", 9), tag("b", 1)], 5).map((t) => t.name)).toEqual(["a"]);
  });
});

const SAMPLE = resolve(import.meta.dirname, "../../../../shared/fixtures/ainews-sample");
const present = existsSync(SAMPLE);
if (!present) console.warn(`[tagIndexPlan] ${SAMPLE} is absent: the figures on the real AINews tags are skipped`);

describe.skipIf(!present)("the rules on the 41 real AINews issues, with the settings in src/config.ts", () => {
  it("keep the index short and the feeds few, losing no tag", () => {
    const recaps = readdirSync(SAMPLE)
      .filter((f) => f.endsWith(".md"))
      .map((f) => {
        const fm = readFrontmatter(readFileSync(join(SAMPLE, f), "utf8"), f);
        if (!fm.ok) throw new Error(f);
        return { id: f, data: Object.fromEntries(TAG_TYPES.map((t) => [t, ((fm.data[t] as unknown[]) ?? []).map(String)])) as Record<(typeof TAG_TYPES)[number], string[]> };
      });
    const index = collectTags(recaps, buildTagResolver([]));
    const options = { minRecaps: TAG_INDEX_MIN_RECAPS, mainLimit: TAG_INDEX_MAIN_LIMIT, inlineRestLimit: TAG_INDEX_INLINE_REST_LIMIT };
    const figures = TAG_TYPES.map((type) => {
      const tags = index[type];
      const plan = planTagIndex(tags, options);
      expect(plan.main.length + plan.restCount).toBe(tags.length);
      const single = tags.filter((t) => t.recapIds.length === 1).length;
      return `${type}: ${tags.length} tags (${Math.round((100 * single) / tags.length)}% on one recap), main list ${plan.main.length}, rest ${plan.restCount} ${plan.restLayout}, feeds ${tagsWithFeeds(tags, TAG_FEED_MIN_RECAPS).length}`;
    });
    // topics: 282 tags, 228 of them on one recap; 27 with 3 or more; 13 with 5 or more.
    const topics = planTagIndex(index.topics, options);
    expect(topics.main.length).toBe(27);
    expect(tagsWithFeeds(index.topics, TAG_FEED_MIN_RECAPS)).toHaveLength(13);
    console.log(`[tagIndexPlan] 41 AINews issues: ${figures.join("; ")}`);
  });
});
