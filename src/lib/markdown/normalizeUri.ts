/**
 * A link or image address percent-encoded as remark-rehype writes it (`normalizeUri` of
 * micromark-util-sanitize-uri 2): characters outside the URL-safe ASCII set are encoded as UTF-8,
 * a `%` already followed by two alphanumerics is kept, a lone surrogate becomes U+FFFD.
 *
 * markdown-it's own `normalizeLink` differs: it also turns international host names into
 * punycode and re-encodes some characters remark keeps. renderMarkdown.ts uses this one so that
 * every `href` and `src` is the one the site writes today.
 */
const SAFE = /[!#$&-;=?-Z_a-z~]/;
const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

export function normalizeUri(value: string): string {
  const result: string[] = [];
  let index = -1;
  let start = 0;
  let skip = 0;
  while (++index < value.length) {
    const code = value.charCodeAt(index);
    let replace = "";
    if (code === 37 && isAlphanumeric(value.charCodeAt(index + 1)) && isAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code < 128) {
      if (!SAFE.test(String.fromCharCode(code))) replace = String.fromCharCode(code);
    } else if (code > 55_295 && code < 57_344) {
      const next = value.charCodeAt(index + 1);
      if (code < 56_320 && next > 56_319 && next < 57_344) {
        replace = String.fromCharCode(code, next);
        skip = 1;
      } else {
        replace = "\uFFFD";
      }
    } else {
      replace = String.fromCharCode(code);
    }
    if (replace) {
      result.push(value.slice(start, index), encodeURIComponent(replace));
      start = index + skip + 1;
      replace = "";
    }
    if (skip) {
      index += skip;
      skip = 0;
    }
  }
  return result.join("") + value.slice(start);
}
