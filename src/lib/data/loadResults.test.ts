import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { dataFilesInMemory } from "./dataFiles";
import { loadDataset } from "./loadDataset";

const MODELS = "id,name,lab,released,open_weights,aliases\nalpha,Alpha,Lab A,2025-01-01,true,alpha-2025\nbeta,Beta,Lab B,,false,\n";
const REGISTRY = "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map";

/** Loads a site held in memory: models, registry rows and results files. */
function load(registryRows: string[], results: Record<string, string>) {
  return loadDataset(dataFilesInMemory({ "models.csv": MODELS, "benchmarks.csv": [REGISTRY, ...registryRows].join("\n") + "\n", ...results }));
}
function problems(registryRows: string[], results: Record<string, string>): string[] {
  try {
    load(registryRows, results);
  } catch (error) {
    if (error instanceof InputError) return error.message.split("\n").slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error("expected an InputError");
}
const row = (id: string, file: string, map: string, asOf = "2025-11-30") => `${id},${id},v1,percent,higher,One sentence.,https://example.org/,,${file},${asOf},,"${map}"`;

describe("loadResults: column maps as publishers need them", () => {
  it("takes a constant source_url, a D/M/Y date and skips rows without a model, counting them", () => {
    const data = load([row("b", "results/b.csv", "model=Name; score=Score; evaluated_at=Day; date_format=D/M/Y; source_url='https://pub.example/'; skip_empty=model", "")], {
      "results/b.csv": "Name,Score,Day\nalpha,50%,30/11/2025\n,40%,1/12/2025\nbeta,45%,1/12/2025\n",
    });
    expect(data.results.map((r) => [r.model, r.score, r.evaluated_at.toISOString().slice(0, 10), r.source_url, r.line])).toEqual([
      ["alpha", 50, "2025-11-30", "https://pub.example/", 2],
      ["beta", 45, "2025-12-01", "https://pub.example/", 4],
    ]);
    expect(data.benchmarks[0]).toMatchObject({ resultCount: 2, skipped: { model: 1 } });
  });

  it("names a missing date column once, at the header, with what to type; with as_of the column is optional", () => {
    const canonical = (asOf: string) => `b,B,v1,percent,higher,One sentence.,https://example.org/,,results/b.csv,${asOf},,`;
    const rows = "model,score,source_url\nalpha,50,https://a.org/\nbeta,45,https://a.org/\n";
    expect(problems([canonical("")], { "results/b.csv": rows })).toEqual([
      'data/results/b.csv:1 column "evaluated_at": missing required column; add an evaluated_at column, or set as_of for b v1 in data/benchmarks.csv',
    ]);
    expect(load([canonical("2025-11-30")], { "results/b.csv": rows }).results).toHaveLength(2);
  });

  it("dates a row without a date of its own by its own as_of, else the benchmark's, both shown as a table's date; refuses a row with both dates", () => {
    const canonical = `b,B,v1,percent,higher,One sentence.,https://example.org/,,results/b.csv,2025-11-30,,`;
    const rows = "model,score,evaluated_at,source_url,as_of\nalpha,50,,https://a.org/,\nbeta,45,,https://a.org/,2026-01-15\nalpha,52,2026-02-01,https://a.org/,\n";
    expect(load([canonical], { "results/b.csv": rows }).results.map((r) => [r.model, r.evaluated_at.toISOString().slice(0, 10), r.dated_by_table ?? false])).toEqual([
      ["alpha", "2025-11-30", true],
      ["beta", "2026-01-15", true],
      ["alpha", "2026-02-01", false],
    ]);
    expect(problems([canonical], { "results/b.csv": rows + "beta,46,2026-02-01,https://a.org/,2026-01-15\n" })).toEqual([
      'data/results/b.csv:5 column "as_of": expected an empty cell: the row has a date of its own (evaluated_at), and as_of is the date of the table a row without one was read from',
    ]);
  });

  it("refuses a figure dated after today, and a benchmark's as_of after today once, at its registry row (found in review: 2031 passed)", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const futureProblems = (registryRows: string[], results: Record<string, string>) => {
      try {
        loadDataset(dataFilesInMemory({ "models.csv": MODELS, "benchmarks.csv": [REGISTRY, ...registryRows].join("\n") + "\n", ...results }), { now });
      } catch (error) {
        if (error instanceof InputError) return error.message.split("\n").slice(1).map((l) => l.trim());
        throw error;
      }
      return [];
    };
    const canonical = (asOf: string) => `b,B,v1,percent,higher,One sentence.,https://example.org/,,results/b.csv,${asOf},,`;
    const rows = "model,score,evaluated_at,source_url\nalpha,50,2031-10-01,https://a.org/\nbeta,45,,https://a.org/\nalpha,51,2026-12-01,https://a.org/\n";
    expect(futureProblems([canonical("2025-11-30")], { "results/b.csv": rows })).toEqual([
      'data/results/b.csv:2 column "evaluated_at": the row is dated 2031-10-01, after today (2026-11-30): a figure cannot be reported on a day still to come; fix the date',
    ]);
    // Every bad cell of a row, each at its column (found in review: a 101% dated 2031 showed the percentage only).
    expect(futureProblems([canonical("2025-11-30")], { "results/b.csv": "model,score,evaluated_at,source_url\ngamma,101,2031-10-01,https://a.org/\n" })).toEqual([
      'data/results/b.csv:2 column "model": unknown model "gamma"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
      'data/results/b.csv:2 column "evaluated_at": the row is dated 2031-10-01, after today (2026-11-30): a figure cannot be reported on a day still to come; fix the date',
      'data/results/b.csv:2 column "score": expected a percentage from 0 to 100 (b v1 is in percent in data/benchmarks.csv), found "101"',
    ]);
    // A score written as a count (12m) is refused on a benchmark in minutes, and read on one in tokens (found in review).
    const inUnit = (unit: string) => `b,B,v1,${unit},higher,One sentence.,https://example.org/,,results/b.csv,2025-11-30,,`;
    expect(futureProblems([inUnit("minutes")], { "results/b.csv": "model,score,score_se,evaluated_at,source_url\nalpha,12m,1,2025-10-01,https://a.org/\nbeta,90,1.2k,2025-10-01,https://a.org/\n" })).toEqual([
      'data/results/b.csv:2 column "score": expected a score in minutes as a plain number such as 51, 60.3% or 1,344.5 (b v1 is in minutes in data/benchmarks.csv), found "12m": a "m" after it reads as millions; write the number in the benchmark\'s unit (12 for 12 minutes)',
      'data/results/b.csv:3 column "score_se": expected a score in minutes as a plain number such as 51, 60.3% or 1,344.5 (b v1 is in minutes in data/benchmarks.csv), found "1.2k": a "k" after it reads as thousands; write the number in the benchmark\'s unit (12 for 12 minutes)',
    ]);
    expect(futureProblems([inUnit("tokens")], { "results/b.csv": "model,score,evaluated_at,source_url\nalpha,74M,2025-10-01,https://a.org/\n" })).toEqual([]);
    // Before a %, and in an interval written relative to the score (found in review: both passed).
    expect(futureProblems([inUnit("minutes")], { "results/b.csv": "model,score,score_ci,evaluated_at,source_url\nalpha,12m%,,2025-10-01,https://a.org/\nbeta,130,+4k/-3k,2025-10-01,https://a.org/\n" }).map((p) => p.split(" as a plain")[0])).toEqual([
      'data/results/b.csv:2 column "score": expected a score in minutes',
      'data/results/b.csv:3 column "score_ci": expected a score in minutes',
    ]);
    // A cell that does not parse (n/a) does not hide the row's other problems.
    expect(futureProblems([canonical("2025-11-30")], { "results/b.csv": "model,score,evaluated_at,source_url\ngamma,n/a,2031-10-01,https://a.org/\nalpha,n/a,2025-10-01,https://a.org/\n" })).toEqual([
      'data/results/b.csv:2 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      'data/results/b.csv:3 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      'data/results/b.csv:2 column "model": unknown model "gamma"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
      'data/results/b.csv:2 column "evaluated_at": the row is dated 2031-10-01, after today (2026-11-30): a figure cannot be reported on a day still to come; fix the date',
    ]);
    expect(futureProblems([canonical("2030-01-01")], { "results/b.csv": "model,score,source_url\nalpha,50,https://a.org/\n" })).toEqual([
      'data/benchmarks.csv:2 column "as_of": expected a date not after today (2026-11-30), found 2030-01-01: a table cannot be dated on a day still to come',
    ]);
  });

  it("refuses a % in a count or an amount (tokens, dollars, prices), which it read as that number of tokens or dollars; a score's % stays", () => {
    const canonical = `b,B,v1,percent,higher,One sentence.,https://example.org/,,results/b.csv,,,`;
    const header = "model,score,output_tokens,cost_usd,input_price_per_mtok,evaluated_at,source_url\n";
    expect(load([canonical], { "results/b.csv": `${header}alpha,50%,12M,"$2,088",3,2026-01-01,https://a.org/\n` }).results.map((r) => [r.score, r.output_tokens, r.cost_usd])).toEqual([[50, 12e6, 2088]]);
    expect(problems([canonical], { "results/b.csv": `${header}alpha,50%,12%,9.5%,3%,2026-01-01,https://a.org/\n` })).toEqual([
      'data/results/b.csv:2 column "output_tokens": expected a count or an amount such as 74M, 1,234 or $2,088, not a percentage, found "12%"',
      'data/results/b.csv:2 column "cost_usd": expected a count or an amount such as 74M, 1,234 or $2,088, not a percentage, found "9.5%"',
      'data/results/b.csv:2 column "input_price_per_mtok": expected a count or an amount such as 74M, 1,234 or $2,088, not a percentage, found "3%"',
    ]);
  });

  it("splits one cell into setting and model", () => {
    const data = load([row("swe", "results/swe.csv", "setting=Name before ' + '; model=Name after ' + '; score=Resolved; source_url=Site")], {
      "results/swe.csv": "Name,Resolved,Site\nAgentless + alpha,40,https://a.org/\nalpha-2025,30,https://a.org/\n",
    });
    expect(data.results.map((r) => [r.model, r.setting ?? null, r.score])).toEqual([
      ["alpha", "Agentless", 40],
      ["alpha", null, 30],
    ]);
  });

  it("feeds several benchmarks from one file, each through its own map", () => {
    const data = load(
      [
        row("board-x", "results/many.csv", "model=Model; score=X; source_url=Link; ignore=Rank"),
        row("board-y", "results/many.csv", "model=Model; score=Y; source_url=Link; skip_empty=score"),
      ],
      { "results/many.csv": "Rank,Model,X,Y,Link\n1,alpha,50,,https://a.org/\n2,beta,40,30,https://a.org/\n" },
    );
    expect(data.results.map((r) => [r.benchmark, r.model, r.score])).toEqual([
      ["board-x", "alpha", 50],
      ["board-x", "beta", 40],
      ["board-y", "beta", 30],
    ]);
    expect(data.benchmarks.map((b) => [b.id, b.resultCount, b.skipped ?? {}])).toEqual([
      ["board-x", 2, {}],
      ["board-y", 1, { score: 1 }],
    ]);
  });

  it("stores intervals from bounds, from +a/-b and from standard errors, and refuses one that misses the score", () => {
    const data = load([row("iv", "results/iv.csv", "model=M; score=S; score_low=Lo; score_high=Hi; score_ci=CI; score_se=SE; source_url=U")], {
      "results/iv.csv": "M,S,Lo,Hi,CI,SE,U\nalpha,54.2,27.8,89.8,,,https://a.org/\nbeta,90,,,+5/-4,,https://a.org/\nalpha_high,64.5,,,,0.6,https://b.org/\n",
    });
    expect(data.results.map((r) => [r.model, r.score_low, r.score_high, r.score_se ?? null])).toEqual([
      ["alpha", 27.8, 89.8, null],
      ["beta", 86, 95, null],
      ["alpha", 63.324, 65.676, 0.6],
    ]);
    expect(problems([row("iv", "results/iv.csv", "model=M; score=S; score_low=Lo; score_high=Hi; source_url=U")], { "results/iv.csv": "M,S,Lo,Hi,U\nalpha,54.2,60,70,https://a.org/\n" })).toEqual([
      'data/results/iv.csv:2 column "Lo": expected an interval around the score 54.2, found 60 to 70',
    ]);
  });

  it("refuses a percentage past 100 (a typo would top the board), quoting the cell as written; other units have no such bound", () => {
    const file = "M,S,U\nalpha,100,https://a.org/\nbeta,147,https://a.org/\nalpha_high,100.5,https://a.org/\n";
    expect(problems([row("p", "results/p.csv", "model=M; score=S; source_url=U")], { "results/p.csv": file })).toEqual([
      'data/results/p.csv:3 column "S": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "147"',
      'data/results/p.csv:4 column "S": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "100.5"',
    ]);
    // A decimal comma read as a thousands separator, a percent sign, a number in exponent form, a
    // split cell: the cell as the file has it, and the number it was read as where that differs
    // (it said "found 1005" of a cell the editor wrote 1,005).
    const odd = 'M,S,U\nalpha,"1,005",https://a.org/\nbeta,105%,https://a.org/\nalpha_high,1.05e2,https://a.org/\n';
    expect(problems([row("p", "results/p.csv", "model=M; score=S; source_url=U")], { "results/p.csv": odd })).toEqual([
      'data/results/p.csv:2 column "S": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "1,005" (read as 1005)',
      'data/results/p.csv:3 column "S": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "105%"',
      'data/results/p.csv:4 column "S": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "1.05e2" (read as 105)',
    ]);
    const split = "M,U\nalpha = 147%,https://a.org/\n";
    expect(problems([row("p", "results/p.csv", "model=M before ' = '; score=M after ' = '; source_url=U")], { "results/p.csv": split })).toEqual([
      'data/results/p.csv:2 column "M": expected a percentage from 0 to 100 (p v1 is in percent in data/benchmarks.csv), found "147%"',
    ]);
    const points = load([row("p", "results/p.csv", "model=M; score=S; source_url=U").replace(",percent,", ",points,")], { "results/p.csv": file });
    expect(points.results.map((r) => r.score)).toEqual([100, 147, 100.5]);
  });

  it("keeps two sources' reports of the same model on the same day; without a source they are duplicates", () => {
    const file = "M,S,Src,U\nalpha,50,Paper,https://a.org/\nalpha,52,HELM,https://b.org/\n";
    expect(load([row("s", "results/s.csv", "model=M; score=S; source=Src; source_url=U")], { "results/s.csv": file }).results.map((r) => r.source)).toEqual(["Paper", "HELM"]);
    expect(problems([row("s", "results/s.csv", "model=M; score=S; source_url=U; ignore=Src")], { "results/s.csv": file })).toEqual([
      "data/results/s.csv:3: duplicate row: alpha v1 on 2025-11-30 is already on line 2",
    ]);
  });

  it("keeps Google's stable versions apart (gemini-1.5-flash-001 and -002 of one day): two snapshots, not a duplicate", () => {
    const models = `${MODELS}gemini-1-5-flash,Gemini 1.5 Flash,Google,2024-05-14,false,\n`;
    const file = "M,S,U\ngemini-1.5-flash-001,50,https://a.org/\ngemini-1.5-flash-002,52,https://a.org/\n";
    const registry = [REGISTRY, row("s", "results/s.csv", "model=M; score=S; source_url=U")].join("\n") + "\n";
    const data = loadDataset(dataFilesInMemory({ "models.csv": models, "benchmarks.csv": registry, "results/s.csv": file }));
    expect(data.results.map((r) => [r.model, r.snapshot, r.score])).toEqual([
      ["gemini-1-5-flash", "001", 50],
      ["gemini-1-5-flash", "002", 52],
    ]);
  });

  it("reads another lab's -002 as part of the model's name, never as a snapshot (davinci-002, text-embedding-ada-002)", () => {
    // OpenAI's davinci-002 is a model of its own, not snapshot 002 of a davinci: a page saying
    // "snapshot 002" would tell the reader something the source never said.
    const models = `${MODELS}davinci-002,davinci-002,OpenAI,2023-08-22,false,\ntext-embedding-ada-002,text-embedding-ada-002,OpenAI,2022-12-15,false,\n`;
    const file = "M,S,U\ndavinci-002,0.25,https://a.org/\nopenai/text-embedding-ada-002,61,https://a.org/\n";
    const registry = [REGISTRY, row("s", "results/s.csv", "model=M; score=S; source_url=U")].join("\n") + "\n";
    const data = loadDataset(dataFilesInMemory({ "models.csv": models, "benchmarks.csv": registry, "results/s.csv": file }));
    expect(data.results.map((r) => [r.model, r.snapshot, r.score])).toEqual([
      ["davinci-002", undefined, 0.25],
      ["text-embedding-ada-002", undefined, 61],
    ]);
  });

  it("names both names of a duplicate that wrote the model apart (alpha-2025, an alias, and alpha)", () => {
    const file = "M,S,U\nalpha-2025,50,https://a.org/\nalpha,52,https://a.org/\n";
    expect(problems([row("s", "results/s.csv", "model=M; score=S; source_url=U")], { "results/s.csv": file })).toEqual([
      'data/results/s.csv:3: duplicate row: alpha v1 on 2025-11-30 is already on line 2 as "alpha-2025" ("alpha" here): both names read as alpha; if the two names are two models or two snapshots, give one of them its own row in data/models.csv',
    ]);
  });
});

