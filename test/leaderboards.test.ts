import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDataset } from "../src/integrations/readDataset";
import { createBoardIndex } from "../src/lib/leaderboard/boardIndex";
import { versionsOf } from "../src/lib/leaderboard/versions";
import { formatScore } from "../src/lib/format/formatNumber";
import { LEADERBOARD_MOVEMENT_DAYS } from "../src/config";
import { DIST, ROOT } from "./helpers/astro";
import { builtPages, walkFiles } from "./helpers/distPages";

const data = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const page = (path: string) => parseHTML(readFileSync(join(DIST, path), "utf8")).document;
const AA = "leaderboards/aa-intelligence-index";
const v4 = page(`${AA}/v4.0/index.html`);

/** The leaderboard table's rows as {model, rank, cells by column header}. */
function tableRows(doc: Document) {
  const table = doc.querySelector("table.leaderboard")!;
  const head = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
  return [...table.querySelectorAll("tbody tr")].map((tr) => {
    const cells = [...tr.children];
    const by = Object.fromEntries(head.map((h, i) => [h, cells[i]]));
    return {
      model: tr.getAttribute("data-model")!,
      setting: tr.getAttribute("data-setting") ?? undefined,
      rank: Number(tr.getAttribute("data-rank")),
      by,
      text: (h: string) => by[h]?.textContent!.replace(/\s+/g, " ").trim(),
    };
  });
}

describe("the leaderboards index", () => {
  const doc = page("leaderboards/index.html");
  it("lists every benchmark with its current leader, model count and latest date", () => {
    const rows = [...doc.querySelectorAll("tbody tr")];
    const summaries = createBoardIndex(data, { movementDays: LEADERBOARD_MOVEMENT_DAYS }).summaries();
    expect(rows.map((r) => r.getAttribute("data-benchmark"))).toEqual(summaries.map((s) => s.benchmark.id));
    const aa = rows[0].textContent!.replace(/\s+/g, " ");
    expect(aa).toContain("v4.1.1");
    expect(aa).toContain("Claude Opus 5");
    expect(aa).toContain("2026-08-18");
    expect(rows[0].querySelector("a")!.getAttribute("href")).toBe(`/${AA}/`);
    for (const s of summaries) expect(doc.querySelector(`tr[data-benchmark="${s.benchmark.id}"]`)!.textContent).toContain(String(s.modelCount));
  });
});

