import Papa from "papaparse";
import { formatDate } from "../format/formatDate";
import type { Board, BoardEntry } from "../leaderboard/buildBoard";
import { outranksRow, type LeftOutContender, type LeftOutNote } from "../leaderboard/leftOutNote";
import type { Figure } from "../leaderboard/types";
import { openWeightsDispute, releasedDispute } from "../models/catalogDisputes";

/**
 * The columns of a leaderboard download, in order. Missing values are empty (CSV) or null (JSON).
 * `setting`, `snapshot` and `written_as` tell a row from the model's other rows on the board, as
 * `rowDistinction` does on the page: `written_as` is the model as the results file writes it, set
 * only for a row of no snapshot beside rows of the model's snapshots (LMArena's bare
 * `gemini-2.0-flash` beside `gemini-2.0-flash-001`). `<figure>_revised` is the day the publisher
 * revised that figure for its report's day (`Figure.revised`), and `<figure>_first_reported` the
 * figure it first reported (empty when that report lacked it); both empty for a figure as first reported.
 * `rank_among_registered_only` is true on a ranked row that a row of the publisher's table left out
 * of the board (its model not in the registry: the left-out record) outscores on the board's day,
 * so that its rank is among the models registered here, not the publisher's (`outranksRow`); false
 * on the other ranked rows, empty on an unranked one. `open_weights_disputed` and `released_disputed`
 * say what other listings of the model in its catalog give, where they differ from the registry
 * (`catalog_disputes`), as the pages say it.
 */
export const DOWNLOAD_COLUMNS = [
  "rank",
  "model",
  "model_name",
  "lab",
  "open_weights",
  "released",
  "setting",
  "snapshot",
  "written_as",
  "score",
  "score_date",
  "score_date_is_as_of",
  "score_source_url",
  "score_note",
  "score_low",
  "score_high",
  "score_source",
  "output_tokens",
  "output_tokens_date",
  "output_tokens_date_is_as_of",
  "output_tokens_source_url",
  "cost_usd",
  "cost_usd_date",
  "cost_usd_date_is_as_of",
  "cost_usd_source_url",
  "output_tokens_per_task",
  "cost_per_task_usd",
  "cost_per_point_usd",
  "output_tokens_per_point",
  "benchmark",
  "version",
  "license",
  // Added after the columns above, which keep their order for the scripts that read them.
  "score_revised",
  "score_first_reported",
  "output_tokens_revised",
  "output_tokens_first_reported",
  "cost_usd_revised",
  "cost_usd_first_reported",
  "output_tokens_per_task_revised",
  "output_tokens_per_task_first_reported",
  "cost_per_task_usd_revised",
  "cost_per_task_usd_first_reported",
  "rank_among_registered_only",
  // What the model's catalog gives otherwise than the registry (catalogDisputes.ts), as the pages say it; empty when undisputed.
  "open_weights_disputed",
  "released_disputed",
] as const;

/** One row of a download. */
export type DownloadRow = Record<(typeof DOWNLOAD_COLUMNS)[number], string | number | boolean | null>;

const iso = (d: Date | undefined) => (d ? formatDate(d, "iso") : null);
const exact = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : Math.round(v * 1e6) / 1e6);
const figure = (f: Figure | undefined) => ({ value: f?.value ?? null, date: iso(f?.date), asOf: f ? f.datedByTable === true : null, source: f?.source_url ?? null });
/** A figure's revision (`Figure.revised`): the day and the figure first reported, or nulls. */
const revision = (f: Figure | undefined) => ({ on: iso(f?.revised?.on), first: f?.revised?.first ?? null });

/**
 * A board as download rows: exact values (not the formatted ones), each figure with its own
 * report date (`_date_is_as_of`: true when that is the date of the publisher's table, the report
 * having none of its own) and source URL, and the benchmark's licence on every row so that a copied row
 * keeps its terms. A row no longer on a whole-board listing (`Board.delisted`) follows the ranked
 * rows with an empty rank.
 */
