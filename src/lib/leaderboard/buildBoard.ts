import { rankByScore } from "./rank";
import { laterSnapshotDay } from "./snapshotDay";
import { BOARD_FIGURES, type BenchmarkLike, type BoardFigureName, type Figure, type ModelLike, type ResultLike } from "./types";

/**
 * One ranked row of a leaderboard: one model **at one setting** on one benchmark version, as
 * real leaderboards list them ("Claude Opus 4 · 12K thinking", "GPT-5 · Terminus 2, medium").
 * A run at another setting is another row, never folded into the model's plain run.
 *
 * How the row is formed (the rule the page states under the table):
 * - each (model, setting) is ranked once per version, by its **newest report that has a score**
 *   (on the same day, the better score wins, whichever source reported it, then the source's
 *   name; reports dated with a time of day are ordered by that time first, the later the newer): two sources' reports of one run on one day are both kept, on the model's page; a
 *   newsletter's relay of the figure an earlier report measured is credited to that report;
 * - every other figure (output tokens, cost, per-task figures) comes from the **newest report of
 *   the same setting that carries it**, and keeps its own date and source;
 * - two dated snapshots of one model (`claude-3-5-sonnet-20240620`, `-20241022`) are two rows
 *   too, labelled with their date;
 * - a publisher's run (its run id) re-issued under a new name (a later snapshot, another setting
 *   as written) is ranked once, in the row of its newest report (`supersededRuns`);
 * - older reports are not lost: `getModelHistory` keeps every one, with what superseded it.
 */
export interface BoardEntry {
  /** Shared on ties: 1, 2, 2, 4. */
  rank: number;
  /** The row's identity on every board of this benchmark (see `boardKey`), for movement. */
  key: string;
  model: ModelLike;
  /** The setting of the row's runs, shown next to the model name. */
  setting?: string;
  /** The snapshot (a date, or a stable version's number: `002`), set only when the board has another snapshot of the model at this setting, or when it is a date later than the model's release. */
  snapshot?: string;
  /**
   * The model as the results file wrote it, set only for a row that names no snapshot on a board
   * with a snapshot of the same model at the same setting (see `rowWrittenAs`).
   */
  writtenAs?: string;
  score: Figure;
  output_tokens?: Figure;
  cost_usd?: Figure;
  output_tokens_per_task?: Figure;
  cost_per_task_usd?: Figure;
  /** US dollars to run the benchmark per point of score (higher-is-better boards only). */
  costPerPoint?: number;
  /** Output tokens to run the benchmark per point of score (higher-is-better boards only). */
  tokensPerPoint?: number;
  /** Date of the model's first report on this version (a stand-in when `released` is unknown). */
  firstReported: Date;
}

/** A model (at a setting) reported on this version without any score: listed under the board, not ranked. */
export interface UnscoredEntry {
  key: string;
  model: ModelLike;
  setting?: string;
  snapshot?: string;
  /** As `BoardEntry.writtenAs`. */
  writtenAs?: string;
  /** The newest score the lab claimed for its own model, kept out of the ranks (`rankLabClaims`). */
  claim?: Figure;
  output_tokens?: Figure;
  cost_usd?: Figure;
  output_tokens_per_task?: Figure;
  cost_per_task_usd?: Figure;
}

