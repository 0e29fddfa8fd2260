/**
 * The side-by-side comparison of two models on the boards that rank both, as plain data: built
 * from the site's boards on the pre-built pages `/compare/<a>-vs-<b>/`, and from the published
 * board downloads (`/data/*.json`) by the picker in the browser. Both go through `compareTable`,
 * so a pair reads the same whichever way it was reached.
 */
import { AS_OF_NOTE, asOfPrefix, dateWord, formatDate } from "../format/formatDate";
import { formatApart, formatApartDifference, formatScore, formatTokens, formatUsd, MISSING, type ScoreUnit } from "../format/formatNumber";
import type { BoardEntry } from "../leaderboard/buildBoard";
import { rowDistinction } from "../leaderboard/boardCells";
import type { Figure } from "../leaderboard/types";
import { sourceHost } from "../format/sourceHost";
import { outranksRow, REGISTERED_HERE } from "../leaderboard/leftOutNote";

/** One figure of one side: its value, report day (`YYYY-MM-DD`) and source. */
export interface SideFigure {
  value: number;
  date: string;
  /** True when `date` is the publisher's table's (`as_of`), the report having no date of its own. */
  datedByTable?: true;
  source?: string;
}

/** One model's row on one board, reduced to what a comparison shows. */
export interface CompareSide {
  rank: number;
  setting?: string;
  /** The row's dated snapshot, where the board ranks another snapshot of the model (LMArena's gpt-4o-2024-05-13 and -08-06). */
  snapshot?: string;
  /**
   * The model as the source writes it, for a row of no snapshot beside rows of the model's
   * snapshots (LMArena's bare gemini-2.0-flash beside gemini-2.0-flash-001): `BoardEntry.writtenAs`.
   */
  writtenAs?: string;
  score: SideFigure;
  tokens?: SideFigure;
  cost?: SideFigure;
  tokensPerTask?: number;
  costPerTask?: number;
  costPerPoint?: number;
  tokensPerPoint?: number;
  /**
   * A row an import left out of the board (a model not in the registry) outscores this one on the
   * board's day (`outranksRow`), so its rank is among the models registered here. Set on the
   * pre-built pages only: the board downloads the picker reads do not carry the left-out record.
   */
  outranked?: true;
  /** The model's other rows on the board (other settings, snapshots), in board order: where a like-for-like pair is looked for. */
  others?: readonly CompareSide[];
}

/** The benchmark version of a section. */
export interface CompareBenchmark {
  id: string;
  name: string;
  version: string;
  unit: ScoreUnit;
  direction: "higher" | "lower";
}

/** Two models on one board. */
export interface CompareSection {
  benchmark: CompareBenchmark;
  a: CompareSide;
  b: CompareSide;
  /**
   * Each model's best-ranked row, where they were run with different settings and the board has a
   * pair run with the same one: `a` and `b` are then that pair, compared like for like (found in
   * review: GPT-5 with Droid was called ahead of GPT-5.1 with Terminus 2, where with Terminus 2
   * GPT-5.1 is ahead).
   */
  best?: { a: CompareSide; b: CompareSide };
  /** With `best`: the setting the pair shares (`Droid` for "Droid, medium" and "Droid"). */
  shared?: string;
  /** With `best`: another pair of one setting that puts the other model ahead, said after the verdict. */
  disagrees?: { a: CompareSide; b: CompareSide; shared: string };
}

/** The title of a rank a left-out row outranks: why it is qualified. */
const OUTRANKED_TITLE = "a model not in the model registry, left out of this board, is rated higher: see the leaderboard";

const iso = (d: Date) => formatDate(d, "iso");
const side = (f: Figure | undefined): SideFigure | undefined => (f ? { value: f.value, date: iso(f.date), ...(f.datedByTable && { datedByTable: true as const }), source: f.source_url } : undefined);

/** A board row as a comparison side; `outranked`: a left-out row outscores it (`CompareSide.outranked`). */
export function sideOfEntry(e: BoardEntry, outranked = false): CompareSide {
  return {
    rank: e.rank,
    ...(outranked && { outranked: true as const }),
    setting: e.setting,
    ...(e.snapshot !== undefined && { snapshot: e.snapshot }),
    ...(e.writtenAs !== undefined && { writtenAs: e.writtenAs }),
    score: side(e.score)!,
    tokens: side(e.output_tokens),
    cost: side(e.cost_usd),
    tokensPerTask: e.output_tokens_per_task?.value,
    costPerTask: e.cost_per_task_usd?.value,
    costPerPoint: e.costPerPoint,
    tokensPerPoint: e.tokensPerPoint,
  };
}

