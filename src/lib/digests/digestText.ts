import { formatDate } from "../format/formatDate";
import { formatScore, formatScoreChange, type ScoreUnit } from "../format/formatNumber";
import type { BoardChange, Digest, RevisedLater } from "./buildDigests";
import type { BoardDataCount } from "./digestData";
import { listOf } from "../format/listOf";
import { plural } from "../format/plural";
import { REGISTERED_HERE } from "../leaderboard/leftOutNote";

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
 * Whether a digest only repeats its one recap: the week had a single recap, and nothing changed on
 * the leaderboards or in the data since the previous digest ("1 recap; no leaderboard changes.").
 * The site-wide feeds leave such a digest out: a subscriber would get the recap twice, and on an
 * archive of one issue a week (the 41 real AINews issues) half the feed's items were such digests,
 * pushing recaps out of it. The digest's page stays, listed at /digests/.
 * @example digestRepeatsItsRecap({ recapIds: ["a"], changes: [] }, 0) // true
 */
export function digestRepeatsItsRecap(digest: Pick<Digest, "recapIds" | "changes">, dataChangeCount: number): boolean {
  return digest.recapIds.length === 1 && digest.changes.length === 0 && dataChangeCount === 0;
}

/**
 * One sentence on what a digest holds, for lists, meta descriptions and feeds: its recaps, what its
 * "On the leaderboards" section lists and how many data changes "In the data" counts, all since
 * the previous digest (named when that reaches back before the digest's week).
 * @example digestDescription(digest, 3, 8) // "3 recaps; 2 new leaderboard entries; a new leader on Artificial Analysis Intelligence Index v4.0; 8 data changes."
 */
export function digestDescription(digest: Pick<Digest, "changes"> & Partial<Pick<Digest, "since" | "start">>, recapCount: number, dataChangeCount = 0): string {
  const parts = [plural(recapCount, "recap")];
  const entries = digest.changes.reduce((n, c) => n + c.newEntries.length, 0);
  const moves = digest.changes.reduce((n, c) => n + c.movements.length, 0);
  // A first row that a left-out row outscored is first among the registered models, not a leader.
  const leaders = digest.changes.filter((c) => c.newLeaders.length > 0 && !c.outscoredBy);
  const firsts = digest.changes.filter((c) => c.newLeaders.length > 0 && c.outscoredBy);
  if (entries) parts.push(`${plural(entries, "new leaderboard entry", "new leaderboard entries")}`);
  if (moves) parts.push(plural(moves, "score change"));
  // One leader per board: "a new leader on A", but "new leaders on A, B and C" (a week that
  // brought five boards read "a new leader on A, B, C, D, E").
  const boards = listOf(leaders.map((c) => `${c.benchmark.name} ${c.benchmark.version}`));
  if (leaders.length) parts.push(leaders.length === 1 ? `a new leader on ${boards}` : `new leaders on ${boards}`);
  if (firsts.length) parts.push(`a new first among the models registered here on ${listOf(firsts.map((c) => `${c.benchmark.name} ${c.benchmark.version}`))} (the board is partial)`);
  if (parts.length === 1) parts.push("no leaderboard changes");
  if (dataChangeCount) parts.push(plural(dataChangeCount, "data change"));
  // After weeks without a digest, its leaderboards and data reach back before its week: said, as
  // its page says it (found in review: "17–23 August ... 24 new leaderboard entries" counted from 20 July).
  const from = digestWindowStart(digest);
  const window = from && digest.start && from < digest.start ? ` (leaderboards and data since ${formatDate(from)}, after the previous digest)` : "";
  return `${parts.join("; ")}${window}.`;
}

/**
 * The first day a digest's leaderboards and data count from: the day after the previous digest's
 * week; undefined for the first digest, which counts everything up to its end.
 * @example digestWindowStart({ since: new Date("2026-07-19") }) // 2026-07-20
 */
export function digestWindowStart(digest: Partial<Pick<Digest, "since">>): Date | undefined {
  return digest.since && new Date(digest.since.getTime() + 86_400_000);
}

/**
 * One board's data changes in a digest, in words.
 * @example boardDataText(count) // "new version; 5 reports, 15 rows (2 figures updated); 1 correction"
 */
export function boardDataText(count: BoardDataCount): string {
  const parts: string[] = [];
  if (count.versions) parts.push("new version");
  if (count.reports) parts.push(`${plural(count.reports, "report")}, ${plural(count.rows, "row")}${count.updated ? ` (${plural(count.updated, "figure")} updated)` : ""}`);
  if (count.corrections) parts.push(plural(count.corrections, "correction"));
  return parts.join("; ");
}

/**
 * What a digest says after a model's name in its "Score changes" list: the score, the change and
 * the rank. A score can change without the rank moving; that reads "still rank 4", not "rank 4 → 4".
 * `outranked`: a left-out row outscored this row on the digest's day (`outrankedByLeftOut`), so
 * its rank is qualified (`rankText`).
 * @example movementText({ entry, scoreChange: 4, previousRank: 4 }, "elo") // "1,359 (+4), still rank 4"
 */
export function movementText(movement: BoardChange["movements"][number], unit: ScoreUnit, outranked = false): string {
  const { entry, scoreChange, previousRank } = movement;
  const rank = previousRank === entry.rank ? `still ${rankText(entry.rank, outranked)}` : `rank ${previousRank} → ${entry.rank}${registeredHere(outranked)}`;
  return `${formatScore(entry.score.value, unit)} (${formatScoreChange(scoreChange, unit)}), ${rank}`;
}

/**
 * A rank as a digest states it: a rank that a left-out row outranks on the digest's day
 * (`outrankedByLeftOut`: a model not in the registry was rated higher) is among the models
 * registered here, whether it is the first place or the third.
 * @example rankText(3, true) // "rank 3 among the models registered here"
 */
export function rankText(rank: number, outranked = false): string {
  return `rank ${rank}${registeredHere(outranked)}`;
}

/** `REGISTERED_HERE` after a rank a left-out row outranks, else nothing. */
const registeredHere = (outranked: boolean) => (outranked ? ` ${REGISTERED_HERE}` : "");

/**
 * The note after a score a digest shows as its week had it, which the publisher revised later
 * (`BoardChange.revisedLater`): what the score became, and on which day.
 * @example revisedLaterText({ value: 1341, on: new Date("2026-12-02"), ... }, "elo") // "revised to 1,341 on 2 December 2026"
 */
export function revisedLaterText(revision: Pick<RevisedLater, "value" | "on">, unit: ScoreUnit): string {
  const on = formatDate(revision.on);
  return revision.value === undefined ? `revised on ${on} to no score` : `revised to ${formatScore(revision.value, unit)} on ${on}`;
}
