import type { ModelMatch } from "../models/modelMatcher";
import { STANDS_IN } from "../models/labelRules";
import { namesStoodInModel, standInRule } from "../models/standInLabels";
import { shellWord } from "../format/shellWord";
import { addOptionBlanks } from "../models/commandPlaceholders";

/**
 * What an import says of the rows of `file` whose model name the matcher read as another row of
 * the registry for want of a row of its own (src/lib/models/standInLabels.ts): LMArena's
 * `llama-2-7b-chat` as models.dev's `llama-2-7b-chat-fp16`, a host's copy whose release date and
 * open weights are the copy's. The board then shows that row's facts; `npm run check` said so
 * after the fact, the import said nothing (helper-80). One line per name, most rows first, with
 * the command that registers the model itself where the name names one.
 * @example standInNotes(results, "data/results/lmarena-history.csv", match, labOf)
 * // ['94 rows name "llama-2-7b-chat", which the site reads as llama-2-7b-chat-fp16 (the registry\'s only row of it, served in one number format): ...']
 */
export function standInNotes(
  results: readonly { file: string; model: string; modelAsWritten?: string }[],
  file: string,
  match: (label: string) => ModelMatch,
  labOf: (id: string) => string | undefined,
): string[] {
  const byName = new Map<string, { model: string; rows: number; m: ModelMatch }>();
  for (const r of results) {
    if (r.file !== file || r.modelAsWritten === undefined) continue;
    const seen = byName.get(r.modelAsWritten);
    if (seen) {
      seen.rows++;
      continue;
    }
    const m = match(r.modelAsWritten);
    if (standInRule(m) !== undefined) byName.set(r.modelAsWritten, { model: r.model, rows: 1, m });
  }
  return [...byName]
    .sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]))
    .map(([name, { model, rows, m }]) => {
      const why = STANDS_IN.get(standInRule(m)!)?.editors ?? "";
      const lab = labOf(model);
      const add = namesStoodInModel(m)
        ? `: if it is a model of its own, register it and its rows then name it: npm run models -- add ${shellWord(name)} ${addOptionBlanks(lab ? shellWord(lab) : undefined)} --force`
        : "";
      return `${rows} row${rows === 1 ? "" : "s"} name ${JSON.stringify(name)}, which the site reads as ${model} (${why}); the board shows ${model}'s release date and open weights for them${add}`;
    });
}
