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
