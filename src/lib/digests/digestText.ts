import { formatDate } from "../format/formatDate";
import type { Digest } from "./buildDigests";

/**
 * A digest's title: the week and its dates.
 * @example digestTitle(digest) // "Week 8, 2026: 16–22 February"
 */
export function digestTitle(digest: Pick<Digest, "week" | "start" | "end">): string {
  const sameMonth = digest.start.getUTCMonth() === digest.end.getUTCMonth();
  const from = sameMonth ? String(digest.start.getUTCDate()) : formatDate(digest.start).replace(/ \d{4}$/, "");
  const to = formatDate(digest.end).replace(/ \d{4}$/, "");
  return `Week ${digest.week.week}, ${digest.week.year}: ${from}–${to}`;
}

/**
 * One sentence on what a digest holds, for lists, meta descriptions and feeds.
 * @example digestDescription(digest, 3) // "3 recaps; 2 new leaderboard entries; a new leader on Artificial Analysis Intelligence Index v4.0."
 */
export function digestDescription(digest: Pick<Digest, "changes">, recapCount: number): string {
  const parts = [`${recapCount} ${recapCount === 1 ? "recap" : "recaps"}`];
  const entries = digest.changes.reduce((n, c) => n + c.newEntries.length, 0);
  const moves = digest.changes.reduce((n, c) => n + c.movements.length, 0);
  const leaders = digest.changes.filter((c) => c.newLeaders.length > 0);
  if (entries) parts.push(`${entries} new leaderboard ${entries === 1 ? "entry" : "entries"}`);
  if (moves) parts.push(`${moves} score ${moves === 1 ? "change" : "changes"}`);
  if (leaders.length) parts.push(`a new leader on ${leaders.map((c) => `${c.benchmark.name} ${c.benchmark.version}`).join(", ")}`);
  if (parts.length === 1) parts.push("no leaderboard changes");
  return `${parts.join("; ")}.`;
}
