import { escapeHtml } from "../format/escapeHtml";
import { textWidth } from "../plots/renderPlot";
import { CARD_FONT_FAMILY } from "./cardFonts";

/** The size of every social image (Open Graph and Twitter's large card): 1200×630. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** One line of a card: a label, its value, and optionally a bar (0 to 1) drawn under it. */
export interface CardLine {
  label: string;
  /**
   * The label's version, drawn after it and kept when the line is too long: the label's name is
   * cut before it, so that a long benchmark name still says which version ranks the model.
   * @example "v4.0" // "Artificial Analysis Intellig… v4.0"
   */
  version?: string;
  /**
   * Which of the label's rows the value is, drawn after the label (`label · row`) and kept when
   * the line is too long: the label is cut first, the row only past two thirds of the room (`fitLine`).
   * @example "Apex2" // Claude Sonnet 4.5's best run of five on Terminal-Bench
   */
  row?: string;
  value: string;
  /**
   * The value's date, drawn under it in smaller, muted text, with the word the site puts before a
   * figure's date (`dateWord`): a rank without its day reads as today's.
   * @example "reported 6 March 2026"
   */
  date?: string;
  bar?: number;
}

/** What a social card shows. */
export interface SocialCard {
  /** Small line above the title, e.g. "benchdigest · leaderboard". */
  kicker: string;
  /** Wrapped to two lines at most, then cut with an ellipsis. */
  title: string;
  subtitle?: string;
  /** Five at most are drawn. */
  lines: readonly CardLine[];
  footer: string;
}

/** The cards' colours, the default social image's (/og-default.png) too: dark with the accent. */
const COLOURS = { bg: "#121417", fg: "#e7e9ee", muted: "#a3a9b6", accent: "#8ab4ff", track: "#333843" } as const;
const MARGIN = 72;
/** A line's date (`CardLine.date`): its font size, and the height it adds under the line. */
const DATE_SIZE = 22;
const DATE_LINE = 28;

/** Cuts `text` to fit `width` at `size`, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * A label and its version (`CardLine.version`) cut to `width` at `size`: the label is cut and the
 * version kept whole while half the label's width stays; past that, a reader knows the benchmark
 * better by more of its name than by its version, and both are cut as one.
 */
function fitLabel(label: string, version: string | undefined, width: number, size: number): string {
  if (version === undefined) return fitText(label, width, size);
  const whole = `${label} ${version}`;
  if (textWidth(whole, size) <= width) return whole;
  const room = width - textWidth(` ${version}`, size);
  return room >= textWidth(label, size) / 2 ? `${fitText(label, room, size)} ${version}` : fitText(whole, width, size);
}

/**
 * A line's label, version and row (`CardLine.row`) cut to `width` at `size`: the label gives way
 * first, so that what tells the value's row from the model's others stays readable ("Terminus 2,
 * medium" whole beside "Artificial Analysis Intelligence Index v4.0" on a model's card), and its
 * version stays (`fitLabel`); the row is cut only past two thirds of the width, so that the label
 * keeps a few words too.
 */
export function fitLine(line: Pick<CardLine, "label" | "version" | "row">, width: number, size: number): string {
  if (line.row === undefined) return fitLabel(line.label, line.version, width, size);
  const row = ` · ${fitText(line.row, (width * 2) / 3 - textWidth(" · ", size), size)}`;
  return `${fitLabel(line.label, line.version, width - textWidth(row, size), size)}${row}`;
}

/** Splits `text` into at most `max` lines that fit `width` at `size`; the last one cut with an ellipsis if needed. */
export function wrapText(text: string, width: number, size: number, max = 2): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (!current || textWidth(next, size) <= width) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= max) return lines.map((line) => fitText(line, width, size));
  return [...lines.slice(0, max - 1), fitText(lines.slice(max - 1).join(" "), width, size)];
}

const text = (x: number, y: number, size: number, fill: string, content: string, extra = "") =>
  `<text x="${x}" y="${y}" font-family="${CARD_FONT_FAMILY}" font-size="${size}" fill="${fill}"${extra}>${escapeHtml(content)}</text>`;

/** The opening of every card's SVG: the root element, the dark background and the accent band at the top. */
function cardFrame(): string[] {
  const { width, height } = CARD_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.bg}"/>`,
    `<rect width="${width}" height="10" fill="${COLOURS.accent}"/>`,
  ];
}