/** A row of a board download (`/data/<benchmark>-<version>.json`, see leaderboardDownload.ts). */
export interface DownloadRowLike {
  /** Null on a row a whole-board listing no longer lists (`Board.delisted`), which comparisons leave out as the board's pages do. */
  rank: number | null;
  model: string;
  setting: string | null;
  /** Absent in downloads published before the column existed. */
  snapshot?: string | null;
  /** True when a row left out of the board outscores this one (`outranksRow`). Absent in downloads published before the column existed. */
  rank_among_registered_only?: boolean | null;
  /** Absent in downloads published before the column existed. */
  written_as?: string | null;
  score: number;
  score_date: string | null;
  /** Absent in downloads published before the column existed. */
  score_date_is_as_of?: boolean | null;
  score_source_url: string | null;
  output_tokens: number | null;
  output_tokens_date: string | null;
  /** Absent in downloads published before the column existed. */
  output_tokens_date_is_as_of?: boolean | null;
  output_tokens_source_url: string | null;
  cost_usd: number | null;
  cost_usd_date: string | null;
  /** Absent in downloads published before the column existed. */
  cost_usd_date_is_as_of?: boolean | null;
  cost_usd_source_url: string | null;
  output_tokens_per_task: number | null;
  cost_per_task_usd: number | null;
  cost_per_point_usd: number | null;
  output_tokens_per_point: number | null;
}

const figureOf = (value: number | null, date: string | null, asOf: boolean | null | undefined, source: string | null): SideFigure | undefined =>
  value === null ? undefined : { value, date: date ?? "", ...(asOf === true && { datedByTable: true as const }), source: source ?? undefined };
const orUndefined = (v: number | null) => (v === null ? undefined : v);

/** A download row as a comparison side (the picker's path). */
function sideOfDownloadRow(r: DownloadRowLike & { rank: number }): CompareSide {
  return {
    rank: r.rank,
    ...(r.rank_among_registered_only === true && { outranked: true as const }),
    setting: r.setting ?? undefined,
    ...(typeof r.snapshot === "string" && { snapshot: r.snapshot }),
    ...(typeof r.written_as === "string" && { writtenAs: r.written_as }),
    score: figureOf(r.score, r.score_date, r.score_date_is_as_of, r.score_source_url)!,
    tokens: figureOf(r.output_tokens, r.output_tokens_date, r.output_tokens_date_is_as_of, r.output_tokens_source_url),
    cost: figureOf(r.cost_usd, r.cost_usd_date, r.cost_usd_date_is_as_of, r.cost_usd_source_url),
    tokensPerTask: orUndefined(r.output_tokens_per_task),
    costPerTask: orUndefined(r.cost_per_task_usd),
    costPerPoint: orUndefined(r.cost_per_point_usd),
    tokensPerPoint: orUndefined(r.output_tokens_per_point),
  };
}

/**
 * The boards that rank both models, in the order given (the registry's, newest version first),
 * each with both rows. `rowsOf` gives a board's rows by model id.
 */
export function compareSections<B>(a: string, b: string, boards: readonly B[], benchmarkOf: (board: B) => CompareBenchmark, rowsOf: (board: B) => ReadonlyMap<string, CompareSide>): CompareSection[] {
  return boards.flatMap((board) => {
    const rows = rowsOf(board);
    const [x, y] = [rows.get(a), rows.get(b)];
    const benchmark = benchmarkOf(board);
    return x && y ? [{ benchmark, ...likeForLike(x, y, benchmark.direction) }] : [];
  });
}

/**
 * The pair of rows a section compares: the models' best-ranked rows when they share a setting (or
 * no pair does); else the best-ranked pair run with one named setting (an agent, an effort), with
 * the best rows kept for the lead (`CompareSection.best`). A setting shared is one whose parts
 * (`Droid`, `medium`) one side's holds all of: GPT-5's "Droid, medium" and Claude's "Droid" share
 * Droid (found in review: the effort GPT-5 alone is run at kept every such pair apart). Rows
 * without a setting are no pair: the publisher named no setting, which need not be the same one (a
 * model's default effort is its lab's). A snapshot is the model's, not a setting: rows of any
 * snapshot pair. Where another such pair puts the other model ahead, it is kept too (`disagrees`).
 */
