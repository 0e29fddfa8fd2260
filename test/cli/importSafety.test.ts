/**
 * `npm run import:results` writes safely: two imports started together both land (the site lock
 * makes the second wait and read the first's result), a disk that fills mid-write leaves the
 * results file as it was, and rows that cannot be imported are saved even into a folder that
 * does not exist yet (they used to be lost with an ENOENT crash after the results were written).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv/readCsv";
import { copyFixture, ROOT } from "../helpers/astro";
import { runScript } from "../helpers/cli";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const site = () => {
  const dir = copyFixture("minimal");
  dirs.push(dir);
  return dir;
};
const MAP = "model=Model; score=Score; evaluated_at=Date; source_url=Link";
const TSX = join(ROOT, "node_modules/.bin/tsx");
const SCRIPT = join(ROOT, "scripts/import-results.ts");

/** Starts `import:results` without waiting, as a second terminal would. */
function start(args: string[], shell = ""): Promise<{ status: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", TSX_DISABLE_CACHE: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["NODE_ENV", "BENCHDIGEST_ROOT", "INIT_CWD"].includes(key)) delete env[key];
  const quoted = [TSX, SCRIPT, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const child = spawn("bash", ["-c", `${shell}exec ${quoted}`], { cwd: ROOT, env });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return new Promise((done) => child.on("close", (status) => done({ status, output })));
}

describe("import:results under the site lock", () => {
  it("two imports started together both land: no row is lost", async () => {
    const dir = site();
    // 1,500 rows each, so that each command spends a second or more between reading the results
    // file and writing it: without the lock the two windows overlap and one command's rows are lost.
    const publisher = (model: string, link: string) =>
      ["Model,Score,Date,Link", ...Array.from({ length: 1500 }, (_, i) => `${model},${(i % 90) + 1},${new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},${link}`)].join("\n") + "\n";
    writeFileSync(join(dir, "a.csv"), publisher("claude-opus-4-6", "https://example.org/a"));
    writeFileSync(join(dir, "b.csv"), publisher("claude-sonnet-4-5", "https://example.org/b"));
    const common = ["--benchmark", "aa-index", "--version", "v4.0", "--map", MAP, "--root", dir];
    const [a, b] = await Promise.all([start([join(dir, "a.csv"), ...common]), start([join(dir, "b.csv"), ...common])]);
    expect(a.status, a.output.slice(-500)).toBe(0);
    expect(b.status, b.output.slice(-500)).toBe(0);
    expect(a.output).toContain("1500 added");
    expect(b.output).toContain("1500 added");
    const rows = readCsv(readFileSync(join(dir, "data/results/aa-index.csv"), "utf8"), "x").rows;
    expect(rows.filter((r) => r.cells.source_url === "https://example.org/a")).toHaveLength(1500);
    expect(rows.filter((r) => r.cells.source_url === "https://example.org/b")).toHaveLength(1500);
    expect(rows).toHaveLength(5 + 3000);
    expect(existsSync(join(dir, ".benchdigest.lock"))).toBe(false);
  }, 180_000);

  it("a disk that fills mid-write leaves the results file whole and no temporary file", async () => {
    const dir = site();
    const target = join(dir, "data/results/aa-index.csv");
    const before = readFileSync(target, "utf8");
    // 2,000 new rows make the merged file larger than the 64 KB the shell lets the command write.
    const rows = Array.from({ length: 2000 }, (_, i) => `claude-opus-4-6,${(i % 90) + 1},${new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},https://example.org/full-disk-${i}`);
    writeFileSync(join(dir, "big.csv"), ["Model,Score,Date,Link", ...rows].join("\n") + "\n");
    // A file-size limit fails write(2) part way as a full disk does (EFBIG instead of ENOSPC). The
    // command ignores the SIGXFSZ that comes with it (src/integrations/safeWrite.ts) and says what
    // happened; on the way out the signal may still end it (status 128 + 25) before its last
    // words reach the pipe, which a full disk (no signal) does not do: the message is checked when
    // the command ended on its own.
    const r = await start([join(dir, "big.csv"), "--benchmark", "aa-index", "--version", "v4.0", "--map", MAP, "--root", dir], "ulimit -f 64; ");
    expect([1, 153], r.output.slice(-500)).toContain(r.status);
    if (r.status === 1) expect(r.output).toMatch(/could not write .*EFBIG.*the file keeps its previous content/);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(readdirSync(join(dir, "data/results")).sort()).toEqual(["aa-index.csv", "terminal-bench.csv"]);
  }, 120_000);

  it("saves the rows it cannot import into a folder that does not exist yet, before writing the results", () => {
    const dir = site();
    writeFileSync(join(dir, "pub.csv"), "Model,Score,Date,Link\nclaude-opus-4-6,55,2026-03-05,https://example.org/c\nno-such-model,12,2026-03-05,https://example.org/c\n");
    const rejects = join(dir, "not/yet/there/rejects.csv");
    const r = runScript("import-results", [join(dir, "pub.csv"), "--benchmark", "aa-index", "--version", "v4.0", "--map", MAP, "--skip-unmapped", "--rejected", rejects, "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain("merged into data/results/aa-index.csv: 1 added, 0 updated, 0 unchanged, 1 not mapped");
    expect(readFileSync(rejects, "utf8")).toBe("Model,Score,Date,Link\nno-such-model,12,2026-03-05,https://example.org/c\n");
  });

  it("never writes its rejects over a rejects file with rows its input does not hold (the editor's fixes, another file's rows); the same rows again, or fewer, are replaced (found in review)", () => {
    const dir = site();
    const pub = join(dir, "pub.csv");
    const rejects = join(dir, "pub.rejected.csv");
    const publisher = "Model,Score,Date,Link\nclaude-opus-4-6,55,2026-03-05,https://example.org/c\nno-such-model,12,2026-03-05,https://example.org/c\nother-model,13,2026-03-05,https://example.org/c\n";
    writeFileSync(pub, publisher);
    const common = [pub, "--benchmark", "aa-index", "--version", "v4.0", "--map", MAP, "--skip-unmapped", "--rejected", rejects, "--root", dir];
    // The editor fixed one saved row (its name is a registered model's now), not imported yet.
    const fixed = "Model,Score,Date,Link\nclaude-sonnet-4-6,12,2026-03-05,https://example.org/c\nother-model,13,2026-03-05,https://example.org/c\n";
    writeFileSync(rejects, fixed);
    const results = join(dir, "data/results/aa-index.csv");
    const before = readFileSync(results, "utf8");
    const files = readdirSync(dir).sort();
    // A dry run that saves its rejects (--rejected) stops as the import would; a refresh that saves
    // none (without --skip-unmapped) says what a run with it would do.
    const dry = runScript("import-results", [...common, "--dry-run"]);
    expect(dry.status, dry.output).toBe(1);
    expect(dry.stderr).toContain("would write its own 2 rows not imported over it");
    const unsaved = runScript("import-results", common.filter((a) => a !== "--skip-unmapped"));
    expect(unsaved.stderr).toContain("does not hold as written (rows you fixed in it, an older table's rows the publisher has changed since, or another file's rows): this import would stop rather than write its own 2 rows not imported over it");
    const r = runScript("import-results", common);
    expect(r.status, r.output).toBe(1);
    expect(r.stderr).toContain(`${rejects} is there already, from an earlier import, with a row that ${pub} does not hold as written (rows you fixed in it, an older table's rows the publisher has changed since, or another file's rows): this import would write its own 2 rows not imported over it. If you fixed rows in it, import it first`);
    expect(r.stderr).toContain("nothing written");
    expect(r.output).not.toContain("then import the saved rows");
    expect(readFileSync(rejects, "utf8")).toBe(fixed);
    expect(readFileSync(results, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
    // A rejects path that is no file of rows (a link to a device, bytes of a program) stops it too, without reading it whole.
    for (const odd of ["device", "binary"] as const) {
      rmSync(rejects, { force: true });
      if (odd === "device") symlinkSync("/dev/zero", rejects);
      else writeFileSync(rejects, readFileSync(process.execPath).subarray(0, 3000));
      const r2 = runScript("import-results", common);
      expect(r2.status, `${odd}: ${r2.output.slice(-400)}`).toBe(1);
      expect(r2.stderr, odd).toContain("with content no import of it could have written (not a file, larger than this file, not UTF-8 text, or no header)");
    }
    rmSync(rejects, { force: true });
    // A rejects file of this input's own rows as written (an earlier run's, not edited) is replaced.
    writeFileSync(rejects, "Model,Score,Date,Link\nno-such-model,12,2026-03-05,https://example.org/c\nclaude-opus-4-6,55,2026-03-05,https://example.org/c\n");
    const again = runScript("import-results", common);
    expect(again.status, again.output).toBe(0);
    expect(readFileSync(rejects, "utf8")).toBe("Model,Score,Date,Link\nno-such-model,12,2026-03-05,https://example.org/c\nother-model,13,2026-03-05,https://example.org/c\n");
  });

  it("a rejects file imported again loses no row: not in a dry run, not when the results cannot be written", async () => {
    const dir = site();
    const rejects = join(dir, "pub.rejected.csv");
    // What an editor has after fixing a rejects file: 2,000 rows now known (more than the 64 KB the
    // shell lets the command write below), one still unknown.
    const fixed = Array.from({ length: 2000 }, (_, i) => `claude-opus-4-6,${(i % 90) + 1},${new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},https://example.org/fixed-${i}`);
    const text = ["Model,Score,Date,Link", ...fixed, "no-such-model,12,2026-03-05,https://example.org/c"].join("\n") + "\n";
    writeFileSync(rejects, text);
    const common = [rejects, "--benchmark", "aa-index", "--version", "v4.0", "--map", MAP, "--skip-unmapped", "--rejected", rejects, "--root", dir];
    // A dry run reads the file and leaves it as it is (it used to replace it with the one row that
    // still fails: the 2,000 fixed rows were then in no file).
    const dry = runScript("import-results", [...common, "--dry-run"]);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.stdout).toContain("pub.rejected.csv is the file this command reads: a dry run leaves it as it is");
    // Nothing saved, so nothing said to be (helper-73): the report says what the real run will do.
    expect(dry.output).not.toContain("then import the saved rows");
    expect(dry.output).toContain("then run the same command without --dry-run: it imports the other rows and saves these to");
    expect(readFileSync(rejects, "utf8")).toBe(text);
    // The same file under another name (a symbolic link) is the same file (helper-73).
    symlinkSync(rejects, join(dir, "alias.csv"));
    const linked = runScript("import-results", [join(dir, "alias.csv"), ...common.slice(1), "--dry-run"]);
    expect(linked.status, linked.output).toBe(0);
    expect(linked.stdout).toContain("is the file this command reads: a dry run leaves it as it is");
    expect(readFileSync(rejects, "utf8")).toBe(text);
    // A write of the results that fails (a full disk) leaves the rejects file whole: the rows are
    // written into data/ before it is replaced (it used to be replaced first).
    const target = join(dir, "data/results/aa-index.csv");
    const before = readFileSync(target, "utf8");
    const full = await start(common, "ulimit -f 64; ");
    expect([1, 153], full.output.slice(-500)).toContain(full.status);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(readFileSync(rejects, "utf8")).toBe(text);
    // With room, the fixed rows land and only the row that still fails stays in the file.
    const r = runScript("import-results", common);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain("2000 added, 0 updated, 0 unchanged, 1 not mapped");
    expect(readFileSync(rejects, "utf8")).toBe("Model,Score,Date,Link\nno-such-model,12,2026-03-05,https://example.org/c\n");
  }, 120_000);
});
