/**
 * `npx tsx scripts/derive-publisher-fixtures.ts`: derives the small Epoch AI and LMArena fixtures
 * in test/fixtures/publishers/ from the real files in ../shared/fixtures (the team's shared
 * material, which is not copied into the repository). Each derived file keeps its publisher's
 * exact layout: header, byte-order mark, line ends, cells as written.
 *
 * - epoch/<file>.csv: the header, the first 12 rows, and every row without a model (Epoch lists
 *   agents run on several models with an empty `Model version`), of each of the four Epoch files;
 * - lmarena/history-elo-wide.csv: LMArena's wide history (one row per date, one column per model,
 *   first column unnamed, `0.0` for no rating) cut to every eighth date plus the last, and the 12
 *   models rated highest on the last date plus those the publishers fixture site registers;
 * - lmarena/leaderboard-text.csv: LMArena's leaderboard table layout (`Rank (UB)`, `Model`,
 *   `Arena Score`, `95% CI`, `Votes`, `Organization`, `License`, `Knowledge Cutoff`) for the
 *   models rated on the last date of the history, with their real rating on that date. The
 *   history has no interval or vote count: `95% CI` and `Votes` are made up, deterministically,
 *   and the README of the folder says so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { readCsv } from "../src/lib/csv/readCsv";
import { writeCsv } from "../src/lib/import/mergeResults";
import { PROJECT_ROOT, fail } from "./lib/siteRoot";
import { withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";

const SHARED = resolve(PROJECT_ROOT, "../shared/fixtures");
const OUT = join(PROJECT_ROOT, "test/fixtures/publishers");
if (!existsSync(join(SHARED, "epoch"))) fail(`${SHARED} is absent: the fixtures are derived from the team's shared material`);

/** Models of the LMArena history that the publishers fixture site registers (so that some rows import). */
const REGISTERED_ARENA_MODELS = ["deepseek-r1", "claude-3-5-sonnet-20241022", "gpt-4o-2024-05-13", "o1-2024-12-17", "llama-3.1-405b-instruct-bf16", "qwen2.5-72b-instruct", "deepseek-v3"];

function deriveEpoch(): void {
  for (const name of ["external_benchmark_terminal_bench", "external_benchmark_metr", "external_benchmark_simple_bench", "external_benchmark_gso_bench"]) {
    const text = readFileSync(join(SHARED, "epoch", `${name}.csv`), "utf8");
    const table = readCsv(text.replace(/^\uFEFF/, ""), name);
    const rows = table.rows.filter((r, i) => i < 12 || (r.cells["Model version"] ?? "").trim() === "");
    writeFileSafely(join(OUT, "epoch", `${name}.csv`), writeCsv(table.header, rows.map((r) => r.cells), text));
  }
}

function deriveArena(): void {
  const text = readFileSync(join(SHARED, "arena", "lmarena-history-elo.csv"), "utf8");
  const records = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  const [header, ...rows] = records;
  const last = rows.at(-1)!;
  const rated = header
    .map((model, i) => ({ model, i, elo: Number(last[i]) }))
    .slice(1)
    .filter((m) => m.elo > 0)
    .sort((a, b) => b.elo - a.elo);
  const chosen = [...new Set([...rated.slice(0, 12).map((m) => m.model), ...REGISTERED_ARENA_MODELS])].filter((m) => header.includes(m));
  const columns = [0, ...chosen.map((m) => header.indexOf(m))];
  const dates = rows.filter((_, i) => i % 8 === 0 || i === rows.length - 1);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const wide = Papa.unparse({ fields: columns.map((i) => header[i]), data: dates.map((r) => columns.map((i) => r[i])) }, { newline });
  writeFileSafely(join(OUT, "lmarena", "history-elo-wide.csv"), `${wide}${newline}`);

  // The leaderboard table as LMArena shows it, for the models rated on the last date.
  const organisation = (m: string) =>
    /^(gemini|gemma)/.test(m) ? "Google" : /^(chatgpt|gpt|o1|o3)/.test(m) ? "OpenAI" : /^claude/.test(m) ? "Anthropic" : /^deepseek/.test(m) ? "DeepSeek" : /^(qwen|qwq)/.test(m) ? "Alibaba" : /grok/.test(m) ? "xAI" : /^llama/.test(m) ? "Meta" : "Other";
  const table = chosen
    .map((model) => ({ model, elo: Number(last[header.indexOf(model)]) }))
    .filter((m) => m.elo > 0)
    .sort((a, b) => b.elo - a.elo)
    .map((m, i) => ({
      "Rank (UB)": String(i + 1),
      Model: m.model,
      "Arena Score": String(Math.round(m.elo)),
      // Made up (the history has no interval): a few points either way, as LMArena's are.
      "95% CI": `+${3 + (i % 4)}/-${3 + ((i + 2) % 4)}`,
      Votes: String(4000 + ((i * 7919) % 20000)),
      Organization: organisation(m.model),
      License: /^(deepseek|llama|qwen)/.test(m.model) ? "Open" : "Proprietary",
      "Knowledge Cutoff": "Unknown",
    }));
  const fields = ["Rank (UB)", "Model", "Arena Score", "95% CI", "Votes", "Organization", "License", "Knowledge Cutoff"];
  writeFileSafely(join(OUT, "lmarena", "leaderboard-text.csv"), `${Papa.unparse({ fields, data: table.map((r) => fields.map((f) => r[f as keyof typeof r])) }, { newline: "\n" })}\n`);
}

await withSiteLock(OUT, "derive-publisher-fixtures", () => {
  deriveEpoch();
  deriveArena();
});
console.log(`derived the Epoch and LMArena fixtures into ${OUT}`);
