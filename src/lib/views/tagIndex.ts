import { planTagIndex, type CountedTag, type TagIndexOptions, type TagLetterGroup, type TagIndexPlan } from "../content/tagIndexPlan";
import { tagLetterPath, tagPath } from "../routes/paths";
import type { TagType } from "../../schemas/tagAlias";

/** A tag as an index lists it. */
export interface TagIndexEntry {
  name: string;
  href: string;
  count: number;
}

/** One letter of the compact list: its tags inline, or a link to its own page. */
export interface TagIndexLetter {
  letter: string;
  label: string;
  /** Its page (`/topics/all/a/`), when the rest is listed one page per letter. */
  href?: string;
  count: number;
  /** Listed on the index itself when the rest is short; empty when the letter has its own page. */
  tags: TagIndexEntry[];
}

/** What a tag index page (`/topics/`, `/companies/`, `/people/`) shows. */
export interface TagIndexView {
  type: TagType;
  title: string;
  total: number;
  /** Tags with at least `minRecaps` recaps, most first. */
  main: TagIndexEntry[];
  minRecaps: number;
  restCount: number;
  restLayout: TagIndexPlan<CountedTag>["restLayout"];
  rest: TagIndexLetter[];
}

/** The title of a type's index and letter pages. */
export const TAG_INDEX_TITLES: Record<TagType, string> = { topics: "Topics", companies: "Companies", people: "People" };

/** A tag's name as the site shows it (`SiteData.tagName`); as written by default. */
type NameOf = (tag: CountedTag & { type: TagType }) => string;
const entry = (type: TagType, t: CountedTag, nameOf: NameOf): TagIndexEntry => ({ name: nameOf({ ...t, type }), href: tagPath(type, t.slug), count: t.recapIds.length });

/**
 * A tag index page from a type's tags: the plan of src/lib/content/tagIndexPlan.ts turned into
 * names, links and counts.
 */
export function tagIndexView(type: TagType, tags: readonly CountedTag[], options: TagIndexOptions, nameOf: NameOf = (t) => t.name): TagIndexView {
  const plan = planTagIndex(tags, options);
  const inline = plan.restLayout === "inline";
  return {
    type,
    title: TAG_INDEX_TITLES[type],
    total: tags.length,
    main: plan.main.map((t) => entry(type, t, nameOf)),
    minRecaps: options.minRecaps,
    restCount: plan.restCount,
    restLayout: plan.restLayout,
    rest: plan.rest.map((g) => ({
      letter: g.letter,
      label: g.label,
      href: inline ? undefined : tagLetterPath(type, g.letter),
      count: g.tags.length,
      tags: inline ? g.tags.map((t) => entry(type, t, nameOf)) : [],
    })),
  };
}

/** The letter pages a type's index links (none while the rest is listed inline), with their tags. */
export function tagLetterPages<T extends CountedTag>(tags: readonly T[], options: TagIndexOptions): TagLetterGroup<T>[] {
  const plan = planTagIndex(tags, options);
  return plan.restLayout === "letter-pages" ? plan.rest : [];
}