function likeForLike(x: CompareSide, y: CompareSide, direction: "higher" | "lower"): Pick<CompareSection, "a" | "b" | "best" | "shared" | "disagrees"> {
  if ((x.setting ?? "") === (y.setting ?? "") || sharedSetting(x, y) !== undefined) return { a: x, b: y };
  const pairs: { a: CompareSide; b: CompareSide; shared: string; exact: boolean; rank: number }[] = [];
  for (const p of [x, ...(x.others ?? [])]) {
    for (const q of [y, ...(y.others ?? [])]) {
      const shared = sharedSetting(p, q);
      if (shared !== undefined) pairs.push({ a: p, b: q, shared, exact: p.setting === q.setting, rank: Math.max(p.rank, q.rank) });
    }
  }
  // The same setting written alike first, then the best-ranked.
  pairs.sort((m, n) => Number(n.exact) - Number(m.exact) || m.rank - n.rank);
  const [pair] = pairs;
  if (!pair) return { a: x, b: y };
  const ahead = (m: { a: CompareSide; b: CompareSide }) => Math.sign((m.a.score.value - m.b.score.value) * (direction === "higher" ? 1 : -1));
  const other = pairs.find((m) => ahead(m) !== 0 && ahead(pair) !== 0 && ahead(m) !== ahead(pair));
  return { a: pair.a, b: pair.b, best: { a: x, b: y }, shared: pair.shared, ...(other && { disagrees: { a: other.a, b: other.b, shared: other.shared } }) };
}

/** The setting two rows share (see `likeForLike`), undefined when none. */
function sharedSetting(p: CompareSide, q: CompareSide): string | undefined {
  const parts = (s: CompareSide) => (s.setting ?? "").split(", ").filter(Boolean);
  const [m, n] = [parts(p), parts(q)];
  if (m.length === 0 || n.length === 0) return undefined;
  const [small, big] = m.length <= n.length ? [m, n] : [n, m];
  return small.every((w) => big.includes(w)) ? small.join(", ") : undefined;
}

/** One cell of the comparison table. */
export interface CompareCell {
  text: string;
  /** Exact value, date, setting and source, as on the leaderboard (`title`). */
  title?: string;
  /** A link (the source row). */
  href?: string;
}

/** One row of the table: what is compared, then model A's and model B's cell. */
export interface CompareRow {
  label: string;
  cells: [CompareCell, CompareCell];
}

/** A section as a table: caption, the sentence that sums it up, and the rows. */
export interface CompareTable {
  caption: string;
  lead: string;
  rows: CompareRow[];
  /** `AS_OF_NOTE` when a date in the table is the publisher's table's ("as of"). */
  note?: string;
}

/** The sentence that sums up a section: who is ahead and by how much, the benchmark's way round. */
export function leadText(section: CompareSection, names: readonly [string, string]): string {
  const { a, b, benchmark } = section;
  const unit = benchmark.unit;
  const delta = a.score.value - b.score.value;
  // Compared like for like where the best rows differ in setting (`CompareSection.best`): said, with those best rows.
  // "The same setting" only where it is: GPT-5's "Droid, medium" and Claude's "Droid" share Droid (found in review).
  const like = !section.best ? "" : (a.setting ?? "") === (b.setting ?? "") ? `With the same setting (${section.shared ?? a.setting}), ` : `With the setting they share (${section.shared}), `;
  const other = section.disagrees;
  const otherAhead = other && (benchmark.direction === "higher") === other.a.score.value > other.b.score.value ? 0 : 1;
  const disagrees = other ? ` With ${other.shared}, ${names[otherAhead]} is ahead: ${bestScores(otherAhead === 0 ? [other.a, other.b] : [other.b, other.a], unit).join(" against ")}.` : "";
  const bestRows = section.best ? `${disagrees} Each model's best-ranked row: ${bestScores([section.best.a, section.best.b], unit).map((text, i) => `${names[i]} ${text}`).join("; ")}.` : "";
  if (delta === 0) return `${like}${like ? "tied" : "Tied"} at ${formatScore(a.score.value, unit)} (rank ${a.rank}${a.outranked ? ` ${REGISTERED_HERE}` : ""}).${bestRows}${ratingDays(section, names)}`;
  const aAhead = benchmark.direction === "higher" ? delta > 0 : delta < 0;
  const winner = aAhead ? names[0] : names[1];
  const [w, l] = aAhead ? [a, b] : [b, a];
  // A side's setting (an agent, an effort) belongs to its score: the runs compared are those runs.
  // So does its snapshot, where the board ranks two of the model: GPT-4o 2024-05-13 is not GPT-4o
  // 2024-08-06; and a row of no snapshot beside them is the model as its source names it.
  // Two scores that round alike are written with the digits that tell them apart (1,209.4 against 1,208.6, not 1,209 against 1,209).
  const [wText, lText] = formatApart(w.score.value, l.score.value, unit);
  const score = (s: CompareSide, text: string) => {
    const row = rowOfModel(s);
    return `${text}${row ? ` (${s.snapshot !== undefined ? "snapshot" : "as the source names it:"} ${row})` : ""}${s.setting ? ` with ${s.setting}` : ""}`;
  };
  // A left-out row above the winner is above the loser too: both ranks, or the loser's alone, are qualified.
  const ranks = w.outranked ? `rank ${w.rank} against ${l.rank}, both ${REGISTERED_HERE}` : l.outranked ? `rank ${w.rank} against rank ${l.rank} ${REGISTERED_HERE}` : `rank ${w.rank} against ${l.rank}`;
  return `${like}${winner} is ahead: ${score(w, wText)} against ${score(l, lText)} (+${formatApartDifference(w.score.value, l.score.value, unit)}), ${ranks}.${bestRows}${ratingDays(section, names)}`;
}

