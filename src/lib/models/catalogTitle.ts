import type { CatalogName } from "./readCatalog";

/** How a page names a catalog (a registry row's `catalog` cell). */
const CATALOG_TITLES: Record<CatalogName, string> = { "models.dev": "models.dev", openrouter: "OpenRouter" };

/**
 * The catalog's name as a reader knows it; a name this does not know, as written.
 * @example catalogTitle("openrouter") // "OpenRouter"
 */
export const catalogTitle = (catalog: string): string => (CATALOG_TITLES as Record<string, string>)[catalog] ?? catalog;
