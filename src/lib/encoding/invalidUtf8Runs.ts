/**
 * Where bytes stop being UTF-8. TextDecoder only says that some sequence is invalid, not where;
 * the messages for a file that is not UTF-8 (a CSV cell saved as Latin-1, an archive in
 * Windows-1252) must name the line, the column or the cell, so that an editor can find the
 * character.
 */

/** One run of bytes that is not UTF-8: where it starts and how many bytes it has. */
export interface InvalidUtf8Run {
  /** Offset of the run's first byte. */
  at: number;
  /** Bytes in the run (1 to 3). */
  length: number;
}

/**
 * Every run of bytes that is not well-formed UTF-8, in order. A run is what the WHATWG decoder
 * (TextDecoder without `fatal`) replaces with one U+FFFD: a lead byte and the continuation bytes
 * that still fitted it, or a byte that can start nothing. Each U+FFFD of the lenient decoding is
 * then one run, in the same order, which lets a caller find a run in the decoded text. A generator,
 * so that a caller wanting only the first run reads no further.
 * @example [...invalidUtf8Runs(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))] // [{ at: 3, length: 1 }]
 */
export function* invalidUtf8Runs(bytes: Uint8Array): Generator<InvalidUtf8Run> {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead needs, and the range its first one must fall in (which
    // refuses overlong forms, surrogates and code points past U+10FFFF).
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) [need, low, high] = [2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [need, low, high] = [3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    else {
      yield { at: i, length: 1 };
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need && i + k < bytes.length; k++) {
      const c = bytes[i + k];
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) break;
    }
    if (k <= need) yield { at: i, length: k };
    i += k;
  }
}

/**
 * Bytes as `0xE9 0x74`, for messages.
 * @example hexBytes(new Uint8Array([0xe9])) // "0xE9"
 */
export function hexBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
}