/** The leaderboard of one benchmark version as it stood on `asOf`. */
export interface Board {
  benchmark: BenchmarkLike;
  /** Reports dated after this day are ignored; undefined = every report. */
  asOf?: Date;
  /** Date of the newest report used. */
  latest?: Date;
  /**
   * Date of the newest score the ranking reads (the ranked entries' scores): where movement is
   * measured from, and the day of "the current board". A report that ranks nothing (a lab's own
   * claim kept out of the ranks, a token count alone) moves `latest` but not this: it used to move
   * the whole board's movement window, so that every row showed "=" (helper-74).
   */
  latestRanked?: Date;
  entries: BoardEntry[];
  unscored: UnscoredEntry[];
  /**
   * On a board whose publisher lists the whole board each day (`listing: whole`, LMArena's Elo
   * history): the rows with a score but none on the board's newest day of scores, so no longer on
   * the publisher's board (a retired model, or a column renamed: `gpt-4` last rated 2023-11-16),
   * newest score first. Listed under the board with their last score, never ranked among the day's
   * rows: a rating of 2023 ranked 67th among those of 2025 was a guess shown as a rank. Absent on
   * other boards.
   */
  delisted?: Omit<BoardEntry, "rank">[];
  /**
   * On a whole-board listing with scores: the newest day (UTC midnight) of the publisher's own
   * scores, the day whose rows are ranked (`onNewestDay`). Absent on other boards and on an empty one.
   */
  listedDay?: Date;
}

/** What `buildBoard` needs. */
export interface BuildBoardInput {
  benchmark: BenchmarkLike;
  results: readonly ResultLike[];
  models: readonly ModelLike[];
  /** Only reports on or before this day count (the board "as it stood"). */
  asOf?: Date;
  /** Rank scores a lab reported for its own model (`measured_by: lab`); by default they are listed, not ranked. */
  rankLabClaims?: boolean;
}

/** A row as worked out from its reports, before ranking. */
type WorkedRow = { scored: Omit<BoardEntry, "rank"> } | { unscored: UnscoredEntry };

/**
 * The identity of a board row: model, setting and snapshot. The same key on two boards of one
 * benchmark is the same row (movement compares rows by it).
 * @example boardKey({ model: "claude-opus-4", setting: "12K thinking" }) // "claude-opus-4\u000012K thinking\u0000"
 */
export function boardKey(r: { model: string; setting?: string; snapshot?: string }): string {
  return [r.model, r.setting ?? "", r.snapshot ?? ""].join("\u0000");
}

/**
 * The snapshot part of a `boardKey`, undefined when the row's reports name none: the one place
 * besides `boardKey` that knows the key's layout.
 * @example snapshotOfKey(boardKey({ model: "claude-3-5-sonnet", snapshot: "2024-10-22" })) // "2024-10-22"
 */
export function snapshotOfKey(key: string): string | undefined {
  return key.split("\u0000")[2] || undefined;
}

function toFigure(r: ResultLike, name: BoardFigureName): Figure | undefined {
  const value = r[name];
  if (value === undefined) return undefined;
  const figure: Figure = { value, date: r.evaluated_at, ...(r.dated_by_table && { datedByTable: true as const }), source_url: r.source_url, setting: r.setting, note: r.note, measured_by: r.measured_by, file: r.file, line: r.line };
  if (r.source !== undefined) figure.source = r.source;
  if (r.run_id !== undefined) figure.runId = r.run_id;
  // The interval belongs to the score (statistical ties and moves read it; see statisticalTies.ts).
  if (name === "score" && r.score_low !== undefined && r.score_high !== undefined) Object.assign(figure, { low: r.score_low, high: r.score_high });
  const revised = figureRevision(r, name);
  if (revised) figure.revised = revised;
  return figure;
}

/**
 * Whether the publisher revised one figure of a report (`Figure.revised`): the day of the revision
 * that gave the figure its present value, and the value first reported. A report revised twice
 * whose score changed only in the first revision has its score revised on that first day; a
 * figure every revision left as first reported is not revised (undefined).
 * @example figureRevision({ score: 54, revised: "2026-03-02", earlier: [{ score: 53, ... }] }, "score") // { on: 2026-03-02, first: 53 }
 */
