/**
 * Publisher shapes end to end, as an editor works: a site that starts with no benchmark
 * (test/fixtures/sites/publishers) registers and fills one board per publisher file with the one
 * command, `npm run import:results -- <file> --new <id> ...`, then builds once. The fixtures
 * (test/fixtures/publishers/) keep each publisher's real column layout: Artificial Analysis's
 * model export (several evaluations, prices, tokens and cost per task), the Open LLM
 * Leaderboard's (six subscores in one row), SWE-bench's (scaffold + model in one cell),
 * LMArena's table (Elo, 95% CI, votes) and its wide history (one column per model), and Epoch
 * AI's four files (derived from the real ones by scripts/derive-publisher-fixtures.ts). With
 * ../shared/fixtures present, the four real Epoch files and LMArena's real history import from
 * scratch too. The rows loaded, skipped and rejected for each are printed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, FIXTURE_SITES, ROOT } from "./helpers/astro";
import { MODEL_PAGE_REPORTS_SHOWN } from "../src/config";
import { runScript } from "./helpers/cli";

const PUBLISHERS = join(ROOT, "test/fixtures/publishers");
const SHARED = resolve(ROOT, "../shared/fixtures");
const sharedPresent = existsSync(join(SHARED, "epoch/external_benchmark_terminal_bench.csv")) && existsSync(join(SHARED, "arena/lmarena-history-elo.csv"));
if (!sharedPresent) console.warn(`[publishers] ${SHARED} is absent: the real Epoch and LMArena files are not imported (the derived fixtures are)`);

/** One publisher file and what an editor types for it. */
interface Shape {
  name: string;
  file: string;
  args: string[];
  /** Rows imported, skipped (the map says so) and rejected, when fixed by a fixture in the repository. */
  expected?: { imported: number; skipped: number; rejected: number };
}

const EPOCH_AS_OF = ["--as-of", "2025-11-30", "--license", "MIT (Epoch AI benchmarking data, epoch-research/benchmark-stitching)"];
const epoch = (file: string, id: string, name: string, unit: string, expected?: Shape["expected"], dir = join(PUBLISHERS, "epoch")): Shape => ({
  name: `Epoch AI ${file}${dir === join(PUBLISHERS, "epoch") ? " (derived)" : " (real file)"}`,
  file: join(dir, `external_benchmark_${file}.csv`),
  args: ["--new", id, "--name", name, "--unit", unit, "--direction", "higher", ...EPOCH_AS_OF],
  expected,
});

