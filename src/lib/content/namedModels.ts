/**
 * The registry models a recap's text names by their full name ("Kimi K2.5: 36", "Command A+",
 * "level with GPT-5.1 (high)"), for the join of model pages to recaps: a recap whose text names a
 * model is one that mentions it, whether or not its frontmatter `models:` lists it (found in
 * review: fifteen model pages of the sample said "No recap mentions X yet" while a recap gave X's
 * score in its text).
 *
 * Only names that can be read in prose as that model and nothing else are looked for:
 * - the registry name as written, case and all (`GPT-5.1`, not `gpt-5.1` in a link);
 * - a name with a digit (`o3`, `GLM-5.2`, `Claude Opus 4.8`) or of several words (`Muse Glimmer`,
 *   `Command A+`). A one-word name without a digit (`Inkling`,
 *   `Sonar`, a catalog's `Auto`) could be an ordinary word: it is not looked for; list the model in
 *   the recap's `models:` instead;
 * - a name one model has: two registry rows of one name would make the match a guess.
 *
 * A name counts only as a whole: not inside a longer word or name (`GPT-5` in `GPT-5.1`,
 * `GPT-5-mini`, `XGPT-5`), nor before a number that continues it (`Gemini Pro` in `Gemini Pro 1.5`).
 * Of two names at one place the longer wins (`Claude Opus 4.8` over `Claude Opus 4`).
 */

/** A registry model, as the finder reads it. */
export interface NamedModel {
  id: string;
  name: string;
}

/** Finds the models a text names. */
export interface ModelNameFinder {
  /** Ids of the models `text` names, each once, in order of first appearance. */
  find(text: string): string[];
  /** How many names it looks for. */
  size: number;
}

/** Whether a registry name is specific enough to be looked for in prose (see the module's note). */
export function findableName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed === name && (/\d/.test(name) || /\s/.test(name));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One regular expression for many names, as a trie: names share their prefixes, so the engine
 * tries each starting character's names together (0.8 s for the bench's 300 names over its 125 MB
 * of text, 1.6 s for the sample's 695; a plain alternation with a look-behind took twice that).
 */
function trieSource(names: readonly string[]): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set("", null);
  }
  const emit = (node: Node): string => {
    const ends = node.has("");
    const branches = [...node].filter((entry): entry is [string, Node] => entry[0] !== "").map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    // Greedy: the longer name is tried first, the shorter one where the longer does not match.
    return ends ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** A character that would make a name part of a longer word before it. */
const WORD_BEFORE = /[\p{L}\p{N}_.\-+]/u;

/**
 * The finder for a registry. Names that two models share are left out.
 * @example modelNameFinder([{ id: "gpt-5-1", name: "GPT-5.1" }, { id: "gpt-5", name: "GPT-5" }]).find("GPT-5.1 beats GPT-5, not GPT-5-mini") // ["gpt-5-1", "gpt-5"]
 */
export function modelNameFinder(models: readonly NamedModel[]): ModelNameFinder {
  const idsOfName = new Map<string, Set<string>>();
  for (const m of models) if (findableName(m.name)) idsOfName.set(m.name, (idsOfName.get(m.name) ?? new Set()).add(m.id));
  const idOf = new Map([...idsOfName].flatMap(([name, ids]) => (ids.size === 1 ? [[name, [...ids][0]] as const] : [])));
  if (idOf.size === 0) return { find: () => [], size: 0 };
  // After the name: no letter or digit, no `.`/`-` joining more of a name, no number after a space.
  // ASCII classes, without the `u` flag: twice as fast as Unicode classes on the bench's text.
  const pattern = new RegExp(`${trieSource([...idOf.keys()])}(?![A-Za-z0-9_]|[.\\-][A-Za-z0-9]|[ \\t]+\\d)`, "g");
  return {
    size: idOf.size,
    find(text) {
      const found = new Set<string>();
      for (const match of text.matchAll(pattern)) {
        if (match.index > 0 && WORD_BEFORE.test(text[match.index - 1])) continue;
        const id = idOf.get(match[0]);
        if (id !== undefined) found.add(id);
      }
      return [...found];
    },
  };
}
