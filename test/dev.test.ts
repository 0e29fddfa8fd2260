/**
 * `npm run dev` live preview, driven as an editor uses it: astro dev on a free port over a copy
 * of the minimal fixture site; editing a CSV or a recap updates the page without a restart; bad
 * input shows in the terminal and (with Chromium) in the browser's error overlay with the file and
 * line, and the page comes back once the file is fixed. Waits are polls with a bound, never timed
 * assertions.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopProcessGroup } from "./helpers/processGroup";
import { startSiteDev } from "./helpers/devServer";
import { copyFixture } from "./helpers/astro";
import { chromiumMissing, launchChromium } from "./helpers/chromium";

let site: string;
let server: ChildProcess | undefined;
let output = "";
let base = "";

/** Polls `probe` every 250 ms until it returns a value, or fails after `seconds` with `what`. */
async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + seconds * 1000;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = join(tmpdir(), `bd-dev-test-${Date.now()}.log`);
  writeFileSync(log, output);
  throw new Error(`gave up waiting for ${what} after ${seconds} s${last ? ` (last error: ${String(last)})` : ""}; astro dev's whole output is in ${log}\n--- its end ---\n${output.slice(-3000)}`);
}

async function get(path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: await res.text() };
}

/** Waits until `path` answers `status` with a body that contains `text` (when given). */
const pageWith = (path: string, status: number, text?: string, seconds = 60) =>
  until(`${path} to answer ${status}${text ? ` with ${JSON.stringify(text)}` : ""}`, seconds, async () => {
    const page = await get(path);
    return page.status === status && (text === undefined || page.body.includes(text)) ? page : undefined;
  });

/** One Chromium for the file, launched when the first overlay is read; each read opens a fresh page in it. */
let browser: Promise<Browser> | undefined;

/** The message and code frame of the error overlay on `path`, or undefined without Chromium. */
async function overlayText(path: string): Promise<string | undefined> {
  if (chromiumMissing()) return undefined;
  browser ??= launchChromium();
  const page = await (await browser).newPage();
  try {
    await page.goto(`${base}${path}`);
    const overlay = page.locator("vite-error-overlay");
    await overlay.waitFor({ state: "attached", timeout: 30_000 });
    return await overlay.evaluate((el) => [el.shadowRoot?.querySelector("#message-content")?.textContent, el.shadowRoot?.querySelector("#code")?.textContent].join("\n"));
  } finally {
    await page.close();
  }
}

/**
 * The overlay's text once it shows `expected`. Read once, right after the terminal has the new
 * problem, it can still show the one before: on a loaded machine an edit that truncates the file
 * and then writes it can be read empty first ("title: required"), and the page fetched just then
 * shows that until the next render (seen once in a clean-clone run, load average 6).
 */
async function overlayShowing(path: string, expected: string): Promise<string | undefined> {
  if (chromiumMissing()) return undefined;
  return until(`the overlay of ${path} to show ${JSON.stringify(expected)}`, 30, async () => {
    const text = await overlayText(path);
    return text?.includes(expected) ? text : undefined;
  });
}

let lastEdit = 0;
/**
 * Edits a file as an editor saves it. Saves are at least 300 ms apart: the watcher (chokidar 3,
 * inside Vite) drops a change that comes within 50 ms of the previous one on the same file, and no
 * person saves faster than that.
 */
