/**
 * The registry models a recap's text names by their full name ("Kimi K2.5: 36", "Command A+",
 * "level with GPT-5.1 (high)"), for the join of model pages to recaps: a recap whose text names a
 * model is one that mentions it, whether or not its frontmatter `models:` lists it (found in
 * review: fifteen model pages of the sample said "No recap mentions X yet" while a recap gave X's
 * score in its text).
 *
 * Only names that can be read in prose as that model and nothing else are looked for:
 * - the registry name as written, case and all (`GPT-5.1`, not `gpt-5.1` in a link);
 * - a name with a digit (`o3`, `GLM-5.2`, `Claude Opus 4.8`); a name of several words without one
 *   (`Muse Glimmer`, `Command A+`) only from the editor's own rows, never a catalog's. A one-word
 *   name without a digit (`Inkling`, `Sonar`) could be an ordinary word: it is not looked for.
 *   List such a model in the recap's `models:` instead;
 * - a name one model has: two registry rows of one name would make the match a guess.
 *
 * A name counts only as a whole: not inside a longer word or name (`GPT-5` in `GPT-5.1`,
 * `GPT-5-mini`, `XGPT-5`, `Command R` in `Command R+`), nor before a number that continues it
 * (`Gemini Pro` in `Gemini Pro 1.5`) or a word that makes it a variant (`Grok 4 Heavy`, `o3 mini`,
 * `Gemini 2.0 Flash Thinking`). Of two names at one place the longer wins (`Claude Opus 4.8` over
 * `Claude Opus 4`). On the 41 AINews issues with the models.dev catalog, a review found 4 to 5% of
 * the recap-model pairs wrong before the variant words and the catalog rule; misses remain (a name
 * two registry rows share, `o3-mini-high`), as they are safer than wrong links.
 */
import { OTHER_KIND_WORDS, RELEASE_WORDS, TIER_WORDS } from "../models/modelWords";

/** A registry model, as the finder reads it. */
export interface NamedModel {
  id: string;
  name: string;
  /** The catalog the row was imported from (`models.dev`); none for the editor's own row. */
  catalog?: string;
}

/** Finds the models a text names. */
export interface ModelNameFinder {
  /** Ids of the models `text` names, each once, in order of first appearance. */
  find(text: string): string[];
  /** How many names it looks for. */
  size: number;
}

/**
 * Whether a registry name is specific enough to be looked for in prose (see the module's note): a
 * name with a digit; a name of several words only from the editor's own row (a catalog's
 * `Perplexity Pro`, `Auto Router`, `Nano Banana` read as prose or as a brand: found in review).
 */
export function findableName(model: Pick<NamedModel, "name" | "catalog">): boolean {
  const { name } = model;
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed === name && (/\d/.test(name) || (/\s/.test(name) && !model.catalog));
}

/**
 * Words that, after a name, make it another model or a variant of it: `Grok 4 Heavy`, `o3 mini`,
 * `GPT-4.1 Mini` (the registry's `GPT-4.1 mini`), `Gemini 2.0 Flash Thinking`, `Qwen3 30B A3B
 * Coder`, `o1 Preview`, `DeepSeek-R1 Distill` (found in review on the AINews archive).
 */
const VARIANT_WORDS: ReadonlySet<string> = new Set([
  ...TIER_WORDS,
  ...OTHER_KIND_WORDS,
  ...RELEASE_WORDS,
  ...["base", "preview", "exp", "experimental", "beta", "latest", "thinking", "reasoning", "heavy", "coder", "code", "distill", "omni", "vision", "vl", "deep"],
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One regular expression for many names, as a trie: names share their prefixes, so the engine
 * tries each starting character's names together.
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

/**
 * Names per expression. V8 runs one expression of about 1,650 names 15 times slower than one of
 * 1,600 (found in review, 125 MB of text: 0.9 s, then 15 s); several smaller ones stay linear.
 */
const NAMES_PER_PATTERN = 400;

/**
 * The names split into expressions of at most `NAMES_PER_PATTERN`, never splitting the names of
 * one first character (so that the longer of two names at one place is always tried first).
 */
function patterns(names: readonly string[]): RegExp[] {
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const group = byFirst.get(name[0]);
    if (group) group.push(name);
    else byFirst.set(name[0], [name]);
  }
  const groups: string[][] = [];
  for (const group of [...byFirst.values()].sort((a, b) => b.length - a.length)) {
    const open = groups.find((g) => g.length + group.length <= NAMES_PER_PATTERN);
    if (open) open.push(...group);
    else groups.push([...group]);
  }
  // After the name: no letter, digit or `+`, no `.`/`-` joining more of a name, no number after a
  // space. ASCII classes, without the `u` flag: twice as fast as Unicode classes on the bench's text.
  return groups.map((g) => new RegExp(`${trieSource(g)}(?![A-Za-z0-9_+]|[.\\-][A-Za-z0-9]|[ \\t]+\\d)`, "g"));
}

/** A character that would make a name part of a longer word before it. */
const WORD_BEFORE = /[\p{L}\p{N}_.\-+]/u;
/** The word after a name, if a space parts them. */
const WORD_AFTER = /^[ \t]+([A-Za-z]+)/;

/**
 * The finder for a registry. Names that two models share are left out.
 * @example modelNameFinder([{ id: "gpt-5-1", name: "GPT-5.1" }, { id: "gpt-5", name: "GPT-5" }]).find("GPT-5.1 beats GPT-5, not GPT-5-mini") // ["gpt-5-1", "gpt-5"]
 */
export function modelNameFinder(models: readonly NamedModel[]): ModelNameFinder {
  const idsOfName = new Map<string, Set<string>>();
  for (const m of models) if (findableName(m)) idsOfName.set(m.name, (idsOfName.get(m.name) ?? new Set()).add(m.id));
  const idOf = new Map([...idsOfName].flatMap(([name, ids]) => (ids.size === 1 ? [[name, [...ids][0]] as const] : [])));
  if (idOf.size === 0) return { find: () => [], size: 0 };
  const expressions = patterns([...idOf.keys()]);
  return {
    size: idOf.size,
    find(text) {
      const found: { at: number; end: number; id: string }[] = [];
      for (const pattern of expressions) {
        for (const match of text.matchAll(pattern)) {
          const at = match.index;
          const end = at + match[0].length;
          if (at > 0 && WORD_BEFORE.test(text[at - 1])) continue;
          const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
          if (after !== undefined && VARIANT_WORDS.has(after.toLowerCase())) continue;
          found.push({ at, end, id: idOf.get(match[0])! });
        }
      }
      // Of names that overlap (found by different expressions), the one that starts first, as one expression would.
      found.sort((a, b) => a.at - b.at || b.end - a.end);
      const ids = new Set<string>();
      let reached = 0;
      for (const f of found) {
        if (f.at < reached) continue;
        ids.add(f.id);
        reached = f.end;
      }
      return [...ids];
    },
  };
}
