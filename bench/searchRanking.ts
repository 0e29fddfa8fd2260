/**
 * What splitting the search index costs in ranking, measured on real text.
 *
 *   npx tsx bench/searchRanking.ts <built site> [--bundles 2,3] [--queries 60]
 *
 * `<built site>` is a folder `astro build` wrote (no search index needed). The site is indexed
 * once whole and once per bundle count (`scripts/lib/searchIndex.ts`, the bundle size set so that
 * the searchable pages make that many bundles), each in a copy; then the same queries run through
 * Pagefind's own search (`/pagefind/pagefind.js` in Debian's Chromium, merging the bundles as the
 * search page does) and the split index's results are compared with the whole index's.
 *
 * The queries are what a reader types: the names the site's recaps give in their `models`,
 * `companies`, `topics` and `people` lists (read from the built recap pages' tag links), the most
 * frequent first. For each query: is the whole index's first result still first, still in the top
 * three; how many of its top five and top ten are in the split index's; the number of results.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { searchablePages } from "../scripts/lib/searchIndex";
import { fail } from "../scripts/lib/siteRoot";
import { launchChromium } from "../test/helpers/chromium";
import { pagefindIndex } from "../test/helpers/pagefind";
import { serveStatic } from "../test/helpers/staticServer";

const USAGE = "usage: npx tsx bench/searchRanking.ts <built site> [--bundles 2,3] [--queries 60]";
const { values, positionals } = parseCommandLine(USAGE, { bundles: { type: "string" }, queries: { type: "string" } });
if (positionals.length !== 1) fail(`expected one built site folder, found ${positionals.length}\n${USAGE}`, 2);
const site = resolve(positionals[0]);
if (!existsSync(join(site, "recaps"))) fail(`${site}: expected a folder \`astro build\` wrote, with recaps/ in it\n${USAGE}`, 2);
const bundleCounts = (values.bundles ?? "2,3").split(",").map((k) => wholeNumberArg("--bundles", k, 2, USAGE, 2));
const queryCount = wholeNumberArg("--queries", values.queries, 60, USAGE);

/** Reader queries: the tag names the built recap pages link to, the most used first. */
function queries(): string[] {
  const counts = new Map<string, number>();
  const recaps = join(site, "recaps");
  for (const slug of readdirSync(recaps)) {
    let html: string;
    try {
      html = readFileSync(join(recaps, slug, "index.html"), "utf8");
    } catch {
      continue;
    }
    const names = new Set<string>();
    for (const m of html.matchAll(/<a[^>]+href="\/(?:models|companies|topics|people|labs)\/[^"/]+\/"[^>]*>([^<]{3,60})<\/a>/g)) names.add(m[1].trim());
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, queryCount).map(([n]) => n.replace(/&amp;/g, "&"));
}

async function indexCopy(bundles: number): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), `bd-rank-${bundles}-`));
  cpSync(site, copy, { recursive: true, filter: (src) => !/[\\/]pagefind[^\\/]*$/.test(src) });
  const total = searchablePages(copy).reduce((n, p) => n + p.bytes, 0);
  const maxBytes = bundles === 1 ? total + 1 : Math.ceil(total / bundles);
  const result = await pagefindIndex(copy, maxBytes);
  if (result.status !== 0) throw new Error(`pagefind failed on ${copy}:\n${result.output.slice(-2000)}`);
  console.log(`indexed ${copy}: ${Math.ceil(total / maxBytes)} bundle(s), ${(total / 1048576).toFixed(1)} MB of searchable pages`);
  return copy;
}

async function search(dir: string, terms: string[]): Promise<Map<string, { urls: string[]; count: number }>> {
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    const merged = JSON.parse(readFileSync(join(dir, "pagefind/bundles.json"), "utf8")) as string[];
    const out = await page.evaluate(
      async ({ merged, terms }) => {
        const pf = await import("/pagefind/pagefind.js" as string);
        await pf.options({});
        for (const bundlePath of merged) await pf.mergeIndex(bundlePath);
        const res: [string, { urls: string[]; count: number }][] = [];
        for (const q of terms) {
          const s = await pf.search(q);
          const top = await Promise.all(s.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
          res.push([q, { urls: top.map((d: { url: string }) => d.url), count: s.results.length }]);
        }
        return res;
      },
      { merged, terms },
    );
    return new Map(out);
  } finally {
    await browser.close();
    await server.close();
  }
}

const terms = queries();
const whole = await indexCopy(1);
const base = await search(whole, terms);
const copies = [whole];
try {
  for (const k of bundleCounts) {
    const dir = await indexCopy(k);
    copies.push(dir);
    const split = await search(dir, terms);
    let first = 0;
    let top3 = 0;
    let in5 = 0;
    let in10 = 0;
    let more = 0;
    const changed: string[] = [];
    const counts: string[] = [];
    for (const q of terms) {
      const a = base.get(q)!;
      const b = split.get(q)!;
      if (!a.urls.length) continue;
      if (b.urls[0] === a.urls[0]) first++;
      else changed.push(`  "${q}": whole ${a.urls[0]} | split ${b.urls[0]} (the whole index's first is #${b.urls.indexOf(a.urls[0]) + 1 || "over 10"})`);
      if (b.urls.slice(0, 3).includes(a.urls[0])) top3++;
      in5 += a.urls.slice(0, 5).filter((u) => b.urls.slice(0, 5).includes(u)).length / Math.min(5, a.urls.length);
      in10 += a.urls.filter((u) => b.urls.includes(u)).length / a.urls.length;
      if (b.count !== a.count) {
        more++;
        counts.push(`  "${q}": ${a.count} results in one index, ${b.count} split`);
      }
    }
    const n = terms.filter((q) => base.get(q)!.urls.length).length;
    console.log(
      `\n${k} bundles against one index, ${n} queries: same first result ${first} (${((100 * first) / n).toFixed(0)}%); the whole index's first in the top 3 ${top3} (${((100 * top3) / n).toFixed(0)}%); top-5 overlap ${((100 * in5) / n).toFixed(0)}%; top-10 overlap ${((100 * in10) / n).toFixed(0)}%; a different number of results ${more}`,
    );
    for (const line of [...changed, ...counts]) console.log(line);
  }
} finally {
  for (const c of copies) rmSync(c, { recursive: true, force: true });
}