/**
 * A social image as SVG, 1200×630: kicker, title (two lines at most), subtitle, up to five lines
 * of label and value (with a bar and a date under the value when given), and a footer. Plain SVG written as a string (no
 * styles, one font family), rendered to PNG at build time (src/integrations/renderPlotPng.ts).
 * Pure and deterministic; every text is escaped.
 */
export function socialCardSvg(card: SocialCard): string {
  const { width, height } = CARD_SIZE;
  const inner = width - 2 * MARGIN;
  const out: string[] = [...cardFrame(), text(MARGIN, 78, 26, COLOURS.accent, fitText(card.kicker, inner, 26))];
  const titleLines = wrapText(card.title, inner, 56);
  titleLines.forEach((line, i) => out.push(text(MARGIN, 150 + i * 66, 56, COLOURS.fg, line, ` font-weight="bold"`)));
  let y = 150 + (titleLines.length - 1) * 66 + 50;
  if (card.subtitle) {
    out.push(text(MARGIN, y, 28, COLOURS.muted, fitText(card.subtitle, inner, 28)));
    y += 28;
  }
  const lines = card.lines.slice(0, 5);
  // A dated line is taller by its date's line (below its bar, when it has one), taken from the room the lines share.
  const dateRoom = (line: CardLine) => (line.date === undefined ? 0 : DATE_LINE + (line.bar === undefined ? 0 : 16));
  const room = height - 90 - (y + 20) - lines.reduce((sum, line) => sum + dateRoom(line), 0);
  const step = lines.length > 0 ? Math.min(70, room / lines.length) : 0;
  let top = y + 20;
  for (const line of lines) {
    const valueWidth = textWidth(line.value, 30);
    out.push(text(MARGIN, top + 30, 30, COLOURS.fg, fitLine(line, inner - valueWidth - 24, 30)));
    out.push(text(width - MARGIN, top + 30, 30, COLOURS.fg, line.value, ` text-anchor="end" font-weight="bold"`));
    if (line.bar !== undefined) {
      const bar = Math.max(0, Math.min(1, line.bar));
      out.push(`<rect x="${MARGIN}" y="${top + 42}" width="${inner}" height="8" rx="4" fill="${COLOURS.track}"/>`);
      out.push(`<rect x="${MARGIN}" y="${top + 42}" width="${Math.round(inner * bar * 100) / 100}" height="8" rx="4" fill="${COLOURS.accent}"/>`);
    }
    if (line.date !== undefined) out.push(text(width - MARGIN, top + 30 + dateRoom(line), DATE_SIZE, COLOURS.muted, fitText(line.date, inner, DATE_SIZE), ` text-anchor="end"`));
    top += step + dateRoom(line);
  }
  out.push(text(MARGIN, height - 48, 24, COLOURS.muted, fitText(card.footer, inner, 24)));
  out.push(`</svg>`);
  return out.join("\n");
}

/** What the site's default social image shows: its name, its description and its host. */
export interface SiteCard {
  /** SITE.title. */
  title: string;
  /** SITE.description, wrapped to four lines at most. */
  description: string;
  /** The host the site is published at, `news.example.com`. */
  host: string;
}

/**
 * The default social image (/og-default.png) as SVG, 1200×630: the site's title (two lines at
 * most), its description (four at most, the last cut with an ellipsis) and its host, in the
 * cards' colours. Drawn from the site's config at every build, so that it names the site it is on;
 * `siteCardAlt` says the same in words.
 */
export function siteCardSvg(card: SiteCard): string {
  const { width, height } = CARD_SIZE;
  const inner = width - 2 * MARGIN;
  const out: string[] = cardFrame();
  const titleLines = wrapText(card.title, inner, 80);
  titleLines.forEach((line, i) => out.push(text(MARGIN, 190 + i * 92, 80, COLOURS.fg, line, ` font-weight="bold"`)));
  const top = 190 + (titleLines.length - 1) * 92 + 80;
  wrapText(card.description, inner, 34, 4 - (titleLines.length - 1)).forEach((line, i) => out.push(text(MARGIN, top + i * 46, 34, COLOURS.muted, line)));
  out.push(text(MARGIN, height - 56, 28, COLOURS.accent, fitText(card.host, inner, 28)));
  out.push(`</svg>`);
  return out.join("\n");
}

/** The text alternative of the default social image: what `siteCardSvg` draws, in words. */
export function siteCardAlt(card: Pick<SiteCard, "title" | "description">): string {
  return card.description.trim() ? `${card.title}: ${card.description.trim()}` : card.title;
}
