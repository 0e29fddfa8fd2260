/**
 * What the recap loader knows of each recap once the content is loaded (its page's id and whether
 * it is a draft), for the link check after the build (builtLinkCheck.ts), which would otherwise
 * read every recap's frontmatter again with `yaml` to learn the same two things. The content layer
 * has them for every recap, including those kept from the last build, whose files it does not
 * parse again. The registry lives on globalThis because the content layer and the integrations
 * load this module as two separate instances in one process (as liveProblems.ts does).
 */
import { processWide } from "./processWide";

/** One recap as the content layer stored it. */
export interface BuiltRecap {
  /** The entry's id: the slug of its page (`recapPath(id)`). */
  id: string;
  draft: boolean;
}

/** Per site root, the recaps by file path relative to that root, with `/` separators (`content/recaps/x.md`). */
type Registry = Map<string, Map<string, BuiltRecap>>;

function registry(): Registry {
  return processWide<Registry>("builtRecaps", () => new Map());
}

/** Records the recaps of the site at `root` (replacing what an earlier load recorded). */
export function setBuiltRecaps(root: string, recaps: Iterable<[file: string, recap: BuiltRecap]>): void {
  registry().set(root, new Map([...recaps].map(([file, recap]) => [file.split("\\").join("/"), recap])));
}

/** The recaps the loader recorded for the site at `root`; undefined when it recorded none (no content load in this process). */
export function builtRecaps(root: string): ReadonlyMap<string, BuiltRecap> | undefined {
  return registry().get(root);
}
