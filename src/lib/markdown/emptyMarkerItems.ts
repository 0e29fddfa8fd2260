/**
 * A list marker alone, on the line of a list item that interrupts a paragraph, is text in
 * micromark (Astro's Markdown) and an empty list in markdown-it. A real issue's
 *
 * ```markdown
 * - **Thankful Responses**: Multiple members expressed gratitude ...
 *    - *
 * ```
 *
 * showed "*" in Astro's pipeline and an empty nested bullet in ours (found in review, the AINews
 * issues of 2024-12-12 and 2025-01-09). micromark reads the marker after the item's own marker as
 * still interrupting that paragraph, where an empty list item may not (CommonMark: "when the list
 * item interrupts a paragraph ... it cannot start with a blank line"); this core rule, run before
 * the inline parse, makes markdown-it's tokens read as micromark's:
 *
 * - `para\n- *` -> `<li>*</li>`; `para\n1. *` -> `<li>*</li>`; `para\n* - *` -> the innermost
 *   marker is the text; `- a\n  - *\n    more` -> `<li>*\nmore</li>` (one paragraph);
 * - unchanged where no paragraph is interrupted (`- *` alone, `- x\n- *`, a blank line before).
 */
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";

const LIST_OPEN = new Set(["bullet_list_open", "ordered_list_open"]);
const LIST_CLOSE = new Set(["bullet_list_close", "ordered_list_close"]);

/** The core rule (see the module comment). */
export function emptyMarkerItemsAsText(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = tokens.length - 4; i >= 1; i--) {
    const list = tokens[i]!;
    if (!LIST_OPEN.has(list.type) || !list.map) continue;
    const [item, itemClose, listClose] = [tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    if (item.type !== "list_item_open" || itemClose.type !== "list_item_close" || !LIST_CLOSE.has(listClose.type)) continue;
    const line = list.map[0];
    if (!interruptsParagraph(tokens, i, line)) continue;
    const marker = list.type === "ordered_list_open" ? `${item.info}${item.markup}` : item.markup;
    const next = tokens[i + 4];
    // The lines after the marker, in the same item, continue its paragraph.
    if (next?.type === "paragraph_open" && next.map?.[0] === line + 1 && tokens[i + 5]?.type === "inline") {
      const inline = tokens[i + 5]!;
      inline.content = `${marker}\n${inline.content}`;
      next.map = [line, next.map[1]];
      inline.map = next.map;
      tokens.splice(i, 4);
      continue;
    }
    const open = new state.Token("paragraph_open", "p", 1);
    open.map = [line, line + 1];
    open.block = true;
    open.level = list.level;
    open.hidden = tightList(tokens, i);
    const inline = new state.Token("inline", "", 0);
    inline.content = marker;
    inline.map = open.map;
    inline.level = list.level + 1;
    inline.children = [];
    const close = new state.Token("paragraph_close", "p", -1);
    close.block = true;
    close.level = list.level;
    close.hidden = open.hidden;
    tokens.splice(i, 4, open, inline, close);
  }
}

/**
 * Whether the list at `at` (on `line`) is the last of a run of list items that all start on that
 * line, the first of which interrupts a paragraph (the paragraph ends on that line, with no blank
 * line between).
 */
function interruptsParagraph(tokens: readonly Token[], at: number, line: number): boolean {
  let list = at;
  for (;;) {
    // The list sits in an item on its line (`- *`), the first of a list that opens there too.
    const item = tokens[list - 1];
    const outer = tokens[list - 2];
    if (item?.type !== "list_item_open" || item.map?.[0] !== line || !outer || !LIST_OPEN.has(outer.type) || outer.map?.[0] !== line) return false;
    const above = tokens[list - 3];
    // Nested again on the same line (`* - *`): go out one more list.
    if (above?.type === "list_item_open" && above.map?.[0] === line) {
      list -= 2;
      continue;
    }
    if (above?.type !== "paragraph_close") return false;
    for (let k = list - 4; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.type === "paragraph_open" && t.level === above.level) return t.map?.[1] === line;
    }
    return false;
  }
}

/** Whether the list holding the item just before `at` is tight: its items' paragraphs are hidden. */
function tightList(tokens: readonly Token[], at: number): boolean {
  const itemLevel = tokens[at - 1]!.level;
  let start = at - 1;
  while (start > 0 && !(LIST_OPEN.has(tokens[start]!.type) && tokens[start]!.level === itemLevel - 1)) start--;
  for (let k = start + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (LIST_CLOSE.has(t.type) && t.level === itemLevel - 1) break;
    if (t.type === "paragraph_open" && t.level === itemLevel + 1) return t.hidden;
  }
  return true;
}