export function figureRevision(r: Pick<ResultLike, BoardFigureName | "revised" | "earlier">, name: BoardFigureName): Figure["revised"] {
  if (r.revised === undefined || !r.earlier?.length) return undefined;
  // The report's rows oldest first: the first report, each earlier revision, this row.
  const rows = [...r.earlier, r];
  const value = r[name];
  let since = rows.length - 1;
  while (since > 0 && rows[since - 1][name] === value) since--;
  if (since === 0) return undefined;
  const on = rows[since].revised;
  return on === undefined ? undefined : { on: new Date(`${on}T00:00:00.000Z`), ...(r.earlier[0][name] !== undefined && { first: r.earlier[0][name] }) };
}

/** Each registry's models by id, worked out once per registry (a board is built for every report day). */
const indexes = new WeakMap<readonly ModelLike[], ReadonlyMap<string, ModelLike>>();
function modelsById(models: readonly ModelLike[]): ReadonlyMap<string, ModelLike> {
  let byId = indexes.get(models);
  if (!byId) indexes.set(models, (byId = new Map(models.map((m) => [m.id, m]))));
  return byId;
}

/** The error for a result whose model the registry lacks: the loader resolves every model, so reaching here with one is a bug upstream. */
const unknownModel = (r: ResultLike) => new Error(`buildBoard: result ${r.file}:${r.line} names unknown model "${r.model}"`);

/**
 * Builds the leaderboard of one benchmark version (see `BoardEntry` for how a row is formed).
 * Only results of exactly this benchmark and version are read: scores of different versions are
 * never ranked together. Results naming a model missing from `models` are an error, since the
 * loader resolves every model; reaching here with one is a bug upstream.
 */
export function buildBoard({ benchmark, results, models, asOf, rankLabClaims = false }: BuildBoardInput): Board {
  const byId = modelsById(models);
  // On or before asOf's day (UTC) is before the start of the next day.
  const before = asOf === undefined ? Number.POSITIVE_INFINITY : Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate() + 1);
  const inWindow = results.filter((r) => r.benchmark === benchmark.id && r.version === benchmark.version && r.evaluated_at.getTime() < before);
  // A run the publisher re-issued under a new name is ranked once, in its newest report's row.
  const superseded = supersededRuns(inWindow.map((r, at) => ({ r, at })));
  const rows = superseded.size === 0 ? inWindow : inWindow.filter((r) => !superseded.has(r));

  const perRow = new Map<string, ResultLike[]>();
  for (const r of rows) {
    if (!byId.has(r.model)) throw unknownModel(r);
    const key = boardKey(r);
    const reports = perRow.get(key);
    if (reports) reports.push(r);
    else perRow.set(key, [r]);
  }
  const naming = rowNaming(rows, (id) => byId.get(id)?.released);
  const work = rowWorker(benchmark, byId, rankLabClaims);
  const scored: Omit<BoardEntry, "rank">[] = [];
  const unscored: UnscoredEntry[] = [];
  for (const [key, reports] of perRow) {
    const { snapshot, besideSnapshots } = naming(reports[0]);
    const row = work(key, reports, snapshot, besideSnapshots);
    if ("scored" in row) scored.push(row.scored);
    else unscored.push(row.unscored);
  }
  return rankedBoard(benchmark, asOf, latestOf(rows), scored, unscored);
}

/** A report with its place in the results (the later line of a file on one day is the newer report). */
export type Placed = { r: ResultLike; at: number };

/** The identity of a publisher's run within one benchmark version: the registered model and its run id. */
const runKey = (r: ResultLike) => `${r.model}\u0000${r.run_id}`;

/** Whether `a` is a newer report than `b`: a later date, or on the same date a later place in the results. */
const newerThan = (a: Placed, b: Placed) => a.r.evaluated_at.getTime() > b.r.evaluated_at.getTime() || (a.r.evaluated_at.getTime() === b.r.evaluated_at.getTime() && a.at > b.at);

