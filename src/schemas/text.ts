/**
 * Characters that input text may not carry: the ones HTML calls parse errors or forbids in
 * documents and XML 1.0 (the feeds) cannot hold at all. A NUL in a title made the Nu checker fail
 * the page and feed readers drop the feed.
 *
 * Refused, not stripped: a control character in a title, tag or CSV cell is almost always a
 * copy-and-paste accident, and removing it quietly could join two words or hide a corrupted
 * file. The editor gets `file:line`, the field and the character's code point, and fixes the text.
 *
 * Refused: C0 controls except tab, line feed and carriage return (U+0000-U+0008, U+000B, U+000C,
 * U+000E-U+001F), DEL and the C1 controls (U+007F-U+009F), the noncharacters (U+FDD0-U+FDEF
 * and every code point ending in FFFE or FFFF), lone surrogates (half of a character, which a
 * YAML escape such as "\ud800" can write), and directional formatting characters left open.
 * Allowed: every other character, including right-to-left marks, balanced embeddings, zero-width
 * joiners and emoji, which are real text.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Everywhere in a string, for stripping (the sanitiser) rather than refusing. */
export const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN.source, "g");

/** The first forbidden character of `text` and its position, or undefined. */
export function findForbiddenCharacter(text: string): { index: number; codePoint: string } | undefined {
  const m = FORBIDDEN.exec(text);
  if (m) return { index: m.index, codePoint: codePointOf(m[0]) };
  return unclosedBidi(text);
}

const codePointOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * A directional embedding, override or isolate (U+202A-U+202E, U+2066-U+2068) that the text does
 * not close (U+202C, U+2069): it runs on into whatever the page or the feed writes after the text,
 * so that a title's `\u202E` showed the site's name after it reversed in `<title>`, the feeds and
 * the email subject (found in review). Balanced ones are real text and allowed. The first opener
 * left open, or a closer with nothing to close.
 */
function unclosedBidi(text: string): { index: number; codePoint: string } | undefined {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return undefined;
  // Each closer closes its own kind: U+202C an embedding or override, U+2069 an isolate.
  const open: number[] = [];
  const isIsolate = (c: number) => c >= 0x2066 && c <= 0x2068;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x202a && c <= 0x202b) || (c >= 0x202d && c <= 0x202e) || isIsolate(c)) open.push(i);
    else if (c === 0x202c || c === 0x2069) {
      const last = open.at(-1);
      if (last === undefined || isIsolate(text.charCodeAt(last)) !== (c === 0x2069)) return { index: i, codePoint: codePointOf(text[i]) };
      open.pop();
    }
  }
  return open.length ? { index: open[0], codePoint: codePointOf(text[open[0]]) } : undefined;
}

/** The message for a forbidden character: what was found and what to do. */
export function forbiddenCharacterMessage(found: { codePoint: string }): string {
  const code = parseInt(found.codePoint.slice(2), 16);
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return `contains the directional formatting character ${found.codePoint} without its pair: left open (or closing nothing), it turns around the text pages and feeds write after it (the site's name in the page title); close it with U+202C (U+2069 for an isolate) or delete it`;
  }
  const name = code === 0 ? "a NUL character (U+0000)" : code <= 0x9f ? `the control character ${found.codePoint}` : code >= 0xd800 && code <= 0xdfff ? `half of a character (the lone surrogate ${found.codePoint})` : `the noncharacter ${found.codePoint}`;
  return `contains ${name}, which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)`;
}
