import { formatScore, type ScoreUnit } from "../format/formatNumber";
import type { Finding } from "./findings";

/** What the check reads of a result. */
export interface ScoredResult {
  benchmark: string;
  version: string;
  score?: number;
  file: string;
  line: number;
}

/** What the check reads of a benchmark version. */
export interface ShiftBenchmark {
  id: string;
  name: string;
  version: string;
  unit: string;
  /** The results file's column for the score, named in the finding. */
  scoreColumn?: string;
}

/** Other scores a version needs before one of them is judged against them: a few say little. */
const MIN_OTHER_SCORES = 5;
/** How many times the version's highest other score a score must be to be judged. */
const TIMES_HIGHEST = 5;
/** The decimal point left out of a score, once or twice: 51.0 typed as 510 or 5100. */
const SHIFTS = [10, 100];

/**
 * A warning for each score that is more than five times every other score of its benchmark version
 * and falls among them when a decimal point is put back (`510` on a board whose other scores run
 * from 12.5 to 73.2: 51.0 typed without its point). A points board has no range for the loader to
 * hold a score to, so the row used to pass the check and top the board (helper-74). Both tests
 * together keep real jumps out: on Epoch's METR file, whose scores run from 0.04 to 137 minutes,
 * the best is 1.2 times the next.
 * @example shiftedDecimalFindings(results, [aaIndex]) // [{ file: "data/results/aa-intelligence-index.csv", line: 9, ... }]
 */
export function shiftedDecimalFindings(results: readonly ScoredResult[], benchmarks: readonly ShiftBenchmark[]): Finding[] {
  const byVersion = new Map<string, ScoredResult[]>();
  for (const r of results) {
    if (r.score === undefined || !Number.isFinite(r.score)) continue;
    const key = `${r.benchmark}\u0000${r.version}`;
    const list = byVersion.get(key);
    if (list) list.push(r);
    else byVersion.set(key, [r]);
  }
  const findings: Finding[] = [];
  for (const b of benchmarks) {
    const scored = byVersion.get(`${b.id}\u0000${b.version}`) ?? [];
    if (scored.length < MIN_OTHER_SCORES + 1 || scored.some((r) => r.score! <= 0)) continue;
    // The highest and second highest, and the lowest: a score is judged against the others.
    const sorted = [...scored].sort((x, y) => y.score! - x.score!);
    const lowest = sorted.at(-1)!.score!;
    for (const [i, r] of sorted.entries()) {
      const highestOther = sorted[i === 0 ? 1 : 0].score!;
      const lowestOther = i === sorted.length - 1 ? sorted.at(-2)!.score! : lowest;
      if (r.score! <= TIMES_HIGHEST * highestOther) break;
      const shift = SHIFTS.find((k) => r.score! / k >= lowestOther && r.score! / k <= highestOther);
      if (shift === undefined) continue;
      const meant = Number((r.score! / shift).toPrecision(12));
      const show = (v: number) => formatScore(v, b.unit as ScoreUnit);
      findings.push({
        file: r.file,
        line: r.line,
        column: b.scoreColumn ?? "score",
        severity: "warning",
        code: "shifted-decimal",
        message: `the score ${show(r.score!)} of ${b.name} ${b.version} is ${Math.floor(r.score! / highestOther)} times the highest of its other ${scored.length - 1} scores (${show(highestOther)}), and it would be among them as ${show(meant)}: if a decimal point was left out, write ${meant}; if the score is right, leave it`,
      });
    }
  }
  return findings;
}