/** Two best-ranked rows in a like-for-like lead, each as "52.5% with Droid, medium, rank 3", their scores told apart. */
function bestScores(sides: readonly [CompareSide, CompareSide], unit: ScoreUnit): [string, string] {
  const texts = formatApart(sides[0].score.value, sides[1].score.value, unit);
  const one = (s: CompareSide, text: string) => `${text}${s.setting ? ` with ${s.setting}` : ""}, rank ${s.rank}${s.outranked ? ` ${REGISTERED_HERE}` : ""}`;
  return [one(sides[0], texts[0]), one(sides[1], texts[1])];
}

/**
 * On an Elo board, where the two ratings are of different days: which days. An Elo rating is
 * relative to the models rated beside it that day, so a model's last rating before it left the
 * arena (LMArena's gpt-4, last rated on 2023-11-16) is not a rating in today's field; the board
 * ranks each model by its latest rating, and the sentence says how far apart the two are.
 * Empty otherwise (a percent or points score of a benchmark version is the same test on any day).
 */
function ratingDays(section: CompareSection, names: readonly [string, string]): string {
  const { a, b, benchmark } = section;
  if (benchmark.unit !== "elo" || !a.score.date || !b.score.date || a.score.date === b.score.date) return "";
  const day = (s: CompareSide) => `${asOfPrefix(s.score)}${s.score.date}`;
  return ` The ratings are of different days (${names[0]}'s ${day(a)}, ${names[1]}'s ${day(b)}): an Elo rating is relative to the models rated beside it that day.`;
}

/**
 * What tells a side's row from the model's other rows on its board besides the setting (which has a
 * row of its own): its snapshot, or the model as its source wrote it, as the board says it
 * (`rowDistinction`); undefined for neither.
 */
const rowOfModel = (s: CompareSide) => rowDistinction({ snapshot: s.snapshot, writtenAs: s.writtenAs });

const dated = (text: string, f: SideFigure | undefined, scoreDate: string) => (f && f.date && f.date !== scoreDate ? `${text} (${asOfPrefix(f)}${f.date})` : text);
const titled = (what: string, f: SideFigure | undefined) => (f ? `${f.value} ${what} · ${dateWord(f)} ${f.date}${f.source ? ` · ${f.source}` : ""}` : undefined);

/**
 * A section as rows: rank, score, the report day of the score, output tokens and cost to run (with
 * their own day when it differs from the score's), cost and tokens per point, per-task figures
 * when either side has them, the setting, and the score's source. Missing values read as the one
 * dash (`MISSING`).
 */
