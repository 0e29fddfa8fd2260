import { mkdtempSync, cpSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ModelRowSchema } from "../../schemas/model";
import { ResultRowSchema } from "../../schemas/result";
import { readDataset } from "../../integrations/readDataset";
import { InputError } from "../errors";
import { decodeUtf8, readCsv } from "./readCsv";
import { validateRows } from "./validateRows";

/**
 * Property tests of the CSV loader: whatever bytes an editor or a publisher hands it, the loader
 * returns rows or throws its own `InputError` whose problems each name the file and a line of
 * that file; it never crashes with another error, never hangs (the test timeout), and never drops
 * a row silently (what it returns has one entry per data row).
 */

const FILE = "data/results/fuzz.csv";
const RESULT_COLUMNS = Object.keys(ResultRowSchema.innerType().shape);

/** Cells an editor might type, good and bad. */
const cell = fc.oneof(
  fc.constantFrom("", " ", "51", "60.3%", "1,234", "$2,088", "74M", "1.2B", "25k", "1e6", "-1", "NaN", "n/a", "-", "Infinity", "0x10", "1e999"),
  fc.constantFrom("2026-02-18", "2026-02-30", "2026-02-18T05:44:39Z", "18/02/2026", "0000-00-00", "9999-12-31"),
  fc.constantFrom("https://example.org/a", "javascript:alert(1)", "http://", "//x", "mailto:a@b.c"),
  fc.constantFrom("claude-sonnet-4-6", "claude-3-sonnet-4.6", "gpt-5-2025-08-07_medium", "no-such-model", "v4.0", "v9", "max"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', ",", "\n", "\r", "a", " ", "\u202e", "\u200b", "é", "\ufeff"), maxLength: 10 }),
);

/** A cell as written in the file: bare, properly quoted, or with broken quoting. */
const written = fc.tuple(cell, fc.constantFrom("bare", "quoted", "quoted", "open", "stray")).map(([value, how]) => {
  if (how === "quoted") return `"${value.replace(/"/g, '""')}"`;
  if (how === "open") return `"${value}`;
  if (how === "stray") return `${value}"x`;
  return value;
});

// The required columns come up more often than the rest, so that whole files are accepted too
// however many optional columns the schema grows.
const headerName = fc.oneof(fc.constantFrom(...RESULT_COLUMNS), fc.constantFrom("model", "source_url", "score"), fc.constantFrom("scroe", "", "Model", "id"), fc.string({ maxLength: 8 }));

/** A whole CSV file: optional BOM, a header, rows of random width, random line endings. */
const csvText = fc
  .record({
    bom: fc.boolean(),
    // Mostly random headers; sometimes the required columns, so that some files load (the
    // "accepted" outcome must not hang on one lucky draw among 10,000 as the schema grows).
    header: fc.oneof({ weight: 9, arbitrary: fc.uniqueArray(headerName, { minLength: 0, maxLength: 12 }) }, { weight: 1, arbitrary: fc.constant(["model", "score", "evaluated_at", "source_url"]) }),
    rows: fc.array(fc.array(written, { maxLength: 14 }), { maxLength: 8 }),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    trailing: fc.constantFrom("", "\n", "\n\n", "\r\n"),
  })
  .map(({ bom, header, rows, eol, trailing }) => (bom ? "\ufeff" : "") + [header.join(","), ...rows.map((r) => r.join(","))].join(eol) + trailing);

/** Mostly text that looks like CSV, sometimes arbitrary bytes (Latin-1, NULs, broken UTF-8). */
const fileBytes = fc.oneof(
  { weight: 4, arbitrary: csvText.map((t) => new TextEncoder().encode(t)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(csvText, fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([t, junk]) => new Uint8Array([...new TextEncoder().encode(t), ...junk])) },
);

/** A results file in the minimal site's shape, valid or nearly so, so the full path also succeeds. */
const AA_HEADER = "model,version,setting,score,output_tokens,cost_usd,input_price_per_mtok,output_price_per_mtok,evaluated_at,source_url,note";
const goodRow = fc
  .record({
    model: fc.constantFrom("claude-sonnet-4-6", "claude-3-sonnet-4.6", "claude-opus-4-6", "glm-5", "gpt-5-2025-08-07_high", "GPT-5"),
    version: fc.constantFrom("v3.0", "v4.0"),
    setting: fc.constantFrom("", "max", "high"),
    score: fc.constantFrom("", "51", "60.3%", "0", "1,234"),
    tokens: fc.constantFrom("", "74M", "25k", "1e6"),
    cost: fc.constantFrom("", '"$2,088"', "12.5"),
    day: fc.integer({ min: 1, max: 28 }),
    note: fc.constantFrom("", "ok", '"quoted, with comma"', '"multi\nline"', "<script>alert(1)</script>", "\u202eevil\u200b 🚀"),
  })
  .map((r) => `${r.model},${r.version},${r.setting},${r.score || "1"},${r.tokens},${r.cost},,,2026-02-${String(r.day).padStart(2, "0")},https://example.org/r,${r.note}`);
const nearlyValid = fc
  .tuple(fc.uniqueArray(goodRow, { minLength: 1, maxLength: 6 }), fc.option(fc.tuple(fc.nat(), written), { freq: 3 }))
  .map(([rows, mutation]) => {
    const lines = [AA_HEADER, ...rows];
    if (mutation) {
      // Replace one cell of one row by a random written cell.
      const [at, value] = mutation;
      const i = 1 + (at % rows.length);
      const cells = lines[i].split(",");
      cells[at % cells.length] = value;
      lines[i] = cells.join(",");
    }
    return new TextEncoder().encode(lines.join("\n") + "\n");
  });

/** The loader's contract for one outcome: rows, or an InputError with located problems. */
function expectLoaderError(error: unknown, lineCount: number): void {
  if (!(error instanceof InputError)) throw error;
  expect(error.problems.length).toBeGreaterThan(0);
  for (const p of error.problems) {
    expect(p.file).toMatch(/^data\//);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount + 1, `line ${p.line} of ${lineCount}`).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

const linesOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;

describe("CSV loader under 10,000 generated files", () => {
  it("decodeUtf8 -> readCsv -> validateRows: rows or InputError, nothing dropped", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        try {
          const table = readCsv(decodeUtf8(bytes, FILE), FILE);
          for (const row of table.rows) expect(row.line).toBeGreaterThanOrEqual(1);
          const rows = validateRows(table, ResultRowSchema, { allowEmpty: true });
          // Nothing dropped silently: one validated row per data row, same lines, same order.
          expect(rows.map((r) => r.line)).toEqual(table.rows.map((r) => r.line));
          accepted++;
        } catch (error) {
          expectLoaderError(error, linesOf(bytes));
          refused++;
        }
      }),
      { numRuns: 10_000, seed: 20260217 },
    );
    expect(accepted + refused).toBe(10_000);
    // The generator must reach both outcomes, or it tests nothing.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);

  it("the model registry schema under the same inputs", () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        try {
          const table = readCsv(decodeUtf8(bytes, "data/models.csv"), "data/models.csv");
          expect(validateRows(table, ModelRowSchema, { allowEmpty: true }).length).toBe(table.rows.length);
        } catch (error) {
          expectLoaderError(error, linesOf(bytes));
        }
      }),
      { numRuns: 2_000, seed: 7 },
    );
  }, 60_000);
});

