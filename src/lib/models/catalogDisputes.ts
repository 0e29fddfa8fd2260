import type { Model } from "../../schemas/model";
import { formatDate } from "../format/formatDate";
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
  /** The sentence for the cell's title and the model page. @example "models.dev's other listings of it also give 14 March 2023" */
  says: string;
}

/** The dispute of a row's release date, if any. */
export function releasedDispute(model: Pick<Model, "catalog" | "catalog_disputes" | "released">): FactDispute | undefined {
  const others = model.catalog && model.released ? (model.catalog_disputes?.released ?? []) : [];
  if (!model.catalog || others.length === 0) return undefined;
  const days = others.map((d) => formatDate(d));
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(", ")} and ${days.at(-1)}`;
  return { mark: "disputed", says: `${catalogTitle(model.catalog)}'s other listings of it give ${list}` };
}

/** The dispute of a row's open-weights flag, if any. */
export function openWeightsDispute(model: Pick<Model, "catalog" | "catalog_disputes" | "open_weights">): FactDispute | undefined {
  const other = model.catalog_disputes?.open_weights;
  if (!model.catalog || other === undefined || other === model.open_weights) return undefined;
  return { mark: "disputed", says: `${catalogTitle(model.catalog)}'s other listings of it say ${other ? "its weights are open" : "its weights are closed"}` };
}