const edit = async (rel: string, from: string, to: string) => {
  const wait = lastEdit + 300 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  lastEdit = Date.now();
  const path = join(site, rel);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(async () => {
  site = copyFixture("minimal");
  ({ server, base } = await startSiteDev(site, (chunk) => (output += chunk)));
  await pageWith("/recaps/2026-02-18-token-bill/", 200, "The token bill", 180);
}, 240_000);

afterAll(async () => {
  await (await browser)?.close();
  await stopProcessGroup(server);
  if (site) rmSync(site, { recursive: true, force: true });
});

describe("npm run dev live preview", () => {
  it("shows a CSV edit without a restart", async () => {
    // The recap's models panel shows the model's name from data/models.csv.
    const before = (await get("/recaps/2026-02-18-token-bill/")).body;
    expect(before).toContain("Claude Sonnet 4.6");
    expect(before).not.toContain("(edited live)");
    await edit("data/models.csv", "claude-sonnet-4-6,Claude Sonnet 4.6,", "claude-sonnet-4-6,Claude Sonnet 4.6 (edited live),");
    await pageWith("/recaps/2026-02-18-token-bill/", 200, "Claude Sonnet 4.6 (edited live)");
  });

  it("shows a result edit on its leaderboard without a restart", async () => {
    // The rows live in a file beside the content store (src/integrations/resultRows.ts): an edit
    // writes a new one, and the page reads it.
    const page = "/leaderboards/aa-index/v4.0/";
    expect((await get(page)).body).not.toContain("41.7");
    await edit("data/results/aa-index.csv", "claude-sonnet-4-5,v4.0,,43,", "claude-sonnet-4-5,v4.0,,41.7,");
    await pageWith(page, 200, "41.7");
    await edit("data/results/aa-index.csv", "claude-sonnet-4-5,v4.0,,41.7,", "claude-sonnet-4-5,v4.0,,43,");
    await until("the score as it was", 60, async () => (!(await get(page)).body.includes("41.7") ? true : undefined));
  });

  it("shows a recap edit without a restart", async () => {
    await edit("content/recaps/2026-02-18-token-bill.md", 'title: "The token bill"', 'title: "The token bill, revised"');
    await pageWith("/recaps/2026-02-18-token-bill/", 200, "The token bill, revised");
    // The rendered bodies' files under .astro/ are the watcher's to ignore (RECAP_HTML_WATCH_IGNORED):
    // each written at the start and at each edit used to be logged as a "[watch]" line.
    expect(output).not.toMatch(/\[watch\][^\n]*benchdigest-html/);
  });

  it("shows an .mdx recap that gains a component and loses it again, without a restart", async () => {
    // Plain Markdown, the recap renders with markdown-it; with a component, from its MDX module
    // (src/lib/content/plainMdx.ts); and back.
    const page = "/recaps/2026-02-17-sonnet-lands/";
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", "Sonnet 4.6 is out.", 'Sonnet 4.6 is out.\n\n<Leaderboard benchmark="aa-index" />');
    await pageWith(page, 200, 'class="leaderboard"');
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", '\n\n<Leaderboard benchmark="aa-index" />', "\n\nAnd *plain* again.");
    const body = await pageWith(page, 200, "<em>plain</em> again");
    expect(body).not.toContain('class="leaderboard"');
  });

  it("reads Astro's list of MDX modules again when a loaded machine's watcher sees it deleted and added", async () => {
    // Astro reads .astro/content-modules.mjs through a module that Vite, depending on when it was
    // first looked up, holds as a virtual module no watcher event drops, or drops on a change event
    // only, which chokidar under load can report as a delete and an add: the list read first then
    // stayed (src/integrations/devModuleList.ts). Here the file is replaced by a delete and an add
    // on purpose, with a pause longer than chokidar's 100 ms for joining the two into one change;
    // without the fix this failed in one run of two.
    const page = "/recaps/2026-02-17-sonnet-lands/";
    const list = join(site, ".astro", "content-modules.mjs");
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", "Sonnet 4.6 is out.", 'Sonnet 4.6 is out.\n\n<Leaderboard benchmark="aa-index" />');
    await pageWith(page, 200, 'class="leaderboard"');
    const written = readFileSync(list, "utf8");
    expect(written).toContain("2026-02-17-sonnet-lands.mdx");
    const replace = async (text: string) => {
      rmSync(list);
      await new Promise((r) => setTimeout(r, 500));
      writeFileSync(list, text);
    };
    // A list without the recap: its body can no longer be rendered, so the page read the new file.
    await replace("export default new Map();");
    await until("the page to read the emptied list", 60, async () => ((await get(page)).body.includes('class="leaderboard"') ? undefined : true));
    await replace(written);
    await pageWith(page, 200, 'class="leaderboard"');
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", '\n\n<Leaderboard benchmark="aa-index" />', "");
    await pageWith(page, 200, "Sonnet 4.6 is out.");
    await until("the plain page", 60, async () => ((await get(page)).body.includes('class="leaderboard"') ? undefined : true));
  });

  it("shows a bad CSV cell in the terminal and the overlay with file and line, until it is fixed", async () => {
    const mark = output.length;
    await edit("data/results/aa-index.csv", "claude-sonnet-4-5,v4.0,,43,", "claude-sonnet-4-5,v4.0,,n/a,");
    const message = 'data/results/aa-index.csv:4 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"';
    await pageWith("/recaps/2026-02-18-token-bill/", 500);
    await until("the terminal message", 30, async () => (output.slice(mark).includes(message) ? true : undefined));
    const overlay = await overlayShowing("/recaps/2026-02-18-token-bill/", message);
    if (overlay !== undefined) {
      expect(overlay).toContain(message);
      // The overlay's code frame opens the CSV at that line.
      expect(overlay).toContain("aa-index.csv:4");
    }
    await edit("data/results/aa-index.csv", "claude-sonnet-4-5,v4.0,,n/a,", "claude-sonnet-4-5,v4.0,,43,");
    await pageWith("/recaps/2026-02-18-token-bill/", 200, "The token bill, revised");
  });

  it("shows a bad recap field in the terminal with file and line, until it is fixed", async () => {
    const mark = output.length;
    await edit("content/recaps/2026-02-18-token-bill.md", "companies: [anthropic]", "companies: [anthropic]\ncompnies: [openai]");
    await pageWith("/recaps/2026-02-18-token-bill/", 500);
    const message = 'content/recaps/2026-02-18-token-bill.md:10 field "compnies": unknown frontmatter key "compnies" (did you mean "companies"?)';
    await until("the terminal message", 30, async () => (output.slice(mark).includes(message) ? true : undefined));
    // The page shows that problem, not a crash of some page code on the invalid recap's data.
    const overlay = await overlayShowing("/recaps/2026-02-18-token-bill/", message);
    if (overlay !== undefined) expect(overlay).toContain(message);
    expect(output.slice(mark)).not.toMatch(/is not a function|Cannot read properties/);
    await edit("content/recaps/2026-02-18-token-bill.md", "\ncompnies: [openai]", "");
    await pageWith("/recaps/2026-02-18-token-bill/", 200, "The token bill, revised");
    // The page can answer 200 before the watcher has handled the fix; the next test's edit
    // must not race it (chokidar then reports one change for both writes).
    await until("the fix to reach the terminal", 30, async () => (output.slice(mark).includes("2026-02-18-token-bill.md: fixed") ? true : undefined));
  });

  it("shows a YAML syntax error with file and line, until it is fixed", async () => {
    const mark = output.length;
    await edit("content/recaps/2026-02-18-token-bill.md", "companies: [anthropic]", "companies: [anthropic");
    await pageWith("/recaps/2026-02-18-token-bill/", 500);
    await until("the terminal message", 30, async () => (/content\/recaps\/2026-02-18-token-bill\.md:\d+: YAML syntax error: /.test(output.slice(mark)) ? true : undefined));
    await edit("content/recaps/2026-02-18-token-bill.md", "companies: [anthropic", "companies: [anthropic]");
    await pageWith("/recaps/2026-02-18-token-bill/", 200, "The token bill, revised");
  });

  it("shows a YAML syntax error in an .mdx recap with file and line, and nothing but that (helper-74: ten unhandled-rejection traces around it)", async () => {
    const mark = output.length;
    const page = "/recaps/2026-02-17-sonnet-lands/";
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", "date: 2026-02-17", "date: 2026-02-17\nmodels: [claude-sonnet-4-6");
    await pageWith(page, 500);
    await until("the terminal message", 30, async () => (/content\/recaps\/2026-02-17-sonnet-lands\.mdx:\d+: YAML syntax error: .*never closed/.test(output.slice(mark)) ? true : undefined));
    await edit("content/recaps/2026-02-17-sonnet-lands.mdx", "\nmodels: [claude-sonnet-4-6", "");
    await pageWith(page, 200, "Sonnet 4.6 is out.");
    expect(output.slice(mark)).not.toMatch(/UnhandledRejection|YAMLException/);
  });
});

describe("npm run dev started with a recap whose YAML is broken", () => {
  let site2 = "";
  let server2: ChildProcess | undefined;
  let output2 = "";
  afterAll(async () => {
    await stopProcessGroup(server2);
    if (site2) rmSync(site2, { recursive: true, force: true });
  });

  it("starts, names the file and line, and serves the recap once it is fixed (helper-75: the server exited with js-yaml's message)", async () => {
    site2 = copyFixture("minimal");
    const file = join(site2, "content/recaps/2026-02-17-sonnet-lands.mdx");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace("date: 2026-02-17", "date: 2026-02-17\nmodels: [claude-sonnet-4-6"));
    let base2 = "";
    ({ server: server2, base: base2 } = await startSiteDev(site2, (chunk) => (output2 += chunk)));
    const at = (path: string) => fetch(`${base2}${path}`).then(async (r) => ({ status: r.status, body: await r.text() }));
    await until("the server to answer", 180, async () => ((await at("/recaps/2026-02-18-token-bill/").catch(() => undefined))?.status === 500 ? true : undefined));
    expect(output2).toMatch(/content\/recaps\/2026-02-17-sonnet-lands\.mdx:\d+: YAML syntax error: .*never closed/);
    expect(output2).not.toMatch(/UnhandledRejection|YAMLException/);
    expect(server2.exitCode).toBeNull();
    writeFileSync(file, good);
    await until("the fixed recap", 60, async () => {
      const page = await at("/recaps/2026-02-17-sonnet-lands/");
      return page.status === 200 && page.body.includes("Sonnet 4.6 is out.") ? true : undefined;
    });
  }, 300_000);
});
