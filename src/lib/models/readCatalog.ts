/**
 * Reads a public model catalog in its publisher's own shape into one flat list of entries, one per
 * (provider, model id) the catalog lists:
 *
 * - models.dev's `api.json`: `{provider: {id, name, models: {id: {name, release_date,
 *   open_weights, limit: {context}, cost: {input, output}}}}}`, prices in USD per million tokens;
 * - OpenRouter's models list (`/api/v1/models`): `{data: [{id: "org/model", name, created,
 *   context_length, hugging_face_id, pricing: {prompt, completion}}]}`, prices in USD per token.
 *
 * Each entry says which lab made the model (see catalogLabs.ts) and whether the entry speaks for
 * the lab: listed by the lab's own API (`firstParty`), or under the lab's organisation
 * (`anthropic/...`, a cloud's `anthropic.` prefix), which a router's or reseller's own naming
 * (`azure-gpt-4o`) does not.
 */
import { InputError } from "../errors";
import { labelKey } from "./labelKey";
import { labOfBrand, LAB_ORGS, LAB_PROVIDERS } from "./catalogLabs";
import { isStableVersion, peelSuffix, stripProviderPrefix } from "./labelRules";

/** The catalogs the import reads. */
export type CatalogName = "models.dev" | "openrouter";

/** One model as one provider of a catalog lists it. */
export interface CatalogEntry {
  /** models.dev's provider id, or `openrouter`. */
  provider: string;
  /** The id as the provider lists it. @example "us.anthropic.claude-sonnet-4-5-20250929-v1:0" */
  id: string;
  /** The id without the provider's prefix and version tags. @example "claude-sonnet-4-5-20250929" */
  base: string;
  /** Display name as the catalog gives it. */
  name: string;
  /** The lab, when the provider, the organisation or the brand tells it. */
  lab?: string;
  /** Listed by the lab's own API. */
  firstParty: boolean;
  /** Speaks for the lab: first party, or under the lab's organisation or cloud prefix. */
  authoritative: boolean;
  /** `YYYY-MM-DD`; a month-only date (`2024-03`) is not kept. */
  released?: string;
  openWeights?: boolean;
  contextWindow?: number;
  /** USD per million tokens. */
  inputPrice?: number;
  outputPrice?: number;
}

/** A catalog, read. */
export interface Catalog {
  name: CatalogName;
  /** The newest date the catalog itself carries (models.dev's `last_updated`, OpenRouter's `created`). */
  newestDate?: string;
  entries: CatalogEntry[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const fullDate = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
const positive = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined);
const price = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);

