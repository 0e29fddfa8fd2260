/**
 * Filter and sort for a long leaderboard, in place, as an enhancement: the page is complete
 * without it (every row in rank order, and pre-built views for open weights and each lab). For
 * each `[data-board]` on the page it shows the filter box (rendered `hidden`), filters the rows
 * on their model, setting and lab as one types (the typed words, from the start of a word), and turns the headers marked `data-sort` into
 * buttons that sort by the cells' exact `data-value` (numbers) or their text; missing values go
 * last either way. `aria-sort` tells screen readers the order. Loaded as a module by the
 * leaderboard pages (the CSP admits only the site's own scripts).
 */

/** The sortable key of a cell: its exact value, its text, or undefined when it shows a missing value. */
function keyOf(cell: Element | undefined, kind: string): number | string | undefined {
  if (!cell) return undefined;
  if (kind === "number") {
    const raw = cell.getAttribute("data-value");
    return raw === null || raw === "" ? undefined : Number(raw);
  }
  const text = cell.textContent?.trim() ?? "";
  return text === "" || text === "—" ? undefined : text.toLowerCase();
}

function enhance(board: HTMLElement): void {
  const table = board.querySelector<HTMLTableElement>("table.leaderboard");
  const tools = board.querySelector<HTMLElement>("[data-board-tools]");
  const body = table?.tBodies[0];
  if (!table || !tools || !body) return;
  const rows = [...body.rows];
  const input = tools.querySelector<HTMLInputElement>("[data-filter]");
  const count = tools.querySelector<HTMLElement>("[data-count]");
  // Compared as words: "gpt 5" finds "GPT-5", "lab 03" finds "Lab 03" and not "Model 003".
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const haystack = new Map(rows.map((row) => [row, words(`${row.querySelector("th.model")?.textContent ?? ""} ${row.dataset.lab ?? ""} ${row.dataset.model ?? ""}`)]));

  const filter = () => {
    const query = words(input?.value ?? "").trim();
    let visible = 0;
    for (const row of rows) {
      const show = query === "" || haystack.get(row)!.includes(` ${query}`);
      row.hidden = !show;
      if (show) visible++;
    }
    if (count) count.textContent = query ? `${visible} of ${rows.length} rows match` : `${rows.length} rows`;
  };
  input?.addEventListener("input", filter);
  filter();

  const heads = [...table.tHead!.rows[0].cells];
  for (const th of heads) {
    const kind = th.dataset.sort;
    if (!kind) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const descending = th.getAttribute("aria-sort") === "ascending";
      for (const other of heads) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      const index = th.cellIndex;
      const sorted = [...rows].sort((a, b) => {
        const ka = keyOf(a.cells[index], kind);
        const kb = keyOf(b.cells[index], kind);
        if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
        const order = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb), "en");
        return descending ? -order : order;
      });
      body.append(...sorted);
    });
  }
  tools.hidden = false;
}

for (const board of document.querySelectorAll<HTMLElement>("[data-board]")) enhance(board);
