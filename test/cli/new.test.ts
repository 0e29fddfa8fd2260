/** `npm run new` as an editor runs it, on copies of the minimal fixture site. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withSiteLock } from "../../src/integrations/safeWrite";
import { readFrontmatter } from "../../src/lib/check/readFrontmatter";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript, runScriptAsync, userEnv } from "../helpers/cli";

const sites: string[] = [];
const site = () => {
  const dir = copyFixture("minimal");
  sites.push(dir);
  return dir;
};
afterAll(() => sites.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("npm run new", () => {
  it("creates content/recaps/<date>-<slug>.mdx with complete frontmatter, prints its path, and the check passes", () => {
    const dir = site();
    const r = runNpm("new", ["Claude Sonnet 4.6 lands", "--date", "2026-02-21", "--models", "claude-sonnet-4-6,claude-3-opus-4.6", "--topics", "launches,benchmarking", "--root", "."], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout.trim()).toBe("content/recaps/2026-02-21-claude-sonnet-4-6-lands.mdx");
    expect(readFileSync(join(dir, "content/recaps/2026-02-21-claude-sonnet-4-6-lands.mdx"), "utf8")).toBe(
      [
        "---",
        "title: Claude Sonnet 4.6 lands",
        "date: 2026-02-21",
        "# One or two sentences for the recap lists, feeds and search results.",
        'description: ""',
        "# Drafts show only in `npm run dev`; delete this line (or set it to false) to publish.",
        "draft: true",
        "# Model ids or aliases from data/models.csv (other names get a label page, without scores).",
        "models:",
        "  - claude-sonnet-4-6",
        "  - claude-3-opus-4.6",
        "companies: []",
        "topics:",
        "  - launches",
        "  - benchmarking",
        "people: []",
        "---",
        "",
        "Write the recap here in Markdown. In an .mdx recap you can also use components such as",
        '`<Leaderboard benchmark="aa-intelligence-index" />`; see docs/editing.md.',
        "",
      ].join("\n"),
    );
    const check = runScript("check", ["--root", dir], { env: { SITE_URL: "https://news.example.com" } });
    expect(check.status, check.output).toBe(0);
    // 1 of the fixture's, 4 of the sample's identity at a published URL (test/cli/check.test.ts).
    expect(check.stdout).toMatch(/check passed: 0 errors, 5 warnings in 4 recaps/);
  });

  it("writes .md with --md, today's date by default, and notes model labels that link to nothing", () => {
    const dir = site();
    const r = runScript("new", ["Qwen ships", "--md", "--models", "qwen-9", "--publish", "--root", dir]);
    expect(r.status, r.output).toBe(0);
    const written = readdirSync(join(dir, "content/recaps")).filter((n) => n.endsWith("-qwen-ships.md"));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\d{4}-\d{2}-\d{2}-qwen-ships\.md$/);
    expect(r.stdout.trim()).toBe(join(dir, "content/recaps", written[0]));
    expect(r.stderr).toContain('note: model "qwen-9" matches no model id or alias');
    expect(readFileSync(join(dir, "content/recaps", written[0]), "utf8")).not.toContain("draft");
  });

  it("refuses to overwrite, also across .md and .mdx, leaving the file as it was", () => {
    const dir = site();
    const existing = join(dir, "content/recaps/2026-02-18-token-bill.md");
    const before = readFileSync(existing, "utf8");
    for (const args of [["The token bill", "--slug", "token-bill", "--date", "2026-02-18", "--md"], ["Token bill", "--date", "2026-02-18"]]) {
      const r = runScript("new", [...args, "--root", dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("content/recaps/2026-02-18-token-bill.md already exists; not overwriting it");
    }
    expect(readFileSync(existing, "utf8")).toBe(before);
    expect(existsSync(join(dir, "content/recaps/2026-02-18-token-bill.mdx"))).toBe(false);
  });

  it("refuses a recap whose page another recap has already: a name in capitals, or another recap's slug field (found in review)", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    writeFileSync(join(recaps, "2026-02-17-Foo.md"), '---\ntitle: "Foo"\ndate: 2026-02-17\n---\n\nBody.\n');
    writeFileSync(join(recaps, "2026-01-01-other.md"), '---\ntitle: "Other"\ndate: 2026-01-01\nslug: 2026-02-18-bar\n---\n\nBody.\n');
    const before = readdirSync(recaps).sort();
    const foo = runScript("new", ["Foo", "--date", "2026-02-17", "--md", "--root", dir]);
    expect(foo.status, foo.output).toBe(1);
    expect(foo.stderr).toContain("content/recaps/2026-02-17-Foo.md already has the address /recaps/2026-02-17-foo/ that 2026-02-17-foo.md would have; nothing written");
    const bar = runScript("new", ["Bar", "--date", "2026-02-18", "--root", dir]);
    expect(bar.status, bar.output).toBe(1);
    expect(bar.stderr).toContain("content/recaps/2026-01-01-other.md already has the address /recaps/2026-02-18-bar/ that 2026-02-18-bar.mdx would have");
    // Nor where another recap's redirect_from leads (the check refuses a redirect from a page of the site).
    writeFileSync(join(recaps, "2026-01-02-moved.md"), '---\ntitle: "Moved"\ndate: 2026-01-02\nredirect_from: [/recaps/2026-03-02-qux]\n---\n\nBody.\n');
    const qux = runScript("new", ["Qux", "--date", "2026-03-02", "--md", "--root", dir]);
    expect(qux.status, qux.output).toBe(1);
    expect(qux.stderr).toContain("content/recaps/2026-01-02-moved.md redirects to itself from the address /recaps/2026-03-02-qux/ that 2026-03-02-qux.md would have");
    expect(readdirSync(recaps).sort()).toEqual([...before, "2026-01-02-moved.md"].sort());
    // However the keys are written: quoted, or a flow mapping.
    writeFileSync(join(recaps, "2026-01-03-quoted.md"), "---\n'slug': 2026-03-05-target\ntitle: Quoted\ndate: 2026-01-03\n---\n\nBody.\n");
    const quoted = runScript("new", ["Target", "--date", "2026-03-05", "--md", "--root", dir]);
    expect(quoted.status, quoted.output).toBe(1);
    expect(quoted.stderr).toContain("content/recaps/2026-01-03-quoted.md already has the address /recaps/2026-03-05-target/");
    // Another address is written as before.
    expect(runScript("new", ["Baz", "--date", "2026-02-18", "--root", dir]).status).toBe(0);
  });

  it("refuses a bad date, a missing title and an unknown option", () => {
    const dir = site();
    const before = readdirSync(join(dir, "content/recaps"));
    const badDate = runScript("new", ["A title", "--date", "2026-02-30", "--root", dir]);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr.trim()).toBe('--date: expected a date that exists (YYYY-MM-DD), found "2026-02-30"');
    const noTitle = runScript("new", ["--root", dir]);
    expect(noTitle.status).toBe(2);
    expect(noTitle.stderr).toContain("expected one title in quotes");
    const unknown = runScript("new", ["A title", "--tags", "x", "--root", dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("usage: npm run new");
    // A published recap dated after today, which the check and the build refuse (helper-74: it was
    // written, though the file `new` writes passes the check as it is).
    const future = runScript("new", ["A launch to come", "--publish", "--date", "2099-03-01", "--root", dir]);
    expect(future.status).toBe(1);
    expect(future.stderr).toContain('field "date": the date 2099-03-01 is in the future, and the recap is not a draft');
    expect(future.stderr).toContain("nothing written (a draft may be dated ahead: leave out --publish)");
    expect(readdirSync(join(dir, "content/recaps"))).toEqual(before);
  });

  it("writes into a site whose data has problems, and the check then names them", () => {
    const dir = site();
    writeFileSync(join(dir, "data/models.csv"), "id,name\n");
    const r = runScript("new", ["Still works", "--date", "2026-02-22", "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(runScript("check", ["--root", dir]).status).toBe(1);
  });

  it("waits while another command holds the site's lock, then writes the recap", async () => {
    const dir = site();
    const path = join(dir, "content/recaps/2026-02-22-while-locked.mdx");
    let run: ReturnType<typeof runScriptAsync> | undefined;
    let releasedAt = 0;
    await withSiteLock(dir, "a test holding the lock", async () => {
      run = runScriptAsync("new", ["While locked", "--date", "2026-02-22", "--root", dir]);
      await new Promise((r) => setTimeout(r, 2000));
      expect(existsSync(path), "written while another command held the lock").toBe(false);
      releasedAt = Date.now();
    });
    const r = await run!;
    expect(r.status, r.output).toBe(0);
    expect(r.endedAt).toBeGreaterThanOrEqual(releasedAt);
    expect(readFileSync(path, "utf8")).toContain("title: While locked\n");
  });

  it("two runs for the same recap at once: one writes it whole, the other stops with a clear message", async () => {
    const dir = site();
    const args = ["Same recap twice", "--date", "2026-02-22", "--root", dir];
    const runs = await Promise.all([runScriptAsync("new", args), runScriptAsync("new", args)]);
    expect(runs.map((r) => r.status).sort(), runs.map((r) => r.output).join("\n")).toEqual([0, 1]);
    expect(runs.find((r) => r.status === 1)!.stderr).toContain("content/recaps/2026-02-22-same-recap-twice.mdx already exists; not overwriting it");
    const text = readFileSync(join(dir, "content/recaps/2026-02-22-same-recap-twice.mdx"), "utf8");
    expect(readFrontmatter(text, "x.mdx")).toMatchObject({ ok: true, data: { title: "Same recap twice" } });
    expect(readdirSync(join(dir, "content/recaps")).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("on a full disk writes nothing, not even an empty file, and says so", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    const before = Object.fromEntries(readdirSync(recaps).map((n) => [n, readFileSync(join(recaps, n), "utf8")]));
    // A file-size limit of 0 makes every write to a file fail as a full disk does (EFBIG instead
    // of ENOSPC). The signal that comes with it (SIGXFSZ) would kill the process first: a listener,
    // loaded before the command, keeps it alive to see the failed write, as on a real full disk.
    // `node --import tsx` is what `npm run new` (tsx scripts/new.ts) runs.
    const run = spawnSync("bash", ["-c", 'ulimit -f 0; exec "$0" "$@"', process.execPath, "--import", "tsx", "--import", 'data:text/javascript,process.on("SIGXFSZ",()=>{})', join(ROOT, "scripts/new.ts"), "Disk full", "--date", "2026-02-22", "--root", dir], {
      cwd: ROOT,
      env: userEnv({}),
      encoding: "utf8",
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(1);
    expect(run.stderr.trim()).toBe(`${join(recaps, "2026-02-22-disk-full.mdx")}: could not write the recap (EFBIG); nothing was written`);
    expect(Object.fromEntries(readdirSync(recaps).map((n) => [n, readFileSync(join(recaps, n), "utf8")]))).toEqual(before);
  });
});
