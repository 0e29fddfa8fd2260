import { plural } from "./plural";

/**
 * How many board rows a caption or a page speaks of: `12 models` when each is a model of its own,
 * `51 runs of 27 models` when some model is on the board at several settings (a row is a model's
 * run at a setting, and "51 models" would overcount).
 * @example runsOf([{ id: "a" }, { id: "a", setting: "high" }, { id: "b" }], "ranked ") // "3 ranked runs of 2 models"
 */
export function runsOf(rows: readonly { id: string }[], adjective = ""): string {
  const models = new Set(rows.map((r) => r.id)).size;
  return models === rows.length ? plural(rows.length, `${adjective}model`) : `${plural(rows.length, `${adjective}run`)} of ${plural(models, "model")}`;
}
