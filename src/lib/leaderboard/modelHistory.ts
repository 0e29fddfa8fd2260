import { newestOfEachRun, runOf } from "./buildBoard";
import { compareVersions } from "./versions";
import { BOARD_FIGURES, type BoardFigureName, type ResultLike } from "./types";

/** A figure as first reported, and the later report that replaced it, if any. */
export interface HistoryFigure {
  value: number;
  /** The next later report of the same figure for the same model, version, setting and snapshot. */
  supersededBy?: { value: number; date: Date; source_url: string; setting?: string };
}

/** One report of one model on one benchmark version. */
export interface HistoryReport {
  date: Date;
  /** True when `date` is the publisher's table's (`as_of`), the report having no date of its own. */
  datedByTable?: true;
  setting?: string;
  /** The report's name when the file collects several (a paper and HELM on one day are two reports). */
  source?: string;
  /** The results file's note on the row: the publisher's caveat ("Assuming medium based on ..."), shown with the report. */
  note?: string;
  /** The score's interval, when the publisher gives one. */
  scoreLow?: number;
  scoreHigh?: number;
  /** The dated snapshot the results file named. */
  snapshot?: string;
  /**
   * The model as the results file wrote it, for a report of no snapshot in a group with reports
   * of the model's snapshots at the same setting (LMArena's bare `gemini-2.0-flash` beside
   * `gemini-2.0-flash-001`): the board names its row the same way (`BoardEntry.writtenAs`).
   */
  writtenAs?: string;
  /**
   * What tells this report from another of the same day, setting, snapshot and source (two runs a
   * publisher lists apart): the model's name as the file wrote it where the two differ in it
   * (`gemini-2.5-pro-exp-03-25`), and the publisher's run id. Undefined where nothing needs telling apart.
   */
  twinLabel?: string;
  /**
   * Set on a report of a publisher's run (its run id) that the publisher later listed under
   * another name (Epoch's `rec2`: `gpt-5-2025-08-07_medium`, later `gpt-5-2025-11-13_medium`):
   * the board ranks the run once, in the row of its newest report (`supersededRuns`), not this
   * report's. `label` is that report's setting and snapshot (`reportRunLabel`), `date` its date.
   */
  renamed?: { runId: string; date: Date; label?: string };
  /**
   * Set on a report whose figures the publisher's table later gave otherwise for the same day (the
   * row's `revised`): the figures shown are the revision, `on` the day of the import that found it,
   * and `first` the figures first reported that it changed, with their line. The report is listed
   * once, as it stands, never with its superseded figure as if current.
   */
  revised?: { on: Date; first: { figures: Partial<Record<BoardFigureName, number>>; without?: BoardFigureName[]; source_url: string; line: number } };
  source_url: string;
  /** Who measured it (the results CSV's `measured_by`), when known. */
  measured_by?: ResultLike["measured_by"];
  file: string;
  line: number;
  figures: Partial<Record<BoardFigureName, HistoryFigure>>;
}

