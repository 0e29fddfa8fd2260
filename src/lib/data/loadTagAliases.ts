import { TagAliasRowSchema, type TagAlias } from "../../schemas/tagAlias";
import type { Problem } from "../errors";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";

/** `data/tag-aliases.csv` (optional): every row validated, each alias listed once per tag type. */
export function loadTagAliases(files: DataFiles, problems: Problem[]): TagAlias[] {
  const path = "tag-aliases.csv";
  const tagAliases: TagAlias[] = readTable(files, path, TagAliasRowSchema, problems, { allowEmpty: true })?.rows ?? [];
  const seen = new Map<string, number>();
  for (const t of tagAliases) {
    const key = `${t.type}:${t.alias}`;
    const prior = seen.get(key);
    if (prior !== undefined) problems.push({ file: files.show(path), line: t.line, column: "alias", message: `alias "${t.alias}" is listed twice (first on line ${prior})` });
    else seen.set(key, t.line);
  }
  return tagAliases;
}