describe("the Intelligence Index v4.0 leaderboard page", () => {
  const rows = tableRows(v4);
  const row = (id: string) => rows.find((r) => r.model === id)!;

  it("shows the seed figures exactly, with the setting next to the model", () => {
    expect(row("claude-opus-4-6").text("Score")).toBe("53");
    const sonnet = row("claude-sonnet-4-6");
    expect([sonnet.text("Score"), sonnet.text("Output tokens to run"), sonnet.text("Cost to run")]).toEqual(["51", "74M", "$2,088"]);
    expect(sonnet.by["Model"].querySelector(".setting")!.textContent).toBe("max");
    expect([row("claude-sonnet-4-5").text("Score"), row("claude-sonnet-4-5").text("Output tokens to run")]).toEqual(["43", "25M"]);
  });

  it("shows Opus 4.6's newest token count with its exact value, date and source, and its cost at max apart from the plain run", () => {
    const opus = row("claude-opus-4-6");
    expect(opus.setting).toBeUndefined();
    const tokens = opus.by["Output tokens to run"];
    expect(tokens.textContent).toBe("157M");
    expect(tokens.getAttribute("data-value")).toBe("157000000");
    expect(tokens.getAttribute("title")).toBe(
      "157000000 output tokens · reported 2026-04-08 · https://news.smol.ai/issues/26-04-08-not-much · note: conflicts with ~58M reported 2026-02-18",
    );
    // The $2,486 was reported for the max run, which has no score: listed under the board, not on the plain row.
    expect(opus.text("Cost to run")).toBe("—");
    const unscored = [...v4.querySelectorAll(".unscored li")].map((li) => li.textContent!.replace(/\s+/g, " ").trim());
    expect(unscored).toContain("Claude Opus 4.6 (max) · $2,486 to run");
  });

  it("ranks with shared ranks on ties (1, 2, 2, 4), best first", () => {
    const scores = rows.map((r) => Number(r.by["Score"].getAttribute("data-value")));
    rows.forEach((r, i) => {
      expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] ?? Infinity);
      expect(r.rank).toBe(i > 0 && scores[i] === scores[i - 1] ? rows[i - 1].rank : i + 1);
      expect(r.text("Rank")).toBe(String(r.rank));
    });
    expect(new Set(rows.filter((r) => scores[rows.indexOf(r)] === 51).map((r) => r.rank)).size).toBe(1);
    expect(rows[0]).toMatchObject({ model: "claude-fable-5", rank: 1 });
  });

  it("matches the board computed from the data, one row per model and setting, values formatted one way", () => {
    const view = createBoardIndex(data, { movementDays: LEADERBOARD_MOVEMENT_DAYS }).view("aa-intelligence-index", "v4.0");
    expect(rows.map((r) => [r.model, r.setting, r.rank, r.text("Score")])).toEqual(view.board.entries.map((e) => [e.model.id, e.setting, e.rank, formatScore(e.score.value, "points")]));
    expect(new Set(rows.map((r) => `${r.model} ${r.setting}`)).size).toBe(rows.length);
    // Nemotron 3 Ultra was reported at bf16 (48.2), nvfp4 (47.7) and without a setting (48): three rows, each labelled.
    expect(rows.filter((r) => r.model === "nemotron-3-ultra").map((r) => [r.setting, r.text("Score")])).toEqual([["bf16", "48.2"], [undefined, "48"], ["nvfp4", "47.7"]]);
    const html = readFileSync(join(DIST, AA, "v4.0/index.html"), "utf8");
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(rows.filter((r) => r.text("Cost to run") === "—").length).toBeGreaterThan(0);
  });

  it("links every model to its page, every lab to its page and every score to its source", () => {
    for (const r of rows) {
      const link = r.by["Model"].querySelector("a")!.getAttribute("href")!;
      expect(link).toBe(`/models/${r.model}/`);
      expect(existsSync(join(DIST, link, "index.html")), link).toBe(true);
      expect(existsSync(join(DIST, r.by["Lab"].querySelector("a")!.getAttribute("href")!, "index.html"))).toBe(true);
      expect(r.by["Source"].querySelector("a")!.getAttribute("href")).toMatch(/^https:\/\//);
    }
    expect(row("claude-sonnet-4-6").by["Source"].querySelector("a")!.getAttribute("href")).toBe("https://news.smol.ai/issues/26-02-18-not-much");
  });

  it("shows movement against the board 30 days before the newest report", () => {
    expect(v4.querySelector("table.leaderboard thead")!.textContent).toContain("Since 2026-05-10");
    expect(row("claude-fable-5").by["Since 2026-05-10"].textContent).toContain("new entry since 2026-05-10");
  });

  it("shows no movement column on a version that had no board 30 days earlier, and says why", () => {
    const newest = page(`${AA}/index.html`);
    expect(newest.querySelector("table.leaderboard thead")!.textContent).not.toContain("Since");
    expect(newest.querySelector(".note")!.textContent!.replace(/\s+/g, " ")).toContain("this version had no board on 2026-07-19, 30 days before its newest report");
  });

  it("keeps versions apart and links the others", () => {
    const models = new Set(rows.map((r) => r.model));
    const onlyV41 = data.results.filter((r) => r.version === "v4.1" && !data.results.some((o) => o.model === r.model && o.version === "v4.0"));
    expect(onlyV41.length).toBeGreaterThan(0);
    for (const r of onlyV41) expect(models.has(r.model), r.model).toBe(false);
    const links = [...v4.querySelectorAll('nav[aria-label="Versions"] a')].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`/${AA}/`, `/${AA}/v4.1/`, `/${AA}/v3.0/`]);
    expect(v4.querySelector('nav[aria-label="Versions"] [aria-current="page"]')!.textContent).toBe("v4.0");
    const newest = tableRows(page(`${AA}/index.html`));
    expect(page(`${AA}/index.html`).querySelector("h1")!.textContent).toContain("v4.1.1");
    expect(newest.find((r) => r.model === "claude-opus-5")).toMatchObject({ rank: 1 });
  });

  it("draws both efficiency plots and the history plot, with tooltips, the frontier labelled, captions and tables", () => {
    const figures = ["plot-tokens", "plot-cost", "plot-history"].map((id) => v4.getElementById(id)!);
    for (const f of figures) {
      const svg = f.querySelector("svg.bd-plot")!;
      expect(svg.getAttribute("role")).toBe("img");
      expect(f.querySelector("figcaption")!.textContent!.length).toBeGreaterThan(40);
      expect(f.querySelectorAll("circle title").length).toBe(f.querySelectorAll("details tbody tr").length);
      expect(svg.outerHTML).not.toMatch(/font-variant|<style|\sstyle=/);
      for (const g of svg.querySelectorAll("g")) expect(g.hasAttribute("aria-label")).toBe(false);
    }
    const tokenTitles = [...figures[0].querySelectorAll("circle title")].map((t) => t.textContent);
    expect(tokenTitles).toContain("Claude Sonnet 4.6 (max) · Anthropic\nscore 51 · 74M output tokens · $2,088 to run");
    expect([...figures[0].querySelectorAll("g.halo text")].map((t) => t.textContent)).toEqual(expect.arrayContaining(["Claude Sonnet 4.5"]));
    expect(figures[0].querySelector("svg")!.querySelector(".legend")!.textContent).toContain("Anthropic");
  });
});

