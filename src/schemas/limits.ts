/**
 * Limits on input, in one place: `npm run check` and the build refuse input beyond them with
 * `file:line` and the limit, before it can crash the build or take its memory. Each is documented
 * for editors in docs/data-format.md ("Limits"). They are far above anything a real newsletter or
 * benchmark table needs (the largest real AINews issue is about 250 KB; Epoch's largest results
 * file about 700 rows).
 */

/**
 * The longest slug, in bytes of UTF-8: a recap's slug (its file name or `slug:`), a tag's, a
 * lab's, and a model's or benchmark's id: each is a URL segment. Each becomes a folder name in the built site,
 * and file systems refuse names over 255 bytes (a 299-character slug ended the build with
 * ENAMETOOLONG). 100 bytes is 100 ASCII characters, or about 33 characters of Chinese or Japanese.
 */
export const MAX_SLUG_BYTES = 100;

/**
 * The largest number a CSV cell may hold. Above it a figure is a typo or an attack: the largest
 * double (`1.7976931348623157e308`) became "Infinity" on the page once multiplied, and plots of
 * such values are empty. 10^15 is a million billion: more tokens, dollars or points than any
 * benchmark reports.
 */
export const MAX_NUMBER = 1e15;

/**
 * The smallest non-zero number a CSV cell may hold. Below it a figure is not representable as
 * written (`1e-400` reads as 0) or would show as 0 on every page.
 */
export const MIN_NONZERO_NUMBER = 1e-9;

/**
 * The largest recap file, in bytes. The largest real AINews issue is 365 KB (of the 30 full-size
 * issues in ../shared/fixtures/ainews-full-sample). Measured with `npm run build`'s process tree
 * on the minimal site (bench/largeRecapBuild.ts, docs/performance.md, "Large recaps"), 8 MiB
 * recaps rendered by the site's Markdown renderer peak at 0.7 GB (newsletter prose) to 1.35 GB
 * (one table of 200,000 rows), with or without raw HTML, since long tables are parsed a slice of
 * rows at a time (src/lib/markdown/longTables.ts) and long documents a piece of blocks at a time
 * (src/lib/markdown/documentPieces.ts), and a feed prepares a long body a piece at a time
 * (src/lib/html/htmlPieces.ts). Before them the 8 MB table took 2.43 GB, and 8 MB of short tables
 * 1.9 GB. A recap that Astro's pipeline renders has a smaller limit, `MAX_PIPELINE_RECAP_BYTES`.
 */
export const MAX_RECAP_BYTES = 8 * 1024 * 1024;

/**
 * The largest recap that Astro's unified pipeline renders: an `.mdx` recap with components, a
 * Markdown recap with a local image, or any recap with BENCHDIGEST_FAST_MARKDOWN=0
 * (src/lib/content/recapPipeline.ts). There a table costs most: an `.mdx` recap with one
 * component peaks at 1.14 GB with a 512 KiB table, 1.85 GB with a 1 MiB one; of prose, at 0.9 GB
 * at 1 MiB, 1.19 GB at 1.5 MiB, 1.56 GB at 2 MiB and 2.67 GB at 4 MiB. 1.4 times the largest real
 * issue: a longer recap with a component can keep its long part in a Markdown recap.
 */
export const MAX_PIPELINE_RECAP_BYTES = 512 * 1024;

/**
 * The most rows one CSV may have, and the most result rows of every results file together. Each
 * result row becomes an entry of the build's content store and a row on its model's page: 150,000
 * rows took the build to 5.3 GB; 20,000 rows (on three models, the worst case for the model pages)
 * build in 1.1 GB. The real publisher files have hundreds of rows (Epoch's largest: about 700).
 */
export const MAX_CSV_ROWS = 20_000;
export const MAX_RESULT_ROWS = 20_000;

/**
 * The largest CSV file, in bytes: refused before it is parsed, so that a huge file cannot take the
 * memory of the check or the build before the row limit is reached.
 */
export const MAX_CSV_BYTES = 8 * 1024 * 1024;

/**
 * The largest PNG a feed image may be, in pixels per side and in total: an inline SVG declaring
 * `width="8000" height="8000"` (200 bytes) took the build from 350 MB to 2.4 GB when rasterised.
 * Larger SVGs are scaled down to fit, keeping their proportions.
 */
export const MAX_RASTER_SIDE = 2400;
export const MAX_RASTER_PIXELS = 2400 * 1600;

/** The UTF-8 length of a string, without allocating its bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** How far ahead of now a recap or a figure may be dated (time zones): a day. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
