import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, ROOT } from "./helpers/astro";
import { SYSTEM_PYTHON } from "./helpers/feedparser";

/**
 * Nothing dropped silently: every data row of every results CSV appears on its model's page (the
 * per-benchmark history tables), counted row for row. The CSVs are read by Python's csv module
 * (not by the site's loader), following the column maps and `as_of` dates of data/benchmarks.csv.
 */

/** One row as a key: benchmark, version, report date and source, the same read from CSV and page. */
const READ_CSV = `
import csv, json, sys, os, collections
root = sys.argv[1]
def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [r for r in csv.DictReader(f) if any((v or "").strip() for v in r.values())]
registry = rows(os.path.join(root, "data/benchmarks.csv"))
by_file = collections.defaultdict(list)
for b in registry:
    by_file[b["file"]].append(b)
keys = []
counts = {}
for file, owners in by_file.items():
    rename = {}
    for pair in (owners[0].get("column_map") or "").split(";"):
        if "=" in pair:
            k, v = pair.split("=", 1)
            if k.strip() != "ignore":
                rename[k.strip()] = v.strip()
    col = lambda name: rename.get(name, name)
    data = rows(os.path.join(root, "data", file))
    counts[file] = len(data)
    for r in data:
        version = (r.get(col("version")) or "").strip() or owners[0]["version"]
        owner = next(o for o in owners if o["version"] == version)
        date = ((r.get(col("evaluated_at")) or "").strip() or owner["as_of"])[:10]
        keys.append("|".join([owner["id"], version, date, r[col("source_url")].strip()]))
print(json.dumps({"keys": keys, "counts": counts}))
`;

/** The same keys read from the history tables of every built model page. */
function keysOnModelPages(): string[] {
  const keys: string[] = [];
  const dir = join(DIST, "models");
  for (const id of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const { document } = parseHTML(readFileSync(join(dir, id, "index.html"), "utf8"));
    // Each benchmark version's section names it (`data-benchmark="<id>/<version>"`; the heading links
    // the newest version at the board's own address); its reports are in its tables, the earlier
    // ones folded under a disclosure.
    for (const section of document.querySelectorAll("main section.group[data-benchmark]")) {
      const [benchmark, version] = (section.getAttribute("data-benchmark") ?? "").split("/");
      for (const row of section.querySelectorAll("table tbody tr")) {
        const date = row.querySelector("time")?.getAttribute("datetime")?.slice(0, 10) ?? "";
        const links = row.querySelectorAll("a[href]");
        const source = links.length ? links[links.length - 1].getAttribute("href") ?? "" : "";
        keys.push([benchmark, version, date, source].join("|"));
      }
    }
  }
  return keys;
}

const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe.skipIf(!existsSync(SYSTEM_PYTHON))("nothing dropped silently", () => {
  it("every result row of every CSV is a row in its model page's history", () => {
    const run = spawnSync(SYSTEM_PYTHON, ["-c", READ_CSV, ROOT], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const csv = JSON.parse(run.stdout) as { keys: string[]; counts: Record<string, number> };
    const shown = keysOnModelPages();
    console.log(`[rows] ${csv.keys.length} rows in ${Object.keys(csv.counts).length} results CSVs, ${shown.length} rows on model pages`);
    expect(csv.keys.length).toBeGreaterThan(0);
    const want = tally(csv.keys);
    const got = tally(shown);
    const missing = [...want].filter(([k, n]) => (got.get(k) ?? 0) < n).map(([k, n]) => `${k} (${n} in CSV, ${got.get(k) ?? 0} shown)`);
    const extra = [...got].filter(([k, n]) => (want.get(k) ?? 0) < n).map(([k, n]) => `${k} (${n} shown, ${want.get(k) ?? 0} in CSV)`);
    expect(missing, "rows in the CSVs but not on any model page").toEqual([]);
    expect(extra, "rows on model pages that no CSV row explains").toEqual([]);
    expect(shown.length).toBe(csv.keys.length);
  });
});
