/**
 * `npm run models -- link` and `-- accuracy` as an editor runs them, on copies of the minimal
 * fixture site: every name that links to no model listed once with its count and proposal,
 * `--write` applying only what rests on evidence, and the check passing afterwards.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv/readCsv";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const entry = (id: string, name: string, release: string) => ({ id, name, release_date: release, last_updated: release, open_weights: false, limit: { context: 200000 }, cost: { input: 3, output: 15 } });
// Anthropic's own list names Claude Opus 4 twice (claude-opus-4-0 and its dated id), as it does.
const catalog = {
  anthropic: {
    id: "anthropic",
    name: "Anthropic",
    models: {
      "claude-3-5-haiku-20241022": entry("claude-3-5-haiku-20241022", "Claude Haiku 3.5", "2024-10-22"),
      "claude-opus-4-0": entry("claude-opus-4-0", "Claude Opus 4 (latest)", "2025-05-22"),
      "claude-opus-4-20250514": entry("claude-opus-4-20250514", "Claude Opus 4", "2025-05-22"),
    },
  },
};

/** The minimal site (plus Claude Opus 4) with two recaps naming models it does not register. */
function site(): string {
  const dir = copyFixture("minimal");
  dirs.push(dir);
  appendFileSync(join(dir, "data/models.csv"), "claude-opus-4,Claude Opus 4,Anthropic,2025-05-22,false,\n");
  const recaps = join(dir, "content/recaps");
  writeFileSync(join(recaps, "2026-02-20-names.md"), "---\ntitle: Names\ndate: 2026-02-20\nmodels: [claude-3.5-haiku, claude, claude-opus-4-0, gpt-4o]\n---\n\nBody.\n");
  writeFileSync(join(recaps, "2026-02-21-more.md"), "---\ntitle: More\ndate: 2026-02-21\nmodels: [claude-3.5-haiku, claude-sonet-4-6]\n---\n\nBody.\n");
  writeFileSync(join(dir, "api.json"), JSON.stringify(catalog));
  return dir;
}

