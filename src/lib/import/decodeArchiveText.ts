/**
 * How an archive's bytes become text. Archives come from many tools and years; a file saved in
 * Latin-1 or UTF-16 read as UTF-8 turns each accented letter into U+FFFD, silently. So the import
 * decodes strictly: valid UTF-8 (with or without a byte-order mark) is read as it is; anything
 * else is refused with where the first bad byte is, unless the editor names the encoding to read
 * it with (`--encoding windows-1252`), and then the report says so for that file.
 *
 * Other encodings are decoded with iconv-lite: Node 20's TextDecoder reads "windows-1252" as
 * ISO-8859-1 (0x80 becomes U+0080, not €), which would be a silent misreading of its own.
 */
import iconv from "iconv-lite";
import { hexBytes, invalidUtf8Runs } from "../encoding/invalidUtf8Runs";

/** Encodings the import can be told to read non-UTF-8 files with (WHATWG labels). */
export const ARCHIVE_ENCODINGS = ["windows-1252", "iso-8859-15", "utf-16le", "utf-16be"] as const;
/** One of `ARCHIVE_ENCODINGS`. */
export type ArchiveEncoding = (typeof ARCHIVE_ENCODINGS)[number];

/** The text of a file or name, or why it could not be read. */
export type Decoded =
  | { ok: true; text: string; /** The encoding used when it was not UTF-8. */ decodedFrom?: ArchiveEncoding }
  | { ok: false; /** 1-based line and column (in bytes) of the first byte that is not UTF-8. */ line: number; column: number; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1 (encoding/invalidUtf8Runs.ts). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (const run of invalidUtf8Runs(bytes)) return run.at;
  return -1;
}

/**
 * Decodes a file's bytes: UTF-8 (a byte-order mark is dropped), else with `fallback` when the
 * editor gave one, else a problem naming the line, column and bytes of the first invalid sequence
 * and what to do. A UTF-16 byte-order mark is recognised and named.
 * @example decodeArchiveBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { ok: false, line: 1, column: 4, ... }
 */
export function decodeArchiveBytes(bytes: Uint8Array, fallback?: ArchiveEncoding): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: fall through to the editor's encoding, or to the problem.
  }
  if (fallback) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fallback);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, decodedFrom: fallback };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const which = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { ok: false, line: 1, column: 1, message: `the file is UTF-16 (its byte-order mark says ${which}), not UTF-8; save it as UTF-8, or import with --encoding ${which}` };
  }
  const at = Math.max(0, firstInvalidUtf8(bytes));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] !== 10) continue;
    line++;
    lineStart = i + 1;
  }
  const bad = bytes.subarray(at, Math.min(bytes.length, at + 2));
  const asLatin1 = iconv.decode(Buffer.from(bytes.subarray(lineStart, Math.min(bytes.length, at + 12))), "windows-1252").split("\n")[0];
  return {
    ok: false,
    line,
    column: at - lineStart + 1,
    message: `not UTF-8: byte ${hexBytes(bad.subarray(0, 1))} at column ${at - lineStart + 1} is not valid UTF-8 (read as Windows-1252 the line starts ${JSON.stringify(asLatin1)}); save the file as UTF-8, or import with --encoding windows-1252 (or the encoding it was written in) to convert it`,
  };
}

/**
 * Decodes a file name read from the disk as bytes. A name that is not UTF-8 is refused unless an
 * encoding is given, like a body; the message shows the name with its odd bytes escaped (`caf\xE9.md`),
 * which is how the editor can find it in a listing.
 */
export function decodeArchiveName(bytes: Uint8Array, fallback?: ArchiveEncoding): Decoded & { shown: string } {
  const decoded = decodeArchiveBytes(bytes, fallback);
  if (decoded.ok) return { ...decoded, shown: decoded.text };
  const shown = [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
  return {
    ok: false,
    line: 1,
    column: decoded.column,
    message: `the file name ${JSON.stringify(shown)} is not UTF-8 (byte ${hexBytes(bytes.subarray(decoded.column - 1, decoded.column))} at position ${decoded.column}); rename the file, or import with --encoding windows-1252 (or the encoding the name was written in)`,
    shown,
  };
}