describe("loadResults: a report and its revisions (the `revised` column)", () => {
  const canonical = "b,B,v1,points,higher,One sentence.,https://example.org/,,results/b.csv,,,";
  const header = "model,score,output_tokens,evaluated_at,source_url,revised";

  it("loads one row per report: the newest revision, carrying the rows it revises oldest first", () => {
    const data = load([canonical], {
      "results/b.csv": `${header}\nalpha,50,10M,2025-11-30,https://a.org/,\nbeta,40,,2025-11-30,https://a.org/,\nalpha,52,11M,2025-11-30,https://a.org/r,2025-12-05\nalpha,51,,2025-11-30,https://a.org/,2025-12-02\n`,
    });
    expect(data.results.map((r) => [r.model, r.score, r.line, r.revised ?? null])).toEqual([
      ["alpha", 52, 4, "2025-12-05"],
      ["beta", 40, 3, null],
    ]);
    expect(data.results[0].earlier).toEqual([
      { line: 2, source_url: "https://a.org/", score: 50, output_tokens: 10_000_000 },
      { line: 5, source_url: "https://a.org/", revised: "2025-12-02", score: 51 },
    ]);
    expect(data.benchmarks[0].resultCount).toBe(2);
  });

  it("refuses a revision with nothing to revise, before its report, after today, twice on one day, or written with a time, at file:line", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(
      problems([canonical], {
        "results/b.csv": `${header}\nalpha,50,,2025-11-30,https://a.org/,\nalpha,51,,2025-11-30,https://a.org/,2025-12-02\nalpha,52,,2025-11-30,https://a.org/,2025-12-02\nbeta,40,,2025-11-30,https://a.org/,2025-12-01\nalpha,60,,2025-12-01,https://a.org/,2025-11-02\nalpha,61,,2025-12-03,https://a.org/,2031-01-01\nalpha,62,,2025-12-04,https://a.org/,yesterday\nalpha,63,,2025-12-04,https://a.org/,2025-12-05T10:00:00Z\n`,
      }),
    ).toEqual([
      'data/results/b.csv:8 column "revised": expected a day such as 2026-12-02 (YYYY-MM-DD, without a time), found "yesterday"',
      // A timestamp is refused, not read as its UTC day: the import compares the cell with its own day as written.
      'data/results/b.csv:9 column "revised": expected a day such as 2026-12-02 (YYYY-MM-DD, without a time), found "2025-12-05T10:00:00Z"',
      "data/results/b.csv:4: duplicate row: alpha v1 on 2025-11-30 is already on line 3 with the same revised day 2025-12-02",
      "data/results/b.csv:6 column \"revised\": expected the day the figures were revised, on or after the report's date (2025-12-01), found 2025-11-02",
      `data/results/b.csv:7 column "revised": the row is marked revised on 2031-01-01, after today (${today}): expected the day of the import that revised it`,
      'data/results/b.csv:5 column "revised": expected an earlier row of beta v1 on 2025-11-30 for this row to revise (the first report, without revised), found none: empty the cell if this is the first report',
    ]);
  });
});

