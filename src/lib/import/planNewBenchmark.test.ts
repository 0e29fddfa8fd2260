import { describe, expect, it } from "vitest";
import { parseColumnMap } from "../../schemas/columnMap";
import { readCsv } from "../csv/readCsv";
import { dataFilesInMemory, dataFilesWithChanges } from "../data/dataFiles";
import { loadDataset } from "../data/loadDataset";
import { appendCsvRows, parseMetrics, planNewBenchmark, widenCsvHeader } from "./planNewBenchmark";

const REGISTRY = "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\r\nold,Old,v1,points,higher,Old one.,https://old.org/,,results/old.csv,2025-01-01,,\r\n";
const files = dataFilesInMemory({
  "models.csv": "id,name,lab,released,open_weights,aliases\nalpha,Alpha,Lab A,2025-01-01,true,alpha-2025\nbeta,Beta,Lab B,,false,\n",
  "benchmarks.csv": REGISTRY,
  "results/old.csv": "model,score,source_url\nalpha,1,https://old.org/\n",
});
const dataset = loadDataset(files);
const plan = (text: string, request: Partial<Parameters<typeof planNewBenchmark>[4]> = {}) =>
  planNewBenchmark(files, dataset, readCsv(text, "pub.csv"), text, { id: "fresh", name: "Fresh", unit: "percent", direction: "higher", asOf: "2025-11-30", ...request });

