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
/** How many times the rest of the version's scores a score must be to be judged. */
const TIMES_HIGHEST = 5;
/** The decimal point left out of a score, once or twice: 51.0 typed as 510 or 5100. */
const SHIFTS = [10, 100];
/** How many of the highest scores may be typos at once: each is judged against the scores below them all, so two do not hide each other. */
const MAX_SUSPECTS = 2;

/**
 * A warning for each score that is more than five times the rest of its benchmark version's
 * scores and falls among them when a decimal point is put back (`510` on a board whose other
 * scores run from 12.5 to 73.2: 51.0 typed without its point). A points board has no range for the
 * loader to hold a score to, so the row used to pass the check and top the board (helper-74).
 *
 * The rest are the scores below the top two (one, on a version of six scores): judged against
 * the highest other score, a second typo hid the first (helper-76). Put back, the score must land
 * between the lower quartile of the rest and the highest score that is not itself as far above
 * them: against the lowest score, on a board that runs down to 0.04, nearly anything landed. A
 * zero (0% on a hard benchmark) is left out, not a reason to skip the version; a negative score
 * means a scale the decimal point cannot be judged on, and the version is skipped. These keep real
 * jumps out: on Epoch's METR file, whose scores run from 0.04 to 137 minutes, the best is 1.2 times
 * the next.
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
    const all = byVersion.get(`${b.id}\u0000${b.version}`) ?? [];
    if (all.some((r) => r.score! < 0)) continue;
    const sorted = all.filter((r) => r.score! > 0).sort((x, y) => y.score! - x.score!);
    if (sorted.length < MIN_OTHER_SCORES + 1) continue;
    const suspects = Math.min(MAX_SUSPECTS, sorted.length - MIN_OTHER_SCORES);
    const rest = sorted.slice(suspects);
    const above = TIMES_HIGHEST * rest[0].score!;
    // The scores not far above the rest: where a score put back must land, and what it is compared with.
    const inRange = sorted.filter((r) => r.score! <= above);
    const highest = inRange[0].score!;
    const floor = rest[Math.floor((rest.length - 1) * 0.75)].score!;
    const farAbove = sorted.length - inRange.length;
    for (const r of sorted.slice(0, farAbove)) {
      const shift = SHIFTS.find((k) => r.score! / k >= floor && r.score! / k <= highest);
      if (shift === undefined) continue;
      const meant = Number((r.score! / shift).toPrecision(12));
      const show = (v: number) => formatScore(v, b.unit as ScoreUnit);
      const others = farAbove > 1 ? ` (not counting ${farAbove - 1} more score${farAbove > 2 ? "s" : ""} as far above them)` : "";
      findings.push({
        file: r.file,
        line: r.line,
        column: b.scoreColumn ?? "score",
        severity: "warning",
        code: "shifted-decimal",
        message: `the score ${show(r.score!)} of ${b.name} ${b.version} is ${Math.floor(r.score! / highest)} times the highest of its other ${inRange.length} scores (${show(highest)})${others}, and it would be among them as ${show(meant)}: if a decimal point was left out, write ${meant}; if the score is right, leave it`,
      });
    }
  }
  return findings;
}
