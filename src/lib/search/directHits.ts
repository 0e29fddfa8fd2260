import { labelKey } from "../models/labelKey";

/** A page a search for its name goes straight to: a model's, a lab's. */
export interface DirectHit {
  /** What the reader is shown: `Model: GPT-4`. */
  kind: "Model" | "Lab";
  label: string;
  url: string;
}

/** What the search page reads (`/search-names.json`): each name's key (`labelKey`) and the pages it names. */
export type DirectHitIndex = Record<string, DirectHit[]>;

/**
 * The index of names a search goes straight to: each model with a page under its display name,
 * its id and its aliases, and each lab under its name, all by `labelKey` (so `gpt-4`, `GPT 4` and
 * `gpt_4` are one key). Pagefind ranks by the words a page holds, and a model's page holds its
 * name once where a lab's page or a long recap holds "GPT" and "4" many times: on the real archive
 * a search for `gpt-4` put the model's page 9th (helper-75), behind GPT-4o's and the lab's. The
 * search page shows the page a name names above Pagefind's results. A key two pages share (a
 * model and a lab both called Mistral) lists both.
 * @example directHits([{ id: "gpt-4", name: "GPT-4", aliases: ["gpt-4-0613"] }], [{ name: "OpenAI" }], modelPath, labPath)["gpt-4-0613"] // [{ kind: "Model", label: "GPT-4", url: "/models/gpt-4/" }]
 */
export function directHits(
  models: readonly { id: string; name: string; aliases?: readonly string[] }[],
  labs: readonly { name: string }[],
  modelUrl: (id: string) => string,
  labUrl: (name: string) => string,
): DirectHitIndex {
  const index: DirectHitIndex = {};
  const add = (name: string, hit: DirectHit) => {
    const key = labelKey(name);
    if (key === "") return;
    const hits = (index[key] ??= []);
    if (!hits.some((h) => h.url === hit.url)) hits.push(hit);
  };
  for (const m of models) {
    const hit: DirectHit = { kind: "Model", label: m.name, url: modelUrl(m.id) };
    for (const name of [m.name, m.id, ...(m.aliases ?? [])]) add(name, hit);
  }
  for (const lab of labs) add(lab.name, { kind: "Lab", label: lab.name, url: labUrl(lab.name) });
  return index;
}

/** The pages a search query names (its `labelKey`), or none. */
export function directHitsOf(index: DirectHitIndex, query: string): DirectHit[] {
  return index[labelKey(query)] ?? [];
}
