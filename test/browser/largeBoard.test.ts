/**
 * A leaderboard at real scale in a real browser: a generated site whose one board ranks 150
 * models from 14 labs (scores with intervals, costs from two cents to thousands of dollars, token
 * counts across five decades, a fifth of the models without a release date), built once and
 * served. At 1280 and 360 px no two tick labels of any plot overlap (measured on the laid-out
 * label boxes), the header sticks to the top of the scrolling board, the filter and the sort
 * work with JavaScript, and with JavaScript off the pre-built views (open weights, per lab)
 * exist, are linked from the board and hold exactly their rows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, ROOT } from "../helpers/astro";
import { chromiumMissing, launchChromium } from "../helpers/chromium";
import { serveStatic, type StaticServer } from "../helpers/staticServer";

const ROWS = 150;
const LABS = 14;
const BOARD = "/leaderboards/wide-board/";

/** A deterministic pseudo-random sequence (the same site every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** The site: 150 models, one benchmark, two report dates (so the board has movement). */
function writeSite(dir: string): { openWeights: number; byLab: Map<string, number> } {
  const rnd = random(20260217);
  const models = ["id,name,lab,released,open_weights,aliases"];
  const results = ["model,score,score_low,score_high,output_tokens,cost_usd,cost_per_task_usd,evaluated_at,source_url"];
  // A second board in minutes (METR's unit): its score labels (`3 h 55 min`) are the longest a plot draws.
  const minutes = ["model,score,score_low,score_high,evaluated_at,source_url"];
  const byLab = new Map<string, number>();
  let openWeights = 0;
  for (let i = 1; i <= ROWS; i++) {
    const id = `model-${String(i).padStart(3, "0")}`;
    const lab = `Lab ${String((i % LABS) + 1).padStart(2, "0")}`;
    byLab.set(lab, (byLab.get(lab) ?? 0) + 1);
    const released = i % 5 === 0 ? "" : new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 1200) * 86_400_000).toISOString().slice(0, 10);
    const open = rnd() < 0.4;
    if (open) openWeights++;
    // The last model has a name as long as real catalogs give (OpenRouter's "Llama 4 Maverick 17b 128e Instruct").
    const name = i === ROWS ? `Model ${i} Maverick 17b 128e Instruct Preview` : `Model ${String(i).padStart(3, "0")} ${["Pro", "Flash", "Mini", "Ultra"][i % 4]}`;
    models.push(`${id},${name},${lab},${released},${open},`);
    const score = Math.round((20 + rnd() * 70) * 10) / 10;
    const half = Math.round((0.5 + rnd() * 3) * 10) / 10;
    const tokens = Math.round(10 ** (4.7 + rnd() * 4.6));
    const cost = Math.round(10 ** (-1.7 + rnd() * 5.2) * 100) / 100 || 0.02;
    results.push(`${id},${score},${Math.max(0, score - half)},${score + half},${tokens},${cost},${Math.round(cost * 10) / 1000 || 0.001},2026-06-01,https://example.org/board/${id}`);
    if (i % 3 === 0) results.push(`${id},${Math.max(1, score - 2)},,,,,,2026-04-01,https://example.org/board/${id}/early`);
    const horizon = Math.round(10 ** (-1.3 + rnd() * 3.9) * 100) / 100 || 0.05;
    minutes.push(`${id},${horizon},${Math.round(horizon * 40) / 100},${Math.round(horizon * 210) / 100},2026-06-01,https://example.org/long/${id}`);
  }
  mkdirSync(join(dir, "content/recaps"), { recursive: true });
  mkdirSync(join(dir, "data/results"), { recursive: true });
  writeFileSync(join(dir, "content/recaps/2026-06-02-a-large-board.md"), "---\ntitle: A large board\ndate: 2026-06-02\n---\n\nOne hundred and fifty models on one board.\n");
  writeFileSync(join(dir, "data/models.csv"), `${models.join("\n")}\n`);
  writeFileSync(
    join(dir, "data/benchmarks.csv"),
    "id,name,version,unit,direction,description,source_url,license,file,as_of,headline,column_map\n" +
      "wide-board,Wide Board,v1,percent,higher,A generated board of 150 models.,https://example.org/board/,,results/wide-board.csv,,true,\n" +
      "long-tasks,Long Tasks,v1,minutes,higher,A generated time-horizon board of 150 models.,https://example.org/long/,,results/long-tasks.csv,,,\n",
  );
  writeFileSync(join(dir, "data/results/wide-board.csv"), `${results.join("\n")}\n`);
  writeFileSync(join(dir, "data/results/long-tasks.csv"), `${minutes.join("\n")}\n`);
  return { openWeights, byLab };
}

