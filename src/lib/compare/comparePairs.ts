import type { Board } from "../leaderboard/buildBoard";

/** A pair of models with a pre-built comparison page. */
export interface ComparePair {
  /** Model ids, `a` before `b` alphabetically (one page per pair, whichever way round it is asked). */
  a: string;
  b: string;
  /** The URL segment: `<a>-vs-<b>`. */
  slug: string;
  /** Recaps that name both, in the order given (newest first on the site). */
  recapIds: string[];
  /** Boards (`<benchmark> <version>`) on which the two are next to each other in the top ten. */
  neighbourOn: string[];
  /** Number of boards that rank both. */
  sharedBoards: number;
}

/** What `comparePairs` reads. */
export interface ComparePairsInput {
  /** Per recap: its id and the model ids it names (resolved, any order). */
  recapModels: readonly { recapId: string; modelIds: readonly string[] }[];
  /** Every board of the site (every benchmark version). */
  boards: readonly Board[];
  /** At most this many pairs (`COMPARE_MAX_PAIRS`). */
  limit: number;
}

/** The pairs chosen, and how many were candidates (the page says how the count is bounded). */
export interface ComparePairs {
  pairs: ComparePair[];
  candidates: number;
}

/**
 * The URL segment of a pair, the ids in alphabetical order.
 * @example compareSlug("gpt-5-4", "claude-opus-4-6") // "claude-opus-4-6-vs-gpt-5-4"
 */
export function compareSlug(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `${x}-vs-${y}`;
}

/** How many places of a board count as its top (neighbours there are pairs readers compare). */
const TOP_PLACES = 10;

/**
 * The pairs that matter, each with why: two models named together in a recap, or next to each
 * other in the top ten of a board (any version). Only pairs that some board ranks both on are
 * kept (a comparison page without a figure to compare says nothing). They are ranked by how often
 * they come up (recaps naming both plus boards where they are neighbours), then by the boards
 * that rank both, then by id, and the first `limit` are kept. Two pairs whose slugs collide (an
 * id containing `-vs-`) are an error, naming both.
 */
export function comparePairs({ recapModels, boards, limit }: ComparePairsInput): ComparePairs {
  const found = new Map<string, { a: string; b: string; recapIds: string[]; neighbourOn: string[] }>();
  const pairOf = (x: string, y: string) => {
    const [a, b] = [x, y].sort();
    const key = `${a}\u0000${b}`;
    let pair = found.get(key);
    if (!pair) {
      pair = { a, b, recapIds: [], neighbourOn: [] };
      found.set(key, pair);
    }
    return pair;
  };
  for (const { recapId, modelIds } of recapModels) {
    const ids = [...new Set(modelIds)];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairOf(ids[i], ids[j]).recapIds.push(recapId);
  }
  const boardsOf = new Map<string, Set<string>>();
  for (const board of boards) {
    const name = `${board.benchmark.id} ${board.benchmark.version}`;
    for (const e of board.entries) boardsOf.set(e.model.id, (boardsOf.get(e.model.id) ?? new Set()).add(name));
    // A model ranked at several settings counts at its best-ranked row: neighbours are models.
    const seen = new Set<string>();
    const top = board.entries.filter((e) => !seen.has(e.model.id) && seen.add(e.model.id)).slice(0, TOP_PLACES);
    for (let i = 0; i + 1 < top.length; i++) pairOf(top[i].model.id, top[i + 1].model.id).neighbourOn.push(name);
  }
  const shared = (a: string, b: string) => {
    const [x, y] = [boardsOf.get(a) ?? new Set<string>(), boardsOf.get(b) ?? new Set<string>()];
    let n = 0;
    for (const name of x) if (y.has(name)) n++;
    return n;
  };
  const candidates = [...found.values()].map((p) => ({ ...p, slug: compareSlug(p.a, p.b), sharedBoards: shared(p.a, p.b) })).filter((p) => p.sharedBoards > 0);
  const bySlug = new Map<string, (typeof candidates)[number]>();
  for (const p of candidates) {
    const other = bySlug.get(p.slug);
    if (other) throw new Error(`compare pages: the pairs ${other.a} + ${other.b} and ${p.a} + ${p.b} would share the URL /compare/${p.slug}/; rename a model id that contains "-vs-"`);
    bySlug.set(p.slug, p);
  }
  const weight = (p: ComparePair) => p.recapIds.length + p.neighbourOn.length;
  const pairs = candidates
    .sort((p, q) => weight(q) - weight(p) || q.sharedBoards - p.sharedBoards || p.slug.localeCompare(q.slug))
    .slice(0, Math.max(0, limit));
  return { pairs, candidates: candidates.length };
}

/** The pairs a model is part of, in the order given, each with the other model's id. */
export function pairsOfModel(pairs: readonly ComparePair[], modelId: string): { pair: ComparePair; other: string }[] {
  return pairs.flatMap((pair) => (pair.a === modelId ? [{ pair, other: pair.b }] : pair.b === modelId ? [{ pair, other: pair.a }] : []));
}
