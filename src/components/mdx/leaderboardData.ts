import { getCollection } from "astro:content";
import type { LeaderboardData } from "../../lib/leaderboard/getCurrentBoard";

let cached: Promise<LeaderboardData> | undefined;

/**
 * The `benchmarks`, `results` and `models` collections as plain data for the leaderboard lib,
 * read once per build (pages and every MDX component on every recap share it).
 */
export function getLeaderboardData(): Promise<LeaderboardData> {
  // In `astro dev` collections change under us; only cache in builds.
  if (cached && import.meta.env.PROD) return cached;
  cached = (async () => ({
    benchmarks: (await getCollection("benchmarks")).map((e) => e.data),
    results: (await getCollection("results")).map((e) => e.data),
    models: (await getCollection("models")).map((e) => e.data),
  }))();
  return cached;
}
