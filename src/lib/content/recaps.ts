/** The fields of a recap entry the list helpers need. */
export interface RecapLike {
  id: string;
  data: { date: Date; draft: boolean; title: string };
}

/**
 * Recaps newest first, without drafts unless `includeDrafts` (true in `npm run dev`). This is the
 * one place drafts are filtered. Same-day recaps are ordered by id so the order is stable.
 */
export function getSortedRecaps<T extends RecapLike>(recaps: readonly T[], { includeDrafts = false } = {}): T[] {
  return recaps
    .filter((r) => includeDrafts || !r.data.draft)
    .slice()
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || b.id.localeCompare(a.id));
}

/** Reading time in whole minutes at 230 words a minute (at least 1), of a Markdown source; code blocks are not counted. */
export function readingMinutes(markdown: string): number {
  return minutesFor(countWords(markdown.replace(/```[\s\S]*?```/g, " ")));
}

/**
 * Reading time of a recap rendered to HTML (a `.md` recap keeps only its HTML in the content
 * store, see recapLoader.ts): the words of its text, without tags, code blocks and link targets.
 */
export function readingMinutesOfHtml(html: string): number {
  return minutesFor(wordsOfHtml(html));
}

/**
 * The words of `html` outside its tags and `<pre>` blocks: what
 * `countWords(html.replace(/<pre[\s>][\s\S]*?<\/pre>/g, " ").replace(/<[^>]*>/g, " "))` counts, in one
 * pass without the two copies of the HTML (on the 700 full-size issues, 0.7 s instead of 1.9 s;
 * the same count for every one of them: recaps.test.ts). The same for well-formed HTML, such as the
 * sanitiser writes (text escaped); a bare `<` in text before a `<pre>` may end up counted otherwise.
 */
export function wordsOfHtml(html: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      // `<pre` and a space or `>`: to the next `</pre>`, if there is one.
      if (html.startsWith("pre", i + 1)) {
        const after = html.charCodeAt(i + 4);
        const end = after === 62 || isSpace(after) ? html.indexOf("</pre>", i + 4) : -1;
        if (end !== -1) {
          i = end + 5;
          inWord = false;
          continue;
        }
      }
      // A tag, to its `>`; a `<` with none after it is text.
      const close = html.indexOf(">", i + 1);
      if (close !== -1) {
        i = close;
        inWord = false;
        continue;
      }
    }
    const space = c > 32 && c < 127 ? false : isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The runs of non-space characters in `text` (what `text.split(/\s+/).filter(Boolean).length`
 * counts), in one pass without making a string per word: the content sync counts the words of
 * 170 MB of HTML on the 700 full-size issues, and the split took 2.3 s of the main thread.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c > 32 && c < 127 ? false : isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
const minutesFor = (words: number) => Math.max(1, Math.round(words / 230));
