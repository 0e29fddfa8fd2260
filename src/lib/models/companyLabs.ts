/**
 * Which registry lab a recap's `companies:` tag names, so that the tag links to the lab's page
 * (its models, their scores, every recap about it) rather than to a company tag page that knows
 * nothing of the registry. A company names a lab when its name or its slug is the lab's name, or
 * an organisation or provider name the catalog import already reads as that lab (`x-ai`, `qwen`,
 * `mistralai`: src/lib/models/catalogLabs.ts), compared by `labelKey` (case and punctuation).
 * Any other company keeps its tag page: `google-deepmind` is not read as Google, nor
 * `meta-ai-fair` as Meta, until an editor says so in data/tag-aliases.csv.
 */
import { LAB_ORGS, LAB_PROVIDERS } from "./catalogLabs";
import { labelKey } from "./labelKey";

/** Finds the lab (by its registry name) that a company tag names. */
export interface CompanyLabMatcher {
  /** The registry's lab name that `company` (a tag's name or slug) names, or undefined. */
  labOf(...spellings: string[]): string | undefined;
}

/**
 * Builds the matcher over the registry's lab names (as data/models.csv spells them). The catalog
 * tables' names count only for labs the registry has, and a lab's own name wins over them.
 * @example buildCompanyLabMatcher(["OpenAI", "Alibaba"]).labOf("qwen") // "Alibaba"
 * @example buildCompanyLabMatcher(["Google"]).labOf("google-deepmind") // undefined
 */
export function buildCompanyLabMatcher(labs: readonly string[]): CompanyLabMatcher {
  const byKey = new Map<string, string>();
  const known = new Set(labs);
  for (const [name, lab] of [...Object.entries(LAB_ORGS), ...Object.entries(LAB_PROVIDERS)]) {
    if (known.has(lab) && labelKey(name) !== "") byKey.set(labelKey(name), lab);
  }
  for (const lab of labs) if (labelKey(lab) !== "") byKey.set(labelKey(lab), lab);
  return {
    labOf: (...spellings) => {
      for (const s of spellings) {
        const lab = byKey.get(labelKey(s));
        if (lab) return lab;
      }
      return undefined;
    },
  };
}

/**
 * The name a company tag's page goes by: a registered name the tag spells, compared by `labelKey`
 * without spaces or punctuation (`Open AI`), the first of `names` that matches: the lab's (`OpenAI`
 * for the tag `openai`), then a product's or its maker's from data/products.csv (`Cursor` for the
 * tag `cursor`: found in review, "Company: cursor"); else the tag's own. A tag the matcher reads as
 * a lab by another name keeps its own: `qwen` is Alibaba's, but its page is Qwen's, not a second
 * "Company: Alibaba" (helper-76).
 * @example companyPageName("openai", ["OpenAI"]) // "OpenAI"
 * @example companyPageName("qwen", ["Alibaba"]) // "qwen"
 * @example companyPageName("cursor", [undefined, "ChatGPT", "OpenAI", "Cursor"]) // "Cursor"
 */
export function companyPageName(tagName: string, names: readonly (string | undefined)[]): string {
  const key = (name: string) => labelKey(name).replace(/[^\p{L}\p{N}]/gu, "");
  const tagKey = key(tagName);
  return names.find((name) => name !== undefined && key(name) === tagKey) ?? tagName;
}
