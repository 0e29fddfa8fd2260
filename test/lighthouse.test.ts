import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ROOT } from "./helpers/astro";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumMissing } from "./helpers/chromium";
import { builtPages } from "./helpers/distPages";
import { serveStatic, type StaticServer } from "./helpers/staticServer";

/**
 * Lighthouse 12 (its Node API, driving Debian's Chromium) on the largest page of each kind: home,
 * recap, leaderboard, model, compare, the compare picker and an embed. A report more than a gate:
 * accessibility, best practices and SEO must score 100; performance (simulated mobile throttling,
 * so it varies with the machine) is reported. Every audit that cost points is listed under the
 * table. JSON reports are kept in test-results/lighthouse/.
 *
 * One Chromium for the file, launched the way Lighthouse's CLI launches it (chrome-launcher, the
 * CLI's own launcher, with the CLI's default flags); each audit opens its own tab in it and closes
 * it, as the CLI does in a browser of its own. Lighthouse's default configuration, less the
 * full-page screenshot (an image for the HTML report's element thumbnails, which no category
 * scores): a CLI process and a browser per page and the screenshot took 40% of the file's time.
 * Nor the filmstrip and final screenshot (`screenshot-thumbnails`, `final-screenshot`: pictures for
 * the HTML report, weight 0, decoded and resized in Node): 13.5 s -> 10.3 s of the file's CPU, the
 * same scores and audits.
 */
const OUT = join(ROOT, "test-results/lighthouse");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const GATED = ["accessibility", "best-practices", "seo"] as const;
/**
 * How long Lighthouse waits after first paint and load, and for the network and the CPU to fall
 * quiet, before it reads the page: 1 s each by default, made for pages on the internet. These pages
 * come from a server on the same machine, with no request after load and no script but the compare
 * picker's, which runs at load: a quarter second of quiet is ample, and takes 1.5 s off each audit
 * (2.4 s of navigation -> 0.9 s; same scores, the performance figure being simulated from the trace).
 */
const QUIET_WINDOWS = { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250 };

interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }>;
}

/** The pages to audit: one of each kind the issue names, the largest of its kind. */
function pagesToAudit(): { label: string; url: string }[] {
  const pages = builtPages(DIST);
  const largest = (type: string) => [...pages].filter((p) => p.type === type).sort((a, b) => b.size - a.size)[0];
  const picks: [string, string][] = [
    ["home", "home"],
    ["recap", "recaps/*"],
    ["leaderboard", "leaderboards/*"],
    ["model", "models/*"],
    ["compare", "compare/*"],
    ["compare-picker", "compare"],
    ["embed", "embed/*/*/*/*"],
  ];
  return picks.flatMap(([label, type]) => {
    const page = largest(type);
    return page ? [{ label, url: page.url }] : [];
  });
}

/**
 * On a loaded machine Chromium's launch, or Lighthouse's connection to it, occasionally fails (a
 * crash of the tool, not a score). Try such a step once more.
 */
async function withOneRetry<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    console.warn(`[lighthouse] failed, retrying once: ${error}`);
    return task();
  }
}

const missing = chromiumMissing();
const targets = pagesToAudit();

describe.skipIf(missing)("Lighthouse report", () => {
  let server: StaticServer;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const reports = new Map<string, LhReport>();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await serveStatic(DIST);
    chrome = await withOneRetry(() => chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS }));
  });
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
    if (reports.size === 0) return;
    // The table, then every audit that cost points.
    const pct = (s: number | null) => (s === null ? "n/a" : String(Math.round(s * 100)));
    const rows = [["page", ...CATEGORIES], ...[...reports].map(([label, r]) => [label, ...CATEGORIES.map((c) => pct(r.categories[c]?.score ?? null))])];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const lines = rows.map((row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`);
    lines.splice(1, 0, `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    const costs: string[] = [];
    for (const [label, r] of reports) {
      for (const c of CATEGORIES) {
        for (const ref of r.categories[c]?.auditRefs ?? []) {
          const audit = r.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            costs.push(`  ${label} / ${c}: ${ref.id} (${audit.title}) score ${pct(audit.score)}${audit.displayValue ? `, ${audit.displayValue}` : ""}`);
          }
        }
      }
    }
    console.log(`[lighthouse] scores (Lighthouse 12.8.2, mobile, simulated throttling)\n${lines.join("\n")}\n${costs.length ? `audits under 100:\n${costs.join("\n")}` : "every weighted audit scores 100"}`);
  });

  for (const target of targets) {
    it(`${target.label} ${target.url}: accessibility, best practices and SEO at 100`, async () => {
      const result = await withOneRetry(() =>
        lighthouse(
          server.origin + target.url,
          { port: chrome!.port, output: "json", onlyCategories: [...CATEGORIES], logLevel: "error" },
          { extends: "lighthouse:default", settings: { disableFullPageScreenshot: true, skipAudits: ["screenshot-thumbnails", "final-screenshot"], ...QUIET_WINDOWS } },
        ),
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${target.url}`);
      writeFileSync(join(OUT, `${target.label}.json`), result.report as string);
      const report = result.lhr as unknown as LhReport;
      reports.set(target.label, report);
      for (const c of GATED) {
        const category = report.categories[c];
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score! < 1)
          .map((ref) => `${ref.id}: ${report.audits[ref.id].title}`);
        expect(failing, `${target.label} ${c}`).toEqual([]);
        expect(category.score, `${target.label} ${c}`).toBe(1);
      }
      expect(report.categories.performance.score, "performance is measured").not.toBeNull();
    });
  }
});
