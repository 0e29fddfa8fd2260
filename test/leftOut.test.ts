/**
 * A partial board says it is partial, end to end: a wide LMArena-like history in which a model the
 * registry lacks (gemini-exp-1114) leads on its newest day is imported with `--new --wide --listing
 * whole` into the minimal fixture site, as docs/editing.md tells an editor; the import records the
 * rows it left out in data/results/arena.left-out.csv; the site builds; the board's page counts them
 * and names gemini-exp-1114 above its first row, and the week's digest calls ChatGPT-4o-Latest first
 * among the models registered here, never the leader. Then the editor registers the model and
 * imports the rejects file: the record empties and is deleted.
 *
 * The table is derived from LMArena's real history (../shared/fixtures/arena/, three columns and
 * the rows of 2024-10-28 to 2024-11-13) when that folder is present, else written inline with the
 * same figures (a warning says so).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyFixture, ROOT } from "./helpers/astro";
import { runScript } from "./helpers/cli";
import { compareSections, compareTable, downloadRows } from "../src/lib/compare/compareView";

const ARENA = resolve(ROOT, "../shared/fixtures/arena/lmarena-history-elo.csv");
const COLUMNS = ["chatgpt-4o-latest-20240903", "o1-preview", "gemini-exp-1114"];
const DAYS = ["20241028", "20241104", "20241112", "20241113"];

/** The wide table: the real file's rows and columns when present, else the same figures inline. */
function wideTable(): string {
  if (!existsSync(ARENA)) {
    console.warn(`[left-out] ${ARENA} is absent: the history is written inline with the real file's figures`);
    return [",chatgpt-4o-latest-20240903,o1-preview,gemini-exp-1114", "20241028,1340.16,1335.14,0.0", "20241104,1340.18,1334.05,0.0", "20241112,1340.14,1333.48,0.0", "20241113,1339.54,1333.08,1344.16", ""].join("\n");
  }
  const rows = Papa.parse<string[]>(readFileSync(ARENA, "utf8"), { skipEmptyLines: true }).data;
  const header = rows[0];
  const at = COLUMNS.map((c) => header.indexOf(c));
  if (at.includes(-1)) throw new Error(`${ARENA} lacks a column of ${COLUMNS.join(", ")}`);
  const picked = rows.filter((r) => DAYS.includes(r[0])).map((r) => [r[0], ...at.map((i) => r[i])]);
  return Papa.unparse({ fields: ["", ...COLUMNS], data: picked }, { newline: "\n" }) + "\n";
}

const site = copyFixture("minimal");
const scratch = mkdtempSync(join(tmpdir(), "bd-left-out-"));
const OUT = join(ROOT, "node_modules/.cache/benchdigest-left-out");
afterAll(() => [site, scratch, OUT].forEach((d) => rmSync(d, { recursive: true, force: true })));

const input = join(scratch, "arena.csv");
const rejects = join(scratch, "arena.rejected.csv");
const record = join(site, "data/results/arena.left-out.csv");
const importArgs = [input, "--new", "arena", "--name", "LMArena Text (history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--listing", "whole", "--source-url", "https://github.com/nakasyou/lmarena-history", "--license", "MIT", "--root", site, "--rejected", rejects];
const page = (path: string) => parseHTML(readFileSync(join(OUT, path, "index.html"), "utf8")).document;

