/**
 * Builds the minimal test site (test/fixtures/sites/minimal) with one oversized `.md` recap from
 * bench/largeInputs.ts and prints what the build cost: wall and CPU time and the peak memory of
 * the whole process tree (`astro build` as `npm run build` starts it, then Pagefind). Used to set
 * MAX_RECAP_BYTES and MAX_PIPELINE_RECAP_BYTES (src/schemas/limits.ts): the site copy's limits are
 * lifted above the recap's size, so that the build renders the recap instead of refusing it.
 *
 *   npx tsx bench/largeRecapBuild.ts --prose-bytes 8388608
 *   npx tsx bench/largeRecapBuild.ts --table-bytes 8388608
 *   npx tsx bench/largeRecapBuild.ts --tables-bytes 8388608 [--rows-per-table 1500]   (many tables)
 *   ... --raw-html   (a raw HTML tag on every row or bullet: the body goes through the sanitiser)
 *   ... --mdx        (an .mdx recap with a component: MDX's pipeline)
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  ASTRO_BIN,
  buildNodeFlags,
  buildRunsPagefind,
  ourAstroEnv,
  PAGEFIND_BIN,
  productionEnv,
} from "../scripts/lib/buildCommand";
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { mirrorProjectCode } from "../scripts/lib/siteMirror";
import { fail } from "../scripts/lib/siteRoot";
import { largeProseRecap, largeTableRecap, largeTablesRecap } from "./largeInputs";
import { measure } from "./processTree";

const ROOT = resolve(import.meta.dirname, "..");

/** The largest table recap (rows of largeTableRecap) that is at most `bytes` long. */
export function tableRowsFor(bytes: number): number {
  // Rows are 40 to 50 bytes: start from an estimate and step down to fit.
  let rows = Math.floor(bytes / 41);
  while (Buffer.byteLength(largeTableRecap(rows)) > bytes)
    rows -= Math.max(1, Math.floor(rows / 200));
  return rows;
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === resolve(import.meta.filename)
) {
  const USAGE =
    "usage: npx tsx bench/largeRecapBuild.ts --prose-bytes N | --table-bytes N | --tables-bytes N [--rows-per-table N] [--raw-html] [--mdx] [--keep]";
  const { values } = parseCommandLine(
    USAGE,
    {
      "prose-bytes": { type: "string" },
      "table-bytes": { type: "string" },
      "tables-bytes": { type: "string" },
      "rows-per-table": { type: "string" },
      "raw-html": { type: "boolean" },
      mdx: { type: "boolean" },
      keep: { type: "boolean" },
    },
    { positionals: false },
  );
  const shapes = (["prose-bytes", "table-bytes", "tables-bytes"] as const).filter((k) => values[k] !== undefined);
  if (shapes.length !== 1) fail(`expected one of --prose-bytes, --table-bytes and --tables-bytes, found ${shapes.length}\n${USAGE}`, 2);
  if (values["rows-per-table"] !== undefined && shapes[0] !== "tables-bytes") fail(`--rows-per-table: only with --tables-bytes\n${USAGE}`, 2);
  const bytes = wholeNumberArg(`--${shapes[0]}`, values[shapes[0]], 0, USAGE);
  const rowsPerTable = wholeNumberArg("--rows-per-table", values["rows-per-table"], 1500, USAGE);
  const generated =
    shapes[0] === "prose-bytes"
      ? largeProseRecap(bytes)
      : shapes[0] === "table-bytes"
        ? largeTableRecap(tableRowsFor(bytes))
        : largeTablesRecap(bytes, rowsPerTable);
  // --raw-html: a raw HTML tag on every row and bullet, so that the body goes through the sanitiser.
  const recap = values["raw-html"] ? generated.replace(/\| the lab (\d+) \|/g, "| <b>the lab $1</b> |").replace(/ up from last week\./g, " up from <i>last</i> week.") : generated;
  const site = mkdtempSync(join(tmpdir(), "bd-large-recap-"));
  cpSync(join(ROOT, "test/fixtures/sites/minimal"), site, { recursive: true });
  // --mdx: an `.mdx` recap with a component, which goes through MDX's own pipeline (one without is rendered as `.md`).
  const written = values.mdx ? recap.replace(/\n---\n/, '\n---\n\n<ModelScore model="claude-sonnet-4-6" benchmark="aa-index" version="v4.0" />\n') : recap;
  writeFileSync(join(site, `content/recaps/2026-02-21-large.${values.mdx ? "mdx" : "md"}`), written);
  mirrorProjectCode(site);
  // Lift the copy's limit just above this recap, so that the build renders it.
  const limits = join(site, "src/schemas/limits.ts");
  const lifted = readFileSync(limits, "utf8").replace(
    /export const (MAX_RECAP_BYTES|MAX_PIPELINE_RECAP_BYTES) = [^;]+;/g,
    (_, name: string) => `export const ${name} = ${Buffer.byteLength(written) + 1};`,
  );
  writeFileSync(limits, lifted);
  const out = join(site, "dist");
  const astro = await measure(
    process.execPath,
    [...buildNodeFlags(), ASTRO_BIN, "build", "--outDir", out],
    { cwd: site, env: ourAstroEnv() },
  );
  const search =
    astro.exitCode === 0 &&
    buildRunsPagefind() &&
    !existsSync(join(out, "pagefind"))
      ? await measure(PAGEFIND_BIN, ["--site", out], {
          cwd: site,
          env: productionEnv(),
        })
      : undefined;
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  // The recap's page, and whether it holds the recap's last line (the whole body was rendered).
  const pagePath = join(out, "recaps/2026-02-21-large/index.html");
  const lastLine = recap.trimEnd().split("\n").at(-1) ?? "";
  const marker = /\*\*(Model \d+)\*\*|\| (model-[\d-]+) \|/.exec(lastLine);
  const html = existsSync(pagePath) ? readFileSync(pagePath, "utf8") : "";
  const page = html
    ? `recap page ${(html.length / 1024 / 1024).toFixed(1)} MB, last line ${marker && html.includes(marker[1] ?? marker[2]) ? "present" : "MISSING"}`
    : "recap page MISSING";
  console.log(
    `recap ${(Buffer.byteLength(written) / 1024 / 1024).toFixed(2)} MiB (${shapes[0] === "prose-bytes" ? "prose" : shapes[0] === "table-bytes" ? "one table" : `many tables of ${rowsPerTable} rows`}${values["raw-html"] ? ", raw HTML" : ""}${values.mdx ? ", .mdx with a component" : ""}): astro build exit ${astro.exitCode}, ${(astro.wallMs / 1000).toFixed(1)} s wall, ${astro.cpuS.toFixed(1)} s CPU, peak ${mb(astro.peakRss)} MB` +
      (search
        ? `; pagefind exit ${search.exitCode}, ${(search.wallMs / 1000).toFixed(1)} s, peak ${mb(search.peakRss)} MB`
        : "") +
      `; ${page}; load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
  if (astro.exitCode !== 0)
    console.log(
      astro.output
        .split("\n")
        .filter((l) => /error|Error|heap|memory/.test(l))
        .slice(-10)
        .join("\n"),
    );
  if (values.keep) console.log(`site kept at ${site}`);
  else rmSync(site, { recursive: true, force: true });
}
