import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { htmlWithoutCss } from "./htmlWithoutCss";
import { movementCell } from "../leaderboard/boardCells";

const text = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.textContent!.replace(/\s+/g, " ").trim();

describe("htmlWithoutCss", () => {
  it("words a movement cell once: the screen readers' label shown, the symbol for the eye gone", () => {
    // The cell as LeaderboardTable renders it, from the real cell formatter.
    const cell = (m: ReturnType<typeof movementCell>) =>
      `<td class="move move-${m.kind}" title="${m.label}"> <span aria-hidden="true">${m.symbol}</span> ${m.change ? `<span aria-hidden="true" class="change"> ${m.change}</span>` : ""} <span class="visually-hidden">${m.label}</span> </td>`;
    const since = new Date("2026-05-10T00:00:00Z");
    const fresh = movementCell({ kind: "new" }, "points", since);
    const down = movementCell({ kind: "down", rankChange: -2, previousRank: 1, scoreChange: -0.3 }, "points", since);
    expect(fresh.symbol).toBe("new");
    const out = htmlWithoutCss(`<table><tr>${cell(fresh)}${cell(down)}</tr></table>`);
    const cells = [...parseHTML(`<html><body>${out}</body></html>`).document.querySelectorAll("td")].map((td) => td.textContent!.replace(/\s+/g, " ").trim());
    expect(cells).toEqual(["new entry since 2026-05-10", `down 2 places since 2026-05-10, ${down.change}`]);
    expect(out).not.toMatch(/aria-hidden|visually-hidden|▼/);
    // The label is now plain text, read by a mail client's screen reader too.
    expect(out).toContain("<span>new entry since 2026-05-10</span>");
  });

  it("words a statistical tie once, with no space before its comma", () => {
    const out = htmlWithoutCss(`<td class="rank">1<span class="tie" title="tied"><span aria-hidden="true"> ≈1–11</span><span class="visually-hidden">, statistically tied with ranks 1 to 11</span></span></td>`);
    expect(text(out)).toBe("1, statistically tied with ranks 1 to 11");
    expect(out).toContain(`<span class="tie" title="tied">`);
  });

  it("shows GFM's sr-only footnotes heading as a plain heading and keeps an element's other classes", () => {
    expect(htmlWithoutCss(`<section class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2></section>`)).toBe(`<section class="footnotes"><h2 id="footnote-label">Footnotes</h2></section>`);
    expect(htmlWithoutCss(`<caption class="note visually-hidden">Scores</caption>`)).toBe(`<caption class="note">Scores</caption>`);
  });

  it("drops what the hidden attribute hides, but keeps hidden=until-found content, shown", () => {
    const out = htmlWithoutCss(`<div class="board-tools" hidden><label>Filter rows <input type="search"></label></div><p>Kept</p><div hidden="until-found">Found</div>`);
    expect(out).toBe(`<p>Kept</p><div>Found</div>`);
  });

  it("drops an aria-hidden decoration with its content, whatever the case of its value, and keeps aria-hidden=false", () => {
    expect(text(htmlWithoutCss(`<p>Next <span aria-hidden="TRUE">→</span> <span aria-hidden="false">page</span></p>`))).toBe("Next page");
  });

  it("returns HTML without any of these markers unchanged, unparsed", () => {
    const html = `<p>A <b>bold</b> &amp; <a href="/x?a=1&amp;b=2">link</a><br></p><table><tr><td>1</td></tr></table>`;
    expect(htmlWithoutCss(html)).toBe(html);
    // "hidden" in the text, or in an attribute's value, is no marker: nothing changes.
    for (const prose of [`<p>Hidden reasoning tokens &amp; <i>costs</i>, the hidden <b>state</b></p>`, `<p><abbr title="a hidden cost">HC</abbr></p>`]) expect(htmlWithoutCss(prose)).toBe(prose);
    // Whatever the case or the white space around it, a hidden attribute is one.
    expect(htmlWithoutCss(`<p>a</p><DIV\n  HIDDEN class="x">b</DIV>`)).toBe("<p>a</p>");
    expect(htmlWithoutCss(`<p>a<span ARIA-HIDDEN="true">→</span><span CLASS="visually-hidden"> next</span></p>`)).toBe(`<p>a<span> next</span></p>`);
  });
});
