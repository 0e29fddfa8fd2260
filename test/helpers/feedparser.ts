import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's python3 with python3-feedparser (not a pyenv python on PATH). */
export const SYSTEM_PYTHON = "/usr/bin/python3";

/** One entry as feedparser reads it. */
export interface ParsedEntry {
  title: string;
  link: string;
  id: string;
  /** ISO 8601 from feedparser's `published_parsed` (UTC). */
  published: string | null;
  /** ISO 8601 from feedparser's `updated_parsed` (Atom `updated`), null without one. */
  updated?: string | null;
  /** The longest HTML body feedparser found (content:encoded, Atom content, content_html). */
  content: string;
  tags: string[];
  /** The entry's author as feedparser reads it ("" for none). */
  author?: string;
}

/** A feed as feedparser reads it. */
export interface ParsedFeed {
  bozo: boolean;
  bozoException: string | null;
  version: string;
  title: string;
  /** ISO 8601 from the feed's own `updated_parsed` (RSS lastBuildDate, Atom updated); null without one. */
  updated?: string | null;
  entries: ParsedEntry[];
}

const SCRIPT = `
import feedparser, json, sys, calendar, datetime
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    def iso(t):
        return datetime.datetime.fromtimestamp(calendar.timegm(t), datetime.timezone.utc).isoformat() if t else None
    out.append({
        "bozo": bool(d.bozo),
        "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
        "version": d.version,
        "title": d.feed.get("title", ""),
        "updated": iso(d.feed.get("updated_parsed")),
        "entries": [{
            "title": e.get("title", ""),
            "link": e.get("link", ""),
            "id": e.get("id", ""),
            "published": iso(e.get("published_parsed")),
            "updated": iso(e.get("updated_parsed")),
            "content": max([c.get("value", "") for c in e.get("content", [])] + [""], key=len),
            "tags": [t.get("term") for t in e.get("tags", [])],
            "author": e.get("author", ""),
        } for e in d.entries],
    })
print(json.dumps(out))
`;

/** Whether Debian's feedparser is available. */
export function hasFeedparser(): boolean {
  if (!existsSync(SYSTEM_PYTHON)) return false;
  return spawnSync(SYSTEM_PYTHON, ["-c", "import feedparser"]).status === 0;
}

/** Parses feed files (paths or URLs) with Debian's python3-feedparser. */
export function feedparse(...paths: string[]): ParsedFeed[] {
  const run = spawnSync(SYSTEM_PYTHON, ["-c", SCRIPT, ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`feedparser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedFeed[];
}
