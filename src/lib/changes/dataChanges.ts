import { slugify } from "../content/slugify";
import { compareVersions } from "../leaderboard/versions";
import { rowNaming, rowWrittenAs, runOf } from "../leaderboard/buildBoard";
import { BOARD_FIGURES, type BenchmarkLike, type BoardFigureName, type ModelLike, type ResultLike } from "../leaderboard/types";

/** One figure of a report row, and whether it changed an earlier figure of the same row key. */
export interface ReportedFigure {
  name: BoardFigureName;
  value: number;
  /** The earlier, different value for the same model, version, setting, snapshot and run, when this figure updates or corrects it. */
  was?: { value: number; date: Date };
  /** True when `was` is the same run's earlier figure (its run id): the change has its own correction entry. */
  corrected?: true;
  /**
   * The figure this report first gave, when the publisher's table later gave this one for the same
   * day (the row's `revised`): `on` is the day of the import that found it. The revision has its own
   * correction entry, on that day.
   */
  revised?: { was: number; on: Date };
}

/** One result row of a report. */
export interface ReportRow {
  model: ModelLike;
  setting?: string;
  /** The snapshot, where the version's board names it (`rowNaming`): two snapshots of one model are two rows. */
  snapshot?: string;
  /** The model as the source wrote it, for a row of no snapshot beside the model's snapshots (`BoardEntry.writtenAs`). */
  writtenAs?: string;
  figures: ReportedFigure[];
  /** The model's first report on this benchmark version. */
  first: boolean;
  note?: string;
  /** Where the row is: `data/results/x.csv` and its line. */
  file: string;
  line: number;
  /** Set when the row is a publisher's run (its run id) listed before under another name: one run renamed, not a new one (`RunRename`). */
  renamedFrom?: RunRename;
}

/**
 * The name a publisher's run (its run id) was last listed under before this row renamed it (Epoch's
 * `rec2`: `gpt-5-2025-08-07_medium`, later `gpt-5-2025-11-13_medium`): the setting and snapshot as
 * the results file named them. The board ranks the run once, by its newest report (`supersededRuns`).
 */
export interface RunRename {
  runId: string;
  setting?: string;
  snapshot?: string;
}

/** What every changelog entry has. */
interface EntryBase {
  /** Stable anchor id, unique on the site: derived from the data, not from its position. */
  id: string;
  /** The report day (UTC midnight), or the first report day of a new version. */
  date: Date;
  benchmark: BenchmarkLike;
  /** The report (or, for a new version, the first report) this entry comes from. */
  source_url: string;
}

/** A new report: the rows of one benchmark version published by one source on one day. */
export interface ReportEntry extends EntryBase {
  kind: "report";
  rows: ReportRow[];
}

/** A figure of one run (the publisher's run id) that a later report changed: the run re-scored. */
export interface CorrectionEntry extends EntryBase {
  kind: "correction";
  model: ModelLike;
  setting?: string;
  /** As `ReportRow.snapshot`. */
  snapshot?: string;
  /** As `ReportRow.writtenAs`. */
  writtenAs?: string;
  figure: BoardFigureName;
  /** As `ReportRow.renamedFrom`: the run's figure before was listed under that name. */
  renamedFrom?: RunRename;
  /**
   * The publisher's run id, when another run of the version has the row's name (model, setting,
   * snapshot): Epoch's two runs of gpt-5-mini with Terminus 2, of which the board ranks the
   * better, so that a correction of the other is not read as one of the figure the board shows.
   */
  runId?: string;
  /**
   * For a figure the publisher revised for the same report day (the row's `revised`): the day of
   * the import that found it. The entry is dated by it; `before` and `after` share the report's date.
   */
  revised?: Date;
  /** `revised`: for a revision's correction, the day the figure it revises was itself revised (absent: as first reported). */
  before: { value: number; date: Date; source_url: string; file: string; line: number; revised?: Date };
  /** `value` is absent where a revision withdrew the figure: the publisher's table no longer gives it for the report. */
  after: { value?: number; date: Date; source_url: string; file: string; line: number; note?: string };
}

/** A benchmark version's first appearance in the data. */
export interface VersionEntry extends EntryBase {
  kind: "version";
  /** The benchmark's own page (methodology, publisher table). */
  publisher_url?: string;
  /** Number of rows the version has in the data today. */
  rowCount: number;
  /** The version it follows, if the benchmark had one before. */
  previous?: string;
}

