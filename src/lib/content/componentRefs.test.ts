import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { formatProblem, InputError } from "../errors";
import { checkComponentRef } from "./checkComponentRef";
import { buildBoard } from "../leaderboard/buildBoard";
import { findComponentRefs } from "./componentRefs";
import { remarkComponentRefs } from "../../integrations/remarkComponentRefs";

const ROOT = resolve(import.meta.dirname, "../../..");
const data = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const FILE = "content/recaps/2026-04-08-x.mdx";
const check = (source: string) => findComponentRefs(source).flatMap((ref) => checkComponentRef(ref, data, FILE)).map(formatProblem);

describe("findComponentRefs", () => {
  it("finds components with their props and file lines, frontmatter included", () => {
    const source = [
      "---",
      "title: x",
      "---",
      "",
      "Sonnet: <ModelScore model='claude-sonnet-4-6' benchmark=\"aa-intelligence-index\" />.",
      "",
      "<Leaderboard",
      '  benchmark="aa-intelligence-index"',
      "  top={5}",
      "  version=\"v4.0\"",
      "/>",
      "<EfficiencyPlot benchmark=\"aa-intelligence-index\" x=\"tokens\"></EfficiencyPlot>",
    ].join("\n");
    expect(findComponentRefs(source)).toEqual([
      { component: "ModelScore", props: { model: "claude-sonnet-4-6", benchmark: "aa-intelligence-index" }, line: 5 },
      { component: "Leaderboard", props: { benchmark: "aa-intelligence-index", top: { expression: "5" }, version: "v4.0" }, line: 7 },
      { component: "EfficiencyPlot", props: { benchmark: "aa-intelligence-index", x: "tokens" }, line: 12 },
    ]);
  });
  it("skips code blocks, inline code, frontmatter and other components", () => {
    const source = ["---", "title: <Leaderboard benchmark=\"a\" />", "---", "```mdx", '<Leaderboard benchmark="nope" />', "```", 'Write `<ModelScore model="x" benchmark="y" />` inline.', "<LeaderboardTable />", "<Leaderboards />"].join("\n");
    expect(findComponentRefs(source)).toEqual([]);
  });
  it("reads bare props and CRLF files", () => {
    expect(findComponentRefs('a\r\n<Leaderboard benchmark="x" top />')).toEqual([{ component: "Leaderboard", props: { benchmark: "x", top: true }, line: 2 }]);
  });
});

