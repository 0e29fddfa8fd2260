/**
 * A problem in an input file (CSV cell, frontmatter field, MDX component), located by the file's
 * own line number so that an editor can jump to it.
 */
export interface Problem {
  /** Path relative to the project root. @example "data/results/aa-intelligence-index.csv" */
  file: string;
  /** 1-based line in that file (a CSV header is line 1). */
  line: number;
  /** CSV column (as written in the file's header). */
  column?: string;
  /** Frontmatter field or component prop. */
  field?: string;
  /** What was found and what was expected. */
  message: string;
}

/**
 * The line of `offset` in `text`, for a problem's `line`: `text` starts on `firstLine` (1 for a
 * whole file).
 * @example lineAt("a\nb\nc", 4) // 3
 */
export function lineAt(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `data/x.csv:17 column "score": message`: the one way problems are written. */
export function formatProblem(p: Problem): string {
  const where = p.column !== undefined ? ` column ${JSON.stringify(p.column)}` : p.field !== undefined ? ` field ${JSON.stringify(p.field)}` : "";
  return `${p.file}:${p.line}${where}: ${p.message}`;
}

/**
 * The project's one error for bad input: every problem found, thrown once. `message` lists each
 * problem on its own line as `file:line column "x": ...`, which is what the build prints.
 */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], summary = "Invalid input") {
    const lines = problems.map((p) => `  ${formatProblem(p)}`);
    super(`${summary}: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${lines.join("\n")}`);
    this.name = "InputError";
    this.problems = problems;
    // Bad input, not a bug: a stack trace (which Astro prints under every error) would only send
    // an editor into our code. The message names every file and line.
    this.stack = `${this.name}: ${this.message}`;
  }
}