/** One entry of the data changelog. */
export type ChangeEntry = ReportEntry | CorrectionEntry | VersionEntry;

const day = (d: Date) => d.toISOString().slice(0, 10);
const midnight = (d: Date) => new Date(`${day(d)}T00:00:00.000Z`);

/**
 * A short, stable hash of a string (32-bit FNV-1a, hex): tells apart two sources reported on the
 * same day without putting a whole URL into an anchor id.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The order of kinds on one day: a version first, then corrections, then reports. */
const KIND_ORDER: Record<ChangeEntry["kind"], number> = { version: 0, correction: 1, report: 2 };

/** What `dataChanges` reads: the loaded data, as the collections hold it. */
export interface DataChangesInput {
  benchmarks: readonly BenchmarkLike[];
  results: readonly ResultLike[];
  models: readonly ModelLike[];
}

/**
 * The data changelog, derived from the results themselves (no editor writes it), newest first:
 * - a **report** per (benchmark version, source URL, report day): every row it carried, each
 *   marked when it is the model's first report on the version or when a figure of it updates an
 *   earlier, different figure of the same model, version, setting, snapshot and run (`was`):
 *   LMArena's Elo of a later day, Opus 4.6's output tokens on the Index v4.0 (58M on 2026-02-18,
 *   157M on 2026-04-08, which the newsletter notes as a conflict, not a fix);
 * - a **correction** per figure that a later report changed for the same run, named by the
 *   publisher's run id (Terminal-Bench re-scoring an Apex2 run): only then is the later figure
 *   known to replace the earlier one rather than measure again. Another run id or another
 *   snapshot's score is another run, never a correction (LMArena's gpt-4o-2024-08-06 does not
 *   correct gpt-4o-2024-05-13, nor gemini-2.0-flash-001 the bare gemini-2.0-flash of an earlier
 *   day); a report that repeats the same value is a confirmation, not a change;
 * - a **correction** too per figure the publisher's table gave otherwise for the same report (a
 *   row's `revised`: LMArena re-scoring a day, Artificial Analysis restating an index value for
 *   its date), dated on the day of the import that found it, with the figure first reported and
 *   its line; the report's row shows the figure as it stands, marked revised;
 * - a **version** entry on the first report day of each benchmark version (a registered version
 *   without any row has no date and no entry yet).
 * Every entry carries its source URL. Same-day entries: versions, corrections, reports, then the
 * registry's benchmark order, then the id.
 */
