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

/**
 * What goes before item `i` of `n` in a running list: nothing, `, ` or ` or `.
 * @example [0, 1, 2].map((i) => orSeparator(i, 3)) // ["", ", ", " or "]
 */
export function orSeparator(i: number, n: number): string {
  return i === 0 ? "" : i === n - 1 ? " or " : ", ";
}
