import { describe, expect, it } from "vitest";
import { parseColumnMap } from "../../schemas/columnMap";
import { LeftOutRowSchema } from "../../schemas/leftOut";
import { readCsv } from "../csv/readCsv";
import { validateTable } from "../csv/validateRows";
import { asRecorded, hasOwnDate, leftOutCsv, leftOutEntries, leftOutEntry, leftOutKey, mergeLeftOut, onePerRow, recordedDating, type LeftOutEntry, type LeftOutReading } from "./leftOutRecord";

const map = (text: string) => {
  const m = parseColumnMap(text);
  if (!m.ok) throw new Error(m.message);
  return m.value;
};
/** LMArena's history read long (wideToLong), through the map `--new --wide` registers for it. */
const wide: LeftOutReading = { benchmark: "lmarena-history", map: map("model=model; score=score; evaluated_at=evaluated_at; date_format=YYYYMMDD"), version: "v1" };
const unknown = (model: string, score: string, day: string): LeftOutEntry => leftOutEntry({ model, score, evaluated_at: day }, wide, `unknown model "${model}"`, model);

describe("leftOutEntry", () => {
  it("reads the publisher's row through the map: version, the date as an ISO day, the label and the score as written", () => {
    expect(unknown("gemini-exp-1114", "1344.1632885393037", "20241113")).toEqual({
      benchmark: "lmarena-history",
      version: "v1",
      date: "2024-11-13",
      model: "gemini-exp-1114",
      setting: "",
      run_id: "",
      score: "1344.1632885393037",
      cause: "unknown-model",
      reason: 'unknown model "gemini-exp-1114"',
    });
  });

  it("dates a row without a date by the import's --as-of, and leaves it empty without one", () => {
    const epoch: LeftOutReading = { benchmark: "tb", map: map("model=Model version; score=Accuracy mean; setting=Agent"), version: "v2.0" };
    const cells = { "Model version": "mystery-1", "Accuracy mean": "60.3%", Agent: "Terminus 2" };
    expect(leftOutEntry(cells, { ...epoch, asOf: "2026-01-15" }, "unknown model", "mystery-1")).toMatchObject({ date: "2026-01-15", setting: "Terminus 2", score: "60.3%", cause: "unknown-model" });
    expect(leftOutEntry(cells, epoch, "unknown model", "mystery-1").date).toBe("");
  });

  it("records a row refused for its score (or anything but its model) as other, with its reason on one line", () => {
    expect(leftOutEntry({ model: "x", score: "n/a", evaluated_at: "20241113" }, wide, 'column "x": expected a number,\nfound "n/a"', "x")).toMatchObject({ cause: "other", score: "n/a", reason: 'column "x": expected a number, found "n/a"' });
    expect(leftOutEntry({ model: "gpt-4", score: "1200", evaluated_at: "20241113" }, wide, "duplicate row").cause).toBe("other");
  });
});