export function dataChanges({ benchmarks, results, models }: DataChangesInput): ChangeEntry[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const modelOf = (r: ResultLike) => {
    const m = byId.get(r.model);
    if (!m) throw new Error(`dataChanges: result ${r.file}:${r.line} names unknown model "${r.model}"`);
    return m;
  };
  const registryOrder = new Map<string, number>();
  benchmarks.forEach((b) => {
    if (!registryOrder.has(b.id)) registryOrder.set(b.id, registryOrder.size);
  });
  const benchmarkOf = new Map(benchmarks.map((b) => [`${b.id}\u0000${b.version}`, b]));
  const entries: ChangeEntry[] = [];

  // Rows in date order (then file order), grouped by what a correction compares: the same model,
  // version, setting, snapshot and run. The publisher's run id tells two runs apart (Terminal-Bench
  // lists two Apex2 runs on one model): another run's score, first seen in a later table, is a new
  // row, not a correction of the first run.
  const ordered = [...results].sort((a, b) => a.evaluated_at.getTime() - b.evaluated_at.getTime() || a.file.localeCompare(b.file) || a.line - b.line);
  // A run the publisher names by its id is one run whatever it is listed as (a new snapshot or
  // setting as written, `supersededRuns`): its figures are compared across its names, so that a
  // rename is neither a new run nor, with the same figures, a change.
  // The run is the board's (`runOf`: the model and its run id), within the benchmark version.
  const rowKey = (r: ResultLike) => {
    const run = runOf(r);
    return (run !== undefined ? [r.benchmark, r.version, "\u0001run", run] : [r.benchmark, r.version, r.model, r.setting ?? "", r.snapshot ?? ""]).join("\u0000");
  };
  const runName = (r: ResultLike) => JSON.stringify([r.setting ?? "", r.snapshot ?? ""]);
  const lastName = new Map<string, ResultLike>();
  const renames = new Map<ResultLike, RunRename>();
  // Each row named as its version's board names it: its snapshot where that tells it from the
  // model's other rows, or the name as written beside them.
  const namings = new Map<string, ReturnType<typeof rowNaming>>();
  const released = (id: string) => byId.get(id)?.released;
  const rowName = (r: ResultLike): Pick<ReportRow, "snapshot" | "writtenAs"> => {
    const version = `${r.benchmark}\u0000${r.version}`;
    let naming = namings.get(version);
    if (!naming) namings.set(version, (naming = rowNaming(results.filter((x) => x.benchmark === r.benchmark && x.version === r.version), released)));
    const { snapshot, besideSnapshots } = naming(r);
    const writtenAs = besideSnapshots ? rowWrittenAs(r) : undefined;
    return { ...(snapshot !== undefined && { snapshot }), ...(writtenAs !== undefined && { writtenAs }) };
  };
  // The run ids of each row name (`runName` within its version and model): a correction names its
  // run where the name alone would not tell it from another run (`CorrectionEntry.runId`).
  const runsOfName = new Map<string, Set<string>>();
  const nameKey = (r: ResultLike) => [r.benchmark, r.version, r.model, runName(r)].join("\u0000");
  for (const r of results) if (r.run_id !== undefined) runsOfName.set(nameKey(r), (runsOfName.get(nameKey(r)) ?? new Set()).add(r.run_id));
  const runIdOf = (r: ResultLike): Pick<CorrectionEntry, "runId"> => (r.run_id !== undefined && (runsOfName.get(nameKey(r))?.size ?? 0) > 1 ? { runId: r.run_id } : {});
  /** A figure of one row as it stood from the day `on` (YYYY-MM-DD): as first reported, then each revision. */
  type FigureStep = { value: number | undefined; on: string; source_url: string; line: number; note?: string };
  const lastFigure = new Map<string, { date: Date; file: string; steps: FigureStep[] }>();
  const firstDay = new Map<string, string>();
  const changed = new Map<ResultLike, Map<BoardFigureName, { value: number; date: Date; corrected?: true }>>();

  for (const r of ordered) {
    const benchmark = benchmarkOf.get(`${r.benchmark}\u0000${r.version}`);
    if (!benchmark) throw new Error(`dataChanges: result ${r.file}:${r.line} names unregistered ${r.benchmark} ${r.version}`);
    if (r.run_id !== undefined) {
      const prior = lastName.get(rowKey(r));
      if (prior && runName(prior) !== runName(r)) renames.set(r, { runId: r.run_id, ...(prior.setting !== undefined && { setting: prior.setting }), ...(prior.snapshot !== undefined && { snapshot: prior.snapshot }) });
      lastName.set(rowKey(r), r);
    }
    const renamedFrom = renames.get(r);
    // Reports are compared as they stood on the later one's day: a revised report (`revised`) by
    // what it first said, the report before it by its figure as revised by then. A revision is a
    // correction of its own, on the day of the import that found it (below), never a second one
    // dated on a report's day that the tables of that day did not give.
    for (const name of BOARD_FIGURES) {
      if (r[name] === undefined) continue;
      const key = `${rowKey(r)}\u0000${name}`;
      const steps: FigureStep[] = [
        ...(r.revised !== undefined ? (r.earlier ?? []) : []).map((e) => ({ value: e[name], on: e.revised ?? day(r.evaluated_at), source_url: e.source_url, line: e.line, note: e.note })),
        { value: r[name], on: r.revised ?? day(r.evaluated_at), source_url: r.source_url, line: r.line, note: r.note },
      ];
      const after = steps[0];
      const value = after.value;
      const had = lastFigure.get(key);
      const stood = had?.steps.filter((x) => x.value !== undefined && x.on <= day(r.evaluated_at)).at(-1) ?? had?.steps.find((x) => x.value !== undefined);
      const before = had && stood && { value: stood.value!, date: had.date, source_url: stood.source_url, file: had.file, line: stood.line };
      if (value !== undefined && before && day(before.date) < day(r.evaluated_at) && before.value !== value) {
        const marks = changed.get(r) ?? new Map();
        marks.set(name, { value: before.value, date: before.date, ...(r.run_id !== undefined && { corrected: true as const }) });
        changed.set(r, marks);
      }
      // Only a run the publisher names (its run id) is known to be the same measurement re-scored:
      // a correction. Without a run id a later figure is a new measurement of the model (LMArena's
      // Elo of each day, a newsletter relaying a new figure): an update, shown in its day's report
      // with the value it follows, never a headline "Correction" (2,894 rows of LMArena's
      // history made 3,169 of them).
      if (value !== undefined && r.run_id !== undefined && before && day(before.date) < day(r.evaluated_at) && before.value !== value) {
        const model = modelOf(r);
        entries.push({
          kind: "correction",
          id: `correction-${slugify(r.benchmark)}-${r.version}-${r.model}-${r.setting ? slugify(r.setting) : "default"}${r.snapshot ? `-${slugify(r.snapshot)}` : ""}${r.run_id ? `-${slugify(r.run_id)}` : ""}-${name.replace(/_/g, "-")}-${day(r.evaluated_at)}`,
          date: midnight(r.evaluated_at),
          benchmark,
          source_url: r.source_url,
          model,
          setting: r.setting,
          ...rowName(r),
          ...runIdOf(r),
          figure: name,
          ...(renamedFrom && { renamedFrom }),
          before,
          after: { value, date: r.evaluated_at, source_url: after.source_url, file: r.file, line: after.line, note: after.note },
        });
      }
      lastFigure.set(key, { date: r.evaluated_at, file: r.file, steps });
    }
  }

  // Revisions: a figure the publisher's table gave otherwise for the same report (the rows of one
  // key, `earlier` and the row itself), each a correction on the day of the import that found it.
  // The report is the same measurement restated, so a correction whether or not it has a run id.
  const revisedFigures = new Map<ResultLike, Map<BoardFigureName, { was: number; on: Date }>>();
  for (const r of ordered) {
    if (!r.earlier?.length || r.revised === undefined) continue;
    const benchmark = benchmarkOf.get(`${r.benchmark}\u0000${r.version}`)!;
    const steps = [...r.earlier, { ...r, revised: r.revised }];
    for (let i = 1; i < steps.length; i++) {
      const [was, is] = [steps[i - 1], steps[i]];
      const on = new Date(`${is.revised}T00:00:00.000Z`);
      for (const name of BOARD_FIGURES) {
        const [before, after] = [was[name], is[name]];
        // A figure the revision no longer gives is withdrawn: a correction too (found in review: no
        // entry said so, and a digest linked to a correction that did not exist).
        if (before === undefined || before === after) continue;
        const marks = revisedFigures.get(r) ?? new Map();
        // The report row names the figure first reported, and the latest revision's day.
        marks.set(name, { was: marks.get(name)?.was ?? before, on });
        revisedFigures.set(r, marks);
        entries.push({
          kind: "correction",
          id: revisionCorrectionId(r, name, is.revised!),
          date: on,
          benchmark,
          source_url: is.source_url,
          model: modelOf(r),
          setting: r.setting,
          ...rowName(r),
          ...runIdOf(r),
          figure: name,
          revised: on,
          before: { value: before, date: r.evaluated_at, source_url: was.source_url, file: r.file, line: was.line, ...(was.revised !== undefined && { revised: new Date(`${was.revised}T00:00:00.000Z`) }) },
          after: { value: after, date: r.evaluated_at, source_url: is.source_url, file: r.file, line: is.line, note: is.note },
        });
      }
    }
  }

  // Reports: one per benchmark version, source and day.
  const reports = new Map<string, ReportEntry>();
  for (const r of ordered) {
    const benchmark = benchmarkOf.get(`${r.benchmark}\u0000${r.version}`)!;
    const key = [r.benchmark, r.version, day(r.evaluated_at), r.source_url].join("\u0000");
    let entry = reports.get(key);
    if (!entry) {
      entry = {
        kind: "report",
        id: `report-${slugify(r.benchmark)}-${r.version}-${day(r.evaluated_at)}-${shortHash(r.source_url)}`,
        date: midnight(r.evaluated_at),
        benchmark,
        source_url: r.source_url,
        rows: [],
      };
      reports.set(key, entry);
    }
    const modelKey = `${r.benchmark}\u0000${r.version}\u0000${r.model}`;
    // Every row of a model's first report day on the version counts as first (two settings, two sources).
    if (!firstDay.has(modelKey)) firstDay.set(modelKey, day(r.evaluated_at));
    const first = firstDay.get(modelKey) === day(r.evaluated_at);
    const marks = changed.get(r);
    entry.rows.push({
      model: modelOf(r),
      setting: r.setting,
      ...rowName(r),
      figures: BOARD_FIGURES.flatMap((name) => {
        if (r[name] === undefined) return [];
        const mark = marks?.get(name);
        const revised = revisedFigures.get(r)?.get(name);
        return [{ name, value: r[name]!, ...(mark && { was: { value: mark.value, date: mark.date }, ...(mark.corrected && { corrected: mark.corrected }) }), ...(revised && { revised }) }];
      }),
      first,
      note: r.note,
      file: r.file,
      line: r.line,
      ...(renames.has(r) && { renamedFrom: renames.get(r)! }),
    });
  }
  for (const entry of reports.values()) {
    entry.rows.sort((a, b) => a.model.name.localeCompare(b.model.name, "en") || (a.setting ?? "").localeCompare(b.setting ?? "") || (a.snapshot ?? "").localeCompare(b.snapshot ?? "") || a.line - b.line);
    entries.push(entry);
  }

  // Versions: on their first report day.
  for (const benchmark of benchmarks) {
    const rows = ordered.filter((r) => r.benchmark === benchmark.id && r.version === benchmark.version);
    if (rows.length === 0) continue;
    const older = benchmarks.filter((b) => b.id === benchmark.id && compareVersions(b.version, benchmark.version) < 0).sort((a, b) => compareVersions(b.version, a.version));
    entries.push({
      kind: "version",
      id: `version-${slugify(benchmark.id)}-${benchmark.version}`,
      date: midnight(rows[0].evaluated_at),
      benchmark,
      source_url: rows[0].source_url,
      publisher_url: benchmark.source_url,
      rowCount: rows.length,
      previous: older[0]?.version,
    });
  }

  return entries.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      registryOrder.get(a.benchmark.id)! - registryOrder.get(b.benchmark.id)! ||
      compareVersions(b.benchmark.version, a.benchmark.version) ||
      a.id.localeCompare(b.id),
  );
}

