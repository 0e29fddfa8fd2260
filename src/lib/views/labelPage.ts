import { membersReleasedBy, type DatedModel } from "../models/familyByDate";
import { modelPath } from "../routes/paths";

/** A registered model a label page names (a candidate or a family member): linked when it has a page. */
export interface LabelModelLink {
  id: string;
  name: string;
  lab?: string;
  /** Its page, when it has one (a catalog model no recap or result names has none). */
  href?: string;
  /** How many recaps mention it. */
  recaps: number;
  /** Its release date, when the registry records one. */
  released?: Date;
}

/**
 * The models a label page names, in the order given, each with its name, its page when it has one,
 * its number of recaps and its release date. Two models of one display name are told apart by
 * their ids ("Llama 3.1 70B Instruct (llama-3-1-70b)"). Ids the registry lacks are skipped (the
 * matcher only names registered models, so none are).
 */
export function labelModelLinks(
  ids: readonly string[],
  { modelsById, hasModelPage, recapIdsByModel }: { modelsById: ReadonlyMap<string, { name: string; lab?: string; released?: Date }>; hasModelPage: (id: string) => boolean; recapIdsByModel: ReadonlyMap<string, readonly string[]> },
): LabelModelLink[] {
  const known = ids.flatMap((id) => {
    const model = modelsById.get(id);
    return model ? [{ id, model }] : [];
  });
  const named = new Map<string, number>();
  for (const { model } of known) named.set(model.name, (named.get(model.name) ?? 0) + 1);
  return known.map(({ id, model }) => ({
    id,
    name: (named.get(model.name) ?? 0) > 1 ? `${model.name} (${id})` : model.name,
    lab: model.lab,
    href: hasModelPage(id) ? modelPath(id) : undefined,
    recaps: recapIdsByModel.get(id)?.length ?? 0,
    ...(model.released && { released: model.released }),
  }));
}

/**
 * A family page's members: those some recap mentions first (most recaps first), then the rest by
 * name, so that a family of forty catalog models leads with the ones the site talks about.
 */
export function familyMembersByRecaps(members: readonly LabelModelLink[]): LabelModelLink[] {
  return [...members].sort((a, b) => b.recaps - a.recaps || a.name.localeCompare(b.name, "en"));
}

/** A family page's members split by the day of its newest recap, each list in the members' order. */
export interface FamilyAsOf {
  /** Released on or before that day: what the recaps could mean. */
  released: string[];
  /** No release date recorded: they could have been meant too (unknown is not later). */
  undated: string[];
  /** Released after it: the family's later models, which none of its recaps can mean. */
  later: string[];
}

/**
 * Splits a family's members (registry ids) by the day of the newest recap naming the family:
 * `gemini-pro` in a December 2023 issue never meant Gemini 2.5 Pro, so the page does not list
 * Gemini 2.5 Pro, or the recaps about it, as what the name stands for.
 * @example familyAsOf(["g-1", "g-2"], [{ id: "g-1", released: new Date("2023-12-06") }, { id: "g-2", released: new Date("2025-03-25") }], new Date("2023-12-06")) // { released: ["g-1"], undated: [], later: ["g-2"] }
 */
export function familyAsOf(members: readonly string[], models: readonly DatedModel[], newestRecap: Date): FamilyAsOf {
  const by = membersReleasedBy(members, models, newestRecap);
  const released = new Set(by.released);
  const undated = new Set(by.undated);
  return {
    released: members.filter((id) => released.has(id)),
    undated: members.filter((id) => undated.has(id)),
    later: members.filter((id) => !released.has(id) && !undated.has(id)),
  };
}

/** The recaps of a family page that could mean the same members: a run of them by date. */
export interface FamilyRecapSpan {
  from: Date;
  to: Date;
  recaps: number;
  /** The members released by `from` (and so by each recap of the span), in the members' order. */
  released: string[];
}

/**
 * A family page's recaps, oldest first, grouped into runs whose days have the same members
 * released by them (the registry's dates): a December 2023 issue's `gemini` could mean Gemini 1.0
 * Pro, not Gemini 2.5 Pro, which a May 2025 issue's could (found in review: the page listed the
 * members released by its newest recap only, as if every recap could mean them). At most one span
 * more than the members with a release date.
 * @example familyRecapSpans(["g-1", "g-2"], models, [new Date("2023-12-06"), new Date("2025-05-15")]) // [{ from: 2023-12-06, to: 2023-12-06, recaps: 1, released: ["g-1"] }, { from: 2025-05-15, to: 2025-05-15, recaps: 1, released: ["g-1", "g-2"] }]
 */
export function familyRecapSpans(members: readonly string[], models: readonly DatedModel[], recapDates: readonly Date[]): FamilyRecapSpan[] {
  const spans: FamilyRecapSpan[] = [];
  for (const date of [...recapDates].sort((a, b) => a.getTime() - b.getTime())) {
    const by = new Set(membersReleasedBy(members, models, date).released);
    const released = members.filter((id) => by.has(id));
    const last = spans.at(-1);
    if (last && last.released.join("\n") === released.join("\n")) {
      last.to = date;
      last.recaps++;
    } else spans.push({ from: date, to: date, recaps: 1, released });
  }
  return spans;
}

/**
 * What goes before item `i` of `n` in a running list: nothing, `, ` or ` or `.
 * @example [0, 1, 2].map((i) => orSeparator(i, 3)) // ["", ", ", " or "]
 */
export function orSeparator(i: number, n: number): string {
  return i === 0 ? "" : i === n - 1 ? " or " : ", ";
}
