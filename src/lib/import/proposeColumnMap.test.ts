import { describe, expect, it } from "vitest";
import { formatColumnMap, parseColumnMap } from "../../schemas/columnMap";
import { readCsv } from "../csv/readCsv";
import { detectDateFormat, overrideMap, proposeColumnMap } from "./proposeColumnMap";

const table = (text: string) => readCsv(text, "pub.csv");

describe("proposeColumnMap", () => {
  it("reads Epoch's layout: model version, score, standard error, agent, source and link, notes; rows without a model skipped", () => {
    const p = proposeColumnMap(
      table("id,Agent,Model version,Accuracy mean,Accuracy SE,Notes,Source,Source link\nr1,Apex2,claude-sonnet-4-5,64.5%,0.6%,,TB,https://www.tbench.ai/\nr2,OB-1,,56.7%,0.6%,multiple models,TB,https://www.tbench.ai/\n"),
      { asOf: true },
    );
    expect(formatColumnMap(p.map)).toBe("model=Model version; setting=Agent; source=Source; score=Accuracy mean; score_se=Accuracy SE; note=Notes; run_id=id; source_url=Source link; skip_empty=model");
    expect(p.problems).toEqual([]);
  });

  it("splits SWE-bench's scaffold + model cell, finds links under another name and the date format", () => {
    const p = proposeColumnMap(table('Model,% Resolved,Org,Date,Site\nAgentless + GPT-4o (2024-05-13),27.33,x,30/11/2024,https://a.org/\n"SWE-agent + Claude 3.5 Sonnet",33.6,y,1/12/2024,https://b.org/\n'));
    expect(formatColumnMap(p.map)).toBe("model=Model after ' + '; setting=Model before ' + '; score=% Resolved; evaluated_at=Date; source_url=Site; date_format=D/M/Y; ignore=Org");
  });

  it("does not guess: ambiguous dates, no model, no link and no date become problems that say what to type", () => {
    const p = proposeColumnMap(table("Who,Elo,When\na,1200,01/02/2025\n"));
    expect(p.problems).toEqual([
      'no column looks like the model name; pass --map "model=<column>" (the columns are Who, Elo, When)',
      "no column holds a link to each row's source; pass --source-url https://... (the publisher's page, used for every row)",
      "no column holds the date of each report; pass --as-of YYYY-MM-DD (the date of the publisher's table) or --map \"evaluated_at=<column>\"",
    ]);
    expect(proposeColumnMap(table("Model,Elo,Date\na,1200,01/02/2025\n"), { sourceUrl: "https://lmarena.ai/" }).problems).toEqual([
      'the dates in Date read as D/M/Y or M/D/Y; say which with --map "date_format=D/M/Y"',
    ]);
    expect(detectDateFormat(["13/02/2025", "01/02/2025"])).toEqual({ format: "D/M/Y", candidates: ["D/M/Y"], iso: false, unreadable: [], otherwise: [] });
  });

  it("reads the dates from the cells that are dates: one typo neither hides the format nor is called the column's", () => {
    // One cell no format reads: ISO is still ISO, and the row is the loader's to refuse with its line.
    const iso = proposeColumnMap(table("Model,Score,Date,Link\na,50,2024-06-01,https://x.org/\nb,60,2024-07-01,https://x.org/\nc,61,June 5,https://x.org/\n"));
    expect(iso.problems).toEqual([]);
    expect(iso.map.dateFormat).toBeUndefined();
    expect(detectDateFormat(["2024-06-01", "", "2024-07-01", "June 5"])).toEqual({ candidates: [], iso: true, unreadable: [3], otherwise: [] });
    // The same beside D/M/Y dates: D/M/Y is proposed.
    const dmy = proposeColumnMap(table("Model,Score,Date,Link\na,50,30/11/2024,https://x.org/\nb,60,n/a,https://x.org/\nc,61,13/12/2024,https://x.org/\n"));
    expect(dmy.problems).toEqual([]);
    expect(dmy.map.dateFormat).toBe("D/M/Y");
    // Dates written two ways are the editor's to fix: each cell named with its file and line.
    expect(proposeColumnMap(table("Model,Score,Date,Link\na,50,2024-06-01,https://x.org/\nb,60,20240701,https://x.org/\nc,61,2024-08-01,https://x.org/\n")).problems).toEqual([
      'the dates in Date are not all written one way: most read as YYYY-MM-DD, but not pub.csv:3 "20240701"; write those as the others are, or name the format of every cell with --map "date_format=..." (see docs/data-format.md)',
    ]);
    // Mostly no dates at all: a format to name, with the cells that say so.
    expect(proposeColumnMap(table("Model,Score,Date,Link\na,50,June 5,https://x.org/\nb,60,June 6,https://x.org/\nc,61,2024-08-01,https://x.org/\n")).problems).toEqual([
      'the dates in Date are in no format we know (pub.csv:2 "June 5", pub.csv:3 "June 6"); name it with --map "date_format=D/M/Y" (see docs/data-format.md)',
    ]);
    // A date column empty in every row: the table's date is asked for, unless --as-of gives it.
    const empty = table("Model,Score,Date,Link\na,50,,https://x.org/\n");
    expect(proposeColumnMap(empty).problems).toEqual([`Date has no date in any row; pass --as-of YYYY-MM-DD (the date of the publisher's table), or --map "evaluated_at=<column>" for the column that holds them`]);
    expect(proposeColumnMap(empty, { asOf: true }).problems).toEqual([]);
  });

  it("does not take a mostly empty column as the score without the editor's word", () => {
    const rows = ["m1,,0.4,https://x.org/", "m2,,0.5,https://x.org/", "m3,71.0,0.6,https://x.org/", "m4,,0.7,https://x.org/", ",,,https://x.org/"];
    const p = proposeColumnMap(table(`Model,Score (max),Cost,Link\n${rows.join("\n")}\n`), { asOf: true });
    expect(p.map.rename.score).toBe("Score (max)");
    expect(p.problems).toEqual([
      'the column read as the score, Score (max), has a value in only 1 of 4 rows; if it is the score, say so with --map "score=Score (max)" (rows without one go to the rejects file), else name the score column with --map "score=<column>"',
    ]);
    // Filled in half the rows or more, it is proposed without a question.
    expect(proposeColumnMap(table("Model,Score,Link\nm1,1,https://x.org/\nm2,2,https://x.org/\nm3,,https://x.org/\nm4,,https://x.org/\n"), { asOf: true }).problems).toEqual([]);
  });

  it("reads a column of links as each row's source_url, whatever its header, never as the source's name", () => {
    const text = "Model,Score,Date,Source\na,71,2025-11-01,https://site.org/evals/tidy-eval-nov\nb,64,2025-10-01,https://site.org/evals/tidy-eval-oct\n";
    const p = proposeColumnMap(table(text));
    expect(formatColumnMap(p.map)).toBe("model=Model; score=Score; evaluated_at=Date; source_url=Source");
    expect(p.notes.find((n) => n.column === "source_url")).toEqual({ column: "source_url", from: "Source", why: "its cells are links" });
    expect(p.problems).toEqual([]);
    // With --source-url too, the per-row links stay the rows' links (the flag is then the publisher's page only).
    expect(proposeColumnMap(table(text), { sourceUrl: "https://site.org/evals/" }).map.rename).toEqual({ model: "Model", score: "Score", source_url: "Source", evaluated_at: "Date" });
    // Empty cells do not stop it: every non-empty cell is a link.
    expect(proposeColumnMap(table("Model,Score,Date,Source\na,71,2025-11-01,https://site.org/a\nb,64,2025-10-01,\n")).map.rename.source_url).toBe("Source");
  });

  it("asks, rather than guesses, when a Source column holds names in some rows and links in others", () => {
    const p = proposeColumnMap(table("Model,Score,Date,Source\na,71,2025-11-01,https://site.org/a\nb,64,2025-10-01,Tidy blog\n"), { sourceUrl: "https://site.org/" });
    expect(p.map.rename.source).toBeUndefined();
    expect(p.map.rename.source_url).toBeUndefined();
    expect(p.problems).toEqual([
      'Source reads like the source\'s name, but 1 of its 2 cells are links; say which it is with --map "source=Source" (a name) or --map "source_url=Source" (each row\'s link), or --map "ignore=Source"',
    ]);
  });

  it("takes the editor's pairs over the proposal, and ignores what the proposal read and the editor no longer does", () => {
    const proposed = proposeColumnMap(table("Model,Score OPT@1,Score OPT@10,Link\na,1%,2%,https://a.org/\n"), { asOf: true }).map;
    expect(formatColumnMap(proposed)).toBe("model=Model; score=Score OPT@1; source_url=Link; ignore=Score OPT@10");
    const editor = parseColumnMap("score=Score OPT@10; source_url='https://gso-bench.github.io/'");
    if (!editor.ok) throw new Error(editor.message);
    expect(formatColumnMap(overrideMap(proposed, editor.value))).toBe("model=Model; score=Score OPT@10; source_url='https://gso-bench.github.io/'; ignore=Score OPT@1|Link");
  });

  it("names the date column as the publisher's file has it (a wide table read long) and cites each date row once", () => {
    // LMArena's shape read long: three ratings on line 3, all with its one date cell.
    const long = table("model,score,evaluated_at\na,1200,20240601\nb,1100,20240601\na,1210,2024-06-02\nb,1110,2024-06-02\nc,1000,2024-06-02\na,1220,20240603\nb,1120,20240603\n");
    long.rows.forEach((r, i) => (r.line = [2, 2, 3, 3, 3, 4, 4][i]));
    const wide = proposeColumnMap(long, { sourceUrl: "https://lmarena.ai/", headerAs: (h) => (h === "evaluated_at" ? "column 1" : h) });
    expect(wide.problems).toEqual([
      'the dates in column 1 are not all written one way: most read as YYYYMMDD, but not pub.csv:3 "2024-06-02"; write those as the others are, or name the format of every cell with --map "date_format=..." (see docs/data-format.md)',
    ]);
    const fine = table("model,score,evaluated_at\na,1200,20240601\n");
    expect(proposeColumnMap(fine, { sourceUrl: "https://lmarena.ai/", headerAs: () => "Date" }).notes.find((n) => n.column === "date_format")?.why).toBe("every date in Date is written YYYYMMDD");
  });
});
