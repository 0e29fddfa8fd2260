import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "../leaderboard/buildBoard";
import { findBenchmark } from "../leaderboard/boardIndex";
import { compareVersions } from "../leaderboard/versions";
import { orderedBenchmarks } from "../compare/compareView";
import { leaderboardCard, modelCard } from "../views/socialCards";
import { CARD_SIZE, fitLine, fitText, socialCardSvg, wrapText } from "./socialCard";
import { textWidth } from "../plots/renderPlot";
import { checkFrameAncestors, hostHeadersFile } from "./hostHeaders";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const boards = orderedBenchmarks(sample.benchmarks, compareVersions).map((benchmark) => buildBoard({ benchmark, results: sample.results, models: sample.models }));
const site = { title: "benchdigest", host: "benchdigest.example.org" };
const texts = (svg: string) => [...parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelectorAll("text")].map((t) => t.textContent);

/** A card line's label as drawn: the name, then the version. */
const named = (l: { label: string; version?: string }) => [l.label, l.version].filter(Boolean).join(" ");

describe("social cards", () => {
  it("a leaderboard's: its name, size, top five with bars relative to the leader, and its publisher", () => {
    const v40 = buildBoard({ benchmark: findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.0"), results: sample.results, models: sample.models });
    const card = leaderboardCard(v40, site);
    expect(card.title).toBe("Artificial Analysis Intelligence Index v4.0");
    // v4.0 ranks some models at several settings: runs of models, not rows counted as models.
    expect(card.subtitle).toBe(`${v40.entries.length} ranked runs of ${new Set(v40.entries.map((e) => e.model.id)).size} models · newest report 9 June 2026`);
    expect(card.lines.map((l) => [l.label, l.value])).toEqual([
      ["1. Claude Fable 5", "64.9"],
      ["2. Claude Opus 4.8 (max)", "61.4"],
      ["3. GPT-5.5", "60"],
      ["4. Claude Opus 4.7", "57"],
      ["4. Gemini 3.1 Pro Preview", "57"],
    ]);
    expect(card.lines[0].bar).toBe(1);
    expect(card.lines[2].bar).toBeCloseTo(60 / 64.9);
    expect(card.footer).toBe("Source: artificialanalysis.ai · benchdigest.example.org");
    // A benchmark the site publishes itself is named once.
    const own = leaderboardCard({ ...v40, benchmark: { ...v40.benchmark, source_url: "https://benchdigest.example.org/evals/" } }, site);
    expect(own.footer).toBe("Source: benchdigest.example.org");
  });
  it("a leaderboard's names two rows of one model as its table does (LMArena's bare gemini-2.0-flash beside -001)", () => {
    const flash = { id: "gemini-2-0-flash", name: "Gemini 2.0 Flash", lab: "Google", open_weights: false, released: new Date("2024-12-11") };
    const at = (date: string, score: number, extra: object, line: number) => ({ benchmark: "arena", version: "v1", model: flash.id, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line, ...extra });
    const arena = buildBoard({
      benchmark: { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" },
      models: [flash],
      results: [at("2025-02-06", 1356.7, { modelAsWritten: "gemini-2.0-flash" }, 2), at("2025-02-27", 1359, { snapshot: "001", modelAsWritten: "gemini-2.0-flash-001" }, 3)],
    });
    expect(leaderboardCard(arena, site).lines.map((l) => l.label)).toEqual(["1. Gemini 2.0 Flash (001)", "2. Gemini 2.0 Flash (gemini-2.0-flash)"]);
  });
  it("a model's: lab, weights, release, then its rank on the newest version of each benchmark, the headline first", () => {
    const sonnet = sample.models.find((m) => m.id === "claude-sonnet-4-5")!;
    const card = modelCard(sonnet, boards, 4, site, "aa-intelligence-index");
    expect(card.subtitle).toBe("Anthropic · closed weights · released 29 September 2025");
    expect(named(card.lines[0])).toBe("Artificial Analysis Intelligence Index v4.0");
    expect(card.lines.map(named)).toContain("Terminal-Bench v1");
    expect(card.lines.find((l) => named(l) === "Terminal-Bench v1")!.value).toMatch(/^64\.5% · rank 1 of \d+$/);
    expect(card.footer).toBe("4 recaps mention it · benchdigest.example.org");
    // The headline figure is dated as the model page's headline dates it; the other lines are not.
    expect(card.lines[0]).toMatchObject({ value: expect.stringMatching(/^43 · rank \d+ of \d+$/), date: "reported 18 February 2026" });
    expect(card.lines.slice(1).map((l) => l.date)).toEqual(card.lines.slice(1).map(() => undefined));
    expect(texts(socialCardSvg(card))).toContain("reported 18 February 2026");
    // A score dated by its publisher's table (`as_of`) says so, as the page does; without a headline benchmark, no line is dated.
    const v40 = boards.find((b) => b.benchmark.id === "aa-intelligence-index" && b.benchmark.version === "v4.0")!;
    const asOf = { ...v40, entries: v40.entries.map((e) => (e.model.id === sonnet.id ? { ...e, score: { ...e.score, datedByTable: true as const } } : e)) };
    expect(modelCard(sonnet, [asOf], 0, site, "aa-intelligence-index").lines[0].date).toBe("as of 18 February 2026");
    expect(modelCard(sonnet, boards, 4, site).lines.map((l) => l.date)).toEqual(card.lines.map(() => undefined));
    const unranked = modelCard({ id: "x", name: "X", lab: "L", open_weights: true, released: undefined }, boards, 0, site);
    expect(unranked.lines).toEqual([]);
    expect(unranked.footer).toBe("No recap mentions it yet · benchdigest.example.org");
  });
  it("a model's says which row a score is where the board ranks several rows of the model, as the board names them", () => {
    // Claude Sonnet 4.5 has five runs on Terminal-Bench (one per agent): the card shows the best,
    // Apex2's, named as the board's "Claude Sonnet 4.5 (Apex2)"; on v4.0 it has one row: no name.
    const sonnet = modelCard(sample.models.find((m) => m.id === "claude-sonnet-4-5")!, boards, 4, site, "aa-intelligence-index");
    const tb = sonnet.lines.find((l) => named(l) === "Terminal-Bench v1")!;
    expect([tb.row, tb.value]).toEqual(["Apex2", expect.stringMatching(/^64\.5% · rank 1 of \d+$/)]);
    expect(sonnet.lines[0].row).toBeUndefined();
    expect(texts(socialCardSvg(sonnet))).toContain("Terminal-Bench v1 · Apex2");
    // LMArena's two GPT-4o snapshots, real-shaped: the card's 1,285 is the row the board calls
    // "GPT-4o (2024-05-13)", not the later snapshot's 1,263.
    const gpt4o = { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") };
    const at = (date: string, score: number, snapshot: string, line: number) => ({ benchmark: "arena", version: "v1", model: gpt4o.id, snapshot, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line });
    const arena = buildBoard({
      benchmark: { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" },
      models: [gpt4o],
      results: [at("2024-09-04", 1285, "2024-05-13", 2), at("2024-09-04", 1263, "2024-08-06", 3)],
    });
    expect(leaderboardCard(arena, site).lines.map((l) => l.label)).toEqual(["1. GPT-4o (2024-05-13)", "2. GPT-4o (2024-08-06)"]);
    expect(modelCard(gpt4o, [arena], 0, site).lines).toEqual([{ label: "Arena", version: "v1", row: "2024-05-13", value: "1,285 · rank 1 of 2" }]);
    // One snapshot alone on its board is not named (the board does not name it either).
    const alone = buildBoard({ ...arena, benchmark: arena.benchmark, models: [gpt4o], results: [at("2024-09-04", 1285, "2024-05-13", 2)] });
    expect(modelCard(gpt4o, [alone], 0, site).lines).toEqual([{ label: "Arena", version: "v1", value: "1,285 · rank 1 of 1" }]);
  });
  it("on a board an import left rows out of, the cards say the rank is among the models registered here (found in review: gemini-exp-1206's card read rank 2 of 67 while three unregistered models were rated higher)", () => {
    const tb = boards.find((b) => b.benchmark.id === "terminal-bench")!;
    const sonnet = sample.models.find((m) => m.id === "claude-sonnet-4-5")!;
    const line = (partial?: (b: typeof tb) => boolean) => modelCard(sonnet, [tb], 0, site, undefined, partial).lines[0].value;
    expect(line()).toMatch(/^64\.5% · rank 1 of \d+$/);
    expect(line((b) => b === tb)).toMatch(/^64\.5% · rank 1 of \d+ registered$/);
    expect(leaderboardCard(tb, site).kicker).toBe("benchdigest · leaderboard");
    expect(leaderboardCard(tb, site, true).kicker).toBe("benchdigest · leaderboard · registered models only");
    expect(leaderboardCard(tb, site, true).subtitle).toBe(leaderboardCard(tb, site).subtitle);
    expect(textWidth(`${line((b) => b === tb)}`, 30)).toBeLessThan(CARD_SIZE.width / 2);
  });

  it("keeps a line's row, version and value readable when the label is long: the label's name is cut first", () => {
    const room = CARD_SIZE.width - 144 - textWidth("64.5% · rank 1 of 124", 30) - 24;
    // GPT-5's run "Terminus 2, medium" on the longest board name: the row whole, the label cut;
    // the version would leave less than half the name, so the name keeps its room.
    const long = { label: "Artificial Analysis Intelligence Index", version: "v4.0", row: "Terminus 2, medium" };
    const fitted = fitLine(long, room, 30);
    expect(fitted).toMatch(/^Artificial A[^v]*… · Terminus 2, medium$/);
    expect(textWidth(fitted, 30)).toBeLessThanOrEqual(room);
    // A name a little too long for its line is cut before its version.
    const near = textWidth("Artificial Analysis Intelligence v4.0", 30);
    const noRow = fitLine({ label: "Artificial Analysis Intelligence Index", version: "v4.0" }, near, 30);
    expect(noRow).toMatch(/^Artificial Analysis Intel.*… v4\.0$/);
    expect(textWidth(noRow, 30)).toBeLessThanOrEqual(near);
    // A row longer than two thirds of the room is cut too, and the label keeps a few letters and
    // its short version.
    const huge = fitLine({ label: "Terminal-Bench", version: "v1", row: "claude-3-5-sonnet-20241022-with-a-very-long-agent-name-as-written" }, room, 30);
    expect(huge).toMatch(/^Termin.*… v1 · claude-3-5-sonnet.*…$/);
    expect(textWidth(huge, 30)).toBeLessThanOrEqual(room);
    expect(fitLine({ label: "Terminal-Bench", version: "v1" }, room, 30)).toBe("Terminal-Bench v1");
    // Drawn: the value whole at the right, the cut label and its row at the left.
    const t = texts(socialCardSvg({ kicker: "k", title: "T", lines: [{ ...long, value: "64.5% · rank 1 of 124" }], footer: "f" }));
    expect(t).toContain("64.5% · rank 1 of 124");
    expect(t).toContain(fitted);
  });
  it("draws 1200×630, escapes every text, and fits long titles in two lines", () => {
    const svg = socialCardSvg({ kicker: "k", title: "A very long model name <script> that goes on and on and on well past the width of the card and more", lines: [{ label: "<b>", value: "1", bar: 2 }], footer: "f" });
    const root = parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector("svg")!;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(CARD_SIZE.width), String(CARD_SIZE.height)]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;b&gt;");
    const t = texts(svg);
    expect(t[1]).toBe("A very long model name");
    expect(t[2]).toMatch(/^<script> that goes on .*…$/);
    // A bar never runs past its track.
    expect(svg).toContain(`width="${CARD_SIZE.width - 144}" height="8" rx="4" fill="#8ab4ff"`);
    expect(socialCardSvg(leaderboardCard(boards[0], site))).toBe(socialCardSvg(leaderboardCard(boards[0], site)));
  });
  it("cuts and wraps text to a width", () => {
    expect(fitText("short", 1000, 20)).toBe("short");
    expect(fitText("a long label that does not fit", 100, 20)).toMatch(/^a long …$|^a lo.*…$/);
    expect(wrapText("one two three", 1000, 20)).toEqual(["one two three"]);
    expect(wrapText("one two three four five six", 80, 20, 2)).toHaveLength(2);
    expect(wrapText("", 80, 20)).toEqual([]);
  });
});

describe("the host headers file", () => {
  const file = hostHeadersFile(
    [
      { name: "recaps", kind: "dir" },
      { name: "embed", kind: "dir" },
      { name: "index.html", kind: "file" },
      { name: "404.html", kind: "file" },
      { name: "robots.txt", kind: "file" },
    ],
    { embedPrefix: "/embed/", frameAncestors: "*" },
  );
  it("lets any site frame the embeds and no site frame anything else, one rule per path", () => {
    const rules = file.split("\n\n").filter((block) => block.startsWith("/")).map((block) => block.split("\n").filter(Boolean));
    expect(rules.map((r) => r[0])).toEqual(["/embed/*", "/404.html", "/", "/index.html", "/recaps/*"]);
    expect(rules[0].slice(1)).toEqual(["  Content-Security-Policy: frame-ancestors *"]);
    for (const r of rules.slice(1)) expect(r.slice(1)).toEqual(["  Content-Security-Policy: frame-ancestors 'none'", "  X-Frame-Options: DENY"]);
  });
  it("takes a list of origins, and refuses what would inject a header or a second policy", () => {
    expect(checkFrameAncestors("https://a.example https://*.b.example:8443 'self'")).toEqual(["https://a.example", "https://*.b.example:8443", "'self'"]);
    expect(() => checkFrameAncestors("*; script-src *")).toThrow(/EMBED_FRAME_ANCESTORS/);
    expect(() => checkFrameAncestors("https://a.example, https://b.example")).toThrow(/not a source/);
    expect(() => checkFrameAncestors("*\nX-Evil: 1")).toThrow();
    expect(() => checkFrameAncestors("  ")).toThrow();
  });
});
