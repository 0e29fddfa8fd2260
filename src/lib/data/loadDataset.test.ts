import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { readDataset } from "../../integrations/readDataset";

const FIXTURE = join(import.meta.dirname, "../../../test/fixtures/sites/minimal");
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A writable copy of the minimal fixture site, with `edits` applied (file -> new content). */
function site(edits: Record<string, string | ((old: string) => string)> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "bd-data-"));
  temps.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, typeof edit === "string" ? edit : edit(readFileSync(path, "utf8")));
  }
  return dir;
}

function problems(dir: string): string[] {
  try {
    readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
  } catch (error) {
    if (error instanceof InputError) return error.message.split("\n").slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("loadDataset on the minimal fixture", () => {
  const dir = site();
  const data = readDataset({ dataDir: join(dir, "data"), displayRoot: dir });

  it("loads models, benchmark versions and every result row", () => {
    expect(data.models.map((m) => m.id)).toEqual(["claude-sonnet-4-6", "claude-opus-4-6", "claude-sonnet-4-5", "glm-5", "gpt-5"]);
    expect(data.benchmarks.map((b) => `${b.id}@${b.version}:${b.resultCount}`)).toEqual(["aa-index@v3.0:1", "aa-index@v4.0:4", "terminal-bench@v2.0:2"]);
    expect(data.results).toHaveLength(7);
  });

  it("keeps the seed figures exactly and resolves aliases to canonical ids", () => {
    const sonnet = data.results.find((r) => r.model === "claude-sonnet-4-6")!;
    expect(sonnet).toMatchObject({ modelAsWritten: "claude-3-sonnet-4.6", setting: "max", score: 51, output_tokens: 74_000_000, cost_usd: 2088, version: "v4.0", line: 3 });
    const opus = data.results.filter((r) => r.model === "claude-opus-4-6").map((r) => [r.score, r.output_tokens, r.evaluated_at.toISOString().slice(0, 10)]);
    expect(opus).toEqual([
      [53, 58_000_000, "2026-02-18"],
      [undefined, 157_000_000, "2026-04-08"],
    ]);
  });

  it("loads the publisher-shaped CSV through its column map, with settings from suffixes and as_of dates", () => {
    const tb = data.results.filter((r) => r.benchmark === "terminal-bench");
    expect(tb.map((r) => [r.model, r.setting, r.score, r.evaluated_at.toISOString().slice(0, 10), r.line])).toEqual([
      ["claude-sonnet-4-5", "Apex2", 64.5, "2025-11-30", 2],
      ["gpt-5", "Terminus 2, medium", 49.6, "2025-11-30", 3],
    ]);
  });

  it("resolves aliases case- and punctuation-insensitively, and suffixed settings", () => {
    expect(data.aliases.resolve("Claude-3-Sonnet-4.6")).toEqual({ id: "claude-sonnet-4-6" });
    expect(data.aliases.resolve("claude_sonnet_4_6_20260217")).toEqual({ id: "claude-sonnet-4-6", snapshot: "2026-02-17" });
    expect(data.aliases.resolve("gpt-5-2025-08-07_high")).toEqual({ id: "gpt-5", setting: "high", snapshot: "2025-08-07" });
    expect(data.aliases.resolve("seedance-2")).toBeUndefined();
  });
});

describe("loadDataset refuses bad data with file:line messages", () => {
  it("reports an unknown model with a did-you-mean", () => {
    const dir = site({ "data/results/aa-index.csv": (s) => s.replace("claude-sonnet-4-5,v4.0", "claude-sonet-4-5,v4.0") });
    expect(problems(dir)).toEqual([
      'data/results/aa-index.csv:4 column "model": unknown model "claude-sonet-4-5" (did you mean "claude-sonnet-4-5"?); add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |)',
    ]);
  });

  it("reports an alias that points at two models", () => {
    const dir = site({ "data/models.csv": (s) => s.replace("gpt-5,GPT-5,OpenAI,2025-08-07,false,gpt-5-2025-08-07", "gpt-5,GPT-5,OpenAI,2025-08-07,false,gpt-5-2025-08-07|claude-3-opus-4.6") });
    expect(problems(dir)).toEqual([
      'data/models.csv:6 column "aliases": alias "claude-3-opus-4.6" of model "gpt-5" also names model "claude-opus-4-6" (line 3); an alias must point at one model: keep it on one of the two rows',
    ]);
  });

  it("reports duplicate rows naming both lines", () => {
    const dir = site({ "data/results/aa-index.csv": (s) => s.trimEnd() + "\nclaude-opus-4-6,v4.0,,53,,,,,2026-02-18,https://example.org/dup,\n" });
    expect(problems(dir)).toEqual(["data/results/aa-index.csv:7: duplicate row: claude-opus-4-6 v4.0 on 2026-02-18 is already on line 2"]);
  });

  it("reports a version that is not registered and a missing version in a shared file", () => {
    const dir = site({ "data/results/aa-index.csv": (s) => s.replace("glm-5,v3.0", "glm-5,v9.9").replace("claude-sonnet-4-5,v4.0", "claude-sonnet-4-5,") });
    expect(problems(dir)).toEqual([
      'data/results/aa-index.csv:4 column "version": expected one of v3.0, v4.0 (the file is shared by several versions), found an empty cell',
      'data/results/aa-index.csv:6 column "version": expected one of v3.0, v4.0 as registered in data/benchmarks.csv, found "v9.9"',
    ]);
  });

  it("reports a version clash, a missing results file and an unlisted results file", () => {
    const dir = site({
      "data/benchmarks.csv": (s) => s.replace("results/terminal-bench.csv", "results/missing.csv") + "aa-index,Intelligence Index,v4.0,points,higher,Again.,https://artificialanalysis.ai/,,results/aa-index.csv,,true,\n",
    });
    expect(problems(dir)).toEqual([
      'data/benchmarks.csv:4 column "file": results file not found: expected data/results/missing.csv',
      'data/benchmarks.csv:5 column "version": version clash: "aa-index" v4.0 is already registered on line 3',
      "data/results/terminal-bench.csv:1: this results file is not listed in data/benchmarks.csv; add a row whose file is results/terminal-bench.csv",
    ]);
  });

  it("reports a row without a date when the benchmark has no as_of", () => {
    const dir = site({ "data/results/aa-index.csv": (s) => s.replace("2025-12-01", "") });
    expect(problems(dir)).toEqual(['data/results/aa-index.csv:6 column "evaluated_at": expected a date: fill evaluated_at or set as_of for aa-index v3.0 in data/benchmarks.csv']);
  });

  it("reports a row with no figure at all", () => {
    const dir = site({ "data/results/aa-index.csv": (s) => s.replace("glm-5,v3.0,,45,", "glm-5,v3.0,,,") });
    expect(problems(dir)).toEqual([
      "data/results/aa-index.csv:6: the row carries no figure; expected at least one of score, output_tokens, cost_usd, output_tokens_per_task, cost_per_task_usd, input_price_per_mtok, output_price_per_mtok",
    ]);
  });

  it("reports a broken row and the problems across the other rows in the same run, not one after the other", () => {
    const dir = site({
      "data/models.csv": (s) => s.replace("glm-5,GLM-5,Zhipu,,true,", "glm-5,GLM-5,Zhipu,2026-02-30,true,") + "gpt-5,GPT-5 again,OpenAI,,false,claude-3-opus-4.6\n",
      "data/benchmarks.csv": (s) => s.replace(/^(terminal-bench,[^,]*,v2\.0,)[^,]*,/m, "$1furlongs,") + "aa-index,Intelligence Index,v4.0,points,higher,Again.,https://artificialanalysis.ai/,,results/aa-index.csv,,,\n",
    });
    expect(problems(dir)).toEqual([
      'data/models.csv:5 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/models.csv:7 column "id": duplicate model id "gpt-5" (first on line 6)',
      'data/models.csv:7 column "aliases": alias "claude-3-opus-4.6" of model "gpt-5" also names model "claude-opus-4-6" (line 3); an alias must point at one model: keep it on one of the two rows',
      expect.stringMatching(/^data\/benchmarks\.csv:4 column "unit": expected one of .*found "furlongs"$/),
      'data/benchmarks.csv:5 column "version": version clash: "aa-index" v4.0 is already registered on line 3',
    ]);
  });

  it("counts a refused row's id among the ids: a copied row with a bad cell is still a second row of its id", () => {
    const dir = site({ "data/models.csv": (s) => s + "glm-5,GLM-5 copy,Zhipu,2026-02-30,true,\n" });
    expect(problems(dir)).toEqual([
      'data/models.csv:7 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/models.csv:7 column "id": duplicate model id "glm-5" (first on line 5)',
    ]);
  });

  it("checks a refused row's aliases too: a copied row with a bad cell still claims its names", () => {
    const dir = site({ "data/models.csv": (s) => s + "glm-5-copy,GLM-5 copy,Zhipu,2026-02-30,true,claude-3-opus-4.6\n" });
    expect(problems(dir)).toEqual([
      'data/models.csv:7 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/models.csv:7 column "aliases": alias "claude-3-opus-4.6" of model "glm-5-copy" also names model "claude-opus-4-6" (line 3); an alias must point at one model: keep it on one of the two rows',
    ]);
  });

  it("reports a refused row's claim on the refused row, wherever it sits: the valid row's alias is not blamed", () => {
    const dir = site({ "data/models.csv": (s) => s.replace(/^(.*\n)/, "$1my-new-model,My new model,Zhipu,2026-02-30,true,claude-3-opus-4.6\n") });
    expect(problems(dir)).toEqual([
      'data/models.csv:2 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/models.csv:2 column "aliases": alias "claude-3-opus-4.6" of model "my-new-model" also names model "claude-opus-4-6" (line 4); an alias must point at one model: keep it on one of the two rows',
    ]);
  });

  describe("a results file whose rows are broken is not also called header-only", () => {
    const header = "model,version,setting,score,output_tokens,cost_usd,input_price_per_mtok,output_price_per_mtok,evaluated_at,source_url,note\n";
    const short = "claude-opus-4-6,v4.0,,53,2026-02-18,https://news.smol.ai/x\n";
    const good = "claude-opus-4-6,v4.0,,53,58M,,,,2026-02-18,https://news.smol.ai/x,\n";

    it("one data row, its cell count wrong: only the cell count, at its line", () => {
      expect(problems(site({ "data/results/aa-index.csv": header + short }))).toEqual(["data/results/aa-index.csv:2: expected 11 cells as in the header, found 6"]);
    });

    it("one data row, its quote never closed: only the quote, at its line", () => {
      expect(problems(site({ "data/results/aa-index.csv": header + '"claude-opus-4-6,v4.0,,53\n' }))).toEqual(['data/results/aa-index.csv:2: unterminated quoted field (a " opens a cell that never closes)']);
    });

    it("two data rows, one of them short: only the short one", () => {
      expect(problems(site({ "data/results/aa-index.csv": header + good + short }))).toEqual(["data/results/aa-index.csv:3: expected 11 cells as in the header, found 6"]);
    });

    it("no data row at all: header-only, at the header", () => {
      expect(problems(site({ "data/results/aa-index.csv": header }))).toEqual(["data/results/aa-index.csv:1: the file has a header but no data rows"]);
    });

    it("a registry with one short row: only the cell count", () => {
      expect(problems(site({ "data/models.csv": "id,name,lab,released,open_weights,aliases\nfoo,bar\n" }))).toEqual(["data/models.csv:2: expected 6 cells as in the header, found 2"]);
    });

    it("a registry line short of cells that may be empty says so, with the commas it needs (the six cells of the import's old advice)", () => {
      const header11 = "id,name,lab,released,open_weights,aliases,context_window,input_price_per_mtok,output_price_per_mtok,catalog,catalog_date\n";
      expect(problems(site({ "data/models.csv": `${header11}acme-nova-2,Acme Nova 2,Acme,,false,Acme Nova 2\n` }))).toEqual([
        "data/models.csv:2: expected 11 cells as in the header, found 6; the last 5 columns (context_window, input_price_per_mtok, output_price_per_mtok, catalog, catalog_date) may be empty, but each empty cell needs its comma: end the line with 5 commas",
      ]);
      // A required cell missing (open_weights): no such advice, commas would not fix it.
      expect(problems(site({ "data/models.csv": `${header11}acme-nova-2,Acme Nova 2,Acme,\n` }))).toEqual(["data/models.csv:2: expected 11 cells as in the header, found 4"]);
    });
  });

  it("collects problems across several files into one error", () => {
    const dir = site({
      "data/models.csv": (s) => s.replace("glm-5,GLM-5,Zhipu,,true,", "glm-5,GLM-5,Zhipu,2026-02-30,perhaps,"),
      "data/results/terminal-bench.csv": (s) => s.replace("64.5%", "n/a"),
    });
    expect(problems(dir)).toEqual([
      'data/models.csv:5 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/models.csv:5 column "open_weights": expected true or false, found "perhaps"',
      'data/results/terminal-bench.csv:2 column "Accuracy mean": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
    ]);
  });
});

describe("loadDataset reads the record of the rows an import left out (data/results/<name>.left-out.csv)", () => {
  const header = "benchmark,version,date,model,setting,score,cause,reason\n";
  const record = `${header}aa-index,v4.0,2026-02-18,mystery-model,,58,unknown-model,"unknown model ""mystery-model"""\naa-index,v4.0,,broken,,n/a,other,"column ""score"": expected a number"\n`;

  it("loads its rows beside the results file, with the score read as a number where it reads, and is not an unlisted results file", () => {
    const data = readDataset({ dataDir: join(site({ "data/results/aa-index.left-out.csv": record }), "data"), displayRoot: "/" });
    expect(data.leftOut.map((r) => [r.benchmark, r.version, r.date?.toISOString().slice(0, 10), r.model, r.scoreValue, r.cause, r.resultsFile, r.line])).toEqual([
      ["aa-index", "v4.0", "2026-02-18", "mystery-model", 58, "unknown-model", "results/aa-index.csv", 2],
      ["aa-index", "v4.0", undefined, "broken", undefined, "other", "results/aa-index.csv", 3],
    ]);
    // A record that lists nothing any more is valid too.
    expect(readDataset({ dataDir: join(site({ "data/results/aa-index.left-out.csv": header }), "data"), displayRoot: "/" }).leftOut).toEqual([]);
  });

  it("refuses bad cells at their line and column, a version its results file does not hold, and a record of no benchmark's file", () => {
    const bad = `${header}aa-index,4.0,2026-02-18,m,,58,unknown-model,r\naa-index,v4.0,2026-02-30,m,,58,unknown-model,r\naa-index,v4.0,,m,,n/a,unknown-model,r\naa-index,v4.0,,m,,1,forgotten,r\naa-index,v9.0,,m,,1,unknown-model,r\n`;
    expect(problems(site({ "data/results/aa-index.left-out.csv": bad, "data/results/gone.left-out.csv": header }))).toEqual([
      'data/results/aa-index.left-out.csv:2 column "version": expected a version such as v4.0, found "4.0"',
      'data/results/aa-index.left-out.csv:3 column "date": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/results/aa-index.left-out.csv:4 column "score": expected a score such as 1344.35 or 60.3% (or an empty cell) for a row left out as unknown-model, found "n/a"',
      'data/results/aa-index.left-out.csv:5 column "cause": expected one of unknown-model, other, found "forgotten"',
      'data/results/aa-index.left-out.csv:6 column "benchmark": expected a benchmark and version that read results/aa-index.csv (aa-index v3.0, aa-index v4.0), found aa-index v9.0',
      "data/results/gone.left-out.csv:1: the record of rows left out of data/results/gone.csv, which no benchmark in data/benchmarks.csv reads; delete it, or register the benchmark whose file is results/gone.csv",
    ]);
  });
  describe("its run_id column (two runs the publisher lists apart only by their id)", () => {
    const withRuns = "benchmark,version,date,model,setting,run_id,score,cause,reason\n";
    const run = (id: string, score: string) => `aa-index,v4.0,2026-02-18,mystery-model,Terminus 2,${id},${score},unknown-model,unknown model\n`;
    const read = (text: string) => readDataset({ dataDir: join(site({ "data/results/aa-index.left-out.csv": text }), "data"), displayRoot: "/" }).leftOut.map((r) => [r.line, r.run_id, r.scoreValue]);

    it("loads two runs of one model, setting and day as two rows, each with its run id", () => {
      expect(read(withRuns + run("recKvbUh4oTmehdz6", "30.8%") + run("reccP5RKLXt7AfwRD", "30.0%"))).toEqual([
        [2, "recKvbUh4oTmehdz6", 30.8],
        [3, "reccP5RKLXt7AfwRD", 30],
      ]);
    });

    it("refuses a row on two lines (the same key, run id included), naming both lines", () => {
      const twice = withRuns + run("recKvbUh4oTmehdz6", "30.8%") + run("reccP5RKLXt7AfwRD", "30.0%") + run("recKvbUh4oTmehdz6", "30.8%");
      expect(problems(site({ "data/results/aa-index.left-out.csv": twice }))).toEqual([
        "data/results/aa-index.left-out.csv:4: duplicate row: mystery-model (Terminus 2) v4.0 on 2026-02-18, run recKvbUh4oTmehdz6 is already on line 2 (version, date, model, setting and run id make one row of the record, and the import writes each once); delete one of the two lines",
      ]);
      // Without run ids in a record that has the column, one key twice is one row twice.
      expect(problems(site({ "data/results/aa-index.left-out.csv": withRuns + run("", "30.8%") + run("", "30.8%") }))).toEqual([
        "data/results/aa-index.left-out.csv:3: duplicate row: mystery-model (Terminus 2) v4.0 on 2026-02-18, no run id is already on line 2 (version, date, model, setting and run id make one row of the record, and the import writes each once); delete one of the two lines",
      ]);
    });

    it("reads a record written before the column as it is: its two lines of one key may be two runs, which the next import writes apart", () => {
      const old = (score: string) => `aa-index,v4.0,2026-02-18,mystery-model,Terminus 2,${score},unknown-model,unknown model\n`;
      expect(read(header + old("30.8%") + old("30.0%"))).toEqual([
        [2, undefined, 30.8],
        [3, undefined, 30],
      ]);
    });
  });
});