describe("the full loadDataset path with a generated results file", () => {
  const site = mkdtempSync(join(tmpdir(), "bd-fuzz-"));
  cpSync(resolve(import.meta.dirname, "../../../test/fixtures/sites/minimal/data"), join(site, "data"), { recursive: true });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("loads or throws InputError naming data/ files, for 1,000 files", () => {
    const target = join(site, "data/results/aa-index.csv");
    let loaded = 0;
    fc.assert(
      fc.property(fc.oneof(fileBytes, nearlyValid, nearlyValid), (bytes) => {
        writeFileSync(target, bytes);
        try {
          const data = readDataset({ dataDir: join(site, "data"), displayRoot: site });
          expect(data.results.every((r) => Number.isFinite(r.score ?? 0) && (r.score ?? 0) >= 0)).toBe(true);
          // Nothing dropped: every data row of the file is a result.
          const dataRows = readCsv(decodeUtf8(bytes, "x"), "x").rows.length;
          expect(data.results.filter((r) => r.benchmark === "aa-index").length).toBe(dataRows);
          loaded++;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          for (const p of error.problems) expect(p.file).toMatch(/^data\//);
        }
      }),
      { numRuns: 1_000, seed: 42 },
    );
    console.log(`[fuzz] loadDataset accepted ${loaded} of 1,000 generated results files`);
    expect(loaded).toBeGreaterThan(0);
  }, 120_000);
});
