/**
 * The character classes of micromark (micromark-util-character 2), which remark uses to parse
 * Markdown, for the markdown-it plugins that reproduce remark-gfm's output (renderMarkdown.ts).
 *
 * micromark reads text as UTF-16 code units (`charCodeAt`), so an emoji is two surrogates that
 * are neither punctuation nor whitespace; these functions take the same code units. `undefined`
 * stands for micromark's end of input.
 */

/** A UTF-16 code unit, or `undefined` at the end of the input. */
export type Code = number | undefined;

const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

/** `A-Z`, `a-z`. */
export const asciiAlpha = (code: Code): boolean => code !== undefined && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));

/** `0-9`, `A-Z`, `a-z`. */
export const asciiAlphanumeric = (code: Code): boolean => code !== undefined && ((code >= 48 && code <= 57) || asciiAlpha(code));

/** C0 controls and DEL (micromark counts tab and line endings as controls too). */
export const asciiControl = (code: Code): boolean => code !== undefined && (code < 32 || code === 127);

/** Tab, line feed, carriage return, space. */
export const markdownLineEndingOrSpace = (code: Code): boolean => code === 9 || code === 10 || code === 13 || code === 32;

/** Unicode punctuation or symbol (CommonMark 0.31). */
export const unicodePunctuation = (code: Code): boolean => code !== undefined && PUNCTUATION.test(String.fromCharCode(code));

/** Unicode whitespace (`\s`). */
export const unicodeWhitespace = (code: Code): boolean => code !== undefined && WHITESPACE.test(String.fromCharCode(code));

/** Whitespace of any kind, or the end of input (micromark's "character group whitespace"). */
export const whitespaceOrEnd = (code: Code): boolean => code === undefined || markdownLineEndingOrSpace(code) || unicodeWhitespace(code);