const SHAPES: Shape[] = [
  {
    name: "Artificial Analysis export",
    file: join(PUBLISHERS, "artificial-analysis/aa-models.csv"),
    args: ["--new", "aa", "--name", "Artificial Analysis", "--unit", "percent", "--direction", "higher", "--metrics", "aa-index=Artificial Analysis Intelligence Index,aa-gpqa=GPQA Diamond,aa-hle=Humanity's Last Exam", "--metric-unit", "aa-index=points", "--source-url", "https://artificialanalysis.ai/models", "--as-of", "2025-11-20"],
    expected: { imported: 9, skipped: 0, rejected: 5 },
  },
  {
    name: "Open LLM Leaderboard",
    file: join(PUBLISHERS, "open-llm-leaderboard/contents.csv"),
    args: ["--new", "open-llm", "--name", "Open LLM Leaderboard", "--unit", "percent", "--direction", "higher", "--metrics", "IFEval,BBH,MATH Lvl 5,GPQA,MUSR,MMLU-PRO", "--map", "setting=Precision", "--source-url", "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard"],
    expected: { imported: 4, skipped: 0, rejected: 2 },
  },
  {
    name: "SWE-bench",
    file: join(PUBLISHERS, "swe-bench/verified.csv"),
    args: ["--new", "swe-bench-verified", "--name", "SWE-bench Verified", "--unit", "percent", "--direction", "higher"],
    expected: { imported: 8, skipped: 0, rejected: 2 },
  },
  {
    name: "LMArena leaderboard table",
    file: join(PUBLISHERS, "lmarena/leaderboard-text.csv"),
    args: ["--new", "lmarena-text", "--name", "LMArena Text", "--unit", "elo", "--direction", "higher", "--source-url", "https://lmarena.ai/leaderboard/text", "--as-of", "2025-02-27"],
    expected: { imported: 8, skipped: 0, rejected: 9 },
  },
  {
    name: "LMArena history (wide)",
    file: join(PUBLISHERS, "lmarena/history-elo-wide.csv"),
    args: ["--new", "lmarena-history", "--name", "LMArena Text (history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/leaderboard/text"],
    expected: { imported: 37, skipped: 0, rejected: 30 },
  },
  {
    // A label last listed before the board's newest day, whose model is ranked there in two snapshots.
    name: "LMArena history (wide), a label replaced by snapshots",
    file: join(PUBLISHERS, "lmarena/renamed-wide.csv"),
    args: ["--new", "lmarena-renamed", "--name", "LMArena Text (renamed)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--listing", "whole", "--source-url", "https://lmarena.ai/leaderboard/text"],
    expected: { imported: 3, skipped: 0, rejected: 0 },
  },
  epoch("terminal_bench", "terminal-bench", "Terminal-Bench", "percent", { imported: 10, skipped: 2, rejected: 0 }),
  epoch("metr", "metr-time-horizon", "METR Time Horizon", "minutes", { imported: 9, skipped: 0, rejected: 3 }),
  // SimpleBench: Claude 3.7 Sonnet's 12K-thinking run is its own row, no longer folded into the
  // plain run by an alias and refused as its duplicate. GSO: two OpenHands runs of Sonnet 4 that
  // Epoch lists apart only by its row id are both kept (run_id).
  epoch("simple_bench", "simplebench", "SimpleBench", "percent", { imported: 11, skipped: 0, rejected: 1 }),
  epoch("gso_bench", "gso", "GSO", "percent", { imported: 12, skipped: 0, rejected: 0 }),
  ...(sharedPresent
    ? [
        epoch("terminal_bench", "terminal-bench-full", "Terminal-Bench (all rows)", "percent", undefined, join(SHARED, "epoch")),
        epoch("metr", "metr-full", "METR Time Horizon (all rows)", "minutes", undefined, join(SHARED, "epoch")),
        epoch("simple_bench", "simplebench-full", "SimpleBench (all rows)", "percent", undefined, join(SHARED, "epoch")),
        epoch("gso_bench", "gso-full", "GSO (all rows)", "percent", undefined, join(SHARED, "epoch")),
        {
          name: "LMArena history (wide), the real file",
          file: join(SHARED, "arena/lmarena-history-elo.csv"),
          // As docs/editing.md gives it: the collecting repository as the source, with its licence.
          args: ["--new", "lmarena-history-full", "--name", "LMArena Text (full history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--listing", "whole", "--source-url", "https://github.com/nakasyou/lmarena-history", "--license", "MIT"],
        },
      ]
    : []),
];

const site = mkdtempSync(join(tmpdir(), "bd-publishers-"));
const rejects = mkdtempSync(join(tmpdir(), "bd-publishers-rejects-"));
// The site is its own Astro root (a mirror of the project), so its caches go with it.
const OUT = join(ROOT, "node_modules/.cache/benchdigest-publishers");
cpSync(join(FIXTURE_SITES, "publishers"), site, { recursive: true });
afterAll(() => {
  for (const dir of [site, rejects, OUT]) rmSync(dir, { recursive: true, force: true });
});

/** `imported into data/results/x.csv: 6 rows imported, 2 skipped (no model), 8 rejected.` as numbers. */
function counts(stdout: string): { imported: number; skipped: number; rejected: number } {
  const m = /^imported into \S+: (\d+) rows imported(?:, (\d+) skipped \([^)]*\))?, (\d+) rejected\./m.exec(stdout);
  if (!m) throw new Error(`no summary line in:\n${stdout.slice(-2000)}`);
  return { imported: Number(m[1]), skipped: Number(m[2] ?? 0), rejected: Number(m[3]) };
}

const table: string[] = [];
let build: ReturnType<typeof astroBuild> | undefined;
/** What each import printed, for what the check says later. */
const importOutputs: string[] = [];
const page = (path: string) => parseHTML(readFileSync(join(OUT, path, "index.html"), "utf8")).document;

