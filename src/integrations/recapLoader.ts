import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { InputError, type Problem } from "../lib/errors";
import type { createRecapSchema } from "../schemas/recap";
import { validateRecap } from "../lib/content/validateRecap";
import { frontmatterLine } from "../lib/content/frontmatterLines";
import { setLiveProblems } from "./liveProblems";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { mdxSyntaxProblems } from "../lib/content/mdxSyntax";
import { countLeanEntries, leanMarkdownEnabled, sanitizeStoredEntries, withLeanMarkdown, withoutMarkdownBodies, type WithEntryTypes } from "./leanEntryTypes";
import { listRecapFiles, recapSizeProblem } from "./readSiteFiles";
import { recapRuleFindings } from "../lib/content/recapRules";
import { recapId } from "../lib/check/recapId";
import { scanMarkdownBody, scanMdxBody } from "../lib/html/scanBody";
import { watchRecapEdits } from "./devRecapWatch";
import { displayPath } from "../lib/format/displayPath";

/** Options for `recapLoader`. */
export interface RecapLoaderOptions {
  /** The glob loader that finds the files (`glob({ pattern, base })`). */
  glob: Loader;
  /** The recap schema (the same one the collection declares). */
  schema: ReturnType<typeof createRecapSchema>;
  /** Messages name files relative to this folder. */
  displayRoot: string;
  /** The folder the glob reads; in dev, YAML syntax errors of files edited there are reported with their line. */
  recapsDir?: string;
}

/**
 * The logger without the glob loader's "Duplicate id" warning, which it prints for every edit of
 * a recap in `npm run dev` (the edited file still holds its id in the store). Real duplicates are
 * errors here (the duplicate-slug check in `parseData`), so the warning only added noise.
 */
