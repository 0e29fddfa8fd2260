/**
 * GFM task list items for markdown-it, as remark-gfm parses them and remark-rehype writes them:
 * a list item whose first paragraph starts with `[ ]`, `[x]` or `[X]` followed by a line ending,
 * or by spaces and more text, gets `class="task-list-item"` and starts with
 * `<input type="checkbox" disabled>` (`checked` too when ticked) and one space; its list gets
 * `class="contains-task-list"`.
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";

/** micromark-extension-gfm-task-list-item 2.1: `[`, a space, tab, line ending or x, `]`, then a line ending or spaces and more. */
const CHECK = /^\[([ \t\nxX])\](?=\n|[ \t]+[^ \t])/;

function addClass(token: Token, name: string): void {
  const existing = token.attrGet("class");
  token.attrSet("class", existing ? `${existing} ${name}` : name);
}

/** The core rule: needs text runs merged first (a check followed by a line ending spans a soft break). */
export function markTaskListItems(state: StateCore): void {
  const tokens = state.tokens;
  const lists: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") lists.push(token);
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    if (token.type !== "list_item_open" || tokens[i + 1]?.type !== "paragraph_open") continue;
    const inline = tokens[i + 2];
    const first = inline?.children?.[0];
    if (!inline || !first || first.type !== "text" || !first.content.startsWith("[")) continue;
    // The check is judged on the source as micromark reads it (trailing spaces before a line
    // ending are a hard break token in markdown-it); the text run starts with the same `[?]`.
    const match = CHECK.exec(inline.content);
    if (!match || first.content.slice(0, 3) !== match[0]) continue;
    // remark drops the check and the one character after it, when that is in the same text.
    const next = first.content.charAt(3);
    first.content = first.content.slice(next === " " || next === "\t" || next === "\n" ? 4 : 3);
    const children = inline.children!;
    if (first.content === "") children.shift();
    const checkbox = new state.Token("task_checkbox", "input", 0);
    checkbox.meta = { checked: match[1] === "x" || match[1] === "X", space: children.length > 0 };
    children.unshift(checkbox);
    addClass(token, "task-list-item");
    const list = lists[lists.length - 1];
    if (list && !list.attrGet("class")?.includes("contains-task-list")) addClass(list, "contains-task-list");
  }
}

/** Renders the checkbox; renderMarkdown.ts places `markTaskListItems` among its core rules. */
export function gfmTaskListRenderer(md: MarkdownIt): void {
  md.renderer.rules.task_checkbox = (tokens, idx) => {
    const { checked, space } = tokens[idx]!.meta as { checked: boolean; space: boolean };
    return `<input type="checkbox"${checked ? " checked" : ""} disabled>${space ? " " : ""}`;
  };
}
