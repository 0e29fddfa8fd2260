import { openWeightsDispute, releasedDispute } from "../models/catalogDisputes";
import { dateWord, formatDate } from "../format/formatDate";
import { formatScore } from "../format/formatNumber";
import { sourceHost } from "../format/sourceHost";
import type { Board } from "../leaderboard/buildBoard";
import { entryName, rowDistinction } from "../leaderboard/boardCells";
import { latestDate } from "../leaderboard/latestDate";
import { runsOf } from "../format/runsOf";
import type { ModelLike } from "../leaderboard/types";
import type { CardLine, SocialCard } from "../share/socialCard";
import { plural } from "../format/plural";

/** Where a card comes from: the site's name and host, for the kicker and the footer. */
export interface CardSite {
  title: string;
  host: string;
}


/**
 * A leaderboard's social card: the board's name and version, how many models it ranks and its
 * newest report, the top five with their scores and bars (relative to the leader, the board's
 * way round), each named as in the table (`entryName`: two rows of one model differ by setting,
 * snapshot or the name as the source wrote it), and the publisher. A `partial` board (an import
 * left rows out of it) says that it ranks the models registered here, as its page does (in the
 * kicker: the subtitle's date would not fit beside it).
 */
export function leaderboardCard(board: Board, site: CardSite, partial = false): SocialCard {
  const b = board.benchmark;
  const latest = latestDate(board);
  const top = board.entries.slice(0, 5);
  const best = top[0]?.score.value;
  const bar = (v: number) => (best === undefined || best <= 0 || v <= 0 ? 0 : b.direction === "higher" ? v / best : best / v);
  return {
    kicker: `${site.title} · leaderboard${partial ? " · registered models only" : ""}`,
    title: `${b.name} ${b.version}`,
    subtitle: `${runsOf(board.entries.map((e) => e.model), "ranked ")}${latest ? ` · ${latest.word} ${formatDate(latest.date)}` : ""}`,
    lines: top.map((e) => ({ label: `${e.rank}. ${entryName(e)}`, value: formatScore(e.score.value, b.unit), bar: bar(e.score.value) })),
    footer: boardFooter(b.source_url, site.host),
  };
}

/**
 * A board card's last line: where the board's figures come from, then the site. A benchmark
 * published on the site itself is named once (`Source: host`), not `Source: host · host`.
 */
function boardFooter(sourceUrl: string | undefined, host: string): string {
  if (!sourceUrl) return host;
  const source = sourceHost(sourceUrl);
  return source === host.replace(/^www\./, "") ? `Source: ${host}` : `Source: ${source} · ${host}`;
}

/**
 * A model's social card: name, lab, weights and release, then its rank and score on the newest
 * version of each benchmark that ranks it (the headline benchmark first, five at most), and how
 * many recaps mention it. `boards` in reading order (newest version of each benchmark first).
 * The headline figure carries its date, as the model page's headline does ("reported 6 March
 * 2026", "as of" for a publisher's table's date): a board's newest day can be long past (LMArena's
 * history ends in 2025), and a bare rank reads as today's. The other lines are undated, as on the
 * page, where each benchmark's reports table dates them; five dates would not fit the card.
 * Where a board ranks several rows of the model (settings, snapshots), the line shows its best
 * and says which it is as the board does (`rowDistinction`, which `entryName` puts after the
 * model's name): a reader finds the score on the board. On a board that an import left rows out
 * of (`partial`: its page says it is partial, src/lib/leaderboard/leftOutNote.ts), the rank is
 * among the models registered here (`rank 2 of 67 registered`), not the publisher's: a card is
 * read without the page's note.
 */
export function modelCard(model: ModelLike, boards: readonly Board[], recapCount: number, site: CardSite, headlineId?: string, partial: (board: Board) => boolean = () => false): SocialCard {
  const seen = new Set<string>();
  const rows: { board: Board; line: CardLine }[] = [];
  for (const board of boards) {
    const b = board.benchmark;
    // Entries are best first: the model's first is its best row.
    const own = board.entries.filter((e) => e.model.id === model.id);
    const entry = own[0];
    if (!entry || seen.has(b.id)) continue;
    seen.add(b.id);
    const row = own.length > 1 ? rowDistinction(entry) : undefined;
    const date = b.id === headlineId ? { date: `${dateWord(entry.score)} ${formatDate(entry.score.date)}` } : {};
    rows.push({ board, line: { label: b.name, version: b.version, ...(row !== undefined && { row }), value: `${formatScore(entry.score.value, b.unit)} · rank ${entry.rank} of ${board.entries.length}${partial(board) ? " registered" : ""}`, ...date } });
  }
  rows.sort((x, y) => Number(y.board.benchmark.id === headlineId) - Number(x.board.benchmark.id === headlineId));
  return {
    kicker: `${site.title} · model`,
    title: model.name,
    // A fact the catalog gives two ways says so here too (catalogDisputes.ts).
    subtitle: `${model.lab} · ${model.open_weights ? "open weights" : "closed weights"}${openWeightsDispute(model) ? " (disputed)" : ""} · ${model.released ? `released ${formatDate(model.released)}${releasedDispute(model) ? " (disputed)" : ""}` : "release date not recorded"}`,
    lines: rows.slice(0, 5).map((r) => r.line),
    footer: `${recapCount === 0 ? "No recap mentions it yet" : `${plural(recapCount, "recap")} ${recapCount === 1 ? "mentions" : "mention"} it`} · ${site.host}`,
  };
}
