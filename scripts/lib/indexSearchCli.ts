/**
 * `tsx scripts/lib/indexSearchCli.ts <built site> [<last build>]`: the search step of `npm run build`
 * on its own (scripts/lib/searchIndex.ts; the last build's unchanged bundles reused), for the bench,
 * which measures it as one process tree.
 */
import { spawn } from "node:child_process";
import { PAGEFIND_BIN } from "./buildCommand";
import { indexSite, searchSummary } from "./searchIndex";

const site = process.argv[2];
if (!site) {
  process.stderr.write("usage: tsx scripts/lib/indexSearchCli.ts <built site>\n");
  process.exit(2);
}
const previous = process.argv[3];
const result = await indexSite(site, (args) => new Promise((done) => spawn(PAGEFIND_BIN, args, { stdio: "inherit" }).on("close", (code) => done(code ?? 1))), { previous });
const summary = searchSummary(result);
if (summary) console.log(summary);
const status = result.status;
process.exit(status);