/**
 * The reports of one benchmark version that a later report of the same run superseded: a run id
 * is the publisher's identity of a run, so when a table re-issues run `rec2` of gpt-5 under a new
 * name (`gpt-5-2025-08-07_medium`, later `gpt-5-2025-11-13_medium`: another snapshot, or another
 * setting as written), it is one run, not two, and ranking both rows ranked it twice. Only the
 * row of the run's newest report (by date; on one date, the later in the results) ranks it; the
 * run's reports in other rows are left out of the board (they stay on the model's page, see
 * `getModelHistory`). Reports of the newest report's own row are kept: they are that row's
 * history. Boards of days before the new name was reported keep the old row, since the newer
 * report is not in their window.
 */
export function supersededRuns(reports: readonly Placed[]): Set<ResultLike> {
  const newest = newestOfEachRun(reports);
  const out = new Set<ResultLike>();
  for (const { r } of reports) {
    if (r.run_id !== undefined && boardKey(r) !== boardKey(newest.get(runKey(r))!.r)) out.add(r);
  }
  return out;
}

/**
 * The newest report of each publisher's run (a report with a run id), by `runKey` (the model and
 * its run id): the later date, and on one date the later place in the results. The one rule for
 * which name a renamed run goes by, on the board (`supersededRuns`) and the model page
 * (`getModelHistory`'s `renamed`), so that the two never disagree on two reports of one day.
 */
export function newestOfEachRun<P extends Placed>(reports: readonly P[]): Map<string, P> {
  const newest = new Map<string, P>();
  for (const p of reports) {
    if (p.r.run_id === undefined) continue;
    const k = runKey(p.r);
    const had = newest.get(k);
    if (!had || newerThan(p, had)) newest.set(k, p);
  }
  return newest;
}

/** The run a report belongs to, as `newestOfEachRun` keys it; undefined for a report without a run id. */
export const runOf = (r: ResultLike): string | undefined => (r.run_id === undefined ? undefined : runKey(r));

/** The date of the newest report among `rows`. */
const latestOf = (rows: readonly ResultLike[]) => rows.reduce<Date | undefined>((max, r) => (max === undefined || r.evaluated_at > max ? r.evaluated_at : max), undefined);

