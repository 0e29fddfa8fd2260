import { rankByScore } from "./rank";
import { BOARD_FIGURES, type BenchmarkLike, type BoardFigureName, type Figure, type ModelLike, type ResultLike } from "./types";

/**
 * One ranked row of a leaderboard: one model on one benchmark version.
 *
 * How the row is formed (the rule the page states under the table):
 * - the model is ranked once per version, by its **newest report that has a score** (on the same
 *   day, the better score wins; then the setting in alphabetical order);
 * - every other figure (output tokens, cost, per-task figures) comes from the **newest report
 *   that carries it**, whatever its setting, and keeps its own date, source and setting;
 * - older reports are not lost: `getModelHistory` keeps every one, with what superseded it.
 */
export interface BoardEntry {
  /** Shared on ties: 1, 2, 2, 4. */
  rank: number;
  model: ModelLike;
  /** The setting of the ranked (score) report, shown next to the model name. */
  setting?: string;
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

/** A model reported on this version without any score: listed under the board, not ranked. */
export interface UnscoredEntry {
  model: ModelLike;
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
  entries: BoardEntry[];
  unscored: UnscoredEntry[];
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

const day = (d: Date) => d.toISOString().slice(0, 10);

function toFigure(r: ResultLike, name: BoardFigureName): Figure | undefined {
  const value = r[name];
  if (value === undefined) return undefined;
  return { value, date: r.evaluated_at, source_url: r.source_url, setting: r.setting, note: r.note, measured_by: r.measured_by, file: r.file, line: r.line };
}

/**
 * Builds the leaderboard of one benchmark version (see `BoardEntry` for how a row is formed).
 * Only results of exactly this benchmark and version are read: scores of different versions are
 * never ranked together. Results naming a model missing from `models` are an error, since the
 * loader resolves every model; reaching here with one is a bug upstream.
 */
export function buildBoard({ benchmark, results, models, asOf, rankLabClaims = false }: BuildBoardInput): Board {
  const byId = new Map(models.map((m) => [m.id, m]));
  const better = benchmark.direction === "higher" ? 1 : -1;
  const rows = results.filter((r) => r.benchmark === benchmark.id && r.version === benchmark.version && (asOf === undefined || day(r.evaluated_at) <= day(asOf)));

  // Higher is better for the sort, whatever the benchmark's direction; no score sorts last.
  const goodness = (r: ResultLike) => (r.score === undefined ? Number.MIN_SAFE_INTEGER : better * r.score);

  const perModel = new Map<string, ResultLike[]>();
  for (const r of rows) {
    if (!byId.has(r.model)) throw new Error(`buildBoard: result ${r.file}:${r.line} names unknown model "${r.model}"`);
    perModel.set(r.model, [...(perModel.get(r.model) ?? []), r]);
  }

  const scored: Omit<BoardEntry, "rank">[] = [];
  const unscored: UnscoredEntry[] = [];
  for (const [modelId, reports] of perModel) {
    const model = byId.get(modelId)!;
    // Newest first; on the same day, the better score first, then settings alphabetically.
    const ordered = [...reports].sort(
      (a, b) =>
        b.evaluated_at.getTime() - a.evaluated_at.getTime() ||
        goodness(b) - goodness(a) ||
        (a.setting ?? "").localeCompare(b.setting ?? "") ||
        a.line - b.line,
    );
    // A lab's claim about its own model ranks only when configured; otherwise it is listed.
    const scoreRow = ordered.find((r) => r.score !== undefined && (rankLabClaims || r.measured_by !== "lab"));
    // For the other figures, the score's own report wins a same-day tie.
    const newestWith = (name: BoardFigureName): Figure | undefined => {
      const carrying = ordered.filter((r) => r[name] !== undefined);
      if (carrying.length === 0) return undefined;
      const newest = carrying.filter((r) => day(r.evaluated_at) === day(carrying[0].evaluated_at));
      return toFigure(newest.find((r) => r === scoreRow) ?? newest[0], name);
    };
    const figures = Object.fromEntries(BOARD_FIGURES.filter((f) => f !== "score").map((f) => [f, newestWith(f)])) as Pick<BoardEntry, Exclude<BoardFigureName, "score">>;
    if (!scoreRow) {
      const claim = ordered.find((r) => r.score !== undefined);
      unscored.push({ model, ...(claim ? { claim: toFigure(claim, "score") } : {}), ...figures });
      continue;
    }
    const score = toFigure(scoreRow, "score")!;
    const perPoint = benchmark.direction === "higher" && score.value > 0;
    scored.push({
      model,
      setting: scoreRow.setting,
      score,
      ...figures,
      costPerPoint: perPoint && figures.cost_usd ? figures.cost_usd.value / score.value : undefined,
      tokensPerPoint: perPoint && figures.output_tokens ? figures.output_tokens.value / score.value : undefined,
      firstReported: ordered.at(-1)!.evaluated_at,
    });
  }

  // Ties keep the model names in alphabetical order.
  scored.sort((a, b) => a.model.name.localeCompare(b.model.name, "en"));
  const entries = rankByScore(scored, (e) => e.score.value, benchmark.direction).map(({ item, rank }) => ({ rank, ...item }));
  unscored.sort((a, b) => a.model.name.localeCompare(b.model.name, "en"));
  const latest = rows.reduce<Date | undefined>((max, r) => (max === undefined || r.evaluated_at > max ? r.evaluated_at : max), undefined);
  return { benchmark, asOf, latest, entries, unscored };
}
