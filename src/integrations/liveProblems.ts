import { isAbsolute, relative, resolve } from "node:path";
import { processWide } from "./processWide";
import { formatProblem, InputError, type Problem } from "../lib/errors";

/**
 * Problems found while `astro dev` reloads content after an edit. The build throws on bad input;
 * the dev server must instead keep running, print the problem in the terminal and show it in the
 * browser's error overlay until the file is fixed. Loaders record problems here; the dev
 * middleware (src/middleware.ts) throws `liveProblemsError()` on every request while any is
 * pending. The registry lives on globalThis because the content layer and the page renderer load
 * this module as two separate instances in one process.
 */
type Registry = Map<string, Problem[]>;

function registry(): Registry {
  return processWide<Registry>("liveProblems", () => new Map());
}

/** Where messages go (Astro's loader logger, or console in tests). */
export interface LiveLogger {
  error(message: string): void;
  info(message: string): void;
}

/**
 * Records the problems that `source` (a loader, or one recap file) found in its latest load,
 * replacing what it reported before; `[]` clears them. Logs to `logger` only when they changed,
 * so three collections sharing one data load print one message.
 */
export function setLiveProblems(source: string, problems: readonly Problem[], logger?: LiveLogger): void {
  const reg = registry();
  const before = reg.get(source) ?? [];
  const same = before.length === problems.length && before.every((p, i) => formatProblem(p) === formatProblem(problems[i]));
  if (problems.length) reg.set(source, [...problems]);
  else reg.delete(source);
  if (same || !logger) return;
  if (problems.length) logger.error(new InputError([...problems], "Invalid input (the page shows this until it is fixed)").message);
  else logger.info(`${source}: fixed`);
}

/** Every pending problem, in the order the sources reported them. */
export function liveProblems(): Problem[] {
  return [...registry().values()].flat();
}

/** The error the dev overlay shows: an `InputError` whose `loc` points at the first problem. */
export class LiveInputError extends InputError {
  /** Read by Astro's dev overlay to show the file and a code frame. */
  loc: { file: string; line: number; column: number };
  constructor(problems: Problem[], root: string) {
    super(problems, "Invalid input");
    this.name = "InputError";
    const first = problems[0];
    this.loc = { file: isAbsolute(first.file) ? first.file : resolve(root, first.file), line: first.line, column: 1 };
  }
}

/** An error listing every pending problem (files relative to `root`), or undefined when none. */
export function liveProblemsError(root: string): LiveInputError | undefined {
  const problems = liveProblems();
  return problems.length ? new LiveInputError(problems, root) : undefined;
}

/**
 * How long a watched file must be quiet before it is read. An editor's save truncates and then
 * writes; the watcher may report the truncate, and it drops a second change within 50 ms of the
 * first (chokidar's throttle), so reading at once can see an empty or half-written file.
 */
export const SETTLE_MS = 80;

/** Calls `run(key)` once `key` has had no new call for `ms` milliseconds. */
export function whenSettled(run: (key: string) => void, ms = SETTLE_MS): (key: string) => void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  return (key) => {
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      run(key);
    }, ms));
  };
}

/** The part of Astro's loader context this module uses. */
export interface WatchContext {
  watcher?: { add(path: string): unknown; on(event: "change" | "add" | "unlink", listener: (path: string) => void): unknown };
  logger: LiveLogger;
}

/**
 * Runs `load`, and in `astro dev` runs it again whenever a file under `dir` is added, changed or
 * removed. During a build (no watcher) a bad-input error is thrown as usual and stops the build;
 * in dev it is recorded under `source` (see `setLiveProblems`) and the server keeps running.
 */
export async function loadAndWatch(context: WatchContext, { source, dir, load }: { source: string; dir: string; load: () => Promise<void> }): Promise<void> {
  const run = async () => {
    try {
      await load();
      setLiveProblems(source, [], context.logger);
    } catch (error) {
      if (!(error instanceof InputError) || !context.watcher) throw error;
      setLiveProblems(source, error.problems, context.logger);
    }
  };
  await run();
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(dir);
  const inside = (path: string) => {
    const rel = relative(dir, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  // One reload for a burst of edits anywhere under `dir`, once the files have settled.
  const reload = whenSettled(() => run().catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.stack : error))));
  for (const event of ["change", "add", "unlink"] as const) {
    watcher.on(event, (path) => {
      if (inside(path)) reload(dir);
    });
  }
}