/** A board as it stood at the end of one day on which something was reported. */
export interface DatedBoard {
  /** The report day (UTC midnight). */
  date: Date;
  board: Board;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The board of one benchmark version after each day with a report, oldest first: for each day,
 * what `buildBoard` with that day as `asOf` gives (the rows the leaderboard page showed that day,
 * so that the frontier over time obeys the board's rules: newest scored report per row, later
 * corrections replacing earlier figures), worked out in one pass over the reports. Each
 * day adds its reports to their rows; only the rows that changed (new reports, or a new snapshot
 * of their model at their setting, which changes how they are named) are worked out again, and
 * the board is ranked from the rows. Linear in the reports and the boards' rows, where building
 * every day's board alone reads every earlier report again: 300 models reported on 300 days
 * took 9.5 s that way (docs/performance.md). frontierOverTime.test.ts holds every day's board to
 * `buildBoard`'s.
 */
export function boardsAfterEachDay(benchmark: BenchmarkLike, results: readonly ResultLike[], models: readonly ModelLike[], { rankLabClaims = false }: { rankLabClaims?: boolean } = {}): DatedBoard[] {
  const byId = modelsById(models);
  const work = rowWorker(benchmark, byId, rankLabClaims);
  // This version's reports with their place in `results`, by day (results order within a day).
  const byDay = new Map<string, { r: ResultLike; at: number }[]>();
  results.forEach((r, at) => {
    if (r.benchmark !== benchmark.id || r.version !== benchmark.version) return;
    const d = day(r.evaluated_at);
    const list = byDay.get(d);
    if (list) list.push({ r, at });
    else byDay.set(d, [{ r, at }]);
  });
  // Each row's reports in results order (as `buildBoard` groups them) with their places in
  // results (`ats[0]`: where the row first appears, its place in buildBoard's Map), its name and
  // its worked row.
  const rows = new Map<string, { reports: ResultLike[]; ats: number[]; name?: RowName; worked?: WorkedRow }>();
  const snapshotsOf: SnapshotsOf = new Map();
  const releasedOf = (id: string) => byId.get(id)?.released;
  let latest: Date | undefined;
  const out: DatedBoard[] = [];
  // Every report of each publisher's run so far (`supersededRuns`).
  const runs = new Map<string, Placed[]>();
  for (const d of [...byDay.keys()].sort()) {
    const changedGroups = new Set<string>();
    const changedRows = new Set<string>();
    const insert = ({ r, at }: Placed) => {
      const key = boardKey(r);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { reports: [], ats: [] }));
      // Most days add a row's newest report last; a results file out of date order is put back in order.
      const i = row.ats.length > 0 && at < row.ats.at(-1)! ? row.ats.findIndex((x) => x > at) : row.ats.length;
      row.ats.splice(i, 0, at);
      row.reports.splice(i, 0, r);
      changedRows.add(key);
      if (addSnapshot(snapshotsOf, r)) changedGroups.add(snapshotGroup(r));
    };
    // A report a later one of its run superseded leaves its row (and the row, if it was its last).
    const staleGroups = new Set<string>();
    const remove = ({ r, at }: Placed) => {
      const key = boardKey(r);
      const row = rows.get(key)!;
      const i = row.ats.indexOf(at);
      row.ats.splice(i, 1);
      row.reports.splice(i, 1);
      if (row.reports.length === 0) rows.delete(key);
      changedRows.add(key);
      staleGroups.add(snapshotGroup(r));
    };
    const touchedRuns = new Set<string>();
    for (const placed of byDay.get(d)!) {
      const { r } = placed;
      if (!byId.has(r.model)) throw unknownModel(r);
      if (latest === undefined || r.evaluated_at > latest) latest = r.evaluated_at;
      if (r.run_id === undefined) {
        insert(placed);
        continue;
      }
      const k = runKey(r);
      const run = runs.get(k);
      if (run) run.push(placed);
      else runs.set(k, [placed]);
      touchedRuns.add(k);
    }
    // Each run touched today: its reports in the row of its newest report are on the board, the others not.
    for (const k of touchedRuns) {
      const run = runs.get(k)!;
      const liveKey = boardKey(run.reduce((a, b) => (newerThan(b, a) ? b : a)).r);
      for (const p of run) {
        const key = boardKey(p.r);
        const wasOn = rows.get(key)?.ats.includes(p.at) === true;
        const isOn = key === liveKey;
        if (isOn && !wasOn) insert(p);
        else if (!isOn && wasOn) remove(p);
      }
    }
    // A group that lost a report names its rows from the snapshots still on the board.
    for (const group of staleGroups) {
      const now = new Set<string>();
      for (const row of rows.values()) if (snapshotGroup(row.reports[0]!) === group) for (const r of row.reports) now.add(r.snapshot ?? "");
      const had = snapshotsOf.get(group);
      if (now.size === 0) snapshotsOf.delete(group);
      else snapshotsOf.set(group, now);
      if (!had || had.size !== now.size || [...now].some((s) => !had.has(s))) changedGroups.add(group);
    }
    const scored: Omit<BoardEntry, "rank">[] = [];
    const unscored: UnscoredEntry[] = [];
    // Rows in the order `buildBoard` meets them: by their first report's place in results.
    for (const [key, row] of [...rows].sort((a, b) => a[1].ats[0]! - b[1].ats[0]!)) {
      const first = row.reports[0]!;
      // A row is named anew when a snapshot of its model at its setting came in, worked out anew when its reports or its name changed.
      const name = row.name === undefined || changedGroups.has(snapshotGroup(first)) ? nameRow(first, snapshotsOf, releasedOf) : row.name;
      if (row.worked === undefined || changedRows.has(key) || name.snapshot !== row.name?.snapshot || name.besideSnapshots !== row.name?.besideSnapshots) {
        row.worked = work(key, row.reports, name.snapshot, name.besideSnapshots);
      }
      row.name = name;
      // Copied, so that no two boards share an entry object.
      if ("scored" in row.worked) scored.push({ ...row.worked.scored });
      else unscored.push({ ...row.worked.unscored });
    }
    const date = new Date(`${d}T00:00:00.000Z`);
    out.push({ date, board: rankedBoard(benchmark, date, latest, scored, unscored) });
  }
  return out;
}

