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
    expect(r).toEqual({ body: "Intro:\n\n![chart](https://x.org/a.png)\n\n\nAfter.\n", filled: 3, marks: 0, droppedLines: 3 });
    // Without an else, and the other way round: a mail-only branch goes, a not-mail one stays.
    expect(fill("a\n{% if medium == \"email\" %}\nmail only\n{% endif %}\nb\n").body).toBe("a\nb\n");
    expect(fill("a\n{% if medium != 'web' %}\nmail\n{% else %}\nweb\n{% endif %}\nb\n").body).toBe("a\nweb\nb\n");
    // CRLF line ends and tags inside a line.
    expect(fill("a\r\n{%if medium=='web'%}\r\nweb\r\n{%endif%}\r\nb").body).toBe("a\r\nweb\r\nb");
    expect(fill("see {% if medium == 'web' %}the chart{% else %}the site{% endif %}.").body).toBe("see the chart.");
  });

  it("fills the issue's own link with the recap's path and title, and unlinks an unsubscribe placeholder", () => {
    const r = fill("Share this issue: [{{ email.subject }}]({{ email_url }})!\n\nThanks for reading. Tell a friend, or [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) any time.\n");
    expect(r.body).toBe("Share this issue: [Claude \\[3\\] lands](/recaps/2024-05-21-x/)!\n\nThanks for reading. Tell a friend, or unsubscribe any time.\n");
    expect(r.filled).toBe(3);
    // A sentence pointing the mail's reader to the web version links the page to itself there: it goes, with its line when alone.
    const pointer = "The **Table of Contents** have been moved to the web version of this email: [{{ email.subject }}]({{ email_url }})!";
    expect(fill(`A.\n\n${pointer}\n\nB.\n`)).toEqual({ body: "A.\n\n\nB.\n", filled: 1, marks: 0, droppedLines: 1 });
    expect(fill(`Reading time saved: **738 minutes**. ${pointer.replace("**Table of Contents**", "Table of Contents")}\n`).body).toBe("Reading time saved: **738 minutes**.\n");
    // Inside a dropped mail branch, nothing is filled.
    expect(fill("{% if medium == 'web' %}\nweb\n{% else %}\n[web version]({{ email_url }})\n{% endif %}\n")).toEqual({ body: "web\n", filled: 3, marks: 0, droppedLines: 1 });
  });

  it("drops the mail's footer, the unsubscribe paragraph with the paragraphs about the mail just before it, and nothing around it", () => {
    const footer = "You are receiving this email because you opted in via our site.\n\nWant to change how you receive these emails?\nYou can [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) from this list.\n";
    // Between two rules, the one before it goes too: two rules in a row read as a gap (helper-80).
    const r = fill(`Last item of the issue.\n\n---\n\n${footer}\n---\n# Discord summaries\n`);
    expect(r.body).toBe("Last item of the issue.\n\n\n---\n# Discord summaries\n");
    expect(r).toMatchObject({ filled: 1, marks: 0, droppedLines: 6 });
    // At the body's end too; a rule with text after the footer stays, and so does the one before it.
    expect(fill(`A.\n\n---\n\n${footer}`).body).toBe("A.\n\n");
    expect(fill(`A.\n\n---\n\n${footer}\nMore of the issue.\n`).body).toBe("A.\n\n---\n\n\nMore of the issue.\n");
    // The bare placeholder's form too.
    expect(fill(`A.\n\n${footer.replace("[unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) from this list", "unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}")}`).body).toBe("A.\n\n");
    // A paragraph of the issue before it (not about the mail) stays, and so does one with a link.
    expect(fill(`GPT-5 launched today.\n\n${footer}`).body).toBe("GPT-5 launched today.\n\n");
    expect(fill(`Read [the email thread](https://x.example/) here.\n\n${footer}`).body).toBe("Read [the email thread](https://x.example/) here.\n\n");
  });

  it("leaves code as written, and a body with a tag it does not fill whole, saying where and why", () => {
    const code = "```liquid\n{% if medium == 'web' %}\n{{ email_url }}\n```\n\nInline `{{ email_url }}` too.\n";
    expect(fill(code)).toEqual({ body: code, filled: 0, marks: 0, droppedLines: 0 });
    const loop = "a\n{% if medium == 'web' %}\nb\n{% endif %}\n{% for x in items %}\n{{ x }}\n{% endfor %}\n";
    expect(fill(loop)).toEqual({ body: loop, filled: 0, marks: 0, droppedLines: 0, left: { line: 5, reason: "the template tag {% for x in items %} is not one this fills (only {% if medium == 'web' %}, {% else %}, {% endif %}): left as written" } });
    const nested = "{% if medium == 'web' %}\n{% if medium == 'email' %}\nx\n{% endif %}\n{% endif %}\n";
    expect(fill(nested).left).toEqual({ line: 2, reason: "a branch inside a branch ({% if medium == 'email' %}): left as written" });
    expect(fill("{% if medium == 'web' %}\nx\n").left?.reason).toBe("an {% if medium ... %} without its {% endif %}: left as written");
    expect(fill("x\n{% endif %}\n").left?.line).toBe(2);
    expect(fill("{% if user.plan == 'paid' %}\nx\n{% endif %}\n").left?.line).toBe(1);
  });

  it("takes out the mail tool's other marks: the editor-mode comment glued to a line, a bare unsubscribe placeholder's line, the contents marker with its title (helper-75)", () => {
    // CommonMark reads a line that starts with a comment as raw HTML: its Markdown showed as written.
    expect(fill("<!-- buttondown-editor-mode: plaintext -->> AI News for 4/1. [**364** Twitters](https://t.co/x)\n\nMore.\n")).toEqual({ body: "> AI News for 4/1. [**364** Twitters](https://t.co/x)\n\nMore.\n", filled: 1, marks: 1, droppedLines: 0 });
    expect(fill("Thanks!\n\nYou can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.\n")).toEqual({ body: "Thanks!\n\n", filled: 1, marks: 0, droppedLines: 1 });
    expect(fill("---\n\n**Table of Contents**\n\n[TOC] \n\n## OpenAI Discord\n")).toEqual({ body: "---\n\n\n\n## OpenAI Discord\n", filled: 1, marks: 1, droppedLines: 2 });
    // Without its title line, the marker alone; a line that only mentions [TOC], and code, stay.
    expect(fill("Intro.\n\n[TOC]\n\nText.\n").body).toBe("Intro.\n\n\nText.\n");
    const kept = "Write [TOC] where the contents go.\n\n```\n[TOC]\n<!-- buttondown-editor-mode: plaintext -->x\n```\n";
    expect(fill(kept)).toEqual({ body: kept, filled: 0, marks: 0, droppedLines: 0 });
  });

  it("drops a bare unsubscribe placeholder's line only when the line is nothing but its sentence; elsewhere the sentence alone, or nothing", () => {
    // The whole line: the sentence alone, with emphasis, spaces, a quote's or a list item's mark.
    for (const line of ["You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.", "  *You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.*  ", "> Unsubscribe: {{ unsubscribe_url }}", "- You can **unsubscribe** {{{RESEND_UNSUBSCRIBE_URL}}}."])
      expect(fill(`Thanks!\n\n${line}\nBye.\n`), line).toEqual({ body: "Thanks!\n\nBye.\n", filled: 1, marks: 0, droppedLines: 1 });
    // A footer with other links keeps them: the sentence goes when it stands apart, else the line stays for the check.
    expect(fill("[Website](https://x.org) · [Twitter](https://t.co/y). You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.\n")).toEqual({ body: "[Website](https://x.org) · [Twitter](https://t.co/y).\n", filled: 1, marks: 0, droppedLines: 0 });
    const footer = "[Website](https://x.org) | [Twitter](https://t.co/y) | unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}}\n";
    expect(fill(footer)).toEqual({ body: footer, filled: 0, marks: 0, droppedLines: 0 });
    // A long paragraph keeps its other sentences, wherever the placeholder's sentence sits in it.
    const [a, b] = ["Claude 3 tops the arena this week, ahead of GPT-4 by 12 points.", "Next week: the open-weights models, e.g. Llama 3 and Mistral, on the same tasks."];
    const u = "You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.";
    expect(fill(`${a} ${u} ${b}\n`).body).toBe(`${a} ${b}\n`);
    expect(fill(`${u} ${a}\n`).body).toBe(`${a}\n`);
    expect(fill(`**${a} ${u}**\n`).body).toBe(`**${a}**\n`);
    // Not plain words (a link, code, markup in the sentence), or not a sentence of its own: left as written.
    for (const kept of [`${a} See [the list](https://x.org) or unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}}.\n`, `${a} Run \`unsubscribe\` or {{{RESEND_UNSUBSCRIBE_URL}}}.\n`, `${a} <a href="{{{RESEND_UNSUBSCRIBE_URL}}}">Unsubscribe</a>\n`, `${a} and you can unsubscribe {{{RESEND_UNSUBSCRIBE_URL}}} (${b})\n`])
      expect(fill(kept), kept).toEqual({ body: kept, filled: 0, marks: 0, droppedLines: 0 });
  });

  const FULL = join(import.meta.dirname, "../../../../shared/fixtures/ainews-full-sample");
  if (!existsSync(FULL)) console.warn(`[mailTemplates] ${FULL} is absent: the fill of the 30 full AINews issues is not tested`);

  /**
   * What the fill should make of one real issue, worked out line by line apart from the code: the
   * lines it drops, each with its kind, and the others with their placeholders filled and the
   * editor-mode comment gone. The fixture's tags all stand alone on their lines.
   */
  const expectedFill = (name: string, source: string) => {
    // Each line with its line end: a dropped last line without one leaves the line before it its own.
    const withEnds = source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const lines = withEnds.map((l) => l.replace(/\n$/, ""));
    const kinds = new Map<number, string>();
    let branch: "web" | "mail" | undefined;
    lines.forEach((line, i) => {
      const tag = /^\{% (.*) %\}$/.exec(line)?.[1];
      if (tag !== undefined) {
        expect(["if medium == 'web'", "else", "endif"], `${name}:${i + 1}`).toContain(tag);
        branch = tag === "if medium == 'web'" ? "web" : tag === "else" ? "mail" : undefined;
        kinds.set(i, "template tag");
      } else if (branch === "mail") kinds.set(i, "mail branch");
      else if (/^You are receiving this email because /.test(line)) {
        // The mail's footer: this line to the unsubscribe line, the blank lines between them included.
        let end = i;
        for (let j = i; j < lines.length; j++) {
          kinds.set(j, "mail footer");
          end = j;
          if (/unsubscribe/i.test(lines[j])) break;
        }
        // With the rule before it (and the blank lines between), where a rule or the end follows.
        const isRule = (l: string | undefined) => l !== undefined && /^-{3,}\s*$/.test(l);
        let before = i - 1;
        while (before >= 0 && lines[before].trim() === "") before--;
        let after = end + 1;
        while (after < lines.length && lines[after].trim() === "") after++;
        if (isRule(lines[before]) && (after >= lines.length || isRule(lines[after]))) for (let j = before; j < i; j++) kinds.set(j, "rule before the footer");
      } else if (kinds.has(i)) return;
      else if (/^\[TOC\] ?$/.test(line)) {
        kinds.set(i, "[TOC] marker");
        let title = i - 1;
        while (title >= 0 && lines[title].trim() === "") title--;
        if (lines[title] === "**Table of Contents**") kinds.set(title, "Table of Contents title");
      }
    });
    const kept = withEnds
      .filter((_, i) => !kinds.has(i))
      .map((line) =>
        line
          .replace("<!-- buttondown-editor-mode: plaintext -->", "")
          // The pointer as the last sentence of a longer line: that sentence alone goes.
          .replace(/ The Table of Contents and Discord Summaries have been moved to the web version of this email: \[\{\{ email\.subject \}\}\]\(\{\{ email_url \}\}\)!(?=\n|$)/, "")
          .replaceAll("[{{ email.subject }}]({{ email_url }})", `[Claude \\[3\\] lands](${recap.path})`)
          .replaceAll("[unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})", "unsubscribe"),
      );
    return { body: kept.join(""), dropped: [...kinds.entries()].map(([i, kind]) => ({ kind, line: lines[i] })) };
  };

  it.skipIf(!existsSync(FULL))("fills every Buttondown template and mark of the 30 full AINews issues, dropping exactly the mail's lines and no other", () => {
    let filled = 0;
    const left: string[] = [];
    const tally: Record<string, number> = {};
    let counted = 0;
    for (const name of readdirSync(FULL).filter((f) => f.endsWith(".md"))) {
      const source = readFileSync(join(FULL, name), "utf8");
      const r = fill(source);
      expect(r.left, name).toBeUndefined();
      if (r.body !== source) filled++;
      for (const m of r.body.matchAll(/\{%[^%\n]{1,80}%\}|\{\{\{?[^{}\n]{1,80}?\}?\}\}/g)) left.push(`${name}: ${m[0]}`);
      // The body is the issue without exactly the expected lines: a content line dropped, or one
      // changed beyond its placeholders and the comment, fails here at its line.
      const expected = expectedFill(name, source);
      const [got, want] = [r.body.split(/(?<=\n)/), expected.body.split(/(?<=\n)/)];
      const first = Array.from({ length: Math.max(got.length, want.length) }, (_, i) => i).find((i) => got[i] !== want[i]);
      expect(first, first === undefined ? name : `${name}: result line ${first + 1} is ${JSON.stringify(got[first])}, expected ${JSON.stringify(want[first])}`).toBeUndefined();
      for (const { kind, line } of expected.dropped) {
        tally[kind] = (tally[kind] ?? 0) + 1;
        // The mail-only branches hold only what mail readers were told: blank lines, quote marks, pointers to the web version.
        if (kind === "mail branch") expect(line, name).toMatch(/^>?\s*$|web version|truncated for email|share with a friend/);
      }
      counted += r.droppedLines;
    }
    expect(filled).toBe(30);
    // What went, by kind, over the whole archive: the tags' own lines, the mail-only branches, the
    // ten footers of the mail (four lines each: a sentence, a blank line, a question, the
    // unsubscribe sentence), every [TOC] line with its title. (The lines pointing the mail's reader
    // to the web version are in the mail branches; one issue has that sentence outside them, at the
    // end of a longer line, which loses it above.)
    // Each footer sits after a rule, and before another or the end: the rule and the blank lines
    // after it go with it (one rule and three blank lines in nine issues, one and one in the tenth).
    expect(tally).toEqual({ "template tag": 80, "mail branch": 139, "mail footer": 40, "rule before the footer": 38, "[TOC] marker": 20, "Table of Contents title": 18 });
    // The fill's own count: the lines dropped, not the tags' lines.
    expect(counted).toBe(139 + 40 + 38 + 20 + 18);
    expect(left).toEqual([]);
  });
});