export function compareTable(section: CompareSection, names: readonly [string, string]): CompareTable {
  const { a, b, benchmark } = section;
  const unit = benchmark.unit;
  const both = (label: string, cell: (s: CompareSide) => CompareCell): CompareRow => ({ label, cells: [cell(a), cell(b)] });
  const rows: CompareRow[] = [
    both("Rank", (s) => (s.outranked ? { text: `${s.rank} ${REGISTERED_HERE}`, title: OUTRANKED_TITLE } : { text: String(s.rank) })),
    // Written as the lead writes them: two scores that round alike, with the digits that tell them apart (found in review: "1,176 1,176" under "1,176.0 against 1,175.7").
    both("Score", (s) => ({ text: formatApart(a.score.value, b.score.value, unit)[s === a ? 0 : 1], title: titled(`(${unit})`, s.score) })),
    both("Reported", (s) => ({ text: s.score.date ? `${asOfPrefix(s.score)}${s.score.date}` : MISSING })),
    both("Output tokens to run", (s) => ({ text: dated(formatTokens(s.tokens?.value), s.tokens, s.score.date), title: titled("output tokens", s.tokens) })),
    both("Cost to run", (s) => ({ text: dated(formatUsd(s.cost?.value), s.cost, s.score.date), title: titled("US dollars", s.cost) })),
    both("Cost per point", (s) => ({ text: formatUsd(s.costPerPoint) })),
    both("Tokens per point", (s) => ({ text: formatTokens(s.tokensPerPoint) })),
  ];
  if ([a, b].some((s) => s.tokensPerTask !== undefined || s.costPerTask !== undefined)) {
    rows.push(both("Output tokens per task", (s) => ({ text: formatTokens(s.tokensPerTask) })), both("Cost per task", (s) => ({ text: formatUsd(s.costPerTask) })));
  }
  if ([a, b].some((s) => rowOfModel(s) !== undefined)) {
    // A board that ranks two snapshots of a model, or one beside the source's bare name of it.
    const label = [a, b].some((s) => s.writtenAs !== undefined) ? "Snapshot, or the source's name" : "Snapshot";
    rows.push(both(label, (s) => ({ text: rowOfModel(s) ?? MISSING, ...(s.writtenAs !== undefined && { title: `the model as the source names it, beside its snapshots` }) })));
  }
  rows.push(
    both("Setting", (s) => ({ text: s.setting ?? MISSING })),
    both("Source of the score", (s) => (s.score.source ? { text: sourceHost(s.score.source), href: s.score.source } : { text: MISSING })),
  );
  const asOf = [a, b].some((s) => [s.score, s.tokens, s.cost].some((f) => f?.datedByTable));
  return { caption: `${benchmark.name} ${benchmark.version}: ${names[0]} and ${names[1]} side by side`, lead: leadText(section, names), rows, ...(asOf && { note: AS_OF_NOTE }) };
}

/**
 * Comparison sides by model id, in board order: a model ranked at several settings is compared at
 * its best-ranked row (rows come best first, on the board and in its downloads alike), its other
 * rows in `others` for a like-for-like pair (`compareSections`).
 */
function bestRowPerModel<R>(rows: readonly R[], modelOf: (row: R) => string, sideOf: (row: R) => CompareSide): Map<string, CompareSide> {
  const sides = new Map<string, CompareSide & { others: CompareSide[] }>();
  for (const row of rows) {
    const best = sides.get(modelOf(row));
    if (best) best.others.push(sideOf(row));
    else sides.set(modelOf(row), { ...sideOf(row), others: [] });
  }
  return sides;
}

/**
 * A board's ranked rows by model id, as comparison sides. `leftOutBest`: the board's best left-out
 * row on its day (`LeftOutNote.best`), which qualifies the rank of every row it outscores.
 */
export function boardRows(entries: readonly BoardEntry[], leftOutBest?: { score: number; direction: "higher" | "lower" }): Map<string, CompareSide> {
  return bestRowPerModel(
    entries,
    (e) => e.model.id,
    (e) => sideOfEntry(e, leftOutBest !== undefined && outranksRow(leftOutBest, e.score.value, leftOutBest.direction)),
  );
}

/**
 * A board download's ranked rows (/data/*.json, in board order) by model id, as comparison sides:
 * what the picker reads. A delisted row (empty rank) is left out, as `boardRows` leaves it out.
 */
export function downloadRows(rows: readonly DownloadRowLike[]): Map<string, CompareSide> {
  const ranked = rows.filter((r): r is DownloadRowLike & { rank: number } => r.rank !== null);
  return bestRowPerModel(ranked, (r) => r.model, sideOfDownloadRow);
}

/**
 * Benchmarks in the order comparisons list them: the registry's order of first appearance, the
 * newest version of each first.
 */
export function orderedBenchmarks<B extends { id: string; version: string }>(benchmarks: readonly B[], compareVersions: (a: string, b: string) => number): B[] {
  const first = new Map<string, number>();
  benchmarks.forEach((b, i) => first.has(b.id) || first.set(b.id, i));
  return [...benchmarks].sort((x, y) => first.get(x.id)! - first.get(y.id)! || compareVersions(y.version, x.version));
}
