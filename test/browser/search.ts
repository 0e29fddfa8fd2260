import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parse as parseYaml } from "yaml";
import { readDataset } from "../../src/integrations/readDataset";
import { ROOT } from "../helpers/astro";

/** The URL of the built search page, or undefined while there is none. */
export function findSearchPage(dist: string): string | undefined {
  return existsSync(join(dist, "search/index.html")) ? "/search/" : undefined;
}

/** A query and URL fragments, one of which at least one result must link to. */
export interface SearchTerm {
  query: string;
  expectHref: string[];
}

/**
 * Two queries derived from the sample content (not hard-coded): the display name of the model
 * most often named in published recaps, and the most common topic; each must lead to a page
 * about it (its model or topic page, or a recap that names it).
 */
export function searchTerms(root = ROOT): SearchTerm[] {
  const data = readDataset({ dataDir: join(root, "data"), displayRoot: root });
  const recapDir = join(root, "content/recaps");
  const models = new Map<string, number>();
  const modelRecaps = new Map<string, string[]>();
  const topics = new Map<string, number>();
  const recapsByTopic = new Map<string, string[]>();
  for (const file of readdirSync(recapDir).filter((f) => /\.mdx?$/.test(f))) {
    const front = parseYaml(readFileSync(join(recapDir, file), "utf8").split(/^---\s*$/m)[1]) as Record<string, unknown>;
    if (front.draft === true) continue;
    for (const m of (front.models as string[] | undefined) ?? []) {
      const id = data.aliases.resolve(m)?.id;
      if (id) {
        models.set(id, (models.get(id) ?? 0) + 1);
        modelRecaps.set(id, [...(modelRecaps.get(id) ?? []), `/recaps/${file.replace(/\.mdx?$/, "")}/`]);
      }
    }
    for (const t of (front.topics as string[] | undefined) ?? []) {
      topics.set(t, (topics.get(t) ?? 0) + 1);
      recapsByTopic.set(t, [...(recapsByTopic.get(t) ?? []), `/recaps/${file.replace(/\.mdx?$/, "")}/`]);
    }
  }
  const top = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const modelId = top(models);
  const model = data.models.find((m) => m.id === modelId)!;
  const topic = top(topics);
  return [
    { query: model.name, expectHref: [`/models/${modelId}/`, ...modelRecaps.get(modelId)!] },
    { query: topic.replace(/-/g, " "), expectHref: [`/topics/${topic}/`, ...recapsByTopic.get(topic)!] },
  ];
}

/** Result links found on the search page after typing `query` (Pagefind UI or a plain form). */
export async function runSearch(page: Page, query: string): Promise<{ href: string; text: string }[]> {
  const input = page.locator("input[type='search'], .pagefind-ui__search-input").first();
  await input.waitFor({ state: "visible", timeout: 15_000 });
  await input.fill("");
  await input.fill(query);
  const results = page.locator(".pagefind-ui__result-link, [data-search-results] a, #search-results a");
  await results.first().waitFor({ state: "visible", timeout: 15_000 });
  return results.evaluateAll((links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
}
