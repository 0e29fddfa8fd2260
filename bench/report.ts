/** What `npm run bench` reports: one row per build (results CSV), and the tables it prints. */
import type { GeneratedSite, Profile } from "./generate";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { distStats } from "./distStats";
import { parsePhases, type Phases } from "./phases";
import type { BuildRun, SiteName } from "./sites";

/** One line of the results CSV: one build of one site over one archive. */
export interface Row {
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
  /**
   * The content store Astro bundles into the build as one module (`<cacheDir>/data-store.json`),
   * MB: Rollup parses it whole, so the Vite phase's time and memory grow with it (docs/performance.md).
   */
  storeMb: number;
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

/** Bytes as MB with one decimal. */
export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
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

/** The row of one build: its log read for phases, its dist/ for pages and bytes, its cache folder for the content store. */
export function rowOf(run: BuildRun, kind: Row["kind"], ctx: { profile: Profile; n: number; format: string; generated: GeneratedSite }, outDir: string, cacheDir: string): Row {
  const store = join(cacheDir, "data-store.json");
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
    storeMb: existsSync(store) ? mb(statSync(store).size) : 0,
    peakByPhase: peakByPhase(run, phases),
    kbByType: entries(Object.fromEntries(Object.entries(stats.bytesByType).map(([k, v]) => [k, v / 1024]))),
    pagesByType: entries(stats.pagesByType),
    renderByType: entries(phases.renderByType),
    jsBytesByType: entries(stats.jsBytesByType),
  };
}

/** A CSV cell, quoted when it must be. */
export function csvCell(v: unknown): string {
  const text = v === undefined ? "" : String(v);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The results CSV's columns, in order. */
export const COLUMNS: (keyof Row)[] = [
  "profile", "n", "format", "recapMb", "site", "kind", "exitCode", "wallS", "cpuS", "peakMb", "pages", "msPerPage", "distMb", "contentS", "viteS", "renderS",
  "renderRecapsS", "renderOtherS", "searchS", "searchPeakMb", "searchMb", "recapOverheadMedianKb", "recapOverheadMaxKb", "peakByPhase", "kbByType", "pagesByType", "renderByType", "jsBytesByType", "storeMb",
];

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** Prints the comparison table, then where each build's time went. */
export function printTable(rows: Row[]): void {
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
      `${r.profile} N=${r.n} ${r.format} ${r.site} ${r.kind}: exit ${r.exitCode}, ${r.wallS} s, cpu ${r.cpuS} s, ${r.peakMb} MB | content ${r.contentS} vite ${r.viteS} render ${r.renderS} (recaps ${r.renderRecapsS}, other pages ${r.renderOtherS}) search ${r.searchS} s / ${r.searchPeakMb} MB / index ${r.searchMb} MB | content store ${r.storeMb} MB | dist ${r.distMb} MB, ${r.pages} pages` +
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