/** Every report of one model on one benchmark version, oldest first. */
export interface HistoryGroup {
  benchmark: string;
  version: string;
  reports: HistoryReport[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The full history of a model for its model page: every report on every benchmark version, with
 * superseded figures kept and linked to what replaced them (Opus 4.6's 58M output tokens of
 * 2026-02-18 are superseded by 157M of 2026-04-08; both keep their dates and sources). A figure
 * is superseded by the next report dated strictly later that carries the same figure at the same
 * setting and snapshot (a run at 12K thinking never supersedes the plain run: the same rule the
 * board uses to form its rows). Groups are ordered by benchmark id, then newest version first.
 */
export function getModelHistory(results: readonly ResultLike[], modelId: string): HistoryGroup[] {
  const groups = new Map<string, HistoryGroup>();
  const twinParts = new Map<HistoryReport, { runId?: string; asWritten?: string }>();
  // Each report's result and its place in the results, for the run rule the board uses (`newestOfEachRun`).
  const placed = new Map<HistoryReport, { r: ResultLike; at: number; report: HistoryReport }>();
  results.forEach((r, at) => {
    if (r.model !== modelId) return;
    const key = `${r.benchmark}\u0000${r.version}`;
    if (!groups.has(key)) groups.set(key, { benchmark: r.benchmark, version: r.version, reports: [] });
    const figures: HistoryReport["figures"] = {};
    for (const name of BOARD_FIGURES) {
      const value = r[name];
      if (value !== undefined) figures[name] = { value };
    }
    const report: HistoryReport = { date: r.evaluated_at, ...(r.dated_by_table && { datedByTable: true as const }), setting: r.setting, snapshot: r.snapshot, source_url: r.source_url, measured_by: r.measured_by, file: r.file, line: r.line, figures };
    if (r.source !== undefined) report.source = r.source;
    if (r.note !== undefined) report.note = r.note;
    const first = r.revised !== undefined ? r.earlier?.[0] : undefined;
    if (first) {
      const changed = Object.fromEntries(BOARD_FIGURES.flatMap((name) => (first[name] !== undefined && first[name] !== r[name] ? [[name, first[name]]] : [])));
      // A figure the revision added (output tokens the first report lacked) was first reported as none.
      const without = BOARD_FIGURES.filter((name) => first[name] === undefined && r[name] !== undefined);
      report.revised = { on: new Date(`${r.revised}T00:00:00.000Z`), first: { figures: changed, ...(without.length && { without }), source_url: first.source_url, line: first.line } };
    }
    if (r.score_low !== undefined && r.score_high !== undefined) Object.assign(report, { scoreLow: r.score_low, scoreHigh: r.score_high });
    groups.get(key)!.reports.push(report);
    twinParts.set(report, { runId: r.run_id, asWritten: r.modelAsWritten });
    placed.set(report, { r, at, report });
  });
  for (const group of groups.values()) {
    // Two reports of one day, setting, snapshot and source (two runs a publisher lists apart) are
    // told apart by the model's name as written, where it differs, and the publisher's run id. So
    // are the runs of one setting, snapshot and source on different days (Epoch's two Apex2 runs,
    // one of them reported again later): every report names its run, so that a later report says
    // which run it is of (found in review: a corrected 66.1% did not say it was the 64.5% run's).
    const twinsOf = new Map<string, HistoryReport[]>();
    const runsOf = new Map<string, { reports: HistoryReport[]; runIds: Set<string> }>();
    for (const report of group.reports) {
      const setting = [report.setting ?? "", report.snapshot ?? "", report.source ?? ""].join("\u0000");
      const dayKey = `${day(report.date)}\u0000${setting}`;
      const twins = twinsOf.get(dayKey);
      if (twins) twins.push(report);
      else twinsOf.set(dayKey, [report]);
      let runs = runsOf.get(setting);
      if (!runs) runsOf.set(setting, (runs = { reports: [], runIds: new Set() }));
      runs.reports.push(report);
      const runId = twinParts.get(report)!.runId;
      if (runId !== undefined) runs.runIds.add(runId);
    }
    const namedAsWritten = new Set<HistoryReport>();
    const namedRun = new Set<HistoryReport>();
    for (const twins of twinsOf.values()) {
      if (twins.length < 2) continue;
      const namesDiffer = new Set(twins.map((t) => twinParts.get(t)!.asWritten)).size > 1;
      for (const t of twins) {
        if (namesDiffer) namedAsWritten.add(t);
        namedRun.add(t);
      }
    }
    for (const { reports, runIds } of runsOf.values()) if (runIds.size > 1) for (const t of reports) namedRun.add(t);
    for (const t of group.reports) {
      const { runId, asWritten } = twinParts.get(t)!;
      const parts = [namedAsWritten.has(t) ? asWritten : undefined, namedRun.has(t) && runId !== undefined ? `run ${runId}` : undefined].filter((p) => p !== undefined);
      if (parts.length > 0) t.twinLabel = parts.join(", ");
    }
    // A report of no snapshot beside the model's snapshots at its setting: named as written.
    const withSnapshot = new Set(group.reports.filter((r) => r.snapshot !== undefined).map((r) => r.setting ?? ""));
    for (const report of group.reports) {
      const asWritten = twinParts.get(report)!.asWritten;
      if (report.snapshot === undefined && withSnapshot.has(report.setting ?? "") && asWritten !== undefined) report.writtenAs = asWritten;
    }
    // A run's reports under a name other than its newest report's: superseded on the board (the
    // board's own rule, `newestOfEachRun`: newest by date, then the later in the results).
    const newestOfRun = newestOfEachRun(group.reports.map((report) => placed.get(report)!));
    for (const report of group.reports) {
      const { r } = placed.get(report)!;
      const runId = r.run_id;
      const run = runOf(r);
      const newest = run === undefined ? undefined : newestOfRun.get(run)?.report;
      if (runId === undefined || !newest || (newest.setting === report.setting && newest.snapshot === report.snapshot)) continue;
      const label = reportRunLabel(newest);
      report.renamed = { runId, date: newest.date, ...(label !== undefined && { label }) };
    }
    // Within a day: by setting, then snapshot (so that the page, newest first, lists a day's
    // snapshots newest first: found in review, LMArena's four ChatGPT-4o snapshots of one day were
    // in the file's column order), source and line.
    group.reports.sort(
      (a, b) =>
        a.date.getTime() - b.date.getTime() ||
        (a.setting ?? "").localeCompare(b.setting ?? "") ||
        (a.snapshot ?? "").localeCompare(b.snapshot ?? "") ||
        (a.source ?? "").localeCompare(b.source ?? "") ||
        a.line - b.line,
    );
    group.reports.forEach((report, i) => {
      for (const name of BOARD_FIGURES) {
        const figure = report.figures[name];
        if (!figure) continue;
        const next = group.reports
          .slice(i + 1)
          .find((later) => day(later.date) > day(report.date) && later.figures[name] !== undefined && later.setting === report.setting && later.snapshot === report.snapshot);
        if (next) figure.supersededBy = { value: next.figures[name]!.value, date: next.date, source_url: next.source_url, setting: next.setting };
      }
    });
  }
  return [...groups.values()].sort((a, b) => a.benchmark.localeCompare(b.benchmark) || compareVersions(b.version, a.version));
}

/**
 * What a report was run as, for the model page's Setting column and its sparkline's lines: the
 * setting and the dated snapshot the results file named (`high, snapshot 2025-08-07`), undefined
 * for neither. A publisher that ranks two snapshots of one model (LMArena's gpt-4o-2024-05-13 at
 * 1,285 and gpt-4o-2024-08-06 at 1,265, both GPT-4o) gives two scores on one day: without the
 * snapshot the page would show two different figures of one model with nothing to tell them apart.
 * A report of no snapshot beside them is named as its source wrote the model (`named gemini-2.0-flash`).
 * @example reportRunLabel({ setting: "high", snapshot: "2025-08-07" }) // "high, snapshot 2025-08-07"
 */
export function reportRunLabel(report: Pick<HistoryReport, "setting" | "snapshot" | "writtenAs">): string | undefined {
  const named = report.snapshot !== undefined ? `snapshot ${report.snapshot}` : report.writtenAs !== undefined ? `named ${report.writtenAs}` : undefined;
  const parts = [report.setting, named].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * The scores of a history group as `{date, value}` points, oldest first (for a sparkline), each
 * named by its setting and snapshot (`reportRunLabel`): one line per setting and snapshot, so two
 * snapshots' scores of one day are never joined into one zigzag line. A publisher's run listed
 * under a new name is one line, named by its newest name (`Terminus 2, medium, snapshot
 * 2025-11-13 (run rec2, renamed)`).
 */
export function scoreSeries(group: HistoryGroup): { date: Date; value: number; setting?: string }[] {
  // A renamed run (`HistoryReport.renamed`) is one run: its reports under the old name are drawn
  // on the line of its newest name, which says the run was renamed.
  const renamedRuns = new Map<string, string>();
  for (const r of group.reports) if (r.renamed) renamedRuns.set(r.renamed.label ?? "", r.renamed.runId);
  const lineOf = (r: HistoryReport) => {
    const name = r.renamed ? (r.renamed.label ?? "") : (reportRunLabel(r) ?? "");
    const runId = renamedRuns.get(name);
    return runId === undefined ? reportRunLabel(r) : `${name ? `${name} ` : ""}(run ${runId}, renamed)`;
  };
  return group.reports.filter((r) => r.figures.score).map((r) => ({ date: r.date, value: r.figures.score!.value, setting: lineOf(r) }));
}