describe("notes: the readers' caveats are shown, the editors' notes never", () => {
  // Every editor_note of the results files, as written (the sample's curation notes: "tier: AA-direct; comparator").
  const editorNotes = new Set(
    readdirSync(join(ROOT, "data/results")).flatMap((f) =>
      Papa.parse<Record<string, string>>(readFileSync(join(ROOT, "data/results", f), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true })
        .data.map((r) => r.editor_note?.trim())
        .filter((n): n is string => !!n),
    ),
  );

  it("the sample keeps its curation notes in editor_note and its readers' caveats in note", () => {
    expect(editorNotes.size).toBeGreaterThan(20);
    expect([...editorNotes].every((n) => /^tiers?: /.test(n))).toBe(true);
    expect(data.results.filter((r) => r.note).every((r) => !/^tiers?: /.test(r.note!))).toBe(true);
  });

  it("lists the readers' caveats under the board, and no editor's tag anywhere on the site, its feeds or its downloads", () => {
    const notes = [...v4.querySelectorAll(".board-notes li")].map((li) => li.textContent!.trim());
    expect(notes).toContain("~120M reasoning tokens reported (not output tokens)");
    expect(notes).toContain("AA reports ~8% of index tasks fell back to Opus 4.8");
    expect(notes.filter((n) => /\btiers?: /.test(n))).toEqual([]);
    const leaks: string[] = [];
    for (const file of walkFiles(DIST).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f) && !f.includes("/pagefind/"))) {
      const text = readFileSync(file, "utf8");
      // "tier: reddit-post" as the pages wrote it under the boards ("frontier: " is not one).
      const tag = /\btiers?: (AA-direct|reddit|secondhand)/.exec(text);
      if (tag) leaks.push(`${file.slice(DIST.length)}: ${tag[0]}`);
    }
    expect(leaks).toEqual([]);
  });

  it("shows a model page's report with its caveat and without the editors' note", () => {
    const opus = page("models/claude-opus-4-6/index.html").body.textContent!;
    expect(opus).toContain("Note: conflicts with ~58M reported 2026-02-18");
    expect(opus).not.toContain("comparator");
  });
});

