import type { Board } from "../leaderboard/buildBoard";
import type { ModelLike } from "../leaderboard/types";

/** One board in the download index. */
export interface DownloadIndexBoard {
  benchmark: string;
  name: string;
  version: string;
  unit: string;
  direction: "higher" | "lower";
  /** Site paths of the board's downloads. */
  json: string;
  csv: string;
  /**
   * Ids of the models the board ranks, each once (a reader fetches only the boards it needs); a
   * model ranked in several rows (settings, snapshots) is one id: the rows are in the download.
   */
  models: string[];
}

/** `/data/index.json`: what the downloads are, for scripts and for the compare picker. */
export interface DownloadIndex {
  boards: DownloadIndexBoard[];
  models: { id: string; name: string; lab: string; open_weights: boolean }[];
  /** Pairs with a pre-built comparison page: slug and site path. */
  comparePages: { a: string; b: string; path: string }[];
}

/** What `downloadIndex` needs; paths come from the route helper (src/lib/routes/paths.ts). */
export interface DownloadIndexInput {
  boards: readonly Board[];
  models: readonly ModelLike[];
  pairs: readonly { a: string; b: string; slug: string }[];
  downloadPath: (benchmark: string, version: string, ext: "csv" | "json") => string;
  comparePath: (slug: string) => string;
}

/**
 * The index of the published downloads: every board with its files and the models it ranks, every
 * model that some board ranks, and the pre-built comparison pages. Stable order (the boards' and
 * models' as given, pairs by slug), so that the file diffs cleanly between builds.
 */
export function downloadIndex({ boards, models, pairs, downloadPath, comparePath }: DownloadIndexInput): DownloadIndex {
  const ranked = new Set(boards.flatMap((b) => b.entries.map((e) => e.model.id)));
  return {
    boards: boards.map((board) => {
      const b = board.benchmark;
      return {
        benchmark: b.id,
        name: b.name,
        version: b.version,
        unit: b.unit,
        direction: b.direction,
        json: downloadPath(b.id, b.version, "json"),
        csv: downloadPath(b.id, b.version, "csv"),
        models: [...new Set(board.entries.map((e) => e.model.id))],
      };
    }),
    models: models.filter((m) => ranked.has(m.id)).map((m) => ({ id: m.id, name: m.name, lab: m.lab, open_weights: m.open_weights })),
    comparePages: [...pairs].sort((p, q) => p.slug.localeCompare(q.slug)).map((p) => ({ a: p.a, b: p.b, path: comparePath(p.slug) })),
  };
}