describe("checkComponentRef", () => {
  it("accepts valid uses, ids through aliases included", () => {
    expect(check('<Leaderboard benchmark="aa-intelligence-index" version="v4.0" top={5} />')).toEqual([]);
    expect(check('<EfficiencyPlot benchmark="aa-intelligence-index" x="cost" />')).toEqual([]);
    expect(check('<ModelScore model="claude-3-sonnet-4.6" benchmark="aa-intelligence-index" />')).toEqual([]);
  });
  it("names the file, line and field of an unknown benchmark, with a did-you-mean", () => {
    expect(check('\n<Leaderboard benchmark="aa-inteligence-index" />')).toEqual([
      'content/recaps/2026-04-08-x.mdx:2 field "benchmark": <Leaderboard>: unknown benchmark "aa-inteligence-index" (did you mean "aa-intelligence-index"?)',
    ]);
  });
  it("rejects unknown versions, models, props and values", () => {
    expect(check('<Leaderboard benchmark="aa-intelligence-index" version="v5" />')[0]).toMatch(/field "version": .*has no version "v5".*it has v4\.1\.1, v4\.1, v4\.0, v3\.0/);
    expect(check('<ModelScore model="claude-sonet-4-6" benchmark="aa-intelligence-index" />')[0]).toMatch(/field "model": <ModelScore>: unknown model "claude-sonet-4-6" \(did you mean "claude-sonnet-4-6"/);
    expect(check('<ModelScore model="claude-3-7-sonnet" benchmark="aa-intelligence-index" />')[0]).toMatch(/field "model": .*model "claude-3-7-sonnet" has no score on aa-intelligence-index; it has scores on terminal-bench v1/);
    // A version the model has no score on is named at the version, with the versions it has (found in review).
    expect(check('<ModelScore model="muse-spark" benchmark="aa-intelligence-index" version="v3.0" />')[0]).toMatch(/field "version": .*model "muse-spark" has no score on aa-intelligence-index v3\.0; it has scores on aa-intelligence-index v4\.0/);
    expect(check('<EfficiencyPlot benchmark="aa-intelligence-index" x="dollars" />')[0]).toMatch(/field "x": .*expected x="tokens" or x="cost", found "dollars"/);
    expect(check('<EfficiencyPlot benchmark="aa-intelligence-index" version="v4.1.1" x="tokens" />')[0]).toMatch(/nothing to plot/);
    expect(check('<Leaderboard benchmark="aa-intelligence-index" tpo={5} />')[0]).toMatch(/field "tpo": .*unknown prop "tpo" \(did you mean "top"\?\)/);
    expect(check('<Leaderboard benchmark="aa-intelligence-index" top="5" />')[0]).toMatch(/field "top": .*expected a positive whole number such as top=\{10\}/);
    expect(check("<Leaderboard benchmark={id} />")[0]).toMatch(/field "benchmark": .*expected a string/);
    expect(check("<ModelScore />")).toHaveLength(2);
  });
});

describe("<ModelScore> of a model no longer on a whole-board listing", () => {
  it("passes: the model's last score is shown as last listed, not refused as no score", () => {
    // The sample's v4.0 board read as a whole-board listing: a model not reported on its newest day is delisted.
    const whole = { ...data, benchmarks: data.benchmarks.map((b) => (b.id === "aa-intelligence-index" && b.version === "v4.0" ? { ...b, listing: "whole" as const } : b)) };
    const board = buildBoard({ benchmark: whole.benchmarks.find((b) => b.id === "aa-intelligence-index" && b.version === "v4.0")!, results: whole.results, models: whole.models });
    const gone = board.delisted?.[0]?.model.id;
    expect(gone).toBeDefined();
    expect(board.entries.some((e) => e.model.id === gone)).toBe(false);
    const ref = findComponentRefs(`<ModelScore model="${gone}" benchmark="aa-intelligence-index" version="v4.0" />`);
    expect(ref.flatMap((r) => checkComponentRef(r, whole, FILE))).toEqual([]);
  });
});

describe("remarkComponentRefs", () => {
  const jsx = (name: string, attrs: Record<string, string>, line: number) => ({
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attrs).map(([n, value]) => ({ type: "mdxJsxAttribute", name: n, value })),
    position: { start: { line } },
    children: [],
  });
  const run = remarkComponentRefs({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
  it("throws one InputError listing every bad component with the recap's file and line", () => {
    const tree = { type: "root", children: [jsx("Leaderboard", { benchmark: "aa-index" }, 9), jsx("ModelScore", { model: "nope", benchmark: "aa-intelligence-index" }, 14), jsx("Other", { benchmark: "x" }, 20)] };
    let error: unknown;
    try {
      run(tree, { path: join(ROOT, "content/recaps/2026-04-08-opus-4-6-token-count-conflict.mdx") });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('content/recaps/2026-04-08-opus-4-6-token-count-conflict.mdx:9 field "benchmark": <Leaderboard>: unknown benchmark "aa-index"');
    expect((error as InputError).problems.map((p) => p.line)).toEqual([9, 14]);
  });
  it("passes valid trees", () => {
    expect(() => run({ type: "root", children: [jsx("Leaderboard", { benchmark: "aa-intelligence-index" }, 3)] }, { path: join(ROOT, "content/recaps/x.mdx") })).not.toThrow();
  });
});