describe("mergeLeftOut", () => {
  const a = unknown("gemini-exp-1114", "1344.2", "20241113");
  const b = unknown("gemini-exp-1114", "1343.3", "20241120");
  const c = unknown("gemini-exp-1121", "1365.4", "20241121");

  it("adds the rows an import leaves out, sorted by version, date and model", () => {
    const merged = mergeLeftOut([], { leftOut: [c, a, b], imported: [] });
    expect(merged.entries).toEqual([a, b, c]);
    expect([merged.added, merged.replaced, merged.removed]).toEqual([3, 0, 0]);
  });

  it("does not duplicate a row when the same import runs again: it is recorded again, in place of the old entry", () => {
    const once = mergeLeftOut([], { leftOut: [a, b, c], imported: [] }).entries;
    const twice = mergeLeftOut(once, { leftOut: [a, b, c], imported: [] });
    expect(twice.entries).toEqual(once);
    expect([twice.added, twice.replaced, twice.removed, twice.rescored]).toEqual([0, 3, 0, 0]);
    // A corrected score replaces the old entry: one row of the publisher's, one entry.
    const corrected = mergeLeftOut(once, { leftOut: [{ ...a, score: "1344.9" }, b], imported: [] });
    expect(corrected.entries.filter((e) => leftOutKey(e) === leftOutKey(a)).map((e) => e.score)).toEqual(["1344.9"]);
    // ...and is counted, for the import's line to say (found in review: LMArena's history re-scoring a left-out
    // model's day printed "8,933 recorded again", the old score replaced without a word).
    expect([corrected.replaced, corrected.rescored]).toEqual([2, 1]);
  });

  it("removes exactly the rows an import now imports (the rejects file, once the model is registered), and nothing else", () => {
    const record = mergeLeftOut([], { leftOut: [a, b, c], imported: [] }).entries;
    // The editor registered gemini-exp-1114 and imported the rejects file: its two rows import, gemini-exp-1121's fails again.
    const after = mergeLeftOut(record, { leftOut: [c], imported: [a, b] });
    expect(after.entries).toEqual([c]);
    expect([after.added, after.replaced, after.removed]).toEqual([0, 1, 2]);
    // An import that lists neither (a refresh of other days) leaves the record as it is.
    expect(mergeLeftOut(record, { leftOut: [], imported: [unknown("gpt-4", "1200", "20241201")] }).entries).toEqual(record);
  });

  it("a row left out for a date cell that does not read leaves the record once the editor fixes the date: it imports, or is left out again, with its date (found in review: 206 rows of LMArena's 2025O221 stayed recorded for good)", () => {
    const registered = leftOutEntry({ model: "gpt-4o-2024-05-13", score: "1284.7", evaluated_at: "2025O221" }, wide, "column 1 (the dates): expected a date");
    const unregistered = leftOutEntry({ model: "gemini-exp-1121", score: "1365.4", evaluated_at: "2025O221" }, wide, "column 1 (the dates): expected a date", "gemini-exp-1121");
    expect([registered.date, unregistered.date]).toEqual(["", ""]);
    // The first import had recorded gemini-exp-1121's row of that day with its date; the refresh with the typo records both without one.
    const dated = unknown("gemini-exp-1121", "1365.4", "20250221");
    const record = mergeLeftOut([dated], { leftOut: [registered, unregistered], imported: [] }).entries;
    expect(record).toHaveLength(3);
    // The rejects file with the date fixed: gpt-4o's row imports, gemini-exp-1121's is left out again, dated.
    const fixedGpt = { ...registered, date: "2025-02-21" };
    const after = mergeLeftOut(record, { leftOut: [dated], imported: [fixedGpt] });
    expect(after.entries).toEqual([dated]);
    expect([after.added, after.replaced, after.removed]).toEqual([0, 2, 1]);
    // Another figure of the model imported (another day, another score) is not that row.
    const other = { ...registered, date: "2025-02-27", score: "1290.1" };
    expect(mergeLeftOut([registered], { leftOut: [], imported: [other] }).entries).toEqual([registered]);
  });

  it("a row without a date of its own given again with the same figure in a later table keeps the record's date: one publisher row, one entry (found in review: Epoch's unchanged file refreshed with three --as-of dates listed 12 rows for 4)", () => {
    const epoch: LeftOutReading = { benchmark: "terminal-bench", map: map("model=Model version; setting=Agent; score=Accuracy mean; source_url=Source link"), version: "v1", asOf: "2025-11-30" };
    const cells = { "Model version": "glaive-swe-v1", Agent: "Terminus", "Accuracy mean": "35.3%", "Source link": "https://www.tbench.ai/" };
    expect(hasOwnDate(cells, epoch)).toBe(false);
    expect(hasOwnDate({ model: "x", evaluated_at: "20241113" }, wide)).toBe(true);
    const first = leftOutEntry(cells, epoch, "unknown model", "glaive-swe-v1");
    const later = leftOutEntry(cells, { ...epoch, asOf: "2026-01-15" }, "unknown model", "glaive-swe-v1");
    expect([first.date, later.date]).toEqual(["2025-11-30", "2026-01-15"]);
    const again = mergeLeftOut([first], { leftOut: [asRecorded(later, [first])], imported: [] });
    expect(again.entries).toEqual([first]);
    // A changed figure is a row of the later table: recorded with its date, beside the earlier one.
    const changed = { ...later, score: "36.0%" };
    expect(asRecorded(changed, [first])).toEqual(changed);
  });

  describe("two runs the publisher lists apart only by their run id (Epoch's Terminal-Bench: gpt-5-mini with Terminus 2, 30.8% and 30.0%)", () => {
    const epoch: LeftOutReading = { benchmark: "terminal-bench", map: map("model=Model version; setting=Agent; score=Accuracy mean; run_id=id"), version: "v1", asOf: "2025-11-30" };
    const run = (id: string, score: string, asOf = "2025-11-30") =>
      leftOutEntry({ id, Agent: "Terminus 2", "Model version": "gpt-5-mini-2025-08-07_medium", "Accuracy mean": score }, { ...epoch, asOf }, "unknown model", "gpt-5-mini-2025-08-07_medium");
    const first = run("recKvbUh4oTmehdz6", "30.8%");
    const second = run("reccP5RKLXt7AfwRD", "30.0%");

    it("records each run on a line of its own, with its run id, and an import run again adds nothing", () => {
      expect([first.run_id, second.run_id]).toEqual(["recKvbUh4oTmehdz6", "reccP5RKLXt7AfwRD"]);
      expect(leftOutKey(first)).not.toBe(leftOutKey(second));
      const once = mergeLeftOut([], { leftOut: [first, second], imported: [] });
      expect(once.entries).toEqual([first, second]);
      expect([once.added, once.replaced, once.removed]).toEqual([2, 0, 0]);
      const twice = mergeLeftOut(once.entries, { leftOut: [first, second], imported: [] });
      expect(twice.entries).toEqual(once.entries);
      expect([twice.added, twice.replaced, twice.removed]).toEqual([0, 2, 0]);
    });

    it("a record written before the run_id column (its lines name no run) is rewritten with the runs, not listed beside them", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const merged = mergeLeftOut(old, { leftOut: [first, second], imported: [] });
      expect(merged.entries).toEqual([first, second]);
      expect([merged.added, merged.replaced, merged.removed]).toEqual([0, 2, 0]);
      // Once the model is registered, the runs import: the old lines leave the record.
      expect(mergeLeftOut(old, { leftOut: [], imported: [first, second] }).entries).toEqual([]);
      // A line of another run stays until that run imports.
      expect(mergeLeftOut([first, second], { leftOut: [], imported: [first] }).entries).toEqual([second]);
    });

    it("an old record's two runless lines of one row that a later table does not read again become one line, whose reason names both scores: the record the import writes with the run_id column holds no key twice (found in review: the import was refused by its own record and told the editor to delete a run)", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const later = [run("recKvbUh4oTmehdz6", "31.5%", "2026-01-15"), run("reccP5RKLXt7AfwRD", "30.4%", "2026-01-15")];
      const merged = mergeLeftOut(old, { leftOut: later, imported: [] });
      expect(merged.entries).toEqual([
        { ...old[0], reason: "unknown model; recorded 2 times before the record had a run_id column (scores 30.8%, 30.0%), runs the publisher's table no longer lists with their ids: kept once, with the first score" },
        ...later,
      ]);
      expect([merged.added, merged.replaced, merged.removed, merged.folded, merged.kept]).toEqual([2, 0, 0, 1, 1]);
      // Written and read back: no key twice, so the loader's duplicate check has nothing to refuse.
      expect(new Set(merged.entries.map(leftOutKey)).size).toBe(merged.entries.length);
      // A table that lists neither run any more: the same.
      expect(mergeLeftOut(old, { leftOut: [], imported: [] }).entries).toHaveLength(1);
      // Runs told apart by their ids are never folded.
      expect(mergeLeftOut([first, second], { leftOut: [], imported: [] })).toMatchObject({ entries: [first, second], folded: 0 });
    });

    it("a record written before the run_id column, upgraded by a later table (--as-of) that changes one run's figure, keeps that run's earlier line, as a record with run ids does (found in review: both runless lines were taken as the unchanged run and the changed run's earlier line was dropped)", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const changed = asRecorded(run("recKvbUh4oTmehdz6", "31.2%", "2026-01-15"), old);
      const unchanged = asRecorded(run("reccP5RKLXt7AfwRD", "30.0%", "2026-01-15"), old);
      expect([changed.date, unchanged.date]).toEqual(["2026-01-15", "2025-11-30"]);
      const merged = mergeLeftOut(old, { leftOut: [changed, unchanged], imported: [] });
      // The 30.0% line is the unchanged run, read again; the 30.8% line is no run this table lists at that date: kept.
      expect(merged.entries).toEqual([old[0], second, changed]);
      expect([merged.added, merged.replaced, merged.rescored, merged.removed, merged.kept]).toEqual([1, 1, 0, 0, 1]);
      expect(new Set(merged.entries.map(leftOutKey)).size).toBe(merged.entries.length);
    });

    it("a record written before the run_id column, read again at the same date with one run's score corrected, takes the new score and counts it as a new score", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const corrected = { ...first, score: "31.5%" };
      const merged = mergeLeftOut(old, { leftOut: [corrected, second], imported: [] });
      expect(merged.entries).toEqual([corrected, second]);
      expect([merged.added, merged.replaced, merged.rescored]).toEqual([0, 2, 1]);
      // A table that lists one run of the two at that date: the other line stays, never taken as that run.
      const one = mergeLeftOut(old, { leftOut: [second], imported: [] });
      expect(one.entries).toEqual([old[0], second]);
      expect([one.added, one.replaced, one.rescored]).toEqual([0, 1, 0]);
    });

    it("an old record's line without a run id dates one run of a later table, never two: a run changed to its sibling's recorded figure keeps every line (found in review: the 30.8% line was dropped and the change dated at the earlier table)", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const dating = recordedDating(old);
      // recKv changed from 30.8% to 30.0%, reccP5's figure: one line of 30.0%, so one of the two takes its date.
      const later = [dating(run("recKvbUh4oTmehdz6", "30.0%", "2026-01-15")), dating(run("reccP5RKLXt7AfwRD", "30.0%", "2026-01-15"))];
      expect(later.map((e) => e.date).sort()).toEqual(["2025-11-30", "2026-01-15"]);
      const merged = mergeLeftOut(old, { leftOut: later, imported: [] });
      expect(merged.entries).toHaveLength(3);
      expect(merged.entries).toContainEqual(old[0]);
      expect([merged.added, merged.replaced, merged.rescored, merged.removed]).toEqual([1, 1, 0, 0]);
    });

    it("an import run twice on an upgraded record changes nothing the second time: a run with a line of its own is never read as a line without a run id (found in review: the second run took the old 30.0% line as a new score of the other run and dropped it)", () => {
      const old = [{ ...first, run_id: "" }, { ...second, run_id: "" }];
      const table = [run("recKvbUh4oTmehdz6", "30.8%", "2026-01-15"), run("reccP5RKLXt7AfwRD", "31.5%", "2026-01-15")];
      const once = mergeLeftOut(old, { leftOut: table.map(recordedDating(old)), imported: [] });
      expect(once.entries).toEqual([old[1], first, table[1]]);
      expect([once.added, once.replaced, once.rescored]).toEqual([1, 1, 0]);
      const twice = mergeLeftOut(once.entries, { leftOut: table.map(recordedDating(once.entries)), imported: [] });
      expect(twice.entries).toEqual(once.entries);
      expect([twice.added, twice.replaced, twice.rescored, twice.removed]).toEqual([0, 2, 0, 0]);
      // Once the model is registered and both runs import, the old line no run reads stays; the runs' own lines go.
      const registered = mergeLeftOut(once.entries, { leftOut: [], imported: table.map(recordedDating(once.entries)) });
      expect(registered.entries).toEqual([old[1]]);
      expect(registered.removed).toBe(2);
    });

    it("a table without run ids that lists one row twice gives one line, whose reason names both lines and scores: the record never holds one key twice", () => {
      const noIds = [first, second].map((e) => ({ ...e, run_id: "" }));
      const one = onePerRow([{ line: 43, entry: noIds[0] }, { line: 48, entry: noIds[1] }, { line: 50, entry: c }], "tb.csv");
      expect(one).toEqual([
        { ...noIds[0], reason: `unknown model; listed 2 times in tb.csv (lines 43, 48; scores 30.8%, 30.0%) with nothing to tell them apart (no run id): recorded once, with line 43's score; map the column that tells them apart (--map "run_id=<column>") to record each` },
        c,
      ]);
      // One run id on two lines is no more told apart: said so.
      expect(onePerRow([{ line: 43, entry: first }, { line: 44, entry: { ...first, score: "31%" } }], "tb.csv")[0].reason).toContain("listed 2 times in tb.csv (lines 43, 44; scores 30.8%, 31%) with nothing to tell them apart (the same run id, recKvbUh4oTmehdz6)");
      // Runs told apart by their ids are left as they are.
      expect(onePerRow([{ line: 43, entry: first }, { line: 48, entry: second }], "tb.csv")).toEqual([first, second]);
    });

    it("a later table (--as-of) that changes one run's figure keeps that run's earlier line beside the new one, and the other run's line as it was (found in review: the earlier line of the changed run was dropped, as the unchanged run had its key)", () => {
      const changed = asRecorded(run("recKvbUh4oTmehdz6", "31.2%", "2026-01-15"), [first, second]);
      const unchanged = asRecorded(run("reccP5RKLXt7AfwRD", "30.0%", "2026-01-15"), [first, second]);
      expect([changed.date, unchanged.date]).toEqual(["2026-01-15", "2025-11-30"]);
      const merged = mergeLeftOut([first, second], { leftOut: [changed, unchanged], imported: [] });
      expect(merged.entries).toEqual([first, second, changed]);
      expect([merged.added, merged.replaced, merged.removed]).toEqual([1, 1, 0]);
    });

    it("a run given again in a later table keeps its own recorded date, never another run's", () => {
      const later = run("recKvbUh4oTmehdz6", "30.8%", "2026-01-15");
      expect(asRecorded(later, [first, second])).toEqual(first);
      const otherRun = { ...first, run_id: "recOTHER", date: "2025-10-01" };
      expect(asRecorded(later, [otherRun])).toEqual(later);
    });
  });

  it("writes a record that the loader's schema reads back, entry for entry", () => {
    const entries = mergeLeftOut([], { leftOut: [a, leftOutEntry({ model: "x", score: "n/a", evaluated_at: "bad" }, wide, 'bad, "quoted" reason', "x")], imported: [] }).entries;
    const table = readCsv(leftOutCsv(entries), "data/results/lmarena-history.left-out.csv");
    const read = validateTable(table, LeftOutRowSchema);
    expect(read.problems).toEqual([]);
    expect(leftOutEntries(table.rows.map((r) => r.cells))).toEqual(entries);
  });
});
