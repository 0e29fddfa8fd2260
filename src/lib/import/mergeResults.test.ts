import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/readCsv";
import { readDataset } from "../../integrations/readDataset";
import { InputError } from "../errors";
import { formatAbsent, formatDropped, formatMergedRow, formatRejected, formatReplaced, formatSkipped, mergeCounts, mergeResults, writeCsv } from "./mergeResults";
import { loadDataset } from "../data/loadDataset";
import { dataFilesInMemory, dataFilesWithChanges } from "../data/dataFiles";
import { parseColumnMap } from "../../schemas/columnMap";
import { dataFilesOnDisk } from "../../integrations/dataFilesOnDisk";
import { dataChanges, type ReportEntry } from "../changes/dataChanges";
import { buildBoard } from "../leaderboard/buildBoard";

const minimal = resolve(import.meta.dirname, "../../../test/fixtures/sites/minimal");
const dataset = readDataset({ dataDir: join(minimal, "data"), displayRoot: minimal });

/** The day of the imports these tests make: a revision is marked with it. */
const NOW = new Date("2026-12-02T12:00:00Z");

function target(file: string) {
  const text = readFileSync(join(minimal, "data/results", file), "utf8");
  const name = `data/results/${file}`;
  return {
    target: readCsv(text.replace(/^\uFEFF/, ""), name),
    targetText: text,
    existing: dataset.results.filter((r) => r.file === name),
    versions: dataset.benchmarks.filter((b) => b.file === `results/${file}`),
    now: NOW,
  };
}

const TB_HEADER = "id,Agent,Model version,Accuracy mean,Accuracy SE,Notes,Source,Source link";
const SRC = "Terminal-Bench Leaderboard,https://www.tbench.ai/leaderboard";

