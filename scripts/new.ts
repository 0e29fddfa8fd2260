/**
 * `npm run new -- "Claude Sonnet 4.6 lands" [--date 2026-02-17] [--md] [--slug s] [--models a,b]
 * [--companies a,b] [--topics a,b] [--people a,b] [--publish] [--root <dir>]`: creates
 * content/recaps/<date>-<slug>.mdx (or .md) with complete frontmatter, as a draft, and prints its
 * path. Refuses to overwrite a recap with the same date and slug, or to write one whose page
 * (`/recaps/<id>/`) another recap has already.
 *
 * Writes under the site's lock, through a temporary file renamed into place (src/integrations/safeWrite.ts):
 * a second command writing to the site meanwhile waits for this one (or stops with a message after a
 * minute), two runs for the same recap cannot both create it, and a full disk leaves no file at all,
 * not an empty or half one.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { readFrontmatter } from "../src/lib/check/readFrontmatter";
import { validateRecap } from "../src/lib/content/validateRecap";
import { recapRuleFindings } from "../src/lib/content/recapRules";
import { recapId } from "../src/lib/check/recapId";
import { formatFinding } from "../src/lib/check/findings";
import { readDataset } from "../src/integrations/readDataset";
import { listRecapFiles } from "../src/integrations/readSiteFiles";
import { localToday, newRecap, splitList } from "../src/lib/editor/newRecap";
import { createRecapSchema } from "../src/schemas/recap";
import { parseCommandLine } from "./lib/commandLine";
import { SiteBusyError, withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { fail, requireSiteRoot, shownPath, siteRoot } from "./lib/siteRoot";
import { displayPath } from "../src/lib/format/displayPath";
import { recapPath } from "../src/lib/routes/paths";
import { redirectKey } from "../src/lib/content/redirects";

const USAGE = `usage: npm run new -- "Title of the recap" [options]
  --date YYYY-MM-DD   the issue date (default: today)
  --md                write a .md file (default: .mdx, which allows components)
  --slug words        the file name after the date (default: from the title)
  --models a,b        model ids or aliases        --companies a,b   --topics a,b   --people a,b
  --publish           do not mark it as a draft
  --root <dir>        the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  date: { type: "string" },
  md: { type: "boolean" },
  slug: { type: "string" },
  models: { type: "string" },
  companies: { type: "string" },
  topics: { type: "string" },
  people: { type: "string" },
  publish: { type: "boolean" },
  root: { type: "string" },
});
if (positionals.length !== 1) fail(`expected one title in quotes, found ${positionals.length} words\n${USAGE}`, 2);

const root = siteRoot(args.root);
requireSiteRoot(root);
const models = splitList(args.models);
const result = newRecap({
  title: positionals[0],
  date: args.date ?? localToday(),
  format: args.md ? "md" : "mdx",
  slug: args.slug,
  models,
  companies: splitList(args.companies),
  topics: splitList(args.topics),
  people: splitList(args.people),
  draft: !args.publish,
});
if (!result.ok) fail(result.message);

const recapsDir = join(root, "content/recaps");
const path = join(recapsDir, result.fileName);

// The build's own schema must accept the new file as it is.
const file = displayPath(root, path);
const fm = readFrontmatter(result.text, file);
if (!fm.ok) fail(fm.problems.map((p) => p.message).join("\n"));
const data = validateRecap(createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS }), fm.data, { file, source: result.text });
// And the rules the check and the build refuse a recap by (a published recap dated after today):
// the file this writes passes `npm run check` as it is.
const refused = recapRuleFindings({ id: recapId(result.fileName, data), data, file, source: result.text }, new Date()).filter((f) => f.severity === "error");
if (refused.length) fail(`${refused.map(formatFinding).join("\n")}\nnothing written${args.publish ? " (a draft may be dated ahead: leave out --publish)" : ""}`);

// The same date and slug with the other extension would be a duplicate slug: refuse that too, and
// any recap whose page would have the same address (`2026-02-17-Foo.md`, or another date's recap
// with `slug: 2026-02-17-foo`: found in review, the file written failed `npm run check`).
// Checked under the lock, so that no other command can create either file before this one writes.
const stem = result.fileName.replace(/\.mdx?$/, "");
const id = recapId(result.fileName, data);
/**
 * The recap already at the new one's address (its file's own id, or its `slug:` field), or one
 * whose `redirect_from` leads that address to itself (the check refuses both; found in review).
 */
const sameAddress = () => {
  const address = redirectKey(recapPath(id));
  for (const name of listRecapFiles(recapsDir, root).files) {
    // Every recap's frontmatter, however its keys are written (`'slug':`, a flow mapping: found in review).
    const fields = readFrontmatter(readFileSync(join(recapsDir, name), "utf8"), name);
    const data = fields.ok ? fields.data : {};
    if (recapId(name, data) === id) return { name, how: "already has the address" };
    const redirects = Array.isArray(data.redirect_from) ? data.redirect_from : [];
    if (redirects.some((from) => typeof from === "string" && redirectKey(from) === address)) return { name, how: "redirects to itself from the address" };
  }
  return undefined;
};
const outcome = await withSiteLock(root, "npm run new", () => {
  const existing = ["md", "mdx"].map((ext) => join(recapsDir, `${stem}.${ext}`)).find((p) => existsSync(p));
  if (existing) return { existing };
  const owner = sameAddress();
  if (owner) return { owner };
  writeFileSafely(path, result.text);
  return {};
}).catch((error: unknown) => {
  if (error instanceof SiteBusyError) fail(error.message);
  const { code, message } = error as NodeJS.ErrnoException;
  fail(`${shownPath(path)}: could not write the recap (${code ?? message}); nothing was written`);
});
if (outcome.existing) fail(`${shownPath(outcome.existing)} already exists; not overwriting it. Choose another title or --slug, or edit that file.`);
if (outcome.owner) fail(`${shownPath(join(recapsDir, outcome.owner.name))} ${outcome.owner.how} ${recapPath(id)} that ${result.fileName} would have; nothing written. Choose another title or --slug, or edit that file.`);
console.log(shownPath(path));
if (result.note) console.error(`note: ${result.note}`);

// Labels that link to no model are allowed, but say so now rather than at `npm run check`.
try {
  const { aliases } = readDataset({ dataDir: join(root, "data"), displayRoot: root });
  for (const label of models) {
    if (!aliases.resolve(label)) console.error(`note: model "${label}" matches no model id or alias${aliases.suggest(label)}; it links to a label page of its own, without scores (npm run check says how to link it)`);
  }
} catch {
  // Broken data is `npm run check`'s to report; the recap is written either way.
}
