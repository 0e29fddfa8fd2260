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
    expect(detectDateFormat(["13/02/2025", "01/02/2025"])).toEqual({ format: "D/M/Y", candidates: ["D/M/Y"] });
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
});
