/**
 * `npm run bench`: builds generated archives (bench/generate.ts) with our site and with the plain
 * Astro blog in bench/baseline/, alternately, and prints what each build cost: cold wall time, peak
 * memory of the whole process tree, a warm rebuild after editing one recap, ms per page, dist size,
 * JavaScript bytes per page type, pages per type, where the build's time went (content sync, Vite,
 * rendering by page type, search index) and the HTML weight of a recap page beyond its own text.
 * Results are appended to bench/results/<timestamp>.csv.
 *
 * The parts: processTree.ts (running a command and sampling its process tree), sites.ts (the two
 * sites and how each builds), phases.ts and distStats.ts (reading a build's log and dist/),
 * report.ts (rows, the CSV and the printed tables); this file plans and runs the builds.
 *
 * It is a benchmark, not a test: it prints figures and never fails on timing; a build that fails
 * (e.g. exit 134, out of memory) is recorded with its exit code and the run goes on.
 *
 *   npm run bench                     full run: N = 250, 1000, 4000 x .md, .mdx + the archive profile
 *   npm run bench -- --quick          N = 250, .md and .mdx (warm rebuild of .md only), under 5 minutes on 2 idle cores
 *   npm run bench -- --n 1000 --format mdx --no-warm --no-archive
 *   npm run bench -- --archive-only   only the 700-recap archive profile
 *   npm run bench -- --profile full [--n 140,700] [--no-baseline | --no-ours]
 *                                     full-body issues (issue 15: about 170 KB each, 700 = 119 MB), .md only
 */
