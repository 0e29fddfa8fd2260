import type { ColumnMap } from "../../schemas/columnMap";
import { parseDateCell, parseNumberCell, parseUrlCell } from "../../schemas/cells";
import { parseDateWithFormat } from "../../schemas/dateFormat";
import type { CsvTable } from "../csv/readCsv";

/** Why a column was chosen, for the editor to read (and overrule with `--map`). */
export interface ProposalNote {
  column: string;
  /** The publisher's header (or constant) it is read from. */
  from: string;
  why: string;
}

/** A proposed map: what was matched, and what could not be decided and needs the editor. */
export interface MapProposal {
  map: ColumnMap;
  notes: ProposalNote[];
  /** Undecided or missing columns, each with the exact option to type. */
  problems: string[];
}

/** What the editor already said on the command line. */
export interface ProposeOptions {
  /** `--source-url`: the source of every row when the file has no link column. */
  sourceUrl?: string;
  /** `--as-of`: rows without a date take the registry's `as_of`; no date column needed. */
  asOf?: boolean;
  /** The headers that hold scores of separate benchmarks (`--metrics`): not proposed as anything else. */
  metricHeaders?: readonly string[];
  /**
   * How messages name a header: as the publisher's file has it. A wide table read long has
   * columns (`evaluated_at`) its file has not; its dates are in its first column (see wideToLong.ts).
   * Default: the header itself.
   */
  headerAs?: (header: string) => string;
}

/**
 * Header names publishers use for our columns, compared without case, spaces and punctuation,
 * best first. A header matches when it equals a name, or (for the names ending in `*`) starts with it.
 */
const NAMES: Record<string, readonly string[]> = {
  model: ["modelversion", "fullname", "model", "modelname", "modelid", "llm", "name"],
  setting: ["agent", "scaffold", "setting", "reasoningeffort", "effort", "system"],
  score: ["score", "accuracymean", "accuracy", "arenascore", "elo", "rating", "resolved", "resolvedpct", "passrate", "percentcorrect", "timehorizon", "average", "averagescore", "score*", "accuracy*", "elo*", "pass*"],
  score_se: ["accuracyse", "se", "stderr", "standarderror", "scorese", "scorestderr", "*se", "*stderr"],
  score_low: ["cilow", "cilower", "lower", "lowerbound", "cilo", "low"],
  score_high: ["cihigh", "ciupper", "upper", "upperbound", "cihi", "high"],
  score_ci: ["95ci", "ci", "confidenceinterval", "95confidenceinterval"],
  source_url: ["sourcelink", "sourceurl", "url", "link", "sourcelink*", "site", "paperurl"],
  source: ["source", "report", "publication"],
  evaluated_at: ["date", "evaluatedat", "evaluationdate", "submissiondate", "dateadded", "reportdate", "evaldate"],
  note: ["notes", "note", "comment", "comments"],
  output_tokens: ["outputtokens", "tokens", "totaloutputtokens", "outputtokenstorun", "tokensused"],
  output_tokens_per_task: ["outputtokenspertask", "tokenspertask", "avgoutputtokens", "meanoutputtokens", "outputtokenspertask*", "tokenspertask*"],
  cost_usd: ["cost", "costusd", "costtorun", "totalcost", "costtorun*", "totalcost*"],
  cost_per_task_usd: ["costpertask", "costpertaskusd", "costpertask*", "avgcost", "meancost"],
  input_price_per_mtok: ["inputprice", "priceinput", "inputprice*", "inputpriceusd1mtokens", "inputcostpermtok"],
  output_price_per_mtok: ["outputprice", "priceoutput", "outputprice*", "outputpriceusd1mtokens", "outputcostpermtok"],
  run_id: ["runid", "id", "recordid", "rowid"],
};

const key = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, "");
const matches = (header: string, name: string) => {
  const k = key(header);
  if (name.startsWith("*")) return k.endsWith(name.slice(1)) && k !== name.slice(1);
  if (name.endsWith("*")) return k.startsWith(name.slice(0, -1));
  return k === name;
};

/** Share of the non-empty cells of a column that pass `test`; 0 for an empty column. */
function share(table: CsvTable, header: string, test: (cell: string) => boolean): number {
  const cells = table.rows.map((r) => (r.cells[header] ?? "").trim()).filter((c) => c !== "");
  return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
}

const isNumber = (c: string) => parseNumberCell(c).ok;
const isUrl = (c: string) => parseUrlCell(c).ok;

/** Date formats tried on a date column, most common first; ISO needs no `date_format`. */
const DATE_FORMATS = ["D/M/Y", "M/D/Y", "YYYYMMDD", "MMM D, Y", "D MMM Y", "D.M.Y", "unix"] as const;

