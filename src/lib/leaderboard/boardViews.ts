import { slugify } from "../content/slugify";
import type { Board, BoardEntry } from "./buildBoard";

/** A pre-built part of a board: its open-weights models, or one lab's. Ranks stay the full board's. */
export interface BoardSubset {
  kind: "open-weights" | "lab";
  /** URL segment: `open-weights`, or the lab's slug. */
  slug: string;
  /** `Open-weights models`, or the lab's name. */
  title: string;
  entries: BoardEntry[];
}

/** How many of a lab's models a board must rank before the lab gets a view of its own. */
const MIN_LAB_VIEW_ROWS = 2;

/**
 * The views of a board that need no JavaScript, each a page of its own linked from the board:
 * the open-weights models (when the board ranks both open and closed ones), and each lab with at
 * least `MIN_LAB_VIEW_ROWS` ranked models (when the board ranks several labs). Labs in
 * alphabetical order; rows in the board's order.
 */
export function boardSubsets(board: Board): BoardSubset[] {
  const views: BoardSubset[] = [];
  const open = board.entries.filter((e) => e.model.open_weights);
  if (open.length > 0 && open.length < board.entries.length) views.push({ kind: "open-weights", slug: "open-weights", title: "Open-weights models", entries: open });
  const byLab = new Map<string, BoardEntry[]>();
  for (const e of board.entries) byLab.set(e.model.lab, [...(byLab.get(e.model.lab) ?? []), e]);
  if (byLab.size > 1) {
    for (const lab of [...byLab.keys()].sort((a, b) => a.localeCompare(b, "en"))) {
      const entries = byLab.get(lab)!;
      if (entries.length >= MIN_LAB_VIEW_ROWS) views.push({ kind: "lab", slug: slugify(lab), title: lab, entries });
    }
  }
  return views;
}

/** One pre-built view page: the board's view, the subset shown, and every subset (for the view links). */
export interface SubsetPage<V extends { board: Board }> {
  view: V;
  subset: BoardSubset;
  subsets: BoardSubset[];
}

/**
 * The view pages of one kind across every board version: one per board for `open-weights` (where
 * it has that view), one per lab with a view for `lab`.
 */
export function subsetPages<V extends { board: Board }>(views: readonly V[], kind: BoardSubset["kind"]): SubsetPage<V>[] {
  return views.flatMap((view) => {
    const subsets = boardSubsets(view.board);
    return subsets.filter((s) => s.kind === kind).map((subset) => ({ view, subset, subsets }));
  });
}
