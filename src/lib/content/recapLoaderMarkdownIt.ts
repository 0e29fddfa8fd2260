import { existsSync, readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { InputError, type Problem } from "../errors";
import type { createRecapSchema } from "../../schemas/recap";
import { validateRecap } from "./validateRecap";
import { frontmatterLine } from "./frontmatterLines";
import { setLiveProblems, whenSettled } from "../check/liveProblems";
import { readFrontmatter } from "../check/readFrontmatter";
import { mdxSyntaxProblems } from "./mdxSyntax";
import type { MarkdownConfigLike, RenderedMarkdown } from "../markdown/leanMarkdown";
import { createMarkdownRenderer } from "../markdown/renderMarkdown";
import { markdownOptions } from "../markdown/markdownOptions";

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

/** An entry as the glob loader hands it to a render function. */
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}
interface EntryType {
  getRenderFunction?: (config: LoaderContext["config"]) => Promise<(entry: RenderEntry) => Promise<unknown>>;
}
/** What Astro passes the glob loader besides the public context: the entry types by extension. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * PROTOTYPE (issue 15; not the wiring to merge as it is, see the report): the entry types with
 * `.md` rendered by markdown-it (src/lib/markdown/renderMarkdown.ts) instead of Astro's unified
 * pipeline. A recap with local images (`./chart.png`, which Astro's pipeline turns into optimised
 * assets), and every recap when the Markdown config is not the site's own (another plugin, Shiki,
 * remote image domains), still go through Astro's render function.
 *
 * The sanitiser is the identity until issue 11's sanitiser exists; the URL check is the default
 * (every address), as in Astro's pipeline today.
 */
function isSiteMarkdownConfig(markdown: MarkdownConfigLike, image: unknown): boolean {
  // By name: astro.config.mjs and the content config load markdownOptions.ts as two module
  // instances, so the plugin functions are equal in name and code, not identical objects.
  const name = (p: unknown) => (typeof p === "function" ? p.name : undefined);
  const same = (a: readonly unknown[] = [], b: readonly unknown[]) => a.length === b.length && a.every((p, i) => name(p) !== undefined && name(p) === name(b[i]));
  const { domains = [], remotePatterns = [] } = (image ?? {}) as { domains?: unknown[]; remotePatterns?: unknown[] };
  return (
    !markdown.syntaxHighlight &&
    !markdown.smartypants &&
    markdown.gfm !== false &&
    same(markdown.remarkPlugins, markdownOptions.remarkPlugins) &&
    same(markdown.rehypePlugins, markdownOptions.rehypePlugins) &&
    Object.keys(markdown.remarkRehype ?? {}).length === 0 &&
    !markdown.experimentalHeadingIdCompat &&
    domains.length === 0 &&
    remotePatterns.length === 0
  );
}

function withMarkdownIt(context: WithEntryTypes, renderErrors: Problem[]): Map<string, EntryType> | undefined {
  const md = context.entryTypes?.get(".md");
  const astroRenderFunction = md?.getRenderFunction;
  if (!context.entryTypes || !md || !astroRenderFunction) return context.entryTypes;
  const entryTypes = new Map(context.entryTypes);
  entryTypes.set(".md", {
    ...md,
    getRenderFunction: async (config) => {
      const astroRender = await astroRenderFunction(config);
      if (!isSiteMarkdownConfig(config.markdown as MarkdownConfigLike, config.image)) return astroRender;
      const render = createMarkdownRenderer({ sanitize: (html) => html });
      return async (entry): Promise<RenderedMarkdown | unknown> => {
        let out;
        try {
          out = render(entry.body ?? "");
        } catch (error) {
          // The glob loader only logs a render error and stores the entry without HTML: keep it to fail the build.
          renderErrors.push({ file: entry.filePath ?? entry.id, line: 1, field: "body", message: `the Markdown could not be rendered: ${(error as Error).message}` });
          throw error;
        }
        if (out.localImagePaths.length) return astroRender(entry);
        return {
          html: out.html,
          metadata: { headings: out.headings, localImagePaths: [], remoteImagePaths: [], frontmatter: entry.data, imagePaths: [] },
        } satisfies RenderedMarkdown;
      };
    },
  });
  return entryTypes;
}

/**
 * The store with a `.md` recap's Markdown source left out of its entry: its HTML (`rendered`) is
 * what the pages and feeds use, and the content store, which Astro bundles into the build as one
 * JavaScript module and holds in memory while it renders, would otherwise carry every recap twice
 * (docs/performance.md). `.mdx` entries keep their body: they have no stored HTML, and the site
 * reads their component props from it.
 */
