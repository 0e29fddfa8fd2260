import { fileURLToPath } from "node:url";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import type { Problem } from "../lib/errors";
import type { EntryType } from "./markdownEntryType";

/** What the glob loader asks an entry type of a file (Astro 5.18's `getEntryInfo`). */
export interface EntryInfoParams {
  contents: string;
  fileUrl: URL;
}

/** What an entry type answers: the frontmatter, the body, the frontmatter's text. */
export interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: string;
  rawData?: string;
}

/** An entry type as the glob loader reads a file with it. */
export type EntryTypeWithInfo = EntryType & { getEntryInfo?: (params: EntryInfoParams) => Promise<EntryInfo> };

/**
 * The entry types, each reading a file whose frontmatter is not valid YAML (or not closed) as a
 * recap with no fields and no body instead of throwing, after handing `onBroken` the file's
 * absolute path and its problems as `npm run check` words them (`file:line`, "YAML syntax error:
 * ... (the [ opened on this line is never closed)").
 *
 * Thrown, the error left Astro's glob loader: at the start of `npm run dev` the server exited with
 * js-yaml's own message (helper-75); on an edit in dev it surfaced as dozens of "unhandled
 * rejection" stack traces around the recap loader's own message (helper-74); in a build it
 * stopped the loader before the other recaps' problems were collected. The recap loader reports
 * the problems with the others, and stores the recap's last valid data or a draft placeholder
 * (recapLoader.ts): a build still stops, dev shows the problem on the page until it is fixed.
 *
 * An error for a file whose frontmatter reads well is not this one's to handle and is thrown on.
 */
export function readingBrokenFrontmatter<T extends EntryTypeWithInfo>(
  types: ReadonlyMap<string, T>,
  displayFile: (path: string) => string,
  onBroken: (path: string, problems: Problem[]) => void,
): Map<string, T> {
  return new Map(
    [...types].map(([extension, type]) => {
      const getEntryInfo = type.getEntryInfo;
      if (!getEntryInfo) return [extension, type];
      const tolerant: T = {
        ...type,
        getEntryInfo: async (params: EntryInfoParams) => {
          try {
            return await getEntryInfo.call(type, params);
          } catch (error) {
            const path = fileURLToPath(params.fileUrl);
            const read = readFrontmatter(params.contents, displayFile(path));
            if (read.ok) throw error;
            onBroken(path, read.problems);
            return { data: {}, body: "", rawData: "" };
          }
        },
      };
      return [extension, tolerant];
    }),
  );
}