describe("npm run models -- link", () => {
  it("lists every name that links to no model once, most used first, with its count, first use and proposal", () => {
    const dir = site();
    const r = runNpm("models", ["link", "--catalog", "api.json", "--root", "."], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      '   2  "claude-3.5-haiku" (used in 2 files; first content/recaps/2026-02-20-names.md:4): new model claude-3-5-haiku from the catalog (models.dev has Claude Haiku 3.5 (Anthropic, 2024-10-22))',
      '   1  "claude" (used once; first content/recaps/2026-02-20-names.md:4): a family of 4 models (claude-opus-4, claude-opus-4-6, claude-sonnet-4-5, claude-sonnet-4-6), not one model; name the model in the recap, or, if it is one model of its own: npm run models -- add --lab LAB --open-weights TRUE-OR-FALSE --force claude',
      // Under a family, each recap using it with the members the registry says were out by its date.
      "        content/recaps/2026-02-20-names.md:4 (2026-02-20): released by then (data/models.csv): claude-opus-4, claude-sonnet-4-5, claude-sonnet-4-6; no release date recorded: claude-opus-4-6",
      '   1  "claude-opus-4-0" (used once; first content/recaps/2026-02-20-names.md:4): alias of claude-opus-4 (models.dev lists "claude-opus-4-0" as a name of Claude Opus 4)',
      '   1  "claude-sonet-4-6" (used once; first content/recaps/2026-02-21-more.md:4): no such model; did you mean claude-sonnet-4-6? (fix the name where it is used)',
      '   1  "gpt-4o" (used once; first content/recaps/2026-02-20-names.md:4): no model found; lab: that of the registry\'s gpt... models, check it; if it is a model no catalog lists: npm run models -- add --lab OpenAI --open-weights TRUE-OR-FALSE gpt-4o',
      '   1  "seedance-2" (used once; first content/recaps/2026-02-17-sonnet-lands.mdx:5): no model found; if it is a model no catalog lists: npm run models -- add --lab LAB --open-weights TRUE-OR-FALSE seedance-2',
    ]);
    // The recaps' rate on its own, the results' rows apart: counted together, rows linked by
    // construction hid that only 40% of an archive's recap labels linked (found by a user).
    expect(lines.at(-1)).toBe(
      "13 distinct model names: in recaps 10 uses, 30.0% linked; in results files 7 rows, 100.0% linked; 6 names link to no model: 2 with an alias or new model to write (--write applies them), 1 families, 0 ambiguous, 0 likely a model but for a release stage, 3 unknown.",
    );
  });

  it("proposes claude-sonnet-4-5 for AINews's claude-3-sonnet-4.5 (the fixture has its claude-3-opus-4.6 as an alias already), as an alias for the editor to add, and add refuses it without --force (it registered a duplicate silently); claude-3-opus stays a model of its own", () => {
    const dir = site();
    writeFileSync(join(dir, "content/recaps/2026-02-22-family.md"), "---\ntitle: Family\ndate: 2026-02-22\nmodels: [claude-3-sonnet-4.5, claude-3-opus]\n---\n\nBody.\n");
    const modelsPath = join(dir, "data/models.csv");
    const before = readFileSync(modelsPath, "utf8");
    const line = readCsv(before, "models.csv").rows.find((x) => x.cells.id === "claude-sonnet-4-5")!.line;
    const r = runNpm("models", ["link", "--root", "."], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const said = (name: string) => r.stdout.split("\n").find((l) => l.includes(`"${name}" (used once`)) ?? "";
    expect(said("claude-3-sonnet-4.5")).toBe(
      `   1  "claude-3-sonnet-4.5" (used once; first content/recaps/2026-02-22-family.md:4): no such model; did you mean claude-sonnet-4-5 (data/models.csv:${line})? It is that model's name with the family number "3" after "claude"; not written: if it names that model, add "claude-3-sonnet-4.5" to the row's aliases by hand (or fix the name where it is used)`,
    );
    expect(said("claude-3-opus")).toMatch(/: no model found; .*npm run models -- add .* claude-3-opus$/);
    // Suggested, not linked: the recaps' rate counts them as unlinked.
    expect(r.stdout).toContain(": in recaps 12 uses, 25.0% linked; in results files 7 rows, 100.0% linked; ");
    // Not written by --write: the editor confirms.
    expect(runNpm("models", ["link", "--write", "--root", "."], { cwd: dir }).stdout).toContain("--write: nothing to write");
    expect(readFileSync(modelsPath, "utf8")).toBe(before);

    const add = runScript("models", ["add", "claude-3-sonnet-4.5", "--lab", "Anthropic", "--open-weights", "false", "--root", dir]);
    expect(add.status).toBe(1);
    expect(add.stdout).toContain('- "claude-3-sonnet-4.5" not added: it is claude-sonnet-4-5 but for the family number "3" after "claude": likely that model; add "claude-3-sonnet-4.5" to the aliases of claude-sonnet-4-5, or add --force if it is a model of its own');
    expect(readFileSync(modelsPath, "utf8")).toBe(before);
    const forced = runScript("models", ["add", "claude-3-sonnet-4.5", "claude-3-opus", "--lab", "Anthropic", "--open-weights", "false", "--force", "--dry-run", "--root", dir]);
    expect(forced.status, forced.output).toBe(0);
    expect(forced.stdout).toContain("(2 models would be added)");
  });

  it("prints add commands a shell runs as printed: pasted with their blanks unfinished, models -- add refuses each blank and writes nothing (found in review: <true|false> was a redirection, and left a file named --released)", () => {
    const dir = site();
    const r = runNpm("models", ["link", "--catalog", "api.json", "--root", "."], { cwd: dir });
    const command = /: (npm run models -- add --lab LAB [^\n]*seedance-2)$/m.exec(r.stdout)?.[1];
    expect(command, r.stdout).toBeDefined();
    const before = readFileSync(join(dir, "data/models.csv"), "utf8");
    // As printed, through a shell; npm and the command told where the project and the site are, since this site is a copy of the fixture.
    const shell = (line: string) => spawnSync("bash", ["-c", `${line.replace(/^npm run /, `npm run --silent --prefix ${JSON.stringify(ROOT)} `)} --root .`], { cwd: dir, encoding: "utf8" });
    const pasted = shell(command!);
    expect(pasted.status).toBe(2);
    expect(pasted.stderr).toContain("--lab LAB is the blank of the printed command");
    const filled = shell(command!.replace("--lab LAB", "--lab ByteDance"));
    expect(filled.stderr).toContain("--open-weights TRUE-OR-FALSE is the blank of the printed command");
    expect(readFileSync(join(dir, "data/models.csv"), "utf8")).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith("-") || f === "true" || f === "false")).toEqual([]);
    const done = shell(command!.replace("--lab LAB", "--lab ByteDance").replace("TRUE-OR-FALSE", "false"));
    expect(done.status, done.stderr).toBe(0);
    expect(readFileSync(join(dir, "data/models.csv"), "utf8")).toContain("\nseedance-2,");
    // Every add command the listing prints ends its line and runs as printed (found in review: a note after one was a shell syntax error).
    const commands = [...r.stdout.matchAll(/(npm run models -- add .*)$/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(1);
    for (const c of commands) {
      const run = shell(`${c} --dry-run`);
      expect([0, 2], `${c}\n${run.stderr}`).toContain(run.status);
      expect(run.stderr, c).not.toMatch(/syntax error|No such file/);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith("-") || f === "true" || f === "false")).toEqual([]);
  });

  it("prints an add the add takes: --force, with the add's reason first, for a name it would refuse as it stands (found in review: qwen2.5-max and a release-stage twin were printed a plain add the add refused)", () => {
    const dir = site();
    writeFileSync(join(dir, "content/recaps/2026-02-22-forced.md"), "---\ntitle: Forced\ndate: 2026-02-22\nmodels: [zeta-max, claude-sonnet-4-6-preview]\n---\n\nBody.\n");
    const r = runNpm("models", ["link", "--root", "."], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const line = (name: string) => r.stdout.split("\n").find((l) => l.includes(`"${name}" (used once`)) ?? "";
    expect(line("zeta-max")).toContain('; models -- add refuses it as it stands: it reads as "zeta" at the setting max;');
    expect(line("claude-sonnet-4-6-preview")).toContain('; models -- add refuses it as it stands: it is claude-sonnet-4-6 but for the release stage "preview"');
    // Counted as such in the summary, not as unknown (found in review).
    expect(r.stdout).toMatch(/, 1 likely a model but for a release stage, \d+ unknown\.$/m);
    const shell = (line: string) => spawnSync("bash", ["-c", `${line.replace(/^npm run /, `npm run --silent --prefix ${JSON.stringify(ROOT)} `)} --root .`], { cwd: dir, encoding: "utf8" });
    for (const name of ["zeta-max", "claude-sonnet-4-6-preview"]) {
      const command = /(npm run models -- add .*)$/.exec(line(name))?.[1];
      expect(command, line(name)).toMatch(/ --force /);
      const run = shell(command!.replace("--lab LAB", "--lab Anthropic").replace("TRUE-OR-FALSE", "false"));
      expect(run.status, `${command}\n${run.stdout}${run.stderr}`).toBe(0);
    }
    const rows = readCsv(readFileSync(join(dir, "data/models.csv"), "utf8"), "models.csv").rows.map((x) => x.cells.id);
    expect(rows).toEqual(expect.arrayContaining(["zeta-max", "claude-sonnet-4-6-preview"]));
    // A catalog's model that is a registry row but for a release stage: its command carries --force too (found in review).
    writeFileSync(join(dir, "content/recaps/2026-02-23-beta.md"), "---\ntitle: Beta\ndate: 2026-02-23\nmodels: [claude-opus-4-6-beta]\n---\n\nBody.\n");
    writeFileSync(join(dir, "beta.json"), JSON.stringify({ anthropic: { id: "anthropic", name: "Anthropic", models: { "claude-opus-4-6-beta": entry("claude-opus-4-6-beta", "Claude Opus 4.6 Beta", "2026-02-01") } } }));
    const staged = runNpm("models", ["link", "--catalog", "beta.json", "--root", "."], { cwd: dir });
    const stageLine = staged.stdout.split("\n").find((l) => l.includes('"claude-opus-4-6-beta" (used once')) ?? "";
    expect(stageLine, staged.stdout).toContain("but for the release stage");
    const stageCommand = /(npm run models -- add .*)$/.exec(stageLine)?.[1];
    expect(stageCommand).toMatch(/ --force claude-opus-4-6-beta$/);
    const pasted = shell(`${stageCommand} --dry-run`);
    expect(pasted.status, pasted.stdout + pasted.stderr).toBe(0);
  });

  it("add --from reads the rows left for later as the add will once they are filled in: a name they would make a family is refused now, saying so (found in review: claude-2 taken while claude-2.0 and 2.1 waited)", () => {
    const dir = site();
    writeFileSync(join(dir, "from.csv"), "name,lab,open_weights,released,display_name,force,note\nzeta-1,,,,,,\nzeta-2,,,,,,\nzeta,Anthropic,false,,,,\nomega-9,Anthropic,false,,,,\n");
    const r = runScript("models", ["add", "--from", join(dir, "from.csv"), "--root", dir, "--dry-run"]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain("note: 2 rows of");
    expect(r.stdout).toMatch(/from\.csv:4: "zeta" not added: names a family of 2 models \(zeta-1, zeta-2\); .* \(counting the rows of this file left for later, as the add reads the file whole once they are filled in\)/);
    expect(r.stdout).toMatch(/^\+ model omega-9 /m);
    expect(r.stdout).not.toMatch(/^\+ model zeta/m);
    expect(r.stdout).toContain("(1 model would be added, 1 refused)");
  });

  it("--write adds the alias and the catalog's model to data/models.csv, printing each change; the rest stay for the editor", () => {
    const dir = site();
    const before = readFileSync(join(dir, "data/models.csv"), "utf8");
    const r = runScript("models", ["link", "--write", "--catalog", join(dir, "api.json"), "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/^\+ model claude-3-5-haiku \(Claude Haiku 3\.5; Anthropic\) from models\.dev, data\/models\.csv:\d+$/m);
    // The catalog's row already reads "claude-3.5-haiku" (its dated id is its alias): no alias needed.
    expect(r.stdout).not.toContain('+ alias "claude-3.5-haiku"');
    expect(r.stdout).toContain('+ alias "claude-opus-4-0" → claude-opus-4 (data/models.csv:7): models.dev lists');
    expect(r.stdout).toContain("wrote data/models.csv: 2 names linked. Run npm run check.");
    const after = readFileSync(join(dir, "data/models.csv"), "utf8");
    const rows = readCsv(after, "models.csv").rows.map((x) => x.cells);
    expect(rows.find((x) => x.id === "claude-opus-4")?.aliases).toBe("claude-opus-4-0");
    expect(rows.find((x) => x.id === "claude-3-5-haiku")).toMatchObject({ name: "Claude Haiku 3.5", lab: "Anthropic", released: "2024-10-22", catalog: "models.dev" });
    // Every other row keeps its values.
    const old = readCsv(before, "models.csv").rows.map((x) => x.cells);
    for (const row of old) if (row.id !== "claude-opus-4") expect(Object.fromEntries(Object.keys(row).map((k) => [k, rows.find((x) => x.id === row.id)![k]]))).toEqual(row);
    // The names it linked are no longer reported; the others are, once each.
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).not.toContain("claude-3.5-haiku");
    expect(check.stdout).toContain('"seedance-2" matches no model id or alias');
    // Run again: nothing left to write.
    const again = runScript("models", ["link", "--write", "--catalog", join(dir, "api.json"), "--root", dir]);
    expect(again.stdout).toContain("4 names link to no model: 0 with an alias or new model to write");
    expect(again.stdout).toContain("--write: nothing to write (no alias or catalog model is proposed).");
    expect(readFileSync(join(dir, "data/models.csv"), "utf8")).toBe(after);
  });

  it("lists a results file's unknown model too, read through the benchmark's column map", () => {
    const dir = site();
    appendFileSync(join(dir, "data/results/terminal-bench.csv"), "rec9,Droid,claude-3-5-haiku-20241022,40.0%,1.0%,,Terminal-Bench Leaderboard,https://www.tbench.ai/leaderboard\n");
    const r = runScript("models", ["link", "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('   1  "claude-3-5-haiku-20241022" (used once; first data/results/terminal-bench.csv:4): no model found');
    // With the catalog, --write registers it, and the results file then loads.
    expect(runScript("check", ["--root", dir]).status).toBe(1);
    writeFileSync(join(dir, "api.json"), JSON.stringify(catalog));
    expect(runScript("models", ["link", "--write", "--catalog", join(dir, "api.json"), "--root", dir]).status).toBe(0);
    expect(runScript("check", ["--root", dir]).status).toBe(0);
  });

  it("add registers names no catalog lists as the editor's models, refuses what is not one, and check then links them", () => {
    const dir = site();
    const modelsPath = join(dir, "data/models.csv");
    const before = readFileSync(modelsPath, "utf8");
    // Both options that state facts are required; nothing is written without them.
    const noLab = runScript("models", ["add", "gpt-4o", "--open-weights", "false", "--root", dir]);
    expect(noLab.status).toBe(2);
    expect(noLab.output).toContain("add: --lab is required");
    expect(runScript("models", ["add", "gpt-4o", "--lab", "OpenAI", "--root", dir]).output).toContain("add: --open-weights is required");
    expect(runScript("models", ["add", "gpt-4o", "--lab", "OpenAI", "--open-weights", "maybe", "--root", dir]).status).toBe(2);
    expect(runScript("models", ["add", "gpt-4o", "--lab", "OpenAI", "--open-weights", "false", "--released", "2024-02-30", "--root", dir]).output).toContain('--released expected a date YYYY-MM-DD that exists, found "2024-02-30"');
    // A lab one letter off a registry lab stops the command.
    const typo = runScript("models", ["add", "gpt-4o", "--lab", "Anthropik", "--open-weights", "false", "--root", dir]);
    expect(typo.status).toBe(1);
    expect(typo.output).toContain('did you mean "Anthropic"?');
    // --dry-run shows the row and writes nothing.
    const dry = runScript("models", ["add", "gpt-4o", "--lab", "OpenAI", "--open-weights", "false", "--dry-run", "--root", dir]);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.stdout).toContain("dry run: data/models.csv not changed (1 model would be added).");
    expect(readFileSync(modelsPath, "utf8")).toBe(before);

    const r = runScript("models", ["add", "gpt-4o", "claude", "Claude Sonnet 4.6", "--lab", "openai", "--open-weights", "false", "--released", "2024-05-13", "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/^- "claude" not added: names a family of 4 models \(claude-opus-4, claude-opus-4-6, claude-sonnet-4-5, \.\.\.\); name the model where the name is used, or add --force if it is one model of its own$/m);
    expect(r.stdout).toContain('- "Claude Sonnet 4.6" not added: already a name of claude-sonnet-4-6');
    expect(r.stdout).toMatch(/^\+ model gpt-4o \(gpt-4o; OpenAI; 2024-05-13; closed weights\), data\/models\.csv:\d+$/m);
    // Named as written, an id: said, with how to name it (found by a user: pages titled nemotron-4-340b).
    expect(r.stdout).toContain("note: gpt-4o is named as written, which reads as an id on its page; name it as its lab does with --name");
    const rows = readCsv(readFileSync(modelsPath, "utf8"), "models.csv").rows.map((x) => x.cells);
    expect(rows.find((x) => x.id === "gpt-4o")).toEqual({ id: "gpt-4o", name: "gpt-4o", lab: "OpenAI", released: "2024-05-13", open_weights: "false", aliases: "" });
    // Every row that was there is kept as it was.
    expect(readFileSync(modelsPath, "utf8").startsWith(before.trimEnd())).toBe(true);
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).not.toContain('"gpt-4o" matches no model');
    // Adding it again is refused, and nothing is written.
    const again = runScript("models", ["add", "gpt-4o", "--lab", "OpenAI", "--open-weights", "false", "--root", dir]);
    expect(again.status).toBe(1);
    expect(again.output).toContain('- "gpt-4o" not added: already a name of gpt-4o');
    expect(again.output).toContain("add: nothing to write.");
  });

  it("add refuses a name that ends in a snapshot, names the model to add instead, and link proposes that model", () => {
    const dir = site();
    writeFileSync(join(dir, "content/recaps/2026-02-22-gemini.md"), "---\ntitle: Gemini\ndate: 2026-02-22\nmodels: [gemini-1.5-pro-002]\n---\n\nBody.\n");
    const modelsPath = join(dir, "data/models.csv");
    const before = readFileSync(modelsPath, "utf8");
    const refused = runScript("models", ["add", "gemini-1.5-pro-002", "--lab", "Google", "--open-weights", "false", "--new-lab", "--root", dir]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      '- "gemini-1.5-pro-002" not added: it ends in Google\'s stable version number 002, which the matcher reads as a snapshot of "gemini-1.5-pro", not as part of the model\'s name (each result keeps its snapshot, so two snapshots stay two rows of one model); add the model without it ("gemini-1.5-pro"), and "gemini-1.5-pro-002" then reads as that model at the snapshot 002',
    );
    expect(refused.output).toContain("add: nothing to write.");
    expect(readFileSync(modelsPath, "utf8")).toBe(before);
    // link proposes the model without the snapshot, not the name that add refuses.
    const link = runNpm("models", ["link", "--root", "."], { cwd: dir });
    expect(link.status, link.output).toBe(0);
    expect(link.stdout).toContain(
      '"gemini-1.5-pro-002" (used once; first content/recaps/2026-02-22-gemini.md:4): no model found; the model to add is the one of which "gemini-1.5-pro-002" is the snapshot 002; if it is a model no catalog lists: npm run models -- add --lab LAB --open-weights TRUE-OR-FALSE gemini-1.5-pro',
    );
    // As told: the model is added, and the recap's label links to it.
    const added = runScript("models", ["add", "gemini-1.5-pro", "--lab", "Google", "--open-weights", "false", "--new-lab", "--root", dir]);
    expect(added.status, added.output).toBe(0);
    expect(added.stdout).toMatch(/^\+ model gemini-1-5-pro \(gemini-1\.5-pro; Google; release date not given; closed weights\), data\/models\.csv:\d+$/m);
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).not.toContain("gemini-1.5-pro-002");
    expect(runScript("models", ["add", "gemini-1.5-pro-002", "--lab", "Google", "--open-weights", "false", "--root", dir]).output).toContain('- "gemini-1.5-pro-002" not added: already a name of gemini-1-5-pro (at the snapshot 002)');
  });

  it("accuracy prints precision and recall on a label set", () => {
    const dir = site();
    writeFileSync(join(dir, "labels.csv"), "label,source,count,expected,setting,why\nClaude Sonnet 4.6,test,3,claude-sonnet-4-6,,\ngpt-5-2025-08-07_high,test,1,gpt-5,high,\nclaude,test,1,family,,\ngpt-4o,test,1,absent,,\nclaude-opus-4-6-20260205,test,1,claude-opus-4-6,,\n");
    const r = runScript("models", ["accuracy", "--labels", join(dir, "labels.csv"), "--root", dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      "5 hand-checked labels: 3 linked to a model, 2 rightly left unlinked (families, products, absent models, non-models).",
      "precision 100.0% (3 of 3 links right; 100.0% of mentions)",
      "recall 100.0% (3 of the 3 labels whose model is registered; 100.0% of mentions)",
      "suggestions: 0 labels left unlinked get a did-you-mean, 0 listing their own model, 0 not",
    ]);
    expect(runScript("models", ["lnk", "--root", dir]).status).toBe(2);
  });
});

describe("npm run models on an empty site (found in review: the first model could not be added)", () => {
  it("adds the first model and links against a catalog where data/models.csv and data/benchmarks.csv hold only their header, as docs/editing.md's empty site does", () => {
    const dir = site();
    for (const file of ["models.csv", "benchmarks.csv"]) {
      const path = join(dir, "data", file);
      writeFileSync(path, readFileSync(path, "utf8").split("\n")[0] + "\n");
    }
    rmSync(join(dir, "data/results"), { recursive: true, force: true });
    const link = runNpm("models", ["link", "--catalog", "api.json", "--root", "."], { cwd: dir });
    expect(link.status, link.output).toBe(0);
    expect(link.output).not.toContain("header but no data rows");
    expect(link.stdout).toContain('"claude-3.5-haiku" (used in 2 files; first content/recaps/2026-02-20-names.md:4): new model claude-3-5-haiku from the catalog');
    const add = runNpm("models", ["add", "--lab", "Cohere", "--new-lab", "--open-weights", "false", "command-r", "--root", "."], { cwd: dir });
    expect(add.status, add.output).toBe(0);
    expect(readCsv(readFileSync(join(dir, "data/models.csv"), "utf8"), "models.csv").rows.map((r) => [r.cells.id, r.cells.lab])).toEqual([["command-r", "Cohere"]]);
    const written = runNpm("models", ["link", "--catalog", "api.json", "--write", "--root", "."], { cwd: dir });
    expect(written.status, written.output).toBe(0);
    expect(readCsv(readFileSync(join(dir, "data/models.csv"), "utf8"), "models.csv").rows.map((r) => r.cells.id)).toContain("claude-3-5-haiku");
  });
});