describe("loadResults: a revision that revises nothing", () => {
  it("refuses a revised row giving what the row it revises gave (a copied line, a day's revision undone by hand), at its file:line", () => {
    const canonical = "b,B,v1,points,higher,One sentence.,https://example.org/,,results/b.csv,,,";
    expect(
      problems([canonical], {
        "results/b.csv": `model,score,output_tokens,evaluated_at,source_url,revised\nalpha,50,10M,2025-11-30,https://a.org/,\nalpha,51,10M,2025-11-30,https://a.org/,2025-12-02\nalpha,51,10M,2025-11-30,https://a.org/,2025-12-05\nbeta,40,,2025-11-30,https://a.org/,\nbeta,40,,2025-11-30,https://a.org/,2025-12-02\n`,
      }),
    ).toEqual([
      'data/results/b.csv:4 column "revised": expected other figures than line 3, the row of alpha v1 on 2025-11-30 that this row revises, found the same: delete this row, which revises nothing',
      'data/results/b.csv:6 column "revised": expected other figures than line 5, the row of beta v1 on 2025-11-30 that this row revises, found the same: delete this row, which revises nothing',
    ]);
  });
  it("reads a revision of one metric of a shared file (--metrics) as a revision of that benchmark only, and refuses it when it revises none (found in review: a same-day refresh of one metric stopped at the other)", () => {
    const shared = (id: string, score: string) => `${id},${id},v1,percent,higher,One sentence.,https://example.org/,,results/m.csv,,,"model=Model; score=${score}; evaluated_at=Date; source_url='https://a.org/'; ignore=${score === "Alpha" ? "Beta" : "Alpha"}"`;
    const registry = [shared("ma", "Alpha"), shared("mb", "Beta")];
    const head = "Model,Date,Alpha,Beta,revised\nalpha,2025-06-01,50,60,\nbeta,2025-06-01,55,65,\n";
    const data = load(registry, { "results/m.csv": head + "alpha,2025-06-01,51,60,2025-06-02\n" });
    const of = (benchmark: string) => data.results.filter((r) => r.benchmark === benchmark && r.model === "alpha").map((r) => [r.score, r.line, r.revised ?? null, r.earlier?.map((e) => e.score) ?? null]);
    expect(of("ma")).toEqual([[51, 4, "2025-06-02", [50]]]);
    // Beta's figure stands as first reported, at the line that writes it last (the one a refresh compares with).
    expect(of("mb")).toEqual([[60, 4, null, null]]);
    expect(problems(registry, { "results/m.csv": head + "alpha,2025-06-01,50,60,2025-06-02\n" })).toEqual([
      'data/results/m.csv:4 column "revised": expected other figures than line 2, the row of alpha v1 on 2025-06-01 that this row revises, found the same: delete this row, which revises nothing',
    ]);
  });
});

