import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { readDataset } from "./readDataset";
import { removeFilesExcept } from "./addressedFiles";
import { readResultRows, writeResultRows } from "./resultRows";

const ROOT = join(import.meta.dirname, "../..");
const tempDir = () => testTempDir("bd-result-rows-");

describe("the benchmark rows kept in a content-addressed file", () => {
  // The site's own data: every publisher shape the sample carries (dates of their own and of a table, settings, intervals, notes).
  const rows = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT }).results;

  it("reads back every row of the sample's data as the loader made it, its dates as dates", () => {
    expect(rows.length).toBeGreaterThan(100);
    const dir = tempDir();
    const ref = writeResultRows(rows, dir);
    expect(ref).toEqual({ file: join(dir, `${ref.sha}.json`), sha: createHash("sha256").update(readFileSync(ref.file)).digest("hex"), rows: rows.length });
    const back = readResultRows(ref);
    // JSON leaves out a field that is undefined; every other value, dates included, comes back the same.
    expect(back).toEqual(rows);
    expect(back.every((r) => r.evaluated_at instanceof Date && !Number.isNaN(r.evaluated_at.getTime()))).toBe(true);
    expect(back.map((r) => r.evaluated_at.toISOString())).toEqual(rows.map((r) => r.evaluated_at.toISOString()));
    // The same rows again are the same file.
    expect(writeResultRows(rows, dir)).toEqual(ref);
    expect(readdirSync(dir)).toEqual([`${ref.sha}.json`]);
  });

  it("refuses a file that is gone, or damaged (and removes it), naming what to do", () => {
    const dir = tempDir();
    const ref = writeResultRows(rows.slice(0, 5), dir);
    writeFileSync(ref.file, readFileSync(ref.file).subarray(0, 40));
    expect(() => readResultRows(ref)).toThrow(/^data\/results: its rows file \(.*\.json\) is damaged: .* The file was removed; build again: data\/ is read anew\.$/);
    expect(existsSync(ref.file)).toBe(false);
    expect(() => readResultRows(ref)).toThrow(/^data\/results: its rows file \(.*\.json\) could not be read: .*ENOENT.* Build again: data\/ is read anew when its file is missing\.$/);
  });

  it("writes a file a stopped machine left short again, instead of keeping it for its name", () => {
    const dir = tempDir();
    const ref = writeResultRows(rows.slice(0, 5), dir);
    const whole = readFileSync(ref.file);
    writeFileSync(ref.file, whole.subarray(0, 40));
    expect(writeResultRows(rows.slice(0, 5), dir)).toEqual(ref);
    expect(readFileSync(ref.file)).toEqual(whole);
  });

  it("in npm run dev, keeps the files of earlier data written within the last minute", () => {
    const dir = tempDir();
    const old = writeResultRows(rows.slice(0, 2), dir);
    const recent = writeResultRows(rows.slice(0, 3), dir);
    const now = writeResultRows(rows.slice(0, 4), dir);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old.file, hourAgo, hourAgo);
    removeFilesExcept(dir, new Set([now.file]), 60_000);
    expect(readdirSync(dir).sort()).toEqual([`${recent.sha}.json`, `${now.sha}.json`].sort());
  });

  it("removes the files of earlier data, and leftover temporary files", () => {
    const dir = tempDir();
    writeResultRows(rows.slice(0, 3), dir);
    writeFileSync(join(dir, ".x.json.123.tmp"), "half");
    const now = writeResultRows(rows.slice(0, 4), dir);
    removeFilesExcept(dir, new Set([now.file]));
    expect(readdirSync(dir)).toEqual([`${now.sha}.json`]);
    removeFilesExcept(join(dir, "missing"), new Set([now.file]));
  });
});
