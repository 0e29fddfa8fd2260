/**
 * `npm run bench`: builds generated archives (bench/generate.ts) with our site and with the plain
 * Astro blog in bench/baseline/, alternately, and prints what each build cost: cold wall time, peak
 * memory of the whole process tree, a warm rebuild after editing one recap, ms per page, dist size,
 * JavaScript bytes per page type, pages per type, where the build's time went (content sync, Vite,
 * rendering by page type, search index) and the HTML weight of a recap page beyond its own text.
 * Results are appended to bench/results/<timestamp>.csv.
 *
 * It is a benchmark, not a test: it prints figures and never fails on timing; a build that fails
 * (e.g. exit 134, out of memory) is recorded with its exit code and the run goes on.
 *
 *   npm run bench                     full run: N = 250, 1000, 4000 x .md, .mdx + the archive profile
 *   npm run bench -- --quick          N = 250, .md and .mdx (warm rebuild of .md only), under 5 minutes on 2 idle cores
 *   npm run bench -- --n 1000 --format mdx --no-warm --no-archive
 *   npm run bench -- --archive-only   only the 700-recap archive profile
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { constants as osConstants, cpus, tmpdir, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { generateSite, type GeneratedSite, type Profile } from "./generate";
import { buildNodeFlags, buildRunsPagefind } from "../scripts/lib/buildCommand";
import { mirrorProjectCode, PROJECT_CODE } from "../scripts/lib/siteMirror";
import { displayPath } from "../src/lib/format/displayPath";

const ROOT = resolve(import.meta.dirname, "..");
const ASTRO = join(ROOT, "node_modules/astro/astro.js");
const PAGEFIND = join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs");
const BASELINE = join(ROOT, "bench/baseline");
const RESULTS_DIR = join(ROOT, "bench/results");
/** Give up on one build after this long (a 4,000 .mdx build can take many minutes). */
const BUILD_TIMEOUT_MS = 40 * 60_000;
const SAMPLE_MS = 100;

// ---------------------------------------------------------------------------------------------
// Measuring a process tree.

/** What one measured command cost. */
export interface Measured {
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  /** Peak of the summed VmRSS of the process and all its descendants, in bytes. */
  peakRss: number;
  /** CPU seconds (user + system) of the process tree, as last sampled (at most ~100 ms short). */
  cpuS: number;
  output: string;
  /** Milliseconds since start at which each output line arrived (for phase timings). */
  lines: { at: number; text: string }[];
  /** Memory samples: ms since start and summed RSS in bytes. */
  samples: { at: number; rss: number }[];
}

/** Children of every process, and each process's CPU ticks, from /proc/<pid>/stat. */
function processTable(): { children: Map<number, number[]>; ticks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which is in parentheses and may hold spaces): state, ppid, ...
      // utime, stime, cutime, cstime are fields 14-17 of the whole line (11-14 of the rest).
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(rest[1]);
      ticks.set(Number(name), Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]));
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return { children, ticks };
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * Summed VmRSS (bytes) of `pid` and its descendants, and the CPU seconds the tree has used so far
 * (user + system, including its finished children).
 */
export function treeSample(pid: number): { rss: number; cpuS: number } {
  const { children, ticks } = processTable();
  let rss = 0;
  let cpuTicks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    cpuTicks += ticks.get(p) ?? 0;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) rss += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rss, cpuS: cpuTicks / USER_HZ };
}

/** Runs a command, sampling the memory of its process tree every ~100 ms. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const lines: Measured["lines"] = [];
    let output = "";
    let pending = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      pending += text;
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      const at = performance.now() - started;
      for (const line of parts) lines.push({ at, text: line });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    let peakRss = 0;
    let cpuS = 0;
    const samples: Measured["samples"] = [];
    const sample = () => {
      if (!child.pid) return;
      const now = treeSample(child.pid);
      samples.push({ at: performance.now() - started, rss: now.rss });
      peakRss = Math.max(peakRss, now.rss);
      cpuS = Math.max(cpuS, now.cpuS);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const killer = setTimeout(() => {
      // The child leads its own process group (detached), so this ends the whole tree it started.
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? BUILD_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      if (pending) lines.push({ at: performance.now() - started, text: pending });
      // Killed by a signal (an out-of-memory abort is SIGABRT): report it the way a shell does, 134.
      const exitCode = code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : null);
      resolvePromise({ exitCode, signal, wallMs: performance.now() - started, peakRss, cpuS, output, lines, samples });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The two sites.

type SiteName = "ours" | "baseline";

/** Environment of a production build, as `npm run build` would see it. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", NODE_ENV: "production", ...extra };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL"].includes(key)) delete env[key];
  return { ...env, ...extra };
}

/** Our site's content-layer cache: Astro's default, in the site's own node_modules folder (scripts/lib/siteMirror.ts). */
function ourCacheDir(siteRoot: string): string {
  return join(siteRoot, "node_modules/.astro");
}