/** The years that have entries, newest first. */
export function changeYears(entries: readonly ChangeEntry[]): number[] {
  return [...new Set(entries.map((e) => e.date.getUTCFullYear()))].sort((a, b) => b - a);
}

/** A digest's window: the data changes after the previous digest's week and up to the end of its own. */
export interface DigestWindow {
  key: string;
  /** Sunday of the digest's week. */
  end: Date;
}

/**
 * Assigns every change to one weekly digest: the first digest whose week ends on or after the
 * change's day. A digest thus lists what changed since the previous digest, so changes in weeks
 * without a recap (and hence without a digest) are not lost; changes after the newest digest wait
 * for the next one. `digests` in any order; each list keeps the entries' order (newest first).
 */
export function changesByDigest(digests: readonly DigestWindow[], entries: readonly ChangeEntry[]): Map<string, ChangeEntry[]> {
  const ascending = [...digests].sort((a, b) => a.end.getTime() - b.end.getTime());
  const out = new Map<string, ChangeEntry[]>(ascending.map((d) => [d.key, []]));
  // Each week's last day once, ascending; each entry finds its digest by binary search (a large
  // archive has hundreds of digests and thousands of changes).
  const ends = ascending.map((d) => day(d.end));
  for (const entry of entries) {
    const at = digestIndexOn(ends, day(entry.date));
    if (at < ends.length) out.get(ascending[at].key)!.push(entry);
  }
  return out;
}

/**
 * The anchor id of the correction entry that a publisher's revision of one figure makes (on the
 * day of the import that found it): a page that shows the figure as it was first reported links
 * to it.
 * @example revisionCorrectionId(result, "score", "2026-12-02") // "correction-arena-v1-o1-preview-default-score-2024-11-13-revised-2026-12-02"
 */
export function revisionCorrectionId(r: Pick<ResultLike, "benchmark" | "version" | "model" | "setting" | "snapshot" | "run_id" | "evaluated_at">, name: BoardFigureName, revised: string): string {
  return `correction-${slugify(r.benchmark)}-${r.version}-${r.model}-${r.setting ? slugify(r.setting) : "default"}${r.snapshot ? `-${slugify(r.snapshot)}` : ""}${r.run_id ? `-${slugify(r.run_id)}` : ""}-${name.replace(/_/g, "-")}-${day(r.evaluated_at)}-revised-${revised}`;
}

/**
 * The index of the first digest whose last day (`ends`, YYYY-MM-DD, ascending) is on or after
 * `on`: the digest that covers a change of that day; `ends.length` when none does yet. A binary
 * search: a large archive has hundreds of digests and thousands of changes.
 */
export function digestIndexOn(ends: readonly string[], on: string): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] < on) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