describe("downloads", () => {
  for (const b of data.benchmarks) {
    it(`/data/${b.id}-${b.version}.csv parses back to the same rows as the .json and the page`, () => {
      const csv = readFileSync(join(DIST, "data", `${b.id}-${b.version}.csv`), "utf8");
      const json = JSON.parse(readFileSync(join(DIST, "data", `${b.id}-${b.version}.json`), "utf8")) as { license: string | null; rows: Record<string, unknown>[] };
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual(json.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]))));
      expect(json.license).toBe(b.license ?? null);
      const newest = versionsOf(data.benchmarks, b.id)[0] === b.version ? "" : `${b.version}/`;
      const shown = tableRows(page(`leaderboards/${b.id}/${newest}index.html`));
      expect(parsed.data.map((r) => [r.model, Number(r.rank), r.score_source_url])).toEqual(shown.map((r) => [r.model, r.rank, r.by["Source"].querySelector("a")!.getAttribute("href")]));
      for (const r of parsed.data) expect(r.license).toBe(b.license ?? "");
    });
  }
  it("keep the seed figures exactly", () => {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(DIST, "data/aa-intelligence-index-v4.0.csv"), "utf8"), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.model === "claude-sonnet-4-6")).toMatchObject({ score: "51", output_tokens: "74000000", cost_usd: "2088", setting: "max" });
    expect(parsed.data.find((r) => r.model === "claude-opus-4-6")).toMatchObject({ setting: "", score: "53", output_tokens: "157000000", output_tokens_date: "2026-04-08", cost_usd: "" });
    expect(v4.querySelector('a[href="/data/aa-intelligence-index-v4.0.csv"]')).not.toBeNull();
  });
});

describe("settings are shown as settings, never as the base model (issue 10)", () => {
  const board = (id: string) => tableRows(page(`leaderboards/${id}/index.html`));
  // The score as written, without the publisher's interval beside it ("64.5% ±1.2%": checked elsewhere).
  const rowsOf = (rows: ReturnType<typeof board>, model: string) => rows.filter((r) => r.model === model).map((r) => [r.setting, r.text("Score").replace(/ ±.*$/, "")]);
  /** The setting badge next to the model's name, as a reader sees it. */
  const badge = (r: ReturnType<typeof board>[number]) => r.by["Model"].querySelector(".setting")?.textContent;

  it("SimpleBench: Claude Opus 4's 58.8% is its 12K-thinking run, labelled so; no thinking run passes as the plain model", () => {
    const rows = board("simplebench");
    const opus = rows.find((r) => r.model === "claude-opus-4")!;
    expect([opus.setting, badge(opus), opus.text("Score")]).toEqual(["12K thinking", "12K thinking", "58.8%"]);
    expect(opus.by["Model"].textContent!.replace(/\s+/g, " ").trim()).toBe("Claude Opus 4 12K thinking");
    // Every row whose publisher name carried a thinking budget (`_12K`) shows it as its setting.
    const source = readFileSync(join(ROOT, "data/results/simplebench.csv"), "utf8");
    const budgets = [...source.matchAll(/,([a-z0-9.-]+)_12K,([\d.]+%)/g)].map((m) => m[2]);
    expect(budgets).toHaveLength(4);
    for (const score of budgets) expect(rows.find((r) => r.text("Score") === score)!.setting).toBe("12K thinking");
    expect(rows.filter((r) => r.setting === undefined).every((r) => !budgets.includes(r.text("Score")!))).toBe(true);
  });

  it("Terminal-Bench: each agent running a model is its own row, with the effort where the name carried one", () => {
    const rows = board("terminal-bench");
    expect(rowsOf(rows, "claude-sonnet-4-5")).toEqual([["Apex2", "64.5%"], ["Ante", "60.3%"], ["Droid", "57.5%"], ["Chaterm", "52.5%"], ["Terminus 2", "51%"]]);
    expect(rowsOf(rows, "gpt-5")).toEqual([["Droid, medium", "52.5%"], ["Terminus 2, medium", "41.3%"], ["Terminus, medium", "30%"]]);
    expect(rows.every((r) => r.setting !== undefined && badge(r) === r.setting)).toBe(true);
    expect(rows).toHaveLength(28);
  });

  it("GSO: the effort a model ran at stays next to the scaffold", () => {
    const rows = board("gso-bench");
    expect(rowsOf(rows, "o3")).toEqual([["OpenHands, high", "8.8%"]]);
    expect(rowsOf(rows, "gpt-5")).toEqual([["OpenHands, high", "6.9%"]]);
    expect(rowsOf(rows, "claude-opus-4")).toEqual([["OpenHands", "6.9%"]]);
  });

  it("METR: a 16K-thinking run and a medium-effort run keep their settings", () => {
    const rows = board("metr-time-horizon");
    expect(rowsOf(rows, "claude-sonnet-4-5").map(([s]) => s)).toEqual(["16K thinking"]);
    expect(rowsOf(rows, "gpt-5").map(([s]) => s)).toEqual(["medium"]);
  });
});

