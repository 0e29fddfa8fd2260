/**
 * markdown-it's `balance_pairs` (which pairs emphasis and strikethrough delimiters) with the one
 * rule micromark, and so remark, applies differently: the "rule of 3".
 *
 * CommonMark: when a delimiter run can both open and close, an opener and a closer whose run
 * lengths add up to a multiple of 3 do not pair (unless both are multiples of 3). markdown-it
 * counts each run's length as written; micromark counts what is left of it after earlier pairs
 * took their share. The difference shows in the newsletter archive's nested bold:
 * `****Survey Says**: OpenClaw Asks for Feedback!**:` is `<strong><strong>Survey Says</strong>:
 * …</strong>` in remark (the outer opener has 2 of its 4 asterisks left, 2 + 2 is not a multiple
 * of 3) and literal asterisks in markdown-it (4 + 2 is).
 *
 * Without markdown-it's `openersBottom` cache, whose bounds assume fixed lengths: on pathological
 * input (`*a_*a_*a_…` in one paragraph) this is quadratic, as micromark is. A long run of closers
 * after a long run of openers (`***…x***…`) is not: each closer starts below the pairs its run made.
 */
import type MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";

type Delimiter = StateInline["delimiters"][number];

/** Emphasis markers, for which the rule of 3 applies. */
const isEmphasis = (marker: number) => marker === 0x2a || marker === 0x5f;

function processDelimiters(delimiters: Delimiter[]): void {
  const max = delimiters.length;
  if (!max) return;
  // Which run each delimiter belongs to, and how many of each run's delimiters are still unpaired.
  const runOf = new Array<number>(max);
  const left: number[] = [];
  let headerIdx = 0;
  let lastTokenIdx = -2;
  for (let i = 0; i < max; i++) {
    const d = delimiters[i]!;
    if (delimiters[headerIdx]!.marker !== d.marker || lastTokenIdx !== d.token - 1) {
      headerIdx = i;
      left.push(0);
    }
    lastTokenIdx = d.token;
    runOf[i] = left.length - 1;
    left[left.length - 1]!++;
  }
  const runStart: number[] = [];
  for (let i = 0; i < max; i++) if (runStart[runOf[i]!] === undefined) runStart[runOf[i]!] = i;

  const jumps: number[] = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx]!;
    jumps.push(0);
    if (!closer.close) continue;
    const closerRun = runOf[closerIdx]!;
    const header = runStart[closerRun]!;
    for (let openerIdx = header - jumps[header]! - 1; openerIdx >= 0; openerIdx -= jumps[openerIdx]! + 1) {
      const opener = delimiters[openerIdx]!;
      if (opener.marker !== closer.marker || !opener.open || opener.end >= 0) continue;
      if (isEmphasis(closer.marker) && (opener.close || closer.open)) {
        const closeLeft = left[closerRun]!;
        const openLeft = left[runOf[openerIdx]!]!;
        if (closeLeft % 3 !== 0 && (openLeft + closeLeft) % 3 === 0) continue;
      }
      const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1]!.open ? jumps[openerIdx - 1]! + 1 : 0;
      jumps[closerIdx] = closerIdx - openerIdx + lastJump;
      jumps[openerIdx] = lastJump;
      // The run's next closers start their walk back at its first delimiter: from there too, skip
      // what lies between this pair, as the run's own closer does (the delimiters between a pair
      // are out of the stack). Without it, a run of n closers walked back over the openers the run
      // had paired already: n² steps (found in review: 400 KB of `*` took 76 s).
      if (header < closerIdx) jumps[header] = header - openerIdx + lastJump;
      closer.open = false;
      opener.end = closerIdx;
      opener.close = false;
      left[closerRun]!--;
      left[runOf[openerIdx]!]!--;
      break;
    }
  }
}

function balancePairs(state: StateInline): boolean {
  processDelimiters(state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) processDelimiters(meta.delimiters);
  return false; // a post-processing rule's result is not read
}

/** Replaces markdown-it's delimiter pairing with micromark's. */
export function micromarkBalancePairs(md: MarkdownIt): void {
  md.inline.ruler2.at("balance_pairs", balancePairs);
}
