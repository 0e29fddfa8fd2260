import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseHTML } from "linkedom";
import { readDataset } from "../../src/integrations/readDataset";
import type { Dataset } from "../../src/lib/data/loadDataset";
import { modelNameFinder, type ModelNameFinder } from "../../src/lib/content/namedModels";
import { ROOT } from "./astro";

/** A recap of the sample site as the tests read it: straight from its file, not from the build. */
export interface SampleRecap {
  id: string;
  file: string;
  body: string;
  title: string;
  description?: string;
  date: Date;
  draft: boolean;
  models: string[];
  topics: string[];
  companies: string[];
  people: string[];
}

/** Reads every recap of a content root's content/recaps, frontmatter parsed with `yaml`. */
export function readRecaps(contentRoot = ROOT): SampleRecap[] {
  const dir = join(contentRoot, "content/recaps");
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const [, front, ...rest] = text.split(/^---\s*$/m);
      const data = parseYaml(front) as Record<string, unknown>;
      const list = (k: string) => ((data[k] as unknown[] | undefined) ?? []).map(String);
      return {
        id: file.replace(/\.mdx?$/, ""),
        file,
        body: rest.join("---"),
        title: String(data.title),
        description: typeof data.description === "string" ? data.description : undefined,
        date: new Date(data.date as string | Date),
        draft: data.draft === true,
        models: list("models"),
        topics: list("topics"),
        companies: list("companies"),
        people: list("people"),
      };
    });
}

/** The sample site's dataset (models, aliases, results, tag aliases). */
export const sampleData = () => readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });

/**
 * The models a sample recap mentions, as model ids: its own (frontmatter names through the alias
 * index, and <ModelScore model>), the models of its panel; and, with `inText`, also those its
 * file's text names by their registry name (src/lib/content/namedModels.ts, which tests the rule),
 * the models whose pages and feeds list it.
 */
export function recapModels(r: SampleRecap, data: Dataset, { inText = true } = {}): Set<string> {
  const names = [...r.models, ...[...r.body.matchAll(/<ModelScore[^>]*\smodel="([^"]+)"/g)].map((m) => m[1])];
  const own = names.flatMap((n) => data.aliases.resolve(n)?.id ?? []);
  if (!inText) return new Set(own);
  let finder = finders.get(data);
  if (!finder) finders.set(data, (finder = modelNameFinder(data.models)));
  return new Set([...own, ...finder.find(readFileSync(join(ROOT, "content/recaps", r.file), "utf8"))]);
}
const finders = new WeakMap<Dataset, ModelNameFinder>();

/** A built page as a DOM (linkedom), from its URL path under a build folder. */
export function page(dist: string, urlPath: string): Document {
  const file = join(dist, urlPath.replace(/^\//, ""), urlPath.endsWith(".html") ? "" : "index.html");
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (${file})`);
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** Every HTML file under a build folder, as URL paths (`/recaps/x/`). */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) {
        if (name.name !== "pagefind") walk(join(dir, name.name), `${prefix}${name.name}/`);
      } else if (name.name === "index.html") out.push(prefix);
      else if (name.name.endsWith(".html")) out.push(`${prefix}${name.name}`);
    }
  };
  walk(dist, "/");
  return out.sort();
}

/** `href`s of the links matched by `selector`. */
export const hrefs = (doc: Pick<ParentNode, "querySelectorAll">, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute("href")!);