/** `Claude Sonnet 4.5 (latest)` -> `Claude Sonnet 4.5`; `GPT-4o (2024-11-20)` -> `GPT-4o`; `(US)` regions and `(free)` tiers dropped. */
export function cleanModelName(name: string): string {
  return name
    .replace(/^[^:/]{1,40}:\s+/, "") // `Anthropic: Claude Opus 4.6`
    .replace(/^.*\//, "") // `deepseek-ai/DeepSeek-V3`
    .replace(/\s*\((?:latest|free|\d{4}-\d{2}-\d{2}|\d{8}|US|EU|Global|AU|JP|APAC|CA)\)\s*$/i, "")
    .replace(/\s*\((?:latest|free|\d{4}-\d{2}-\d{2}|\d{8}|US|EU|Global|AU|JP|APAC|CA)\)\s*$/i, "")
    .trim();
}

/**
 * The id without provider prefix, version tags and Google's stable version (`-001`); a dated
 * snapshot and settings stay, and so does another lab's `-00N`, which is part of the model's name
 * (`text-embedding-ada-002`, `davinci-002`: see `peelSuffix`). The matcher reads Google's `-001`
 * as a snapshot from any label, so a catalog need not list it as an alias; taken off here, as it
 * was when it was a version tag, the import groups and names the catalog's models as before.
 */
export function entryBase(id: string): string {
  let rest = stripProviderPrefix(id) ?? id;
  for (let guard = 0; guard < 4; guard++) {
    const peeled = peelSuffix(rest);
    if (!peeled || !(peeled.rule === "version-tag" || isStableVersion(peeled.snapshot))) break;
    rest = peeled.rest;
  }
  return rest;
}

/** The organisation in front of an id (`meta-llama` of `meta-llama/Llama-3.3-70B`), lower case. */
function orgOf(id: string): string | undefined {
  const parts = id.split("/");
  if (parts.length >= 2) return parts.at(-2)!.toLowerCase().replace(/^hf:/, "");
  // A cloud's vendor prefix: `anthropic.claude-...`, `us.anthropic.claude-...`.
  const cloud = /^(?:(?:us|eu|apac|au|jp|ca|global|us-gov)\.)?([a-z0-9-]+)\.[a-z]/i.exec(id);
  return cloud && cloud[1].toLowerCase() in LAB_ORGS && stripProviderPrefix(id) !== undefined ? cloud[1].toLowerCase() : undefined;
}

/** Works out an entry's lab and whether it speaks for the lab. */
function placeEntry(provider: string, id: string, name: string): Pick<CatalogEntry, "base" | "lab" | "firstParty" | "authoritative"> {
  const base = entryBase(id);
  const brandLab = labOfBrand(labelKey(base));
  const org = orgOf(id);
  // `~anthropic/claude-sonnet-latest`, `gemini-flash-latest`: a moving pointer to whichever model
  // is newest, not a model of its own (a dated or numbered name with `-latest` is: `gpt-5-chat-latest`).
  // So is a router's unnumbered id for a numbered model (`mistral/mistral-medium`, "Mistral Medium
  // 3.1"): the id will name the next version too.
  const numberedName = /\d/.test(cleanModelName(name)) && !/\d/.test(base);
  const pointer = id.startsWith("~") || (/[-@:]latest$/i.test(id) && !/\d/.test(base)) || (numberedName && LAB_PROVIDERS[provider] === undefined);
  const orgLab = org && !pointer ? LAB_ORGS[org] : undefined;
  const providerLab = LAB_PROVIDERS[provider];
  // A brand owned by another lab wins over the provider that resells it (Alibaba's API serving DeepSeek).
  const lab = brandLab ?? orgLab ?? providerLab;
  const firstParty = !pointer && providerLab !== undefined && providerLab === lab && !id.includes("/");
  // A cloud's id without the lab's brand (`deepseek.r1`, `deepseek.v3` for V3.1) names too little to be a row.
  const specific = /[a-z]{3}/i.test(base);
  const authoritative = !pointer && lab !== undefined && (firstParty || (specific && orgLab !== undefined && orgLab === lab));
  return { base, lab, firstParty, authoritative };
}

/** models.dev's api.json. */
function readModelsDev(json: Record<string, unknown>, file: string): Catalog {
  const entries: CatalogEntry[] = [];
  let newest: string | undefined;
  for (const [provider, value] of Object.entries(json)) {
    if (!isObject(value) || !isObject(value.models)) {
      throw new InputError([{ file, line: 1, message: `provider ${JSON.stringify(provider)}: expected {id, name, models: {...}} as models.dev's api.json has it` }], "Unreadable catalog");
    }
    for (const [key, m] of Object.entries(value.models)) {
      if (!isObject(m)) continue;
      const id = typeof m.id === "string" && m.id.trim() ? m.id.trim() : key;
      const updated = fullDate(m.last_updated);
      if (updated && (!newest || updated > newest)) newest = updated;
      const cost = isObject(m.cost) ? m.cost : {};
      const limit = isObject(m.limit) ? m.limit : {};
      entries.push({
        provider,
        id,
        name: typeof m.name === "string" && m.name.trim() ? m.name.trim() : id,
        ...placeEntry(provider, id, typeof m.name === "string" ? m.name : id),
        released: fullDate(m.release_date),
        openWeights: typeof m.open_weights === "boolean" ? m.open_weights : undefined,
        contextWindow: positive(limit.context),
        inputPrice: price(cost.input),
        outputPrice: price(cost.output),
      });
    }
  }
  return { name: "models.dev", newestDate: newest, entries };
}

/** OpenRouter's models list. Prices per token become prices per million tokens. */
function readOpenRouter(data: unknown[], file: string): Catalog {
  const entries: CatalogEntry[] = [];
  let newest: string | undefined;
  data.forEach((m, i) => {
    if (!isObject(m) || typeof m.id !== "string") {
      throw new InputError([{ file, line: 1, message: `data[${i}]: expected a model with an "id" as OpenRouter's /api/v1/models lists it` }], "Unreadable catalog");
    }
    const created = typeof m.created === "number" && Number.isFinite(m.created) ? new Date(m.created * 1000).toISOString().slice(0, 10) : undefined;
    if (created && (!newest || created > newest)) newest = created;
    const pricing = isObject(m.pricing) ? m.pricing : {};
    const perMillion = (v: unknown) => {
      const n = typeof v === "string" ? Number(v) : typeof v === "number" ? v : Number.NaN;
      // OpenRouter writes -1 for "variable" (a router); that is no list price.
      return Number.isFinite(n) && n >= 0 ? Math.round(n * 1e6 * 1e6) / 1e6 : undefined;
    };
    const name = typeof m.name === "string" ? m.name.replace(/^[^:]{1,40}:\s+/, "").trim() : m.id;
    entries.push({
      provider: "openrouter",
      id: m.id,
      name: name || m.id,
      ...placeEntry("openrouter", m.id, name || m.id),
      // `created` is the day OpenRouter listed the model, not its release: not used as `released`.
      released: undefined,
      openWeights: typeof m.hugging_face_id === "string" && m.hugging_face_id.trim() !== "" ? true : undefined,
      contextWindow: positive(m.context_length),
      inputPrice: perMillion(pricing.prompt),
      outputPrice: perMillion(pricing.completion),
    });
  });
  return { name: "openrouter", newestDate: newest, entries };
}

/**
 * Reads a catalog, recognising its shape. Throws `InputError` (naming `file`) for anything else.
 * @example readCatalog(JSON.parse(text), "models-dev-api.json").entries.length // 5276
 */
export function readCatalog(json: unknown, file: string): Catalog {
  if (isObject(json) && Array.isArray(json.data)) return readOpenRouter(json.data, file);
  if (isObject(json) && Object.values(json).length > 0 && Object.values(json).every((p) => isObject(p) && isObject(p.models))) return readModelsDev(json, file);
  throw new InputError(
    [{ file, line: 1, message: "expected models.dev's api.json ({provider: {models: {...}}}) or OpenRouter's models list ({data: [...]})" }],
    "Unreadable catalog",
  );
}