describe("loadResults: every problem at once, map mistakes at the map's line", () => {
  it("reports bad cells, unknown models and duplicates of one file together", () => {
    expect(problems([row("b", "results/b.csv", "model=M; score=S; source_url=U")], { "results/b.csv": "M,S,U\nalpha,n/a,https://a.org/\ngamma,3,https://a.org/\nbeta,1,https://a.org/\nbeta,2,https://a.org/\n" })).toEqual([
      'data/results/b.csv:2 column "S": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      'data/results/b.csv:3 column "M": unknown model "gamma"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
      "data/results/b.csv:5: duplicate row: beta v1 on 2025-11-30 is already on line 4",
    ]);
  });

  it("reports a map naming a missing header, an unknown column and a bad constant at data/benchmarks.csv, and a stray column at the file", () => {
    expect(problems([row("b", "results/b.csv", "model=Model; score=Score; source_url='ftp://x'; skip_empty=modle")], { "results/b.csv": "M,Score,Rank\nalpha,1,1\n" })).toEqual([
      'data/benchmarks.csv:2 column "column_map": the column map names an unknown column "modle" (did you mean "model"?); our columns are model, version, setting, score, output_tokens, cost_usd, output_tokens_per_task, cost_per_task_usd, input_price_per_mtok, output_price_per_mtok, evaluated_at, source_url, note, source, score_low, score_high, score_se, score_ci, measured_by, run_id, as_of, editor_note, revised',
      "data/benchmarks.csv:2 column \"column_map\": source_url='ftp://x': expected an http(s) URL, found \"ftp://x\"",
      'data/results/b.csv:1 column "M": unknown column; expected columns are model (read from "Model"), version, setting, score (read from "Score"), output_tokens, cost_usd, output_tokens_per_task, cost_per_task_usd, input_price_per_mtok, output_price_per_mtok, evaluated_at, note, source, score_low, score_high, score_se, score_ci, measured_by, run_id, as_of, editor_note, revised; map or ignore it in the column map on data/benchmarks.csv:2 (ignore=...|M)',
      'data/results/b.csv:1 column "Rank": unknown column; expected columns are model (read from "Model"), version, setting, score (read from "Score"), output_tokens, cost_usd, output_tokens_per_task, cost_per_task_usd, input_price_per_mtok, output_price_per_mtok, evaluated_at, note, source, score_low, score_high, score_se, score_ci, measured_by, run_id, as_of, editor_note, revised; map or ignore it in the column map on data/benchmarks.csv:2 (ignore=...|Rank)',
      'data/benchmarks.csv:2 column "column_map": maps model to "Model", but data/results/b.csv has no such column (did you mean "M"?); its columns are M, Score, Rank',
    ]);
  });

  it("reports a date that does not match the map's format", () => {
    expect(problems([row("b", "results/b.csv", "model=M; score=S; evaluated_at=D; date_format=D/M/Y; source_url='https://a.org/'", "")], { "results/b.csv": "M,S,D\nalpha,1,2025-11-30\n" })).toEqual([
      'data/results/b.csv:2 column "D": expected a date written D/M/Y, such as 30/11/2025, found "2025-11-30"',
    ]);
  });
});