describe("planNewBenchmark", () => {
  const text = "id,Model version,Accuracy mean,Source link\nr1,alpha-2025,50%,https://pub.org/t\nr2,gamma,40%,https://pub.org/t\nr3,,30%,https://pub.org/t\nr4,alpha,51%,https://pub.org/t\nr5,beta,n/a,https://pub.org/t\n";
  const p = plan(text);

  it("registers the benchmark after the registry's last row, in its own line ends, with the proposed map", () => {
    expect(p.blocking).toEqual([]);
    expect(p.registryText).toBe(
      `${REGISTRY}fresh,Fresh,v1,percent,higher,"Fresh, as published at pub.org.",https://pub.org/t,,results/fresh.csv,2025-11-30,,model=Model version; score=Accuracy mean; run_id=id; source_url=Source link; skip_empty=model\r\n`,
    );
  });

  it("stops at a mostly empty score column until the editor names the score, then imports what has one", () => {
    const sparse = "Model version,Score (max),Source link\nalpha,,https://pub.org/t\nbeta,,https://pub.org/t\nalpha-2025,61%,https://pub.org/t\nbeta,,https://pub.org/t\n";
    expect(plan(sparse).blocking).toEqual([
      'the column read as the score, Score (max), has a value in only 1 of 4 rows; if it is the score, say so with --map "score=Score (max)" (rows without one go to the rejects file), else name the score column with --map "score=<column>"',
    ]);
    const editor = parseColumnMap("score=Score (max)");
    if (!editor.ok) throw new Error(editor.message);
    const said = plan(sparse, { editorMap: editor.value });
    expect(said.blocking).toEqual([]);
    expect(said.imported).toEqual([4]);
    expect(said.rejected.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("imports a Source column of links as each row's link, and waits for the editor's word on one that mixes names and links", () => {
    const links = plan("Model,Score,Date,Source\nalpha,50,2025-11-01,https://pub.org/nov\nbeta,40,2025-10-01,https://pub.org/oct\n", { sourceUrl: "https://pub.org/" });
    expect(links.blocking).toEqual([]);
    expect(links.resultsText).toContain("alpha,50,2025-11-01,https://pub.org/nov");
    expect(links.registryText).toContain(",https://pub.org/,,results/fresh.csv,2025-11-30,,model=Model; score=Score; evaluated_at=Date; source_url=Source\r\n");
    const mixed = "Model,Score,Date,Source\nalpha,50,2025-11-01,https://pub.org/nov\nbeta,40,2025-10-01,Pub blog\n";
    expect(plan(mixed, { sourceUrl: "https://pub.org/" }).blocking).toEqual([
      'Source reads like the source\'s name, but 1 of its 2 cells are links; say which it is with --map "source=Source" (a name) or --map "source_url=Source" (each row\'s link), or --map "ignore=Source"',
    ]);
    const editor = parseColumnMap("ignore=Source");
    if (!editor.ok) throw new Error(editor.message);
    expect(plan(mixed, { sourceUrl: "https://pub.org/", editorMap: editor.value }).blocking).toEqual([]);
  });

  it("--headline registers the benchmark as the headline one, unless another one is already", () => {
    const csv = "Model,Score,Date,Link\nalpha,50,2025-11-01,https://pub.org/nov\n";
    expect(plan(csv).registryText).toContain("results/fresh.csv,2025-11-30,,model=Model");
    expect(plan(csv, { headline: true }).registryText).toContain("results/fresh.csv,2025-11-30,true,model=Model");
    const taken = dataFilesWithChanges(files, { "benchmarks.csv": REGISTRY.replace("2025-01-01,,", "2025-01-01,true,") });
    const refused = planNewBenchmark(taken, loadDataset(taken), readCsv(csv, "pub.csv"), csv, { id: "fresh", name: "Fresh", unit: "percent", direction: "higher", asOf: "2025-11-30", headline: true });
    expect(refused.blocking).toEqual(["--headline: old is the headline benchmark already (data/benchmarks.csv:2, column headline); empty its headline cell first to feature fresh instead, or leave out --headline"]);
    expect(refused.registryText).toBeUndefined();
  });

  it("rejects a row with every bad cell named, not the first only (found in review: 101% and a date in 2031 gave the percentage only)", () => {
    const p = plan("Model,Score,Date,Link\nalpha,101%,2031-01-05,https://pub.org/a\nbeta,70%,2025-10-01,https://pub.org/b\n", { now: new Date("2026-11-30T12:00:00Z") });
    expect(p.rejected.map((r) => [r.line, r.reason])).toEqual([
      [
        2,
        'column "Date": the row is dated 2031-01-05, after today (2026-11-30): a figure cannot be reported on a day still to come; fix the date; column "Score": expected a percentage from 0 to 100 (fresh v1 is in percent in data/benchmarks.csv), found "101%"',
      ],
    ]);
  });

  it("names a rejected row's unknown model and date still to come beside a cell that does not parse", () => {
    const p = plan("Model,Score,Date,Link\ngamma,n/a,2031-01-05,https://pub.org/a\nbeta,70%,2025-10-01,https://pub.org/b\n", { now: new Date("2026-11-30T12:00:00Z") });
    expect(p.rejected).toHaveLength(1);
    expect(p.rejected[0].reason.split("; column ").map((r, i) => (i ? `column ${r}` : r))).toEqual([
      'column "Score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      'column "Model": unknown model "gamma"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
      'column "Date": the row is dated 2031-01-05, after today (2026-11-30): a figure cannot be reported on a day still to come; fix the date',
    ]);
    expect(p.rejected[0].unknownModel).toBe("gamma");
  });

  it("imports the rows that resolve, keeps skipped rows for the loader to count, rejects the rest with every reason", () => {
    // r1 and r4 are two runs of alpha on one day, told apart by the publisher's row id (run_id): both kept.
    expect(p.imported).toEqual([2, 5]);
    expect(p.skipped).toEqual([{ line: 4, column: "model" }]);
    expect(p.rejected.map((r) => [r.line, r.reason, r.unknownModel ?? null])).toEqual([
      [3, 'column "Model version": unknown model "gamma"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)', "gamma"],
      [6, 'column "Accuracy mean": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"', null],
    ]);
    expect(p.resultsText).toBe("id,Model version,Accuracy mean,Source link\nr1,alpha-2025,50%,https://pub.org/t\nr3,,30%,https://pub.org/t\nr4,alpha,51%,https://pub.org/t\n");
    expect(p.loadProblems).toEqual([]);
    expect(p.benchmarks.map((b) => [b.id, b.loaded, b.skipped])).toEqual([["fresh", 2, { model: 1 }]]);
    const after = loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": p.registryText!, "results/fresh.csv": p.resultsText! }));
    expect(after.benchmarks.find((b) => b.id === "fresh")).toMatchObject({ resultCount: 2, skipped: { model: 1 } });
    expect(after.results.filter((r) => r.benchmark === "fresh").map((r) => r.run_id)).toEqual(["r1", "r4"]);
  });

  it("without a row id, two rows of one model on one day are a duplicate", () => {
    const noIds = plan("Model version,Accuracy mean,Source link\nalpha-2025,50%,https://pub.org/t\nalpha,51%,https://pub.org/t\n");
    expect(noIds.imported).toEqual([2]);
    // The two rows wrote the model apart: both names are given, for the editor to tell whether they are one model
    // (LMArena's gemini-1.5-flash-001 and -002 columns both read as gemini-flash-1-5, 44 Elo apart).
    expect(noIds.rejected.map((r) => [r.line, r.reason])).toEqual([[3, "duplicate row: alpha v1 on 2025-11-30 is already on line 2 as \"alpha-2025\" (\"alpha\" here): both names read as alpha; if the two names are two models or two snapshots, give one of them its own row in data/models.csv"]]);
    // Nor is an id column that repeats a value read as a run id.
    const repeated = plan("id,Model version,Accuracy mean,Source link\nx,alpha-2025,50%,https://pub.org/t\nx,alpha,51%,https://pub.org/t\n");
    expect(repeated.registryText).toContain("; ignore=id\r\n");
    expect(repeated.rejected.map((r) => r.line)).toEqual([3]);
  });

  it("imports once a line the table lists twice cell for cell: neither refused nor left out (found in review: the board said a ranked row was refused as a duplicate)", () => {
    const twice = plan("Model version,Accuracy mean,Source link\nalpha,50%,https://pub.org/t\nbeta,40%,https://pub.org/t\nalpha,50%,https://pub.org/t\n");
    expect(twice.imported).toEqual([2, 3]);
    expect(twice.repeated).toEqual([{ line: 4, twinLine: 2 }]);
    expect(twice.rejected).toEqual([]);
    expect(twice.resultsText).toBe("Model version,Accuracy mean,Source link\nalpha,50%,https://pub.org/t\nbeta,40%,https://pub.org/t\n");
  });

  it("refuses a taken id, a bad unit and direction, and says what to type", () => {
    const bad = plan(text, { id: "old", unit: "percents", direction: "up" });
    expect(bad.blocking).toEqual([
      "--new old: old is already registered in data/benchmarks.csv (versions v1); for a new version of it, add --version <that version> to this command; to add rows to it, run: npm run import:results -- pub.csv --benchmark old",
      '--unit: expected one of points, percent, minutes, elo, usd, tokens, found "percents"',
      '--direction: expected higher or lower (which scores are better), found "up"',
      "data/results/old.csv exists already; choose another id, or import into its benchmark with --benchmark",
    ]);
  });

  it("advises --version for a new version only where it makes one: not with --metrics, not a version the benchmark has (found in review)", () => {
    const text = "Model,Score,Acc,Link\nalpha,51,80%,https://hf.co/x\n";
    // --new old --metrics Score: the metric's id is old-score; registered ones get no advice to add --version, which --metrics ignores.
    const taken = dataFilesWithChanges(files, { "benchmarks.csv": `${REGISTRY}old-score,Old score,v1,points,higher,Old.,https://old.org/,,results/old-2.csv,2025-01-01,,\r\n`, "results/old-2.csv": "model,score,source_url\nalpha,1,https://old.org/\n" });
    const metrics = planNewBenchmark(taken, loadDataset(taken), readCsv(text, "pub.csv"), text, { id: "old", name: "Old", unit: "points", direction: "higher", asOf: "2025-11-30", metrics: "Score,Acc", metricUnits: ["old-acc=percent"] });
    expect(metrics.blocking).toContain(
      "--new old-score: old-score is already registered in data/benchmarks.csv (versions v1); --version makes no new version of benchmarks read with --metrics from one file; for another edition of the table, choose another --new id than old; to add rows to it, run: npm run import:results -- pub.csv --benchmark old-score",
    );
    const withVersion = planNewBenchmark(taken, loadDataset(taken), readCsv(text, "pub.csv"), text, { id: "old", name: "Old", unit: "points", direction: "higher", asOf: "2025-11-30", metrics: "Score,Acc", metricUnits: ["old-acc=percent"], version: "v2" });
    expect(withVersion.blocking.filter((b) => b.includes("add --version"))).toEqual([]);
    // --new old --version v1: a version old has already.
    expect(plan(text, { id: "old", version: "v1" }).blocking[0]).toBe(
      "--new old: old is already registered in data/benchmarks.csv (versions v1); old has v1 already: for a new version of it, give --version a version it lacks; to add rows to it, run: npm run import:results -- pub.csv --benchmark old",
    );
  });

  it("registers a new version of a registered benchmark in a results file of its own (found in review: no command could, and the advice imported it into the old version)", () => {
    const v2 = "Model version,Score,Source link\nalpha,61,https://old.org/v2\nbeta,48,https://old.org/v2\n";
    const p2 = plan(v2, { id: "old", name: "Old", version: "v2", unit: "points" });
    expect(p2.blocking).toEqual([]);
    expect(p2.resultsFile).toBe("results/old-v2.csv");
    expect(p2.registryText).toBe(`${REGISTRY}old,Old,v2,points,higher,"Old, as published at old.org.",https://old.org/v2,,results/old-v2.csv,2025-11-30,,model=Model version; score=Score; source_url=Source link\r\n`);
    expect(p2.imported).toEqual([2, 3]);
    // Both versions load, each with its own rows.
    const after = loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": p2.registryText!, "results/old-v2.csv": v2 }));
    expect(after.benchmarks.filter((b) => b.id === "old").map((b) => [b.version, b.resultCount])).toEqual([
      ["v1", 1],
      ["v2", 2],
    ]);
    // A version it has is still refused.
    expect(plan(v2, { id: "old", name: "Old", version: "v1", unit: "points" }).blocking[0]).toMatch(/^--new old: old is already registered/);
  });

  it("asks for the table's date when the date column is empty in every row, and reads ISO dates past one typo", () => {
    expect(plan("Model,Score,Date,Link\nalpha,50,,https://pub.org/\nbeta,40,,https://pub.org/\n", { asOf: undefined }).blocking).toEqual([
      `Date has no date in any row; pass --as-of YYYY-MM-DD (the date of the publisher's table), or --map "evaluated_at=<column>" for the column that holds them`,
    ]);
    const typo = plan("Model,Score,Date,Link\nalpha,50,2025-11-01,https://pub.org/\nbeta,40,June 5,https://pub.org/\nalpha-2025,51,2025-11-02,https://pub.org/\n", { asOf: undefined });
    expect(typo.blocking).toEqual([]);
    expect(typo.imported).toEqual([2, 4]);
    expect(typo.rejected.map((r) => [r.line, r.reason])).toEqual([[3, 'column "Date": expected a date such as 2026-02-17, found "June 5"']]);
  });

  it("refuses to register scores written as percentages in another unit, which the board would show as that unit", () => {
    expect(plan(text, { unit: "points" }).blocking).toEqual([
      'pub.csv:2 column "Accuracy mean": the scores are percentages ("50%"), but fresh would be registered in points, and its board would show them as points; pass --unit percent',
    ]);
    const mixed = plan("Model,Index,GPQA,Link\nalpha,51,80%,https://hf.co/x\nbeta,47,70%,https://hf.co/x\n", { metrics: "Index,GPQA", unit: "points" });
    expect(mixed.blocking).toEqual([
      'pub.csv:2 column "GPQA": the scores are percentages ("80%"), but fresh-gpqa would be registered in points, and its board would show them as points; pass --metric-unit fresh-gpqa=percent',
    ]);
    expect(plan("Model,Index,GPQA,Link\nalpha,51,80%,https://hf.co/x\n", { metrics: "Index,GPQA", unit: "points", metricUnits: ["fresh-gpqa=percent"] }).blocking).toEqual([]);
  });

  it("asks before registering as percent a score column of fractions (0.645), which the board would show as 0.645%", () => {
    const fractions = "Model,Accuracy,Link\nalpha,0.645,https://pub.org/\nbeta,0.71,https://pub.org/\nalpha-2025,0.5,https://pub.org/\n";
    expect(plan(fractions).blocking).toEqual([
      'pub.csv:2 column "Accuracy": every score is between 0 and 1 ("0.645"), fractions rather than percentages? On fresh, in percent, 0.645 would show as 0.645%. For fractions, pass --unit points (the board shows them as written); if they are percentages under 1%, say so with --map "score=Accuracy"',
    ]);
    const editor = parseColumnMap("score=Accuracy");
    if (!editor.ok) throw new Error(editor.message);
    expect(plan(fractions, { editorMap: editor.value }).blocking).toEqual([]);
    expect(plan(fractions, { unit: "points" }).blocking).toEqual([]);
    // Written with %, or with a score above 1, they are percentages.
    expect(plan(fractions.replace("0.645", "0.645%")).blocking).toEqual([]);
    expect(plan(fractions.replace("0.645", "64.5")).blocking).toEqual([]);
    // A cell that is no number does not hide the others.
    expect(plan(`${fractions}beta,n/a,https://pub.org/\n`).blocking).toHaveLength(1);
    // One metric of several: its own unit says it.
    const many = "Model,Index,Acc,Link\nalpha,51,0.8,https://hf.co/x\nbeta,47,0.7,https://hf.co/x\nalpha-2025,50,0.75,https://hf.co/x\n";
    expect(plan(many, { metrics: "Index,Acc", unit: "points", metricUnits: ["fresh-acc=percent"] }).blocking).toEqual([]);
    expect(plan(many, { metrics: "Index,Acc", unit: "percent", metricUnits: ["fresh-index=points"] }).blocking).toEqual([
      'pub.csv:2 column "Acc": every score is between 0 and 1 ("0.8"), fractions rather than percentages? On fresh-acc, in percent, 0.8 would show as 0.8%. For fractions, pass --metric-unit fresh-acc=points (the board shows them as written); if they are percentages under 1%, say so with --metric-unit fresh-acc=percent',
    ]);
  });

  it("asks before registering as percent a column with scores above 100 (METR's minutes), whose other rows would import as percentages", () => {
    // Found in review: METR's Time horizon under --unit percent rejected its 3 rows above 100 and imported the other 21 minutes as percentages.
    const minutes = "Model,Time horizon,Link\nalpha,105.499169,https://pub.org/\nbeta,45.2,https://pub.org/\nalpha-2025,137.3,https://pub.org/\n";
    expect(plan(minutes).blocking).toEqual([
      'pub.csv:2 column "Time horizon": 2 of 3 scores are above 100 (the first "105.499169"), so the column is not percentages? On fresh, in percent, they are refused and the others would show as percentages (45.2%). Pass the unit it is in (--unit minutes, points, elo...); if it is percentages, fix the scores above 100, or say so with --map "score=Time horizon" (they then go to the rejects file)',
    ]);
    const editor = parseColumnMap("score=Time horizon");
    if (!editor.ok) throw new Error(editor.message);
    expect(plan(minutes, { editorMap: editor.value }).blocking).toEqual([]);
    expect(plan(minutes, { unit: "minutes" }).blocking).toEqual([]);
    // Written with %, a score above 100 is a bad cell of a percentage column: the row is refused, not the column.
    expect(plan(minutes.replace("45.2", "45.2%")).blocking).toEqual([]);
    // One metric of several: its own unit says it.
    const many = "Model,Index,Minutes,Link\nalpha,51,120,https://hf.co/x\nbeta,47,30,https://hf.co/x\n";
    expect(plan(many, { metrics: "Index,Minutes", unit: "percent" }).blocking).toEqual([
      'pub.csv:2 column "Minutes": 1 of 2 scores are above 100 (the first "120"), so the column is not percentages? On fresh-minutes, in percent, they are refused and the others would show as percentages (30%). Pass the unit it is in (--metric-unit fresh-minutes=minutes, points, elo...); if it is percentages, fix the scores above 100, or say so with --metric-unit fresh-minutes=percent (they then go to the rejects file)',
    ]);
    expect(plan(many, { metrics: "Index,Minutes", unit: "percent", metricUnits: ["fresh-minutes=minutes"] }).blocking).toEqual([]);
  });

  it("feeds one benchmark per --metrics column from one file; the first keeps the other figures", () => {
    const many = plan("Model,IFEval,BBH,Cost,Link\nalpha,80,60,2,https://hf.co/x\nbeta,70,,3,https://hf.co/x\n", { metrics: "IFEval,BBH" });
    expect(many.blocking).toEqual([]);
    expect(many.benchmarks.map((b) => [b.id, b.name, b.mapText, b.loaded, b.skipped])).toEqual([
      ["fresh-ifeval", "Fresh: IFEval", "model=Model; score=IFEval; cost_usd=Cost; source_url=Link", 2, {}],
      ["fresh-bbh", "Fresh: BBH", "model=Model; score=BBH; source_url=Link; skip_empty=score", 1, { score: 1 }],
    ]);
  });
});

describe("helpers", () => {
  it("parseMetrics names ids after the prefix unless given", () => {
    expect(parseMetrics("olb", "IFEval, MATH Lvl 5, mmlu=MMLU-PRO")).toEqual([
      { id: "olb-ifeval", header: "IFEval" },
      { id: "olb-math-lvl-5", header: "MATH Lvl 5" },
      { id: "mmlu", header: "MMLU-PRO" },
    ]);
  });
  it("appendCsvRows leaves every existing byte in place", () => {
    expect(appendCsvRows("\uFEFFa,b\n1,2\n\n", ["a", "b"], [{ a: "x,y", b: "3" }])).toBe('\uFEFFa,b\n1,2\n"x,y",3\n\n');
  });
});

describe("--listing whole", () => {
  const csv = "Model,Score,Date,Link\nalpha,50,2025-11-01,https://pub.org/nov\n";

  it("adds the listing column to a registry older than it (an empty cell on its rows) and registers the benchmark as a whole-board listing", () => {
    const p = plan(csv, { listing: "whole" });
    expect(p.blocking).toEqual([]);
    expect(p.registryColumnsAdded).toEqual(["listing"]);
    const [header, old, fresh] = p.registryText!.split("\r\n");
    expect(header).toBe("id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map,listing");
    expect(old).toBe("old,Old,v1,points,higher,Old one.,https://old.org/,,results/old.csv,2025-01-01,,,");
    expect(fresh.endsWith(",whole")).toBe(true);
    const loaded = loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": p.registryText!, [p.resultsFile]: p.resultsText! }));
    expect(loaded.benchmarks.map((b) => [b.id, b.listing])).toEqual([
      ["old", undefined],
      ["fresh", "whole"],
    ]);
    // Without the option the registry is left as it is.
    expect(plan(csv).registryColumnsAdded).toBeUndefined();
    expect(plan(csv).registryText!.startsWith(REGISTRY)).toBe(true);
  });

  it("gives back a registry that starts with a byte-order mark byte for byte, the mark included", () => {
    const withBom = dataFilesInMemory({ ...Object.fromEntries(["models.csv", "results/old.csv"].map((f) => [f, new TextDecoder().decode(files.read(f)!)])), "benchmarks.csv": `\uFEFF${REGISTRY}` });
    const bomDataset = loadDataset(withBom);
    const planBom = (request: Partial<Parameters<typeof planNewBenchmark>[4]> = {}) =>
      planNewBenchmark(withBom, bomDataset, readCsv(csv, "pub.csv"), csv, { id: "fresh", name: "Fresh", unit: "percent", direction: "higher", asOf: "2025-11-30", ...request });
    const bytes = (text: string) => [...new TextEncoder().encode(text)];
    // Rows appended: the registry's bytes, mark and all, then the new row.
    const appended = planBom().registryText!;
    expect(bytes(appended).slice(0, withBom.read("benchmarks.csv")!.length)).toEqual([...withBom.read("benchmarks.csv")!]);
    // Widened for listing: the mark, then the header with the column, every row with its cell.
    const widened = planBom({ listing: "whole" });
    expect(widened.blocking).toEqual([]);
    expect(widened.registryColumnsAdded).toEqual(["listing"]);
    expect(bytes(widened.registryText!).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(widened.registryText!.startsWith(`\uFEFF${widenCsvHeader(REGISTRY, ["listing"])}`)).toBe(true);
    expect(loadDataset(dataFilesWithChanges(withBom, { "benchmarks.csv": widened.registryText!, [widened.resultsFile]: widened.resultsText! })).benchmarks.map((b) => b.id)).toEqual(["old", "fresh"]);
  });

  it("refuses another word, in the registry's own terms", () => {
    expect(plan(csv, { listing: "all" }).blocking.join("\n")).toContain('expected whole (each day\'s reports are the whole board) or an empty cell, found "all"');
  });
});

describe("widenCsvHeader", () => {
  it("adds columns at the end, keeping the byte-order mark, line ends, quoting and trailing blank lines", () => {
    expect(widenCsvHeader('\uFEFFid,note\r\na,"x, y"\r\n\r\n', ["listing"])).toBe('\uFEFFid,note,listing\r\na,"x, y",\r\n\r\n');
  });
  it("leaves alone a file the writer would not give back byte for byte", () => {
    expect(widenCsvHeader('id,note\na,"quoted for no reason"\n', ["listing"])).toBeUndefined();
  });
});
