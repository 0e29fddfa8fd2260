import type { Model } from "../../schemas/model";
import { formatDate } from "../format/formatDate";
import { listOf } from "../format/listOf";
import { catalogTitle } from "./catalogTitle";

/**
 * What a page says of a registry fact its catalog gives two ways (`catalog_disputes`, written by
 * `npm run import:models`): the row's release date or open-weights flag is one listing's word,
 * and others of the same catalog give another. Said beside the fact, never left as settled (found
 * in review: DeepSeek-V3 "Open weights: no" on boards and off the open-weights view, GPT-4
 * "released 6 November 2023", with nothing on the page to say the catalog says otherwise). Only
 * while the row is the catalog's: an editor who settles a fact empties its `catalog` cell.
 */
export interface FactDispute {
  /** Short words for a table cell. @example "disputed" */
  mark: string;
  /** The sentence for the cell's title and the model page. @example "of its 3 listings in models.dev, 1 gives 14 March 2023" */
  says: string;
}

/**
 * "of its 18 listings in models.dev, 1 gives", or without counts "models.dev's other listings of it
 * give". `which`: the listings counted, when not all (`dating the model itself`); when every one
 * of them gives the other fact, the sentence says so and where the row's came from (`whence`):
 * "of its 2 listings ..., 2 give" read as if no listing gave the date shown (found in review).
 */
function listingsSay(catalog: string, counts: readonly ({ n: number; of: number } | undefined)[], says: readonly string[], one: string, many: string, which = "", whence = ""): string {
  const title = catalogTitle(catalog);
  if (counts.some((c) => c === undefined)) return `${title}'s other listings of it ${many} ${listOf(says)}`;
  const of = counts[0]!.of;
  if (counts.length === 1 && counts[0]!.n === of && whence) return `${of === 1 ? `its one listing in ${title}${which} ${one}` : `all ${of} of its listings in ${title}${which} ${many}`} ${says[0]}; ${whence}`;
  return `of its ${of} listings in ${title}${which}, ${listOf(says.map((s, i) => `${counts[i]!.n} ${counts[i]!.n === 1 ? one : many} ${s}`))}`;
}


/** The dispute of a row's release date, if any. */
export function releasedDispute(model: Pick<Model, "catalog" | "catalog_disputes" | "released">): FactDispute | undefined {
  const others = model.catalog && model.released ? (model.catalog_disputes?.released ?? []) : [];
  if (!model.catalog || others.length === 0) return undefined;
  // Counted: the listings that date the model itself; a dated snapshot's listing gives its own day.
  return { mark: "disputed", says: listingsSay(model.catalog, others.map((o) => o.listings), others.map((o) => formatDate(o.date)), "gives", "give", " dating the model itself (not a dated snapshot)", "the date shown is that of a dated snapshot's listing") };
}

/** The dispute of a row's open-weights flag, if any. */
export function openWeightsDispute(model: Pick<Model, "catalog" | "catalog_disputes" | "open_weights">): FactDispute | undefined {
  const other = model.catalog_disputes?.open_weights;
  if (!model.catalog || other === undefined || other.value === model.open_weights) return undefined;
  return { mark: "disputed", says: listingsSay(model.catalog, [other.listings], [other.value ? "its weights are open" : "its weights are closed"], "says", "say") };
}

/**
 * The models of `entries` (each once, in order) counted closed by their registry rows while other
 * listings of their catalog call them open: what an open-weights view leaves out and an
 * open-against-closed plot counts closed, said by name on both.
 * @example disputedClosed(board.entries) // [{ id: "deepseek-v3", name: "DeepSeek-V3", ... }]
 */
export function disputedClosed<M extends Pick<Model, "id" | "catalog" | "catalog_disputes" | "open_weights">>(entries: readonly { model: M }[]): M[] {
  return [...new Map(entries.filter((e) => !e.model.open_weights && openWeightsDispute(e.model)).map((e) => [e.model.id, e.model] as const)).values()];
}