/** What the cells of a date column say about how its dates are written (see `detectDateFormat`). */
export interface DetectedDateFormat {
  /** The one format (not ISO) that reads every readable cell. */
  format?: string;
  /** The formats that read every readable cell: two or more is a choice for the editor. */
  candidates: string[];
  /** True when every readable cell is an ISO date (no `date_format` needed). */
  iso: boolean;
  /** Indexes (into the cells given) of the non-empty cells that no format reads: typos, `n/a`. */
  unreadable: number[];
  /** Indexes of readable cells that the reading of the others does not read (the dates are not written one way). */
  otherwise: number[];
}

/**
 * The date format of a column, from its cells: ISO (`iso`), one format that reads every cell
 * (`format`), or the candidates when several do (01/02/2025 is D/M/Y or M/D/Y: not guessed).
 * A cell that no format reads (`June 5`, `n/a`) does not decide how the others are written: it is
 * listed in `unreadable`, so that its row is refused with its line rather than the whole column
 * called unreadable, as long as the readable cells are at least half. Readable cells written two
 * ways (`2024-06-01` beside `20240701`) are not reconciled: the reading of most is given, the
 * others are listed in `otherwise`, for the editor to fix.
 */
export function detectDateFormat(cells: readonly string[]): DetectedDateFormat {
  const indexes = cells.map((c, i) => (c.trim() === "" ? -1 : i)).filter((i) => i >= 0);
  const value = (i: number) => cells[i].trim();
  // Unix time only where the numbers have the length of dates since 2001 (an 8-digit 20230508 is a calendar date).
  const reads = (f: string, i: number) => (f === "iso" ? parseDateCell(value(i)).ok : (f !== "unix" || /^\d{9,10}$/.test(value(i))) && parseDateWithFormat(value(i), f).ok);
  const readings = ["iso", ...DATE_FORMATS];
  const readable = indexes.filter((i) => readings.some((f) => reads(f, i)));
  const isReadable = new Set(readable);
  const unreadable = indexes.filter((i) => !isReadable.has(i));
  const none: DetectedDateFormat = { candidates: [], iso: false, unreadable, otherwise: [] };
  // Mostly unreadable: no reading of the few others is the column's.
  if (readable.length === 0 || readable.length < unreadable.length) return none;
  if (readable.every((i) => reads("iso", i))) return { ...none, iso: true };
  const fits = DATE_FORMATS.filter((f) => readable.every((i) => reads(f, i)));
  if (fits.length === 1) return { ...none, format: fits[0], candidates: [...fits] };
  if (fits.length > 1) return { ...none, candidates: [...fits] };
  // Written two ways or more: the reading of most cells, and the cells it does not read.
  const best = readings.map((f) => ({ f, n: readable.filter((i) => reads(f, i)).length })).sort((a, b) => b.n - a.n)[0].f;
  return { ...none, candidates: best === "iso" ? [] : [best], otherwise: readable.filter((i) => !reads(best, i)) };
}

/**
 * Proposes a column map for a publisher's file from its header and cells: each of our columns
 * is matched to the first header that carries one of its usual names (`Model version`, `Accuracy
 * mean`, `Source link`, `95% CI`...) and whose cells fit (numbers for figures, links for
 * `source_url`); a model column whose cells read `Scaffold + Model` (SWE-bench) is split into
 * setting and model; the date format is read from the date cells when it is not ISO; rows
 * without a model are skipped (and counted) when some have none; every other header is listed
 * under `ignore`, so that the map says what is not loaded. Nothing is guessed where the cells
 * allow two readings: that goes to `problems`, with the option to type.
 */
