import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { InputError, type Problem } from "../errors";
import type { createRecapSchema } from "../../schemas/recap";
import { validateRecap } from "./validateRecap";

/** Options for `recapLoader`. */
export interface RecapLoaderOptions {
  /** The glob loader that finds the files (`glob({ pattern, base })`). */
  glob: Loader;
  /** The recap schema (the same one the collection declares). */
  schema: ReturnType<typeof createRecapSchema>;
  /** Messages name files relative to this folder. */
  displayRoot: string;
}

/**
 * Wraps Astro's glob loader so that frontmatter errors name `file:line` and field, and so that two
 * recaps with the same slug stop the build instead of one silently replacing the other (the glob
 * loader only warns). Validation is the plain `validateRecap` from src/lib, shared with the check
 * command; Astro then validates again with the same schema, which cannot fail.
 */
export function recapLoader({ glob, schema, displayRoot }: RecapLoaderOptions): Loader {
  return {
    name: "benchdigest-recaps",
    load: async (context: LoaderContext) => {
      const owners = new Map<string, string>();
      const parseData: LoaderContext["parseData"] = async (props) => {
        const file = props.filePath ? relative(displayRoot, props.filePath).split("\\").join("/") : props.id;
        const source = props.filePath ? readFileSync(props.filePath, "utf8") : "";
        validateRecap(schema, props.data, { file, source });
        const existing = context.store.get(props.id);
        const owner = owners.get(props.id) ?? (existing?.filePath ? existing.filePath : undefined);
        const mine = props.filePath ? relative(context.config.root.pathname, props.filePath) : undefined;
        if (owner !== undefined && mine !== undefined && owner !== mine && owner !== file) {
          const problem: Problem = {
            file,
            line: 1,
            field: "slug",
            message: `duplicate slug "${props.id}": ${owner} already uses it; give one of them another file name or slug`,
          };
          throw new InputError([problem], `Invalid recap ${file}`);
        }
        owners.set(props.id, file);
        return context.parseData(props);
      };
      await glob.load({ ...context, parseData });
    },
  };
}