/** Works out one row from its reports (see `BoardEntry`), for one benchmark version and rule on lab claims. */
function rowWorker(benchmark: BenchmarkLike, byId: ReadonlyMap<string, ModelLike>, rankLabClaims: boolean) {
  const better = benchmark.direction === "higher" ? 1 : -1;
  // Higher is better for the sort, whatever the benchmark's direction; no score sorts last.
  const goodness = (r: ResultLike) => (r.score === undefined ? Number.MIN_SAFE_INTEGER : better * r.score);

  /**
   * Reports that each carry the publisher's run id (Epoch's `id`: two agents' runs of one model
   * and setting, listed side by side in one table) are runs, not revisions of one figure: a run
   * added by a later table (dated by its `--as-of`) does not hide a better run still in it, whose
   * row keeps the date of the table it first came in. So each run's newest report goes first, the
   * better score first, as two reports of one day do; the older reports of each run follow,
   * newest first. Without run ids on every report, the newest report leads as before.
   */
  function runsSideBySide(newestFirst: ResultLike[]): ResultLike[] {
    if (newestFirst.length < 2 || newestFirst.some((r) => r.run_id === undefined)) return newestFirst;
    const seen = new Set<string>();
    const latest = newestFirst.filter((r) => !seen.has(r.run_id!) && seen.add(r.run_id!));
    if (latest.length < 2) return newestFirst;
    const byScore = [...latest].sort((a, b) => goodness(b) - goodness(a) || newestFirst.indexOf(a) - newestFirst.indexOf(b));
    return [...byScore, ...newestFirst.filter((r) => !latest.includes(r))];
  }

  /**
   * The report a row's score is credited to, from its ranked reports (newest first): the newest,
   * unless it only relays (`measured_by: newsletter`) the figure an earlier report of the same run
   * measured, with no other figure between them: a repeat adds no measurement, so the board names
   * the one who measured it, with its date and source. The relay stays on the model's page.
   */
  function creditedReport(rankedNewestFirst: ResultLike[]): ResultLike | undefined {
    const newest = rankedNewestFirst[0];
    if (newest?.measured_by !== "newsletter") return newest;
    for (const r of rankedNewestFirst.slice(1)) {
      if (r.score !== newest.score || (r.run_id ?? "") !== (newest.run_id ?? "")) break;
      if (r.measured_by !== "newsletter") return r;
    }
    return newest;
  }

  /** One row from its reports (newest first after sorting): the score that ranks it and its other figures. */
  return function workRow(key: string, reports: readonly ResultLike[], snapshot: string | undefined, besideSnapshots: boolean): WorkedRow {
    const model = byId.get(reports[0].model)!;
    const setting = reports[0].setting;
    // Newest first; on the same day, the better score first, then the source's name.
    const newestFirst = [...reports].sort(
      (a, b) =>
        b.evaluated_at.getTime() - a.evaluated_at.getTime() ||
        goodness(b) - goodness(a) ||
        (a.source ?? "").localeCompare(b.source ?? "") ||
        a.line - b.line,
    );
    const ordered = runsSideBySide(newestFirst);
    // A lab's claim about its own model ranks only when configured; otherwise it is listed.
    const ranked = ordered.filter((r) => r.score !== undefined && (rankLabClaims || r.measured_by !== "lab"));
    const scoreRow = creditedReport(ranked);
    // For the other figures, the score's own report wins a same-day tie.
    const newestWith = (name: BoardFigureName): Figure | undefined => {
      const carrying = ordered.filter((r) => r[name] !== undefined);
      if (carrying.length === 0) return undefined;
      // Newest first: the reports of the newest one's day (UTC) are those from that day's start.
      const newest0 = carrying[0].evaluated_at;
      const dayStart = Date.UTC(newest0.getUTCFullYear(), newest0.getUTCMonth(), newest0.getUTCDate());
      const newest = carrying.filter((r) => r.evaluated_at.getTime() >= dayStart);
      return toFigure(newest.find((r) => r === scoreRow) ?? newest[0], name);
    };
    const figures = Object.fromEntries(BOARD_FIGURES.filter((f) => f !== "score").map((f) => [f, newestWith(f)])) as Pick<BoardEntry, Exclude<BoardFigureName, "score">>;
    const writtenAs = besideSnapshots ? rowWrittenAs(scoreRow ?? ordered[0]) : undefined;
    const named = writtenAs === undefined ? {} : { writtenAs };
    if (!scoreRow) {
      const claim = ordered.find((r) => r.score !== undefined);
      return { unscored: { key, model, setting, snapshot, ...named, ...(claim ? { claim: toFigure(claim, "score") } : {}), ...figures } };
    }
    const score = toFigure(scoreRow, "score")!;
    const perPoint = benchmark.direction === "higher" && score.value > 0;
    return {
      scored: {
        key,
        model,
        setting,
        snapshot,
        ...named,
        score,
        ...figures,
        costPerPoint: perPoint && figures.cost_usd ? figures.cost_usd.value / score.value : undefined,
        tokensPerPoint: perPoint && figures.output_tokens ? figures.output_tokens.value / score.value : undefined,
        firstReported: ordered.at(-1)!.evaluated_at,
      },
    };
  };
}

