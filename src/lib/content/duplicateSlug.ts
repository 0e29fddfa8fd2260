import type { Problem } from "../errors";
import { frontmatterLine } from "./frontmatterLines";

/**
 * The build's problem for a recap whose slug another file already uses (src/integrations/recapLoader.ts):
 * located at the recap's `slug` field.
 * @example duplicateSlugProblem({ id: "x", file: "content/recaps/b.md", source, owner: "content/recaps/a.md" })
 */
export function duplicateSlugProblem({ id, file, source, owner }: { id: string; file: string; source: string; owner: string }): Problem {
  return {
    file,
    line: frontmatterLine(source, ["slug"]),
    field: "slug",
    message: `duplicate slug "${id}": ${owner} already uses it; give one of them another file name or slug`,
  };
}