describe("a board whose publisher's leader is not registered says so, on its page and in its digest", () => {
  beforeAll(() => {
    writeFileSync(input, wideTable());
    // The registry knows ChatGPT-4o-Latest and o1-preview, not Gemini-Exp-1114; a recap of that week makes its digest.
    const models = join(site, "data/models.csv");
    writeFileSync(models, readFileSync(models, "utf8") + "chatgpt-4o-latest,ChatGPT-4o-Latest,OpenAI,2024-08-14,false,\no1-preview,OpenAI o1-preview,OpenAI,2024-09-12,false,\n");
    // The minimal registry predates the listing column: added as the import's message says.
    const registry = join(site, "data/benchmarks.csv");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/\r?\n$/, "").split(/\r?\n/).map((l, i) => (i === 0 ? `${l},listing` : `${l},`)).join("\n") + "\n");
    writeFileSync(join(site, "content/recaps/2024-11-15-gemini-exp-1114.md"), '---\ntitle: "Gemini (Experimental-1114) retakes #1 LLM rank with 1344 Elo"\ndate: 2024-11-15\n---\n\nGemini-Exp-1114 takes first place on LMArena.\n');
    // The headline index's record, as an import writes it (hand-written here): a model the registry
    // lacks scored above the board's models on 2026-02-18.
    writeFileSync(join(site, "data/results/aa-index.left-out.csv"), 'benchmark,version,date,model,setting,score,cause,reason\naa-index,v4.0,2026-02-18,mystery-model,,58,unknown-model,unknown model mystery-model\n');
    // A row refused for a bad cell only, of a registered model: the board is partial, but not "registered models only".
    writeFileSync(join(site, "data/results/terminal-bench.left-out.csv"), 'benchmark,version,date,model,setting,score,cause,reason\nterminal-bench,v2.0,2026-01-01,claude-opus-4-6,,,other,the score cell is empty\n');
    // And one that quotes the board through <ModelScore>: its rank is among the registered models.
    writeFileSync(join(site, "content/recaps/2024-11-16-arena-rank.mdx"), '---\ntitle: "Where ChatGPT-4o-Latest stands"\ndate: 2024-11-16\n---\n\nChatGPT-4o-Latest: <ModelScore model="chatgpt-4o-latest" benchmark="arena" />.\n');
  });

  it("records the rows the import leaves out in data/, beside the results, and does not record them twice when run again", () => {
    const r = runScript("import-results", importArgs);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.stdout).toContain("recorded 1 left-out rows in data/results/arena.left-out.csv (1 added)");
    const rows = Papa.parse<Record<string, string>>(readFileSync(record, "utf8"), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([{ benchmark: "arena", version: "v1", date: "2024-11-13", model: "gemini-exp-1114", setting: "", run_id: "", score: expect.stringMatching(/^1344\.16/), cause: "unknown-model", reason: expect.stringContaining('unknown model "gemini-exp-1114"') }]);
    // The same table again, as a refresh: the record keeps one entry.
    const again = runScript("import-results", [input, "--benchmark", "arena", "--wide", "--missing", "0.0", "--skip-unmapped", "--root", site, "--rejected", rejects]);
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(again.stdout).toContain("recorded 1 left-out rows in data/results/arena.left-out.csv (1 recorded again)");
    expect(readFileSync(record, "utf8").trim().split("\n")).toHaveLength(2);
  });

  describe("the built site", () => {
    let build: ReturnType<typeof astroBuild>;
    beforeAll(() => {
      build = astroBuild(site, OUT);
    });

    it("builds", () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
    });

    it("the board's embed says so too, in the words for one row, and says 'registered models' only when a row was left out for its model (found in review)", () => {
      const embed = page("embed/leaderboards/arena/v1");
      expect(embed.querySelector("caption")!.textContent).toContain("the best-ranked of the models this site registers");
      expect(embed.querySelector("p.partial")!.textContent!.replace(/\s+/g, " ").trim()).toBe("Not ranked here: 1 row of LMArena Text (history)'s table, for 1 model name not in the model registry. It scores above the first row here.");
      const tb = page("embed/leaderboards/terminal-bench/v2.0");
      expect(tb.querySelector("p.partial")!.textContent).toContain("refused by the import");
      expect(tb.querySelector("caption")!.textContent).not.toContain("registers");
    });

    it("the board's page says how many of the publisher's rows it does not rank, and names the one above its first row", () => {
      const note = page("leaderboards/arena").querySelector(".left-out")!;
      expect(note.textContent!.replace(/\s+/g, " ")).toContain("Not ranked here: 1 row of LMArena Text (history)'s table, for 1 model name not in the model registry.");
      expect(note.textContent!.replace(/\s+/g, " ")).toContain("On 2024-11-13, the board's day, one of them would place in its top 10, one above its first row:");
      expect(note.querySelector('li[data-left-out-model="gemini-exp-1114"]')!.textContent).toBe("gemini-exp-1114: 1,344, would rank 1 (above the first row here)");
      // The table itself still ranks the registered models only: ChatGPT-4o-Latest first.
      expect(page("leaderboards/arena").querySelector('table.leaderboard tbody tr[data-model="chatgpt-4o-latest"]')).not.toBeNull();
      // The index of boards does not call it the leader without saying so either.
      expect(page("leaderboards").querySelector('tr[data-benchmark="arena"] .partial')!.textContent!.replace(/\s+/g, " ").trim()).toBe("(first among the registered models; 1 not registered rated higher)");
    });

    it("a recap's <ModelScore> gives the rank among the registered models, not as the publisher's", () => {
      const score = page("recaps/2024-11-16-arena-rank").querySelector('.model-score[data-model="chatgpt-4o-latest"]')!;
      expect(score.textContent!.replace(/\s+/g, " ")).toMatch(/on LMArena Text \(history\) v1 \(2024-09-03\), rank 1 of 2 registered on the current board/);
    });

    it("a model page's headline rank on a partial board is among the registered models", () => {
      const headline = page("models/claude-opus-4-6").querySelector("dd a[href^='/leaderboards/aa-index/']")!;
      expect(headline.textContent!.replace(/\s+/g, " ")).toBe("53 on v4.0, rank 1 among the registered models");
    });

    it("a comparison page gives ranks a left-out row outranks among the models registered here", () => {
      const doc = page("compare/chatgpt-4o-latest-vs-o1-preview");
      const section = doc.querySelector('.compare-section[data-benchmark="arena/v1"]')!;
      const rank = [...section.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")!.textContent === "Rank")!;
      expect([...rank.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["1 among the models registered here", "2 among the models registered here"]);
      expect(section.querySelector(".lead")!.textContent).toMatch(/rank 1 against 2, both among the models registered here\./);
    });

    it("the board's downloads say which ranks a left-out row outranks, and the in-browser picker reads the same qualified ranks from them", () => {
      const json = JSON.parse(readFileSync(join(OUT, "data/arena-v1.json"), "utf8"));
      expect(json.left_out).toMatchObject({ rows: 1, unknown_model_rows: 1, day: "2024-11-13", best: { model: "gemini-exp-1114", would_rank: 1 } });
      // The exact figure, as every figure in a download (the page shows 1,344).
      expect(json.left_out.best.score).toBeCloseTo(1344.163, 3);
      const byModel = new Map(json.rows.map((r: { model: string; rank_among_registered_only: boolean }) => [r.model, r.rank_among_registered_only]));
      expect([byModel.get("chatgpt-4o-latest"), byModel.get("o1-preview")]).toEqual([true, true]);
      const csv = Papa.parse<Record<string, string>>(readFileSync(join(OUT, "data/arena-v1.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
      expect(csv.find((r) => r.model === "o1-preview")!.rank_among_registered_only).toBe("true");
      // What the picker (ComparePicker.astro) builds from the download: the pre-built page's rank cells.
      const rows = downloadRows(json.rows);
      const section = compareSections("chatgpt-4o-latest", "o1-preview", [json], (d) => ({ id: d.benchmark, name: d.name, version: d.version, unit: d.unit, direction: d.direction }), () => rows)[0];
      expect(compareTable(section, ["ChatGPT-4o-Latest", "o1-preview"]).rows.find((r) => r.label === "Rank")!.cells.map((c) => c.text)).toEqual(["1 among the models registered here", "2 among the models registered here"]);
    });

    it("the week's digest does not call ChatGPT-4o-Latest the leader: first among the models registered here, Gemini-Exp-1114 rated higher", () => {
      const doc = page("digests/2024-w46");
      const change = doc.querySelector('.board-change[data-benchmark="arena/v1"]')!;
      expect(change.querySelector(".left-out")!.textContent!.replace(/\s+/g, " ")).toContain("Not the whole board: gemini-exp-1114 (1,344), not in the model registry, rated higher than the first row here on 2024-11-13.");
      expect(change.querySelector(".leader")!.textContent!.replace(/\s+/g, " ").trim()).toMatch(/^First among the models registered here: ChatGPT-4o-Latest/);
      expect(change.textContent).not.toContain("New leader");
      // Not the first place only: o1-preview's second place is below Gemini-Exp-1114 too.
      expect(change.querySelector('.entries li[data-model-id="o1-preview"]')!.textContent!.replace(/\s+/g, " ").trim()).toMatch(/: 1,333, rank 2 among the models registered here$/);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute("content")).toContain("a new first among the models registered here on LMArena Text (history) v1 (the board is partial)");
    });
  });

  it("empties the record once the editor registers the model and imports the rejects file: the record is deleted", () => {
    const added = runScript("models", ["add", "gemini-exp-1114", "--lab", "Google", "--open-weights", "false", "--released", "2024-11-13", "--root", site]);
    expect(added.status, added.output.slice(-2000)).toBe(0);
    const r = runScript("import-results", [rejects, "--benchmark", "arena", "--partial", "--wide", "--missing", "0.0", "--skip-unmapped", "--root", site, "--rejected", rejects]);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.stdout).toContain("deleted data/results/arena.left-out.csv: the 1 rows it listed as left out are imported now");
    expect(existsSync(record)).toBe(false);
  });
});