import { appendFileSync, renameSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { recapOverhead } from "./distStats";
import { generateSite, type GeneratedSite, type Profile } from "./generate";
import { COLUMNS, csvCell, mb, printTable, rowOf, type Row } from "./report";
import { buildSite, makeMirrors, ourCacheDir, type SiteName } from "./sites";

const ROOT = resolve(import.meta.dirname, "..");
const RESULTS_DIR = join(ROOT, "bench/results");

/** Appends a paragraph to the middle recap, as an editor's one-recap edit. */
function editOneRecap(generated: GeneratedSite): string {
  const name = generated.files[Math.floor(generated.files.length / 2)];
  const path = join(generated.recapsDir, name);
  appendFileSync(path, `\n\nAn editor's correction, added ${new Date().toISOString()}: the figure above is per task, not per run.\n`);
  return name;
}

export interface Plan {
  configs: { profile: Profile; n: number; format: "md" | "mdx" | "mixed" }[];
  warm: boolean;
  /** Also the warm rebuild of .mdx configurations. */
  warmMdx: boolean;
  baseline: boolean;
  /** Build our site too (`--no-ours`: the baseline alone, e.g. to run its long full-profile build separately). */
  ours: boolean;
  /** Keep the generated sites, their caches and dist/ folders (`--keep`), and print where. */
  keep: boolean;
}

/** What `npm run bench -- --help` prints. */
export const BENCH_USAGE = `usage: npm run bench -- [options]

Build generated archives with benchdigest and a plain Astro blog, cold, side by side, and print time, CPU, memory, pages and JavaScript (docs/performance.md)

  --quick           N = 250 in .md and .mdx (the warm rebuild for .md only)
  --n 250,1000      recap counts (default 250,1000,4000; with --profile full, 700)
  --format md,mdx   md, mdx or mixed, comma-separated (default md,mdx)
  --profile full    full-size newsletter issues (.md only), ours warm after a one-recap edit
  --archive-only    the 700-recap archive profile alone; --archive-n N sets its size
  --no-archive      leave the archive profile out of the full run
  --no-warm         no warm rebuild after a one-recap edit
  --no-baseline     our site only; --no-ours the plain blog only
  --keep            keep the generated sites, caches and builds (their folder is printed)
  --help            this text

Every figure is appended to bench/results/<timestamp>.csv.`;

/** Options that take a value, and the switches: anything else on the command line is refused. */
const VALUE_OPTIONS = ["--n", "--format", "--profile", "--archive-n"];
const SWITCHES = ["--quick", "--archive-only", "--no-archive", "--no-warm", "--no-baseline", "--no-ours", "--keep"];

/**
 * What `npm run bench -- <argv>` runs. A misspelt or unknown option is an error, not ignored: the
 * run without it can take hours (`--qiuck` would start the full N = 250, 1000, 4000 run).
 */
export function benchPlan(argv: readonly string[]): Plan {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`${arg}: expected a value after it`);
    } else if (!SWITCHES.includes(arg)) {
      throw new Error(`unknown option ${JSON.stringify(arg)}: expected ${[...VALUE_OPTIONS.map((o) => `${o} <value>`), ...SWITCHES].join(", ")}`);
    }
  }
  const has = (f: string) => argv.includes(f);
  const get = (f: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const counts = (option: string, text: string): number[] =>
    text.split(",").map((n) => {
      if (!/^[1-9]\d*$/.test(n)) throw new Error(`${option}: expected recap counts such as 250 or 250,1000, found ${JSON.stringify(text)}`);
      return Number(n);
    });
  const quick = has("--quick");
  const profile = get("--profile") ?? "default";
  if (!["default", "full"].includes(profile)) throw new Error(`--profile: expected default or full (the archive profile is --archive-only), found ${JSON.stringify(profile)}`);
  if (profile === "full") {
    const ignored = ["--quick", "--format", "--archive-only", "--no-archive", "--archive-n"].filter(has);
    if (ignored.length > 0) throw new Error(`--profile full builds .md full-body issues only: ${ignored.join(", ")} would be ignored`);
    // Full-body issues are .md: the newsletter's archive is Markdown, and .mdx stays on the MDX pipeline.
    const configs = counts("--n", get("--n") ?? "700").map((n) => ({ profile: "full" as const, n, format: "md" as const }));
    return { configs, warm: !has("--no-warm"), warmMdx: false, baseline: !has("--no-baseline"), ours: !has("--no-ours"), keep: has("--keep") };
  }
  const ns = counts("--n", get("--n") ?? (quick ? "250" : "250,1000,4000"));
  const formats = (get("--format") ?? "md,mdx").split(",") as Plan["configs"][number]["format"][];
  const [archiveN, ...moreArchiveNs] = counts("--archive-n", get("--archive-n") ?? "700");
  if (moreArchiveNs.length > 0) throw new Error(`--archive-n: expected one recap count, found ${JSON.stringify(get("--archive-n"))}`);
  const unknownFormat = formats.find((f) => !["md", "mdx", "mixed"].includes(f));
  if (unknownFormat !== undefined) throw new Error(`--format: expected md, mdx or mixed (comma-separated), found ${JSON.stringify(unknownFormat)}`);
  const configs: Plan["configs"] = [];
  if (!has("--archive-only")) for (const n of ns) for (const format of formats) configs.push({ profile: "default", n, format });
  if (has("--archive-only") || (!quick && !has("--no-archive"))) configs.push({ profile: "archive", n: archiveN, format: "md" });
  // --quick keeps its warm rebuild to .md, so that the run stays under five minutes: the generated
  // .mdx recaps have no component, and build as .md recaps do (src/lib/content/plainMdx.ts).
  return { configs, warm: !has("--no-warm"), warmMdx: !quick, baseline: !has("--no-baseline"), ours: !has("--no-ours"), keep: has("--keep") };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) return void console.log(BENCH_USAGE);
  let plan: Plan;
  try {
    plan = benchPlan(argv);
  } catch (error) {
    // A refused command line is the user's to mend: its message and the usage, not a stack trace.
    console.error(`npm run bench: ${(error as Error).message}\n\n${BENCH_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const csvPath = join(RESULTS_DIR, `${stamp}.csv`);
  writeFileSync(csvPath, `${COLUMNS.join(",")}\n`);
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`benchdigest bench: ${plan.configs.map((c) => `${c.profile}/${c.n}/${c.format}`).join(", ")}; Node ${process.version}, ${cpus().length} cores, ${mb(totalmem())} MB RAM, load ${load}`);
  console.log(`results: ${relative(ROOT, csvPath)}`);
  const work = join(tmpdir(), `bd-bench-${stamp}`);
  const mirrors = makeMirrors(work);
  const rows: Row[] = [];
  for (const [i, config] of plan.configs.entries()) {
    const genDir = join(work, `${config.profile}-${config.n}-${config.format}`);
    const generated = generateSite({ count: config.n, format: config.format, profile: config.profile, outDir: join(genDir, "site") });
    console.log(`\n== ${config.profile} N=${config.n} .${config.format}: ${mb(generated.recapBytes)} MB of recaps; distinct topics ${generated.distinct.topics}, companies ${generated.distinct.companies}, people ${generated.distinct.people}, models ${generated.distinct.models}`);
    const ctx = { ...config, generated };
    // Each outDir lies inside its site's working directory (see makeMirrors).
    const outs = { ours: join(generated.root, "dist"), baseline: join(mirrors.baseline, "dist") };
    const caches = { ours: ourCacheDir(generated.root), baseline: join(genDir, "cache-baseline") };
    // Alternate which site goes first, so that neither always runs on a warmer machine.
    const both: SiteName[] = i % 2 ? ["ours", "baseline"] : ["baseline", "ours"];
    const order = both.filter((site) => (site === "ours" ? plan.ours : plan.baseline));
    const cold: Partial<Record<SiteName, Row>> = {};
    for (const site of order) {
      rmSync(outs[site], { recursive: true, force: true });
      rmSync(caches[site], { recursive: true, force: true });
      process.stdout.write(`  ${site} cold ... `);
      const run = await buildSite(site, generated, outs[site], caches[site], mirrors);
      const row = rowOf(run, "cold", ctx, outs[site], caches[site]);
      console.log(`exit ${row.exitCode}, ${row.wallS} s, cpu ${row.cpuS} s, ${row.peakMb} MB, ${row.pages} pages`);
      if (run.exitCode !== 0) console.log(run.astro.output.split("\n").filter((l) => /error|Error|heap|memory/.test(l)).slice(-8).map((l) => `    | ${l}`).join("\n"));
      cold[site] = row;
      rows.push(row);
    }
    const overhead = cold.ours?.exitCode === 0 && cold.baseline?.exitCode === 0 ? recapOverhead(outs.ours, outs.baseline) : undefined;
    if (overhead && cold.ours) {
      cold.ours.recapOverheadMedianKb = Math.round(overhead.median / 102.4) / 10;
      cold.ours.recapOverheadMaxKb = Math.round(overhead.max / 102.4) / 10;
    }
    if (plan.warm && (plan.warmMdx || config.format === "md") && cold.ours?.exitCode === 0 && config.profile !== "archive") {
      const edited = editOneRecap(generated);
      process.stdout.write(`  ours warm (edited ${edited}) ... `);
      // As `npm run build` does, the last build stays until the new one is done: Astro empties its
      // output folder, so the cold build moves aside, and its unchanged search bundles are reused.
      const previous = `${outs.ours}-previous`;
      renameSync(outs.ours, previous);
      const run = await buildSite("ours", generated, outs.ours, caches.ours, mirrors, { previous });
      rmSync(previous, { recursive: true, force: true });
      const row = rowOf(run, "warm", ctx, outs.ours, caches.ours);
      console.log(`exit ${row.exitCode}, ${row.wallS} s, cpu ${row.cpuS} s, ${row.peakMb} MB`);
      rows.push(row);
    }
    for (const row of rows.filter((r) => r.profile === config.profile && r.n === config.n && r.format === config.format)) {
      appendFileSync(csvPath, `${COLUMNS.map((c) => csvCell(row[c])).join(",")}\n`);
    }
    // Keep the disk from filling over a long run: dist folders and caches of finished configs go.
    // --keep leaves them for a closer look (profiling one phase, running Pagefind alone).
    if (!plan.keep) for (const dir of [genDir, caches.ours, outs.ours, outs.baseline]) rmSync(dir, { recursive: true, force: true });
  }
  if (plan.keep) console.log(`\nkept (--keep): ${work}`);
  else rmSync(work, { recursive: true, force: true });
  printTable(rows);
  console.log(`\nload average at the end: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} (figures from a shared machine are noisy)`);
  console.log(`results appended to ${relative(ROOT, csvPath)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