export function proposeColumnMap(table: CsvTable, options: ProposeOptions = {}): MapProposal {
  const map: ColumnMap = { rename: {}, ignore: [] };
  const notes: ProposalNote[] = [];
  const problems: string[] = [];
  const taken = new Set<string>(options.metricHeaders ?? []);
  const fits: Record<string, (header: string) => boolean> = {
    score: (h) => share(table, h, isNumber) >= 0.5,
    score_se: (h) => share(table, h, isNumber) >= 0.5,
    score_low: (h) => share(table, h, isNumber) >= 0.5,
    score_high: (h) => share(table, h, isNumber) >= 0.5,
    output_tokens: (h) => share(table, h, isNumber) >= 0.5,
    output_tokens_per_task: (h) => share(table, h, isNumber) >= 0.5,
    cost_usd: (h) => share(table, h, isNumber) >= 0.5,
    cost_per_task_usd: (h) => share(table, h, isNumber) >= 0.5,
    input_price_per_mtok: (h) => share(table, h, isNumber) >= 0.5,
    output_price_per_mtok: (h) => share(table, h, isNumber) >= 0.5,
    source_url: (h) => share(table, h, isUrl) >= 0.9,
    // A "Source" column of links is the rows' source_url, never their source's name (that would
    // print a URL as the name and link every row to the generic page of --source-url).
    source: (h) => share(table, h, isUrl) === 0,
    // A row id (Epoch's `id`): one per row, so that two runs listed apart only by it stay two.
    run_id: (h) => {
      const cells = table.rows.map((r) => (r.cells[h] ?? "").trim());
      return cells.every((c) => c !== "") && new Set(cells).size === cells.length;
    },
  };
  const pick = (column: string): string | undefined => {
    for (const name of NAMES[column]) {
      const header = table.header.find((h) => !taken.has(h) && matches(h, name) && (fits[column]?.(h) ?? true));
      if (header) return header;
    }
    return undefined;
  };
  // Scores first: "Score OPT@1" before "Score OPT@10"; the score's own interval columns after it.
  const order = ["model", "score", "score_low", "score_high", "score_ci", "score_se", "setting", "source_url", "source", "evaluated_at", "note", "output_tokens_per_task", "cost_per_task_usd", "output_tokens", "cost_usd", "input_price_per_mtok", "output_price_per_mtok", "run_id"];
  for (const column of order) {
    if (options.metricHeaders?.length && column === "score") continue;
    const header = pick(column);
    if (header) {
      taken.add(header);
      map.rename[column] = header;
      notes.push({ column, from: header, why: `its header reads like ${column}` });
    }
    // A URL column under another name (SWE-bench's "Site", a "Source" of links), when none was
    // named like one: looked for before the other columns, so that no name-like header takes it.
    if (column === "source_url" && !map.rename.source_url) {
      const links = table.header.find((h) => !taken.has(h) && share(table, h, isUrl) >= 0.9);
      if (links) {
        taken.add(links);
        map.rename.source_url = links;
        notes.push({ column: "source_url", from: links, why: "its cells are links" });
      }
    }
  }
  // A header that reads like the source's name but holds links in some rows and names in others:
  // neither reading is taken without the editor's word.
  if (!map.rename.source) {
    const mixed = table.header.find((h) => !taken.has(h) && NAMES.source.some((n) => matches(h, n)) && share(table, h, isUrl) > 0);
    if (mixed) {
      const cells = table.rows.map((r) => (r.cells[mixed] ?? "").trim()).filter((c) => c !== "");
      problems.push(
        `${mixed} reads like the source's name, but ${cells.filter(isUrl).length} of its ${cells.length} cells are links; say which it is with --map "source=${mixed}" (a name) or --map "source_url=${mixed}" (each row's link), or --map "ignore=${mixed}"`,
      );
    }
  }

  const model = map.rename.model;
  if (model) {
    const plus = share(table, model, (c) => c.includes(" + "));
    if (plus >= 0.5 && !map.rename.setting) {
      map.rename.setting = model;
      map.splits = { setting: { part: "before", separator: " + " }, model: { part: "after", separator: " + " } };
      notes.push({ column: "setting", from: `${model} before ' + '`, why: `${Math.round(plus * 100)}% of its cells read "scaffold + model"` });
      notes.find((n) => n.column === "model")!.from = `${model} after ' + '`;
    }
    const empty = table.rows.filter((r) => (r.cells[model] ?? "").trim() === "").length;
    if (empty > 0) {
      map.skipEmpty = ["model"];
      notes.push({ column: "skip_empty", from: "model", why: `${empty} row${empty === 1 ? " has" : "s have"} no model: skipped and counted` });
    }
  } else {
    problems.push(`no column looks like the model name; pass --map "model=<column>" (the columns are ${table.header.join(", ")})`);
  }
  // A score column that is mostly empty is more likely a neighbour of the score than the score
  // (a publisher's file without its usual score header): the editor says which.
  const score = map.rename.score;
  if (score) {
    const rows = table.rows.filter((r) => !model || (r.cells[model] ?? "").trim() !== "");
    const filled = rows.filter((r) => (r.cells[score] ?? "").trim() !== "").length;
    if (rows.length >= 4 && filled < rows.length / 2) {
      problems.push(`the column read as the score, ${score}, has a value in only ${filled} of ${rows.length} rows; if it is the score, say so with --map "score=${score}" (rows without one go to the rejects file), else name the score column with --map "score=<column>"`);
    }
  }
  if (!map.rename.score && !options.metricHeaders?.length) {
    const figures = ["output_tokens", "cost_usd", "output_tokens_per_task", "cost_per_task_usd", "input_price_per_mtok", "output_price_per_mtok"].some((c) => map.rename[c]);
    if (!figures) problems.push(`no column looks like a score; pass --map "score=<column>"`);
  }
  if (!map.rename.source_url) {
    if (options.sourceUrl) {
      map.constants = { ...map.constants, source_url: options.sourceUrl };
      notes.push({ column: "source_url", from: `'${options.sourceUrl}'`, why: "no column holds links: --source-url for every row" });
    } else {
      problems.push(`no column holds a link to each row's source; pass --source-url https://... (the publisher's page, used for every row)`);
    }
  }
  const dateColumn = map.rename.evaluated_at;
  if (dateColumn) {
    const rows = table.rows;
    const date = options.headerAs?.(dateColumn) ?? dateColumn;
    const detected = detectDateFormat(rows.map((r) => r.cells[dateColumn] ?? ""));
    // Cells named with their file and line, a few at most: what the editor opens to fix. Once a
    // line: a wide table's long rows share their date row's line and its date cell.
    const cited = (indexes: number[]) => {
      const lines = new Set<number>();
      const cells = indexes.filter((i) => !lines.has(rows[i].line) && lines.add(rows[i].line));
      return (
        cells
          .slice(0, 3)
          .map((i) => `${table.file}:${rows[i].line} ${JSON.stringify((rows[i].cells[dateColumn] ?? "").trim())}`)
          .join(", ") + (cells.length > 3 ? ` and ${cells.length - 3} more` : "")
      );
    };
    // A few cells that no format reads (a typo, `n/a`) beside dates that are read stop nothing
    // here: the loader refuses their rows, each with its file, line and cell.
    if (!rows.some((r) => (r.cells[dateColumn] ?? "").trim() !== "")) {
      if (!options.asOf) problems.push(`${date} has no date in any row; pass --as-of YYYY-MM-DD (the date of the publisher's table), or --map "evaluated_at=<column>" for the column that holds them`);
    } else if (detected.otherwise.length) {
      const most = detected.candidates[0] ?? "YYYY-MM-DD";
      problems.push(`the dates in ${date} are not all written one way: most read as ${most}, but not ${cited(detected.otherwise)}; write those as the others are, or name the format of every cell with --map "date_format=..." (see docs/data-format.md)`);
    } else if (detected.format) {
      map.dateFormat = detected.format;
      notes.push({ column: "date_format", from: detected.format, why: `every date in ${date} is written ${detected.format}` });
    } else if (detected.candidates.length > 1) {
      problems.push(`the dates in ${date} read as ${detected.candidates.join(" or ")}; say which with --map "date_format=${detected.candidates[0]}"`);
    } else if (!detected.iso) {
      problems.push(`the dates in ${date} are in no format we know (${cited(detected.unreadable)}); name it with --map "date_format=D/M/Y" (see docs/data-format.md)`);
    }
  } else if (!options.asOf) {
    problems.push(`no column holds the date of each report; pass --as-of YYYY-MM-DD (the date of the publisher's table) or --map "evaluated_at=<column>"`);
  }
  map.ignore = table.header.filter((h) => !taken.has(h) && !Object.values(map.rename).includes(h) && !(options.metricHeaders ?? []).includes(h));
  return { map, notes, problems };
}

