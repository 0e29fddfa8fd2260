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
 * U+000E-U+001F), DEL and the C1 controls (U+007F-U+009F), and the noncharacters (U+FDD0-U+FDEF
 * and every code point ending in FFFE or FFFF). Allowed: every other character, including
 * right-to-left marks, zero-width joiners and emoji, which are real text.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;

/** Everywhere in a string, for stripping (the sanitiser) rather than refusing. */
export const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN.source, "g");

/** The first forbidden character of `text` and its position, or undefined. */
export function findForbiddenCharacter(text: string): { index: number; codePoint: string } | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  return { index: m.index, codePoint: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` };
}

/** The message for a forbidden character: what was found and what to do. */
export function forbiddenCharacterMessage(found: { codePoint: string }): string {
  const code = parseInt(found.codePoint.slice(2), 16);
  const name = code === 0 ? "a NUL character (U+0000)" : code <= 0x9f ? `the control character ${found.codePoint}` : `the noncharacter ${found.codePoint}`;
  return `contains ${name}, which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)`;
}
