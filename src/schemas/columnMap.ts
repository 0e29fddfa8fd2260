import { z } from "zod";

/**
 * A column map lets a CSV keep its publisher's own header: `model=Model version; score=Accuracy
 * mean; ignore=id|Source`. Each `ours=theirs` pair renames a header to a canonical column; `ignore`
 * lists publisher columns that are deliberately not loaded (so that no column is dropped without
 * someone having said so).
 */
export const ColumnMapSchema = z.object({
  /** canonical column -> header in the file */
  rename: z.record(z.string()),
  /** headers in the file that are not loaded */
  ignore: z.array(z.string()),
});

/** A parsed column map (see `ColumnMapSchema`). */
export type ColumnMap = z.output<typeof ColumnMapSchema>;

/** The map of a file without one. */
export const EMPTY_COLUMN_MAP: ColumnMap = Object.freeze({ rename: {}, ignore: [] }) as ColumnMap;

/**
 * Parses `a=B; c=D; ignore=x|y`. Returns the map, or a message saying what is wrong.
 * @example parseColumnMap("model=Model version; ignore=id") // { rename: { model: "Model version" }, ignore: ["id"] }
 */
export function parseColumnMap(text: string | undefined): { ok: true; value: ColumnMap } | { ok: false; message: string } {
  if (text === undefined || text.trim() === "") return { ok: true, value: { rename: {}, ignore: [] } };
  const rename: Record<string, string> = {};
  const ignore: string[] = [];
  for (const part of text.split(";")) {
    const pair = part.trim();
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) {
      return { ok: false, message: `expected "column=Header" pairs separated by ";", found ${JSON.stringify(pair)}` };
    }
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (key === "ignore") {
      ignore.push(...value.split("|").map((s) => s.trim()).filter(Boolean));
    } else {
      if (key in rename) return { ok: false, message: `column ${JSON.stringify(key)} is mapped twice` };
      rename[key] = value;
    }
  }
  return { ok: true, value: { rename, ignore } };
}