/**
 * How a board names the rows of one benchmark version's results (`rows`), the rule `buildBoard`
 * applies and the changes log repeats by calling it: a row's snapshot is shown where it tells two
 * rows of the model at a setting apart, and where it is later than the model's release (LMArena's
 * qwen-max-2025-01-25 is Qwen2.5-Max, not the Qwen Max of 2024-04-03 the row's Released cell
 * names); `besideSnapshots`: the row names no snapshot, beside rows of the model's snapshots, and
 * is named as its source wrote the model (`rowWrittenAs`).
 */
export function rowNaming(rows: readonly ResultLike[], releasedOf: (model: string) => Date | undefined): (r: Pick<ResultLike, "model" | "setting" | "snapshot">) => RowName {
  const snapshotsOf = new Map<string, Set<string>>();
  for (const r of rows) addSnapshot(snapshotsOf, r);
  return (r) => nameRow(r, snapshotsOf, releasedOf);
}

/** How a row is named (`rowNaming`). */
type RowName = { snapshot?: string; besideSnapshots: boolean };

/** The snapshots reported of each model at each setting, by `snapshotGroup`. */
type SnapshotsOf = Map<string, Set<string>>;

/** The model and setting of a report: the rows whose snapshots tell each other apart. */
const snapshotGroup = (r: Pick<ResultLike, "model" | "setting">) => boardKey({ model: r.model, setting: r.setting });

/** Adds a report's snapshot to its group; whether the group had not held it. */
function addSnapshot(snapshotsOf: SnapshotsOf, r: Pick<ResultLike, "model" | "setting" | "snapshot">): boolean {
  const group = snapshotGroup(r);
  const snapshots = snapshotsOf.get(group) ?? new Set<string>();
  if (snapshots.has(r.snapshot ?? "")) return false;
  snapshotsOf.set(group, snapshots.add(r.snapshot ?? ""));
  return true;
}

/** The rule of `rowNaming`, given the snapshots reported so far. */
function nameRow(r: Pick<ResultLike, "model" | "setting" | "snapshot">, snapshotsOf: SnapshotsOf, releasedOf: (model: string) => Date | undefined): RowName {
  const afterRelease = laterSnapshotDay(r.snapshot, releasedOf(r.model)) !== undefined;
  const beside = (snapshotsOf.get(snapshotGroup(r))?.size ?? 0) > 1;
  return { snapshot: beside || afterRelease ? r.snapshot : undefined, besideSnapshots: beside && r.snapshot === undefined };
}