const missing = chromiumMissing();
const site = mkdtempSync(join(tmpdir(), "bd-large-board-"));
const OUT = join(ROOT, "node_modules/.cache/benchdigest-large-board");
const expected = writeSite(site);

describe.skipIf(missing)(`a generated ${ROWS}-row board in Chromium`, () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const build = astroBuild(site, OUT);
    if (build.status !== 0) throw new Error(`the generated site did not build:\n${build.output.slice(-3000)}`);
    server = await serveStatic(OUT);
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
  });

  /** A page of the board at a width, JavaScript on or off. */
  async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(server.origin + path, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    expect(errors, `console errors on ${path}`).toEqual([]);
    return page;
  }

  it("fits the compare picker, with a model name as long as real catalogs give, in a 360 px window", async () => {
    const page = await open("/compare/", 360);
    try {
      const options = await page.$$eval('select[name="a"] option', (os) => os.map((o) => o.textContent!.trim()));
      expect(options).toContain(`Model ${ROWS} Maverick 17b 128e Instruct Preview (Lab ${String((ROWS % LABS) + 1).padStart(2, "0")})`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `/compare/ is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
      for (const select of await page.$$("select")) {
        const box = (await select.boundingBox())!;
        expect(box.x + box.width, "a model picker ends inside the window").toBeLessThanOrEqual(clientWidth);
      }
    } finally {
      await page.context().close();
    }
  });

  for (const [width, board] of [[1280, BOARD], [360, BOARD], [1280, "/leaderboards/long-tasks/"], [360, "/leaderboards/long-tasks/"]] as const) {
    it(`no tick labels overlap or leave the plot on ${board} at ${width} px`, async () => {
      const page = await open(board, width);
      try {
        const groups = await page.$$eval("svg.bd-plot .x-tick-labels, svg.bd-plot .y-tick-labels", (gs) =>
          gs.map((g) => ({
            axis: g.getAttribute("class"),
            frame: (({ left, right }) => ({ left, right }))(g.closest("svg")!.getBoundingClientRect()),
            boxes: [...g.querySelectorAll("text")].map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            }),
          })),
        );
        // The wide board has the two efficiency plots, the per-task cost plot and the history plot; the minutes board its history plot.
        expect(groups.length).toBeGreaterThanOrEqual(board === BOARD ? 8 : 2);
        let labels = 0;
        for (const { axis, boxes, frame } of groups) {
          labels += boxes.length;
          expect(boxes.length, `${axis} has labels`).toBeGreaterThan(1);
          // Inside the plot: a label cut off by the SVG's edge does not read either.
          for (const b of boxes) expect(b.left >= frame.left - 1 && b.right <= frame.right + 1, `${axis}: "${b.text}" inside the plot at ${width} px`).toBe(true);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              expect(overlap, `${axis}: "${a.text}" and "${b.text}" overlap at ${width} px`).toBe(false);
            }
          }
        }
        console.log(`[large board] ${board} at ${width} px: ${labels} tick labels on ${groups.length} axes, none overlapping, all inside their plot`);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        await page.screenshot({ path: join(ROOT, `test-results/screenshots/large-board-${board.split("/")[2]}-${width}.png`), fullPage: false });
      } finally {
        await page.context().close();
      }
    });
  }

  it("lists the 150 models, leaves the release dates off the time axis for the fifth without one, and counts them", async () => {
    const page = await open(BOARD, 1280);
    try {
      expect(await page.locator("table.leaderboard tbody tr").count()).toBe(ROWS);
      expect(await page.locator("#plot-history figcaption").innerText()).toContain(`${ROWS / 5} ranked models without a registered release date are not on the time axis`);
    } finally {
      await page.context().close();
    }
  });

  it("fits every column of the board in a 1280 px window, the source included", async () => {
    const page = await open(BOARD, 1280);
    try {
      const { region, table, last } = await page.evaluate(() => {
        const el = document.querySelector(".board-scroll")!;
        const heads = [...el.querySelectorAll("thead th")];
        return { region: el.clientWidth, table: el.querySelector("table")!.scrollWidth, last: heads.at(-1)!.textContent!.trim() };
      });
      console.log(`[large board] 1280 px: the table is ${table} px wide in a ${region} px column`);
      expect(last).toBe("Source");
      expect(table).toBeLessThanOrEqual(region);
    } finally {
      await page.context().close();
    }
  });

  it("keeps the header at the top of the board as it scrolls", async () => {
    const page = await open(BOARD, 1280);
    try {
      const region = page.locator(".board-scroll");
      await region.evaluate((el) => (el.scrollTop = 2500));
      await page.waitForTimeout(100);
      const { regionTop, headTop, scrolled, hit } = await page.evaluate(() => {
        const el = document.querySelector(".board-scroll")!;
        const th = el.querySelector("thead th")!;
        const head = th.getBoundingClientRect();
        const at = document.elementFromPoint(head.left + head.width / 2, head.top + head.height / 2);
        return { regionTop: el.getBoundingClientRect().top, headTop: head.top, scrolled: el.scrollTop, hit: !!at && th.contains(at) };
      });
      expect(scrolled).toBeGreaterThan(1000);
      expect(Math.abs(headTop - regionTop)).toBeLessThanOrEqual(2);
      expect(hit, "the header cell is what shows at its place").toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it("filters and sorts in place with JavaScript", async () => {
    const page = await open(BOARD, 1280);
    try {
      const tools = page.locator("[data-board-tools]");
      expect(await tools.isVisible()).toBe(true);
      await page.locator("[data-filter]").fill("Lab 03");
      const visible = await page.$$eval("table.leaderboard tbody tr", (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute("data-lab")));
      expect(visible.length).toBe(expected.byLab.get("Lab 03"));
      expect(new Set(visible)).toEqual(new Set(["Lab 03"]));
      expect(await page.locator("[data-count]").innerText()).toBe(`${visible.length} of ${ROWS} rows match`);
      await page.locator("[data-filter]").fill("");
      // Sort by score, lowest first, then back.
      await page.locator("table.leaderboard thead th", { hasText: /^Score$/ }).locator("button").click();
      const ascending = await page.$$eval("table.leaderboard tbody tr", (trs) => trs.map((tr) => Number(tr.querySelectorAll("td.num")[0].getAttribute("data-value"))));
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(await page.locator("table.leaderboard thead th", { hasText: /^Score$/ }).getAttribute("aria-sort")).toBe("ascending");
      await page.locator("table.leaderboard thead th", { hasText: /^Score$/ }).locator("button").click();
      const descending = await page.$$eval("table.leaderboard tbody tr", (trs) => trs.map((tr) => Number(tr.querySelectorAll("td.num")[0].getAttribute("data-value"))));
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
    } finally {
      await page.context().close();
    }
  });

  it("without JavaScript: the table is whole, the filter is not shown, and the views are linked and hold their rows", async () => {
    const page = await open(BOARD, 360, false);
    try {
      expect(await page.locator("table.leaderboard tbody tr").count()).toBe(ROWS);
      expect(await page.locator("[data-board-tools]").isVisible()).toBe(false);
      const links = await page.$$eval('nav[aria-label="Views of this board"] a', (as) => as.map((a) => ({ href: a.getAttribute("href")!, text: a.textContent!.trim() })));
      const openWeights = links.find((l) => l.text === "Open-weights models")!;
      expect(openWeights.href).toBe("/leaderboards/wide-board/v1/open-weights/");
      expect(links.filter((l) => l.href.includes("/labs/"))).toHaveLength(LABS);
      await page.goto(server.origin + openWeights.href);
      expect(await page.locator("table.leaderboard tbody tr").count()).toBe(expected.openWeights);
      const lab = links.find((l) => l.text === "Lab 07")!;
      await page.goto(server.origin + lab.href);
      const labs = await page.$$eval("table.leaderboard tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-lab")));
      expect(labs.length).toBe(expected.byLab.get("Lab 07"));
      expect(new Set(labs)).toEqual(new Set(["Lab 07"]));
    } finally {
      await page.context().close();
    }
  });
});
