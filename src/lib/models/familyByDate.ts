/**
 * Which members of a family a recap could have meant: those the registry says were released on or
 * before the recap's date. `npm run models -- link` prints it under a family's name for each recap
 * that uses it, so that the editor can name the model in the recap ("name the model in the recap"
 * is what link asks of a family). A fact of the registry, never a choice: the editor reads the
 * recap and decides, and a member whose release date the registry does not record is listed apart,
 * not left out.
 */

/** A registry row as this needs it. */
export interface DatedModel {
  id: string;
  released?: Date;
}

/** The members released by a day, and those with no release date recorded (both sorted by id). */
export interface MembersByDate {
  released: string[];
  undated: string[];
}

/**
 * The members of a family (registry ids) released on or before `date` (compared by UTC day), and
 * the members without a release date.
 * @example membersReleasedBy(["a-1", "a-2"], [{ id: "a-1", released: new Date("2024-01-01") }, { id: "a-2", released: new Date("2024-06-01") }], new Date("2024-03-01")) // { released: ["a-1"], undated: [] }
 */
export function membersReleasedBy(members: readonly string[], models: readonly DatedModel[], date: Date): MembersByDate {
  const byId = new Map(models.map((m) => [m.id, m]));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const released: string[] = [];
  const undated: string[] = [];
  for (const id of members) {
    const when = byId.get(id)?.released;
    if (when === undefined) undated.push(id);
    else if (day(when) <= day(date)) released.push(id);
  }
  return { released: released.sort(), undated: undated.sort() };
}