describe("every publisher shape imports from scratch with one command, and the site builds", () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: npm run import:results -- ${shape.file.split("/").pop()} ${shape.args.join(" ")}`, () => {
      const r = runScript("import-results", [shape.file, ...shape.args, "--root", site, "--rejected", join(rejects, `${shape.args[1]}.rejected.csv`)]);
      expect(r.status, r.output.slice(-3000)).toBe(0);
      const c = counts(r.stdout);
      importOutputs.push(r.output);
      table.push(`${shape.name.padEnd(40)} ${String(c.imported).padStart(5)} imported ${String(c.skipped).padStart(4)} skipped ${String(c.rejected).padStart(6)} rejected`);
      if (shape.expected) expect(c).toEqual(shape.expected);
      expect(c.imported).toBeGreaterThan(0);
      // Nothing lost: every row not imported or skipped is in the rejects file, in the publisher's layout.
      if (c.rejected > 0) expect(existsSync(join(rejects, `${shape.args[1]}.rejected.csv`))).toBe(true);
    });
  }

  it("leaves data that npm run check passes", () => {
    console.log(`[publishers] rows per publisher file:\n${table.join("\n")}`);
    const r = runScript("check", ["--root", site]);
    expect(r.status, r.output).toBe(0);
    // Each results file whose models check finds rated before their release: its import said so, with the same count.
    const early = new Map<string, number>();
    for (const m of r.output.matchAll(/^(data\/results\/[^:]+\.csv):\d+.*a model is not measured before it exists/gm)) early.set(m[1]!, (early.get(m[1]!) ?? 0) + 1);
    const said = importOutputs.join("\n");
    for (const [file, n] of early) expect(said, file).toContain(`! ${n} model${n === 1 ? "" : "s"} of ${file} ${n === 1 ? "has" : "have"} results dated before`);
    if (sharedPresent) expect(early.size).toBeGreaterThan(0);
  });

  describe("the built site", () => {
    beforeAll(() => {
      build = astroBuild(site, OUT);
    });

    it("builds", () => {
      expect(build!.status, build!.output.slice(-3000)).toBe(0);
    });

    it("plots Artificial Analysis's per-task tokens and cost with their unit, and leaves out the empty whole-run columns and plots", () => {
      const doc = page("leaderboards/aa-index");
      const heads = [...doc.querySelectorAll("table.leaderboard thead th")].map((th) => th.textContent!.trim());
      expect(heads).toContain("Tokens per task");
      expect(heads).toContain("Cost per task");
      expect(heads).not.toContain("Output tokens to run");
      expect(heads).not.toContain("Cost to run");
      for (const id of ["plot-tokens-per-task", "plot-cost-per-task"]) {
        const figure = doc.getElementById(id)!;
        expect(figure.querySelectorAll("svg.bd-plot circle").length, id).toBeGreaterThan(1);
      }
      expect(doc.getElementById("plot-cost-per-task")!.textContent).toContain("Cost per task (US$)");
      expect(doc.getElementById("plot-cost")).toBeNull();
      expect(doc.getElementById("plot-tokens")).toBeNull();
      // The same file feeds three benchmarks: GPQA's board has its own scores.
      expect(page("leaderboards/aa-gpqa").querySelectorAll("table.leaderboard tbody tr").length).toBe(9);
    });

    it("shows LMArena's 95% CI beside each score and marks statistical ties", () => {
      const doc = page("leaderboards/lmarena-text");
      const intervals = [...doc.querySelectorAll("table.leaderboard .interval")].map((s) => s.textContent!.trim());
      expect(intervals.length).toBe(8);
      for (const i of intervals) expect(i).toMatch(/^(±\d+|\+\d+\/−\d+)$/);
      expect(doc.querySelectorAll("table.leaderboard .tie").length).toBeGreaterThan(0);
    });

    /** The settings of a model's reports on one benchmark, from its model page. */
    const settingsOn = (model: string, benchmark: string) =>
      [...page(`models/${model}`).querySelectorAll(`section.group[data-benchmark="${benchmark}/v1"] tbody tr`)].map((tr) => tr.querySelectorAll("td")[1].textContent!.trim());

    it("reads SWE-bench's scaffold as the setting and the Open LLM Leaderboard's six subscores as six boards", () => {
      // One board row per model and scaffold (issue 10: a setting is never folded into the model);
      // every scaffold's report is on the model's page too.
      const swe = page("leaderboards/swe-bench-verified");
      expect([...swe.querySelectorAll('tr[data-model="claude-3-5-sonnet-new"] .setting')].map((b) => b.textContent).sort()).toEqual(["Agentless-1.5", "Moatless Tools", "OpenHands", "SWE-agent"]);
      expect(settingsOn("claude-3-5-sonnet-new", "swe-bench-verified").sort()).toEqual(["Agentless-1.5", "Moatless Tools", "OpenHands", "SWE-agent"]);
      for (const id of ["ifeval", "bbh", "math-lvl-5", "gpqa", "musr", "mmlu-pro"]) {
        // Three models; Qwen2.5-72B was evaluated at two precisions, each its own row.
        const rows = page(`leaderboards/open-llm-${id}`).querySelectorAll("table.leaderboard tbody tr");
        expect(rows.length, id).toBe(4);
      }
      expect(settingsOn("qwen2-5-72b-instruct", "open-llm-ifeval").sort()).toEqual(["bfloat16", "float16"]);
    });

    it("counts the rows Epoch lists without a model on the board, and keeps METR's interval", () => {
      expect(page("leaderboards/terminal-bench").querySelector("main")!.textContent).toContain("2 rows of the publisher's file without a model");
      expect(page("leaderboards/metr-time-horizon").querySelectorAll("table.leaderboard .interval").length).toBe(9);
    });

    it.skipIf(!sharedPresent)("keeps both of two runs Epoch lists apart only by its row id: the board shows the better, the model page both, each with its run id", () => {
      // Epoch's real Terminal-Bench file: Apex2 on Claude Sonnet 4.5 twice (64.5% and 49.3%), no date of their own.
      const twins = ["recj1FdLi6DQg1cOt", "recy2bgc3KM4LVvSR"];
      const rows = [...page("leaderboards/terminal-bench-full").querySelectorAll('table.leaderboard tbody tr[data-model="claude-sonnet-4-5"][data-setting="Apex2"]')];
      expect(rows.length).toBe(1);
      expect(rows[0].querySelector("td.num")?.getAttribute("data-value")).toBe("64.5");
      const group = page("models/claude-sonnet-4-5").querySelector('section.group[data-benchmark="terminal-bench-full/v1"]')!;
      const runs = [...group.querySelectorAll("tbody tr")].filter((tr) => tr.textContent!.includes("Apex2")).map((tr) => tr.textContent!.replace(/\s+/g, " "));
      expect(runs.length).toBe(2);
      for (const id of twins) expect(runs.some((t) => t.includes(`(run ${id})`)), id).toBe(true);
      // A setting is never folded into the model: Claude 3.7 Sonnet plain and at 12K thinking are two rows.
      const sonnet37 = [...page("leaderboards/simplebench").querySelectorAll('table.leaderboard tbody tr[data-model="claude-3-7-sonnet"]')].map((tr) => tr.getAttribute("data-setting") ?? "");
      expect(sonnet37.sort()).toEqual(["", "12K thinking"]);
      // A run id is shown only where it tells two reports apart.
      expect(group.textContent).not.toContain("recC4qflsnucoRuHB");
      // The derived GSO file: OpenHands on Claude Sonnet 4 twice, both 4.9%, told apart by Epoch's id only.
      const gso = page("models/claude-sonnet-4").querySelector('section.group[data-benchmark="gso/v1"]')!.textContent!.replace(/\s+/g, " ");
      expect(gso).toContain("(run recCMHpSUHUw7MhjQ)");
      expect(gso).toContain("(run reccmXojGYu62lm8p)");
    });

    it.skipIf(!sharedPresent)("names LMArena's bare gemini-2.0-flash column as the file does, beside its gemini-2.0-flash-001 row (two entries, nothing says they are one)", () => {
      const doc = page("leaderboards/lmarena-history-full");
      const rows = [...doc.querySelectorAll("th.model")].filter((th) => th.querySelector("a")?.textContent === "Gemini 2.0 Flash");
      expect(rows.map((th) => [...th.querySelectorAll(".snapshot")].map((s) => s.textContent))).toEqual([["001"]]);
      // The bare column was listed on one day (2025-02-06) of this whole-board history: under the board, not ranked.
      const bare = [...doc.querySelectorAll("#delisted li")].filter((li) => li.querySelector("a")?.textContent === "Gemini 2.0 Flash");
      expect(bare.map((li) => li.textContent!.replace(/\s+/g, " ").trim())).toEqual([expect.stringMatching(/^Gemini 2\.0 Flash \(as the source names it: gemini-2\.0-flash\) · 1,\d{3} on 2025-02-06 · its model is in the table above as Gemini 2\.0 Flash \(001\)$/)]);
      // The model's page names the bare column's report the same way.
      const model = page("models/gemini-2-0-flash");
      expect(model.body.textContent).toContain("named gemini-2.0-flash");
    });

    it("shows each board's ten newest reports on a model page and folds the earlier ones, newest first throughout", () => {
      let folded = 0;
      for (const id of readdirSync(join(OUT, "models")).filter((d) => existsSync(join(OUT, "models", d, "index.html")))) {
        for (const group of page(`models/${id}`).querySelectorAll("section.group")) {
          const where = `${id} ${group.getAttribute("data-benchmark")}`;
          const shown = [...group.querySelectorAll(":scope > .table-scroll tbody tr")];
          const details = group.querySelector(":scope > details.earlier");
          const earlier = details ? [...details.querySelectorAll("tbody tr")] : [];
          expect(shown.length, where).toBeLessThanOrEqual(MODEL_PAGE_REPORTS_SHOWN);
          if (details) {
            folded++;
            expect(shown.length, where).toBe(MODEL_PAGE_REPORTS_SHOWN);
            expect(details.querySelector("summary")!.textContent, where).toBe(`${earlier.length} earlier ${earlier.length === 1 ? "report" : "reports"}`);
          }
          const days = [...shown, ...earlier].map((tr) => tr.querySelector("time")!.getAttribute("datetime")!);
          expect(days, where).toEqual(days.slice().sort().reverse());
        }
      }
      // The real LMArena history has about a hundred reports of GPT-4o.
      if (sharedPresent) expect(folded).toBeGreaterThan(0);
    });

    it.skipIf(!sharedPresent)("says on a model page which results name it otherwise: LMArena's llama-2-7b-chat, read as the registry's only row of it, served in FP16", () => {
      // The fixture's registry holds the model only as llama-2-7b-chat-fp16, as models.dev does (helper-72).
      const facts = page("models/llama-2-7b-chat-fp16").querySelector(".facts")!;
      const line = [...facts.querySelectorAll("div")].find((d) => d.querySelector("dt")?.textContent === "Results that name it otherwise");
      expect(line?.querySelector("dd")?.textContent?.replace(/\s+/g, " ").trim()).toBe("llama-2-7b-chat on LMArena Text (full history), read as this model: this site lists the model only as served in one number format");
      // Its release date (models.dev's, 2025-04-03) is after its first rating: the page says so beside it (helper-75).
      const released = [...facts.querySelectorAll("div")].find((d) => d.querySelector("dt")?.textContent === "Released")!.querySelector("dd")!.textContent!.replace(/\s+/g, " ");
      expect(released).toMatch(/^3 April 2025.*; its results go back to \d+ \w+ 2023, before that date$/);
      // The board's Released cell says it too, rather than show the late date alone (helper-79).
      const row = [...page("leaderboards/lmarena-history-full").querySelectorAll("table.leaderboard tbody tr")].find((tr) => tr.querySelector("th.model a")?.getAttribute("href") === "/models/llama-2-7b-chat-fp16/");
      const cells = [...row!.querySelectorAll("td")].map((td) => td.textContent!.replace(/\s+/g, " ").trim());
      expect(cells).toContainEqual(expect.stringMatching(/^2025-04-03 \(first result here 2023-\d\d-\d\d, earlier\)$/));
      // A model whose results name it as it is has no such line.
      expect(page("models/gemini-2-0-flash").body.textContent).not.toContain("Results that name it otherwise");
    });

    it.skipIf(!sharedPresent)("ranks on LMArena's whole-board history only the models listed on its newest day; lists the others with their last rating, unranked, on the page and in the download", () => {
      const doc = page("leaderboards/lmarena-history-full");
      const json = JSON.parse(readFileSync(join(OUT, "data", "lmarena-history-full-v1.json"), "utf8")) as { rows: { rank: number | null; model: string; score_date: string }[] };
      const ranked = json.rows.filter((r) => r.rank !== null);
      const delisted = json.rows.filter((r) => r.rank === null);
      // The file's newest day is 2025-02-27; of the columns last listed earlier, this registry knows
      // the model of the bare gemini-2.0-flash (2025-02-06) only: the rest are rejected rows.
      expect(new Set(ranked.map((r) => r.score_date))).toEqual(new Set(["2025-02-27"]));
      expect(delisted.map((r) => [r.model, r.score_date])).toContainEqual(["gemini-2-0-flash", "2025-02-06"]);
      for (const r of delisted) expect(r.score_date < "2025-02-27", r.model).toBe(true);
      expect(doc.querySelectorAll("table.leaderboard tbody tr").length).toBe(ranked.length);
      const list = doc.getElementById("delisted")!;
      expect(list.querySelector("summary")!.textContent!.replace(/\s+/g, " ").trim()).toMatch(/^\d+ rows? the publisher no longer lists: not on its board of 2025-02-27, its newest day, so not ranked(; (the model of one of them is|the models of \d+ of them are|its model is) in the table above under another label)?$/);
      expect(list.querySelectorAll("li").length).toBe(delisted.length);
      // A delisted label whose model is ranked under another label says so (helper-79: read as the model gone).
      const flash = [...list.querySelectorAll("li")].find((li) => li.textContent!.includes("gemini-2.0-flash"))!;
      expect(ranked.map((r) => r.model)).toContain("gemini-2-0-flash");
      expect(flash.textContent!.replace(/\s+/g, " ")).toMatch(/· its model is in the table above as Gemini 2\.0 Flash/);
      // Every delisted row whose model is ranked names all of its model's ranked rows, never one as its successor (found in review: the newest snapshot was named, where the label had become an older one).
      for (const li of list.querySelectorAll("li")) {
        const text = li.textContent!.replace(/\s+/g, " ");
        const model = new URL(li.querySelector("a")!.getAttribute("href")!, "https://x.org").pathname.split("/")[2];
        const rows = ranked.filter((r) => r.model === model).length;
        if (rows === 0) expect(text, model).not.toContain("in the table above");
        else if (rows === 1) expect(text, model).toMatch(/· its model is in the table above as [^;]+$/);
        else expect(text, model).toContain(`· its model is in the table above in ${rows} rows: `);
      }
      // A partial board says so in its frontier and where it is embedded (found in review: "Best open weights: none" for months, and "the best-ranked models" under three unregistered models rated above its first row).
      expect(doc.querySelector("#plot-open-closed figcaption")!.textContent).toContain("Only the models in the site's registry are counted");
      const embed = page("embed/leaderboards/lmarena-history-full/v1");
      expect(embed.querySelector("caption")!.textContent).toContain("the best-ranked of the models this site registers");
      expect(embed.querySelector("p.partial")!.textContent!.replace(/\s+/g, " ").trim()).toMatch(/^Not ranked here: [\d,]+ rows of LMArena Text \(full history\)'s table over its history .*not in the model registry.*\.( (One of them scores|\d+ of them score) above the first row here\.)?$/);
      expect(page("embed/leaderboards/gso/v1").querySelector("p.partial")).toBeNull();
      expect(page("embed/leaderboards/gso/v1").querySelector("caption")!.textContent).toContain("the best-ranked models");
      // A label replaced by two snapshots: both named, neither as its successor.
      const renamed = [...page("leaderboards/lmarena-renamed").querySelectorAll("#delisted li")].map((li) => li.textContent!.replace(/\s+/g, " ").trim());
      expect(renamed).toEqual(["GPT-4o (as the source names it: gpt-4o) · 1,280 on 2024-06-01 · its model is in the table above in 2 rows: GPT-4o (2024-11-20); GPT-4o (2024-08-06)"]);
      // The rule is stated under the table; a board without the listing has neither.
      expect(doc.querySelector("details.rule")!.textContent).toContain("lists its whole board each day");
      const plain = page("leaderboards/lmarena-history");
      expect(plain.getElementById("delisted")).toBeNull();
      expect(plain.querySelector("details.rule")!.textContent).not.toContain("lists its whole board each day");
    });

    it("leaves the headline column out of the models index and lab pages when no benchmark is the headline", () => {
      // This site sets no headline benchmark: a column of "—" for every model read as "no score",
      // also for models with scores (found on the real AINews + Epoch + LMArena site, /models/).
      for (const path of ["models", "labs/anthropic"]) {
        const headers = [...page(path).querySelectorAll("thead th")].map((th) => th.textContent!.trim());
        expect(headers.length, path).toBeGreaterThan(0);
        // No column beyond the model's own facts: the headline column is named after its benchmark.
        expect(headers.filter((h) => !["Model", "Released", "Open weights", "Benchmarks", "Recaps"].includes(h)), path).toEqual([]);
      }
    });

    it("links each board's views that need no JavaScript", () => {
      const doc = page("leaderboards/lmarena-history");
      const links = [...doc.querySelectorAll('nav[aria-label="Views of this board"] a')].map((a) => a.getAttribute("href")!);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(existsSync(join(OUT, href, "index.html")), href).toBe(true);
    });
  });
});
