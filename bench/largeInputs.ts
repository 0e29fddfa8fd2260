/**
 * Oversized inputs from issue 11, generated (never committed): a recap holding a Markdown table of
 * 200,000 rows (about 8 MB) and a results CSV of 500,000 rows (about 52 MB). Tests generate them
 * in memory to check that `npm run check` and the build refuse them early (src/schemas/limits.ts);
 * run this file to write them into a copy of a site and measure a build by hand:
 *
 *   npx tsx bench/largeInputs.ts <site folder> [--recap-rows 200000] [--prose-bytes 2000000] [--csv-rows 500000]
 *
 * The site must be a copy of test/fixtures/sites/minimal (the CSV uses its models and benchmark).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";

/** A `.md` recap whose body is one table of `rows` rows (200,000 rows: about 8.3 MB, as in the issue). */
export function largeTableRecap(rows: number): string {
  const lines = ["---", "title: A very long table", "date: 2026-02-20", "---", "", "| model | score | tokens | lab |", "| --- | ---: | ---: | --- |"];
  for (let i = 0; i < rows; i++) lines.push(`| model-${i} | ${(i % 90) + 10}.${i % 10} | ${(i % 900) + 100}M | the lab ${i % 50} |`);
  return `${lines.join("\n")}\n`;
}

/**
 * A `.md` recap of about `bytes` bytes of newsletter-style prose: headed sections of bullet points,
 * each with bold text, a link and a figure, the shape of an AINews issue.
 */
export function largeProseRecap(bytes: number): string {
  const lines = ["---", "title: A very long issue", "date: 2026-02-21", "---", ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 40 === 0 ? `\n## Section ${i / 40 + 1}\n` : `- **Model ${i}** scores ${(i % 90) + 10} on the [index](https://example.org/issues/${i}) with ${(i % 900) + 100}M tokens, up from last week.`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A `.md` recap of about `bytes` bytes made of many tables of `rowsPerTable` rows each (shorter
 * than a slice of src/lib/markdown/longTables.ts, so none is long on its own), each under a `##`
 * heading with a line of prose: the shape of a recap that pastes a week of leaderboards.
 */
export function largeTablesRecap(bytes: number, rowsPerTable = 1500): string {
  const lines = ["---", "title: Many tables", "date: 2026-02-22", "---", ""];
  let size = 0;
  for (let t = 0; size + 200 < bytes; t++) {
    const head = [`## Leaderboard ${t + 1}`, "", `The scores of week ${t + 1}, with the tokens each run took.`, "", "| model | score | tokens | lab |", "| --- | ---: | ---: | --- |"];
    lines.push(...head);
    size += head.join("\n").length + 1;
    for (let i = 0; i < rowsPerTable && size < bytes; i++) {
      const row = `| model-${t}-${i} | ${(i % 90) + 10}.${i % 10} | ${(i % 900) + 100}M | the lab ${i % 50} |`;
      lines.push(row);
      size += row.length + 1;
    }
    lines.push("");
    size += 1;
  }
  return `${lines.join("\n")}\n`;
}

/** A canonical results CSV for the minimal fixture's `aa-index` of `rows` rows (500,000 rows: about 52 MB, as in the issue). */
export function largeResultsCsv(rows: number): string {
  const header = "model,version,setting,score,output_tokens,cost_usd,input_price_per_mtok,output_price_per_mtok,evaluated_at,source_url,note";
  const models = ["claude-opus-4-6", "claude-sonnet-4-6", "claude-sonnet-4-5"];
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(`${models[i % 3]},v4.0,agent-run-${i},${(i % 60) + 20},${(i % 90) + 10}M,,,,2026-02-18,https://news.smol.ai/issues/26-02-18-not-much,`);
  }
  return `${lines.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const USAGE = "usage: npx tsx bench/largeInputs.ts <site folder> [--recap-rows N] [--prose-bytes N] [--csv-rows N]";
  const { values, positionals } = parseCommandLine(USAGE, { "recap-rows": { type: "string" }, "prose-bytes": { type: "string" }, "csv-rows": { type: "string" } });
  const site = positionals.length === 1 ? positionals[0] : "";
  if (!site || !existsSync(join(site, "content/recaps"))) fail(`expected one site folder with content/recaps/ in it, found ${JSON.stringify(positionals)}\n${USAGE}`, 2);
  for (const name of ["recap-rows", "prose-bytes", "csv-rows"] as const) if (values[name] !== undefined) wholeNumberArg(`--${name}`, values[name], 0, USAGE);
  if (values["recap-rows"]) writeFileSync(join(site, "content/recaps/2026-02-20-long-table.md"), largeTableRecap(Number(values["recap-rows"])));
  if (values["prose-bytes"]) writeFileSync(join(site, "content/recaps/2026-02-21-long-issue.md"), largeProseRecap(Number(values["prose-bytes"])));
  if (values["csv-rows"]) writeFileSync(join(site, "data/results/aa-index.csv"), largeResultsCsv(Number(values["csv-rows"])));
}