describe("a superseded figure", () => {
  it("appears in the model's history with both dates and sources (Opus 4.6: 58M, then 157M)", () => {
    const html = readFileSync(join(DIST, "models/claude-opus-4-6/index.html"), "utf8");
    const text = parseHTML(html).document.body.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("58M");
    expect(text).toContain("157M");
    expect(html).toContain("https://news.smol.ai/issues/26-02-18-not-much");
    expect(html).toContain("https://news.smol.ai/issues/26-04-08-not-much");
  });
});

describe("a model page's figures per task", () => {
  /** The v4.1 reports table of a model page as {cells by column header}, newest first. */
  const reports = (model: string) => {
    const table = page(`models/${model}/index.html`).querySelector(`section.group[data-benchmark="aa-intelligence-index/v4.1"] table`)!;
    const head = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
    return {
      head,
      rows: [...table.querySelectorAll("tbody tr")].map((tr) => {
        const by = Object.fromEntries(head.map((h, i) => [h, tr.children[i]]));
        return { by, text: (h: string) => by[h]?.textContent!.replace(/\s+/g, " ").trim() };
      }),
    };
  };
  const v41 = tableRows(page(`${AA}/v4.1/index.html`));
  const csvRow = (model: string, date: string) => data.results.find((r) => r.benchmark === "aa-intelligence-index" && r.version === "v4.1" && r.model === model && r.evaluated_at.toISOString().startsWith(date))!;

  it("shows Kimi K3's cost per task in a column of its own, as the board writes it, beside the run's own figures", () => {
    // data/results/aa-intelligence-index.csv: Kimi K3, 16 July 2026, 132M output tokens to run the Index, $0.94 per task.
    const row = csvRow("kimi-k3", "2026-07-16");
    expect([row.output_tokens, row.cost_usd, row.cost_per_task_usd]).toEqual([132e6, undefined, 0.94]);
    const { head, rows } = reports("kimi-k3");
    // Kimi K3 reports no output tokens per task: no column of dashes for them.
    expect(head).toEqual(["Reported", "Setting", "Score", "Output tokens", "Cost to run", "Cost per task", "Source"]);
    const july16 = rows.find((r) => r.by["Reported"].querySelector("time")?.getAttribute("datetime") === "2026-07-16")!;
    expect([july16.text("Output tokens"), july16.text("Cost to run"), july16.text("Cost per task")]).toEqual(["132M", "—", "$0.94"]);
    expect(july16.by["Cost per task"].getAttribute("data-value")).toBe("0.94");
    // The figure's own report: its date in the row, its source linked.
    expect(july16.by["Source"].querySelector("a")!.getAttribute("href")).toBe(row.source_url);
    // As the board writes it.
    expect(v41.find((r) => r.model === "kimi-k3")!.text("Cost per task")).toBe("$0.94");
  });

  it("shows Grok 4.5's tokens and cost per task, with their unit, and no whole-run figure it never had", () => {
    const row = csvRow("grok-4-5", "2026-07-08");
    expect([row.output_tokens, row.cost_usd, row.output_tokens_per_task, row.cost_per_task_usd]).toEqual([undefined, undefined, 14e3, 0.31]);
    const { head, rows } = reports("grok-4-5");
    expect(head).toEqual(["Reported", "Setting", "Score", "Output tokens", "Cost to run", "Tokens per task", "Cost per task", "Source"]);
    const july8 = rows.find((r) => r.by["Reported"].querySelector("time")?.getAttribute("datetime") === "2026-07-08")!;
    expect([july8.text("Output tokens"), july8.text("Cost to run"), july8.text("Tokens per task"), july8.text("Cost per task")]).toEqual(["—", "—", "14k", "$0.31"]);
    const board = v41.find((r) => r.model === "grok-4-5")!;
    expect([board.text("Tokens per task"), board.text("Cost per task")]).toEqual(["14k", "$0.31"]);
  });

  it("adds no per-task column to a benchmark version of whole-run figures only", () => {
    const table = page("models/claude-sonnet-4-6/index.html").querySelector('section.group[data-benchmark="aa-intelligence-index/v4.0"] table')!;
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim())).toEqual(["Reported", "Setting", "Score", "Output tokens", "Cost to run", "Source"]);
  });
});

