import { parseArgs, type ParseArgsConfig } from "node:util";
import { fail } from "./siteRoot";

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;

/**
 * Parses the command line of an editor command the same way for every script: the given options
 * plus `--help`/`-h` (prints `usage`, exit 0); an unknown or malformed option prints the parser's
 * message and `usage` and exits 2.
 */
export function parseCommandLine<const O extends Options>(usage: string, options: O, { positionals = true } = {}) {
  const parse = () => parseArgs({ options: { ...options, ...HELP }, allowPositionals: positionals, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/**
 * A whole-number option or argument of a command line: `raw` as a number (`fallback` when it is
 * absent), at least `min`; anything else prints what was expected and `usage` and exits 2.
 */
export function wholeNumberArg(name: string, raw: string | undefined, fallback: number, usage: string, min = 1): number {
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) fail(`${name}: expected a whole number of at least ${min}, found ${JSON.stringify(raw)}\n${usage}`, 2);
  return n;
}
