/**
 * The day of a dated snapshot (`2025-01-25`; Cohere's month snapshots, `2024-08`, on the month's
 * first day), when it falls after the model's release: a later snapshot is a later model
 * (LMArena's qwen-max-2025-01-25 is Qwen2.5-Max, not the Qwen Max of 2024-04-03). Undefined for a
 * snapshot of the release day or before, one that is not a date (Google's stable version `002`:
 * its day is not known, and none is guessed), or a model without a release date.
 * @example laterSnapshotDay("2025-01-25", new Date("2024-04-03")) // 2025-01-25
 */
export function laterSnapshotDay(snapshot: string | undefined, released: Date | undefined): Date | undefined {
  if (snapshot === undefined || released === undefined || !/^\d{4}-\d{2}(-\d{2})?$/.test(snapshot)) return undefined;
  const day = new Date(snapshot.length === 7 ? `${snapshot}-01` : snapshot);
  return day.getTime() > released.getTime() ? day : undefined;
}