describe("a model page's reports of a dated snapshot", () => {
  it("name the snapshot beside the setting, as the board does (GPT-5 on GSO: gpt-5-2025-08-07_high)", () => {
    const doc = page("models/gpt-5/index.html");
    const rows = [...doc.querySelectorAll('section.group[data-benchmark="gso-bench/v1"] tbody tr')];
    expect(rows).toHaveLength(1);
    expect(rows[0].querySelectorAll("td")[1].textContent!.trim()).toBe("OpenHands, high, snapshot 2025-08-07");
  });
});

describe("a model page's score over time", () => {
  it("is drawn for a run reported on several days, never for runs side by side on one day", () => {
    const spark = (model: string, board: string) => page(`models/${model}/index.html`).querySelector(`section.group[data-benchmark="${board}"] .spark svg.sparkline`);
    // GPT-5's high run on the Index v4.1, reported on 28 and 29 July: a line.
    expect(spark("gpt-5", "aa-intelligence-index/v4.1")).not.toBeNull();
    // Terminal-Bench's table gives three agents of GPT-5 and five of Claude Sonnet 4.5, all as of
    // its one date: a column of dots under "Score over time" before.
    expect(spark("gpt-5", "terminal-bench/v1")).toBeNull();
    expect(spark("claude-sonnet-4-5", "terminal-bench/v1")).toBeNull();
  });
});

