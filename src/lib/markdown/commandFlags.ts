/**
 * Command-line options in prose, kept as the writer typed them by the SmartyPants step.
 *
 * SmartyPants (retext-smartypants, as Astro runs it) turns every `--` into an em dash. Newsletters
 * quote commands outside code spans: the real AINews archive has "launch arguments like
 * **--xformers --medvram --no-half-vae**" and "docker run -d --network=host ... --restart always".
 * Educated, these read "—xformers —medvram", and a reader who copies them gets a command that
 * fails. An option's `--` stands where a word starts (after white space, an opening bracket or
 * quote, or at the start of a paragraph, heading or table cell) and runs straight into a
 * lower-case ASCII letter: those are left as `--`. A dash between words keeps its em dash
 * (`word -- word`, `word--word`), and so does `--` before anything else (`-- Ada`, `--5`).
 *
 * The one difference from Astro's default SmartyPants output (remarkSmartypants.test.ts folds it
 * away when it compares the two: `asUpstreamDashes`).
 */

/** A `--` that may open an option: followed by a lower-case ASCII letter. */
const OPTION = /--(?=[a-z])/g;

/** What may stand before an option's `--`: the start of the text, white space, an opening bracket or quote. */
const OPENERS = new Set([" ", "\t", "\n", "\r", "(", "[", "{", '"', "'", "“", "‘"]);

/**
 * Where `text` holds an option's `--` (the offsets of its first hyphen). `before` is the character
 * in front of `text` in its paragraph, heading or cell ("" at its start): a text node's neighbour
 * may be a bold or link's text.
 */
export function optionDashes(text: string, before: string): number[] {
  const found: number[] = [];
  OPTION.lastIndex = 0;
  for (let match = OPTION.exec(text); match; match = OPTION.exec(text)) {
    const previous = match.index === 0 ? before : text[match.index - 1];
    if (previous === "" || OPENERS.has(previous)) found.push(match.index);
  }
  return found;
}

/**
 * `text` with `educate` (SmartyPants' pass for dashes, ellipses and backticks) applied around each
 * option's `--`, which is kept. The pieces are cut at the options only, so an ellipsis or a pair of
 * backticks is never split.
 * @example educateAroundOptions("run --fast -- now", " ", educate) // "run --fast — now"
 */
export function educateAroundOptions(text: string, before: string, educate: (piece: string) => string): string {
  const options = text.includes("--") ? optionDashes(text, before) : [];
  if (options.length === 0) return educate(text);
  let out = "";
  let from = 0;
  for (const at of options) {
    out += educate(text.slice(from, at)) + "--";
    from = at + 2;
  }
  return out + educate(text.slice(from));
}

/**
 * HTML as Astro's default SmartyPants writes it: each option's `--` that this module kept, an em
 * dash. For tests that compare our output with upstream's (the one intended difference).
 */
export function asUpstreamDashes(html: string): string {
  return html.replace(/(^|[\s([{"'“‘>])--(?=[a-z])/g, "$1—");
}