function withoutReloadWarning(logger: LoaderContext["logger"]): LoaderContext["logger"] {
  const quiet = Object.create(logger) as LoaderContext["logger"];
  quiet.warn = (message: string) => {
    if (!/^Duplicate id "/.test(message)) logger.warn(message);
  };
  return quiet;
}

/**
 * Wraps Astro's glob loader so that frontmatter errors name `file:line` and field, and so that two
 * recaps with the same slug stop the build instead of one silently replacing the other (the glob
 * loader only warns). Validation is the plain `validateRecap` from src/lib, shared with the check
 * command; Astro then validates again with the same schema, which cannot fail.
 */
export function recapLoader({ glob, schema, displayRoot, recapsDir }: RecapLoaderOptions): Loader {
  return {
    name: "benchdigest-recaps",
    load: async (context: LoaderContext) => {
      const owners = new Map<string, string>();
      // Problems of every recap are collected and thrown once after the glob loader has seen all
      // files, so an editor sees every broken recap in one build, not one per build.
      const problems: Problem[] = [];
      // After the first load, `astro dev` re-parses edited files one at a time: their problems go
      // to the terminal and the browser overlay (src/lib/check/liveProblems.ts) instead of being
      // collected for a throw that would never come.
      let initialLoadDone = false;
      // The moment of the build, for the future-date rule (src/lib/content/recapRules.ts).
      const now = new Date();
      const report = (file: string, found: Problem[]) => {
        if (initialLoadDone) setLiveProblems(`recap ${file}`, found, context.logger);
        else problems.push(...found);
      };
      // What an invalid recap stores instead of its raw frontmatter: its last valid data, or a
      // placeholder. In dev, pages list every recap (getStaticPaths runs before the middleware
      // shows the problem) and would otherwise fail on raw values ("date.getTime is not a function").
      const lastValid = new Map<string, Record<string, unknown>>();
      const fallback = async (props: Parameters<LoaderContext["parseData"]>[0], file: string) =>
        lastValid.get(props.id) ?? context.parseData<Record<string, unknown>>({ ...props, data: { title: `Invalid recap: ${file}`, date: new Date(0), draft: true } });
      const parseData: LoaderContext["parseData"] = async (props) => {
        const file = props.filePath ? displayPath(displayRoot, props.filePath) : props.id;
        const source = props.filePath ? readFileSync(props.filePath, "utf8") : "";
        try {
          const data = validateRecap(schema, props.data, { file, source });
          // The rules beyond the schema, shared with `npm run check`: slug length, archive
          // routes, future dates. Their warnings are the check's to print.
          const broken = recapRuleFindings({ id: props.id, data, file, source }, now).filter((f) => f.severity === "error");
          if (broken.length) throw new InputError(broken);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          report(file, error.problems);
          return (await fallback(props, file)) as typeof props.data;
        }
        // An entry already stored under this id (from this run, or cached from the last build when
        // its file did not change) that belongs to another file that still exists is a clash.
        const existing = context.store.get(props.id);
        const existingPath = existing?.filePath ? resolve(fileURLToPath(context.config.root), existing.filePath) : undefined;
        const existingFile = existingPath && existsSync(existingPath) ? displayPath(displayRoot, existingPath) : undefined;
        const owner = owners.get(props.id) ?? existingFile;
        if (owner !== undefined && owner !== file) {
          report(file, [{
            file,
            line: frontmatterLine(source, ["slug"]),
            field: "slug",
            message: `duplicate slug "${props.id}": ${owner} already uses it; give one of them another file name or slug`,
          }]);
          return props.data;
        }
        owners.set(props.id, file);
        report(file, []);
        const data = await context.parseData(props);
        lastValid.set(props.id, data);
        return data;
      };
      // A production build reads every recap first, with the check's own code: the folder (symlinks
      // leading outside content/ or in a loop), each file's size (src/schemas/limits.ts), its YAML
      // and MDX syntax, its fields and the rules of recapRules.ts, and the URLs of its body (a
      // `javascript:` link is refused here, before anything renders). Astro's glob loader names a YAML error by absolute path and its own line
      // count, and an unclosed MDX `{` surfaces only as an anonymous render error. Same messages
      // as `npm run check`.
      if (recapsDir !== undefined && !context.watcher && existsSync(recapsDir)) {
        const listing = listRecapFiles(recapsDir, displayRoot);
        const syntax: Problem[] = [...listing.problems];
        for (const name of listing.files) {
          const path = resolve(recapsDir, name);
          const file = displayPath(displayRoot, path);
          const tooBig = recapSizeProblem(path, file);
          if (tooBig) {
            syntax.push(tooBig);
            continue;
          }
          const source = readFileSync(path, "utf8");
          const fm = readFrontmatter(source, file);
          if (!fm.ok) syntax.push(...fm.problems);
          else {
            if (name.endsWith(".mdx")) syntax.push(...mdxSyntaxProblems(source, file));
            // The fields and the shared rules too, so that one run lists every broken recap
            // (parseData applies the same again, for `npm run dev`).
            try {
              const data = validateRecap(schema, fm.data, { file, source });
              syntax.push(...recapRuleFindings({ id: recapId(name, data), data, file, source }, now).filter((f) => f.severity === "error"));
            } catch (error) {
              if (!(error instanceof InputError)) throw error;
              syntax.push(...error.problems);
            }
          }
          syntax.push(...(name.endsWith(".mdx") ? scanMdxBody(source, file) : scanMarkdownBody(source, file)).filter((f) => f.severity === "error"));
        }
        if (syntax.length) throw new InputError(syntax.map(({ file, line, column, field, message }) => ({ file, line, column, field, message })), "Invalid recaps");
      }
      const entryTypes = withLeanMarkdown(context as WithEntryTypes);
      await glob.load({ ...context, parseData, store: withoutMarkdownBodies(context.store), logger: withoutReloadWarning(context.logger), entryTypes } as LoaderContext);
      initialLoadDone = true;
      // Entries kept from the last build are sanitised too; a `.md` recap that failed to render
      // (the glob loader only logs it) stops the build instead of being published empty.
      const { unrendered } = sanitizeStoredEntries(context.store);
      for (const path of unrendered) {
        const file = displayPath(displayRoot, resolve(fileURLToPath(context.config.root), path));
        report(file, [{ file, line: 1, message: "this recap could not be rendered (the error is printed above); it would be published empty" }]);
      }
      // Said on every build, so that an Astro update which stops passing its entry types to
      // loaders (a private seam) shows as "0 of N" here and fails test/build.test.ts.
      if (!context.watcher) {
        const { markdown, lean } = countLeanEntries(context.store);
        context.logger.info(`${lean} of ${markdown} .md recaps rendered by the lean Markdown pipeline${leanMarkdownEnabled() ? "" : " (switched off by BENCHDIGEST_LEAN_MARKDOWN=0)"}`);
      }
      watchRecapEdits(context, { schema, displayRoot, recapsDir });
      if (problems.length) {
        problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
        // In dev the server keeps running and shows the problems until the files are fixed.
        if (context.watcher) for (const file of new Set(problems.map((p) => p.file))) report(file, problems.filter((p) => p.file === file));
        else throw new InputError(problems, "Invalid recaps");
      }
    },
  };
}