function withoutMarkdownBodies(store: LoaderContext["store"]): LoaderContext["store"] {
  const lean = Object.create(store) as LoaderContext["store"];
  lean.set = (entry) => store.set(entry.rendered ? { ...entry, body: undefined } : entry);
  return lean;
}

/**
 * Wraps Astro's glob loader so that frontmatter errors name `file:line` and field, and so that two
 * recaps with the same slug stop the build instead of one silently replacing the other (the glob
 * loader only warns). Validation is the plain `validateRecap` from src/lib, shared with the check
 * command; Astro then validates again with the same schema, which cannot fail.
 */
export function recapLoaderMarkdownIt({ glob, schema, displayRoot, recapsDir }: RecapLoaderOptions): Loader {
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
        const file = props.filePath ? relative(displayRoot, props.filePath).split("\\").join("/") : props.id;
        const source = props.filePath ? readFileSync(props.filePath, "utf8") : "";
        try {
          validateRecap(schema, props.data, { file, source });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          report(file, error.problems);
          return (await fallback(props, file)) as typeof props.data;
        }
        // An entry already stored under this id (from this run, or cached from the last build when
        // its file did not change) that belongs to another file that still exists is a clash.
        const existing = context.store.get(props.id);
        const existingPath = existing?.filePath ? resolve(fileURLToPath(context.config.root), existing.filePath) : undefined;
        const existingFile = existingPath && existsSync(existingPath) ? relative(displayRoot, existingPath).split("\\").join("/") : undefined;
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
      // A production build reads every recap's YAML and MDX syntax first: Astro's glob loader
      // names a YAML error by absolute path and its own line count, and an unclosed MDX `{`
      // surfaces only as an anonymous render error. Same messages as `npm run check`.
      if (recapsDir !== undefined && !context.watcher && existsSync(recapsDir)) {
        const syntax: Problem[] = [];
        for (const name of (readdirSync(recapsDir, { recursive: true }) as string[]).filter((n) => /\.mdx?$/.test(n)).sort()) {
          const path = resolve(recapsDir, name);
          const file = relative(displayRoot, path).split("\\").join("/");
          const source = readFileSync(path, "utf8");
          const fm = readFrontmatter(source, file);
          if (!fm.ok) syntax.push(...fm.problems);
          else if (name.endsWith(".mdx")) syntax.push(...mdxSyntaxProblems(source, file));
        }
        if (syntax.length) throw new InputError(syntax, "Invalid recaps");
      }
      await glob.load({ ...context, parseData, store: withoutMarkdownBodies(context.store), logger: withoutReloadWarning(context.logger), entryTypes: withMarkdownIt(context, problems) } as LoaderContext);
      initialLoadDone = true;
      const show = (path: string) => relative(displayRoot, path).split("\\").join("/");
      context.watcher?.on("unlink", (path) => setLiveProblems(`recap ${show(path)}`, [], context.logger));
      // Astro's glob loader rejects a YAML syntax error without naming the file, and skips
      // `parseData` when an edit restores an earlier version: check each edited file here too.
      const inRecaps = (path: string) => recapsDir !== undefined && /\.mdx?$/.test(path) && !relative(recapsDir, path).startsWith("..");
      // Read an edited file once it has settled, not mid-save (see whenSettled).
      const checkWhenSettled = whenSettled((path) => checkEdited(path));
      const onEdit = (path: string) => {
        if (inRecaps(path)) checkWhenSettled(path);
      };
      const checkEdited = (path: string) => {
        if (!existsSync(path)) return;
        const file = show(path);
        const source = readFileSync(path, "utf8");
        const fm = readFrontmatter(source, file);
        if (!fm.ok) return setLiveProblems(`recap ${file}`, fm.problems, context.logger);
        try {
          validateRecap(schema, fm.data, { file, source });
          setLiveProblems(`recap ${file}`, [], context.logger);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          setLiveProblems(`recap ${file}`, error.problems, context.logger);
        }
      };
      context.watcher?.on("change", onEdit);
      context.watcher?.on("add", onEdit);
      if (problems.length) {
        problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
        // In dev the server keeps running and shows the problems until the files are fixed.
        if (context.watcher) for (const file of new Set(problems.map((p) => p.file))) report(file, problems.filter((p) => p.file === file));
        else throw new InputError(problems, "Invalid recaps");
      }
    },
  };
}