describe("MDX components in a sample recap", () => {
  const doc = page("recaps/2026-04-08-opus-4-6-token-count-conflict/index.html");
  it("render a score, a plot and a board from the collections", () => {
    const score = doc.querySelector('a.model-score[data-model="muse-spark"]')!;
    // v4.0, as the recap asks, is no longer the benchmark's current version: said so (found in review).
    expect(score.textContent!.replace(/\s+/g, " ").trim()).toMatch(/^52 on Artificial Analysis Intelligence Index v4\.0, rank \d+ of \d+ on its v4\.0 board \(\d{1,2} \w{3} \d{4}; the newest is v4\.1\.1\)$/);
    // No space between the component and the punctuation after it (found in review: "(6 Jan 2026) .").
    expect(score.parentElement!.textContent).toMatch(/the newest is v4\.1\.1\)\./);
    // Labelled current with the board's date (its newest report), never read as the figure of the recap's day.
    expect(score.querySelector("time")!.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(score.getAttribute("href")).toBe(`/${AA}/v4.0/`);
    expect(doc.querySelectorAll("figure svg.bd-plot")).toHaveLength(1);
    const board = tableRows(doc);
    // top={5}: five rows, and any tied with the fifth (a shared rank is never split).
    expect(board.length).toBeGreaterThanOrEqual(5);
    expect(board.slice(5).every((r) => r.rank === board[4].rank)).toBe(true);
    expect(board[0]).toMatchObject({ model: "claude-fable-5", rank: 1 });
    expect([...doc.querySelectorAll("table.leaderboard thead th")].map((th) => th.textContent!.replace(/\s+/g, " ").trim())).toEqual([
      "Rank", "Since 2026-05-10", "Model", "Score", "Output tokens to run", "Cost to run", "Lab", "Source",
    ]);
    expect(board.find((r) => r.model === "gemini-3-1-pro-preview")?.text("Output tokens to run")).toBe("57M");
  });
});

describe("a row dated by the publisher's table (as_of), not by a report of its own", () => {
  const asOf = data.benchmarks.find((b) => b.id === "terminal-bench")!.as_of!;
  const day = asOf.toISOString().slice(0, 10);
  const dated = data.results.filter((r) => r.benchmark === "terminal-bench");

  it("reads 'as of' its date on the leaderboard and the model page, with a note saying what the date is", () => {
    // The sample's Terminal-Bench file has no date column: every row takes the table's date.
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => r.dated_by_table === true && r.evaluated_at.getTime() === asOf.getTime())).toBe(true);
    const board = page("leaderboards/terminal-bench/v1/index.html");
    const rows = tableRows(board);
    expect(rows.length).toBeGreaterThan(0);
    // The source's date, then the mark of the publisher's note when the row has one.
    const withoutNote = (text: string) => text.replace(/\s*\[\d+\] \(note \d+ under the table\)$/, "");
    for (const r of rows) expect(withoutNote(r.text("Source")), r.model).toBe(`as of ${day}`);
    // Epoch's notes on its rows ("Unknown thinking token budget") are listed once each under the
    // board, each mark pointing at one of them; the model page shows its report's note.
    const notes = [...board.querySelectorAll(".board-notes li")].map((li) => li.textContent!.trim());
    expect(notes).toContain("Unknown thinking token budget");
    expect(new Set(notes).size).toBe(notes.length);
    const marks = rows.map((r) => /\[(\d+)\]/.exec(r.text("Source"))?.[1]).filter((n) => n !== undefined).map(Number);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((n) => n >= 1 && n <= notes.length)).toBe(true);
    expect(board.querySelector("section[aria-labelledby=board] p.as-of-note")?.textContent).toContain("date of the publisher's table");
    // And wherever the table is shown: a lab's page and the embed.
    expect(page("leaderboards/terminal-bench/v1/labs/anthropic/index.html").querySelector("p.as-of-note")).not.toBeNull();
    expect(page("embed/leaderboards/terminal-bench/v1/index.html").querySelector("p.as-of-note")).not.toBeNull();
    const model = page(`models/${rows[0].model}/index.html`);
    const group = model.querySelector('section.group[data-benchmark="terminal-bench/v1"]')!;
    expect([...group.querySelectorAll("tbody tr td:first-child")].map((td) => td.textContent!.trim())).toContain(`as of ${new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(asOf)}`);
    expect(group.textContent).toContain("date of the publisher's table");
  });

  it("leaves a row with a date of its own reading as reported, with no note", () => {
    expect(data.results.filter((r) => r.benchmark === "aa-intelligence-index").every((r) => r.dated_by_table === undefined)).toBe(true);
    const rows = tableRows(v4);
    for (const r of rows) expect(r.text("Source"), r.model).toMatch(/^\d{4}-\d{2}-\d{2}(?: \[\d+\] \(note \d+ under the table\))?$/);
    expect(v4.body.textContent).not.toContain("date of the publisher's table");
    expect(v4.querySelector("p.as-of-note")).toBeNull();
  });
});

