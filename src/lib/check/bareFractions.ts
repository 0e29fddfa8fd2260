import { parseCsv } from "../csv/readCsv";
import type { DataFiles } from "../data/dataFiles";
import { fractionExample, percentCell, scoreValues, type ScoreCell } from "../import/scoreScale";
import type { Finding } from "./findings";

/** What the check reads of a benchmark version. */
export interface ScaleBenchmark {
  id: string;
  name: string;
  version: string;
  unit: string;
  /** The results file, inside `data/`. @example "results/simplebench.csv" */
  file: string;
  /** The file's column for the score (`score=` of its column map), when it is not `score`. */
  scoreColumn?: string;
}

/** Scores a percent board needs before a bare one among them is judged: two say little. */
const MIN_PERCENT_CELLS = 3;

/**
 * A warning for each score of a percent benchmark written without `%` and between 0 and 1 in a
 * results file whose other scores of that benchmark are written as percentages (`62.4%`): a
 * fraction of 1 (`0.645` for 64.5%) added by hand, which the board would show as 0.645%.
 * `import:results` asks about a whole column written so; a row typed into the file later passed
 * the check without a word (helper-74). In a file of our own columns (no column map renames its
 * score: typed by hand, never asked about), a whole column of fractions is one warning too. On a
 * benchmark in another unit (points, Elo), each score written with `%` is a warning. `linesOf` gives the lines of the benchmark version's rows
 * in its file, as the loader read them.
 * @example bareFractionFindings(data, [simplebench], () => [2, 3, 4, 14]) // [{ file: "data/results/simplebench.csv", line: 14, ... }]
 */
export function bareFractionFindings(data: DataFiles, benchmarks: readonly ScaleBenchmark[], linesOf: (b: ScaleBenchmark) => readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const tables = new Map<string, Map<number, Record<string, string>> | undefined>();
  for (const b of benchmarks) {
    if (!tables.has(b.file)) {
      const bytes = data.read(b.file);
      const table = bytes ? parseCsv(new TextDecoder().decode(bytes), data.show(b.file)).table : undefined;
      tables.set(b.file, table && new Map(table.rows.map((r) => [r.line, r.cells])));
    }
    const rows = tables.get(b.file);
    if (!rows) continue;
    const column = b.scoreColumn ?? "score";
    const cells: ScoreCell[] = linesOf(b).flatMap((line) => {
      const text = rows.get(line)?.[column]?.trim();
      return text ? [{ line, text }] : [];
    });
    const percent = cells.filter((c) => c.text.endsWith("%"));
    if (b.unit !== "percent") {
      // The cell parser drops the %: `38%` typed into a board in points shows as 38 points. The
      // imports refuse such a column (the unit is then the likelier mistake); a typed row passed.
      for (const c of percent) {
        findings.push({
          file: data.show(b.file),
          line: c.line,
          column,
          severity: "warning",
          code: "percent-off-unit",
          message: `the score ${c.text} of ${b.name} ${b.version} is written as a percentage, but ${b.id} is in ${b.unit} in data/benchmarks.csv: the board shows ${c.text.slice(0, -1).trim()} ${b.unit}. Write the score on the board's scale, without %, or fix the benchmark's unit`,
        });
      }
      continue;
    }
    // A file in our own columns (no column map renames its score) is typed by hand: no import asked
    // about its scale, so a column of fractions there passed without a word and showed 0.715%.
    const fractions = percent.length === 0 && b.scoreColumn === undefined ? fractionExample(scoreValues(cells)) : undefined;
    if (fractions) {
      findings.push({
        file: data.show(b.file),
        line: fractions.line,
        column,
        severity: "warning",
        code: "bare-fraction",
        message: `every score of ${b.name} ${b.version} in this file is between 0 and 1 (${fractions.text} at line ${fractions.line}), on a percent benchmark: the board shows ${fractions.text}%. If they are fractions of 1, write them as percentages (${Math.round(fractions.value * 1000) / 10}%); if they are percentages under 1%, write them with % (${fractions.text}%)`,
      });
      continue;
    }
    if (percent.length < MIN_PERCENT_CELLS) continue;
    const bare = scoreValues(cells.filter((c) => !c.text.endsWith("%"))).filter((v) => v.value > 0 && v.value < 1);
    // Most of the column is written with %: a column of fractions is import's to ask about.
    if (bare.length === 0 || bare.length >= percent.length) continue;
    const example = percentCell(percent)!;
    for (const v of bare) {
      findings.push({
        file: data.show(b.file),
        line: v.line,
        column,
        severity: "warning",
        code: "bare-fraction",
        message: `the score ${v.text} of ${b.name} ${b.version} is written without %, where its other scores in this file are percentages (${example.text} at line ${example.line}): the board shows ${v.text}%. If it is a fraction of 1, write it as a percentage (${Math.round(v.value * 1000) / 10}%)`,
      });
    }
  }
  return findings;
}
