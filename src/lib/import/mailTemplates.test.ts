import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillMailTemplates } from "./mailTemplates";

const recap = { title: "Claude [3] lands", path: "/recaps/2024-05-21-x/" };
const fill = (body: string) => fillMailTemplates(body, recap);

describe("fillMailTemplates", () => {
  it("keeps the web branch, drops the mail's, and takes the tags' own lines out", () => {
    const body = "Intro:\n\n{% if medium == 'web' %}\n![chart](https://x.org/a.png)\n\n{% else %}\n\n> You're reading this on email.\n\n{% endif %}\n\nAfter.\n";
    const r = fill(body);
    expect(r).toEqual({ body: "Intro:\n\n![chart](https://x.org/a.png)\n\n\nAfter.\n", filled: 3, droppedLines: 3 });
    // Without an else, and the other way round: a mail-only branch goes, a not-mail one stays.
    expect(fill("a\n{% if medium == \"email\" %}\nmail only\n{% endif %}\nb\n").body).toBe("a\nb\n");
    expect(fill("a\n{% if medium != 'web' %}\nmail\n{% else %}\nweb\n{% endif %}\nb\n").body).toBe("a\nweb\nb\n");
    // CRLF line ends and tags inside a line.
    expect(fill("a\r\n{%if medium=='web'%}\r\nweb\r\n{%endif%}\r\nb").body).toBe("a\r\nweb\r\nb");
    expect(fill("see {% if medium == 'web' %}the chart{% else %}the site{% endif %}.").body).toBe("see the chart.");
  });

  it("fills the issue's own link with the recap's path and title, and unlinks an unsubscribe placeholder", () => {
    const r = fill("Moved to the web version: [{{ email.subject }}]({{ email_url }})!\n\n[Unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) any time.\n");
    expect(r.body).toBe("Moved to the web version: [Claude \\[3\\] lands](/recaps/2024-05-21-x/)!\n\nUnsubscribe any time.\n");
    expect(r.filled).toBe(3);
    // Inside a dropped mail branch, nothing is filled.
    expect(fill("{% if medium == 'web' %}\nweb\n{% else %}\n[web version]({{ email_url }})\n{% endif %}\n")).toEqual({ body: "web\n", filled: 3, droppedLines: 1 });
  });

  it("leaves code as written, and a body with a tag it does not fill whole, saying where and why", () => {
    const code = "```liquid\n{% if medium == 'web' %}\n{{ email_url }}\n```\n\nInline `{{ email_url }}` too.\n";
    expect(fill(code)).toEqual({ body: code, filled: 0, droppedLines: 0 });
    const loop = "a\n{% if medium == 'web' %}\nb\n{% endif %}\n{% for x in items %}\n{{ x }}\n{% endfor %}\n";
    expect(fill(loop)).toEqual({ body: loop, filled: 0, droppedLines: 0, left: { line: 5, reason: "the template tag {% for x in items %} is not one this fills (only {% if medium == 'web' %}, {% else %}, {% endif %}): left as written" } });
    const nested = "{% if medium == 'web' %}\n{% if medium == 'email' %}\nx\n{% endif %}\n{% endif %}\n";
    expect(fill(nested).left).toEqual({ line: 2, reason: "a branch inside a branch ({% if medium == 'email' %}): left as written" });
    expect(fill("{% if medium == 'web' %}\nx\n").left?.reason).toBe("an {% if medium ... %} without its {% endif %}: left as written");
    expect(fill("x\n{% endif %}\n").left?.line).toBe(2);
    expect(fill("{% if user.plan == 'paid' %}\nx\n{% endif %}\n").left?.line).toBe(1);
  });

  it("takes out the mail tool's other marks: the editor-mode comment glued to a line, a bare unsubscribe placeholder's line, the contents marker with its title (helper-75)", () => {
    // CommonMark reads a line that starts with a comment as raw HTML: its Markdown showed as written.
    expect(fill("<!-- buttondown-editor-mode: plaintext -->> AI News for 4/1. [**364** Twitters](https://t.co/x)\n\nMore.\n")).toEqual({ body: "> AI News for 4/1. [**364** Twitters](https://t.co/x)\n\nMore.\n", filled: 1, droppedLines: 0 });
    expect(fill("Thanks!\n\nYou can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.\n")).toEqual({ body: "Thanks!\n\n", filled: 1, droppedLines: 1 });
    expect(fill("---\n\n**Table of Contents**\n\n[TOC] \n\n## OpenAI Discord\n")).toEqual({ body: "---\n\n\n\n## OpenAI Discord\n", filled: 1, droppedLines: 2 });
    // Without its title line, the marker alone; a line that only mentions [TOC], and code, stay.
    expect(fill("Intro.\n\n[TOC]\n\nText.\n").body).toBe("Intro.\n\n\nText.\n");
    const kept = "Write [TOC] where the contents go.\n\n```\n[TOC]\n<!-- buttondown-editor-mode: plaintext -->x\n```\n";
    expect(fill(kept)).toEqual({ body: kept, filled: 0, droppedLines: 0 });
  });

  it("drops a bare unsubscribe placeholder's line only when the line is nothing but its sentence; elsewhere the sentence alone, or nothing", () => {
    // The whole line: the sentence alone, with emphasis, spaces, a quote's or a list item's mark.
    for (const line of ["You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.", "  *You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.*  ", "> Unsubscribe: {{ unsubscribe_url }}", "- You can **unsubscribe** {{{RESEND_UNSUBSCRIBE_URL}}}."])
      expect(fill(`Thanks!\n\n${line}\nBye.\n`), line).toEqual({ body: "Thanks!\n\nBye.\n", filled: 1, droppedLines: 1 });
    // A footer with other links keeps them: the sentence goes when it stands apart, else the line stays for the check.
    expect(fill("[Website](https://x.org) · [Twitter](https://t.co/y). You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.\n")).toEqual({ body: "[Website](https://x.org) · [Twitter](https://t.co/y).\n", filled: 1, droppedLines: 0 });
    const footer = "[Website](https://x.org) | [Twitter](https://t.co/y) | unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}}\n";
    expect(fill(footer)).toEqual({ body: footer, filled: 0, droppedLines: 0 });
    // A long paragraph keeps its other sentences, wherever the placeholder's sentence sits in it.
    const [a, b] = ["Claude 3 tops the arena this week, ahead of GPT-4 by 12 points.", "Next week: the open-weights models, e.g. Llama 3 and Mistral, on the same tasks."];
    const u = "You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.";
    expect(fill(`${a} ${u} ${b}\n`).body).toBe(`${a} ${b}\n`);
    expect(fill(`${u} ${a}\n`).body).toBe(`${a}\n`);
    expect(fill(`**${a} ${u}**\n`).body).toBe(`**${a}**\n`);
    // Not plain words (a link, code, markup in the sentence), or not a sentence of its own: left as written.
    for (const kept of [`${a} See [the list](https://x.org) or unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}}.\n`, `${a} Run \`unsubscribe\` or {{{RESEND_UNSUBSCRIBE_URL}}}.\n`, `${a} <a href="{{{RESEND_UNSUBSCRIBE_URL}}}">Unsubscribe</a>\n`, `${a} and you can unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}} (${b})\n`])
      expect(fill(kept), kept).toEqual({ body: kept, filled: 0, droppedLines: 0 });
  });

  const FULL = join(import.meta.dirname, "../../../../shared/fixtures/ainews-full-sample");
  it.skipIf(!existsSync(FULL))("fills every Buttondown template and mark of the 30 full AINews issues, leaving the rest of each body as it was", () => {
    let filled = 0;
    const left: string[] = [];
    const stillMarked: string[] = [];
    for (const name of readdirSync(FULL).filter((f) => f.endsWith(".md"))) {
      const source = readFileSync(join(FULL, name), "utf8");
      const r = fill(source);
      expect(r.left, name).toBeUndefined();
      if (r.body !== source) filled++;
      for (const m of r.body.matchAll(/\{%[^%\n]{1,80}%\}|\{\{\{?[^{}\n]{1,80}?\}?\}\}/g)) left.push(`${name}: ${m[0]}`);
      if (/^\s*\[TOC\]\s*$/m.test(r.body) || r.body.includes("buttondown-editor-mode")) stillMarked.push(name);
      // Only tags, mail-only lines and the editor-mode comment go, and placeholders change: every
      // other line of the result is a line of the issue (without the comment), in the same order.
      const lines = source.replace(/<!-- buttondown-editor-mode: plaintext -->/g, "").split("\n");
      let at = 0;
      for (const line of r.body.split("\n")) {
        if (line.includes(recap.path) || /unsubscribe/i.test(line)) continue;
        while (at < lines.length && lines[at] !== line) at++;
        expect(at, `${name}: ${JSON.stringify(line)}`).toBeLessThan(lines.length);
        at++;
      }
    }
    expect(filled).toBe(30);
    // The bare unsubscribe placeholder's line went too (helper-75): "You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}."
    expect(left).toEqual([]);
    // No "[TOC]" and no editor-mode comment is left; each went from every issue that had one.
    expect(stillMarked).toEqual([]);
  });
});
