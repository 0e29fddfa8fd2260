import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatProblem, InputError } from "../errors";
import { numberCell, optionalCell, textCell, urlCell } from "../../schemas/cellSchemas";
import { parseColumnMap } from "../../schemas/columnMap";
import { parseCsv, readCsv } from "./readCsv";
import { validateRows, validateTable } from "./validateRows";

const Schema = z.object({ model: textCell, score: optionalCell(numberCell), source_url: urlCell });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.file}:${p.line}${p.column ? ` column "${p.column}"` : ""}: ${p.message}`);
    throw error;
  }
  throw new Error("expected an InputError");
}

const validate = (text: string, columnMap?: string) => {
  const map = parseColumnMap(columnMap);
  if (!map.ok) throw new Error(map.message);
  return validateRows(readCsv(text, "data/results/x.csv"), Schema, { columnMap: map.value });
};

describe("validateRows", () => {
  it("validates by header name, whatever the column order", () => {
    const rows = validate("source_url,score,model\nhttps://a.org/,60.3%,claude-sonnet-4-5\n");
    expect(rows).toEqual([{ model: "claude-sonnet-4-5", score: 60.3, source_url: "https://a.org/", line: 2 }]);
  });

  it("treats an empty optional cell as no value", () => {
    expect(validate("model,score,source_url\nx,,https://a.org/\n")[0].score).toBeUndefined();
  });

  it("lists every bad cell of every row in one error, with the file's own line numbers", () => {
    expect(problemsOf(() => validate("model,score,source_url\nx,n/a,https://a.org/\ny,51,javascript:alert(1)\n,NaN,https://a.org/\n"))).toEqual([
      'data/results/x.csv:2 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      'data/results/x.csv:3 column "source_url": expected an http(s) URL, found "javascript:alert(1)"',
      'data/results/x.csv:4 column "model": expected a value, found an empty cell',
      'data/results/x.csv:4 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "NaN"',
    ]);
  });

  it("reports a missing required column and an unknown column as header errors", () => {
    expect(problemsOf(() => validate("model,scor\nx,1\n"))).toEqual([
      'data/results/x.csv:1 column "scor": unknown column (did you mean "score"?); expected columns are model, score, source_url',
      "data/results/x.csv:1 column \"source_url\": missing required column; add a source_url column, or give one URL for the whole file in the column map: source_url='https://...'",
    ]);
  });

  it("rejects a header-only file", () => {
    expect(problemsOf(() => validate("model,score,source_url\n"))).toEqual(["data/results/x.csv:1: the file has a header but no data rows"]);
  });

  it("does not call a file header-only when its rows are there but broken (parseCsv reported them)", () => {
    const problems = (text: string) => {
      const parsed = parseCsv(text, "data/results/x.csv");
      return [...parsed.problems, ...validateTable(parsed.table!, Schema).problems].map(formatProblem);
    };
    expect(problems("model,score,source_url\nx,51\n")).toEqual(["data/results/x.csv:2: expected 3 cells as in the header, found 2"]);
    expect(problems("model,score,source_url\nx,51,https://a.org/\ny,52\n")).toEqual(["data/results/x.csv:3: expected 3 cells as in the header, found 2"]);
    expect(problems("model,score,source_url\n\n")).toEqual(["data/results/x.csv:1: the file has a header but no data rows"]);
  });

  it("loads a publisher-shaped file through a column map and names the publisher's header in errors", () => {
    const map = "model=Model version; score=Accuracy mean; source_url=Source link; ignore=id|Notes";
    const text = "\uFEFFid,Model version,Accuracy mean,Notes,Source link\r\nrec1,claude-sonnet-4-5-20250929,60.3%,,https://www.tbench.ai/leaderboard\r\nrec2,gpt-5,oops,,https://www.tbench.ai/leaderboard\r\n";
    expect(problemsOf(() => validate(text, map))).toEqual([
      'data/results/x.csv:3 column "Accuracy mean": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "oops"',
    ]);
    const ok = validate(text.replace("oops", "49.6%"), map);
    expect(ok.map((r) => [r.model, r.score, r.line])).toEqual([
      ["claude-sonnet-4-5-20250929", 60.3, 2],
      ["gpt-5", 49.6, 3],
    ]);
  });

  it("refuses a publisher column that is neither mapped nor ignored", () => {
    const map = "model=Model version; score=Accuracy mean; source_url=Source link; ignore=id";
    expect(problemsOf(() => validate("id,Model version,Accuracy mean,Source link,Agent\nr,x,1,https://a.org/,Apex\n", map))).toEqual([
      'data/results/x.csv:1 column "Agent": unknown column; expected columns are model (read from "Model version"), score (read from "Accuracy mean"), source_url (read from "Source link")',
    ]);
  });

  it("refuses a file that lacks a header its column map renames (an optional column vanishing silently)", () => {
    const map = "model=Model version; score=Accuracy mean; source_url=Source link; ignore=id";
    expect(problemsOf(() => validate("id,Model version,Source link\nr,x,https://a.org/\n", map))).toEqual([
      'data/results/x.csv:1 column "score": missing required column (mapped from "Accuracy mean")',
    ]);
  });

  it("refuses a column map that names an unknown canonical column", () => {
    expect(problemsOf(() => validate("m,score,source_url\nx,1,https://a.org/\n", "modle=m"))).toEqual([
      'data/results/x.csv:1: the column map names an unknown column "modle" (did you mean "model"?); our columns are model, score, source_url',
      'data/results/x.csv:1 column "model": missing required column',
    ]);
  });
});

describe("parseColumnMap", () => {
  it("parses pairs and ignore lists", () => {
    expect(parseColumnMap("model=Model version; score=Accuracy mean;ignore=id|Source")).toEqual({
      ok: true,
      value: { rename: { model: "Model version", score: "Accuracy mean" }, ignore: ["id", "Source"] },
    });
  });
  it("rejects malformed pairs", () => {
    expect(parseColumnMap("model")).toEqual({ ok: false, message: 'expected "column=Header" pairs separated by ";", found "model"' });
  });
});