export function boardDownloadRows(board: Board, leftOutBest?: Pick<LeftOutContender, "score">): DownloadRow[] {
  const b = board.benchmark;
  // The ranked rows, then those no longer on a whole-board listing (`Board.delisted`), unranked.
  const rows: (Omit<BoardEntry, "rank"> & { rank?: number })[] = [...board.entries, ...(board.delisted ?? [])];
  return rows.map((e) => {
    const score = figure(e.score);
    const tokens = figure(e.output_tokens);
    const cost = figure(e.cost_usd);
    const [scoreRev, tokensRev, costRev, tokensTaskRev, costTaskRev] = [e.score, e.output_tokens, e.cost_usd, e.output_tokens_per_task, e.cost_per_task_usd].map(revision);
    return {
      rank: e.rank ?? null,
      model: e.model.id,
      model_name: e.model.name,
      lab: e.model.lab,
      open_weights: e.model.open_weights,
      released: iso(e.model.released),
      setting: e.setting ?? null,
      snapshot: e.snapshot ?? null,
      written_as: e.writtenAs ?? null,
      score: score.value,
      score_date: score.date,
      score_date_is_as_of: score.asOf,
      score_source_url: score.source,
      score_note: e.score.note ?? null,
      score_low: e.score.low ?? null,
      score_high: e.score.high ?? null,
      score_source: e.score.source ?? null,
      output_tokens: tokens.value,
      output_tokens_date: tokens.date,
      output_tokens_date_is_as_of: tokens.asOf,
      output_tokens_source_url: tokens.source,
      cost_usd: cost.value,
      cost_usd_date: cost.date,
      cost_usd_date_is_as_of: cost.asOf,
      cost_usd_source_url: cost.source,
      output_tokens_per_task: e.output_tokens_per_task?.value ?? null,
      cost_per_task_usd: e.cost_per_task_usd?.value ?? null,
      cost_per_point_usd: exact(e.costPerPoint),
      output_tokens_per_point: exact(e.tokensPerPoint),
      benchmark: b.id,
      version: b.version,
      license: b.license ?? null,
      score_revised: scoreRev.on,
      score_first_reported: scoreRev.first,
      output_tokens_revised: tokensRev.on,
      output_tokens_first_reported: tokensRev.first,
      cost_usd_revised: costRev.on,
      cost_usd_first_reported: costRev.first,
      output_tokens_per_task_revised: tokensTaskRev.on,
      output_tokens_per_task_first_reported: tokensTaskRev.first,
      cost_per_task_usd_revised: costTaskRev.on,
      cost_per_task_usd_first_reported: costTaskRev.first,
      rank_among_registered_only: e.rank === undefined ? null : outranksRow(leftOutBest, e.score.value, b.direction),
      open_weights_disputed: openWeightsDispute(e.model)?.says ?? null,
      released_disputed: releasedDispute(e.model)?.says ?? null,
    };
  });
}

/**
 * The left-out record as the JSON download gives it: how many rows of the publisher's table the
 * board does not rank (up to its day), and the best-scored of them on the board's day, which every
 * row marked `rank_among_registered_only` is below.
 */
function leftOutSummary(leftOut: LeftOutNote | undefined) {
  if (!leftOut || leftOut.rows === 0) return null;
  const best = leftOut.best;
  return {
    rows: leftOut.rows,
    unknown_model_rows: leftOut.unknownModelRows,
    other_rows: leftOut.otherRows,
    day: iso(leftOut.day),
    best: best ? { model: best.model, setting: best.setting ?? null, score: best.score, date: iso(best.date), would_rank: best.wouldRank } : null,
  };
}

/** NUL cannot be in input (the loaders refuse it); removed here too, since a download leaves the site's control. */
const withoutNul = (v: DownloadRow[keyof DownloadRow]) => (typeof v === "string" ? v.replace(/\u0000/g, "") : v);

/**
 * The CSV download: a header of `DOWNLOAD_COLUMNS`, then one line per row of the board, ranked rows first,
 * then a whole-board listing's delisted rows with an empty rank (CRLF, RFC 4180).
 * Text that a spreadsheet would run as a formula (a leading `=`, `+`, `-`, `@`, tab or carriage
 * return: OWASP's CSV-injection rule, `=HYPERLINK(...)`, `@SUM(...)`) is quoted with a leading
 * `'`, which spreadsheets read as "this is text"; papaparse's `escapeFormulae` does exactly that.
 * Numbers are numbers and are never touched.
 */
export function boardToCsv(board: Board, leftOut?: LeftOutNote): string {
  const data = boardDownloadRows(board, leftOut?.best).map((r) => DOWNLOAD_COLUMNS.map((c) => withoutNul(r[c]) ?? ""));
  return Papa.unparse({ fields: [...DOWNLOAD_COLUMNS], data }, { newline: "\r\n", escapeFormulae: true }) + "\r\n";
}

/**
 * The JSON download: the benchmark's description, source and licence, what of the publisher's
 * table the board does not rank (`left_out`, null when it ranks every row), then the rows.
 */
export function boardToJson(board: Board, leftOut?: LeftOutNote): string {
  const b = board.benchmark;
  return `${JSON.stringify(
    {
      benchmark: b.id,
      name: b.name,
      version: b.version,
      unit: b.unit,
      direction: b.direction,
      description: b.description ?? null,
      source_url: b.source_url ?? null,
      license: b.license ?? null,
      latest_report: iso(board.latest),
      left_out: leftOutSummary(leftOut),
      columns: DOWNLOAD_COLUMNS,
      rows: boardDownloadRows(board, leftOut?.best).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, withoutNul(v)]))),
    },
    null,
    2,
  )}\n`;
}
