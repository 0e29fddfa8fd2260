/**
 * The bad-input corpus (test/fixtures/bad/, its README says how to add a case): each case is the
 * minimal fixture site with a few files replaced, and the messages the build and the check must
 * print for it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_SITES, ROOT } from "./astro";
import { STAGES, type Stage } from "./buildStages";

/** Where the cases are. */
const BAD_INPUT = join(ROOT, "test/fixtures/bad");

/** One case of the corpus, as its expected.txt describes it. */
export interface BadInputCase {
  /** The case's folder name. @example "csv-infinity" */
  name: string;
  /** What is wrong (line 1 of expected.txt, without the `# `). */
  description: string;
  /** Lines both outputs must contain: plain substrings, or regular expressions (`re:` lines). */
  lines: (string | RegExp)[];
  /** The build stage that refuses it, when the case names one (`# stage: data`). */
  stage?: Stage;
  /** Whether the case asks to be built for real (`# real build`). */
  realBuild: boolean;
}

/** Every case, sorted by name. */
export function badInputCases(): BadInputCase[] {
  return readdirSync(BAD_INPUT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readCase(d.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads `test/fixtures/bad/<name>/expected.txt`. */
function readCase(name: string): BadInputCase {
  const text = readFileSync(join(BAD_INPUT, name, "expected.txt"), "utf8").split("\n");
  const comments = text.slice(1).filter((l) => l.startsWith("#"));
  const stage = comments.map((l) => /^#\s*stage:\s*(\S+)/.exec(l)?.[1]).find(Boolean);
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) {
    throw new Error(`test/fixtures/bad/${name}/expected.txt: unknown stage "${stage}"; expected one of ${STAGES.join(", ")}`);
  }
  return {
    name,
    description: text[0].replace(/^#\s*/, ""),
    lines: text
      .slice(1)
      .filter((l) => l.trim() !== "" && !l.startsWith("#"))
      .map((l) => (l.startsWith("re:") ? new RegExp(l.slice(3)) : l)),
    stage: stage as Stage | undefined,
    realBuild: comments.some((l) => /^#\s*real build\b/.test(l)),
  };
}

/** A temporary site folder for a case: the minimal fixture site with the case's files laid over it. */
export function materialise(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bd-bad-${name}-`));
  cpSync(join(FIXTURE_SITES, "minimal"), dir, { recursive: true });
  cpSync(join(BAD_INPUT, name, "site"), dir, { recursive: true });
  return dir;
}