interface BuildRun {
  site: SiteName;
  astro: Measured;
  /** Pagefind as a separate step after `astro build` (ours only, when `npm run build` runs it). */
  search?: Measured;
  wallMs: number;
  peakRss: number;
  cpuS: number;
  exitCode: number | null;
}

/**
 * Private copies of both sites' code for one bench run, each with a `node_modules` symlink to the
 * repository's. Our generated archives are built each as its own Astro root with a copy of `ours`
 * (scripts/lib/siteMirror.ts), so a bench run never shares `.astro/` or a cache with a test build
 * in the checkout. The copy taken at the start pins the code measured to the state it had when the
 * run started.
 */
interface Mirrors {
  ours: string;
  baseline: string;
}

function makeMirrors(work: string): Mirrors {
  const ours = join(work, "ours");
  const baseline = join(work, "baseline");
  for (const name of PROJECT_CODE) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(ours, name), { recursive: true });
  }
  cpSync(BASELINE, baseline, { recursive: true, filter: (src) => !/[\\/](node_modules|\.astro)$/.test(src) });
  for (const dir of [ours, baseline]) symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return { ours, baseline };
}

async function buildSite(site: SiteName, generated: GeneratedSite, outDir: string, cacheDir: string, mirrors: Mirrors): Promise<BuildRun> {
  const astro =
    site === "ours"
      ? await measure(process.execPath, [...buildNodeFlags(), ASTRO, "build", "--outDir", outDir], { cwd: mirrorProjectCode(generated.root, mirrors.ours), env: buildEnv({}) })
      : await measure(process.execPath, [ASTRO, "build", "--outDir", outDir], {
          cwd: mirrors.baseline,
          env: buildEnv({ BENCH_CONTENT_DIR: generated.recapsDir, BENCH_CACHE_DIR: cacheDir }),
        });
  let search: Measured | undefined;
  if (site === "ours" && astro.exitCode === 0 && buildRunsPagefind() && !existsSync(join(outDir, "pagefind"))) {
    search = await measure(process.execPath, [PAGEFIND, "--site", outDir], { cwd: ROOT, env: buildEnv({}) });
  }
  return {
    site,
    astro,
    search,
    wallMs: astro.wallMs + (search?.wallMs ?? 0),
    peakRss: Math.max(astro.peakRss, search?.peakRss ?? 0),
    cpuS: astro.cpuS + (search?.cpuS ?? 0),
    exitCode: astro.exitCode !== 0 ? astro.exitCode : (search?.exitCode ?? 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading a build: phases from the log, pages and bytes from dist.

/** Where the time of one `astro build` went, from when its log lines arrived. */
export interface Phases {
  /** Content layer sync (loading, parsing, rendering .md into the data store). */
  contentMs: number;
  /** Vite/Rollup build of the server and client bundles (where .mdx compiles). */
  viteMs: number;
  /** Rendering pages ("generating static routes"). */
  renderMs: number;
  /** Rendering time by page type, summed from Astro's per-page `(+N ms)` figures. */
  renderByType: Record<string, number>;
  /** Integrations after rendering (sitemap, Pagefind when it runs inside the build). */
  afterMs: number;
  /** Start of each phase, ms since the build started. */
  bounds: { vite: number; render: number; after: number };
}

/**
 * Page type of a built path: `recaps` (one recap's page), `archive` (recap lists by page, year,
 * month), `feeds` (RSS, Atom, JSON Feed), `home`, or the first URL segment (`models`, `topics`,
 * `digests` ...), with `-index` for a section's own index page. The baseline's `/blog/<id>/` pages
 * count as `recaps` and its `/blog/` list as `archive`.
 */
export function pageType(urlPath: string): string {
  const parts = urlPath.replace(/^\/+/, "").split("/").filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  if (/^(rss\.xml|atom\.xml|feed\.json)$/.test(last)) return "feeds";
  if (parts.length === 0 || (parts.length === 1 && last === "index.html")) return "home";
  if (!last.endsWith(".html")) return parts.length > 1 ? parts[0] : last.startsWith("sitemap") ? "sitemap" : "files";
  if (parts[0] === "blog") return parts.length > 2 ? "recaps" : "archive";
  if (parts[0] === "recaps") return parts.length === 2 || /^\d+$/.test(parts[1]) ? "archive" : "recaps";
  if (parts.length === 1) return "pages";
  if (parts[0] === "search") return "search";
  // A section's index (/models/, /topics/) is not one of its members.
  if (parts.length === 2) return `${parts[0]}-index`;
  return parts[0];
}

export function parsePhases(lines: Measured["lines"]): Phases {
  const find = (re: RegExp) => lines.find((l) => re.test(l.text))?.at;
  const synced = find(/\[content\] Synced content/) ?? find(/\[types\] Generated/) ?? 0;
  const viteStart = find(/Building static entrypoints/) ?? synced;
  const renderStart = find(/generating static routes/) ?? viteStart;
  const completes = lines.filter((l) => /✓ Completed in/.test(l.text) && l.at >= renderStart);
  const renderEnd = completes.length ? completes[completes.length - 1].at : renderStart;
  const end = lines.length ? lines[lines.length - 1].at : renderEnd;
  const renderByType: Record<string, number> = {};
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    const type = pageType(m[1]);
    renderByType[type] = (renderByType[type] ?? 0) + ms;
  }
  return {
    contentMs: synced,
    viteMs: Math.max(0, renderStart - viteStart),
    renderMs: Math.max(0, renderEnd - renderStart),
    renderByType,
    afterMs: Math.max(0, end - renderEnd),
    bounds: { vite: viteStart, render: renderStart, after: renderEnd },
  };
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** What a dist folder holds. */
export interface DistStats {
  bytes: number;
  files: number;
  pagesByType: Record<string, number>;
  htmlPages: number;
  /** Largest JavaScript weight (inline + external, bytes) of any page of each type. */
  jsBytesByType: Record<string, number>;
  /** Search index (dist/pagefind) bytes. */
  searchBytes: number;
  /** Bytes of every file by page type (feeds, recaps, topics ...; `pagefind` for the index). */
  bytesByType: Record<string, number>;
}

export function distStats(outDir: string): DistStats {
  const files = walk(outDir);
  const size = new Map(files.map((f) => [f, statSync(f).size]));
  const pagesByType: Record<string, number> = {};
  const jsBytesByType: Record<string, number> = {};
  let htmlPages = 0;
  let searchBytes = 0;
  const bytesByType: Record<string, number> = {};
  for (const file of files) {
    const rel = `/${displayPath(outDir, file)}`;
    if (rel.startsWith("/pagefind/")) searchBytes += size.get(file) ?? 0;
    // Pagefind's files are type `pagefind` (their first segment).
    const type = pageType(rel);
    bytesByType[type] = (bytesByType[type] ?? 0) + (size.get(file) ?? 0);
    if (!rel.endsWith(".html")) continue;
    htmlPages++;
    pagesByType[type] = (pagesByType[type] ?? 0) + 1;
    const html = readFileSync(file, "utf8");
    let js = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1];
      if (/type=["']?(application\/(ld\+)?json|text\/template)/i.test(attrs)) continue;
      const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      if (src) {
        if (/^https?:/.test(src)) continue;
        const target = src.startsWith("/") ? join(outDir, src) : resolve(file, "..", src);
        js += size.get(target.split("?")[0]) ?? 0;
      } else js += Buffer.byteLength(m[2]);
    }
    for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*href=["']?([^"'\s>]+)/gi)) js += size.get(join(outDir, m[1])) ?? 0;
    jsBytesByType[type] = Math.max(jsBytesByType[type] ?? 0, js);
  }
  return { bytes: [...size.values()].reduce((a, b) => a + b, 0), files: files.length, pagesByType, htmlPages, jsBytesByType, searchBytes, bytesByType };
}

/**
 * HTML bytes of our recap pages beyond the recap's own text: our page's size minus the recap's
 * rendered body as the plain blog renders it (between the baseline layout's `<hr>` and
 * `</article>`). Median and maximum over all recaps present in both builds.
 */
export function recapOverhead(oursDir: string, baselineDir: string): { median: number; max: number; count: number } | undefined {
  const blogDir = join(baselineDir, "blog");
  const recapsDir = join(oursDir, "recaps");
  if (!existsSync(blogDir) || !existsSync(recapsDir)) return undefined;
  const overheads: number[] = [];
  for (const id of readdirSync(blogDir)) {
    const ours = join(recapsDir, id, "index.html");
    const base = join(blogDir, id, "index.html");
    if (!existsSync(ours) || !existsSync(base)) continue;
    const baseHtml = readFileSync(base, "utf8");
    const start = baseHtml.indexOf("<hr");
    const end = baseHtml.lastIndexOf("</article>");
    if (start < 0 || end < 0) continue;
    const body = Buffer.byteLength(baseHtml.slice(baseHtml.indexOf(">", start) + 1, end));
    overheads.push(statSync(ours).size - body);
  }
  if (!overheads.length) return undefined;
  overheads.sort((a, b) => a - b);
  return { median: overheads[Math.floor(overheads.length / 2)], max: overheads[overheads.length - 1], count: overheads.length };
}

// ---------------------------------------------------------------------------------------------
// The run.

interface Row {
  profile: Profile;
  n: number;
  format: string;
  recapMb: number;
  site: SiteName;
  kind: "cold" | "warm";
  exitCode: number | null;
  wallS: number;
  cpuS: number;
  peakMb: number;
  pages: number;
  msPerPage: number;
  distMb: number;
  contentS: number;
  viteS: number;
  renderS: number;
  renderRecapsS: number;
  renderOtherS: number;
  searchS: number;
  searchPeakMb: number;
  searchMb: number;
  /** Peak RSS (MB) in each phase: content sync, Vite, rendering, after, Pagefind. */
  peakByPhase: string;
  /** dist KB by page type. */
  kbByType: string;
  pagesByType: string;
  renderByType: string;
  jsBytesByType: string;
  recapOverheadMedianKb?: number;
  recapOverheadMaxKb?: number;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const s = (ms: number) => Math.round(ms / 100) / 10;
const entries = (o: Record<string, number>) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}=${Math.round(v)}`)
    .join(" ");

/** Peak RSS in MB of each phase of a build (from the memory samples). */
function peakByPhase(run: BuildRun, phases: Phases): string {
  const peak = (from: number, to: number) => Math.round(Math.max(0, ...run.astro.samples.filter((x) => x.at >= from && x.at < to).map((x) => x.rss)) / 1048576);
  const { vite, render, after } = phases.bounds;
  const parts = [`content=${peak(0, vite)}`, `vite=${peak(vite, render)}`, `render=${peak(render, after)}`, `after=${peak(after, Infinity)}`];
  if (run.search) parts.push(`pagefind=${Math.round(run.search.peakRss / 1048576)}`);
  return parts.join(" ");
}

function rowOf(run: BuildRun, kind: Row["kind"], ctx: { profile: Profile; n: number; format: string; generated: GeneratedSite }, outDir: string): Row {
  const phases = parsePhases(run.astro.lines);
  const stats = distStats(outDir);
  const recapRender = phases.renderByType.recaps ?? 0;
  const allRender = Object.values(phases.renderByType).reduce((a, b) => a + b, 0);
  return {
    profile: ctx.profile,
    n: ctx.n,
    format: ctx.format,
    recapMb: mb(ctx.generated.recapBytes),
    site: run.site,
    kind,
    exitCode: run.exitCode,
    wallS: s(run.wallMs),
    cpuS: Math.round(run.cpuS * 10) / 10,
    peakMb: Math.round(run.peakRss / 1048576),
    pages: stats.htmlPages,
    msPerPage: stats.htmlPages ? Math.round(run.wallMs / stats.htmlPages) : 0,
    distMb: mb(stats.bytes),
    contentS: s(phases.contentMs),
    viteS: s(phases.viteMs),
    renderS: s(phases.renderMs),
    renderRecapsS: s(recapRender),
    renderOtherS: s(allRender - recapRender),
    searchS: s(run.search?.wallMs ?? 0),
    searchPeakMb: Math.round((run.search?.peakRss ?? 0) / 1048576),
    searchMb: mb(stats.searchBytes),
    peakByPhase: peakByPhase(run, phases),
    kbByType: entries(Object.fromEntries(Object.entries(stats.bytesByType).map(([k, v]) => [k, v / 1024]))),
    pagesByType: entries(stats.pagesByType),
    renderByType: entries(phases.renderByType),
    jsBytesByType: entries(stats.jsBytesByType),
  };
}

function csvCell(v: unknown): string {
  const text = v === undefined ? "" : String(v);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const COLUMNS: (keyof Row)[] = [
  "profile", "n", "format", "recapMb", "site", "kind", "exitCode", "wallS", "cpuS", "peakMb", "pages", "msPerPage", "distMb", "contentS", "viteS", "renderS",
  "renderRecapsS", "renderOtherS", "searchS", "searchPeakMb", "searchMb", "recapOverheadMedianKb", "recapOverheadMaxKb", "peakByPhase", "kbByType", "pagesByType", "renderByType", "jsBytesByType",
];

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function printTable(rows: Row[]): void {
  const status = (r: Row) => (r.exitCode === 0 ? "" : ` (exit ${r.exitCode})`);
  console.log("\nCold builds, ours vs the plain Astro blog: wall time, CPU time (user + system) and peak RSS, each of the whole process tree\n");
  const head = ["profile", "N", "fmt", "MB", "ours s", "base s", "time x", "ours cpu", "base cpu", "cpu x", "ours MB", "base MB", "mem x", "ours ms/pg", "base ms/pg", "warm s", "warm/cold"];
  const widths = [8, 5, 4, 6, 12, 14, 7, 8, 8, 6, 8, 8, 6, 10, 10, 7, 9];
  console.log(head.map((h, i) => pad(h, widths[i], i > 2)).join(" "));
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(`${r.profile}|${r.n}|${r.format}`, [...(groups.get(`${r.profile}|${r.n}|${r.format}`) ?? []), r]);
  for (const group of groups.values()) {
    const ours = group.find((r) => r.site === "ours" && r.kind === "cold");
    const base = group.find((r) => r.site === "baseline" && r.kind === "cold");
    const warm = group.find((r) => r.site === "ours" && r.kind === "warm");
    const ratio = (a?: number, b?: number, ok = true) => (a && b && ok ? (a / b).toFixed(2) : "-");
    const bothOk = ours?.exitCode === 0 && base?.exitCode === 0;
    const first = group[0];
    const cells = [
      first.profile, String(first.n), first.format, String(first.recapMb),
      ours ? `${ours.wallS}${status(ours)}` : "-", base ? `${base.wallS}${status(base)}` : "-", ratio(ours?.wallS, base?.wallS, bothOk),
      ours ? String(ours.cpuS) : "-", base ? String(base.cpuS) : "-", ratio(ours?.cpuS, base?.cpuS, bothOk),
      ours ? String(ours.peakMb) : "-", base ? String(base.peakMb) : "-", ratio(ours?.peakMb, base?.peakMb, bothOk),
      ours ? String(ours.msPerPage) : "-", base ? String(base.msPerPage) : "-",
      warm ? `${warm.wallS}${status(warm)}` : "-", ratio(warm?.wallS, ours?.wallS, warm?.exitCode === 0 && ours?.exitCode === 0),
    ];
    console.log(cells.map((c, i) => pad(c, widths[i], i > 2)).join(" "));
  }
  console.log("\nWhere the time went (s): content sync, Vite build (MDX compiles here), page rendering (recap pages / all other pages), Pagefind\n");
  for (const r of rows) {
    console.log(
      `${r.profile} N=${r.n} ${r.format} ${r.site} ${r.kind}: exit ${r.exitCode}, ${r.wallS} s, cpu ${r.cpuS} s, ${r.peakMb} MB | content ${r.contentS} vite ${r.viteS} render ${r.renderS} (recaps ${r.renderRecapsS}, other pages ${r.renderOtherS}) search ${r.searchS} s / ${r.searchPeakMb} MB / index ${r.searchMb} MB | dist ${r.distMb} MB, ${r.pages} pages` +
        (r.recapOverheadMedianKb !== undefined ? ` | recap page beyond its text: median ${r.recapOverheadMedianKb} KB, max ${r.recapOverheadMaxKb} KB` : ""),
    );
    if (r.kind === "cold") {
      console.log(`    peak MB by phase: ${r.peakByPhase}`);
      console.log(`    pages by type: ${r.pagesByType}`);
      console.log(`    dist KB by type: ${r.kbByType}`);
      console.log(`    render ms by type: ${r.renderByType}`);
      console.log(`    max JS bytes per page, by type: ${r.jsBytesByType || "(none)"}`);
    }
  }
}

/** Appends a paragraph to the middle recap, as an editor's one-recap edit. */
function editOneRecap(generated: GeneratedSite): string {
  const name = generated.files[Math.floor(generated.files.length / 2)];
  const path = join(generated.recapsDir, name);
  appendFileSync(path, `\n\nAn editor's correction, added ${new Date().toISOString()}: the figure above is per task, not per run.\n`);
  return name;
}

interface Plan {
  configs: { profile: Profile; n: number; format: "md" | "mdx" | "mixed" }[];
  warm: boolean;
  /** Also the warm rebuild of .mdx configurations. */
  warmMdx: boolean;
  baseline: boolean;
}

function parseArgs(argv: string[]): Plan {
  const has = (f: string) => argv.includes(f);
  const get = (f: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const quick = has("--quick");
  const ns = (get("--n") ?? (quick ? "250" : "250,1000,4000")).split(",").map(Number);
  const formats = (get("--format") ?? "md,mdx").split(",") as ("md" | "mdx")[];
  const configs: Plan["configs"] = [];
  if (!has("--archive-only")) for (const n of ns) for (const format of formats) configs.push({ profile: "default", n, format });
  if (has("--archive-only") || (!quick && !has("--no-archive"))) configs.push({ profile: "archive", n: Number(get("--archive-n") ?? 700), format: "md" });
  // --quick keeps its warm rebuild to .md: an .mdx warm build costs as much as a cold one (MDX
  // compiles in Vite, which caches nothing), and the run must stay under five minutes.
  return { configs, warm: !has("--no-warm"), warmMdx: !quick, baseline: !has("--no-baseline") };
}

async function main(): Promise<void> {
  const plan = parseArgs(process.argv.slice(2));
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
    const order: SiteName[] = (plan.baseline ? (i % 2 ? ["ours", "baseline"] : ["baseline", "ours"]) : ["ours"]) as SiteName[];
    const cold: Partial<Record<SiteName, Row>> = {};
    for (const site of order) {
      rmSync(outs[site], { recursive: true, force: true });
      rmSync(caches[site], { recursive: true, force: true });
      process.stdout.write(`  ${site} cold ... `);
      const run = await buildSite(site, generated, outs[site], caches[site], mirrors);
      const row = rowOf(run, "cold", ctx, outs[site]);
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
    if (plan.warm && (plan.warmMdx || config.format === "md") && cold.ours?.exitCode === 0 && config.profile === "default") {
      const edited = editOneRecap(generated);
      process.stdout.write(`  ours warm (edited ${edited}) ... `);
      const run = await buildSite("ours", generated, outs.ours, caches.ours, mirrors);
      const row = rowOf(run, "warm", ctx, outs.ours);
      console.log(`exit ${row.exitCode}, ${row.wallS} s, cpu ${row.cpuS} s, ${row.peakMb} MB`);
      rows.push(row);
    }
    for (const row of rows.filter((r) => r.profile === config.profile && r.n === config.n && r.format === config.format)) {
      appendFileSync(csvPath, `${COLUMNS.map((c) => csvCell(row[c])).join(",")}\n`);
    }
    // Keep the disk from filling over a long run: dist folders and caches of finished configs go.
    for (const dir of [genDir, caches.ours, outs.ours, outs.baseline]) rmSync(dir, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
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