/**
 * How the source wrote the model of a row that names no snapshot, beside rows of the model's
 * snapshots: LMArena's history has a column `gemini-2.0-flash` (one day, 2025-02-06) beside
 * `gemini-2.0-flash-001`. Nothing says the two columns are one entry, so the rows are not folded
 * together, and the bare one is named as the source names it, for the reader to tell them apart.
 */
export function rowWrittenAs(report: ResultLike): string | undefined {
  return report.modelAsWritten ?? report.model;
}

/** The order of a board's rows before ranking, which ties keep: model names in alphabetical order, then the settings, then the snapshots. */
export const byRowName = (a: { model: ModelLike; setting?: string; snapshot?: string }, b: { model: ModelLike; setting?: string; snapshot?: string }) =>
  a.model.name.localeCompare(b.model.name, "en") || (a.setting ?? "").localeCompare(b.setting ?? "", "en") || (a.snapshot ?? "").localeCompare(b.snapshot ?? "");

/** Ranks a board's scored rows by score, ties in `byRowName` order (sorts `rows`). */
export function rankRows(rows: Omit<BoardEntry, "rank">[], direction: "higher" | "lower"): BoardEntry[] {
  rows.sort(byRowName);
  return rankByScore(rows, (e) => e.score.value, direction).map(({ item, rank }) => ({ rank, ...item }));
}

/** The board from its worked-out rows: ranked by score, ties and the unscored by name. */
function rankedBoard(benchmark: BenchmarkLike, asOf: Date | undefined, latest: Date | undefined, scored: Omit<BoardEntry, "rank">[], unscored: UnscoredEntry[]): Board {
  scored.sort(byRowName);
  const { listed, delisted, listedDay } = benchmark.listing === "whole" ? onNewestDay(scored) : { listed: scored, delisted: undefined, listedDay: undefined };
  const entries = rankRows(listed, benchmark.direction);
  unscored.sort(byRowName);
  const latestRanked = entries.reduce<Date | undefined>((max, e) => (max === undefined || e.score.date > max ? e.score.date : max), undefined);
  return { benchmark, asOf, latest, ...(latestRanked !== undefined && { latestRanked }), entries, unscored, ...(delisted && { delisted }), ...(listedDay && { listedDay }) };
}

/**
 * A whole-board listing's rows split by the day (UTC) of their score: those on or after the
 * newest day of the publisher's own scores (`listedDay`), and the others, newest score first (then
 * in `rows`' order). The day is read from the publisher's rows only: a newsletter's relay or a
 * lab's claim (ranked with RANK_LAB_CLAIMS) dated after the publisher's newest day is not a day of
 * the publisher's board, and made every row the publisher listed that day look delisted
 * (helper-76). Such a later row is listed, being newer than the board; an earlier one is not.
 * On a board of relays and claims only, every row counts.
 */
function onNewestDay<T extends { score: Figure }>(rows: T[]): { listed: T[]; delisted: T[]; listedDay?: Date } {
  const dayOf = (e: T) => Math.floor(e.score.date.getTime() / 86_400_000);
  const own = rows.filter((e) => e.score.measured_by !== "newsletter" && e.score.measured_by !== "lab");
  const days = (own.length > 0 ? own : rows).map(dayOf);
  if (days.length === 0) return { listed: rows, delisted: [] };
  const newest = days.reduce((a, b) => Math.max(a, b));
  const listed = rows.filter((e) => dayOf(e) >= newest);
  const delisted = rows.filter((e) => dayOf(e) < newest).sort((a, b) => b.score.date.getTime() - a.score.date.getTime());
  return { listed, delisted, listedDay: new Date(newest * 86_400_000) };
}
