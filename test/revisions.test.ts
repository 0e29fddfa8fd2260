/**
 * A publisher that revises a figure for a day the site has imported (LMArena re-scoring a day) is
 * a correction a reader sees, end to end: a wide LMArena-like history is imported with `--new
 * --wide --listing whole` into the minimal fixture site; the same table with one figure changed on
 * its newest day is imported again as a refresh: the import appends one row marked `revised` with
 * the import's day and keeps the earlier row; a third import of that table changes nothing. The
 * site builds: /changes/ and its feed list a correction dated on the import's day with both
 * figures and both CSV lines, the board ranks the revised figure, and the model page lists the
 * report once, as revised, with the figure first reported; the board's CSV and JSON downloads mark
 * the revised figure with its day and the figure first reported. The weekly digest of the revised
 * report's week (a recap of 2024-11-14 added) is built before and after the revision: it keeps the
 * figures and ranks the week had, in its page and its feed item, with only a note that the score
 * was revised later (linking to the correction) and the item's date_modified on the revision's day.
 *
 * The table is derived from LMArena's real history (../shared/fixtures/arena/, two columns and the
 * rows of 2024-10-28 to 2024-11-13) when that folder is present, else written inline with the same
 * figures (a warning says so).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyFixture, ROOT } from "./helpers/astro";
import { runScript } from "./helpers/cli";

const ARENA = resolve(ROOT, "../shared/fixtures/arena/lmarena-history-elo.csv");
const COLUMNS = ["chatgpt-4o-latest-20240903", "o1-preview"];
const DAYS = ["20241028", "20241104", "20241112", "20241113"];

/** The wide table: the real file's rows and columns when present, else the same figures inline. */
function wideTable(): string[][] {
  if (!existsSync(ARENA)) {
    console.warn(`[revisions] ${ARENA} is absent: the history is written inline with the real file's figures`);
    return [["", ...COLUMNS], ["20241028", "1340.16", "1335.14"], ["20241104", "1340.18", "1334.05"], ["20241112", "1340.14", "1333.48"], ["20241113", "1339.54", "1333.0761334393283"]];
  }
  const rows = Papa.parse<string[]>(readFileSync(ARENA, "utf8"), { skipEmptyLines: true }).data;
  const at = COLUMNS.map((c) => rows[0].indexOf(c));
  if (at.includes(-1)) throw new Error(`${ARENA} lacks a column of ${COLUMNS.join(", ")}`);
  return [["", ...COLUMNS], ...rows.filter((r) => DAYS.includes(r[0])).map((r) => [r[0], ...at.map((i) => r[i])])];
}
const csv = (rows: string[][]) => Papa.unparse(rows, { newline: "\n" }) + "\n";

const site = copyFixture("minimal");
const scratch = mkdtempSync(join(tmpdir(), "bd-revisions-"));
const OUT = join(ROOT, "node_modules/.cache/benchdigest-revisions");
const OUT_BEFORE = join(ROOT, "node_modules/.cache/benchdigest-revisions-before");
afterAll(() => [site, scratch, OUT, OUT_BEFORE].forEach((d) => rmSync(d, { recursive: true, force: true })));

const input = join(scratch, "arena.csv");
const revised = join(scratch, "arena-revised.csv");
const results = join(site, "data/results/arena.csv");
const today = new Date().toISOString().slice(0, 10);
const refresh = (file: string) => runScript("import-results", [file, "--benchmark", "arena", "--wide", "--missing", "0.0", "--root", site, "--rejected", join(scratch, "rejected.csv")]);
const page = (path: string, out = OUT) => parseHTML(readFileSync(join(out, path, "index.html"), "utf8")).document;
let first = "";
/** The week of the revised report (2024-11-11 to 17): one recap, so one digest. */
const WEEK = "digests/2024-w46";
const digestUrl = `/${WEEK}/`;
/** The digest's article (page) and its site-wide JSON Feed item, as built before the revision. */
let digestBefore: { article: string; item: { content_html: string; date_modified?: string } } | undefined;
/** An element's HTML as a reader gets it, without the notes of a later revision, blanks collapsed. */
function withoutLaterNotes(html: string): string {
  const { document } = parseHTML(`<div id="x">${html}</div>`);
  for (const note of document.querySelectorAll(".revised-later")) note.remove();
  return document.getElementById("x")!.innerHTML.replace(/\s+/g, " ").replace(/ (?=[),;])/g, "");
}
const jsonItem = (out: string) => (JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { id: string; content_html: string; date_modified?: string }[] }).items.find((i) => i.id.endsWith(digestUrl));

