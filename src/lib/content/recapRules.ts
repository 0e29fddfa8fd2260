/**
 * The rules a recap must meet beyond its frontmatter schema, shared by the build (the recap
 * loader, src/integrations/recapLoader.ts) and `npm run check`, so both refuse the same recaps
 * with the same `file:line` messages:
 *
 * - its URL slug fits a folder name (`MAX_SLUG_BYTES`), and so does each of its tags' slugs;
 * - its URL is not one the archive makes (`archiveRouteAt`): `/recaps/2026/` or `/recaps/2026/02/`;
 * - it is not dated in the future (below);
 * - a warning when a published recap still holds what `npm run new` leaves to fill in: an empty
 *   description (its page, lists, feeds, search results and link previews would show none) or the
 *   placeholder body;
 * - a warning when its URL starts with a day (`2026-03-13-...`, from its file name or slug) more
 *   than a day away from its date: the page would sit at one date's URL and be dated, sorted and
 *   fed as another (a day apart is a send time in another time zone, as imports find).
 *
 * Future dates, the one rule: a recap that is not a draft and whose date is more than a day after
 * the moment of the build (or of the check) is refused, by both. Published, it would sit at the top
 * of the home page and first in every feed (dated 2099, for ever); a day of slack keeps time zones
 * from tripping a recap dated today. A draft may have any date (the check warns: set the real date
 * before publishing). Scheduling a recap is done by keeping it a draft until its day.
 */
import type { RecapData } from "../../schemas/recap";
import { MAX_SLUG_BYTES, utf8Length } from "../../schemas/limits";
import { parseDateCell } from "../../schemas/cells";
import { TAG_TYPES } from "../../schemas/tagAlias";
import type { Finding } from "../check/findings";
import { archiveRouteAt } from "../routes/paths";
import { PLACEHOLDER_BODY_START } from "../editor/newRecap";
import { frontmatterLine } from "./frontmatterLines";
import { tagSlug } from "./tags";
import { FUTURE_SLACK_MS } from "../../schemas/limits";

export { FUTURE_SLACK_MS };

/** How many days a recap's date may be from the day its file name says: a send time in another time zone (the import allows the same). */
export const TIME_ZONE_DAYS = 1;

/**
 * Whole days from `a` to `b` (both YYYY-MM-DD, UTC).
 * @example daysBetween("2026-02-13", "2025-02-13") // -365
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}


/** A recap with valid frontmatter, as the rules read it. */
export interface RecapForRules {
  /** Its URL slug (`recapId`): the `slug` field, or the path under content/recaps/. */
  id: string;
  data: RecapData;
  /** Path shown in messages. */
  file: string;
  /** The file's text, for line numbers. */
  source: string;
}

/**
 * Every rule above that `recap` breaks, as findings: errors the build refuses too, and one warning
 * (a draft dated in the future). `now` is the moment of the build or check.
 */
export function recapRuleFindings(recap: RecapForRules, now: Date): Finding[] {
  const { id, data, file, source } = recap;
  const findings: Finding[] = [];
  const slugLine = data.slug ? frontmatterLine(source, ["slug"]) : 1;
  const from = data.slug ? "its slug field" : "its file name";
  const slugField = data.slug ? "slug" : undefined;

  const long = id.split("/").find((segment) => utf8Length(segment) > MAX_SLUG_BYTES);
  if (long !== undefined) {
    findings.push({ file, line: slugLine, field: slugField, severity: "error", code: "slug-too-long", message: `the URL slug ${JSON.stringify(long.slice(0, 40) + "…")} (from ${from}) is ${utf8Length(long)} characters long; slugs may have at most ${MAX_SLUG_BYTES} (see "Limits" in docs/data-format.md); shorten it` });
  }

  const route = archiveRouteAt(id);
  if (route !== undefined) {
    findings.push({ file, line: slugLine, field: slugField, severity: "error", code: "slug-is-archive-route", message: `the URL /recaps/${id}/ (from ${from}) is where the archive lives: ${route}; the recap would vanish behind it. Give it another ${data.slug ? "slug" : "file name"}, such as one starting with its date` });
  }

  for (const type of TAG_TYPES) {
    data[type].forEach((tag, i) => {
      const slug = tagSlug(tag);
      if (utf8Length(slug) > MAX_SLUG_BYTES) {
        findings.push({ file, line: frontmatterLine(source, [type, i]), field: type, severity: "error", code: "slug-too-long", message: `the tag ${JSON.stringify(tag.slice(0, 40) + (tag.length > 40 ? "…" : ""))} makes a URL slug of ${utf8Length(slug)} characters; tag slugs may have at most ${MAX_SLUG_BYTES} (see "Limits" in docs/data-format.md); shorten it` });
      }
    });
  }

  const named = /^\d{4}-\d{2}-\d{2}(?=-|$)/.exec(id.split("/").pop() ?? "")?.[0];
  const dated = data.date.toISOString().slice(0, 10);
  // A name such as 2026-02-30 is no day (though Date.parse reads it as 1 March): nothing to compare.
  const days = named !== undefined && parseDateCell(named).ok ? daysBetween(named, dated) : 0;
  if (Math.abs(days) > TIME_ZONE_DAYS) {
    findings.push({
      file,
      line: frontmatterLine(source, ["date"]),
      field: "date",
      severity: "warning",
      code: "date-off-name",
      message: `the date ${dated} is ${Math.abs(days)} days ${days < 0 ? "before" : "after"} the ${named} of ${from}: the page's URL says one day while the site dates, sorts and feeds it by the other; fix the date, or rename the ${data.slug ? "slug" : "file"} (its old URL can stay in redirect_from)`,
    });
  }

  // An empty description is the unfilled field of `npm run new`'s template (a recap without the
  // field is an editor's choice, as in many imported archives, and is not warned of).
  if (!data.draft && data.description === "") {
    findings.push({
      file,
      line: frontmatterLine(source, ["description"]),
      field: "description",
      severity: "warning",
      code: "empty-description",
      message: `the description is empty: the recap's page, the recap lists, feeds, search results and link previews show none; write one or two sentences, or delete the field`,
    });
  }
  if (!data.draft) {
    const placeholder = source.split(/\r\n|\r|\n/).findIndex((l) => l.trimStart().startsWith(PLACEHOLDER_BODY_START));
    if (placeholder >= 0) {
      findings.push({
        file,
        line: placeholder + 1,
        severity: "warning",
        code: "placeholder-body",
        message: `the recap is published with the placeholder text \`npm run new\` wrote ("${PLACEHOLDER_BODY_START}..."); replace it with the recap, or keep "draft: true" until it is written`,
      });
    }
  }
  if (data.date.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    const day = data.date.toISOString().slice(0, 10);
    findings.push({
      file,
      line: frontmatterLine(source, ["date"]),
      field: "date",
      severity: data.draft ? "warning" : "error",
      code: "future-date",
      message: data.draft
        ? `the date ${day} is in the future; fine for a draft, but set the real date before publishing`
        : `the date ${day} is in the future, and the recap is not a draft: it would be published now, first in every feed, with that date; fix the date, or add "draft: true" until that day`,
    });
  }
  return findings;
}