describe("a board's count of what it ranks", () => {
  const text = (path: string) => page(path).body.textContent!.replace(/\s+/g, " ");
  it("counts runs of models where a model is ranked at several settings, models where each row is one", () => {
    const board = tableRows(page("leaderboards/terminal-bench/v1/index.html"));
    const models = new Set(board.map((r) => r.model)).size;
    expect(models).toBeLessThan(board.length);
    expect(text("leaderboards/terminal-bench/v1/index.html")).toContain(`: ${board.length} ranked runs of ${models} models, as of `);
    const anthropic = tableRows(page("leaderboards/terminal-bench/v1/labs/anthropic/index.html"));
    const own = new Set(anthropic.map((r) => r.model)).size;
    expect(text("leaderboards/terminal-bench/v1/labs/anthropic/index.html")).toContain(`${anthropic.length} runs of ${own} models from the Terminal-Bench v1 leaderboard, which ranks ${board.length} runs of ${models} models;`);
    const v3 = tableRows(page(`${AA}/v3.0/index.html`));
    expect(new Set(v3.map((r) => r.model)).size).toBe(v3.length);
    expect(text(`${AA}/v3.0/index.html`)).toMatch(new RegExp(`: ${v3.length} ranked models, newest report \\d{4}-\\d{2}-\\d{2}\\.`));
  });
});

describe("a plot caption's interval sentence, on every page of the site", () => {
  it("counts the error bars its plot draws, and is left out where the plot draws none", () => {
    // Leaderboards, embeds, recaps (MDX plots), model pages and home: every figure with a plot or the sentence.
    // The bars are the lines of the rule mark, the one group drawn at stroke opacity 0.55 (efficiencyPlot.ts, historyPlot.ts).
    const said = (caption: string) => caption.match(/Vertical bars show the score's interval as the publisher reports it \((\d+) (?:runs? of \d+ )?models?\)\./)?.[1];
    const figures = builtPages(DIST).flatMap(({ file, url }) => {
      const html = readFileSync(file, "utf8");
      if (!html.includes("<figcaption")) return [];
      return [...parseHTML(html).document.querySelectorAll("figure")].map((f) => ({
        where: `${url}#${f.id}`,
        said: said(f.querySelector("figcaption")?.textContent ?? ""),
        bars: f.querySelectorAll('svg g[stroke-opacity="0.55"] > line').length,
      }));
    });
    const mismatched = figures.filter((f) => Number(f.said ?? 0) !== f.bars).map((f) => `${f.where}: caption says ${f.said ?? "nothing"}, ${f.bars} drawn`);
    expect(mismatched).toEqual([]);
    // Not vacuous: the sample has plots with bars (METR's and Terminal-Bench's by release date).
    expect(figures.filter((f) => f.said !== undefined).length).toBeGreaterThan(0);
    // Terminal-Bench reports scores (with intervals) but no tokens or cost: one sentence says so,
    // instead of two empty plots whose captions each said it twice.
    expect(figures.find((f) => f.where === "/leaderboards/terminal-bench/v1/#plot-tokens")).toBeUndefined();
    const terminal = parseHTML(readFileSync(join(DIST, "leaderboards/terminal-bench/v1/index.html"), "utf8")).document;
    expect(terminal.getElementById("plot-tokens")!.textContent!.replace(/\s+/g, " ")).toBe(
      "No ranked model on Terminal-Bench v1 has a reported output-token count or cost to run, so there is no score against tokens or cost to plot.",
    );
    expect(terminal.getElementById("plot-cost")).toBeNull();
  });
});