/**
 * The proposal with the editor's `--map` pairs on top: each column the editor maps replaces the
 * proposed one, constants and splits included; the editor's `ignore` adds to the proposed list;
 * a header the editor maps is taken off the ignore list.
 */
export function overrideMap(proposed: ColumnMap, editor: ColumnMap): ColumnMap {
  const columns = new Set([...Object.keys(editor.rename), ...Object.keys(editor.constants ?? {})]);
  const keep = <T>(record: Record<string, T> | undefined) => Object.fromEntries(Object.entries(record ?? {}).filter(([c]) => !columns.has(c)));
  const rename = { ...keep(proposed.rename), ...editor.rename };
  const constants = { ...keep(proposed.constants), ...editor.constants };
  const splits = { ...keep(proposed.splits), ...editor.splits };
  // Headers the proposal read and the editor's pairs no longer do are ignored, so that the map still names every column.
  const used = new Set(Object.values(rename));
  const ignore = [...new Set([...proposed.ignore, ...Object.values(proposed.rename), ...editor.ignore])].filter((h) => !used.has(h));
  const out: ColumnMap = { rename, ignore };
  if (Object.keys(constants).length) out.constants = constants;
  if (Object.keys(splits).length) out.splits = splits;
  const skipEmpty = editor.skipEmpty ?? proposed.skipEmpty;
  if (skipEmpty?.length) out.skipEmpty = skipEmpty;
  const dateFormat = editor.dateFormat ?? proposed.dateFormat;
  if (dateFormat) out.dateFormat = dateFormat;
  return out;
}