describe("mergeResults into a file kept in the publisher's layout", () => {
  const incoming = readCsv(
    [
      TB_HEADER,
      `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`, // the same row: unchanged
      `rec2,Terminus 2,gpt-5-2025-08-07_medium,51.0%,2.0%,rescored,${SRC}`, // same key, new score: updated
      `rec3,Droid,claude-3-opus-4.6,58.8%,0.9%,,${SRC}`, // new: appended as written
      `rec4,Droid,gemini-9,50%,1%,,${SRC}`, // unknown model
      `rec5,Droid,claude-opus-4-6,n/a,1%,,${SRC}`, // bad cell
      `rec6,Droid,claude-opus-4-6,40%,1%,,${SRC}`, // duplicate of rec3's key
      `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`, // rec1's line again, cell for cell: imported once, not refused
    ].join("\n"),
    "epoch.csv",
  );
  // asOf: this is the table of 2025-11-30 (the benchmark's as_of), so new rows are written without a date of their own.
  const out = mergeResults({ incoming, aliases: dataset.aliases, asOf: "2025-11-30", ...target("terminal-bench.csv") });

  it("appends a row with the same key and other figures as a revision, keeps the earlier row, appends new ones as the publisher wrote them, keeps the BOM and CRLF", () => {
    expect(out.text).toBe(
      [
        `\uFEFF${TB_HEADER},revised`,
        `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC},`,
        `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC},`,
        `rec2,Terminus 2,gpt-5-2025-08-07_medium,51.0%,2.0%,rescored,${SRC},2026-12-02`,
        `rec3,Droid,claude-3-opus-4.6,58.8%,0.9%,,${SRC},`,
        "",
      ].join("\r\n"),
    );
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
    expect(out.updated).toEqual([
      {
        line: 3,
        model: "gpt-5",
        setting: "Terminus 2, medium",
        snapshot: "2025-08-07",
        version: "v2.0",
        date: "2025-11-30",
        targetLine: 3,
        replaced: [
          { column: "Accuracy mean", was: "49.6%", now: "51.0%" },
          { column: "Accuracy SE", was: "2.9%", now: "2.0%" },
          { column: "Notes", was: "", now: "rescored" },
        ],
        revised: "2026-12-02",
      },
    ]);
  });

  it("loads the revision as the report, the earlier row in its `earlier`, and changes nothing when imported again", () => {
    const files = dataFilesWithChanges(dataFilesOnDisk(join(minimal, "data"), minimal), { "results/terminal-bench.csv": out.text });
    const site = loadDataset(files, { now: NOW });
    const rows = site.results.filter((r) => r.file === "data/results/terminal-bench.csv" && r.model === "gpt-5");
    expect(rows.map((r) => [r.line, r.score, r.revised, r.earlier])).toEqual([[4, 51, "2026-12-02", [{ line: 3, source_url: "https://www.tbench.ai/leaderboard", score: 49.6 }]]]);
    const text = out.text;
    const again = mergeResults({ incoming, aliases: site.aliases, asOf: "2025-11-30", target: readCsv(text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: text, existing: site.results.filter((r) => r.file === "data/results/terminal-bench.csv"), versions: site.benchmarks.filter((b) => b.file === "results/terminal-bench.csv"), now: NOW });
    expect([again.added.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 3]);
    expect(again.text).toBe(text);
  });
  it("leaves a row whose only changes are in columns the map ignores as it is (a rank, a record id, another metric): no revision (found in review)", () => {
    const moved = readCsv([TB_HEADER, `rec9,Apex2,claude-sonnet-4-5-20250929,64.5%,0.7%,,${SRC}`, `rec8,Terminus 2,gpt-5-2025-08-07_medium,49.6%,3.1%,,${SRC}`].join("\n"), "epoch.csv");
    const same = mergeResults({ incoming: moved, aliases: dataset.aliases, asOf: "2025-11-30", ...target("terminal-bench.csv") });
    expect([same.added.length, same.updated.length, same.unchanged.length, same.rejected.length]).toEqual([0, 0, 2, 0]);
    expect(same.text).toBe(target("terminal-bench.csv").targetText);
  });
  it("counts a change in a column another benchmark of the file reads (a --metrics table's other score) as a change; a column no benchmark reads, not (found in review)", () => {
    const registry = [
      "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map",
      "mt-alpha,MT Alpha,v1,points,higher,One sentence.,https://example.org/,,results/mt.csv,2026-01-01,,model=Model; score=Alpha; source_url=Source; ignore=Beta|Rank",
      "mt-beta,MT Beta,v1,points,higher,One sentence.,https://example.org/,,results/mt.csv,2026-01-01,,model=Model; score=Beta; source_url=Source; ignore=Alpha|Rank",
    ].join("\n") + "\n";
    const models = "id,name,lab,released,open_weights,aliases\nalpha,Alpha,Lab A,2025-01-01,true,\n";
    const file = "Rank,Model,Alpha,Beta,Source\n1,alpha,50,60,https://x.org/a\n";
    const site = loadDataset(dataFilesInMemory({ "models.csv": models, "benchmarks.csv": registry, "results/mt.csv": file }), { now: NOW });
    const refresh = (text: string) =>
      mergeResults({
        incoming: readCsv(text, "mt.csv"),
        target: readCsv(file, "data/results/mt.csv"),
        targetText: file,
        versions: site.benchmarks.filter((b) => b.id === "mt-alpha"),
        sharers: site.benchmarks.filter((b) => b.id === "mt-beta"),
        aliases: site.aliases,
        existing: site.results.filter((r) => r.file === "data/results/mt.csv" && r.benchmark === "mt-alpha"),
        asOf: "2026-03-01",
        now: NOW,
      });
    // Beta, mt-beta's score, changed: a new report of the row, so that mt-beta's figure is not lost.
    expect(refresh("Rank,Model,Alpha,Beta,Source\n1,alpha,50,62,https://x.org/a\n").updated.map((u) => u.replaced)).toEqual([[{ column: "Beta", was: "60", now: "62" }]]);
    // Only the rank, which no benchmark reads, moved: nothing to write.
    const ranked = refresh("Rank,Model,Alpha,Beta,Source\n2,alpha,50,60,https://x.org/a\n");
    expect([ranked.updated.length, ranked.unchanged.length, ranked.text]).toEqual([0, 1, file]);
  });
  it("counts the rows without a date of their own whatever becomes of them: a table whose every row is rejected still has --as-of to date it (found in review)", () => {
    const unknown = readCsv([TB_HEADER, `rec4,Droid,gemini-9,50%,1%,,${SRC}`, `rec5,Droid,gemini-10,51%,1%,,${SRC}`].join("\n"), "epoch.csv");
    const rejected = mergeResults({ incoming: unknown, aliases: dataset.aliases, asOf: "2025-11-30", ...target("terminal-bench.csv") });
    expect([rejected.rejected.length, rejected.withoutDate]).toEqual([2, 2]);
    expect(out.withoutDate).toBe(6);
  });
  it("rejects what it cannot map, with the line and the reason, never silently", () => {
    expect(formatRejected("epoch.csv", out.rejected)).toEqual([
      'epoch.csv:5: column "Model version": unknown model "gemini-9"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
      'epoch.csv:6: column "Accuracy mean": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      "epoch.csv:7: duplicate row: claude-opus-4-6 (Droid) v2.0 on 2025-11-30 is already on line 4 of this file as \"claude-3-opus-4.6\" (\"claude-opus-4-6\" here): both names read as claude-opus-4-6; if the two names are two models or two snapshots, give one of them its own row in data/models.csv",
    ]);
    expect(out.rejected[0].cells.id).toBe("rec4");
    // rec1's line given again, cell for cell: imported once (it is unchanged), neither refused nor counted twice.
    expect(out.repeated).toEqual([{ line: 8, twinLine: 2 }]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
  });

  it("says once which header the map reads the figures from, when a refreshed file lost it", () => {
    const noScore = readCsv([TB_HEADER.replace(",Accuracy mean", ""), `rec1,Apex2,claude-sonnet-4-5-20250929,0.6%,,${SRC}`].join("\n"), "epoch.csv");
    expect(() => mergeResults({ incoming: noScore, aliases: dataset.aliases, ...target("terminal-bench.csv") })).toThrow(
      /epoch\.csv:1: the column map of terminal-bench \(data\/benchmarks\.csv:\d+\) reads score from "Accuracy mean", which this file lacks; its columns are id, Agent, Model version, Accuracy SE, Notes, Source, Source link/,
    );
  });

  it("advises a --map that imports the file when the publisher renamed the score column", () => {
    // A --map replaces the benchmark's map: the advice must be the whole map, not "score=<header>" alone.
    const renamed = readCsv([TB_HEADER.replace("Accuracy mean", "Accuracy"), `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`].join("\n"), "epoch.csv");
    let message = "";
    try {
      mergeResults({ incoming: renamed, aliases: dataset.aliases, ...target("terminal-bench.csv") });
    } catch (e) {
      message = e instanceof InputError ? e.problems.map((p) => p.message).join("\n") : String(e);
    }
    const advised = message.match(/--map "([^"]+)"/)?.[1];
    expect(advised).toContain("score=<header>");
    const parsed = parseColumnMap(advised!.replace("<header>", "Accuracy"));
    if (!parsed.ok) throw new Error(parsed.message);
    const out = mergeResults({ incoming: renamed, aliases: dataset.aliases, map: parsed.value, ...target("terminal-bench.csv") });
    expect(out.rejected).toEqual([]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
  });

  it("with --map alone over a benchmark's own map, lists our columns (not the publisher's header among them) and advises the whole map", () => {
    // The publisher renamed "Accuracy mean" to "Accuracy"; the editor passes --map "score=Accuracy" alone.
    const renamed = readCsv([TB_HEADER.replace("Accuracy mean", "Accuracy"), `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`].join("\n"), "epoch.csv");
    const alone = parseColumnMap("score=Accuracy");
    if (!alone.ok) throw new Error(alone.message);
    let problems: string[] = [];
    try {
      mergeResults({ incoming: renamed, aliases: dataset.aliases, map: alone.value, ...target("terminal-bench.csv") });
    } catch (e) {
      problems = e instanceof InputError ? e.problems.map((p) => `${p.column ?? ""}: ${p.message}`) : [String(e)];
    }
    const modelVersion = problems.find((p) => p.startsWith("Model version:"))!;
    // Found in review: "expected columns are model, version, setting, Accuracy, ...", the publisher's header read as one of ours.
    expect(modelVersion).toContain('expected columns are model, version, setting, score (read from "Accuracy"), output_tokens,');
    expect(modelVersion).toMatch(/; map or ignore it in --map \(model=Model version, or ignore=\.\.\.\|Model version\)$/);
    const advice = problems.at(-1)!;
    expect(advice).toMatch(/^: --map replaces the column map of terminal-bench \(data\/benchmarks\.csv:\d+\) for this file, and leaves "id", "Agent", "Model version", "Accuracy SE", "Notes", "Source", "Source link" unread, which that map reads or ignores; to change only the pairs you gave, pass the whole map: --map "/);
    // The advised map imports the file.
    const whole = parseColumnMap(advice.match(/--map "([^"]+)"$/)![1]);
    if (!whole.ok) throw new Error(whole.message);
    expect(whole.value.rename.score).toBe("Accuracy");
    const out = mergeResults({ incoming: renamed, aliases: dataset.aliases, map: whole.value, ...target("terminal-bench.csv") });
    expect([out.rejected, out.unchanged.map((r) => r.line)]).toEqual([[], [2]]);
  });

  it("refuses a publisher file with a column it cannot map", () => {
    const extra = readCsv(`${TB_HEADER},Rank\nrec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC},1\n`, "epoch.csv");
    expect(() => mergeResults({ incoming: extra, aliases: dataset.aliases, ...target("terminal-bench.csv") })).toThrow(/epoch\.csv:1 column "Rank": unknown column/);
  });
});

describe("mergeResults keeps the rows the map skips (skip_empty=model), as --new does", () => {
  // The fixture's terminal-bench map, plus skip_empty=model as Epoch's files need it.
  // asOf: the refreshes below are the table of the benchmark's as_of (2025-11-30): no date column is added.
  const withSkip = (t: ReturnType<typeof target>) => ({ ...t, asOf: "2025-11-30", versions: t.versions.map((v) => ({ ...v, columnMap: { ...v.columnMap, skipEmpty: ["model"] } })) });
  const OB1 = `recOB1,OB-1,,56.7%,0.6%,No model version selected due to there being multiple models,${SRC}`;
  const WARP = `recWarp,Warp,,52.0%,1.0%,No model version selected due to there being multiple models,${SRC}`;
  const tb = withSkip(target("terminal-bench.csv"));
  /** The fixture's file with more lines, as a later refresh finds it. */
  const targetWith = (text: string) => ({ ...tb, target: readCsv(text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: text });
  const incoming = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`, OB1, WARP].join("\n"), "epoch.csv");

  it("writes the rows without a model as the publisher wrote them, and counts them", () => {
    const out = mergeResults({ incoming, aliases: dataset.aliases, ...tb });
    expect(out.text).toBe(`${tb.targetText.replace(/(\r\n)+$/, "")}\r\n${OB1}\r\n${WARP}\r\n`);
    expect(out.skipped).toEqual([
      { line: 3, column: "model", status: "added", setting: "OB-1", version: "v2.0" },
      { line: 4, column: "model", status: "added", setting: "Warp", version: "v2.0" },
    ]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
  });

  it("is idempotent: the same refresh again leaves the file as it is", () => {
    const once = mergeResults({ incoming, aliases: dataset.aliases, ...tb });
    const twice = mergeResults({ incoming, aliases: dataset.aliases, ...targetWith(once.text) });
    expect(twice.text).toBe(once.text);
    expect(twice.skipped.map((s) => [s.status, s.targetLine])).toEqual([
      ["unchanged", 4],
      ["unchanged", 5],
    ]);
  });

  it("never loses a row without a model that the file had and the refresh does not carry", () => {
    const old = `recOld,Old Agent,,30.0%,1.0%,,${SRC}`;
    const before = `${tb.targetText.replace(/(\r\n)+$/, "")}\r\n${old}\r\n`;
    const out = mergeResults({ incoming, aliases: dataset.aliases, ...targetWith(before) });
    expect(out.text).toBe(`${before.replace(/(\r\n)+$/, "")}\r\n${OB1}\r\n${WARP}\r\n`);
  });

  it("updates in place a row without a model that the publisher revised (same key: agent, no model)", () => {
    const before = `${tb.targetText.replace(/(\r\n)+$/, "")}\r\n${OB1.replace("56.7%", "50.1%")}\r\n`;
    const out = mergeResults({ incoming, aliases: dataset.aliases, ...targetWith(before) });
    expect(out.text).toBe(`${tb.targetText.replace(/(\r\n)+$/, "")}\r\n${OB1}\r\n${WARP}\r\n`);
    expect(out.skipped.map((s) => [s.status, s.targetLine])).toEqual([
      ["updated", 4],
      ["added", undefined],
    ]);
    // Not silently: the line names the cell overwritten, as written before and after (found in review).
    expect(out.skipped.map(formatSkipped)).toEqual([
      ' (skipped: kept in the file, counted on the board page; updated in place: Accuracy mean "50.1%" → "56.7%", the cells it had are not kept, the row being no result)',
      " (skipped: kept in the file, counted on the board page)",
    ]);
  });

  it("appends, rather than guesses, when two rows without a model share a key", () => {
    // Two OB-1 rows in the file, one in the refresh with a third score: which one it revises is unknown.
    const before = `${tb.targetText.replace(/(\r\n)+$/, "")}\r\n${OB1.replace("56.7%", "50.1%")}\r\n${OB1.replace("56.7%", "51.1%")}\r\n`;
    const out = mergeResults({ incoming, aliases: dataset.aliases, ...targetWith(before) });
    expect(out.text).toBe(`${before.replace(/(\r\n)+$/, "")}\r\n${OB1}\r\n${WARP}\r\n`);
    expect(out.skipped.map((s) => s.status)).toEqual(["added", "added"]);
  });
});

describe("mergeResults into a canonical file shared by several versions", () => {
  const incoming = readCsv(
    'Model,Score,Tokens,Cost,Date,Link\nclaude-3-sonnet-4.6,52%,75M,"$2,100",2026-03-01,https://example.org/r\ngpt-5-2025-08-07_high,40,1.2B,,2026-03-01T10:00:00Z,https://example.org/r\n',
    "pub.csv",
  );
  const map = { rename: { model: "Model", score: "Score", output_tokens: "Tokens", cost_usd: "Cost", evaluated_at: "Date", source_url: "Link" }, ignore: [] };

  it("needs a version when the file holds several", () => {
    expect(() => mergeResults({ incoming, map, aliases: dataset.aliases, ...target("aa-index.csv") })).toThrow(InputError);
    expect(() => mergeResults({ incoming, map, version: "v9", aliases: dataset.aliases, ...target("aa-index.csv") })).toThrow(/--version v9 is not registered for aa-index; registered: v3\.0, v4\.0/);
  });

  it("writes normalised rows: canonical model ids (with their dated snapshot), the suffix as setting, plain numbers, ISO dates (with their time when they have one)", () => {
    const out = mergeResults({ incoming, map, version: "v4.0", aliases: dataset.aliases, ...target("aa-index.csv") });
    expect(out.rejected).toEqual([]);
    // The file's trailing blank line stays where it was, after the last row.
    expect(out.text.split("\n").slice(-5)).toEqual([
      "glm-5,v3.0,,45,,,,,2025-12-01,https://example.org/report,",
      "claude-sonnet-4-6,v4.0,,52,75000000,2100,,,2026-03-01,https://example.org/r,",
      // A date with a time keeps it: cut to its day, the row no longer matched its own key (found in review).
      "gpt-5-2025-08-07,v4.0,high,40,1200000000,,,,2026-03-01T10:00:00Z,https://example.org/r,",
      "",
      "",
    ]);
  });
});

describe("mergeResults of rows the file already holds, written otherwise", () => {
  it("counts a row whose figures are the file's own as unchanged and keeps the file's way of writing them (74M, \"$2,088\")", () => {
    const t = target("aa-index.csv");
    // The fixture's own line 3, copied as it stands into a refresh, and once more in plain numbers.
    const own = t.targetText.split("\n")[2];
    expect(own).toBe('claude-3-sonnet-4.6,v4.0,max,51,74M,"$2,088",,,2026-02-18,https://news.smol.ai/issues/26-02-18-not-much,"alias, quoted dollars"');
    const header = t.targetText.split("\n")[0].replace(/^\uFEFF/, "");
    for (const row of [own, 'claude-3-sonnet-4.6,v4.0,max,51.0,74000000,2088,,,2026-02-18,https://news.smol.ai/issues/26-02-18-not-much,"alias, quoted dollars"']) {
      const out = mergeResults({ incoming: readCsv(`${header}\n${row}\n`, "refresh.csv"), aliases: dataset.aliases, partial: true, ...t });
      expect([out.added.length, out.updated.length, out.unchanged.length], row).toEqual([0, 0, 1]);
      expect(out.text, row).toBe(t.targetText);
    }
    // A figure that did change is a revision, written as the import writes numbers, the row it revises kept as written.
    const changed = mergeResults({ incoming: readCsv(`${header}\n${own.replace(",74M,", ",75M,")}\n`, "refresh.csv"), aliases: dataset.aliases, partial: true, ...t });
    expect(changed.updated.map((r) => r.line)).toEqual([2]);
    const lines = changed.text.split("\n");
    expect(lines[2]).toBe(`${own},`);
    expect(lines.filter((l) => l.endsWith(",2026-12-02"))).toEqual(['claude-sonnet-4-6,v4.0,max,51,75000000,2088,,,2026-02-18,https://news.smol.ai/issues/26-02-18-not-much,"alias, quoted dollars",2026-12-02']);
  });
});

describe("writeCsv", () => {
  it("writes the way the file was written: BOM, CRLF, trailing blank lines, quotes only where needed", () => {
    expect(writeCsv(["a", "b"], [{ a: "1,5", b: 'say "hi"' }], "\uFEFFa,b\r\n\r\n")).toBe('\uFEFFa,b\r\n"1,5","say ""hi"""\r\n\r\n');
    expect(writeCsv(["a"], [{ a: "x" }], "a")).toBe("a\nx\n");
  });
  it("takes the line end from the header, not from a quoted cell, and quotes every cell of a file quoted throughout (found in review)", () => {
    // An LF file with a CRLF inside a note's quotes stays LF.
    expect(writeCsv(["a", "b"], [{ a: "x", b: "line1\r\nline2" }, { a: "y", b: "z" }], 'a,b\nx,"line1\r\nline2"\ny,z\n')).toBe('a,b\nx,"line1\r\nline2"\ny,z\n');
    // R's write.csv quotes every cell: so does the rewrite.
    expect(writeCsv(["a", "b"], [{ a: "x", b: "1" }], '"a","b"\n"x","1"\n')).toBe('"a","b"\n"x","1"\n');
  });
});

describe("mergeResults refreshing a table without dates (rows dated by the benchmark's as_of)", () => {
  // The fixture's terminal-bench has no date column: its rows are dated by as_of 2025-11-30, the
  // date of the table they came from. A refresh must not give that date to rows that were not in it.
  const tb = target("terminal-bench.csv");
  const refresh = readCsv(
    [
      TB_HEADER,
      `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC}`, // in the table of 2025-11-30, unchanged
      `rec2,Terminus 2,gpt-5-2025-08-07_medium,51.0%,2.0%,rescored,${SRC}`, // in it, with a new score
      `rec3,Droid,claude-3-opus-4.6,58.8%,0.9%,,${SRC}`, // new in this table
    ].join("\n"),
    "epoch.csv",
  );
  const body = (text: string) => text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  /** The whole site's data with the merged file, loaded as the build loads it. */
  const loaded = (text: string) => loadDataset(dataFilesWithChanges(dataFilesOnDisk(join(minimal, "data"), minimal), { "results/terminal-bench.csv": text }));

  it("without asOf, writes no new or changed row (it would claim the table's date) and lists each", () => {
    const out = mergeResults({ incoming: refresh, aliases: dataset.aliases, ...tb });
    expect(out.undated).toEqual([
      { line: 3, model: "gpt-5", setting: "Terminus 2, medium", snapshot: "2025-08-07", version: "v2.0", status: "updated", targetLine: 3, tableDate: "2025-11-30" },
      { line: 4, model: "claude-opus-4-6", setting: "Droid", version: "v2.0", status: "added", tableDate: "2025-11-30" },
    ]);
    expect(out.added).toEqual([]);
    expect(out.updated).toEqual([]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
    expect(out.text).toBe(tb.targetText);
  });

  it("with asOf, dates the new and changed rows by it in an as_of column; older rows keep their date", () => {
    const out = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    expect(out.undated).toEqual([]);
    expect(body(out.text)).toEqual([
      `${TB_HEADER},as_of`,
      `rec1,Apex2,claude-sonnet-4-5-20250929,64.5%,0.6%,,${SRC},`,
      `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC},`,
      // The changed figure is a new report on 2026-01-15; the row of the 2025-11-30 table stays as it was.
      `rec2,Terminus 2,gpt-5-2025-08-07_medium,51.0%,2.0%,rescored,${SRC},2026-01-15`,
      `rec3,Droid,claude-3-opus-4.6,58.8%,0.9%,,${SRC},2026-01-15`,
    ]);
    expect(out.added).toEqual([{ line: 4, model: "claude-opus-4-6", setting: "Droid", version: "v2.0" }]);
    // The `~` line says what changed, as written before and after (found in review: it said only "a new row").
    expect(out.updated).toEqual([
      {
        line: 3, model: "gpt-5", setting: "Terminus 2, medium", snapshot: "2025-08-07", version: "v2.0", targetLine: 3, appended: true,
        replaced: [{ column: "Accuracy mean", was: "49.6%", now: "51.0%" }, { column: "Accuracy SE", was: "2.9%", now: "2.0%" }, { column: "Notes", was: "", now: "rescored" }],
      },
    ]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);

    // The build reads it: old rows "as of" the first table, the new ones "as of" 2026-01-15 (the
    // date of a table, not of a report: shown "as of", never "reported"); the changelog
    // has a report on 2026-01-15 with exactly the new and changed rows, and the old report as it was.
    const data = loaded(out.text);
    const tbResults = data.results.filter((r) => r.benchmark === "terminal-bench");
    expect(tbResults.map((r) => [r.line, r.evaluated_at.toISOString().slice(0, 10), r.dated_by_table ?? false])).toEqual([
      [2, "2025-11-30", true],
      [3, "2025-11-30", true],
      [4, "2026-01-15", true],
      [5, "2026-01-15", true],
    ]);
    const reports = dataChanges(data).filter((e): e is ReportEntry => e.kind === "report" && e.benchmark.id === "terminal-bench");
    expect(reports.map((e) => [e.date.toISOString().slice(0, 10), e.rows.map((r) => [r.line, r.model.id, r.first, r.figures[0].was?.value])])).toEqual([
      ["2026-01-15", [[5, "claude-opus-4-6", true, undefined], [4, "gpt-5", false, 49.6]]],
      ["2025-11-30", [[2, "claude-sonnet-4-5", true, undefined], [3, "gpt-5", true, undefined]]],
    ]);
  });

  it("never re-dates: the same table again, with a later date, changes nothing", () => {
    const once = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    const again = { ...tb, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text, existing: loaded(once.text).results.filter((r) => r.file === "data/results/terminal-bench.csv") };
    const twice = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-02-01", ...again });
    expect(twice.text).toBe(once.text);
    expect([twice.added.length, twice.updated.length, twice.unchanged.length, twice.undated.length]).toEqual([0, 0, 3, 0]);
    // Without asOf too: nothing is new, so nothing needs a date.
    expect(mergeResults({ incoming: refresh, aliases: dataset.aliases, ...again }).text).toBe(once.text);
  });

  it("dates the rows without a model (skip_empty) it adds, and matches them again without their date", () => {
    const withSkip = { ...tb, versions: tb.versions.map((v) => ({ ...v, columnMap: { ...v.columnMap, skipEmpty: ["model"] } })) };
    const OB1 = `recOB1,OB-1,,56.7%,0.6%,No model version selected,${SRC}`;
    const incoming = readCsv([TB_HEADER, OB1].join("\n"), "epoch.csv");
    expect(mergeResults({ incoming, aliases: dataset.aliases, ...withSkip }).undated).toEqual([{ line: 2, status: "added", setting: "OB-1", version: "v2.0", tableDate: "2025-11-30" }]);
    const once = mergeResults({ incoming, aliases: dataset.aliases, asOf: "2026-01-15", ...withSkip });
    expect(body(once.text).at(-1)).toBe(`${OB1},2026-01-15`);
    const twice = mergeResults({ incoming, aliases: dataset.aliases, asOf: "2026-02-01", ...withSkip, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text });
    expect(twice.text).toBe(once.text);
    expect(twice.skipped.map((s) => s.status)).toEqual(["unchanged"]);
  });

  it("compares with the newest report, not the first table's: the same figure again is no change, a reverted one needs a date, an older date is refused (found in review)", () => {
    const once = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    const after = { ...tb, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text, existing: loaded(once.text).results.filter((r) => r.file === "data/results/terminal-bench.csv") };
    // The 2026-01-15 table again, without asOf: its figures are all recorded, nothing to date.
    const same = mergeResults({ incoming: refresh, aliases: dataset.aliases, ...after });
    expect([same.undated.length, same.rejected.length, same.text === once.text]).toEqual([0, 0, true]);
    // The publisher goes back to the first table's 49.6%: that is a change from 51.0% (2026-01-15).
    const reverted = readCsv([TB_HEADER, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    expect(mergeResults({ incoming: reverted, aliases: dataset.aliases, ...after }).undated).toEqual([
      { line: 2, model: "gpt-5", setting: "Terminus 2, medium", snapshot: "2025-08-07", version: "v2.0", status: "updated", targetLine: 4, tableDate: "2025-11-30" },
    ]);
    const later = mergeResults({ incoming: reverted, aliases: dataset.aliases, asOf: "2026-03-01", ...after });
    expect(body(later.text).at(-1)).toBe(`rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC},2026-03-01`);
    // Dated on or before the newer report (the first table's own date, or an earlier day): refused, nothing overwritten.
    for (const asOf of ["2025-11-30", "2026-01-10"]) {
      const older = mergeResults({ incoming: reverted, aliases: dataset.aliases, asOf, ...after });
      expect(older.rejected.map((r) => r.reason), asOf).toEqual([
        expect.stringMatching(/^its figures differ from the report of 2026-01-15 \(data\/results\/terminal-bench\.csv:4\), and this table would date them \d{4}-\d\d-\d\d, not later/),
      ]);
      expect(older.text, asOf).toBe(once.text);
    }
  });

  it("marks a later report written with the date of a table imported before (a re-download given the earlier download's date), so that the import warns (found in review: a correction dated months back)", () => {
    const once = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    const after = { ...tb, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text, existing: loaded(once.text).results.filter((r) => r.file === "data/results/terminal-bench.csv") };
    // rec1 was unchanged in the 2026-01-15 table (still dated 2025-11-30); a later download changes it.
    const changed = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,65.0%,0.6%,,${SRC}`].join("\n"), "tb-later.csv");
    const sameDate = mergeResults({ incoming: changed, aliases: dataset.aliases, asOf: "2026-01-15", ...after });
    expect(sameDate.updated).toEqual([expect.objectContaining({ appended: true, tableImportedBefore: true, replaced: [{ column: "Accuracy mean", was: "64.5%", now: "65.0%" }] })]);
    // Its own date (the download's day), or a part of a table: no such mark.
    expect(mergeResults({ incoming: changed, aliases: dataset.aliases, asOf: "2026-02-01", ...after }).updated).toEqual([expect.not.objectContaining({ tableImportedBefore: true })]);
    expect(mergeResults({ incoming: changed, aliases: dataset.aliases, asOf: "2026-01-15", partial: true, ...after }).updated).toEqual([expect.not.objectContaining({ tableImportedBefore: true })]);
  });

  it("adds the row of an older table's part (a rejects file, partial) as an earlier report of a run the file has a later report of, which stays the newest; a whole table dated so is still refused (found in review: such a row could never be imported)", () => {
    const once = mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    const after = { ...tb, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text, existing: loaded(once.text).results.filter((r) => r.file === "data/results/terminal-bench.csv") };
    // Claude Opus 4.6 (Droid) was first imported from the 2026-01-15 table (line 5); the 2025-11-30 table's row of it was left out then.
    const saved = readCsv([TB_HEADER, `rec3,Droid,claude-3-opus-4.6,57.0%,1.0%,,${SRC}`].join("\n"), "tb.rejected.csv");
    const partial = mergeResults({ incoming: saved, aliases: dataset.aliases, asOf: "2025-11-30", partial: true, ...after });
    expect(partial.rejected).toEqual([]);
    expect(partial.added).toEqual([{ line: 2, model: "claude-opus-4-6", setting: "Droid", version: "v2.0", before: { date: "2026-01-15", line: 5 } }]);
    // Dated by the benchmark's as_of (the first table's, 2025-11-30): its as_of cell empty, as that table's rows have it.
    expect(body(partial.text)).toEqual([...body(once.text), `rec3,Droid,claude-3-opus-4.6,57.0%,1.0%,,${SRC},`]);
    // The board still ranks the 2026-01-15 figure: the newest report of the run.
    const runs = loaded(partial.text).results.filter((r) => r.model === "claude-opus-4-6" && r.file === "data/results/terminal-bench.csv");
    expect(runs.map((r) => [r.evaluated_at.toISOString().slice(0, 10), r.score])).toEqual([["2026-01-15", 58.8], ["2025-11-30", 57]]);
    // The same part imported again: its row is there, unchanged (found in review: it was refused, and went back to the record as left out).
    const afterPartial = { ...tb, target: readCsv(partial.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: partial.text, existing: loaded(partial.text).results.filter((r) => r.file === "data/results/terminal-bench.csv") };
    const again = mergeResults({ incoming: saved, aliases: dataset.aliases, asOf: "2025-11-30", partial: true, ...afterPartial });
    expect([again.rejected.length, again.added.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 0, 1]);
    expect(again.text).toBe(partial.text);
    // Not a part of a table: the date is the editor's word for a whole new table, and an older one than the file's report is refused.
    const whole = mergeResults({ incoming: saved, aliases: dataset.aliases, asOf: "2025-11-30", ...after });
    expect(whole.rejected.map((r) => r.reason)).toEqual([expect.stringContaining("import as earlier reports with --partial and the date their import printed")]);
    expect(whole.text).toBe(once.text);
  });

  it("does not count a column the refresh lacks as a change of a row without a model (it was re-dated each time)", () => {
    const withSkip = { ...tb, versions: tb.versions.map((v) => ({ ...v, columnMap: { ...v.columnMap, skipEmpty: ["model"] } })) };
    const OB1 = `recOB1,OB-1,,56.7%,0.6%,No model version selected,${SRC}`;
    const once = mergeResults({ incoming: readCsv([TB_HEADER, OB1].join("\n"), "epoch.csv"), aliases: dataset.aliases, asOf: "2026-01-15", ...withSkip });
    // The publisher drops its Notes column.
    const header = TB_HEADER.split(",").filter((h) => h !== "Notes").join(",");
    const noNotes = readCsv([header, `recOB1,OB-1,,56.7%,0.6%,${SRC}`].join("\n"), "epoch.csv");
    const twice = mergeResults({ incoming: noNotes, aliases: dataset.aliases, asOf: "2026-03-01", ...withSkip, target: readCsv(once.text.replace(/^\uFEFF/, ""), "data/results/terminal-bench.csv"), targetText: once.text });
    expect(twice.skipped.map((r) => r.status)).toEqual(["unchanged"]);
    expect(twice.text).toBe(once.text);
  });

  it("names the runs of the file that the table no longer lists, and keeps them", () => {
    // rec1 is gone from this table (a withdrawn run, or a run the publisher renamed).
    const withoutRec1 = readCsv([TB_HEADER, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    const out = mergeResults({ incoming: withoutRec1, aliases: dataset.aliases, ...tb });
    expect(out.absent).toEqual([{ line: 2, model: "claude-sonnet-4-5", setting: "Apex2", snapshot: "2025-09-29", version: "v2.0", sameModel: [] }]);
    expect(out.text).toBe(tb.targetText);
    // The whole table: nothing absent.
    expect(mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2026-01-15", ...tb }).absent).toEqual([]);
  });

  it("does not call a run absent when the table lists it in a row it rejects for a bad cell", () => {
    // rec1 is in the table, with a score the loader refuses: rejected with its reason, not "no longer listed".
    const badCell = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,6.9 pct,0.6%,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    const out = mergeResults({ incoming: badCell, aliases: dataset.aliases, ...tb });
    expect(out.rejected.map((r) => [r.line, r.reason])).toEqual([[2, expect.stringContaining('column "Accuracy mean"')]]);
    expect(out.absent).toEqual([]);
    // A row whose model is unknown names no run of the file: rec1, left out, is still absent.
    const unknown = readCsv([TB_HEADER, `rec1,Apex2,gemini-9,64.5%,0.6%,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    expect(mergeResults({ incoming: unknown, aliases: dataset.aliases, ...tb }).absent).toEqual([{ line: 2, model: "claude-sonnet-4-5", setting: "Apex2", snapshot: "2025-09-29", version: "v2.0", sameModel: [] }]);
  });

  it("says so when the table names the model of an absent run in another run, or only in a row it rejected (found in review: 'not in this table' for a model that is)", () => {
    // rec1 (claude-sonnet-4-5 with Apex2) is not listed; the table has claude-sonnet-4-5 with Droid, imported (a new run).
    const otherRun = readCsv([TB_HEADER, `rec9,Droid,claude-sonnet-4-5-20250929,66.0%,0.6%,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    const out = mergeResults({ incoming: otherRun, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    expect(out.added.map((r) => [r.model, r.setting])).toEqual([["claude-sonnet-4-5", "Droid"]]);
    expect(out.absent).toEqual([{ line: 2, model: "claude-sonnet-4-5", setting: "Apex2", snapshot: "2025-09-29", version: "v2.0", sameModel: [{ line: 2, setting: "Droid", snapshot: "2025-09-29", imported: true }] }]);
    expect(formatAbsent(out.absent[0], "data/results/terminal-bench.csv", "epoch.csv")).toBe(
      "- claude-sonnet-4-5 (Apex2) v2.0, data/results/terminal-bench.csv:2: this run is not in this table, though the table names claude-sonnet-4-5 v2.0 in another row, epoch.csv:2 (setting Droid), whose setting, snapshot, source or run id differ: kept in the file, and still on the board (delete the row by hand if the publisher withdrew it)",
    );
    // Its only row in the table is rejected (n/a): named as not imported.
    const rejected = readCsv([TB_HEADER, `rec9,Droid,claude-sonnet-4-5-20250929,n/a,0.6%,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    const refused = mergeResults({ incoming: rejected, aliases: dataset.aliases, ...tb });
    expect(refused.rejected.map((r) => r.line)).toEqual([2]);
    expect(refused.absent[0].sameModel).toEqual([{ line: 2, setting: "Droid", snapshot: "2025-09-29", imported: false }]);
    expect(formatAbsent(refused.absent[0], "data/results/terminal-bench.csv", "epoch.csv")).toContain("in another row, epoch.csv:2 (setting Droid, not imported), whose setting");
    // A run the table does not name at all keeps the short line.
    const gone = readCsv([TB_HEADER, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    expect(formatAbsent(mergeResults({ incoming: gone, aliases: dataset.aliases, ...tb }).absent[0], "data/results/terminal-bench.csv", "epoch.csv")).toBe(
      "- claude-sonnet-4-5 (Apex2) v2.0, data/results/terminal-bench.csv:2: not in this table: kept in the file, and still on the board (delete the row by hand if the publisher withdrew it)",
    );
  });

  it("rejects a row with every problem named: a cell that does not parse, and an unknown model beside it", () => {
    const both = readCsv([TB_HEADER, `rec9,Droid,gemini-9,n/a,0.6%,,${SRC}`].join("\n"), "epoch.csv");
    const out = mergeResults({ incoming: both, aliases: dataset.aliases, partial: true, ...tb });
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0].reason).toMatch(/^column "Accuracy mean": expected a non-negative number .*, found "n\/a"; column "Model version": unknown model "gemini-9"/);
    expect(out.rejected[0].unknownModel).toBe("gemini-9");
  });

  it("reports no absent run for a partial file (a rejects file: some rows of a table)", () => {
    const withoutRec1 = readCsv([TB_HEADER, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "epoch.csv");
    const out = mergeResults({ incoming: withoutRec1, aliases: dataset.aliases, partial: true, ...tb });
    expect(out.absent).toEqual([]);
    expect(out.unchanged.map((r) => r.line)).toEqual([2]);
    expect(out.text).toBe(tb.targetText);
  });

  it("refuses an asOf that is not a date", () => {
    expect(() => mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "15/01/2026", ...tb })).toThrow(/--as-of: expected a date such as 2025-11-30, found "15\/01\/2026"/);
    // A day still to come (2031 for 2025) would date every new row after the build (found in review).
    expect(() => mergeResults({ incoming: refresh, aliases: dataset.aliases, asOf: "2031-01-01", ...tb, now: new Date("2026-11-30T12:00:00Z") })).toThrow(
      "--as-of: expected a date not after today (2026-11-30), found 2031-01-01: a publisher's table cannot be dated on a day still to come",
    );
  });
});

describe("mergeResults checks a refresh's score column against the benchmark's unit and its board (as --new does)", () => {
  const tb = target("terminal-bench.csv");
  const aa = target("aa-index.csv");
  const AA_HEADER = "model,version,score,evaluated_at,source_url";
  const AA_SRC = "https://artificialanalysis.ai/";

  it("refuses scores written as percentages under a unit that is not percent, with the line, the column and the registry's row", () => {
    const percent = readCsv([AA_HEADER, `claude-opus-4-6,v4.0,53,2026-05-01,${AA_SRC}`, `claude-sonnet-4-5,v4.0,64.5%,2026-05-01,${AA_SRC}`].join("\n"), "aa.csv");
    const out = mergeResults({ incoming: percent, aliases: dataset.aliases, ...aa });
    expect(out.scaleProblems).toEqual([
      {
        file: "aa.csv",
        line: 3,
        column: "score",
        message: `the scores are percentages ("64.5%"), but aa-index v4.0 is registered in points (data/benchmarks.csv:3, column "unit"), and its board would show them as points. If its figures are percentages, set its unit to percent there and import again; if this column is not its score, name the score column with --map`,
      },
    ]);
  });

  it("asks about a column of fractions of 1 on a percent board, which would show 0.645 as 0.645%, until the editor's --map names the score", () => {
    const fractions = readCsv(
      [TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,0.645,0.006,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,0.496,0.029,,${SRC}`, `rec3,Droid,claude-opus-4-6,0.588,0.009,,${SRC}`].join("\n"),
      "epoch.csv",
    );
    const out = mergeResults({ incoming: fractions, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    expect(out.scaleProblems).toHaveLength(1);
    expect(out.scaleProblems[0]).toMatchObject({ file: "epoch.csv", line: 2, column: "Accuracy mean" });
    expect(out.scaleProblems[0].message).toBe(
      `every score is between 0 and 1 ("0.645"), fractions of 1 rather than percentages? terminal-bench v2.0 is registered in percent (data/benchmarks.csv:4, column "unit"), and its board has scores above 1 (data/results/terminal-bench.csv:2 has 64.5): 0.645 would show as 0.645%. Write them as percentages (64.5 for 0.645) and import again; if they are percentages under 1%, say so with --map "model=Model version; setting=Agent; score=Accuracy mean; note=Notes; source_url=Source link; ignore=id|Accuracy SE|Source" (this file's map, the score named)`,
    );
    // The map the message prints, given as --map, is the editor's word: the rows import.
    const map = out.scaleProblems[0].message.match(/--map "([^"]+)"/)![1];
    const parsed = parseColumnMap(map);
    if (!parsed.ok) throw new Error(parsed.message);
    const said = mergeResults({ incoming: fractions, aliases: dataset.aliases, asOf: "2026-01-15", map: parsed.value, ...tb });
    expect(said.scaleProblems).toEqual([]);
    expect(said.updated).toHaveLength(2);
    // Written with %, they are percentages; two scores say nothing of a scale.
    const marked = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,0.645%,0.006,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,0.496,0.029,,${SRC}`, `rec3,Droid,claude-opus-4-6,0.588,0.009,,${SRC}`].join("\n"), "epoch.csv");
    expect(mergeResults({ incoming: marked, aliases: dataset.aliases, asOf: "2026-01-15", ...tb }).scaleProblems).toEqual([]);
    const two = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,0.645,0.006,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,0.496,0.029,,${SRC}`].join("\n"), "epoch.csv");
    expect(mergeResults({ incoming: two, aliases: dataset.aliases, asOf: "2026-01-15", ...tb }).scaleProblems).toEqual([]);
  });

  it("asks about a column with scores above 100 on a percent board (minutes under a percent map), whose other rows would load as percentages", () => {
    const minutes = readCsv(
      [TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,105.5,0.006,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,45.2,0.029,,${SRC}`, `rec3,Droid,claude-opus-4-6,137.3,0.009,,${SRC}`].join("\n"),
      "epoch.csv",
    );
    const out = mergeResults({ incoming: minutes, aliases: dataset.aliases, asOf: "2026-01-15", ...tb });
    expect(out.scaleProblems).toHaveLength(1);
    expect(out.scaleProblems[0]).toMatchObject({ file: "epoch.csv", line: 2, column: "Accuracy mean" });
    expect(out.scaleProblems[0].message).toBe(
      `2 of 3 scores are above 100 (the first "105.5"), so the column is not percentages? terminal-bench v2.0 is registered in percent (data/benchmarks.csv:4, column "unit"): the rows above 100 are refused and the others would show as percentages (45.2%). If this column is not its score, name the score column with --map; if it is percentages, fix the scores above 100, or say so with --map "model=Model version; setting=Agent; score=Accuracy mean; note=Notes; source_url=Source link; ignore=id|Accuracy SE|Source" (this file's map, the score named)`,
    );
    const map = out.scaleProblems[0].message.match(/--map "([^"]+)"/)![1];
    const parsed = parseColumnMap(map);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(mergeResults({ incoming: minutes, aliases: dataset.aliases, asOf: "2026-01-15", map: parsed.value, ...tb }).scaleProblems).toEqual([]);
  });

  it("asks about fractions on a points board whose every score is above 1 (an index of 53 refreshed as 0.53)", () => {
    const fractions = readCsv([AA_HEADER, `claude-opus-4-6,v4.0,0.53,2026-05-01,${AA_SRC}`, `claude-sonnet-4-5,v4.0,0.43,2026-05-01,${AA_SRC}`, `claude-3-sonnet-4.6,v4.0,0.51,2026-05-01,${AA_SRC}`].join("\n"), "aa.csv");
    const out = mergeResults({ incoming: fractions, aliases: dataset.aliases, ...aa });
    expect(out.scaleProblems.map((p) => `${p.file}:${p.line} ${p.message.slice(0, 160)}`)).toEqual([
      `aa.csv:2 every score is between 0 and 1 ("0.53"), fractions of 1 rather than the board's points? aa-index v4.0 is registered in points (data/benchmarks.csv:3, column "un`,
    ]);
    expect(out.scaleProblems[0].message).toContain("0.53 would show as 0.53 points. Write them as the board's points (53 for 0.53)");
  });

  it("asks about scores above 1 on a board whose every score is a fraction of 1 (the other way round)", () => {
    const files = dataFilesInMemory({
      "models.csv": "id,name,lab,released,open_weights,aliases\nalpha,Alpha,Lab A,2025-01-01,true,\nbeta,Beta,Lab B,,false,\ngamma,Gamma,Lab C,,false,\n",
      "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\nacc,Acc,v1,points,higher,Accuracy as a fraction.,https://pub.org/,,results/acc.csv,2025-01-01,,\n",
      "results/acc.csv": "model,score,evaluated_at,source_url\nalpha,0.645,2025-01-01,https://pub.org/\nbeta,0.5,2025-01-01,https://pub.org/\ngamma,0.71,2025-01-01,https://pub.org/\n",
    });
    const site = loadDataset(files);
    const text = new TextDecoder().decode(files.read("results/acc.csv")!);
    const refresh = readCsv("model,score,evaluated_at,source_url\nalpha,64.5,2025-06-01,https://pub.org/\nbeta,52,2025-06-01,https://pub.org/\n", "pub.csv");
    const args = { incoming: refresh, aliases: site.aliases, target: readCsv(text, "data/results/acc.csv"), targetText: text, existing: site.results, versions: site.benchmarks };
    const out = mergeResults(args);
    expect(out.scaleProblems.map((p) => `${p.file}:${p.line} column ${p.column}: ${p.message}`)).toEqual([
      `pub.csv:2 column score: the scores are above 1 ("64.5"), but every score of acc v1 on its board is between 0 and 1 (data/results/acc.csv:2 has 0.645): 100 times the board's scale? Write them as its figures are (0.645 for 64.5) and import again; if they are on the board's scale, say so with --map "score=score" (this file's map, the score named)`,
    ]);
    const said = parseColumnMap("score=score");
    if (!said.ok) throw new Error(said.message);
    expect(mergeResults({ ...args, map: said.value }).scaleProblems).toEqual([]);
    // A refresh on the board's scale passes.
    expect(mergeResults({ ...args, incoming: readCsv("model,score,evaluated_at,source_url\nalpha,0.66,2025-06-01,https://pub.org/\n", "pub.csv") }).scaleProblems).toEqual([]);
  });
});

describe("mergeResults: a run the publisher renamed", () => {
  it("says when the table lists an absent run's id under another snapshot, and that the board ranks the run once (found in review: the line named the run's own setting as the difference, then said both rows were on the board)", () => {
    const files = dataFilesInMemory({
      "models.csv": "id,name,lab,released,open_weights,aliases\ngpt-5,GPT-5,OpenAI,2025-08-07,false,\n",
      "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\ntb,TB,v1,percent,higher,Tasks.,https://pub.org/,,results/tb.csv,2025-11-30,,model=Model; score=Score; setting=Agent; source_url=Source link; run_id=id\n",
      "results/tb.csv": "id,Agent,Model,Score,Source link\nrec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,https://pub.org/\n",
    });
    const site = loadDataset(files);
    const text = new TextDecoder().decode(files.read("results/tb.csv")!);
    // The publisher re-issues run rec2 under GPT-5's later dated id.
    const refresh = readCsv("id,Agent,Model,Score,Source link\nrec2,Terminus 2,gpt-5-2025-11-13_medium,49.6%,https://pub.org/\n", "pub.csv");
    const out = mergeResults({ incoming: refresh, aliases: site.aliases, target: readCsv(text, "data/results/tb.csv"), targetText: text, existing: site.results, versions: site.benchmarks, asOf: "2026-01-15" });
    expect(out.added.map((r) => [r.line, r.model, r.setting])).toEqual([[2, "gpt-5", "Terminus 2, medium"]]);
    expect(out.absent.map((r) => formatAbsent(r, "data/results/tb.csv", "pub.csv"))).toEqual([
      "- gpt-5 (Terminus 2, medium) v1, data/results/tb.csv:2: this run is not in this table, though the table names gpt-5 v1 in another row, pub.csv:2 (setting Terminus 2, medium, snapshot 2025-11-13, the same run id rec2: this run under a new name), whose setting, snapshot, source or run id differ: kept in the file, and on the model's page as the run's earlier report; the board ranks run rec2 once, by its newest report, no longer under this row's name",
    ]);
    // What the line says is what the board does: the merged file ranks rec2 once, under its new name.
    const merged = loadDataset(dataFilesWithChanges(files, { "results/tb.csv": out.text }));
    const board = buildBoard({ benchmark: merged.benchmarks[0]!, results: merged.results, models: merged.models });
    expect(board.entries.map((e) => [e.model.id, e.setting, e.snapshot, e.score.value, e.score.line])).toEqual([["gpt-5", "Terminus 2, medium", "2025-11-13", 49.6, 3]]);
    expect(merged.results.filter((r) => r.run_id === "rec2").map((r) => r.line)).toEqual([2, 3]);
  });
});

describe("mergeResults: rows of a dated table that a refresh no longer has", () => {
  const files = dataFilesInMemory({
    "models.csv": "id,name,lab,released,open_weights,aliases\nalpha,Alpha,Lab A,2024-01-01,true,\nbeta,Beta,Lab B,2024-01-01,false,\n",
    "benchmarks.csv": "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\narena,Arena,v1,elo,higher,Ratings.,https://pub.org/,,results/arena.csv,,,\n",
    "results/arena.csv": ["model,score,evaluated_at,source_url", "alpha,1200,2025-01-01,https://pub.org/", "beta,1100,2025-01-01,https://pub.org/", "alpha,1210,2025-01-02,https://pub.org/", "beta,1105,2025-01-02,https://pub.org/", "alpha,1220,2025-01-03,https://pub.org/", "beta,1110,2025-01-03,https://pub.org/", ""].join("\n"),
  });
  const site = loadDataset(files);
  const text = new TextDecoder().decode(files.read("results/arena.csv")!);
  const merge = (incoming: string, partial = false) =>
    mergeResults({ incoming: readCsv(incoming, "pub.csv"), aliases: site.aliases, target: readCsv(text, "data/results/arena.csv"), targetText: text, existing: site.results, versions: site.benchmarks, partial });

  it("names each day's rows the table no longer has, and keeps them (found in review: a withdrawn day of LMArena's history went unsaid)", () => {
    // The publisher re-issues the history without 2025-01-02, and without beta on 2025-01-03.
    const out = merge(["model,score,evaluated_at,source_url", "alpha,1200,2025-01-01,https://pub.org/", "beta,1100,2025-01-01,https://pub.org/", "alpha,1220,2025-01-03,https://pub.org/", ""].join("\n"));
    expect(out.text).toBe(text);
    expect(out.absent).toEqual([]);
    expect(formatDropped(out.dropped, "data/results/arena.csv")).toEqual([
      "- 2025-01-02: 2 rows of the file (data/results/arena.csv:4 alpha v1, data/results/arena.csv:5 beta v1) are not in this table on that day, though it lists those runs on other days: kept in the file (delete them by hand if the publisher withdrew them)",
      "- 2025-01-03: 1 row of the file (data/results/arena.csv:7 beta v1) is not in this table on that day, though it lists that run on other days: kept in the file (delete it by hand if the publisher withdrew it)",
    ]);
  });

  it("names the day and the snapshot of each row updated in place: two rows of one model are told apart by more than line numbers (a wide table's rows of one date share a line)", () => {
    const withSnapshot = dataFilesWithChanges(files, { "results/arena.csv": `${text}alpha-2024-06-01,1190,2025-01-01,https://pub.org/\n` });
    const snapSite = loadDataset(withSnapshot);
    const snapText = new TextDecoder().decode(withSnapshot.read("results/arena.csv")!);
    // The publisher corrects alpha on two days, and alpha's dated snapshot on the first.
    const refresh = ["model,score,evaluated_at,source_url", "alpha,1201,2025-01-01,https://pub.org/", "alpha-2024-06-01,1191,2025-01-01,https://pub.org/", "alpha,1211,2025-01-02,https://pub.org/", ""].join("\n");
    const out = mergeResults({ incoming: readCsv(refresh, "pub.csv"), aliases: snapSite.aliases, target: readCsv(snapText, "data/results/arena.csv"), targetText: snapText, existing: snapSite.results, versions: snapSite.benchmarks, partial: true, now: NOW });
    expect(out.updated.map((r) => `~ ${formatMergedRow(r, "pub.csv", "data/results/arena.csv")}${formatReplaced(r)}`)).toEqual([
      '~ alpha v1 on 2025-01-01, pub.csv:2 → data/results/arena.csv:2 (revised on 2026-12-02: score "1200" → "1201"; written as a new row, the row revised, at that line, kept)',
      '~ alpha snapshot 2024-06-01 v1 on 2025-01-01, pub.csv:3 → data/results/arena.csv:8 (revised on 2026-12-02: score "1190" → "1191"; written as a new row, the row revised, at that line, kept)',
      '~ alpha v1 on 2025-01-02, pub.csv:4 → data/results/arena.csv:4 (revised on 2026-12-02: score "1210" → "1211"; written as a new row, the row revised, at that line, kept)',
    ]);
    // The summary counts them as revisions, not updates (found in review: "0 added, 3 updated").
    expect(mergeCounts(out.updated)).toBe("0 updated, 3 revised");
    // Imported again the same day with one figure changed once more: that day's revision is replaced, the first report kept.
    const revisedFiles = dataFilesWithChanges(withSnapshot, { "results/arena.csv": out.text });
    const revisedSite = loadDataset(revisedFiles, { now: NOW });
    const again = mergeResults({ incoming: readCsv(refresh.replace("1211", "1212"), "pub.csv"), aliases: revisedSite.aliases, target: readCsv(out.text, "data/results/arena.csv"), targetText: out.text, existing: revisedSite.results, versions: revisedSite.benchmarks, partial: true, now: NOW });
    expect([again.unchanged.length, again.added.length]).toEqual([2, 0]);
    expect(again.updated.map((r) => `~ ${formatMergedRow(r, "pub.csv", "data/results/arena.csv")}${formatReplaced(r)}`)).toEqual([
      '~ alpha v1 on 2025-01-02, pub.csv:4 → data/results/arena.csv:11 (replaced in place: score "1211" → "1212"; this day\'s revision of the row, revised again: the figure first reported stays in the row it revised)',
    ]);
    expect(mergeCounts(again.updated)).toBe("1 updated");
    expect(again.text.split("\n").filter((l) => l.startsWith("alpha,"))).toEqual(["alpha,1200,2025-01-01,https://pub.org/,", "alpha,1210,2025-01-02,https://pub.org/,", "alpha,1220,2025-01-03,https://pub.org/,", "alpha,1201,2025-01-01,https://pub.org/,2026-12-02", "alpha,1212,2025-01-02,https://pub.org/,2026-12-02"]);
    // The same day, the table gives 1210 again, as first reported: the day's revision row goes
    // (found in review: it stayed as a revision of nothing, "first reported as" an empty list on the model page).
    const back = mergeResults({ incoming: readCsv(refresh.replace("1211", "1210"), "pub.csv"), aliases: revisedSite.aliases, target: readCsv(out.text, "data/results/arena.csv"), targetText: out.text, existing: revisedSite.results, versions: revisedSite.benchmarks, partial: true, now: NOW });
    expect(back.updated.map((r) => `~ ${formatMergedRow(r, "pub.csv", "data/results/arena.csv")}${formatReplaced(r)}`)).toEqual([
      '~ alpha v1 on 2025-01-02, pub.csv:4 → data/results/arena.csv:11 (revised back today: score "1211" → "1210", as line 4 gives; this day\'s revision row removed)',
    ]);
    expect(mergeCounts(back.updated)).toBe("0 updated, 1 revision taken back");
    expect(back.text.split("\n").filter((l) => l.startsWith("alpha,"))).toEqual(["alpha,1200,2025-01-01,https://pub.org/,", "alpha,1210,2025-01-02,https://pub.org/,", "alpha,1220,2025-01-03,https://pub.org/,", "alpha,1201,2025-01-01,https://pub.org/,2026-12-02"]);
    const backSite = loadDataset(dataFilesWithChanges(withSnapshot, { "results/arena.csv": back.text }), { now: NOW });
    expect(backSite.results.filter((r) => r.model === "alpha" && r.snapshot === undefined).map((r) => [r.score, r.revised ?? null])).toEqual([[1201, "2026-12-02"], [1210, null], [1220, null]]);
    // A new row is named as before: its line in the publisher's file says which it is.
    const added = mergeResults({ incoming: readCsv("model,score,evaluated_at,source_url\nalpha,1230,2025-01-04,https://pub.org/\n", "pub.csv"), aliases: site.aliases, target: readCsv(text, "data/results/arena.csv"), targetText: text, existing: site.results, versions: site.benchmarks, partial: true });
    expect(added.added.map((r) => formatMergedRow(r, "pub.csv", "data/results/arena.csv"))).toEqual(["alpha v1, pub.csv:2"]);
  });

  it("says nothing of days outside the table's own, nor for a part of a table", () => {
    // A table of the last day only (a leaderboard, not the history): the earlier days are not its to list.
    expect(merge(["model,score,evaluated_at,source_url", "alpha,1220,2025-01-03,https://pub.org/", "beta,1110,2025-01-03,https://pub.org/", ""].join("\n")).dropped).toEqual([]);
    expect(merge(["model,score,evaluated_at,source_url", "alpha,1200,2025-01-01,https://pub.org/", "alpha,1220,2025-01-03,https://pub.org/", ""].join("\n"), true).dropped).toEqual([]);
  });
});

describe("mergeResults: the same table imported again (found in review)", () => {
  /** The minimal site's results file as `text`, with its results as the loader reads them. */
  function targetOf(file: string, text: string) {
    const name = `data/results/${file}`;
    const loaded = loadDataset(dataFilesWithChanges(dataFilesOnDisk(join(minimal, "data"), minimal), { [`results/${file}`]: text }), { now: NOW });
    return { loaded, input: { target: readCsv(text.replace(/^\uFEFF/, ""), name), targetText: text, existing: loaded.results.filter((r) => r.file === name), versions: loaded.benchmarks.filter((b) => b.file === `results/${file}`), now: NOW } };
  }
  const original = readFileSync(join(minimal, "data/results/aa-index.csv"), "utf8");
  const AA = "model,version,setting,score,output_tokens,cost_usd,input_price_per_mtok,output_price_per_mtok,evaluated_at,source_url,note";

  it("writes a report's time with its date, so that the row matches its key the next time and nothing is written twice", () => {
    const incoming = readCsv([AA, "claude-opus-4-6,v4.0,,60,,,,,2026-03-01T10:00:00Z,https://x.example/a,"].join("\n"), "pub.csv");
    const first = mergeResults({ incoming, aliases: dataset.aliases, ...target("aa-index.csv") });
    expect(first.added).toHaveLength(1);
    expect(first.text).toContain("claude-opus-4-6,v4.0,,60,,,,,2026-03-01T10:00:00Z,https://x.example/a,");
    const { loaded, input } = targetOf("aa-index.csv", first.text);
    const again = mergeResults({ incoming, aliases: loaded.aliases, ...input });
    expect([again.added.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 1]);
    expect(again.text).toBe(first.text);
  });

  it("reads a cell written otherwise but meaning the same (64.50% for 64.5%, a note's stray \\r) as unchanged, not as a revision the loader would refuse", () => {
    const incoming = readCsv([TB_HEADER, `rec1,Apex2,claude-sonnet-4-5-20250929,64.50%,0.6%,,${SRC}`, `rec2,Terminus 2,gpt-5-2025-08-07_medium,49.6%,2.9%,,${SRC}`].join("\n"), "pub.csv");
    const out = mergeResults({ incoming, aliases: dataset.aliases, asOf: "2025-11-30", ...target("terminal-bench.csv") });
    expect([out.updated.length, out.unchanged.length]).toEqual([0, 2]);
    expect(out.text).not.toContain("64.50%");
    const withCr = original.replace("later report\n", "later report\r\n");
    const { loaded, input } = targetOf("aa-index.csv", withCr);
    const later = readCsv([AA, "claude-opus-4-6,v4.0,,,157M,,,,2026-04-08,https://news.smol.ai/issues/26-04-08-not-much,later report"].join("\n"), "pub.csv");
    const merged = mergeResults({ incoming: later, aliases: loaded.aliases, ...input });
    expect([merged.updated.length, merged.unchanged.length]).toEqual([0, 1]);
  });
});