describe("a figure the publisher revised for a day already imported is kept, and shown as a correction", () => {
  beforeAll(() => {
    const table = wideTable();
    writeFileSync(input, csv(table));
    // The publisher re-scores o1-preview on its newest day, above ChatGPT-4o-Latest's rating.
    writeFileSync(revised, csv(table.map((r) => (r[0] === "20241113" ? [r[0], r[1], "1341.0"] : r))));
    const models = join(site, "data/models.csv");
    writeFileSync(models, readFileSync(models, "utf8") + "chatgpt-4o-latest,ChatGPT-4o-Latest,OpenAI,2024-08-14,false,\no1-preview,OpenAI o1-preview,OpenAI,2024-09-12,false,\n");
    const registry = join(site, "data/benchmarks.csv");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/\r?\n$/, "").split(/\r?\n/).map((l, i) => (i === 0 ? `${l},listing` : `${l},`)).join("\n") + "\n");
    const r = runScript("import-results", [input, "--new", "arena", "--name", "LMArena Text (history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--listing", "whole", "--source-url", "https://github.com/nakasyou/lmarena-history", "--license", "MIT", "--root", site, "--rejected", join(scratch, "rejected.csv")]);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    first = readFileSync(results, "utf8");
    // A recap in the week of the history's newest day: the digest of that week shows the board as the week had it.
    writeFileSync(join(site, "content/recaps/2024-11-14-arena-week.md"), "---\ntitle: The arena week\ndate: 2024-11-14\n---\n\nA fixture recap in the revised report's week.\n");
    const build = astroBuild(site, OUT_BEFORE);
    expect(build.status, build.output.slice(-4000)).toBe(0);
    const item = jsonItem(OUT_BEFORE);
    expect(item, "the digest of week 46 is in the site-wide JSON Feed").toBeDefined();
    digestBefore = { article: page(WEEK, OUT_BEFORE).querySelector("article")!.innerHTML, item: item! };
  });

  it("appends exactly one row marked revised on the import's day, keeps the earlier one, and changes nothing when the same table comes again", () => {
    const unchanged = refresh(input);
    expect(unchanged.status, unchanged.output.slice(-3000)).toBe(0);
    expect(readFileSync(results, "utf8")).toBe(first);

    const r = refresh(revised);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`~ o1-preview v1 on 2024-11-13, .*arena-revised\\.csv:\\d+ → data/results/arena\\.csv:\\d+ \\(revised on ${today}: score "1333\\.07\\d*" → "1341\\.0"; written as a new row, the row revised, at that line, kept\\)`));
    expect(r.stdout).toContain("0 added, 0 updated, 1 revised, ");
    const now = readFileSync(results, "utf8");
    const lines = now.trim().split("\n");
    expect(lines[0]).toBe(`${first.split("\n")[0]},revised`);
    expect(lines).toHaveLength(first.trim().split("\n").length + 1);
    // The earlier row is still there, as it was; the new one is the last.
    expect(lines.filter((l) => l.startsWith("o1-preview,") && l.includes(",20241113"))).toEqual([expect.stringMatching(/^o1-preview,1333\.07\d*,20241113,$/), `o1-preview,1341.0,20241113,${today}`]);

    const again = refresh(revised);
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(again.stdout).toContain("0 added, 0 updated, ");
    expect(again.stdout).not.toContain(" revised, ");
    expect(readFileSync(results, "utf8")).toBe(now);

    // The same day the publisher takes the figure back: the day's revision row goes (it would be a
    // revision of nothing, which check refuses), and the figure comes again as a revision.
    const back = refresh(input);
    expect(back.status, back.output.slice(-3000)).toBe(0);
    expect(back.stdout).toMatch(/~ o1-preview v1 on 2024-11-13, .* \(revised back today: score "1341\.0" → "1333\.07\d*", as line \d+ gives; this day's revision row removed\)/);
    expect(back.stdout).toContain("0 added, 0 updated, 1 revision taken back, ");
    expect(readFileSync(results, "utf8").trim().split("\n")).toHaveLength(lines.length - 1);
    const check = runScript("check", ["--root", site]);
    expect(check.status, check.output.slice(-3000)).toBe(0);
    expect(refresh(revised).status).toBe(0);
    expect(readFileSync(results, "utf8")).toBe(now);
  });

  it("builds: /changes/ and its feed list the correction on the import's day, the board ranks the revised figure, the model page lists the report once, as revised", () => {
    const build = astroBuild(site, OUT);
    expect(build.status, build.output.slice(-4000)).toBe(0);

    const lineOf = (prefix: string) => readFileSync(results, "utf8").split("\n").findIndex((l) => l.startsWith(prefix)) + 1;
    const [oldLine, newLine] = [lineOf("o1-preview,1333.07"), lineOf("o1-preview,1341.0")];
    const changes = page("changes");
    const entry = changes.querySelector(`[id="correction-arena-v1-o1-preview-default-score-2024-11-13-revised-${today}"]`);
    expect(entry, changes.body.textContent?.slice(0, 2000)).not.toBeNull();
    const text = entry!.textContent!.replace(/\s+/g, " ");
    expect(text).toMatch(/Correction: OpenAI o1-preview, score on LMArena Text \(history\) v1 for 2024-11-13, 1,333(\.1)? → 1,341/);
    expect(text).toContain(`revised in the publisher's table imported on ${today}`);
    // The figure and what it was are two words (JSX drops the space between </strong> and an expression).
    expect(text).toMatch(/score: 1,333(\.1)? as first reported \(/);
    expect(text).toContain(`data/results/arena.csv:${oldLine}`);
    expect(text).toContain(`data/results/arena.csv:${newLine}`);
    expect(entry!.querySelector("time")?.getAttribute("datetime")).toBe(today);
    // The newest entry: a reader following the changelog sees it first.
    expect(changes.querySelector("article.change")?.id).toBe(entry!.id);

    const feed = readFileSync(join(OUT, "changes/rss.xml"), "utf8");
    expect(feed).toMatch(/<title>Correction: OpenAI o1-preview, score on LMArena Text \(history\) v1 for 2024-11-13, 1,333(\.1)? → 1,341<\/title>/);
    expect(feed).toContain(`for 2024-11-13: score 1,333`);

    // The board ranks the revised figure, once: o1-preview now leads.
    const board = page("leaderboards/arena");
    const firstRow = board.querySelector("table tbody tr")!.textContent!.replace(/\s+/g, " ");
    expect(firstRow).toContain("o1-preview");
    expect(firstRow).toContain("1,341");
    expect([...board.querySelectorAll("table")[0].querySelectorAll("tbody tr")].filter((tr) => tr.textContent!.includes("o1-preview"))).toHaveLength(1);

    // The board's downloads give the revised figure marked as such, with the figure first reported (found in review: no flag).
    const download = Papa.parse<Record<string, string>>(readFileSync(join(OUT, "data/arena-v1.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
    const o1 = download.filter((r) => r.model === "o1-preview");
    expect(o1.map((r) => [r.rank, r.score, r.score_date, r.score_revised])).toEqual([["1", "1341", "2024-11-13", today]]);
    expect(o1[0].score_first_reported).toMatch(/^1333\.07\d*$/);
    expect(download.find((r) => r.model === "chatgpt-4o-latest")).toMatchObject({ score_revised: "", score_first_reported: "" });
    const json = JSON.parse(readFileSync(join(OUT, "data/arena-v1.json"), "utf8")) as { rows: Record<string, unknown>[] };
    expect(json.rows.filter((r) => r.model === "o1-preview").map((r) => [r.score, r.score_revised, Math.round(Number(r.score_first_reported) * 100) / 100])).toEqual([[1341, today, 1333.08]]);

    // The model page lists the report of 2024-11-13 once, as it stands, saying what it first was.
    const model = page("models/o1-preview");
    const rows = [...model.querySelectorAll("table tbody tr")].map((tr) => tr.textContent!.replace(/\s+/g, " "));
    const nov13 = rows.filter((r) => /Nov 13, 2024|13 Nov 2024/.test(r));
    expect(nov13, rows.join("\n")).toHaveLength(1);
    expect(nov13[0]).toContain("1,341");
    expect(nov13[0]).toMatch(/Revised on .* in the publisher's table; first reported as score 1,333(\.1)? \(data\/results\/arena\.csv:\d+\)/);
  });

  it("keeps the digest of the report's week as the week had it, in its page and its feed item, noting the later revision (found in review: it showed the revised figure)", () => {
    expect(digestBefore, "built before the revision in beforeAll").toBeDefined();
    const before = parseHTML(`<article>${digestBefore!.article}</article>`).document;
    const after = page(WEEK);
    const line = (doc: Document, model: string) => doc.querySelector(`.board-change li[data-model-id="${model}"]`)?.textContent?.replace(/\s+/g, " ").trim();
    // The week had ChatGPT-4o-Latest first and o1-preview second at 1,333: so it stays, with a note.
    expect(before.querySelector(".leader")?.textContent).toContain("ChatGPT-4o-Latest");
    expect(after.querySelector(".leader")?.textContent).toContain("ChatGPT-4o-Latest");
    expect(line(before, "o1-preview")).toMatch(/^OpenAI o1-preview: 1,333(\.1)?, rank 2$/);
    const longDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(today));
    expect(line(after, "o1-preview")).toMatch(new RegExp(`^OpenAI o1-preview: 1,333(\\.1)?, rank 2 \\(revised to 1,341 on ${longDay}\\)$`));
    const link = after.querySelector('.board-change li[data-model-id="o1-preview"] .revised-later a');
    expect(link?.getAttribute("href")).toBe(`/changes/${today.slice(0, 4)}/#correction-arena-v1-o1-preview-default-score-2024-11-13-revised-${today}`);
    // The anchor is there on /changes/.
    expect(page(`changes/${today.slice(0, 4)}`).getElementById(`correction-arena-v1-o1-preview-default-score-2024-11-13-revised-${today}`)).not.toBeNull();
    // Nothing else of the digest changed: the page's article and the feed item, but for the note.
    expect(after.querySelectorAll(".revised-later")).toHaveLength(1);
    expect(withoutLaterNotes(after.querySelector("article")!.innerHTML)).toBe(withoutLaterNotes(digestBefore!.article));
    const item = jsonItem(OUT)!;
    expect(item.content_html).toContain("revised to 1,341 on");
    expect(withoutLaterNotes(item.content_html)).toBe(withoutLaterNotes(digestBefore!.item.content_html));
    // The item changed on the revision's day, and says so; before, it had not changed since its recap.
    expect(digestBefore!.item.date_modified).toBeUndefined();
    expect(item.date_modified).toBe(`${today}T00:00:00.000Z`);
  });
});
